import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import writeExcelFile from 'write-excel-file/universal';
import { describe, expect, test } from 'vitest';
import { catalog } from '../../src/catalog/shipped.js';
import { exportCatalog } from '../../src/export/index.js';
import { readSheets } from '../../src/import/sheets.js';
import { RoleSchema } from '../../src/model/role.js';

const fixture = (name: string) => ({
  file: `tests/fixtures/import/${name}`,
  data: readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url), 'utf8'),
});

/** Every key path of a value, so two values can be compared for the same set of keys (not just equal values). */
function keyPaths(v: unknown, prefix = ''): string[] {
  if (Array.isArray(v)) return v.flatMap((x, i) => keyPaths(x, `${prefix}[${i}]`));
  if (v !== null && typeof v === 'object')
    return Object.entries(v).flatMap(([k, x]) => [`${prefix}.${k}`, ...keyPaths(x, `${prefix}.${k}`)]);
  return [];
}

const brief = (d: { code: string; severity: string; file: string; path: string; line: number; column: number }) => [
  d.code,
  d.severity,
  d.file,
  d.path,
  d.line,
  d.column,
];

describe('round trip of the shipped catalog', () => {
  const modelOrder = Object.keys(RoleSchema.shape);

  function expectLossless(all: Awaited<ReturnType<typeof readSheets>>['documents']) {
    // The catalog's other documents come back too (tested in catalog-sheets.test.ts); here: the roles.
    const documents = all.filter((d) => d.kind === 'Role');
    expect(documents.map((d) => d.id).sort()).toEqual([...catalog.roles.keys()].sort());
    for (const doc of documents) {
      const role = catalog.find(doc.id)!;
      expect(doc.value).toEqual(role);
      expect(keyPaths(doc.value).sort()).toEqual(keyPaths(role).sort());
      expect(doc.kind).toBe('Role');
      expect(doc.file).toBe(`${doc.id}.yaml`);
      const keys = Object.keys(doc.value);
      expect(keys).toEqual(modelOrder.filter((k) => keys.includes(k)));
    }
  }

  test('xlsx → readSheets gives back every role, deep-equal with the same keys in model order', async () => {
    const exported = await exportCatalog(catalog, 'xlsx');
    const result = await readSheets([{ file: 'rolematrix.xlsx', data: exported.files[0]!.content }], 'xlsx');
    expect(result.diagnostics).toEqual([]);
    expectLossless(result.documents);
    const spm = result.documents.find((d) => d.id === 'senior-project-manager')!;
    expect(spm.value.extends).toBe('project-manager');
    expect(spm.value.title).toEqual(catalog.find('senior-project-manager')!.title);
  });

  test('csv files → readSheets gives back every role, deep-equal with the same keys', async () => {
    const exported = await exportCatalog(catalog, 'csv');
    const result = await readSheets(
      exported.files.map((f) => ({ file: `out/${f.name}`, data: new TextEncoder().encode(f.content as string) })),
      'csv',
    );
    expect(result.diagnostics).toEqual([]);
    expectLossless(result.documents);
  });
});

