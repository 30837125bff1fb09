// `overlaps` in a table for people shows the most similar role pairs only (OVERLAP_PAIRS_SHOWN in src/cli/compare.ts)
// and says how many more there are; csv and json, which are data, list them all.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { loadDocuments } from '../../src/catalog/load.js';
import { findOverlaps } from '../../src/compare/overlaps.js';
import { overlapsTable } from '../../src/render/compare-table.js';
import { generateCatalog, writeGenerated } from '../bench/generate.js';
import { run } from '../run-cli.js';

const files = generateCatalog(60);
const { catalog } = loadDocuments(files);
const overlaps = findOverlaps(catalog, 0.6);

test('maxPairs keeps the most similar pairs and says how many more there are, in both languages', () => {
  expect(overlaps.roles.length).toBeGreaterThan(50);
  const more = (overlaps.roles.length - 5).toLocaleString('en');
  const en = overlapsTable(overlaps, catalog, 'en', { maxPairs: 5 });
  const zh = overlapsTable(overlaps, catalog, 'zh', { maxPairs: 5 });
  for (const t of [en, zh]) {
    const pairs = t.rows.filter((r) => r.cells[1]!.lines.length === 2);
    expect(pairs.map((r) => r.cells[1]!.lines)).toEqual(overlaps.roles.slice(0, 5).map((p) => [p.a, p.b]));
  }
  const note = (t: typeof en) => t.rows.find((r) => r.cells[0]!.lines[0]?.startsWith('…'))?.cells[0]!.lines[0];
  expect(note(en)).toBe(`… and ${more} more pairs (--format json or csv lists them all)`);
  expect(note(zh)).toBe(`……另有 ${more} 对（--format json 或 csv 列出全部）`);
  // No cap, no note.
  const all = overlapsTable(overlaps, catalog, 'en');
  expect(all.rows.filter((r) => r.cells[1]!.lines.length === 2)).toHaveLength(overlaps.roles.length);
  expect(all.rows.some((r) => r.cells[0]!.lines[0]?.includes('more pairs'))).toBe(false);
});

const dir = mkdtempSync(join(tmpdir(), 'rolematrix-overlaps-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeGenerated(dir, files);

test('the command: text shows at most 1,000 pairs, csv lists every pair', async () => {
  const text = await run('overlaps', '--dir', dir, '--threshold', '0.3', '--width', '200');
  const csv = await run('overlaps', '--dir', dir, '--threshold', '0.3', '--format', 'csv');
  expect([text.code, csv.code]).toEqual([0, 0]);
  const pairs = findOverlaps(catalog, 0.3).roles.length;
  expect(pairs).toBeGreaterThan(1000);
  expect(text.stdout.match(/ ↔ /gu)).toHaveLength(1000);
  expect(text.stdout).toContain(`… and ${(pairs - 1000).toLocaleString('en')} more pairs`);
  expect(csv.stdout.match(/ ↔ /gu)).toHaveLength(pairs);
  expect(csv.stdout).not.toContain('more pairs');
});
