import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { main } from '../../src/cli/main.js';
import { EXPORT_FORMATS } from '../../src/export/types.js';

async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

const tmp = mkdtempSync(join(tmpdir(), 'rolematrix-interchange-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('export', () => {
  test('json: both files into --out (created), one line per file', async () => {
    const out = join(tmp, 'json', 'nested');
    const r = await run('export', 'json', '--out', out);
    expect(r).toEqual({ code: 0, stdout: `Wrote ${join(out, 'rolematrix.catalog.json')}\nWrote ${join(out, 'rolematrix.catalog.schema.json')}\n`, stderr: '' });
    const doc = JSON.parse(readFileSync(join(out, 'rolematrix.catalog.json'), 'utf8'));
    expect(doc.generator).toBe('rolematrix 0.1.0');
    expect(doc.roles).toHaveLength(12);
  });

  test('json with role ids and --lang zh', async () => {
    const out = join(tmp, 'subset');
    const r = await run('export', 'json', 'project-manager', 'account-manager', '--out', out, '--lang', 'zh');
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe(`已写入 ${join(out, 'rolematrix.catalog.json')}`);
    const doc = JSON.parse(readFileSync(join(out, 'rolematrix.catalog.json'), 'utf8'));
    expect(doc.roles.map((x: { id: string }) => x.id).sort()).toEqual(['account-manager', 'project-manager']);
  });

  test('an unknown role id: EXPORT_UNKNOWN_ROLE, exit 1, nothing written', async () => {
    const out = join(tmp, 'unknown-role');
    const r = await run('export', 'json', 'project-manger', '--out', out);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      '<arguments>:1:1: There is no role "project-manger" in the catalog. [EXPORT_UNKNOWN_ROLE]\n  hint: Did you mean "project-manager"?\nThe export has errors; no file was written.\n',
    );
    expect(existsSync(out)).toBe(false);
    const zh = await run('export', 'json', 'project-manger', '--out', out, '--lang', 'zh');
    expect(zh.stderr).toContain('岗位目录中没有岗位 "project-manger"。 [EXPORT_UNKNOWN_ROLE]');
    expect(zh.stderr).toContain('导出有错误,未写入任何文件。');
  });

  test('a missing or unknown target is a usage error (exit 2) listing the targets', async () => {
    const none = await run('export');
    expect(none.code).toBe(2);
    expect(none.stderr).toBe(`Name the export target: ${EXPORT_FORMATS.join(', ')}.\nRun \`rolematrix --help\` for usage.\n`);
    const typo = await run('export', 'jsn');
    expect(typo.code).toBe(2);
    expect(typo.stderr.split('\n')[0]).toBe(`Unknown export target "jsn". Targets: ${EXPORT_FORMATS.join(', ')}. Did you mean "json"?`);
    const zh = await run('export', 'jsn', '--lang', 'zh');
    expect(zh.stderr.split('\n')[0]).toBe(`未知的导出目标 "jsn"。可用目标:${EXPORT_FORMATS.join('、')}。是不是要写 "json"?`);
  });

  test('--out - refuses an export of several files', async () => {
    const r = await run('export', 'json', '--out', '-');
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe('--out - prints a single text file, but the json export writes 2 files; give a directory.');
  });

  // The other targets are written by other modules; here only the wiring: files land in --out, one line each.
  test.for(EXPORT_FORMATS.filter((f) => f !== 'json'))('%s goes through the command', async (format, ctx) => {
    const out = join(tmp, `fmt-${format}`);
    let r: Awaited<ReturnType<typeof run>>;
    try {
      r = await run('export', format, '--out', out);
    } catch (err) {
      // A target still being written throws "… is not written yet"; skip it rather than fail here.
      if (err instanceof Error && /not written yet/.test(err.message)) return ctx.skip();
      throw err;
    }
    if (r.code === 1) {
      expect(r.stderr).toContain('The export has errors; no file was written.');
      expect(existsSync(out)).toBe(false);
      return;
    }
    expect(r.code).toBe(0);
    const written = readdirSync(out).sort();
    expect(written.length).toBeGreaterThan(0);
    expect(r.stdout.trim().split('\n').map((l) => l.replace(`Wrote ${out}/`, '')).sort()).toEqual(written);
  });
});

