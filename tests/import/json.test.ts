import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { importDocuments } from '../../src/import/index.js';

const FIXTURES = 'tests/fixtures/import';
const fixture = (name: string) => ({ file: `${FIXTURES}/${name}`, data: readFileSync(`${FIXTURES}/${name}`, 'utf8') });
const where = (ds: { code: string; path: string; line: number; column: number; severity: string }[]) => ds.map((d) => [d.code, d.path, d.line, d.column, d.severity]);

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
    expect(where(r.diagnostics)).toEqual([
      ['IMPORT_SYNTAX', '', 5, 13, 'error'],
      ['IMPORT_SYNTAX', '', 5, 17, 'error'],
    ]);
    expect(r.diagnostics[0]!.message).toBe('The JSON is malformed here: a comma, colon, quote or bracket is missing or out of place.');
    expect(r.diagnostics[0]!.zh.message).toBe('JSON 格式有误:此处缺少或多出了逗号、冒号、引号或括号。');
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
    expect(Object.keys(r.documents[0]!.value)).toEqual(['apiVersion', 'kind', 'id', 'title', 'family', 'level', 'orientation', 'summary']);
    expect(r.documents[1]!.value.extends).toBe('clerk');
  });

  test('a single document, as bytes; vocabularies, matrices and settings go to their files', async () => {
    const single = new TextEncoder().encode(JSON.stringify(role('clerk')));
    const all = JSON.stringify([
      { apiVersion: 'rolematrix/v1', kind: 'Catalog', name: 'Ops', languages: ['en'] },
      { apiVersion: 'rolematrix/v1', kind: 'Vocabulary', vocabulary: 'families', entries: [{ id: 'ops', label: 'Ops' }] },
      { apiVersion: 'rolematrix/v1', kind: 'Vocabulary', vocabulary: 'families', entries: [{ id: 'hr', label: 'HR' }] },
      { apiVersion: 'rolematrix/v1', kind: 'ResponsibilityMatrix', id: 'filing', title: 'Filing', activities: [{ id: 'file', title: 'File', assign: { clerk: 'R' } }] },
    ]);
    const r = await importDocuments([{ file: 'one.json', data: single }, { file: 'all.json', data: all }], 'json');
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
      ['b.json', 'IMPORT_SYNTAX', '', 1, 1],
      ['c.json', 'INVALID_VALUE', 'apiVersion', 1, 41],
      ['c.json', 'INVALID_TYPE', 'roles', 1, 56],
      ['d.json', 'MISSING_KEY', '[0]', 1, 2],
      ['d.json', 'FORBIDDEN_KEY', '[0].__proto__', 1, 3],
    ]);
  });

  test('any text gives diagnostics or documents, never a throw', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.json(), fc.jsonValue().map((v) => JSON.stringify([v, role('x')]))), async (text) => {
        const r = await importDocuments([{ file: 'x.json', data: text }], 'json');
        for (const d of r.diagnostics) {
          expect(d.line).toBeGreaterThanOrEqual(1);
          expect(d.column).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 200 },
    );
  });
});