describe('csv import diagnostics', () => {
  test('a misspelled header, an orphan row, a bad level and a missing title are located, all in one pass', async () => {
    const result = await readSheets([fixture('csv-roles.csv'), fixture('csv-duties.csv')], 'csv');
    expect(result.diagnostics.map(brief)).toEqual([
      ['IMPORT_UNKNOWN_COLUMN', 'warning', 'tests/fixtures/import/csv-duties.csv', 'duties!E1', 1, 5],
      ['IMPORT_ORPHAN_ROW', 'error', 'tests/fixtures/import/csv-duties.csv', 'duties!A3', 3, 1],
      ['MISSING_KEY', 'error', 'tests/fixtures/import/csv-duties.csv', 'duties!C4', 4, 3],
      ['INVALID_VALUE', 'error', 'tests/fixtures/import/csv-roles.csv', 'roles!E3', 3, 5],
    ]);
    const [unknown, orphan, missing, level] = result.diagnostics;
    expect(unknown!.message).toBe('The column "Descripton (en)" is not one the Duties sheet has; it is ignored.');
    expect(unknown!.hint).toBe('Did you mean "Description (en)"?');
    expect(orphan!.message).toBe(
      'The row belongs to the role "gamma", which no row of the roles sheet defines; it is ignored.',
    );
    expect(orphan!.zh.message).toBe('该行属于岗位“gamma”，但岗位表中没有该岗位，已忽略。');
    expect(missing!.message).toBe('The required key `title` is missing.');
    expect(level!.message).toMatch(/^"managr" is not allowed here; use one of: staff, senior/);
    expect(level!.hint).toBe('Did you mean "manager"?');
    // beta has errors and is left out; alpha is rebuilt.
    expect(result.documents.map((d) => d.id)).toEqual(['alpha']);
  });

  test('headers in any accepted form; same text in both columns is one text, one column gives one language', async () => {
    const result = await readSheets([fixture('csv-roles.csv'), fixture('csv-duties.csv')], 'csv');
    const alpha = result.documents[0]!;
    expect(alpha).toEqual({
      kind: 'Role',
      id: 'alpha',
      file: 'alpha.yaml',
      value: {
        apiVersion: 'rolematrix/v1',
        kind: 'Role',
        id: 'alpha',
        title: '客服',
        family: 'customer-service',
        level: 'staff',
        orientation: 'customer',
        summary: { en: 'Answers calls.' },
        duties: [
          {
            id: 'answer',
            title: { zh: '接听电话', en: 'Answer calls' },
            activities: [
              { zh: '接听', en: 'Answer' },
              { zh: '记录', en: 'Log' },
            ],
          },
        ],
      },
    });
    expect(Object.keys(alpha.value)).toEqual([
      'apiVersion',
      'kind',
      'id',
      'title',
      'family',
      'level',
      'orientation',
      'summary',
      'duties',
    ]);
  });

  test('a roles file without the id column is IMPORT_MISSING_COLUMN', async () => {
    const result = await readSheets([fixture('csv-roles-no-id.csv')], 'csv');
    expect(result.diagnostics.map(brief)).toEqual([
      ['IMPORT_MISSING_COLUMN', 'error', 'tests/fixtures/import/csv-roles-no-id.csv', 'roles!A1', 1, 1],
    ]);
    expect(result.diagnostics[0]!.message).toBe('The Roles sheet has no column "编号 / Id", which the model requires.');
    expect(result.diagnostics[0]!.hint).toBe('Add the column with the header "编号 / Id" (or "id").');
    expect(result.documents).toEqual([]);
  });

  test('a CSV file that matches no sheet is an error; malformed quotes are IMPORT_SYNTAX at their row', async () => {
    const result = await readSheets(
      [
        { file: 'notes.csv', data: 'Remark,Owner\r\nhello,me\r\n' },
        { file: 'roles.csv', data: 'id,title.zh\r\nalpha,"客服\r\n' },
      ],
      'csv',
    );
    expect(result.diagnostics.map(brief)).toEqual(
      expect.arrayContaining([
        ['IMPORT_UNKNOWN_COLUMN', 'error', 'notes.csv', '', 1, 1],
        ['IMPORT_SYNTAX', 'error', 'roles.csv', '', 2, 1],
      ]),
    );
  });

  test('a workbook of other sheets has no roles sheet: IMPORT_SYNTAX', async () => {
    const result = await readSheets(
      [{ file: 'duties.csv', data: 'role,id,title.en\r\nalpha,answer,Answer calls\r\n' }],
      'csv',
    );
    expect(result.diagnostics.map(brief)).toEqual([['IMPORT_SYNTAX', 'error', 'duties.csv', '', 1, 1]]);
    expect(result.diagnostics[0]!.message).toBe('There is no roles sheet, so no role can be rebuilt.');
    expect(result.diagnostics[0]!.hint).toBe('Import roles.csv together with the other CSV files.');
  });

  test('bytes that are not UTF-8 are one FILE_ENCODING at the first bad byte, saying how to save as UTF-8', async () => {
    const result = await readSheets(
      [{ file: 'roles.csv', data: new Uint8Array([0x69, 0x64, 0x0a, 0xff, 0xfe, 0xfd]) }],
      'csv',
    );
    expect(result.diagnostics.map(brief)).toEqual([['FILE_ENCODING', 'error', 'roles.csv', '', 2, 1]]);
    expect(result.diagnostics[0]!.message).toMatch(/^The file is not UTF-8: the bytes at line 2, column 1/);
    expect(result.diagnostics[0]!.hint).toContain('"CSV UTF-8 (comma delimited) (*.csv)"');
    expect(result.diagnostics[0]!.zh.hint).toContain('CSV UTF-8（逗号分隔）');
  });

  test('a UTF-8 BOM is dropped before the header is read', async () => {
    const bytes = new TextEncoder().encode(
      '\uFEFFid,title.en,family,level,orientation,summary.en\r\nalpha,Agent,customer-service,staff,customer,Answers calls.\r\n',
    );
    const result = await readSheets([{ file: 'roles.csv', data: bytes }], 'csv');
    expect(result.diagnostics).toEqual([]);
    expect(result.documents.map((d) => d.id)).toEqual(['alpha']);
  });

  test('a roles sheet with a header and no rows holds no documents: IMPORT_SYNTAX', async () => {
    const result = await readSheets(
      [{ file: 'roles.csv', data: 'id,title.en,family,level,orientation,summary.en\r\n' }],
      'csv',
    );
    expect(result.diagnostics.map(brief)).toEqual([['IMPORT_SYNTAX', 'error', 'roles.csv', 'roles!A1', 1, 1]]);
    expect(result.diagnostics[0]!.message).toBe(
      'The roles sheet has a header but no role rows: the file holds no documents.',
    );
    expect(result.diagnostics[0]!.zh.message).toBe('“岗位”工作表只有表头，没有岗位行：该文件中没有任何文档。');
  });
});

