import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { importDocuments } from '../../src/import/index.js';

const FIXTURES = 'tests/fixtures/import';
const fixture = (name: string) => ({ file: `${FIXTURES}/${name}`, data: readFileSync(`${FIXTURES}/${name}`, 'utf8') });
const where = (ds: { code: string; path: string; line: number; column: number; severity: string }[]) =>
  ds.map((d) => [d.code, d.path, d.line, d.column, d.severity]);

const role = (id: string, extra: Record<string, unknown> = {}) => ({
  apiVersion: 'rolematrix/v1',
  kind: 'Role',
  id,
  title: { zh: '文员', en: 'Clerk' },
  family: 'ops',
  level: 'staff',
  orientation: 'operations',
  summary: 'Files things.',
  ...extra,
});

describe('JSON import', () => {
  test('malformed JSON: IMPORT_SYNTAX at the line and column, no documents', async () => {
    const r = await importDocuments([fixture('json-broken.json')], 'json');
    expect(r.documents).toEqual([]);
    // `{ "id": "a" "title": "A" }`: the second key, where a comma should be.
    expect(where(r.diagnostics)).toEqual([['IMPORT_SYNTAX', '', 5, 17, 'error']]);
    expect(r.diagnostics[0]!.message).toBe(
      'The JSON is malformed here: `"` is not expected (a comma or a closing bracket was expected).',
    );
    expect(r.diagnostics[0]!.zh.message).toBe('JSON 格式有误：此处不应出现 `"`（应为逗号或右括号）。');
    expect(r.diagnostics[0]!.hint).toBe('A comma, colon, quote or bracket is missing or out of place.');
  });

  // YAML is a superset of JSON; a .json file must still be strict JSON, reported at the first token that is not.
  test.each([
    ['a YAML block mapping', 'level: senior\n', 1, 1, 'This looks like YAML or JavaScript'],
    ['a YAML tag', '{"id": !!str clerk}', 1, 8, 'YAML tags (`!!str`), anchors and aliases are not JSON'],
    ['a single-quoted string', '[\n  {"id": \'clerk\'}\n]', 2, 10, 'JSON strings and keys take double quotes'],
    ['an unquoted key', '{\n  id: "clerk"\n}', 2, 3, 'This looks like YAML or JavaScript'],
    ['a # comment', '[\n  # roles\n  {}\n]', 2, 3, 'JSON has no comments'],
    ['a // comment', '{"kind": "Role" // the kind\n}', 1, 17, 'JSON has no comments'],
    ['a trailing comma', '[{"id": "a"},\n]', 2, 1, 'JSON allows no trailing comma'],
    ['a cut-off file', '[{"id": "a"', 1, 12, 'The file ends before every bracket and quote is closed'],
    ['a second value', '{}\n{}', 2, 1, 'A comma, colon, quote or bracket'],
  ])('not strict JSON: %s is IMPORT_SYNTAX at the token', async (_, text, line, column, hint) => {
    const r = await importDocuments([{ file: 'x.json', data: text }], 'json');
    expect(r.documents).toEqual([]);
    expect(r.diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([['IMPORT_SYNTAX', line, column]]);
    expect(r.diagnostics[0]!.message).toMatch(/^The JSON is malformed here: /);
    expect(r.diagnostics[0]!.zh.message).toMatch(/^JSON 格式有误：此处/);
    expect(r.diagnostics[0]!.hint).toContain(hint);
  });

  test('nesting deeper than the scanner can follow is one located error, not a stack overflow', async () => {
    const r = await importDocuments(
      [{ file: 'deep.json', data: `${'['.repeat(300_000)}${']'.repeat(300_000)}` }],
      'json',
    );
    expect(where(r.diagnostics)).toEqual([['IMPORT_SYNTAX', '', 1, 1, 'error']]);
    expect(r.diagnostics[0]!.message).toBe(
      'The JSON is nested too deeply to read; no rolematrix document nests more than a few levels.',
    );
    expect(r.diagnostics[0]!.zh.message).toBe('JSON 嵌套层级过深，无法读取；rolematrix 的文档只有几层嵌套。');
  });

  test('a duplicate key says so in the message, at the second key, with the first in the hint', async () => {
    const r = await importDocuments([{ file: 'dup.json', data: '{\n  "id": "a",\n  "id": "b"\n}' }], 'json');
    expect(where(r.diagnostics)).toEqual([['IMPORT_SYNTAX', '', 3, 3, 'error']]);
    expect(r.diagnostics[0]!.message).toBe('The key "id" is given twice in this object; JSON allows each key once.');
    expect(r.diagnostics[0]!.zh.message).toBe('此对象中的键 "id" 出现了两次；JSON 中每个键只能出现一次。');
    expect(r.diagnostics[0]!.hint).toBe('The first is at line 2, column 3; keep one of them.');
    expect(r.documents).toEqual([]);
  });

  test.each([
    ['an empty file', ''],
    ['only white space', ' \n'],
    ['an empty array', '[]'],
    ['an empty object', '{}'],
    ['an export with empty lists', '{"apiVersion": "rolematrix/v1", "kind": "CatalogExport", "roles": []}'],
  ])('%s holds no documents: IMPORT_SYNTAX', async (_, text) => {
    const r = await importDocuments([{ file: 'e.json', data: new TextEncoder().encode(text) }], 'json');
    expect(r.documents).toEqual([]);
    expect(r.diagnostics.map((d) => [d.code, d.severity, d.line, d.column, d.message, d.zh.message])).toEqual([
      [
        'IMPORT_SYNTAX',
        'error',
        1,
        1,
        'The file holds no documents, so there is nothing to import.',
        '该文件中没有任何文档，没有可导入的内容。',
      ],
    ]);
  });

  test.each([
    ['null', 'null', 'it is null.', '它是 null。'],
    ['a number', '42', 'it is the number 42.', '它是数字 42。'],
    ['a text', '"x"', 'it is the text "x".', '它是文字 "x"。'],
  ])('top-level %s holds no catalog, role or list of documents', async (_, text, en, zh) => {
    const r = await importDocuments([{ file: 's.json', data: text }], 'json');
    expect(where(r.diagnostics)).toEqual([['IMPORT_SYNTAX', '', 1, 1, 'error']]);
    expect(r.diagnostics[0]!.message).toBe(`The file is JSON but holds no catalog, role or list of documents: ${en}`);
    expect(r.diagnostics[0]!.zh.message).toBe(`该文件是 JSON，但其中没有目录、岗位或文档列表：${zh}`);
  });

  test('a BOM is dropped; bytes that are not UTF-8 are one FILE_ENCODING at the first bad byte', async () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(JSON.stringify(role('clerk')))]);
    const ok = await importDocuments([{ file: 'bom.json', data: bom }], 'json');
    expect(ok.diagnostics).toEqual([]);
    expect(ok.documents.map((d) => d.id)).toEqual(['clerk']);
    const gbk = await importDocuments(
      [{ file: 'gbk.json', data: new Uint8Array([0x5b, 0x22, 0xce, 0xc4, 0xd4, 0xb1, 0x22, 0x5d]) }],
      'json',
    );
    expect(gbk.diagnostics.map((d) => [d.code, d.line, d.column, d.message, d.zh.message])).toEqual([
      [
        'FILE_ENCODING',
        1,
        3,
        'The file is not UTF-8: the bytes at line 1, column 3 are not valid UTF-8. It looks saved in another encoding, such as GBK (the default of Chinese Windows editors and Excel).',
        '该文件不是 UTF-8 编码：第 1 行第 3 列的字节不是有效的 UTF-8。它似乎以其他编码保存，例如 GBK（中文 Windows 编辑器和 Excel 的默认编码）。',
      ],
    ]);
  });

  test('FILE_TOO_LARGE over maxFileBytes, before parsing', async () => {
    const r = await importDocuments([{ file: 'big.json', data: new Uint8Array(2000).fill(0x20) }], 'json', {
      maxFileBytes: 1000,
    });
    expect(r.diagnostics.map((d) => [d.code, d.message, d.hint])).toEqual([
      [
        'FILE_TOO_LARGE',
        'The file is 2000 bytes, over the import limit of 1000 bytes; it was not read.',
        'Split it into smaller files, or raise the maxFileBytes option.',
      ],
    ]);
  });

  test('every problem of an export in one pass, located in the JSON, with the loader codes', async () => {
    const r = await importDocuments([fixture('json-invalid.json')], 'json');
    expect(where(r.diagnostics)).toEqual([
      ['UNKNOWN_KEY', 'role', 6, 3, 'error'],
      ['INVALID_VALUE', 'roles[0].level', 14, 16, 'error'],
      ['UNKNOWN_KEY', 'roles[0].dutys', 17, 7, 'error'],
      ['INVALID_VALUE', 'roles[1].kind', 22, 15, 'error'],
      ['UNKNOWN_KEY', 'vocabularies[0].entries[0].unit', 42, 79, 'error'],
    ]);
    expect(r.diagnostics[0]!.hint).toBe('Did you mean "roles"?');
    expect(r.diagnostics[2]!.hint).toBe('Did you mean "duties"?');
    // `labels` is the export's addition, not an unknown key; the valid role is still read.
    expect(r.diagnostics.some((d) => d.path.includes('labels'))).toBe(false);
    expect(r.documents.map((d) => [d.kind, d.id, d.file])).toEqual([['Role', 'clerk', 'clerk.yaml']]);
  });

  test('an array of roles: labels dropped, keys in model order, resolved roles keep extends', async () => {
    const r = await importDocuments([fixture('json-roles.json')], 'json');
    expect(r.diagnostics).toEqual([]);
    expect(r.documents.map((d) => [d.kind, d.id, d.file])).toEqual([
      ['Role', 'clerk', 'clerk.yaml'],
      ['Role', 'senior-clerk', 'senior-clerk.yaml'],
    ]);
    expect(Object.keys(r.documents[0]!.value)).toEqual([
      'apiVersion',
      'kind',
      'id',
      'title',
      'family',
      'level',
      'orientation',
      'summary',
    ]);
    expect(r.documents[1]!.value.extends).toBe('clerk');
  });

  test('a single document, as bytes; vocabularies, matrices and settings go to their files', async () => {
    const single = new TextEncoder().encode(JSON.stringify(role('clerk')));
    const all = JSON.stringify([
      { apiVersion: 'rolematrix/v1', kind: 'Catalog', name: 'Ops', languages: ['en'] },
      {
        apiVersion: 'rolematrix/v1',
        kind: 'Vocabulary',
        vocabulary: 'families',
        entries: [{ id: 'ops', label: 'Ops' }],
      },
      { apiVersion: 'rolematrix/v1', kind: 'Vocabulary', vocabulary: 'families', entries: [{ id: 'hr', label: 'HR' }] },
      {
        apiVersion: 'rolematrix/v1',
        kind: 'ResponsibilityMatrix',
        id: 'filing',
        title: 'Filing',
        activities: [{ id: 'file', title: 'File', assign: { clerk: 'R' } }],
      },
    ]);
    const r = await importDocuments(
      [
        { file: 'one.json', data: single },
        { file: 'all.json', data: all },
      ],
      'json',
    );
    expect(r.diagnostics).toEqual([]);
    expect(r.documents.map((d) => [d.kind, d.id, d.file])).toEqual([
      ['Catalog', 'catalog', 'catalog.yaml'],
      ['Vocabulary', 'families', 'vocabulary/families.yaml'],
      ['Role', 'clerk', 'clerk.yaml'],
      ['ResponsibilityMatrix', 'filing', 'matrices/filing.yaml'],
    ]);
    expect((r.documents[1]!.value.entries as { id: string }[]).map((e) => e.id)).toEqual(['ops', 'hr']);
  });

  test('duplicates across the import point at the second one', async () => {
    const text = JSON.stringify([role('clerk'), role('clerk')], null, 2);
    const r = await importDocuments([{ file: 'dup.json', data: text }], 'json');
    expect(where(r.diagnostics)).toEqual([['DUPLICATE_ID', '[1].id', 18, 11, 'error']]);
    expect(r.diagnostics[0]!.hint).toBe('The first is at dup.json:5:11; keep one of them.');
    expect(r.documents).toHaveLength(1);
  });

  test('not JSON, not UTF-8, __proto__, a wrong apiVersion, a missing kind', async () => {
    const r = await importDocuments(
      [
        { file: 'a.json', data: 'roles:\n  - x\n' },
        { file: 'b.json', data: new Uint8Array([0xff, 0xfe, 0x00]) },
        { file: 'c.json', data: '{"kind": "CatalogExport", "apiVersion": "v2", "roles": {}}' },
        { file: 'd.json', data: '[{"__proto__": {}, "id": "x"}]' },
      ],
      'json',
    );
    expect(r.diagnostics.map((d) => [d.file, d.code, d.path, d.line, d.column])).toEqual([
      ['a.json', 'IMPORT_SYNTAX', '', 1, 1],
      ['b.json', 'FILE_ENCODING', '', 1, 1],
      ['c.json', 'INVALID_VALUE', 'apiVersion', 1, 41],
      ['c.json', 'INVALID_TYPE', 'roles', 1, 56],
      ['d.json', 'MISSING_KEY', '[0]', 1, 2],
      ['d.json', 'FORBIDDEN_KEY', '[0].__proto__', 1, 3],
    ]);
  });

  test('any text gives diagnostics or documents, never a throw', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify([v, role('x')])),
        ),
        async (text) => {
          const r = await importDocuments([{ file: 'x.json', data: text }], 'json');
          for (const d of r.diagnostics) {
            expect(d.line).toBeGreaterThanOrEqual(1);
            expect(d.column).toBeGreaterThanOrEqual(1);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
