import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import type { Catalog } from '../../src/catalog/catalog.js';
import { loadDocuments } from '../../src/catalog/load.js';
import { run } from '../run-cli.js';
import { exportCatalog } from '../../src/export/index.js';
import { importDocuments } from '../../src/import/index.js';
import { DEFAULT_MAX_IMPORT_BYTES } from '../../src/import/json.js';
import { planImport } from '../../src/import/write.js';
import { generateCatalog } from '../bench/generate.js';

// Issue 16 item 6: a catalog too large for one import file is exported in groups of roles and the parts are imported
// together. Each part repeats the catalog settings and the vocabularies; the same copy again is merged, a different one
// is an error in the later part that names the part it disagrees with. References between the parts resolve.

const tmp = mkdtempSync(join(tmpdir(), 'rolematrix-parts-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The catalog's JSON export of `roles` (all when empty), as text. */
async function exportJson(catalog: Catalog, roles: string[] = []): Promise<string> {
  const out = await exportCatalog(catalog, 'json', { roles });
  expect(out.diagnostics).toEqual([]);
  return out.files.find((f) => f.name === 'rolematrix.catalog.json')!.content as string;
}

function halves(catalog: Catalog): [string[], string[]] {
  const ids = [...catalog.roles.keys()];
  const mid = Math.ceil(ids.length / 2);
  return [ids.slice(0, mid), ids.slice(mid)];
}

/** 1-based line and column of the first occurrence of `needle` in `text`. */
function positionOf(text: string, needle: string, from = 0): { line: number; column: number } {
  const at = text.indexOf(needle, from);
  expect(at).toBeGreaterThanOrEqual(0);
  const before = text.slice(0, at).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

describe('a 1,000-role catalog, exported in two parts and imported together', () => {
  test('each part fits under 8 MiB; together they validate and give the catalog back', async () => {
    const original = loadDocuments(generateCatalog(1000));
    expect(original.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const whole = await exportJson(original.catalog);
    expect(Buffer.byteLength(whole)).toBeGreaterThan(DEFAULT_MAX_IMPORT_BYTES);
    const alone = await importDocuments([{ file: 'whole.json', data: whole }], 'json');
    expect(alone.diagnostics.map((d) => d.code)).toEqual(['FILE_TOO_LARGE']);

    const [first, second] = halves(original.catalog);
    const parts = [
      { file: 'part1/rolematrix.catalog.json', data: await exportJson(original.catalog, first) },
      { file: 'part2/rolematrix.catalog.json', data: await exportJson(original.catalog, second) },
    ];
    for (const p of parts) expect(Buffer.byteLength(p.data)).toBeLessThan(DEFAULT_MAX_IMPORT_BYTES);
    // The second half reports to roles of the first: role-500 reports to role-497.
    expect(original.catalog.find('role-500')!.reportsTo).toBe('role-497');

    const together = await importDocuments(parts, 'json');
    expect(together.diagnostics).toEqual([]);
    const plan = planImport(together.documents, []);
    const back = loadDocuments(plan.files.map((f) => ({ path: f.file, text: f.text })));
    expect(back.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(back.catalog.roles.size).toBe(1000);
    for (const role of original.catalog.list()) expect(back.catalog.find(role.id), role.id).toEqual(role);
    for (const kind of Object.keys(original.catalog.vocabularies) as (keyof Catalog['vocabularies'])[])
      expect([...back.catalog.vocabularies[kind].values()], kind).toEqual([
        ...original.catalog.vocabularies[kind].values(),
      ]);
    expect(back.catalog.settings).toEqual(original.catalog.settings);
  }, 120_000);
});

describe('parts that disagree on what they both carry', () => {
  const small = () => loadDocuments(generateCatalog(6)).catalog;

  test('different catalog settings: DUPLICATE_CATALOG_SETTINGS in the later part, naming the first', async () => {
    const catalog = small();
    const [first, second] = halves(catalog);
    const one = await exportJson(catalog, first);
    const two = (await exportJson(catalog, second)).replace('"Benchmark catalog"', '"Another catalog"');
    const result = await importDocuments(
      [
        { file: 'part1/rolematrix.catalog.json', data: one },
        { file: 'part2/rolematrix.catalog.json', data: two },
      ],
      'json',
    );
    const nameAt = positionOf(two, '"name": {', two.indexOf('"catalog"'));
    const firstAt = positionOf(one, '"name": {', one.indexOf('"catalog"'));
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        code: 'DUPLICATE_CATALOG_SETTINGS',
        severity: 'error',
        file: 'part2/rolematrix.catalog.json',
        path: 'catalog.name',
        line: nameAt.line,
        column: nameAt.column + 8,
        message: `The catalog settings document differs from the one in part1/rolematrix.catalog.json, another file of this import (at part1/rolematrix.catalog.json:${firstAt.line}:${firstAt.column + 8}); parts of one export carry the same copy.`,
        hint: 'Export all the parts from the same catalog at the same time, or make this copy the same as the one in part1/rolematrix.catalog.json, and import again.',
      }),
    ]);
    expect(result.diagnostics[0]!.zh.message).toContain('part1/rolematrix.catalog.json');
  });

  test('a vocabulary entry that differs: DUPLICATE_ID at its id in the later part; the same entry is merged', async () => {
    const catalog = small();
    const [first, second] = halves(catalog);
    const one = await exportJson(catalog, first);
    const doc = JSON.parse(await exportJson(catalog, second)) as {
      vocabularies: { vocabulary: string; entries: { id: string; label: { en: string } }[] }[];
    };
    const v = doc.vocabularies.findIndex((x) => x.vocabulary === 'skills');
    expect(doc.vocabularies[v]!.entries[3]!.id).toBe('skills-3');
    doc.vocabularies[v]!.entries[3]!.label.en = 'Something else';
    const two = JSON.stringify(doc, null, 2);
    const result = await importDocuments(
      [
        { file: 'part1/rolematrix.catalog.json', data: one },
        { file: 'part2/rolematrix.catalog.json', data: two },
      ],
      'json',
    );
    const labelAt = positionOf(two, '"label": {', two.indexOf('"id": "skills-3"'));
    expect(result.diagnostics.map((d) => [d.code, d.file, d.path, d.line, d.column])).toEqual([
      [
        'DUPLICATE_ID',
        'part2/rolematrix.catalog.json',
        `vocabularies[${v}].entries[3].label`,
        labelAt.line,
        labelAt.column + 9,
      ],
    ]);
    expect(result.diagnostics[0]!.message).toMatch(
      /^The skills entry "skills-3" differs from the one in part1\/rolematrix\.catalog\.json/,
    );
    // The other entries, the same in both parts, are merged: one vocabulary of 60 skills.
    const skills = result.documents.find((d) => d.kind === 'Vocabulary' && d.id === 'skills')!;
    expect((skills.value.entries as unknown[]).length).toBe(60);
  });

  test('the same entry twice within one file is still DUPLICATE_ID', async () => {
    const catalog = small();
    const doc = JSON.parse(await exportJson(catalog)) as { vocabularies: { entries: unknown[] }[] };
    doc.vocabularies[0]!.entries.push(doc.vocabularies[0]!.entries[0]);
    const result = await importDocuments([{ file: 'one.json', data: JSON.stringify(doc, null, 2) }], 'json');
    expect(result.diagnostics.map((d) => [d.code, d.path])).toEqual([
      ['DUPLICATE_ID', 'vocabularies[0].entries[10].id'],
    ]);
  });
});

describe('spreadsheet parts imported together', () => {
  test.each(['xlsx', 'csv'] as const)('%s: the repeated vocabularies and settings are merged', async (format) => {
    const catalog = loadDocuments(generateCatalog(6)).catalog;
    const [first, second] = halves(catalog);
    const inputs = [];
    for (const [i, roles] of [first, second].entries()) {
      const out = await exportCatalog(catalog, format, { roles });
      inputs.push(...out.files.map((f) => ({ file: `part${i + 1}/${f.name}`, data: f.content })));
    }
    const result = await importDocuments(inputs, format);
    expect(result.diagnostics).toEqual([]);
    expect(result.documents.filter((d) => d.kind === 'Role').map((d) => d.id)).toEqual([...first, ...second]);
    expect(result.documents.filter((d) => d.kind === 'Catalog')).toHaveLength(1);
  });

  test('csv: a vocabulary row that differs from the other part is DUPLICATE_ID at its cell, naming that part', async () => {
    const catalog = loadDocuments(generateCatalog(4)).catalog;
    const [first, second] = halves(catalog);
    const inputs = [];
    for (const [i, roles] of [first, second].entries()) {
      const out = await exportCatalog(catalog, 'csv', { roles });
      inputs.push(...out.files.map((f) => ({ file: `part${i + 1}/${f.name}`, data: f.content as string })));
    }
    const label = (catalog.vocabularies.traits.get('traits-2')!.label as { en: string }).en;
    const vocab = inputs.find((f) => f.file === 'part2/vocabularies.csv')!;
    const rows = vocab.data.split('\r\n');
    const index = rows.findIndex((r) => r.startsWith('traits,traits-2,'));
    rows[index] = rows[index]!.replace(label, 'Changed');
    vocab.data = rows.join('\r\n');
    const row = index + 1;
    const result = await importDocuments(inputs, 'csv');
    expect(result.diagnostics.map((d) => [d.code, d.file, d.path, d.line, d.column])).toEqual([
      ['DUPLICATE_ID', 'part2/vocabularies.csv', `vocabularies!B${row}`, row, 2],
    ]);
    expect(result.diagnostics[0]!.message).toContain('differs from the one in part1/vocabularies.csv');
  });
});

describe('the CLI', () => {
  test('the commands the FILE_TOO_LARGE hint names work', async () => {
    const dir = join(tmp, 'catalog');
    for (const f of generateCatalog(8)) {
      mkdirSync(dirname(join(dir, f.path)), { recursive: true });
      writeFileSync(join(dir, f.path), f.text);
    }
    const big = join(tmp, 'big.json');
    writeFileSync(big, Buffer.alloc(DEFAULT_MAX_IMPORT_BYTES + 1, 32));
    const refused = await run('import', big, '--out', join(tmp, 'nowhere'));
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('[FILE_TOO_LARGE]');
    expect(refused.stderr).toContain(
      'hint: Split it into files under 8 MiB and import them together: export the roles in groups, e.g. `rolematrix export json <ids…> --out part1` and `rolematrix export json <other ids…> --out part2`, then `rolematrix import part1/rolematrix.catalog.json part2/rolematrix.catalog.json --out <dir>`.',
    );

    const roles = Array.from({ length: 8 }, (_, i) => `role-${i}`);
    const p1 = join(tmp, 'part1');
    const p2 = join(tmp, 'part2');
    expect((await run('export', 'json', ...roles.slice(0, 4), '--dir', join(dir, 'roles'), '--out', p1)).code).toBe(0);
    expect((await run('export', 'json', ...roles.slice(4), '--dir', join(dir, 'roles'), '--out', p2)).code).toBe(0);
    const out = join(tmp, 'new');
    const imported = await run(
      'import',
      join(p1, 'rolematrix.catalog.json'),
      join(p2, 'rolematrix.catalog.json'),
      '--out',
      out,
    );
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain(`The catalog in ${out} is valid: 8 roles.`);
    expect(readFileSync(join(out, 'role-7.yaml'), 'utf8')).toContain('reportsTo: role-');
  });
});
