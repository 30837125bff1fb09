import { ARCHITECTURE_KINDS, type ArchitectureKind } from '../../src/model/defaults.js';
import { describe, expect, test } from 'vitest';
import { Catalog } from '../../src/catalog/catalog.js';
import { similarity } from '../../src/compare/compare.js';
import { loadDocuments } from '../../src/catalog/load.js';
import type { SourceFile } from '../../src/source/document.js';
import { lintCatalog, type LintOptions } from '../../src/lint/lint.js';
import { parseSources } from '../../src/load/parse.js';
import { REFERENCED_KINDS, type ReferencedKind } from '../../src/model/enums.js';
import { fixtureDir, lintFixture, loadFixture, where } from './fixtures.js';

/** Loads in-memory YAML files, requires them to load cleanly, and lints them with their documents. */
function lintFiles(files: Record<string, string>, options: LintOptions = {}) {
  const sources: SourceFile[] = Object.entries(files).map(([path, text]) => ({ path, text }));
  const { catalog, diagnostics } = loadDocuments(sources);
  expect(diagnostics).toEqual([]);
  return lintCatalog(catalog, { documents: parseSources(sources), ...options });
}

const CATALOG = 'apiVersion: rolematrix/v1\nkind: Catalog\nname: { zh: 测试, en: Test }\nlanguages: [zh, en]\n';

/** A role document; `extra` lines are appended as written. */
function role(id: string, level: string, extra: string[] = [], head: string[] = []): string {
  return [
    'apiVersion: rolematrix/v1',
    'kind: Role',
    `id: ${id}`,
    ...head,
    `title: { zh: 岗位${id}, en: Role ${id} }`,
    'family: f',
    `level: ${level}`,
    'orientation: customer',
    `summary: { zh: 岗位${id}的概述。, en: What ${id} does. }`,
    'kpis:',
    '  - { ref: k, frequency: monthly }',
    ...extra,
    '',
  ].join('\n');
}
const VOCAB = [
  'apiVersion: rolematrix/v1',
  'kind: Vocabulary',
  'vocabulary: families',
  'entries:',
  '  - { id: f, label: { zh: 职族, en: Family } }',
  '---',
  'apiVersion: rolematrix/v1',
  'kind: Vocabulary',
  'vocabulary: kpis',
  'entries:',
  '  - { id: k, label: { zh: 指标, en: KPI }, type: quantitative, direction: higher, dataSource: { zh: 系统, en: System } }',
  '',
].join('\n');

describe('extends', () => {
  test('a role and a role it extends are never near duplicates, however similar', () => {
    const { catalog } = loadFixture('kpi-no-frequency');
    expect(similarity(catalog.find('agent')!, catalog.find('senior-agent')!, catalog)).toBeGreaterThan(0.9);
    expect(lintFixture('kpi-no-frequency', { rules: { LINT_KPI_NO_FREQUENCY: 'off' } })).toEqual([]);
  });

  test('two roles extending the same parent are not exempt from each other', () => {
    const found = lintFiles({
      'catalog.yaml': CATALOG,
      'vocabulary.yaml': VOCAB,
      'base.yaml': role('base', 'manager'),
      'a.yaml': role('a', 'staff', ['career: [{ to: base, track: management }]'], ['extends: base']),
      'b.yaml': role('b', 'staff', ['career: [{ to: base, track: management }]'], ['extends: base']),
    });
    expect(found.map(where)).toEqual([
      { code: 'LINT_NEAR_DUPLICATE_ROLES', severity: 'warning', file: 'b.yaml', path: 'id', line: 3, column: 5 },
    ]);
  });

  test('an inherited defect is reported where it is written; an heir that overrides it is clean', () => {
    const parent = role('parent', 'manager').replace('{ ref: k, frequency: monthly }', '{ ref: k }');
    const fixed = [
      'apiVersion: rolematrix/v1',
      'kind: Role',
      'id: child',
      'extends: parent',
      'level: staff',
      'kpis:',
      '  - { ref: k, frequency: weekly }',
      'career: [{ to: parent, track: management }]',
      '',
    ].join('\n');
    const found = lintFiles({
      'catalog.yaml': CATALOG,
      'vocabulary.yaml': VOCAB,
      'parent.yaml': parent,
      'child.yaml': fixed,
    });
    expect(found.map(where)).toEqual([
      { code: 'LINT_KPI_NO_FREQUENCY', severity: 'warning', file: 'parent.yaml', path: 'kpis[0]', line: 10, column: 5 },
    ]);
  });
});