describe('import', () => {
  test('a JSON export into an empty directory, then again: created, then unchanged; the result validates', async () => {
    const exported = join(tmp, 'rt-export');
    expect((await run('export', 'json', '--out', exported)).code).toBe(0);
    const out = join(tmp, 'rt-roles');
    const file = join(exported, 'rolematrix.catalog.json');
    const r = await run('import', file, '--out', out);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toContain(`created ${join(out, 'senior-project-manager.yaml')}`);
    expect(lines).toContain(`created ${join(out, 'vocabulary', 'skills.yaml')}`);
    expect(lines).toContain(`created ${join(out, 'rolematrix.schema.json')}`);
    expect(lines.at(-1)).toBe(`The catalog in ${out} is valid: 12 roles.`);
    expect(readFileSync(join(out, 'senior-project-manager.yaml'), 'utf8')).toMatch(/^# yaml-language-server: \$schema=\.\/rolematrix\.schema\.json\n[^]*\nextends: project-manager\n/);
    expect(readFileSync(join(out, 'matrices', 'complaint-handling.yaml'), 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=../rolematrix.schema.json');
    expect((await run('validate', out)).code).toBe(0);

    // An HR editor's comment survives a second import that changes a title.
    const pm = join(out, 'project-manager.yaml');
    writeFileSync(pm, readFileSync(pm, 'utf8').replace('\nlevel:', '\n# reviewed by HR\nlevel:'));
    const doc = JSON.parse(readFileSync(file, 'utf8'));
    doc.roles.find((x: { id: string }) => x.id === 'project-manager').title = { zh: '项目经理', en: 'Project lead' };
    writeFileSync(file, JSON.stringify(doc));
    const again = await run('import', file, '--out', out, '--lang', 'zh');
    expect(again.code).toBe(0);
    expect(again.stdout).toContain(`更新 ${pm}\n`);
    expect(again.stdout).toContain(`未变 ${join(out, 'account-manager.yaml')}\n`);
    expect(again.stdout.trim().split('\n').at(-1)).toBe(`${out} 中的目录有效：12 个岗位。`);
    const text = readFileSync(pm, 'utf8');
    expect(text).toContain('title: { zh: 项目经理, en: Project lead }\n');
    expect(text).toContain('# reviewed by HR\nlevel:');
  });

  test('broken JSON: located diagnostic, exit 1, nothing written', async () => {
    const out = join(tmp, 'broken-out');
    const r = await run('import', 'tests/fixtures/import/json-broken.json', '--out', out);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe('tests/fixtures/import/json-broken.json:5:13: The JSON is malformed here: a comma, colon, quote or bracket is missing or out of place. [IMPORT_SYNTAX]');
    expect(r.stderr.trim().split('\n').at(-1)).toBe('The import has errors; no file was written.');
    expect(existsSync(out)).toBe(false);
  });

  test('usage errors: no file, an unknown extension without --from, a bad --from, an unreadable file', async () => {
    expect((await run('import')).code).toBe(2);
    const txt = join(tmp, 'roles.txt');
    writeFileSync(txt, '{}');
    const r = await run('import', txt, '--out', join(tmp, 'x'));
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe(`Cannot tell the format of "${txt}" from its extension (.json, .csv or .xlsx); add --from json|csv|xlsx.`);
    const bad = await run('import', txt, '--from', 'jsno');
    expect(bad.code).toBe(2);
    expect(bad.stderr.split('\n')[0]).toBe('--from must be json, csv, xlsx, not "jsno". Did you mean "json"?');
    const missing = await run('import', join(tmp, 'nope.json'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(`${join(tmp, 'nope.json')}:1:1: The file cannot be read (ENOENT). [IO_ERROR]\n`);
  });

  test('--from json reads any extension; a result with dangling references is refused before anything is written', async () => {
    const file = join(tmp, 'one-role.txt');
    writeFileSync(file, JSON.stringify({ apiVersion: 'rolematrix/v1', kind: 'Role', id: 'clerk', title: 'Clerk', family: 'ops', level: 'staff', orientation: 'operations', summary: 'Files.' }));
    const out = join(tmp, 'dangling');
    mkdirSync(out);
    const r = await run('import', file, '--from', 'json', '--out', out);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    // The diagnostic points into the file the import would have written.
    expect(r.stderr).toContain(`${join(out, 'clerk.yaml')}:6:9 family: The job family "ops" is not in the families vocabulary. [DANGLING_REFERENCE]`);
    expect(r.stderr.trim().split('\n').at(-1)).toBe(`After this import the catalog in ${out} would have 1 error; no file was written.`);
    expect(readdirSync(out)).toEqual([]);
    const zh = await run('import', file, '--from', 'json', '--out', out, '--lang', 'zh');
    expect(zh.stderr.trim().split('\n').at(-1)).toBe(`导入后 ${out} 中的目录会有 1 个错误，未写入任何文件。`);
  });
});
