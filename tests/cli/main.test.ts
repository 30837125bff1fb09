import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import stringWidth from 'string-width';
import { parse } from 'yaml';
import { afterAll, describe, expect, test } from 'vitest';
import { main } from '../../src/cli/main.js';
import { roleJsonSchema } from '../../src/model/index.js';
import { OUTPUT_NAMES } from '../../src/render/output-names.js';
import { run } from '../run-cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'rolematrix-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('validate', () => {
  test('the shipped catalog is valid', async () => {
    const r = await run('validate');
    expect(r).toEqual({ code: 0, stdout: 'The catalog is valid: 12 roles, 101 vocabulary entries\n', stderr: '' });
  });

  test('in Chinese', async () => {
    expect((await run('validate', '--lang', 'zh')).stdout).toBe('目录有效：12 个岗位，101 个词汇条目\n');
  });

  test('a broken catalog: every problem as file:line:col path: message [CODE], exit 1', async () => {
    const dir = join(tmp, 'broken');
    execFileSync('mkdir', ['-p', dir]);
    writeFileSync(
      join(dir, 'a.yaml'),
      [
        'apiVersion: rolematrix/v1',
        'kind: Role',
        'id: a',
        'title: { zh: 甲, en: A }',
        'family: x',
        'level: mgr',
        'orientation: customer',
        'summary: { zh: 概述, en: Summary }',
        'dutys: []',
        '',
      ].join('\n'),
    );
    const r = await run('validate', dir);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')).toEqual([
      `${join(dir, 'a.yaml')}:5:9 family: The job family "x" is not in the families vocabulary. [DANGLING_REFERENCE]`,
      '  hint: Add a `kind: Vocabulary` document with `vocabulary: families` and an entry "x" to the catalog, or use an existing id.',
      `${join(dir, 'a.yaml')}:6:8 level: "mgr" is not allowed here; use one of: staff, senior, supervisor, manager, director, executive. [INVALID_VALUE]`,
      `${join(dir, 'a.yaml')}:9:1 dutys: The key \`dutys\` is not part of the model here. [UNKNOWN_KEY]`,
      '  hint: Did you mean "duties"?',
      '',
    ]);
    expect(r.stdout).toBe('3 errors, 0 warnings.\n');
  });

  test('--format json puts only JSON on stdout', async () => {
    const r = await run('validate', join(tmp, 'broken'), '--format', 'json');
    const out = JSON.parse(r.stdout);
    expect(out.format).toBe('rolematrix/validate@1');
    expect(out.valid).toBe(false);
    expect(
      out.diagnostics.map((d: { code: string; line: number; column: number }) => [d.code, d.line, d.column]),
    ).toEqual([
      ['DANGLING_REFERENCE', 5, 9],
      ['INVALID_VALUE', 6, 8],
      ['UNKNOWN_KEY', 9, 1],
    ]);
    expect(r.stderr).toBe('');
  });

  test('a directory that does not exist is an input error (exit 2), not a stack trace', async () => {
    const r = await run('validate', join(tmp, 'nope'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/nope:1:1: The directory ".*nope" cannot be read \(ENOENT\)\. \[IO_ERROR\]/);
  });
});

describe('show', () => {
  test('the customer service manager in Chinese, with graded authorities', async () => {
    const r = await run('show', 'customer-service-manager', '--lang', 'zh');
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('# 客服经理（customer-service-manager）');
    expect(lines).toContain('## 岗位职责');
    expect(lines).toContain('## 岗位权限');
    expect(lines).toContain('  - [决定] 录用决定（限度：遵循公司人事政策；有的企业中只享有参与权而非决定权）');
    expect(r.stdout).toContain('[审批] 奖惩、晋升与调岗审批');
    expect(r.stdout).toContain('超出时上报：客户服务总监（customer-service-director）');
    expect(r.stdout).toContain('学历：大专及以上');
    expect(r.stdout).toContain('管理经验：1–2 年');
    expect(r.stdout).not.toMatch(/Duties|Permissions/);
  });

  test('in English', async () => {
    const r = await run('show', 'call-center-agent', '--lang', 'en');
    expect(r.stdout.split('\n')[0]).toBe('# Call Center Agent (call-center-agent)');
    expect(r.stdout).toContain('## KPIs');
    expect(r.stdout).toMatch(/Work environment: call center.*high intensity.*standardized processes/);
  });

  test('--format json and yaml give the resolved role', async () => {
    const json = JSON.parse((await run('show', 'senior-project-manager', '--format', 'json')).stdout);
    expect(json.format).toBe('rolematrix/show@1');
    expect(json.role.id).toBe('senior-project-manager');
    expect(json.role.duties.length).toBeGreaterThan(10);
    const yaml = parse((await run('show', 'senior-project-manager', '--format', 'yaml')).stdout);
    expect(yaml).toEqual(json.role);
  });

  test('an unknown role: exit 2 with a suggestion', async () => {
    const r = await run('show', 'project-manger');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('The catalog has no role "project-manger". Did you mean "project-manager"?');
  });

  test('no role named: exit 2', async () => {
    expect((await run('show')).code).toBe(2);
  });
});

