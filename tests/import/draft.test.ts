import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { loadDocuments } from '../../src/catalog/load.js';
import { readCscoTable } from '../../src/classification/csco.js';
import { readOnetDatabase } from '../../src/classification/onet.js';
import { formatDiagnostic } from '../../src/errors.js';
import { draftCscoRoles, draftOnetRoles, idFrom } from '../../src/import/draft.js';
import { DEFAULT_DRAFT_MAPPING } from '../../src/import/draft-mapping.js';
import { planImport } from '../../src/import/write.js';
import { lintCatalog } from '../../src/lint/lint.js';
import { shippedVocabularies } from '../../src/node/load.js';
import type { SourceFile } from '../../src/source/document.js';

const TEXT = fileURLToPath(new URL('../fixtures/onet/text/', import.meta.url));
const CSV = fileURLToPath(new URL('../fixtures/csco/occupations.csv', import.meta.url));
const inputs = () => readdirSync(TEXT).map((f) => ({ file: f, data: new Uint8Array(readFileSync(join(TEXT, f))) }));
const withBase = { resolveBase: shippedVocabularies };

/** A drafted role's value, read loosely. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the tests read deep into plain data
type Draft = Record<string, any>;

async function onet() {
  return (await readOnetDatabase(inputs())).database;
}

/** The files an import of `documents` writes into `existing`, and the catalog afterwards. */
function apply(documents: Parameters<typeof planImport>[0], existing: SourceFile[] = []) {
  const plan = planImport(documents, existing, withBase);
  const after = new Map(existing.map((f) => [f.path, f.text]));
  for (const f of plan.files) after.set(f.file, f.text);
  const files = [...after].map(([path, text]) => ({ path, text }));
  return { plan, files, loaded: loadDocuments(files, withBase) };
}

