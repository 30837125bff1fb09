import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { loadDocuments } from '../../src/catalog/load.js';
import { catalog as shipped } from '../../src/catalog/shipped.js';
import type { Catalog } from '../../src/catalog/catalog.js';
import { run } from '../run-cli.js';
import { exportCatalog } from '../../src/export/index.js';
import { importDocuments } from '../../src/import/index.js';
import { planImport } from '../../src/import/write.js';

// A workbook (or the CSV files) carries the whole catalog, not only its roles: the vocabularies on their own sheet,
// the catalog settings and the responsibility matrices as YAML documents. Export → import into an empty directory
// gives a catalog that validates and equals the one exported.

const tmp = mkdtempSync(join(tmpdir(), 'rolematrix-sheets-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Exports `catalog` as xlsx or csv, imports the result with nothing to merge into, and loads what would be written. */
async function roundTrip(catalog: Catalog, format: 'xlsx' | 'csv'): Promise<Catalog> {
  const exported = await exportCatalog(catalog, format);
  expect(exported.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const imported = await importDocuments(
    exported.files.map((f) => ({ file: f.name, data: f.content })),
    format,
  );
  expect(imported.diagnostics).toEqual([]);
  const plan = planImport(imported.documents, []);
  const loaded = loadDocuments(plan.files.map((f) => ({ path: f.file, text: f.text })));
  expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return loaded.catalog;
}

/** The same roles, vocabulary entries, settings and matrices. */
function expectSameCatalog(back: Catalog, catalog: Catalog): void {
  expect([...back.roles.keys()].sort()).toEqual([...catalog.roles.keys()].sort());
  for (const role of catalog.list()) expect(back.find(role.id), role.id).toEqual(role);
  for (const kind of Object.keys(catalog.vocabularies) as (keyof Catalog['vocabularies'])[])
    expect([...back.vocabularies[kind].values()], kind).toEqual([...catalog.vocabularies[kind].values()]);
  expect(back.settings).toEqual(catalog.settings);
  expect([...back.matrices.values()]).toEqual([...catalog.matrices.values()]);
}

/** A company's own catalog: its own level ladder with grades, tracks, families, a KPI with a rubric, a matrix. */
const OWN = [
  {
    path: 'catalog.yaml',
    text: `apiVersion: rolematrix/v1
kind: Catalog
name: { zh: 示例软件公司, en: Example Software }
languages: [zh, en]
architecture:
  levels:
    - { id: p1, label: { zh: 初级, en: Junior }, grade: 1 }
    - { id: p2, label: { zh: 中级, en: Intermediate }, grade: 2 }
    - { id: m1, label: { zh: 经理, en: Manager }, grade: 3 }
rules:
  LINT_KPI_NO_DATA_SOURCE: off
`,
  },
  {
    path: 'vocabulary.yaml',
    text: `apiVersion: rolematrix/v1
kind: Vocabulary
vocabulary: families
entries:
  - { id: eng, label: { zh: 研发, en: Engineering }, description: { zh: 写软件的人, en: People who build the software } }
---
apiVersion: rolematrix/v1
kind: Vocabulary
vocabulary: skills
entries:
  - id: go
    label: Go
    aliases: { zh: [Go 语言], en: [Golang] }
  - { id: code-review, label: { zh: 代码评审, en: Code review } }
---
apiVersion: rolematrix/v1
kind: Vocabulary
vocabulary: kpis
entries:
  - id: review-quality
    label: { zh: 评审质量, en: Review quality }
    type: qualitative
    rubric:
      - { zh: 评审意见具体、可执行, en: Review comments are specific and actionable }
      - { zh: 不拖延合并, en: Merges are not held up }
  - { id: lead-time, label: { zh: 交付周期, en: Lead time }, type: quantitative, unit: days, direction: lower, dataSource: { zh: 代码仓库, en: The code repository } }
`,
  },
  {
    path: 'roles/dev.yaml',
    text: `apiVersion: rolematrix/v1
kind: Role
id: dev
title: { zh: 开发工程师, en: Developer }
family: eng
level: p1
reportsTo: lead
orientation: project
summary: { zh: 编写和维护服务端代码。, en: Writes and maintains server code. }
duties:
  - { id: code, title: { zh: 编写代码, en: Write code } }
qualifications:
  skills: [{ ref: go, level: working }]
kpis: [{ ref: lead-time, target: { op: '<=', value: 5 }, frequency: monthly }]
`,
  },
  {
    path: 'roles/lead.yaml',
    text: `apiVersion: rolematrix/v1
kind: Role
id: lead
title: { zh: 开发经理, en: Engineering Manager }
family: eng
level: m1
orientation: project
summary: { zh: 带领开发团队。, en: Leads the development team. }
duties:
  - { id: review, title: { zh: 评审代码, en: Review code } }
qualifications:
  skills: [{ ref: code-review, level: advanced }]
kpis: [{ ref: review-quality, frequency: quarterly }]
`,
  },
  {
    path: 'matrices/release.yaml',
    text: `apiVersion: rolematrix/v1
kind: ResponsibilityMatrix
id: release
title: { zh: 发布, en: Release }
activities:
  - id: ship
    title: { zh: 发布版本, en: Ship a release }
    assign: { lead: A, dev: R }
`,
  },
];

describe('export → import rebuilds the whole catalog', () => {
  test.each(['xlsx', 'csv'] as const)(
    'the shipped catalog through %s: same roles, vocabularies, settings, matrices',
    async (format) => {
      expectSameCatalog(await roundTrip(shipped, format), shipped);
    },
  );

  test.each(['xlsx', 'csv'] as const)(
    'a company catalog with its own levels and vocabularies, through %s',
    async (format) => {
      const own = loadDocuments(OWN);
      expect(own.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      const back = await roundTrip(own.catalog, format);
      expectSameCatalog(back, own.catalog);
      expect(back.architecture.label('p2', 'zh')).toBe('中级');
    },
  );

  test('the CLI: export xlsx, import into an empty directory, validate passes', async () => {
    const out = join(tmp, 'export');
    const dir = join(tmp, 'empty', 'roles');
    expect((await run('export', 'xlsx', '--out', out)).code).toBe(0);
    const imported = await run('import', join(out, 'rolematrix.xlsx'), '--from', 'xlsx', '--out', dir);
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(
      expect.arrayContaining(['catalog.yaml', 'matrices', 'vocabulary', 'project-manager.yaml']),
    );
    expect(readdirSync(join(dir, 'vocabulary')).sort()).toEqual([
      'audiences.yaml',
      'certifications.yaml',
      'channels.yaml',
      'families.yaml',
      'fields.yaml',
      'kpis.yaml',
      'skills.yaml',
      'tools.yaml',
      'traits.yaml',
    ]);
    const validated = await run('validate', dir);
    expect(validated.code).toBe(0);
    expect(validated.stdout).toContain('The catalog is valid: 12 roles, 101 vocabulary entries');
  });
});

describe('mistakes on the vocabularies and documents sheets', () => {
  const HEADER_V = 'vocabulary,id,label.zh,label.en,type';
  const HEADER_D = 'kind,id,yaml';
  const ROLE = 'id,title.en,family,level,orientation,summary.en\nclerk,Clerk,ops,staff,operations,Keeps the records.';

  async function importCsv(vocabularies: string, documents: string) {
    return importDocuments(
      [
        { file: 'roles.csv', data: ROLE },
        { file: 'vocabularies.csv', data: vocabularies },
        { file: 'documents.csv', data: documents },
      ],
      'csv',
    );
  }

  test('each at its row and column: no vocabulary, an entry twice, an unknown vocabulary, bad YAML, a wrong kind', async () => {
    const result = await importCsv(
      [
        HEADER_V,
        ',orphan,孤儿,Orphan,',
        'families,ops,运营,Operations,',
        'families,ops,运营,Operations again,',
        'skils,excel,表格,Excel,',
      ].join('\n'),
      [
        HEADER_D,
        'Catalog,catalog,"name: [unclosed"',
        'Catalog,catalog,"apiVersion: rolematrix/v1\nkind: Vocabulary\nvocabulary: tools\nentries: []"',
        'Role,x,"a: 1"',
      ].join('\n'),
    );
    expect(result.diagnostics.map((d) => [d.code, d.file, d.path, d.line, d.column])).toEqual([
      ['IMPORT_SYNTAX', 'documents.csv', 'documents!C2', 2, 3],
      ['INVALID_VALUE', 'documents.csv', 'documents!A3', 3, 1],
      ['INVALID_VALUE', 'documents.csv', 'documents!A4', 4, 1],
      ['MISSING_KEY', 'vocabularies.csv', 'vocabularies!A2', 2, 1],
      ['DUPLICATE_ID', 'vocabularies.csv', 'vocabularies!B4', 4, 2],
      ['INVALID_VALUE', 'vocabularies.csv', 'vocabularies!A5', 5, 1],
    ]);
    expect(result.diagnostics[5]!.hint).toContain('skills');
    // The good rows still come back: the role and the families vocabulary.
    expect(result.documents.map((d) => `${d.kind}:${d.id}`)).toEqual(['Vocabulary:families', 'Role:clerk']);
  });

  test('a problem inside a YAML cell names its path and its line in the cell', async () => {
    const result = await importCsv(
      HEADER_V,
      [
        HEADER_D,
        'ResponsibilityMatrix,m,"apiVersion: rolematrix/v1\nkind: ResponsibilityMatrix\nid: m\ntitle: M\nactivities:\n  - id: a\n    title: A\n    asign: { clerk: R }"',
      ].join('\n'),
    );
    const d = result.diagnostics.filter((x) => x.path === 'documents!C2');
    expect(d.map((x) => x.code)).toContain('UNKNOWN_KEY');
    expect(d.find((x) => x.code === 'UNKNOWN_KEY')!.message).toMatch(
      /^activities\[0\]\.asign \(line 8 of the cell\): /,
    );
  });

  test('CSV files written by hand are recognised by their header row', async () => {
    writeFileSync(join(tmp, 'words.csv'), `${HEADER_V}\nfamilies,ops,运营,Operations,\n`);
    const result = await importDocuments(
      [
        { file: 'roles.csv', data: ROLE },
        { file: 'words.csv', data: `${HEADER_V}\nfamilies,ops,运营,Operations,\n` },
      ],
      'csv',
    );
    expect(result.diagnostics).toEqual([]);
    expect(result.documents.map((d) => `${d.kind}:${d.id}:${d.file}`)).toEqual([
      'Vocabulary:families:vocabulary/families.yaml',
      'Role:clerk:clerk.yaml',
    ]);
  });
});