describe('xlsx import diagnostics', () => {
  test('a workbook whose entries declare more than 64 MiB is refused before unpacking (found by the import fuzzer)', async () => {
    // A damaged 5 KB workbook declared an entry of 335 MB; unpacking and decoding it took over two seconds.
    const exported = await exportCatalog(catalog, 'xlsx', { roles: ['project-manager'] });
    const bytes = Uint8Array.from(exported.files[0]!.content as Uint8Array);
    const view = new DataView(bytes.buffer);
    let patched = 0;
    for (let at = 0; at + 46 <= bytes.length; at++)
      if (view.getUint32(at, true) === 0x02014b50) {
        view.setUint32(at + 24, 335_544_413, true); // a central directory entry's uncompressed size
        patched++;
        at += 45;
      }
    expect(patched).toBeGreaterThan(3);
    const start = performance.now();
    const result = await readSheets([{ file: 'bomb.xlsx', data: bytes }], 'xlsx');
    expect(performance.now() - start).toBeLessThan(1000);
    expect(result.documents).toEqual([]);
    expect(result.diagnostics.map(brief)).toEqual([['IMPORT_SYNTAX', 'error', 'bomb.xlsx', '', 1, 1]]);
    expect(result.diagnostics[0]!.message).toMatch(/unpack to \d+ MiB, over the 64 MiB a workbook may hold/u);
  });

  test('random bytes are IMPORT_SYNTAX, not a crash', async () => {
    const bytes = Uint8Array.from({ length: 512 }, (_, i) => (i * 7919 + 13) % 256);
    const result = await readSheets([{ file: 'broken.xlsx', data: bytes }], 'xlsx');
    expect(result.documents).toEqual([]);
    expect(result.diagnostics.map(brief)).toEqual([['IMPORT_SYNTAX', 'error', 'broken.xlsx', '', 1, 1]]);
    expect(result.diagnostics[0]!.message).toMatch(/^The file cannot be read as an XLSX workbook/);
  });

  test('an extra sheet is a warning; a bad value points at its sheet and cell; the matrix is ignored', async () => {
    const blob = await writeExcelFile([
      {
        sheet: 'roles',
        data: [
          ['id', '岗位名称（中文）', 'Title (en)', 'family', '层级', 'orientation', 'summary.en'],
          ['alpha', '客服', 'Agent', 'customer-service', 'staff', 'customer', 'Answers calls.'],
          ['beta', '经理', 'Manager', 'customer-service', 'managr', 'customer', 'Leads.'],
        ],
      },
      { sheet: 'Notes', data: [['anything'], ['at all']] },
      {
        sheet: '相似度矩阵 Similarity matrix',
        data: [
          ['x', 'y'],
          [1, 2],
        ],
      },
      {
        sheet: 'Skills',
        data: [
          ['role', 'ref', 'level'],
          ['alpha', 'listening', 'advanced'],
          ['alpha', 'typing', 3],
        ],
      },
    ]).toBlob();
    const result = await readSheets([{ file: 'edited.xlsx', data: new Uint8Array(await blob.arrayBuffer()) }], 'xlsx');
    expect(result.diagnostics.map(brief)).toEqual([
      ['IMPORT_UNKNOWN_COLUMN', 'warning', 'edited.xlsx', '', 1, 1],
      ['INVALID_VALUE', 'error', 'edited.xlsx', 'skills!C3', 3, 3],
      ['INVALID_VALUE', 'error', 'edited.xlsx', 'roles!E3', 3, 5],
    ]);
    expect(result.diagnostics[0]!.message).toBe('The sheet "Notes" is not one rolematrix writes; it is ignored.');
    expect(result.documents).toEqual([]);
  });
});