describe('draftOnetRoles', () => {
  test('drafts every occupation into an empty directory; the catalog validates; the YAML is as expected', async () => {
    const result = draftOnetRoles(await onet(), 'all');
    expect(result.documents.map((d) => d.file)).toEqual([
      'customer-service-representatives.yaml',
      'general-and-operations-managers.yaml',
      'project-management-specialists.yaml',
      'vocabulary/families.yaml',
      'vocabulary/skills.yaml',
      'vocabulary/tools.yaml',
    ]);
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.file])).toEqual([
      ['IMPORT_DRAFT', 'info', 'customer-service-representatives.yaml'],
    ]);
    const { plan, loaded } = apply(result.documents);
    expect(loaded.diagnostics).toEqual([]);
    const text = (f: string) => plan.files.find((p) => p.file === f)!.text;
    await expect(text('customer-service-representatives.yaml')).toMatchFileSnapshot(
      '../fixtures/onet/expected/customer-service-representatives.yaml',
    );
    await expect(text('general-and-operations-managers.yaml')).toMatchFileSnapshot(
      '../fixtures/onet/expected/general-and-operations-managers.yaml',
    );
    await expect(text('vocabulary/tools.yaml')).toMatchFileSnapshot('../fixtures/onet/expected/vocabulary/tools.yaml');
  });

  test('the mapping: core duties by importance, supplemental grouped; skill levels, education, experience, tools', async () => {
    const role = draftOnetRoles(await onet(), ['43-4051.00']).documents[0]!.value as Draft;
    expect(role.duties.map((d: { id: string }) => d.id)).toEqual([
      'task-9002',
      'task-9003',
      'task-9001',
      'supplemental-tasks',
    ]);
    // LV 3.9 → advanced (3.5 ≤ LV < 5), LV 3.0 → working; Programming is "not relevant", Management (IM 2.0) too unimportant
    expect(role.qualifications.skills).toEqual([
      { ref: 'active-listening', level: 'advanced' },
      { ref: 'service-orientation', level: 'advanced' },
      { ref: 'social-perceptiveness', level: 'working' },
      { ref: 'critical-thinking', level: 'working' },
    ]);
    // RL: 5% + 60% reach half at category 2 (high school) → secondary; RW: half reached at category 5 → 0.5–1 years
    expect(role.qualifications.education.minimum).toBe('secondary');
    expect(role.qualifications.experience).toEqual({ years: { min: 0.5, max: 1 } });
    // hot and in demand first, then hot, then the rest
    expect(role.qualifications.tools).toEqual([
      'salesforce-software',
      'microsoft-excel',
      'helpdesk-ticketing-software',
    ]);
    expect(role.level).toBe('staff');
    const managers = draftOnetRoles(await onet(), ['11-1021.00']).documents[0]!.value as Draft;
    expect([managers.level, managers.family]).toEqual(['manager', 'management']);
    expect(managers.qualifications.education.minimum).toBe('bachelor');
    expect(managers.qualifications.experience.years).toEqual({ min: 4, max: 6 });
    // no RL or RW rows: the job zone (4) decides
    const pm = draftOnetRoles(await onet(), ['13-1082.00']).documents[0]!.value as Draft;
    expect(pm.qualifications.education).toEqual({
      minimum: 'bachelor',
      note: 'Job Zone Four: Considerable Preparation Needed.',
    });
    expect(pm.qualifications.experience.years).toEqual({ min: 2, max: 4 });
  });

  test('the mapping is data: another one changes the drafts', async () => {
    const mapping = {
      ...DEFAULT_DRAFT_MAPPING,
      skills: { ...DEFAULT_DRAFT_MAPPING.skills, minImportance: 4, levels: [], top: 'expert' as const },
      levels: [{ pattern: /representatives/i, level: 'senior' }],
    };
    const role = draftOnetRoles(await onet(), ['43-4051.00'], { mapping }).documents[0]!.value as Draft;
    expect(role.level).toBe('senior');
    expect(role.qualifications.skills).toEqual([
      { ref: 'active-listening', level: 'expert' },
      { ref: 'service-orientation', level: 'expert' },
    ]);
  });

  test('an unknown code is an error with the closest code', async () => {
    const { diagnostics } = draftOnetRoles(await onet(), ['43-4051.01']);
    expect(diagnostics.filter((d) => d.severity === 'error').map((d) => formatDiagnostic(d))).toEqual([
      'Occupation Data.txt:1:1: The O*NET database has no occupation "43-4051.01". [IMPORT_UNKNOWN_OCCUPATION]\n  hint: Did you mean "43-4051.00"?',
    ]);
  });

  test('into an existing catalog: its entries are reused, its vocabulary files keep their comments, its roles are kept', async () => {
    const existing: SourceFile[] = [
      {
        path: 'vocabulary/skills.yaml',
        text: 'apiVersion: rolematrix/v1\nkind: Vocabulary\nvocabulary: skills\nentries:\n  # ours\n  - id: active-listening\n    label: { zh: 积极倾听, en: Active listening }\n  - id: thinking\n    label: Thinking\n    aliases: { en: [critical thinking] }\n',
      },
      {
        path: 'clerk.yaml',
        text: 'apiVersion: rolematrix/v1\nkind: Role\nid: customer-service-representatives\ntitle: Clerk\nfamily: office-and-administrative-support\nlevel: staff\norientation: operations\nsummary: Ours.\nclassification: { onetSoc: 43-4051.00 }\n',
      },
      {
        path: 'vocabulary/tools.yaml',
        text: 'apiVersion: rolematrix/v1\nkind: Vocabulary\nvocabulary: tools\nentries:\n  - id: excel\n    label: { zh: 电子表格, en: Microsoft Excel }\n',
      },
      {
        path: 'vocabulary/families.yaml',
        text: 'apiVersion: rolematrix/v1\nkind: Vocabulary\nvocabulary: families\nentries:\n  - id: office-and-administrative-support\n    label: Office\n',
      },
    ];
    const catalog = loadDocuments(existing, withBase).catalog;
    const result = draftOnetRoles(await onet(), 'all', { catalog, existing });
    // 43-4051.00 is in the catalog already: not drafted again
    expect(result.diagnostics.map((d) => [d.code, d.line, d.message])).toContainEqual([
      'IMPORT_DRAFT',
      2,
      'The catalog has the role "customer-service-representatives" for 43-4051.00 already; it is left as it is, not drafted again.',
    ]);
    const { plan, loaded } = apply(result.documents, existing);
    expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(plan.files.map((f) => [f.file, f.status])).toEqual([
      ['general-and-operations-managers.yaml', 'created'],
      ['project-management-specialists.yaml', 'created'],
      ['vocabulary/families.yaml', 'updated'],
      ['vocabulary/skills.yaml', 'updated'],
      ['vocabulary/tools.yaml', 'updated'],
    ]);
    // an entry known by the source's name is used, whatever its id
    const managers = result.documents.find((d) => d.id === 'general-and-operations-managers')!.value as Draft;
    expect(managers.qualifications.tools).toEqual(['sap-software', 'excel']);
    // and so for every draft that names it (an alias of "thinking")
    const pm = result.documents.find((d) => d.id === 'project-management-specialists')!.value as Draft;
    for (const r of [managers, pm])
      expect(r.qualifications.skills.map((x: { ref: string }) => x.ref)).toContain('thinking');
    expect(result.documents.find((d) => d.id === 'skills')!.value.entries).not.toContainEqual(
      expect.objectContaining({ id: 'critical-thinking' }),
    );
    const skills = plan.files.find((f) => f.file === 'vocabulary/skills.yaml')!.text;
    expect(skills.startsWith(existing[0]!.text)).toBe(true);
    expect(skills).not.toMatch(/- id: active-listening[\s\S]*- id: active-listening/);
  });

  test('lint reports what each draft leaves open, at the part it is about, until the word is removed', async () => {
    const { files } = apply(draftOnetRoles(await onet(), ['43-4051.00']).documents);
    const run = (fs: SourceFile[]) => {
      const { catalog, documents } = loadDocuments(fs, withBase);
      return lintCatalog(catalog, { documents })
        .filter((d) => d.code === 'LINT_DRAFT_ROLE')
        .map((d) => `${d.file}:${d.line}:${d.column} ${d.path}: ${d.message}`);
    };
    expect(run(files)).toEqual([
      'customer-service-representatives.yaml:7:1 : The draft role "customer-service-representatives" has no permissions: the source says nothing about authority.',
      'customer-service-representatives.yaml:10:8 title: The draft role "customer-service-representatives" has no Chinese title yet.',
      'customer-service-representatives.yaml:12:9 family: The family of the draft role "customer-service-representatives" ("office-and-administrative-support") is the importer\'s guess.',
      'customer-service-representatives.yaml:13:8 level: The level of the draft role "customer-service-representatives" ("staff") is the importer\'s guess.',
      'customer-service-representatives.yaml:14:14 orientation: The orientation of the draft role "customer-service-representatives" ("operations") is the importer\'s guess.',
      'customer-service-representatives.yaml:15:10 summary: The texts of the draft role "customer-service-representatives" are in the source\'s language only (plain strings stand for every language).',
    ]);
    const edited = files.map((f) =>
      f.path === 'customer-service-representatives.yaml'
        ? {
            ...f,
            text: f.text
              .replace('level family orientation title.zh translation permissions', 'title.zh permissions')
              .replace(
                'title: Customer Service Representatives',
                'title: { zh: 客户服务代表, en: Customer Service Representatives }',
              ),
          }
        : f,
    );
    expect(run(edited)).toHaveLength(1);
    expect(run(files.map((f) => ({ ...f, text: f.text.replace(/^# rolematrix-draft:.*\n/m, '') })))).toEqual([]);
  });
});

describe('draftCscoRoles', () => {
  test('Chinese drafts with the code as id, tasks as duties and job titles as aliases; they validate', async () => {
    const { occupations } = await readCscoTable({ file: 'occupations.csv', data: new Uint8Array(readFileSync(CSV)) });
    const result = draftCscoRoles(occupations, ['4-07-02-03', '2-02-30-04'], { file: 'occupations.csv' });
    expect(result.documents.map((d) => d.file)).toEqual([
      'cn2022-4-07-02-03.yaml',
      'cn2022-2-02-30-04.yaml',
      'vocabulary/families.yaml',
    ]);
    const { plan, loaded } = apply(result.documents);
    expect(loaded.diagnostics).toEqual([]);
    await expect(plan.files.find((f) => f.file === 'cn2022-4-07-02-03.yaml')!.text).toMatchFileSnapshot(
      '../fixtures/csco/expected/cn2022-4-07-02-03.yaml',
    );
    const unknown = draftCscoRoles(occupations, ['4-07-02-30'], { file: 'occupations.csv' });
    expect(unknown.diagnostics.map((d) => d.zh.message)).toContain('职业分类表中没有职业“4-07-02-30”。');
  });
});

test.each([
  ['Active Listening', 'active-listening'],
  ['C++', 'c-plus-plus'],
  ['C#', 'c-sharp'],
  ['Résumé software', 'resume-software'],
  ['客户服务', undefined],
])('idFrom(%j)', (name, id) => {
  expect(idFrom(name)).toBe(id);
});