describe('list', () => {
  test('aligns columns by display width, Chinese counting double', async () => {
    const r = await run('list', '--lang', 'zh');
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(13);
    expect(lines[0]).toMatch(/^编号\s+岗位\s+岗位族\s+层级$/);
    // The third column starts at the same display column on every line.
    const starts = lines.map((l) => stringWidth(/^\S+\s+\S+\s+/.exec(l)![0]));
    expect(new Set(starts)).toEqual(new Set([starts[0]]));
    expect(starts[0]).toBe(stringWidth('customer-service-representative') + 2 + stringWidth('项目管理办公室主任') + 2);
    expect(r.stdout).toContain('customer-service-manager');
    expect(r.stdout).toContain('客服经理');
  });

  test('--format json', async () => {
    const list = JSON.parse((await run('list', '--format', 'json')).stdout);
    expect(list.format).toBe('rolematrix/list@1');
    expect(list.roles).toHaveLength(12);
    expect(list.roles.find((r: { id: string }) => r.id === 'project-manager')).toEqual({
      id: 'project-manager',
      title: { zh: '项目经理', en: 'Project Manager' },
      family: { id: 'project-management', label: { zh: '项目管理', en: 'Project management' } },
      level: { id: 'manager', label: { zh: '经理', en: 'Manager' } },
    });
  });

  test('with --dir on a broken catalog: diagnostics, exit 2', async () => {
    const r = await run('list', '--dir', join(tmp, 'broken'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('[UNKNOWN_KEY]');
  });
});

describe('schema', () => {
  test('prints the JSON Schema generated from the model', async () => {
    expect(JSON.parse((await run('schema')).stdout)).toEqual(roleJsonSchema());
  });

  test('--out writes it to a file', async () => {
    const out = join(tmp, 'schema.json');
    expect((await run('schema', '--out', out)).code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(roleJsonSchema());
  });

  test('docs/schemas holds one schema per output name and the posting-file schema, as npm run schema (scripts/schemas.js) writes them', () => {
    expect(readdirSync('docs/schemas').sort()).toEqual(
      [...OUTPUT_NAMES, 'posting'].map((n) => `${n}.schema.json`).sort(),
    );
  });
});

describe('compare', () => {
  test.each(['md', 'csv', 'html'])(
    '--format %s prints the summary ("+5 more: …") as its help says; --detail every item',
    async (format) => {
      const ids = ['customer-service-manager', 'project-manager'];
      const summary = await run('compare', ...ids, '--format', format);
      expect(summary.code).toBe(0);
      expect(summary.stdout).toContain('+5 more: Service standards and their enforcement, Customer issue resolution');
      const detail = await run('compare', ...ids, '--format', format, '--detail');
      expect(detail.stdout).not.toContain('more:');
      expect(detail.stdout).toContain('Service standards and their enforcement');
    },
  );
});

describe('an internal error exits 70', () => {
  test.each([
    [
      'en',
      /^rolematrix failed with an internal error \(a bug, not a problem with the input\)\. Please report it with the command you ran and these lines:\nError: the terminal went away\n {4}at /u,
    ],
    [
      'zh',
      /^rolematrix 内部错误（这是程序缺陷，不是输入的问题）。请把所运行的命令和以下信息报告给我们：\nError: the terminal went away\n {4}at /u,
    ],
  ])('a failure that is no input error says it is a bug, in --lang %s, with where it happened', async (lang, said) => {
    let stderr = '';
    const code = await main(['list', '--lang', lang], {
      stdout: () => {
        throw new Error('the terminal went away');
      },
      stderr: (s) => (stderr += s),
    });
    expect(code).toBe(70);
    expect(stderr).toMatch(said);
  });
});

describe('usage errors exit 2', () => {
  test.each([
    [['frobnicate'], /Unknown command "frobnicate"/],
    [['list', '--lang', 'fr'], /--lang must be zh or en, not "fr"/],
    [['list', '--bogus'], /Unknown option --bogus for list\./],
    [['show', 'project-manager', '--format', 'pdf'], /--format must be text, json or yaml for show, not "pdf"/],
    [['validate', '--fail-on', 'never'], /--fail-on must be error or warning/],
  ])('%j', async (argv, message) => {
    const r = await run(...argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toMatch(/Run `rolematrix (\w+ )?--help` for usage\./);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  test.each([['compare', 'call-center-agent', 'project-manager'], ['overlaps'], ['lint']])(
    '%s: --threshold outside 0–1 is the option’s one usage error',
    async (...command) => {
      for (const bad of ['1.5', '-0.1', 'high', '']) {
        const r = await run(...command, `--threshold=${bad}`);
        expect(r).toEqual({
          code: 2,
          stdout: '',
          stderr: `--threshold must be a number from 0 to 1, not "${bad}".\nRun \`rolematrix ${command[0]} --help\` for usage.\n`,
        });
      }
      expect((await run(...command, '--threshold', '0.7', '--format', 'json')).code).toBe(0);
    },
  );

  test.each(['validate', 'lint'])(
    '%s with both a [dir] argument and --dir: a usage error, not one ignored',
    async (c) => {
      expect(await run(c, 'roles', '--dir', 'examples/software-engineering')).toEqual({
        code: 2,
        stdout: '',
        stderr: `${c}: name the catalog directory once, as the argument ("roles") or with --dir ("examples/software-engineering"), not both.\nRun \`rolematrix ${c} --help\` for usage.\n`,
      });
      expect((await run(c, 'roles', '--dir', 'x', '--lang', 'zh')).stderr).toBe(
        `${c}：岗位目录只需给出一次，作为参数（"roles"）或用 --dir（"x"），不要同时给出。\n运行 rolematrix ${c} --help 查看用法。\n`,
      );
    },
  );

  test('--help in both languages', async () => {
    expect((await run('--help')).stdout).toMatch(/^ {2}show <id> +show one role with its graded authorities$/mu);
    expect((await run('--help', '--lang', 'zh')).stdout).toContain('查看一个岗位及其分级权限');
  });
});

describe('the built binary', () => {
  const bin = new URL('../../dist/cli/bin.js', import.meta.url).pathname;
  test('runs from dist (built by npm install / npm ci)', () => {
    expect(existsSync(bin), 'dist/cli/bin.js is missing: run `npm run build`').toBe(true);
    const r = spawnSync(process.execPath, [bin, 'show', 'customer-service-manager', '--lang', 'zh'], {
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('# 客服经理（customer-service-manager）');
    const bad = spawnSync(process.execPath, [bin, 'show', 'nobody'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    // A reader that closes the pipe early ends the output quietly, with no EPIPE stack trace.
    const piped = spawnSync(
      'sh',
      ['-c', `"${process.execPath}" "${bin}" show customer-service-manager --format yaml | head -1`],
      { encoding: 'utf8' },
    );
    expect(piped.stdout).toBe('apiVersion: rolematrix/v1\n');
    expect(piped.stderr).toBe('');
  });
});

describe('--lang zh everywhere', () => {
  test('validate prints Chinese diagnostics and summary', async () => {
    const r = await run('validate', join(tmp, 'broken'), '--lang', 'zh');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'level: 此处不允许使用 "mgr"；请使用以下之一：staff、senior、supervisor、manager、director、executive。 [INVALID_VALUE]',
    );
    expect(r.stderr).toContain('  提示：是不是要写 "duties"？');
    expect(r.stdout).toBe('3 个错误，0 个警告。\n');
  });

  test('usage errors in Chinese', async () => {
    const r = await run('compare', 'customer-service-manager', 'project-manager', '--threshold', '2', '--lang', 'zh');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      '--threshold 应为 0 到 1 之间的数，不能是 "2"。\n运行 rolematrix compare --help 查看用法。\n',
    );
  });
});

describe('start-up', () => {
  test('--version prints the version of package.json', async () => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(await run('--version')).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
    expect((await run('-v')).stdout).toBe(`${version}\n`);
  });

  test('the built CLI loads a command only when it runs: --version reads no catalog module', () => {
    // What the bin loads before running anything: its own file and the chunks it imports statically (argument
    // parsing and the command definitions). The catalog and every command's code are chunks imported on demand.
    const loaded = new Map<string, string>();
    const visit = (file: string) => {
      if (loaded.has(file)) return;
      const text = readFileSync(file, 'utf8');
      loaded.set(file, text);
      for (const m of text.matchAll(/^import\s(?:[^;]*?from\s*)?"(\.[^"]+)"/gmu)) visit(join(file, '..', m[1]!));
    };
    visit('dist/cli/bin.js');
    const all = [...loaded.values()].join('\n');
    expect(all.length).toBeLessThan(80_000);
    expect(all).not.toContain('rolematrix/compiled-catalog@1');
    expect(all).not.toMatch(/from\s*"(zod|yaml)"/u);
    expect(all).toMatch(/import\("\.\.?\/compare-[\w-]+\.js"\)/u);
  });
});

describe('catalog discovery', () => {
  const project = join(tmp, 'discovery');
  const nested = join(project, 'team', 'notes');
  mkdirSync(nested, { recursive: true });
  cpSync('examples/software-engineering', project, { recursive: true });
  const io = (cwd: string, out: { stdout: string; stderr: string }) => ({
    stdout: (s: string) => (out.stdout += s),
    stderr: (s: string) => (out.stderr += s),
    cwd,
  });

  test('without --dir, the nearest catalog.yaml from the working directory up is the catalog, and stderr says so', async () => {
    const out = { stdout: '', stderr: '' };
    expect(await main(['list'], io(nested, out))).toBe(0);
    expect(out.stdout).toContain('principal-engineer');
    expect(out.stdout).not.toContain('customer-service-manager');
    expect(out.stderr).toBe(`Using the catalog in ${project} (found from the working directory up).\n`);
    const zh = { stdout: '', stderr: '' };
    await main(['list', '--lang', 'zh'], io(nested, zh));
    expect(zh.stderr).toBe(`使用 ${project} 中的岗位目录（自当前目录向上找到）。\n`);
  });

  test('JSON output has no note; --dir still wins; with no catalog.yaml up to the root, the shipped catalog', async () => {
    const json = { stdout: '', stderr: '' };
    await main(['list', '--format', 'json'], io(nested, json));
    expect(json.stderr).toBe('');
    expect(JSON.parse(json.stdout).roles.map((r: { id: string }) => r.id)).toContain('principal-engineer');
    const named = { stdout: '', stderr: '' };
    await main(['list', '--dir', 'roles'], io(nested, named));
    expect(named.stdout).toContain('customer-service-manager');
    expect(named.stderr).toBe('');
    const none = { stdout: '', stderr: '' };
    await main(['list'], io(tmpdir(), none));
    expect(none.stdout).toContain('customer-service-manager');
    expect(none.stderr).toBe('');
  });

  test('diff --since <rev> <dir> works on <dir>: no note about the catalog found from here, which it does not use', async () => {
    const repo = join(tmp, 'since-repo');
    cpSync('tests/fixtures/valid', join(repo, 'roles'), { recursive: true });
    const git = (...args: string[]) =>
      execFileSync(
        'git',
        ['-c', 'user.name=t', '-c', 'user.email=t@t.invalid', '-c', 'commit.gpgsign=false', ...args],
        {
          cwd: repo,
          stdio: 'ignore',
        },
      );
    git('init', '-q');
    git('add', '-A');
    git('commit', '-q', '-m', 'catalog');
    const roles = join(repo, 'roles');
    const out = { stdout: '', stderr: '' };
    expect(await main(['diff', '--since', 'HEAD', roles], io(nested, out))).toBe(0);
    expect(out.stdout).toContain('│ No changes │');
    expect(out.stderr).toBe('');
    const found = { stdout: '', stderr: '' };
    expect(await main(['diff', '--since', 'HEAD'], io(join(repo, 'roles'), found))).toBe(0);
    const both = { stdout: '', stderr: '' };
    expect(await main(['diff', '--since', 'HEAD', roles, '--dir', roles], io(nested, both))).toBe(2);
    expect(both.stderr).toMatch(/^diff --since: name the catalog directory once, as the argument/);
    const extra = { stdout: '', stderr: '' };
    expect(await main(['diff', '--since', 'HEAD', roles, 'x'], io(nested, extra))).toBe(2);
    expect(extra.stderr).toMatch(/^diff --since takes one catalog directory; "x" is one too many\./);
  });
});
