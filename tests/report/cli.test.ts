import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { run } from '../run-cli.js';
import { generateCatalog } from '../bench/generate.js';
import { HOSTILE_DIR, embeddedData } from './fixture.js';

const tmp = mkdtempSync(join(tmpdir(), 'rolematrix-report-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('rolematrix report', () => {
  test('--out writes the page and says where, with its size', async () => {
    const out = join(tmp, 'report.html');
    const r = await run('report', '--out', out);
    const html = readFileSync(out, 'utf8');
    const kb = Math.ceil(Buffer.byteLength(html) / 1024);
    expect(r).toEqual({ code: 0, stdout: `Wrote ${out} (12 roles, ${kb} KB); open it in a browser.\n`, stderr: '' });
    expect(html.startsWith('<!doctype html>\n<html lang="en" data-lang="en">')).toBe(true);
  });

  test('--lang zh: the page opens in Chinese and the message is Chinese', async () => {
    const out = join(tmp, 'zh.html');
    const r = await run('report', '--lang', 'zh', '--out', out, 'customer-service-manager', 'project-manager');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      new RegExp(
        `^已写入 ${out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}（2 个岗位，\\d+ KB），双击即可在浏览器中打开。\\n$`,
      ),
    );
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<html lang="zh-CN" data-lang="zh">');
    expect(html.match(/class="chip pick"/g)).toHaveLength(2);
  });

  test('one role: the message says "1 role"', async () => {
    const out = join(tmp, 'one.html');
    const r = await run('report', '--out', out, 'project-manager');
    const kb = Math.ceil(Buffer.byteLength(readFileSync(out, 'utf8')) / 1024);
    expect(r).toEqual({ code: 0, stdout: `Wrote ${out} (1 role, ${kb} KB); open it in a browser.\n`, stderr: '' });
  });

  test('--out - writes the page to stdout and nothing else', async () => {
    const r = await run('report', '--out', '-', '--dir', HOSTILE_DIR);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.startsWith('<!doctype html>')).toBe(true);
    expect(r.stdout.endsWith('</html>\n')).toBe(true);
    expect(r.stdout).toContain('data-role="hostile"');
  });

  test('unknown role ids: all named, with a suggestion, exit 2, nothing written', async () => {
    const out = join(tmp, 'never.html');
    const r = await run('report', '--out', out, 'project-manger', 'nobody-at-all');
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'The catalog has no role "project-manger" (did you mean "project-manager"?), "nobody-at-all". Run `rolematrix list` to see the role ids.\nRun `rolematrix report --help` for usage.\n',
    });
    expect(existsSync(out)).toBe(false);
    const zh = await run('report', '--lang', 'zh', '--out', out, 'project-manger');
    expect(zh).toEqual({
      code: 2,
      stdout: '',
      stderr:
        '目录中没有岗位 "project-manger"（是不是要写 "project-manager"？）。运行 rolematrix list 查看岗位编号。\n运行 rolematrix report --help 查看用法。\n',
    });
  });

  test('a file that cannot be written is a usage error, exit 2; a missing directory is created', async () => {
    // A regular file where the directory should be: nothing can be written under it.
    writeFileSync(join(tmp, 'a-file'), 'x');
    const out = join(tmp, 'a-file', 'report.html');
    const r = await run('report', '--out', out);
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr: `Cannot write "${join(tmp, 'a-file')}" (EEXIST); no file was written.\nRun \`rolematrix report --help\` for usage.\n`,
    });
    const made = join(tmp, 'new-dir', 'report.html');
    expect((await run('report', '--out', made)).code).toBe(0);
    expect(readFileSync(made, 'utf8')).toMatch(/^<!doctype html>/i);
  });

  test('--format is not an option of report (it writes HTML only)', async () => {
    const r = await run('report', '--format', 'json');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('Unknown option --format for report.\nRun `rolematrix report --help` for usage.\n');
  });

  test('more pairs than the budget: a warning on stderr in en and zh, exit 0, the page names the directory', async () => {
    // 50 generated roles: 1,225 pairs, over the default budget of 1,000.
    const dir = join(tmp, 'big');
    for (const f of generateCatalog(50)) {
      mkdirSync(dirname(join(dir, f.path)), { recursive: true });
      writeFileSync(join(dir, f.path), f.text);
    }
    const out = join(tmp, 'big.html');
    const r = await run('report', '--dir', join(dir, 'roles'), '--out', out);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Wrote .*big\.html \(50 roles, \d+ KB\); open it in a browser\.\n$/);
    expect(r.stderr).toBe(
      'Warning: too many roles; the report holds the comparisons of 1000 of 1225 pairs of roles (same job family first, then the most similar). For the others the page shows the command that compares them. Name the roles (rolematrix report <ids…>) or use --dir with fewer roles to write them all.\n',
    );
    expect((embeddedData(readFileSync(out, 'utf8')).data as { dir?: string }).dir).toBe(join(dir, 'roles'));
    const zh = await run('report', '--lang', 'zh', '--dir', join(dir, 'roles'), '--out', out);
    expect(zh.code).toBe(0);
    expect(zh.stderr).toBe(
      '警告：岗位太多，报告只包含 1225 对岗位中 1000 对的对比（先同一岗位族，再按相似度从高到低）；其余各对在页面上只显示生成其对比的命令。指定岗位（rolematrix report <编号…>）或用 --dir 指向岗位较少的目录，即可写入全部对比。\n',
    );
    // Naming a few roles writes every pair of them, without a warning.
    const few = await run('report', '--dir', join(dir, 'roles'), '--out', out, 'role-1', 'role-2', 'role-3');
    expect(few.code).toBe(0);
    expect(few.stderr).toBe('');
  });
});