describe('a workbook with no roles sheet', () => {
  test('only unknown sheets: the warnings and an IMPORT_SYNTAX error, no documents', async () => {
    const blob = await writeExcelFile([
      { sheet: 'Notes', data: [['anything'], ['at all']] },
      { sheet: 'Sheet2', data: [['x']] },
    ]).toBlob();
    const result = await readSheets([{ file: 'other.xlsx', data: new Uint8Array(await blob.arrayBuffer()) }], 'xlsx');
    // Errors sort before warnings at the same place.
    expect(result.diagnostics.map(brief)).toEqual([
      ['IMPORT_SYNTAX', 'error', 'other.xlsx', '', 1, 1],
      ['IMPORT_UNKNOWN_COLUMN', 'warning', 'other.xlsx', '', 1, 1],
      ['IMPORT_UNKNOWN_COLUMN', 'warning', 'other.xlsx', '', 1, 1],
    ]);
    expect(result.diagnostics[0]!.message).toBe('There is no roles sheet, so no role can be rebuilt.');
    expect(result.diagnostics[0]!.zh.message).toBe('没有“岗位”工作表，无法重建任何岗位。');
    expect(result.diagnostics[0]!.hint).toBe('Keep the sheet "岗位 Roles" in the workbook.');
    expect(result.diagnostics[1]!.message).toBe('The sheet "Notes" is not one rolematrix writes; it is ignored.');
    expect(result.documents).toEqual([]);
  });

  test('CSV files that match no sheet: an error each and IMPORT_SYNTAX for the missing roles sheet', async () => {
    const result = await readSheets([{ file: 'notes.csv', data: 'Remark,Owner\r\nhello,me\r\n' }], 'csv');
    expect(result.diagnostics.map((d) => [...brief(d), d.message])).toEqual([
      ['IMPORT_SYNTAX', 'error', 'notes.csv', '', 1, 1, 'There is no roles sheet, so no role can be rebuilt.'],
      [
        'IMPORT_UNKNOWN_COLUMN',
        'error',
        'notes.csv',
        '',
        1,
        1,
        'Neither the file name nor the header row says which sheet this file is; it is ignored.',
      ],
    ]);
  });
});

describe('any input gives diagnostics, never a crash', () => {
  test('arbitrary CSV text', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: fc.constantFrom('a', '"', ',', '\r\n', '\n', '岗', ' ', 'id', 'role', "'", '=') }),
        async (text) => {
          const result = await readSheets([{ file: 'roles.csv', data: text }], 'csv');
          expect(Array.isArray(result.diagnostics)).toBe(true);
          for (const d of result.documents) expect(d.kind).toBe('Role');
        },
      ),
      { numRuns: 200 },
    );
  });

  test('bytes that are not a workbook: one IMPORT_SYNTAX, the reason in English, a plain Chinese message', async () => {
    const result = await readSheets([{ file: 'notes.xlsx', data: new TextEncoder().encode('not a zip file') }], 'xlsx');
    expect(result.diagnostics.map(brief)).toEqual([['IMPORT_SYNTAX', 'error', 'notes.xlsx', '', 1, 1]]);
    expect(result.diagnostics[0]!.message).toMatch(/^The file cannot be read as an XLSX workbook \(.+\)\.$/);
    expect(result.diagnostics[0]!.zh.message).toBe(
      '无法将该文件读取为 XLSX 工作簿：它不是有效的 .xlsx 文件，或已损坏。',
    );
    expect(result.documents).toEqual([]);
  });

  test('arbitrary bytes as XLSX', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (bytes) => {
        const result = await readSheets([{ file: 'x.xlsx', data: bytes }], 'xlsx');
        expect(result.diagnostics.map((d) => d.code)).toContain('IMPORT_SYNTAX');
      }),
      { numRuns: 50 },
    );
  });
});
