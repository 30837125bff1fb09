// The second example catalog (examples/software-engineering): a job family on two tracks with grades, its own
// vocabularies, dotted lines and remove. Every command that reads a catalog is run on it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import { hasErrors } from '../../src/errors.js';
import { exportCatalog } from '../../src/export/index.js';
import { EXPORT_FORMATS } from '../../src/export/types.js';
import { importDocuments } from '../../src/import/index.js';
import { planImport } from '../../src/import/write.js';
import { checkJobDescription } from '../../src/jd/check.js';
import { lintCatalog } from '../../src/lint/lint.js';
import { loadCatalog } from '../../src/node/load.js';
import { query } from '../../src/query/index.js';
import { checkMatrix } from '../../src/raci/check.js';
import { compareRoles } from '../../src/compare/compare.js';
import { comparisonTable } from '../../src/render/compare-table.js';
import { renderTable } from '../../src/render/render.js';
import { main } from '../../src/cli/main.js';
import { deepEqual } from '../../src/import/delta.js';
import { loadDocuments } from '../../src/catalog/load.js';

const DIR = 'examples/software-engineering';
const { catalog, diagnostics, documents } = loadCatalog(DIR);
const get = (id: string) => catalog.find(id)!;

async function run(...argv: string[]): Promise<{ code: number; stdout: string }> {
  let stdout = '';
  const code = await main(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stdout += s) });
  return { code, stdout };
}

