import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { run } from '../run-cli.js';
import { EXPORT_FORMATS } from '../../src/export/types.js';

const tmp = mkdtempSync(join(tmpdir(), 'rolematrix-interchange-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('export', () => {
  test('json: both files into --out (created), one line per file', async () => {
    const out = join(tmp, 'json', 'nested');
    const r = await run('export', 'json', '--out', out);
    expect(r).toEqual({
      code: 0,
      stdout: `Wrote ${join(out, 'rolematrix.catalog.json')}\nWrote ${join(out, 'rolematrix.catalog.schema.json')}\n`,
      stderr: '',
    });
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
    expect(zh.stderr).toContain('导出有错误，未写入任何文件。');
  });

  test('a missing or unknown target is a usage error (exit 2) listing the targets', async () => {
    const none = await run('export');
    expect(none.code).toBe(2);
    expect(none.stderr).toBe(
      `Name the export target: ${EXPORT_FORMATS.join(', ')}.\nRun \`rolematrix export --help\` for usage.\n`,
    );
    const typo = await run('export', 'jsn');
    expect(typo.code).toBe(2);
    expect(typo.stderr.split('\n')[0]).toBe(
      `export: <target> must be ${EXPORT_FORMATS.slice(0, -1).join(', ')} or csv, not "jsn". Did you mean "json"?`,
    );
    const zh = await run('export', 'jsn', '--lang', 'zh');
    expect(zh.stderr.split('\n')[0]).toBe(
      `export 的 <目标> 只能是 ${EXPORT_FORMATS.join('、')}，不能是 "jsn"。是不是要写 "json"？`,
    );
  });

  test('--out - refuses an export of several files', async () => {
    const r = await run('export', 'json', '--out', '-');
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe(
      '--out - prints a single text file, but the json export writes 2 files; give a directory.',
    );
  });

  const JDX = [
    'customer-relationship-manager',
    'account-manager',
    'customer-service-director',
    'customer-service-manager',
    'customer-service-supervisor',
    'complaint-handling-specialist',
    'call-center-agent',
    'customer-service-representative',
    'pmo-director',
    'project-director',
    'project-manager',
    'senior-project-manager',
  ];
  const CSV = [
    'roles',
    'focus',
    'duties',
    'permissions',
    'education',
    'experience',
    'skills',
    'traits',
    'certifications',
    'tools',
    'knowledge',
    'kpis',
    'stakeholders',
    'career',
    'vocabularies',
    'documents',
    'matrix',
  ];
  const FILES: Record<(typeof EXPORT_FORMATS)[number], string[]> = {
    json: ['rolematrix.catalog.json', 'rolematrix.catalog.schema.json'],
    jsonld: ['rolematrix.jsonld'],
    jdx: JDX.map((id) => `${id}.jdx.json`),
    odoo: ['hr.department.csv', 'hr.job.csv', 'hr.skill.type.csv', 'hr.job.skills.csv'],
    frappe: ['Skill.csv', 'KRA.csv', 'Appraisal Template.csv', 'Designation.csv'],
    orangehrm: ['orangehrm-job-titles.json'],
    xlsx: ['rolematrix.xlsx'],
    csv: CSV.map((k) => `${k}.csv`),
  };

  test.each(EXPORT_FORMATS.map((f) => [f]))(
    '%s: exit 0 for the shipped catalog; exactly its files, one line each in order',
    async (format) => {
      const out = join(tmp, `fmt-${format}`);
      const r = await run('export', format, '--out', out);
      expect(r.stderr.split('\n').filter((l) => !/^\S+:\d+:\d+( \S+)?: warning: |^ {2}hint: |^$/.test(l))).toEqual([]);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(FILES[format].map((f) => `Wrote ${join(out, f)}\n`).join(''));
      // No temporary is left behind.
      expect(readdirSync(out).sort()).toEqual([...FILES[format]].sort());
    },
  );

  test('all or nothing: a directory where hr.job.csv goes stops the export before any file is written (EISDIR, exit 2)', async () => {
    const out = join(tmp, 'eisdir-export');
    mkdirSync(join(out, 'hr.job.csv'), { recursive: true });
    const r = await run('export', 'odoo', '--out', out);
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr: `Cannot write "${join(out, 'hr.job.csv')}" (EISDIR); no file was written.\nRun \`rolematrix export --help\` for usage.\n`,
    });
    expect(readdirSync(out)).toEqual(['hr.job.csv']);
    expect(readdirSync(join(out, 'hr.job.csv'))).toEqual([]);
    const zh = await run('export', 'odoo', '--out', out, '--lang', 'zh');
    expect(zh.code).toBe(2);
    expect(zh.stderr.split('\n')[0]).toBe(`无法写入 "${join(out, 'hr.job.csv')}"（EISDIR），未写入任何文件。`);
    expect(readdirSync(out)).toEqual(['hr.job.csv']);
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
    expect(readFileSync(join(out, 'senior-project-manager.yaml'), 'utf8')).toMatch(
      /^# yaml-language-server: \$schema=\.\/rolematrix\.schema\.json\n[^]*\nextends: project-manager\n/,
    );
    expect(readFileSync(join(out, 'matrices', 'complaint-handling.yaml'), 'utf8').split('\n')[0]).toBe(
      '# yaml-language-server: $schema=../rolematrix.schema.json',
    );
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
    expect(r.stderr.split('\n')[0]).toBe(
      'tests/fixtures/import/json-broken.json:5:17: The JSON is malformed here: `"` is not expected (a comma or a closing bracket was expected). [IMPORT_SYNTAX]',
    );
    expect(r.stderr.trim().split('\n').at(-1)).toBe('The import has errors; no file was written.');
    expect(existsSync(out)).toBe(false);
  });

  test('usage errors: no file, an unknown extension without --from, a bad --from, an unreadable file', async () => {
    expect((await run('import')).code).toBe(2);
    const txt = join(tmp, 'roles.txt');
    writeFileSync(txt, '{}');
    const r = await run('import', txt, '--out', join(tmp, 'x'));
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe(
      `Cannot tell the format of "${txt}" from its extension (.json, .csv or .xlsx); add --from json|csv|xlsx.`,
    );
    const bad = await run('import', txt, '--from', 'jsno');
    expect(bad.code).toBe(2);
    expect(bad.stderr.split('\n')[0]).toBe(
      '--from must be json, csv or xlsx for import, not "jsno". Did you mean "json"?',
    );
    const missing = await run('import', join(tmp, 'nope.json'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(`${join(tmp, 'nope.json')}:1:1: The file cannot be read (ENOENT). [IO_ERROR]\n`);
  });

  test('--from json reads any extension; a result with dangling references is refused before anything is written', async () => {
    const file = join(tmp, 'one-role.txt');
    writeFileSync(
      file,
      JSON.stringify({
        apiVersion: 'rolematrix/v1',
        kind: 'Role',
        id: 'clerk',
        title: 'Clerk',
        family: 'ops',
        level: 'staff',
        orientation: 'operations',
        summary: 'Files.',
      }),
    );
    const out = join(tmp, 'dangling');
    mkdirSync(out);
    const r = await run('import', file, '--from', 'json', '--out', out);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    // The diagnostic points into the file the import would have written.
    expect(r.stderr).toContain(
      `${join(out, 'clerk.yaml')}:6:9 family: The job family "ops" is not in the families vocabulary. [DANGLING_REFERENCE]`,
    );
    expect(r.stderr.trim().split('\n').at(-1)).toBe(
      `After this import the catalog in ${out} would have 1 error; no file was written.`,
    );
    expect(readdirSync(out)).toEqual([]);
    const zh = await run('import', file, '--from', 'json', '--out', out, '--lang', 'zh');
    expect(zh.stderr.trim().split('\n').at(-1)).toBe(`导入后 ${out} 中的目录会有 1 个错误，未写入任何文件。`);
  });
  test('a CSV saved by Chinese Excel as GBK: one FILE_ENCODING at the first GBK byte, saying how to save it as UTF-8, exit 2, nothing written', async () => {
    // GBK bytes of the few characters needed (no encoder dependency): 编号 / 岗位名称 / 文员.
    const GBK: Record<string, number[]> = {
      编: [0xb1, 0xe0],
      号: [0xba, 0xc5],
      岗: [0xb8, 0xda],
      位: [0xce, 0xbb],
      名: [0xc3, 0xfb],
      称: [0xb3, 0xc6],
      文: [0xce, 0xc4],
      员: [0xd4, 0xb1],
    };
    const gbk = (text: string) => new Uint8Array([...text].flatMap((c) => GBK[c] ?? [c.charCodeAt(0)]));
    const dir = join(tmp, 'gbk');
    mkdirSync(dir);
    const file = join(dir, 'roles.csv');
    writeFileSync(file, gbk('编号,岗位名称\r\nclerk,文员\r\n'));
    const out = join(tmp, 'gbk-out');
    const r = await run('import', file, '--out', out);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      `${file}:1:1: The file is not UTF-8: the bytes at line 1, column 1 are not valid UTF-8. It looks saved in another encoding, such as GBK (the default of Chinese Windows editors and Excel). [FILE_ENCODING]\n` +
        '  hint: In Excel use File → Save As → "CSV UTF-8 (comma delimited) (*.csv)"; in WPS choose the CSV type and the UTF-8 encoding; or import the .xlsx workbook instead.\n' +
        'The import has errors; no file was written.\n',
    );
    const zh = await run('import', file, '--out', out, '--lang', 'zh');
    expect(zh.stderr).toBe(
      `${file}:1:1: 该文件不是 UTF-8 编码：第 1 行第 1 列的字节不是有效的 UTF-8。它似乎以其他编码保存，例如 GBK（中文 Windows 编辑器和 Excel 的默认编码）。 [FILE_ENCODING]\n` +
        '  提示：在 Excel 中选择“文件 → 另存为 → CSV UTF-8（逗号分隔）(*.csv)”；在 WPS 中选择 CSV 类型并将编码设为 UTF-8；也可以直接导入 .xlsx 工作簿。\n' +
        '导入文件有错误，未写入任何文件。\n',
    );
    expect(existsSync(out)).toBe(false);
  });

  test.each([
    ['a 0-byte file', 'empty.json', ''],
    ['an empty array', 'list.json', '[]'],
    ['an empty object', 'object.json', '{}'],
  ])('%s holds no documents: IMPORT_SYNTAX, exit 1, no directory and no schema file', async (_, name, text) => {
    const file = join(tmp, name);
    writeFileSync(file, text);
    const out = join(tmp, `empty-out-${name}`);
    const r = await run('import', file, '--out', out);
    expect(r).toEqual({
      code: 1,
      stdout: '',
      stderr: `${file}:1:1: The file holds no documents, so there is nothing to import. [IMPORT_SYNTAX]\n  hint: Import the rolematrix.catalog.json that \`rolematrix export json\` writes, a role object, or an array of them.\nThe import has errors; no file was written.\n`,
    });
    expect(existsSync(out)).toBe(false);
    mkdirSync(out);
    expect((await run('import', file, '--out', out)).code).toBe(1);
    expect(readdirSync(out)).toEqual([]);
  });

  test('CSV files with no roles sheet: IMPORT_SYNTAX, exit 1, nothing written', async () => {
    const file = join(tmp, 'duties.csv');
    writeFileSync(file, 'role,id,title.en\r\nalpha,answer,Answer calls\r\n');
    const out = join(tmp, 'no-roles-out');
    const r = await run('import', file, '--out', out);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `${file}:1:1: There is no roles sheet, so no role can be rebuilt. [IMPORT_SYNTAX]\n  hint: Import roles.csv together with the other CSV files.\nThe import has errors; no file was written.\n`,
    );
    expect(existsSync(out)).toBe(false);
  });

  test('a file over 8 MiB is FILE_TOO_LARGE without being read: the limit and how to split it', async () => {
    const file = join(tmp, 'huge.json');
    writeFileSync(file, '');
    truncateSync(file, 8 * 1024 * 1024 + 1);
    const r = await run('import', file, '--out', join(tmp, 'huge-out'));
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `${file}:1:1: The file is 8388609 bytes, over the import limit of 8388608 bytes (8 MiB); it was not read. [FILE_TOO_LARGE]\n` +
        '  hint: Split it into files under 8 MiB and import them together: export the roles in groups, e.g. `rolematrix export json <ids…> --out part1` and `rolematrix export json <other ids…> --out part2`, then `rolematrix import part1/rolematrix.catalog.json part2/rolematrix.catalog.json --out <dir>`.\n' +
        'The import has errors; no file was written.\n',
    );
    const zh = await run('import', file, '--out', join(tmp, 'huge-out'), '--lang', 'zh');
    expect(zh.stderr.split('\n').slice(0, 2)).toEqual([
      `${file}:1:1: 文件大小为 8388609 字节，超过导入上限 8388608 字节（8 MiB），未予读取。 [FILE_TOO_LARGE]`,
      '  提示：请拆分为每个小于 8 MiB 的文件后一起导入：分批导出岗位，例如 rolematrix export json <编号…> --out part1 和 rolematrix export json <其余编号…> --out part2，然后运行 rolematrix import part1/rolematrix.catalog.json part2/rolematrix.catalog.json --out <目录>。',
    ]);
    expect(existsSync(join(tmp, 'huge-out'))).toBe(false);
  });

  test('all or nothing: a directory where a role file goes stops the import before any file is written (EISDIR, exit 2)', async () => {
    const exported = join(tmp, 'eisdir-export-json');
    expect((await run('export', 'json', '--out', exported)).code).toBe(0);
    const out = join(tmp, 'eisdir-import');
    mkdirSync(join(out, 'project-manager.yaml'), { recursive: true });
    const r = await run('import', join(exported, 'rolematrix.catalog.json'), '--out', out);
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr: `Cannot write "${join(out, 'project-manager.yaml')}" (EISDIR); no file was written.\nRun \`rolematrix import --help\` for usage.\n`,
    });
    // No role file, no schema file, no vocabulary or matrices directory, no temporary.
    expect(readdirSync(out)).toEqual(['project-manager.yaml']);
    const zh = await run('import', join(exported, 'rolematrix.catalog.json'), '--out', out, '--lang', 'zh');
    expect(zh.stderr.split('\n')[0]).toBe(
      `无法写入 "${join(out, 'project-manager.yaml')}"（EISDIR），未写入任何文件。`,
    );
    expect(readdirSync(out)).toEqual(['project-manager.yaml']);
  });
});