describe('positions without documents', () => {
  test('a finding points at line 1, column 1 of the role file', () => {
    const { catalog } = loadFixture('kpi-no-frequency');
    const [d] = lintCatalog(catalog);
    expect(d && { ...where(d), file: d.file.slice(fixtureDir('kpi-no-frequency').length + 1) }).toEqual({
      code: 'LINT_KPI_NO_FREQUENCY',
      severity: 'warning',
      file: 'roles/agent.yaml',
      path: 'kpis[0]',
      line: 1,
      column: 1,
    });
  });

  test('a role built in code points at <catalog>', () => {
    const { catalog } = loadFixture('role-without-kpi');
    const inCode = new Catalog({
      roles: catalog.roles,
      vocabularies: catalog.vocabularies,
      settings: catalog.settings,
    });
    const found = lintCatalog(inCode).filter((d) => d.code === 'LINT_ROLE_WITHOUT_KPI');
    expect(found.map(where)).toEqual([
      { code: 'LINT_ROLE_WITHOUT_KPI', severity: 'warning', file: '<catalog>', path: '', line: 1, column: 1 },
    ]);
  });
});

describe('configuration', () => {
  test('the threshold for near duplicates', () => {
    expect(lintFixture('clean', { nearDuplicateThreshold: 0 }).map(where)).toEqual([
      {
        code: 'LINT_NEAR_DUPLICATE_ROLES',
        severity: 'warning',
        file: 'roles/lead.yaml',
        path: 'id',
        line: 3,
        column: 5,
      },
    ]);
    expect(lintFixture('near-duplicate-roles', { nearDuplicateThreshold: 1 })).toHaveLength(1); // identical roles score 1
    expect(() => lintFixture('clean', { nearDuplicateThreshold: 1.5 })).toThrow(RangeError);
  });

  test('options.rules override the catalog: raise, lower, silence', () => {
    expect(
      lintFixture('severity', { rules: { LINT_KPI_NO_FREQUENCY: 'info' } }).map((d) => [d.code, d.severity]),
    ).toEqual([
      ['UNKNOWN_KEY', 'warning'],
      ['LINT_KPI_NO_FREQUENCY', 'info'],
    ]);
    expect(
      lintFixture('severity', { rules: { LINT_ROLE_WITHOUT_KPI: 'error' } }).map((d) => [d.code, d.severity]),
    ).toEqual([
      ['UNKNOWN_KEY', 'warning'],
      ['LINT_KPI_NO_FREQUENCY', 'error'],
      ['LINT_ROLE_WITHOUT_KPI', 'error'],
    ]);
    expect(lintFixture('missing-translation', { rules: { LINT_MISSING_TRANSLATION: 'off' } })).toEqual([]);
  });

  test("a value in options.rules that is no severity is ignored: the catalog's own setting stands", () => {
    const rules = { LINT_KPI_NO_FREQUENCY: 'warn', LINT_ROLE_WITHOUT_KPI: 'loud' } as unknown as LintOptions['rules'];
    expect(lintFixture('severity', { rules }).map((d) => [d.code, d.severity])).toEqual(
      lintFixture('severity').map((d) => [d.code, d.severity]),
    );
    expect(lintFixture('severity', { rules }).map((d) => d.severity)).not.toContain('warn');
  });
});

