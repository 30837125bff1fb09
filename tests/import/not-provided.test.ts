import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadDocuments } from '../../src/catalog/load.js';
import { exportCatalog } from '../../src/export/index.js';
import { importDocuments } from '../../src/import/index.js';
import { planImport } from '../../src/import/write.js';
import { listYamlFiles } from '../../src/node/files.js';
import { shippedVocabularies } from '../../src/node/load.js';

// A CSV import without one file, or a sheet without one column, says nothing about those values: the YAML keeps them.

const DIR = join(import.meta.dirname, '..', 'fixtures', 'valid');
const files = listYamlFiles(DIR).map((p) => ({
  path: relative(DIR, p).split(sep).join('/'),
  text: readFileSync(p, 'utf8'),
}));
const withBase = { resolveBase: shippedVocabularies };

async function csvExport() {
  const loaded = loadDocuments(files, withBase);
  const out = await exportCatalog(loaded.catalog, 'csv', { documents: loaded.documents });
  return { catalog: loaded.catalog, files: out.files.map((f) => ({ file: f.name, data: f.content as string })) };
}

/** Drops the columns whose header starts with one of `prefixes` from a CSV text (no quoted commas in these). */
function dropColumns(csv: string, prefixes: string[]): string {
  const rows = csv.split('\r\n').map((r) => r.split(','));
  const keep = rows[0]!.map((h, i) => (prefixes.some((p) => h.replace(/^\uFEFF/, '').startsWith(p)) ? -1 : i));
  return rows
    .map((r) =>
      keep
        .filter((i) => i >= 0)
        .map((i) => r[i] ?? '')
        .join(','),
    )
    .join('\r\n');
}

describe('a sheet or column the import lacks leaves its values as they are', () => {
  test('no duties.csv: every duty stays, said once as information', async () => {
    const { catalog, files: csv } = await csvExport();
    const imported = await importDocuments(
      csv.filter((f) => f.file !== 'duties.csv'),
      'csv',
      { catalog },
    );
    expect(imported.diagnostics.map((d) => [d.code, d.severity, d.file, d.line, d.column])).toEqual([
      ['IMPORT_NOT_PROVIDED', 'info', 'roles.csv', 1, 1],
    ]);
    expect(imported.diagnostics[0]!.message).toBe(
      'The import has no Duties sheet (duties.csv), so it says nothing about those values: the roles already in the catalog keep theirs.',
    );
    const plan = planImport(imported.documents, files, withBase);
    for (const f of plan.files) expect(f.status, f.file).toBe('unchanged');
  });

  test('a permissions sheet without its limit and escalation columns: they stay', async () => {
    const { catalog, files: csv } = await csvExport();
    const permissions = csv.find((f) => f.file === 'permissions.csv')!;
    expect(permissions.data).toContain('Up to 100 yuan per refund');
    permissions.data = dropColumns(permissions.data, ['限度', '超出时上报']);
    expect(permissions.data).not.toContain('Up to 100 yuan per refund');
    const imported = await importDocuments(csv, 'csv', { catalog });
    expect(imported.diagnostics.map((d) => [d.code, d.severity, d.file])).toEqual([
      ['IMPORT_NOT_PROVIDED', 'info', 'permissions.csv'],
    ]);
    expect(imported.diagnostics[0]!.message).toBe(
      'The Permissions sheet has no column "限度（中文） / Limit (zh)", "限度（英文） / Limit (en)", "超出时上报 / Escalate to", so it says nothing about those values: the roles already in the catalog keep theirs.',
    );
    const plan = planImport(imported.documents, files, withBase);
    for (const f of plan.files) expect(f.status, f.file).toBe('unchanged');
  });

  test('a roles sheet without the English title column keeps the English titles', async () => {
    const { catalog, files: csv } = await csvExport();
    const roles = csv.find((f) => f.file === 'roles.csv')!;
    roles.data = dropColumns(roles.data, ['岗位名称（英文）', 'title.en']);
    const imported = await importDocuments(csv, 'csv', { catalog });
    expect(imported.diagnostics.map((d) => [d.code, d.severity])).toEqual([['IMPORT_NOT_PROVIDED', 'info']]);
    const agent = imported.documents.find((d) => d.id === 'support-agent')!;
    expect(agent.value.title).toEqual({ zh: '客服专员', en: 'Customer service agent' });
  });

  test('an empty cell in a column that is there still removes the value', async () => {
    const { catalog, files: csv } = await csvExport();
    const roles = csv.find((f) => f.file === 'roles.csv')!;
    const before = roles.data;
    roles.data = roles.data.replace(/^(support-agent,.*?),support-manager,,customer,/m, '$1,,,customer,');
    expect(roles.data).not.toBe(before);
    const imported = await importDocuments(csv, 'csv', { catalog });
    const agent = imported.documents.find((d) => d.id === 'support-agent')!;
    expect(agent.value.reportsTo).toBeUndefined();
    expect(imported.diagnostics).toEqual([]);
  });
});
