// Fuzzing the importers (importDocuments for JSON, CSV and XLSX) and the YAML update path (planImport) with mutations
// of what `rolematrix export` writes for the shipped catalog: any file gives located diagnostics, never a throw.
import fc from 'fast-check';
import Papa from 'papaparse';
import writeExcelFile from 'write-excel-file/universal';
import { beforeAll, describe, expect, test } from 'vitest';
import { catalog } from '../../src/catalog/shipped.js';
import { DIAGNOSTIC_CODES, type Diagnostic } from '../../src/errors.js';
import { exportCatalog } from '../../src/export/index.js';
import { headerRow, catalogSheets, type Sheet } from '../../src/export/sheets.js';
import { sheetName } from '../../src/export/sheet-labels.js';
import { importDocuments, type ImportInput, type ImportResult } from '../../src/import/index.js';
import { planImport } from '../../src/import/write.js';
import { parseYaml } from '../../src/load/parse.js';
import { check, fuzz, fuzzAsync, plannedRuns } from './fuzz.js';
import { mutate, mutatedSeed, mutations, ODD_VALUES } from './mutate.js';
import { filesIn, yamlFiles } from './seeds.js';

const CODES = new Set(Object.keys(DIAGNOSTIC_CODES));
const KINDS = new Set(['Role', 'Vocabulary', 'ResponsibilityMatrix', 'Catalog']);
/** Two roles, one extending the other, keep each import small enough for thousands of runs. */
const ROLES = ['project-manager', 'senior-project-manager'];

/** What must hold for any import: known codes, positions at or after 1:1 in given files, both languages. */
function importedSafely(result: ImportResult, inputs: readonly ImportInput[], textual: boolean): void {
  const lines = new Map(inputs.map((i) => [i.file, typeof i.data === 'string' ? i.data.split('\n') : undefined]));
  for (const d of result.diagnostics) {
    check(CODES.has(d.code), 'a known code', d);
    check(lines.has(d.file), 'a file that was given', d);
    check(Number.isInteger(d.line) && d.line >= 1 && Number.isInteger(d.column) && d.column >= 1, 'a position', d);
    const text = lines.get(d.file);
    if (textual && text !== undefined) check(d.line <= text.length, 'a line within the file', d);
    messagesSafely(d);
  }
  for (const doc of result.documents) {
    check(KINDS.has(doc.kind), 'a known kind', doc.kind);
    check(typeof doc.id === 'string' && doc.id !== '' && doc.file.endsWith('.yaml'), 'an id and a YAML file', doc);
    check(doc.value.kind === doc.kind, 'the value has its kind', doc.value.kind);
  }
}

function messagesSafely(d: Diagnostic): void {
  check(d.message.trim() !== '' && d.zh.message.trim() !== '', 'a message in both languages', d);
  check((d.hint === undefined) === (d.zh.hint === undefined), 'a hint in both languages or in neither', d);
}

const JSON_SNIPPETS = ['"', '{', '}', '[', ']', ',', ':', 'null', '"__proto__": {}', '"constructor": 1', '\\u0000'];
const CSV_SNIPPETS = [',', '"', '""', '\r\n', '\n', ';', '\t', '=1+1', "'=", '@', '岗位', 'id', 'role'];

let jsonSeeds: string[] = [];
let csvFiles: ImportInput[] = [];
let smallXlsx: Uint8Array = new Uint8Array();
let sheets: Sheet[] = [];

beforeAll(async () => {
  const json = await exportCatalog(catalog, 'json', { roles: ROLES });
  const pm = catalog.find('project-manager')!;
  jsonSeeds = [
    json.files[0]!.content as string,
    JSON.stringify(pm, null, 2),
    JSON.stringify([pm, catalog.find('senior-project-manager')]),
    ...filesIn('tests/fixtures/import', '.json').map((f) => f.text),
  ];
  const csv = await exportCatalog(catalog, 'csv', { roles: ROLES });
  csvFiles = csv.files.map((f) => ({ file: f.name, data: f.content as string }));
  sheets = catalogSheets(catalog, [pm]).filter((s) => s.rows.length > 0);
  smallXlsx = await workbook(sheets.slice(0, 2).map(table));
});

/** Tables (header row first) as an XLSX workbook, one sheet each, written as the export writes its cells. */
async function workbook(tables: readonly { key: Sheet['key']; rows: Cell[][] }[]): Promise<Uint8Array> {
  const cell = (value: Cell) =>
    value === null ? null : typeof value === 'number' ? { value, type: Number } : { value, type: String };
  const blob = await writeExcelFile(
    tables.map((t) => ({ data: t.rows.map((row) => row.map(cell)), sheet: sheetName(t.key) })) as never,
  ).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}