describe('examples/software-engineering', () => {
  test('validates and lints clean', () => {
    expect(diagnostics).toEqual([]);
    expect(catalog.roles.size).toBeGreaterThanOrEqual(8);
    expect(lintCatalog(catalog, { documents })).toEqual([]);
  });

  test('its rolematrix.schema.json is what `schema --dir` writes (run it again when this fails)', async () => {
    expect(readFileSync(join(DIR, 'rolematrix.schema.json'), 'utf8')).toBe((await run('schema', '--dir', DIR)).stdout);
  });

  test('two tracks with grades; list shows them', async () => {
    expect(catalog.architecture.tracks.map((t) => t.id)).toEqual(['individual-contributor', 'management']);
    expect(catalog.architecture.graded).toBe(true);
    const lines = (await run('list', '--dir', DIR)).stdout.split('\n');
    expect(lines[0]).toMatch(/^Id +Title +Family +Level +Grade +Track$/);
    expect(lines.find((l) => l.startsWith('staff-backend-engineer '))).toMatch(
      /Staff Engineer +8 +Individual contributor track$/,
    );
    expect(lines.find((l) => l.startsWith('engineering-manager '))).toMatch(
      /Engineering Manager +8 +Management track$/,
    );
  });

  test('query "level>senior" returns its staff and principal engineers (and the managers above grade 7)', () => {
    const r = query(catalog, 'level>senior');
    if (!r.ok) throw new Error(r.error.message);
    const ids = r.matches.map((m) => m.id);
    expect(ids).toEqual(expect.arrayContaining(['staff-backend-engineer', 'principal-engineer']));
    expect(ids).not.toContain('senior-backend-engineer');
    const ic = query(catalog, 'level>senior and track:individual-contributor');
    if (!ic.ok) throw new Error(ic.error.message);
    expect(ic.matches.map((m) => m.id).sort()).toEqual(['principal-engineer', 'staff-backend-engineer']);
  });

  test('remove: the staff engineer has the senior engineer’s items but the removed ones', () => {
    const staff = get('staff-backend-engineer');
    const senior = get('senior-backend-engineer');
    expect(senior.duties!.map((d) => d.id)).toContain('on-call-rotation');
    expect(staff.duties!.map((d) => d.id)).not.toContain('on-call-rotation');
    expect(staff.kpis!.map((k) => k.ref)).not.toContain('review-turnaround');
    expect(staff.kpis!.reduce((s, k) => s + (k.weight ?? 0), 0)).toBe(100);
  });

  test('compare: a staff engineer and an engineering manager are one grade; labels are the catalog’s own', () => {
    const cmp = compareRoles(get('staff-backend-engineer'), get('engineering-manager'), catalog);
    expect(cmp.dimensions.level.score).toBe(1);
    const zh = renderTable(comparisonTable(cmp, catalog, 'zh'), 'md');
    expect(zh).toContain('资深专家工程师');
    expect(zh).toContain('工程经理');
  });

  test('the incident-response matrix: one A per activity, no errors', () => {
    const matrix = catalog.matrices.get('incident-response')!;
    expect(matrix).toBeDefined();
    const findings = checkMatrix(matrix, catalog);
    expect(findings.filter((d) => d.severity !== 'info')).toEqual([]);
    for (const a of matrix.activities) expect(Object.values(a.assign).filter((l) => l.includes('A'))).toHaveLength(1);
  });

  test.each([
    ['senior-backend-engineer.en.md', 'senior-backend-engineer'],
    ['engineering-manager.zh.md', 'engineering-manager'],
  ])('the job description %s picks %s and has no findings', (file, role) => {
    const report = checkJobDescription(readFileSync(join(DIR, 'jd', file), 'utf8'), catalog, { file, role: 'auto' });
    expect(report.role).toBe(role);
    expect(report.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  test.each(EXPORT_FORMATS)('export %s: files and no errors', async (format) => {
    const r = await exportCatalog(catalog, format);
    expect(hasErrors(r.diagnostics)).toBe(false);
    expect(r.files.length).toBeGreaterThan(0);
  });

  test('JDX: the staff engineer’s dotted-line manager, and the principal’s dotted-line report', async () => {
    const r = await exportCatalog(catalog, 'jdx', { roles: ['staff-backend-engineer', 'principal-engineer'] });
    const doc = (id: string) =>
      JSON.parse(r.files.find((f) => f.name === `${id}.jdx.json`)!.content as string) as {
        reportingRelationships: string[];
      };
    // JDX reporting relationships are strings: the relation, the other role's title and id.
    expect(doc('staff-backend-engineer').reportingRelationships).toContainEqual(
      expect.stringMatching(/^Dotted-line manager: .+ \(principal-engineer\)$/),
    );
    expect(doc('principal-engineer').reportingRelationships).toContainEqual(
      expect.stringMatching(/^Dotted-line report: .+ \(staff-backend-engineer\)$/),
    );
  });

  test('the canonical JSON carries grade labels and tracks, validates against its schema, and imports back', async () => {
    const r = await exportCatalog(catalog, 'json');
    const json = r.files.find((f) => f.name === 'rolematrix.catalog.json')!.content as string;
    const schema = JSON.parse(r.files.find((f) => f.name === 'rolematrix.catalog.schema.json')!.content as string);
    const data = JSON.parse(json) as {
      roles: { id: string; labels: { level: unknown; track?: unknown }; dottedReportsTo?: string[] }[];
      catalog: { architecture?: unknown };
      vocabularies: { vocabulary: string }[];
    };
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    expect(ajv.validate(schema, data), JSON.stringify(ajv.errors)).toBe(true);
    const staff = data.roles.find((x) => x.id === 'staff-backend-engineer')!;
    expect(staff.labels.level).toEqual({ zh: '资深专家工程师', en: 'Staff Engineer' });
    expect(staff.labels.track).toEqual({ zh: '专业技术通道', en: 'Individual contributor track' });
    expect(data.catalog.architecture).toBeDefined();
    expect(data.vocabularies.map((v) => v.vocabulary)).toEqual(expect.arrayContaining(['categories', 'domains']));

    // Imported into an empty directory, the files load into the same roles.
    const imported = await importDocuments([{ file: 'rolematrix.catalog.json', data: json }], 'json');
    expect(imported.diagnostics).toEqual([]);
    const plan = planImport(imported.documents, []);
    expect(hasErrors(plan.diagnostics)).toBe(false);
    const back = loadDocuments(plan.files.map((f) => ({ path: f.file, text: f.text })));
    expect(back.diagnostics).toEqual([]);
    for (const [id, role] of catalog.roles) expect(deepEqual(back.catalog.get(id), role), id).toBe(true);
  });

  test('the CSV/XLSX roles sheet keeps track and dotted lines; imported into the catalog, they check against its ladder', async () => {
    const r = await exportCatalog(catalog, 'xlsx');
    const imported = await importDocuments([{ file: 'x.xlsx', data: r.files[0]!.content }], 'xlsx', {
      catalog,
    });
    expect(imported.diagnostics).toEqual([]);
    const staff = imported.documents.find((d) => d.id === 'staff-backend-engineer')!.value;
    expect(staff.level).toBe('staff');
    expect(staff.dottedReportsTo).toEqual(get('staff-backend-engineer').dottedReportsTo);
    // Without the catalog, the workbook's own settings (its Catalog documents sheet) carry the ladder: every level holds.
    const plain = await importDocuments([{ file: 'x.xlsx', data: r.files[0]!.content }], 'xlsx');
    expect(plain.diagnostics).toEqual([]);
    expect(plain.documents.find((d) => d.kind === 'Catalog')?.value.architecture).toEqual(
      catalog.settings?.architecture,
    );
    // Without those settings (the roles sheet alone, as CSV), the levels are checked against the built-in ladder.
    const csv = await exportCatalog(catalog, 'csv');
    const rolesOnly = await importDocuments(
      csv.files.filter((f) => f.name === 'roles.csv').map((f) => ({ file: f.name, data: f.content })),
      'csv',
    );
    expect(
      rolesOnly.diagnostics.some((d) => d.code === 'INVALID_VALUE' && d.message.startsWith('"principal" is not')),
    ).toBe(true);
  });
});
