import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { catalog } from '../../src/catalog/shipped.js';
import { escapeFormula, unescapeFormula } from '../../src/export/csv.js';
import { exportCatalog } from '../../src/export/index.js';
import { SHEET_SPECS, catalogSheets, headerRow } from '../../src/export/sheets.js';
import { readSheets } from '../../src/import/sheets.js';
import { loadText } from '../../src/catalog/load.js';

const FORMULA_ROLE = [
  'apiVersion: rolematrix/v1',
  'kind: Role',
  'id: formula-clerk',
  'title: { zh: 公式专员, en: "+Formula clerk" }',
  'family: customer-service',
  'level: staff',
  'orientation: customer',
  'summary: "@mention the team lead; same text in every language"',
  'duties:',
  '  - id: sum',
  '    title: { zh: "=SUM(A1)", en: "-5 days" }',
  '    activities:',
  '      - { zh: "=1+1", en: "-5" }',
  '      - "@all"',
  '    keywords: { zh: ["+86 热线"], en: ["\'=already quoted"] }',
  '',
].join('\n');

function parseCsv(text: string): string[][] {
  return Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
}

describe('exportCatalog csv', () => {
  test('writes one RFC 4180 file per sheet, with a BOM, CRLF and the bilingual header', async () => {
    const result = await exportCatalog(catalog, 'csv');
    expect(result.diagnostics).toEqual([]);
    expect(result.files.map((f) => f.name)).toEqual([...SHEET_SPECS.map((s) => `${s.key}.csv`), 'matrix.csv']);
    const sheets = catalogSheets(catalog, catalog.list());
    for (const [i, file] of result.files.entries()) {
      expect(file.mediaType).toBe('text/csv; charset=utf-8');
      const text = file.content as string;
      expect(text.startsWith('\uFEFF')).toBe(true);
      expect(text.endsWith('\r\n')).toBe(true);
      expect(text.replace(/"[^"]*"/g, '')).not.toMatch(/[^\r]\n/);
      expect(parseCsv(text)[0]).toEqual(headerRow(sheets[i]!));
    }
    const roles = parseCsv(result.files[0]!.content as string);
    expect(roles[0]!.slice(0, 4)).toEqual([
      '编号 / Id',
      '继承自 / Extends',
      '岗位名称（中文） / Title (zh)',
      '岗位名称（英文） / Title (en)',
    ]);
    const csm = roles.find((r) => r[0] === 'customer-service-manager')!;
    expect(csm.slice(2, 4)).toEqual(['客服经理', 'Customer Service Manager']);
  });

  test('the matrix file holds the scores in full precision', async () => {
    const result = await exportCatalog(catalog, 'csv', { roles: ['call-center-agent', 'project-manager'] });
    const matrix = parseCsv(result.files.find((f) => f.name === 'matrix.csv')!.content as string);
    expect(matrix).toHaveLength(3);
    const ids = matrix.slice(1).map((r) => r[0]);
    expect(matrix[1]![ids.indexOf(matrix[1]![0]) + 2]).toBe('1');
    expect(Number(matrix[1]![3])).toBe(Number(matrix[2]![2]));
  });

  test('cells a spreadsheet would run as formulas get one leading quote; a signed number does not', async () => {
    const loaded = loadText(FORMULA_ROLE, 'roles/formula-clerk.yaml');
    expect(loaded.catalog.find('formula-clerk')).toBeDefined();
    const result = await exportCatalog(loaded.catalog, 'csv');
    const duties = parseCsv(result.files.find((f) => f.name === 'duties.csv')!.content as string);
    expect(duties[1]!.slice(0, 4)).toEqual(['formula-clerk', 'sum', "'=SUM(A1)", "'-5 days"]);
    expect(duties[1]![7]).toBe("'=1+1\n@all");
    // "-5" alone is a number, but a cell of two lines starting with "-" is not.
    expect(duties[1]![8]).toBe("'-5\n@all");
    expect(duties[1]!.slice(9, 11)).toEqual(["'+86 热线", "''=already quoted"]);
    const roles = parseCsv(result.files[0]!.content as string);
    expect(roles[1]!.slice(2, 4)).toEqual(['公式专员', "'+Formula clerk"]);
    expect(roles[1]!.slice(12, 14)).toEqual([
      "'@mention the team lead; same text in every language",
      "'@mention the team lead; same text in every language",
    ]);
  });

  test('the importer takes off exactly the quotes the exporter added', async () => {
    const loaded = loadText(FORMULA_ROLE, 'roles/formula-clerk.yaml');
    const result = await exportCatalog(loaded.catalog, 'csv');
    const back = await readSheets(
      result.files.map((f) => ({ file: f.name, data: f.content })),
      'csv',
    );
    expect(back.diagnostics).toEqual([]);
    expect(back.documents).toHaveLength(1);
    expect(back.documents[0]!.value).toEqual(loaded.catalog.find('formula-clerk'));
    const duty = (back.documents[0]!.value.duties as { title: unknown; activities: unknown; keywords: unknown }[])[0]!;
    expect(duty.title).toEqual({ zh: '=SUM(A1)', en: '-5 days' });
    expect(duty.activities).toEqual([{ zh: '=1+1', en: '-5' }, '@all']);
    expect(duty.keywords).toEqual({ zh: ['+86 热线'], en: ["'=already quoted"] });
    expect(back.documents[0]!.value.summary).toBe('@mention the team lead; same text in every language');
  });

  test.each([
    ['=SUM(A1)', "'=SUM(A1)"],
    ['-5 days', "'-5 days"],
    ['-5', '-5'],
    ['+12.5%', '+12.5%'],
    ['@x', "'@x"],
    ["'=x", "''=x"],
    ["'plain", "'plain"],
    ['客服', '客服'],
  ])('escapeFormula(%j) is %j and unescapes back', (input, escaped) => {
    expect(escapeFormula(input)).toBe(escaped);
    expect(unescapeFormula(escaped)).toBe(input);
  });
});