/** A sheet of the export as a table, its bilingual header first. */
const table = (s: Sheet) => ({ key: s.key, rows: [headerRow(s), ...s.rows] as Cell[][] });

type Cell = string | number | null;

type CellEdit =
  | { op: 'cell'; row: number; column: number; value: Cell }
  | { op: 'delete-row' | 'duplicate-row'; row: number }
  | { op: 'delete-column' | 'rename-header'; column: number; value: string }
  | { op: 'swap-columns'; column: number; other: number };

/** Edits of a table's cells, rows and header, as a person editing the sheet in Excel might make them. */
const cellEdits: fc.Arbitrary<CellEdit[]> = fc.array(
  fc.oneof(
    {
      weight: 4,
      arbitrary: fc.record({
        op: fc.constant('cell' as const),
        row: fc.nat(),
        column: fc.nat(),
        value: fc.oneof(
          fc.constantFrom(...ODD_VALUES, '', ' ', 'project-manager', 'senior-project-manager', 'nobody', '__proto__'),
          fc.string({ unit: 'binary', maxLength: 12 }),
          fc.constantFrom(null, 0, -1, 1e308, Number.MAX_SAFE_INTEGER + 2, 3.5),
        ),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({ op: fc.constantFrom('delete-row' as const, 'duplicate-row' as const), row: fc.nat() }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        op: fc.constantFrom('delete-column' as const, 'rename-header' as const),
        column: fc.nat(),
        value: fc.constantFrom('', 'id', 'role', '岗位', 'duties', 'title (en)', '__proto__', 'constructor', 'x'),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({ op: fc.constant('swap-columns' as const), column: fc.nat(), other: fc.nat() }),
    },
  ),
  { minLength: 1, maxLength: 6 },
);

/** `rows` (header first) with `edits` applied; positions taken modulo the table's size. */
function editTable(rows: Cell[][], edits: readonly CellEdit[]): Cell[][] {
  const out = rows.map((r) => [...r]);
  for (const e of edits) {
    const width = Math.max(1, ...out.map((r) => r.length));
    if (e.op === 'cell') {
      const row = out[e.row % out.length];
      if (row) row[e.column % width] = e.value;
    } else if (e.op === 'delete-row' && out.length > 1) out.splice(e.row % out.length, 1);
    else if (e.op === 'duplicate-row') out.splice(e.row % out.length, 0, [...(out[e.row % out.length] ?? [])]);
    else if (e.op === 'delete-column') for (const r of out) r.splice(e.column % width, 1);
    else if (e.op === 'rename-header' && out[0]) out[0][e.column % width] = e.value;
    else if (e.op === 'swap-columns')
      for (const r of out)
        [r[e.column % width], r[e.other % width]] = [r[e.other % width] ?? null, r[e.column % width] ?? null];
  }
  return out;
}

describe('importers', () => {
  test('the seeds: JSON and CSV exports of two roles, and a small workbook, import without a diagnostic', async () => {
    expect(jsonSeeds.length).toBe(6);
    const json = await importDocuments([{ file: 'c.json', data: jsonSeeds[0]! }], 'json', { catalog });
    expect(json.diagnostics).toEqual([]);
    expect(json.documents.filter((d) => d.kind === 'Role').map((d) => d.id)).toEqual(ROLES);
    const csv = await importDocuments(csvFiles, 'csv', { catalog });
    expect(csv.diagnostics).toEqual([]);
    expect(csv.documents.filter((d) => d.kind === 'Role').map((d) => d.id)).toEqual(ROLES);
    const xlsx = await importDocuments([{ file: 'small.xlsx', data: smallXlsx }], 'xlsx');
    expect(xlsx.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(xlsx.documents.map((d) => d.id)).toEqual(['project-manager']);
  });

  test('mutated JSON', async () => {
    await fuzzAsync('import', 'mutated JSON', mutatedSeed(jsonSeeds, JSON_SNIPPETS), async (m) => {
      const inputs = [{ file: 'rolematrix.catalog.json', data: m.text }];
      importedSafely(await importDocuments(inputs, 'json', { catalog }), inputs, true);
    });
  });

  test('mutated CSV: text edits or cell edits of one exported file', async () => {
    const arb = fc.record({
      file: fc.nat({ max: csvFiles.length - 1 }),
      how: fc.constantFrom('text', 'cells'),
      text: mutations(CSV_SNIPPETS, 4),
      cells: cellEdits,
    });
    await fuzzAsync('import', 'mutated CSV', arb, async (m) => {
      const inputs = csvFiles.map((f, i) => {
        if (i !== m.file) return f;
        const data = f.data as string;
        if (m.how === 'text') return { file: f.file, data: mutate(data, m.text) };
        const rows = Papa.parse<Cell[]>(data.replace(/^\uFEFF/u, ''), { skipEmptyLines: true }).data;
        return { file: f.file, data: Papa.unparse(editTable(rows, m.cells)) };
      });
      importedSafely(await importDocuments(inputs, 'csv', { catalog }), inputs, true);
    });
  });

  test('mutated XLSX cells, written as a workbook', async () => {
    const arb = fc.record({ sheet: fc.nat({ max: sheets.length - 1 }), cells: cellEdits });
    await fuzzAsync('import', 'mutated XLSX cells', arb, async (m) => {
      const edited = sheets.slice(0, 3).map(table);
      const target = edited[m.sheet % edited.length]!;
      target.rows = editTable(target.rows, m.cells);
      const data = await workbook(edited);
      const inputs = [{ file: 'edited.xlsx', data }];
      importedSafely(await importDocuments(inputs, 'xlsx', { catalog }), inputs, false);
    });
  });

  test('mutated XLSX bytes', async () => {
    const arb = fc.array(
      fc.record({
        at: fc.nat(),
        byte: fc.integer({ min: 0, max: 255 }),
        op: fc.constantFrom('set', 'insert', 'delete', 'cut'),
      }),
      { minLength: 1, maxLength: 4 },
    );
    let unreadable = 0;
    await fuzzAsync('import', 'mutated XLSX bytes', arb, async (edits) => {
      const bytes = [...smallXlsx];
      for (const e of edits) {
        const at = e.at % bytes.length;
        if (e.op === 'set') bytes[at] = e.byte;
        else if (e.op === 'insert') bytes.splice(at, 0, e.byte);
        else if (e.op === 'delete') bytes.splice(at, 1);
        else bytes.length = at;
      }
      const inputs = [{ file: 'bytes.xlsx', data: Uint8Array.from(bytes) }];
      const result = await importDocuments(inputs, 'xlsx', { catalog });
      importedSafely(result, inputs, false);
      if (result.diagnostics.some((d) => d.code === 'IMPORT_SYNTAX')) unreadable++;
    });
    // Many edits land in compressed data or its checksum: that workbook cannot be read, and says so.
    expect(unreadable).toBeGreaterThan(plannedRuns('import', 'mutated XLSX bytes') / 4);
  });

  test('mutated YAML under an import: the existing file is updated in place or left alone with a diagnostic', async () => {
    const imported = (await importDocuments([{ file: 'c.json', data: jsonSeeds[0]! }], 'json', { catalog })).documents;
    const existing = yamlFiles('roles').filter((f) => ROLES.some((id) => f.path === `roles/${id}.yaml`));
    expect(existing).toHaveLength(2);
    const relative = existing.map((f) => ({ path: f.path.slice('roles/'.length), text: f.text }));
    const arb = mutatedSeed(
      relative.map((f) => f.text),
      ['# a comment\n', 'extends: project-manager\n', '---\n', '&a ', '*a', '__proto__: 1\n'],
    );
    fuzz('import', 'mutated YAML under an import', arb, (m) => {
      const files = relative.map((f, i) => (i === m.seed ? { path: f.path, text: m.text } : f));
      const plan = planImport(imported, files);
      for (const d of plan.diagnostics) {
        check(CODES.has(d.code) && d.line >= 1 && d.column >= 1, 'a located diagnostic', d);
        messagesSafely(d);
      }
      for (const f of plan.files) {
        if (f.status !== 'updated') continue;
        const errors = parseYaml(f.text, f.file).diagnostics.filter((d) => d.code === 'YAML_SYNTAX');
        check(errors.length === 0, 'an updated file is still YAML', { file: f.file, errors, text: f.text });
      }
      const broken = parseYaml(m.text, 'x.yaml').diagnostics.some((d) => d.severity === 'error');
      check(
        !broken ||
          plan.diagnostics.some((d) => d.code === 'IO_ERROR') ||
          plan.files.every((f) => f.file !== files[m.seed]!.path),
        'a broken file is left alone, with an IO_ERROR',
        plan.diagnostics,
      );
    });
  });
});
