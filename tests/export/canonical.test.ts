import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import { catalog } from '../../src/catalog/shipped.js';
import { CATALOG_JSON_FILE, CATALOG_SCHEMA_FILE, catalogExportJsonSchema } from '../../src/export/canonical.js';
import { exportCatalog } from '../../src/export/index.js';
import { loadText } from '../../src/catalog/load.js';

async function exportJsonOf(roles?: string[]) {
  const r = await exportCatalog(catalog, 'json', { generator: 'rolematrix test', ...(roles ? { roles } : {}) });
  expect(r.diagnostics).toEqual([]);
  expect(r.files.map((f) => [f.name, f.mediaType])).toEqual([
    [CATALOG_JSON_FILE, 'application/json'],
    [CATALOG_SCHEMA_FILE, 'application/schema+json'],
  ]);
  return { doc: JSON.parse(r.files[0]!.content as string), schema: JSON.parse(r.files[1]!.content as string) };
}

describe('canonical JSON export', () => {
  test('the shipped catalog validates against the generated schema (draft 2020-12, ajv)', async () => {
    const { doc, schema } = await exportJsonOf();
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema).toEqual(JSON.parse(JSON.stringify(catalogExportJsonSchema())));
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const validate = ajv.compile(schema);
    expect(validate(doc), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    // The schema is strict: an unknown key in a role is rejected.
    const broken = structuredClone(doc);
    broken.roles[0].salary = 1;
    expect(validate(broken)).toBe(false);
    expect(validate.errors?.[0]).toMatchObject({
      instancePath: '/roles/0',
      keyword: 'additionalProperties',
      params: { additionalProperty: 'salary' },
    });
  });

  test('top-level keys, counts and role keys in model order', async () => {
    const { doc } = await exportJsonOf();
    expect(Object.keys(doc)).toEqual([
      '$schema',
      'apiVersion',
      'kind',
      'generator',
      'catalog',
      'roles',
      'vocabularies',
      'matrices',
    ]);
    expect(doc).toMatchObject({
      $schema: './rolematrix.catalog.schema.json',
      apiVersion: 'rolematrix/v1',
      kind: 'CatalogExport',
      generator: 'rolematrix test',
    });
    expect(doc.catalog.kind).toBe('Catalog');
    expect(doc.roles.map((r: { id: string }) => r.id)).toEqual(catalog.list().map((r) => r.id));
    expect(doc.vocabularies.map((v: { vocabulary: string }) => v.vocabulary)).toEqual([
      'families',
      'kpis',
      'skills',
      'traits',
      'tools',
      'certifications',
      'fields',
      'audiences',
      'channels',
    ]);
    expect(doc.matrices.map((m: { id: string }) => m.id).sort()).toEqual([...catalog.matrices.keys()].sort());
    const spm = doc.roles.find((r: { id: string }) => r.id === 'senior-project-manager');
    expect(Object.keys(spm).slice(0, 6)).toEqual(['apiVersion', 'kind', 'id', 'extends', 'title', 'aliases']);
    expect(Object.keys(spm).at(-1)).toBe('labels');
    // Resolved: the inherited duties are there, the role's own come after them.
    expect(spm.duties.length).toBe(catalog.find('senior-project-manager')!.duties!.length);
  });

  test("one role's labels", async () => {
    const { doc } = await exportJsonOf();
    const labels = doc.roles.find((r: { id: string }) => r.id === 'senior-project-manager').labels;
    expect(labels.family).toEqual({ zh: '项目管理', en: 'Project management' });
    expect(labels.level).toEqual({ zh: '经理', en: 'Manager' });
    expect(labels.orientation).toEqual({ zh: '项目目标导向', en: 'Project-goal-oriented' });
    expect(labels.reportsTo).toEqual({ zh: '项目总监', en: 'Project Director' });
    expect(labels.roles['project-manager']).toEqual({ zh: '项目经理', en: 'Project Manager' });
    expect(labels.education).toEqual({ zh: '本科', en: "Bachelor's degree" });
    expect(labels.skillLevels.expert).toEqual({ zh: '专家', en: 'Expert' });
    expect(labels.authorities.decides).toEqual({ zh: '决定', en: 'Decides' });
    const role = catalog.find('senior-project-manager')!;
    expect(Object.keys(labels.skills).sort()).toEqual(role.qualifications!.skills!.map((s) => s.ref).sort());
    expect(labels.skills['stakeholder-management']).toEqual({
      zh: catalog.label('skills', 'stakeholder-management', 'zh'),
      en: catalog.label('skills', 'stakeholder-management', 'en'),
    });
    expect(Object.keys(labels.kpis).sort()).toEqual(role.kpis!.map((k) => k.ref).sort());
  });

  test('a role subset keeps every vocabulary and only the matrices of exported roles', async () => {
    const { doc } = await exportJsonOf(['project-manager', 'account-manager']);
    expect(doc.roles.map((r: { id: string }) => r.id).sort()).toEqual(['account-manager', 'project-manager']);
    expect(doc.vocabularies).toHaveLength(9);
    expect(doc.matrices).toEqual([]);
  });

  test('a catalog without settings has no `catalog` key; plain-string labels become both languages', async () => {
    const text = [
      'apiVersion: rolematrix/v1',
      'kind: Vocabulary',
      'vocabulary: families',
      'entries:',
      '  - { id: ops, label: Operations }',
      '---',
      'apiVersion: rolematrix/v1',
      'kind: Role',
      'id: clerk',
      'title: Clerk',
      'family: ops',
      'level: staff',
      'orientation: operations',
      'summary: Files things.',
      '',
    ].join('\n');
    const loaded = loadText(text, 'one.yaml');
    expect(loaded.diagnostics).toEqual([]);
    const r = await exportCatalog(loaded.catalog, 'json');
    const doc = JSON.parse(r.files[0]!.content as string);
    expect(Object.keys(doc)).toEqual([
      '$schema',
      'apiVersion',
      'kind',
      'generator',
      'roles',
      'vocabularies',
      'matrices',
    ]);
    expect(doc.generator).toBe('rolematrix');
    expect(doc.roles[0].labels).toEqual({
      family: { zh: 'Operations', en: 'Operations' },
      level: { zh: '专员', en: 'Staff' },
      orientation: { zh: '运营导向', en: 'Operations-oriented' },
    });
  });
});
