import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { loadDocuments } from '../../src/catalog/load.js';
import { run } from '../run-cli.js';
import { exportCatalog } from '../../src/export/index.js';
import { importDocuments } from '../../src/import/index.js';
import { planImport } from '../../src/import/write.js';
import { listYamlFiles } from '../../src/node/files.js';
import { shippedVocabularies } from '../../src/node/load.js';
import type { SourceFile } from '../../src/source/document.js';

// Issue 16 item 9: a spreadsheet exported and imported back with no edit changes no file. The sheets cannot tell
// `{ zh: X, en: X }` from `X`, `[]` from nothing, or `|` text from its trimmed form, so the importer keeps the form the
// file has wherever the value means the same.

const tmp = mkdtempSync(join(tmpdir(), 'rolematrix-sheet-roundtrip-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const EDGE = join(import.meta.dirname, '..', 'fixtures', 'roundtrip-edge');
const VALID = join(import.meta.dirname, '..', 'fixtures', 'valid');

function readDir(dir: string): SourceFile[] {
  return listYamlFiles(dir).map((p) => ({
    path: relative(dir, p).split(sep).join('/'),
    text: readFileSync(p, 'utf8'),
  }));
}

/** The valid fixture with one title written `{ zh: CRM, en: CRM }`, as in the issue. */
function crmCatalog(): SourceFile[] {
  return readDir(VALID).map((f) =>
    f.path === 'roles/support-manager.yaml'
      ? { ...f, text: f.text.replace(/^title: .*$/m, 'title: { zh: CRM, en: CRM }') }
      : f,
  );
}

const CATALOGS = { crm: crmCatalog, edge: () => readDir(EDGE) } as const;
const withBase = { resolveBase: shippedVocabularies };

describe('a spreadsheet round trip with no edit leaves every file byte for byte', () => {
  test('the CRM title is written { zh: CRM, en: CRM } in the fixture', () => {
    expect(crmCatalog().find((f) => f.path === 'roles/support-manager.yaml')!.text).toContain(
      'title: { zh: CRM, en: CRM }',
    );
  });

  test.each([
    ['crm', 'csv'],
    ['crm', 'xlsx'],
    ['edge', 'csv'],
    ['edge', 'xlsx'],
  ] as const)('%s catalog through %s: every file unchanged', async (name, format) => {
    const files = CATALOGS[name]();
    const loaded = loadDocuments(files, withBase);
    expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const exported = await exportCatalog(loaded.catalog, format, { documents: loaded.documents });
    expect(exported.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const imported = await importDocuments(
      exported.files.map((f) => ({ file: f.name, data: f.content })),
      format,
      { catalog: loaded.catalog },
    );
    expect(imported.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    const plan = planImport(imported.documents, files, withBase);
    expect(plan.diagnostics).toEqual([]);
    const before = new Map(files.map((f) => [f.path, f.text]));
    for (const f of plan.files) {
      expect(f.status, f.file).toBe('unchanged');
      expect(f.text, f.file).toBe(before.get(f.file));
    }
    // Every document of the catalog was imported and compared, not skipped.
    expect(plan.files.map((f) => f.file).sort()).toEqual([...before.keys()].sort());
  });

  test.each(['csv', 'xlsx'] as const)(
    'the CLI through %s: every file reported unchanged, no rolematrix.schema.json added',
    async (format) => {
      const out = join(tmp, `export-${format}`);
      const dir = join(tmp, `copy-${format}`);
      cpSync(EDGE, dir, { recursive: true });
      expect((await run('export', format, '--dir', EDGE, '--out', out)).code).toBe(0);
      const inputs = format === 'xlsx' ? [join(out, 'rolematrix.xlsx')] : listCsv(out);
      const result = await run('import', ...inputs, '--out', dir);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      const statuses = result.stdout
        .split('\n')
        .filter((l) => /^(created|updated|unchanged) /.test(l))
        .map((l) => l.split(' ')[0]);
      expect(statuses.length).toBe(readDir(EDGE).length);
      expect(new Set(statuses)).toEqual(new Set(['unchanged']));
      expect(existsSync(join(dir, 'rolematrix.schema.json'))).toBe(false);
      for (const f of readDir(EDGE)) expect(readFileSync(join(dir, f.path), 'utf8'), f.path).toBe(f.text);
    },
  );

  test('an edit is applied, and the forms kept around it stay as they are written', async () => {
    const files = readDir(EDGE);
    const loaded = loadDocuments(files, withBase);
    const exported = await exportCatalog(loaded.catalog, 'csv', { documents: loaded.documents });
    const edited = exported.files.map((f) => ({
      file: f.name,
      data:
        f.name === 'roles.csv'
          ? String(f.content).replace('leading and trailing spaces', 'Leads the CRM team')
          : f.content,
    }));
    const imported = await importDocuments(edited, 'csv', { catalog: loaded.catalog });
    const plan = planImport(imported.documents, files, withBase);
    const changed = plan.files.filter((f) => f.status !== 'unchanged');
    expect(changed.map((f) => [f.file, f.status])).toEqual([['roles/crm-lead.yaml', 'updated']]);
    const before = files.find((f) => f.path === 'roles/crm-lead.yaml')!.text.split('\n');
    const after = changed[0]!.text.split('\n');
    expect(after.length).toBe(before.length);
    const diff = after.flatMap((line, i) => (line === before[i] ? [] : [[before[i], line]]));
    expect(diff).toEqual([
      [
        'summary: {en: "  leading and trailing spaces  ", zh: "前后有空格 "}   # flow, en first',
        'summary: { zh: "前后有空格 ", en: Leads the CRM team }   # flow, en first',
      ],
    ]);
  });

  test.each(['csv', 'xlsx'] as const)(
    'the edge catalog through %s into an empty directory validates',
    async (format) => {
      const files = readDir(EDGE);
      const loaded = loadDocuments(files, withBase);
      const exported = await exportCatalog(loaded.catalog, format, { documents: loaded.documents });
      const imported = await importDocuments(
        exported.files.map((f) => ({ file: f.name, data: f.content })),
        format,
      );
      expect(imported.diagnostics).toEqual([]);
      const plan = planImport(imported.documents, [], withBase);
      expect(new Set(plan.files.map((f) => f.status))).toEqual(new Set(['created']));
      const back = loadDocuments(
        plan.files.map((f) => ({ path: f.file, text: f.text })),
        withBase,
      );
      expect(back.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      for (const role of loaded.catalog.list()) expect(back.catalog.find(role.id), role.id).toBeDefined();
      expect([...back.catalog.roles.keys()].sort()).toEqual([...loaded.catalog.roles.keys()].sort());
    },
  );
});

function listCsv(dir: string): string[] {
  return ['roles', 'focus', 'duties', 'permissions', 'education', 'experience', 'skills', 'traits', 'certifications']
    .concat(['tools', 'knowledge', 'kpis', 'stakeholders', 'career', 'vocabularies', 'documents', 'matrix'])
    .map((n) => join(dir, `${n}.csv`));
}
