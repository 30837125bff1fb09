import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { EXPORT_FORMATS } from '../../src/export/types.js';
import { generateOnetFolder } from '../classification/onet-generate.js';
import { run } from '../run-cli.js';
import { excelInputs } from '../classification/onet-fixture.js';

const TEXT = fileURLToPath(new URL('../fixtures/onet/text/', import.meta.url));
const CSV = fileURLToPath(new URL('../fixtures/csco/occupations.csv', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'rolematrix-classification-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('import onet', () => {
  const out = join(tmp, 'onet');

  test('drafts the occupations asked for; the catalog validates; the summary says what to fill in', async () => {
    const r = await run('import', 'onet', TEXT, '--occupation', '43-4051.00, 11-1021.00', '--out', out);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        `created ${join(out, 'customer-service-representatives.yaml')}`,
        `created ${join(out, 'general-and-operations-managers.yaml')}`,
        `created ${join(out, 'vocabulary/families.yaml')}`,
        `created ${join(out, 'vocabulary/skills.yaml')}`,
        `created ${join(out, 'vocabulary/tools.yaml')}`,
        `created ${join(out, 'rolematrix.schema.json')}`,
        `The catalog in ${out} is valid: 2 roles.`,
        '',
      ].join('\n'),
    );
    expect(r.stderr).toMatch(
      new RegExp(
        `^${join(out, 'customer-service-representatives.yaml')}:1:1: info: 2 draft roles: each needs a Chinese title`,
      ),
    );
    expect(r.stderr).toContain('[IMPORT_DRAFT]');
    expect(readFileSync(join(out, 'customer-service-representatives.yaml'), 'utf8')).toContain(
      '# This file includes information from the O*NET 29.1 Database',
    );
    expect((await run('validate', out)).code).toBe(0);
  });

  test('the drafts lint with what to fill in, compare, and flow into every export', async () => {
    const lint = await run('lint', '--dir', out, '--format', 'json');
    const findings = JSON.parse(lint.stdout).diagnostics as { code: string; path: string; file: string }[];
    expect(
      findings
        .filter((d) => d.code === 'LINT_DRAFT_ROLE' && d.file.endsWith('general-and-operations-managers.yaml'))
        .map((d) => d.path),
    ).toEqual(['', 'title', 'family', 'level', 'orientation', 'summary']);
    const compare = await run(
      'compare',
      'customer-service-representatives',
      'general-and-operations-managers',
      '--dir',
      out,
      '--format',
      'json',
    );
    expect(compare.code).toBe(0);
    for (const format of EXPORT_FORMATS) {
      const r = await run('export', format, '--dir', out, '--out', join(tmp, 'export', format));
      expect([format, r.code]).toEqual([format, 0]);
    }
    const jsonld = readFileSync(join(tmp, 'export', 'jsonld', 'rolematrix.jsonld'), 'utf8');
    expect(jsonld).toContain('43-4051.00');
  });

  test('importing again drafts nothing new: the roles are in the catalog', async () => {
    const r = await run('import', 'onet', TEXT, '--occupation', '43-4051.00', '--out', out);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('already; it is left as it is, not drafted again. [IMPORT_DRAFT]');
    expect(r.stderr).toContain('The import drafts no role, so there is nothing to write. [IMPORT_SYNTAX]');
  });

  test('an unknown code is an error and nothing is written; usage errors exit 2', async () => {
    const dir = join(tmp, 'none');
    const r = await run('import', 'onet', TEXT, '--occupation', '43-4015.00', '--out', dir, '--lang', 'zh');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('O*NET 数据库中没有职业“43-4015.00”。 [IMPORT_UNKNOWN_OCCUPATION]\n  提示：');
    expect(r.stderr).toContain('导入有错误，未写入任何文件。');
    expect((await run('import', 'onet', TEXT, '--out', dir)).code).toBe(2);
    expect((await run('import', 'onet', TEXT, '--all', '--occupation', '43-4051.00')).code).toBe(2);
    expect((await run('import', 'onet', join(TEXT, 'Skills.txt'), '--all')).code).toBe(2);
    const stray = await run('import', 'roles.json', '--all');
    expect([stray.code, stray.stderr]).toEqual([2, expect.stringContaining('--occupation and --all go with')]);
  });

  test('into a copy of the shipped catalog: its vocabularies gain entries, its roles stay', async () => {
    const dir = join(tmp, 'shipped');
    cpSync(fileURLToPath(new URL('../../roles/', import.meta.url)), dir, { recursive: true });
    // the shipped catalog has a role for 13-1082.00 (project management specialists) already
    const r = await run('import', 'onet', TEXT, '--occupation', '13-1082.00,11-1021.00', '--out', dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('The catalog has the role "senior-project-manager" for 13-1082.00 already');
    expect(r.stdout).toContain(`created ${join(dir, 'general-and-operations-managers.yaml')}`);
    expect(r.stdout).toContain(`updated ${join(dir, 'vocabulary/skills.yaml')}`);
    expect(r.stdout).toContain('is valid: 13 roles.');
    const skills = readFileSync(join(dir, 'vocabulary/skills.yaml'), 'utf8');
    expect(skills).toContain('  - id: communication\n');
    expect(skills).toContain('  - id: critical-thinking\n');
  });

  test('an unzipped download: the folder holding the database one level down is found', async () => {
    const top = join(tmp, 'download');
    mkdirSync(top);
    cpSync(TEXT, join(top, 'db_29_1_text'), { recursive: true });
    const r = await run('import', 'onet', top, '--occupation', '13-1082.00', '--out', join(tmp, 'download-out'));
    expect(r.code).toBe(0);
  });

  test('the Excel layout drafts the same files as the text layout', async () => {
    const folder = join(tmp, 'db_29_1_excel');
    mkdirSync(folder);
    for (const { file, data } of await excelInputs()) writeFileSync(join(folder, file), data);
    const excel = join(tmp, 'from-excel');
    const r = await run('import', 'onet', folder, '--all', '--out', excel);
    expect(r.code).toBe(0);
    const text = join(tmp, 'from-text');
    expect((await run('import', 'onet', TEXT, '--all', '--out', text)).code).toBe(0);
    for (const f of ['customer-service-representatives.yaml', 'vocabulary/skills.yaml'])
      expect(readFileSync(join(excel, f), 'utf8')).toBe(readFileSync(join(text, f), 'utf8'));
  });

  test('a folder without the database: the error names the folder', async () => {
    const empty = join(tmp, 'empty-folder');
    mkdirSync(empty);
    const r = await run('import', 'onet', empty, '--all', '--out', join(tmp, 'nothing'));
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe(
      `${empty}:1:1: The folder has no "Occupation Data.txt", the O*NET file that lists the occupations. [IMPORT_MISSING_FILE]`,
    );
  });
});

