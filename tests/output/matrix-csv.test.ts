// `matrix --scores --format csv` writes its rows a part at a time as bytes (src/render/compare-table.ts `matrixCsv`):
// the parts must make one CSV, the same as the whole table rendered at once.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, expect, test } from 'vitest';
import { loadDocuments } from '../../src/catalog/load.js';
import { matrixOf, similarityMatrix, type SimilarityScores } from '../../src/compare/many.js';
import { catalogSources } from '../../src/catalog/shipped.js';
import { matrixCsv, matrixTable } from '../../src/render/compare-table.js';
import { csvRecordWithSafeFields, renderCsv } from '../../src/render/csv.js';
import { generateCatalog, writeGenerated } from '../bench/generate.js';
import { run } from '../run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'rolematrix-matrix-csv-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const files = generateCatalog(230);
writeGenerated(dir, files);

test('230 roles in 23 parts: one byte-order mark, one header, every row once, as the whole table renders', async () => {
  const r = await run('matrix', '--scores', '--format', 'csv', '--dir', dir);
  expect(r.code).toBe(0);
  expect(r.stdout.match(/\uFEFF/gu)).toHaveLength(1);
  const records = Papa.parse<string[]>(r.stdout.slice(1), { newline: '\r\n', skipEmptyLines: true }).data;
  expect(records).toHaveLength(231);
  expect(records[0]).toEqual(['Role', ...records.slice(1).map((row) => row[0])]);
  expect(new Set(records.slice(1).map((row) => row[0]))).toEqual(
    new Set(files.flatMap((f) => /^roles\/role-(\d+)\.yaml$/u.exec(f.path)?.[1] ?? []).map((n) => `Role ${n}`)),
  );
  expect(records.slice(1).map((row, i) => row[i + 1])).toEqual(Array(230).fill('100%'));
  expect(records.every((row) => row.length === 231)).toBe(true);
  const { catalog } = loadDocuments(files);
  const whole = renderCsv(matrixTable(similarityMatrix(catalog.list(), catalog), catalog, 'en'));
  expect(r.stdout).toBe(whole);
  // The built command line writes the same bytes straight to stdout.
  const built = spawnSync(process.execPath, [
    fileURLToPath(new URL('../../dist/cli/bin.js', import.meta.url)),
    'matrix',
    '--scores',
    '--format',
    'csv',
    '--dir',
    dir,
  ]);
  expect(built.status).toBe(0);
  expect(built.stdout.equals(Buffer.from(whole))).toBe(true);
});

test('scores written digit by digit are the percentages of the table, names in both languages as the CSV writer puts them', () => {
  const { catalog } = loadDocuments(catalogSources);
  const roles = catalog.list().map((r) => r.id);
  const values = [0, 0.004, 0.005, 0.0949, 0.095, 0.5, 0.994, 0.995, 1, Number.NaN];
  const scores: SimilarityScores = {
    roles,
    score: (i, j) => (i === j ? 1 : values[(i * 7 + j * 3) % values.length]!),
  };
  for (const lang of ['zh', 'en'] as const) {
    let bytes = Buffer.alloc(0);
    matrixCsv(scores, catalog, lang, (chunk) => (bytes = Buffer.concat([bytes, chunk])));
    expect(bytes.toString('utf8')).toBe(renderCsv(matrixTable(matrixOf(scores), catalog, lang)));
  }
  let text = '';
  matrixCsv(scores, catalog, 'zh', (chunk) => (text += new TextDecoder('utf-8', { ignoreBOM: true }).decode(chunk)));
  expect(text).toContain(',0%,');
  expect(text).toContain(',1%,');
  expect(text).toContain(',10%,');
  expect(text).toContain(',100%');
  expect(text).toContain(',NaN%');
  expect(text).toContain('\r\n客服经理,');
});

test('a record written without cells has the bytes of the table writer, whatever the name holds', () => {
  for (const name of [
    'Role 1',
    'Sales, North',
    'He said "hi"',
    '=HYPERLINK("x")',
    '-Lead',
    'line\nbreak',
    '客服专员',
  ]) {
    const table = {
      title: '',
      columns: ['Role', 'a', 'b'],
      rows: [{ cells: [name, '100%', '7%'].map((t) => ({ lines: [t] })) }],
    };
    expect(renderCsv({ ...table, rows: [] }) + csvRecordWithSafeFields(name, ['100%', '7%'])).toBe(renderCsv(table));
  }
});