describe('career', () => {
  const withCareer = (aCareer: string, bCareer: string) => ({
    'catalog.yaml': CATALOG,
    'vocabulary.yaml': VOCAB,
    'a.yaml': role('a', 'staff', [`career: ${aCareer}`]),
    'b.yaml': role('b', 'manager', [`career: ${bCareer}`]),
  });

  test('lateral steps are left out of cycles', () => {
    expect(
      lintFiles(withCareer('[{ to: b, track: lateral }]', '[{ to: a, track: lateral }]'), {
        nearDuplicateThreshold: 1,
      }).map((d) => d.code),
    ).toEqual([]);
    expect(
      lintFiles(withCareer('[{ to: b, track: management }]', '[{ to: a, track: lateral }]'), {
        nearDuplicateThreshold: 1,
      }).map((d) => d.code),
    ).toEqual([]);
    expect(
      lintFiles(withCareer('[{ to: b, track: management }]', '[{ to: a, track: professional }]'), {
        nearDuplicateThreshold: 1,
      }).map((d) => d.code),
    ).toEqual(['LINT_CAREER_CYCLE']);
  });

  test('a step to an outside position (title) is a way on; the top level of a family may end a path', () => {
    const found = lintFiles(
      withCareer('[{ title: { zh: 区域经理, en: Regional manager }, track: management }]', '[]'),
      { nearDuplicateThreshold: 1 },
    );
    expect(found).toEqual([]);
  });

  test('a step to the role itself is a loop', () => {
    const found = lintFiles(withCareer('[{ to: a, track: professional }]', '[]'), { nearDuplicateThreshold: 1 });
    expect(found.map((d) => [d.code, d.path, d.message])).toEqual([
      ['LINT_CAREER_CYCLE', 'career[0].to', 'Career steps lead back to where they started: a → a.'],
    ]);
  });

  test('reportsTo a lower level says so', () => {
    const found = lintFiles(
      {
        'catalog.yaml': CATALOG,
        'vocabulary.yaml': VOCAB,
        'a.yaml': role('a', 'director', ['reportsTo: b']),
        'b.yaml': role('b', 'staff', ['career: [{ to: a, track: management }]']),
      },
      { nearDuplicateThreshold: 1 },
    );
    expect(found.map((d) => [d.code, d.path, d.message])).toEqual([
      [
        'LINT_REPORTS_TO_LEVEL',
        'reportsTo',
        'This role (director) reports to "b" (Role b), which is below it (staff).',
      ],
    ]);
  });
});

describe('unused vocabulary counts every kind of reference', () => {
  const ENTRY: Record<Exclude<ReferencedKind, ArchitectureKind>, { use: string[] }> = {
    families: { use: [] }, // the role's family: always used
    kpis: { use: [] }, // the role's KPI: always used
    skills: { use: ['  skills: [{ ref: x-skills, level: basic }]'] },
    traits: { use: ['  traits: [x-traits]'] },
    tools: { use: ['  tools: [x-tools]'] },
    certifications: { use: ['  certifications: [x-certifications]'] },
    fields: { use: ['  education: { minimum: bachelor, fields: [x-fields] }'] },
    audiences: { use: [] },
    channels: { use: [] },
  };
  const KINDS = REFERENCED_KINDS.filter(
    (k): k is Exclude<ReferencedKind, ArchitectureKind | 'families' | 'kpis'> =>
      k !== 'families' && k !== 'kpis' && !(ARCHITECTURE_KINDS as readonly string[]).includes(k),
  );
  const entry = (id: string) => `  - { id: ${id}, label: { zh: 条目, en: Entry } }`;
  // a second audience carries the channel, so leaving out x-audiences leaves only it unused
  const vocab = KINDS.map((k) =>
    [
      'apiVersion: rolematrix/v1',
      'kind: Vocabulary',
      `vocabulary: ${k}`,
      'entries:',
      entry(`x-${k}`),
      ...(k === 'audiences' ? [entry('y-audiences')] : []),
      '',
    ].join('\n'),
  ).join('---\n');
  const roleUsing = (skip: ReferencedKind | undefined) => {
    const q = KINDS.filter((k) => k !== skip).flatMap((k) => ENTRY[k].use);
    const stakeholders = [
      'stakeholders:',
      `  - { audience: y-audiences${skip === 'channels' ? '' : ', channels: [x-channels]'} }`,
      ...(skip === 'audiences' ? [] : ['  - { audience: x-audiences }']),
    ];
    return role('a', 'staff', [...(q.length > 0 ? ['qualifications:', ...q] : []), ...stakeholders]);
  };

  test('nothing unused when the role uses every entry', () => {
    expect(
      lintFiles({
        'catalog.yaml': CATALOG,
        'vocabulary.yaml': VOCAB,
        'more.yaml': vocab,
        'a.yaml': roleUsing(undefined),
      }),
    ).toEqual([]);
  });

  test.each(KINDS)('an unused %s entry', (kind) => {
    const found = lintFiles({
      'catalog.yaml': CATALOG,
      'vocabulary.yaml': VOCAB,
      'more.yaml': vocab,
      'a.yaml': roleUsing(kind),
    });
    const line = vocab.split('\n').findIndex((l) => l.includes(`id: x-${kind},`)) + 1;
    expect(found.map(where)).toEqual([
      { code: 'LINT_UNUSED_VOCABULARY', severity: 'info', file: 'more.yaml', path: 'entries[0]', line, column: 5 },
    ]);
    expect(found[0]?.message).toContain(`"x-${kind}"`);
  });
});