describe('import csco', () => {
  test('Chinese drafts from a CSV table', async () => {
    const out = join(tmp, 'csco');
    const r = await run('import', 'csco', CSV, '--all', '--out', out, '--lang', 'zh');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`新建 ${join(out, 'cn2022-4-04-05-03.yaml')}`);
    expect(r.stderr).toContain('3 个岗位草稿：每个都需要补充英文名称');
    const role = readFileSync(join(out, 'cn2022-4-04-05-03.yaml'), 'utf8');
    expect(role).toContain('aliases: { zh: [话务员, 在线客服] }');
    expect(role).toContain('    title: 受理业务并录入系统\n');
  });

  test('a table in another encoding exits 2', async () => {
    const gbk = join(tmp, 'gbk.csv');
    writeFileSync(gbk, new Uint8Array([0xd6, 0xb0, 0xd2, 0xb5, 0xb1, 0xe0, 0xc2, 0xeb, 0x0a, 0xbf, 0xcd]));
    const r = await run('import', 'csco', gbk, '--all', '--out', join(tmp, 'gbk'));
    expect([r.code, r.stderr]).toEqual([2, expect.stringContaining('[FILE_ENCODING]')]);
  });
});

test('import onet --all on a full-size folder (1,000 occupations, 20,000 tasks) writes a catalog that validates', async () => {
  const folder = join(tmp, 'db_29_1_text');
  mkdirSync(folder);
  for (const [name, text] of Object.entries(generateOnetFolder(1000, 20))) writeFileSync(join(folder, name), text);
  const out = join(tmp, 'full');
  const r = await run('import', 'onet', folder, '--all', '--out', out);
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(/The catalog in .* is valid: 1000 roles\.\n$/);
  expect(r.stderr.split('\n').filter((l) => / error|\[IMPORT_NOT_MAPPED\]/.test(l))).toEqual([]);
}, 60_000);
