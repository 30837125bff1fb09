import { describe, expect, test } from 'vitest';
import { loadDocuments } from '../../src/catalog/load.js';
import { lintCatalog } from '../../src/lint/lint.js';
import { query } from '../../src/query/index.js';
import { compareRoles } from '../../src/compare/compare.js';
import { diffRole } from '../../src/compare/diff.js';
import { renderRoleText } from '../../src/render/role-text.js';
import { shippedVocabularies } from '../../src/catalog/shipped.js';

// A small engineering catalog written for these tests: an IC and a management track with grades, and its own
// categories, domains, orientations and settings.
const CATALOG = `apiVersion: rolematrix/v1
kind: Catalog
name: { zh: 工程岗位, en: Engineering roles }
languages: [zh, en]
architecture:
  levels:
    - { id: engineer, label: { zh: 工程师, en: Engineer }, grade: 6 }
    - { id: senior, label: { zh: 高级工程师, en: Senior Engineer }, grade: 7 }
    - { id: staff, label: { zh: 资深专家工程师, en: Staff Engineer }, grade: 8 }
    - { id: manager, label: { zh: 工程经理, en: Engineering Manager }, grade: 8 }
    - { id: principal, label: { zh: 首席工程师, en: Principal Engineer }, grade: 9 }
    - { id: director, label: { zh: 工程总监, en: Director of Engineering }, grade: 10 }
  tracks:
    - id: ic
      label: { zh: 专业技术通道, en: Individual contributor track }
      levels: [engineer, senior, staff, principal]
    - id: management
      label: { zh: 管理通道, en: Management track }
      levels: [manager, director]
  authority:
    decides: { zh: 拍板, en: Has the final say }
`;

const VOCAB = `apiVersion: rolematrix/v1
kind: Vocabulary
vocabulary: families
entries:
  - { id: software, label: { zh: 软件工程, en: Software engineering } }
---
apiVersion: rolematrix/v1
kind: Vocabulary
vocabulary: categories
entries:
  - { id: development, label: { zh: 开发, en: Development } }
  - { id: code-review, label: { zh: 代码评审, en: Code review } }
---
apiVersion: rolematrix/v1
kind: Vocabulary
vocabulary: domains
entries:
  - { id: architecture, label: { zh: 架构, en: Architecture } }
  - { id: production, label: { zh: 生产环境, en: Production } }
---
apiVersion: rolematrix/v1
kind: Vocabulary
vocabulary: orientations
entries:
  - { id: delivery, label: { zh: 交付导向, en: Delivery-oriented } }
---
apiVersion: rolematrix/v1
kind: Vocabulary
vocabulary: settings
entries:
  - { id: hybrid, label: { zh: 混合办公, en: hybrid } }
`;

const role = (id: string, level: string, extra: string[] = []) =>
  [
    'apiVersion: rolematrix/v1',
    'kind: Role',
    `id: ${id}`,
    `title: { zh: ${id}, en: ${id} }`,
    'family: software',
    `level: ${level}`,
    'orientation: delivery',
    `summary: { zh: ${id} 的岗位。, en: The ${id} role. }`,
    ...extra,
    '',
  ].join('\n');

const ROLES = {
  'engineer.yaml': role('engineer', 'engineer', [
    'reportsTo: manager',
    'duties:',
    '  - { id: build, title: { zh: 开发功能, en: Build features }, category: development }',
    '  - { id: review, title: { zh: 评审代码, en: Review code }, category: code-review }',
    'permissions:',
    '  - { id: merge, title: { zh: 合并代码, en: Merging code }, domain: production, authority: decides }',
  ]),
  'staff.yaml': role('staff', 'staff', ['reportsTo: manager', 'dottedReportsTo: [director]']),
  'principal.yaml': role('principal', 'principal', ['reportsTo: director']),
  'manager.yaml': role('manager', 'manager', ['reportsTo: director']),
  'director.yaml': role('director', 'director'),
};

function load(files: Record<string, string>) {
  return loadDocuments(Object.entries(files).map(([path, text]) => ({ path, text })));
}

const base = { 'catalog.yaml': CATALOG, 'vocabulary.yaml': VOCAB };
const good = load({ ...base, ...ROLES });

describe('a catalog-defined ladder with grades and parallel tracks', () => {
  test('loads clean, with its own levels, categories, domains, orientations and settings', () => {
    expect(good.diagnostics).toEqual([]);
    expect([...good.catalog.roles.keys()].sort()).toEqual(['director', 'engineer', 'manager', 'principal', 'staff']);
    const arch = good.catalog.architecture;
    expect(arch.graded).toBe(true);
    expect(arch.compare('staff', 'manager')).toBe(0);
    expect(arch.compare('principal', 'manager')).toBeGreaterThan(0);
    expect(arch.trackOf({ level: 'manager' })?.id).toBe('management');
    expect(arch.descending().map((l) => l.id)).toEqual([
      'director',
      'principal',
      'manager',
      'staff',
      'senior',
      'engineer',
    ]);
  });

  test('list order is family, then level by grade, then id', () => {
    expect(good.catalog.list().map((r) => r.id)).toEqual(['director', 'principal', 'manager', 'staff', 'engineer']);
  });

  test('query compares on the catalog ladder and selects a track', () => {
    const ids = (q: string) => {
      const r = query(good.catalog, q);
      if (!r.ok) throw new Error(r.error.message);
      return r.matches.map((m) => m.id).sort();
    };
    expect(ids('level>senior')).toEqual(['director', 'manager', 'principal', 'staff']);
    expect(ids('level>senior and track:ic')).toEqual(['principal', 'staff']);
    expect(ids('level>=高级工程师 and track:管理通道')).toEqual(['director', 'manager']);
    expect(ids('orientation:delivery and setting!=hybrid')).toHaveLength(5);
    // `=`, `:` and `!=` name a level exactly; the orderings compare grades.
    expect(ids('level=manager')).toEqual(['manager']);
    expect(ids('level:staff')).toEqual(['staff']);
    expect(ids('level!=staff')).toEqual(['director', 'engineer', 'manager', 'principal']);
    expect(ids('level>=staff and level<=manager')).toEqual(['manager', 'staff']);
    const bad = query(good.catalog, 'level>mgr');
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.error.message).toBe(
        '"mgr" is not a level; use one of engineer, senior, staff, manager, principal, director.',
      );
      expect(bad.error.column).toBe(7);
    }
  });

  test('lint compares reporting lines by grade across tracks: a staff engineer may report to a manager of grade 8', () => {
    const findings = lintCatalog(good.catalog, { documents: [] }).filter((d) => d.code === 'LINT_REPORTS_TO_LEVEL');
    expect(findings).toEqual([]);
    // On one track the manager must be above; across tracks, a lower grade is still a finding.
    const worse = load({
      ...base,
      ...ROLES,
      'engineer.yaml': ROLES['engineer.yaml'].replace('reportsTo: manager', 'reportsTo: staff'),
      'principal.yaml': ROLES['principal.yaml'].replace('reportsTo: director', 'reportsTo: manager'),
    });
    const codes = lintCatalog(worse.catalog, { documents: worse.documents })
      .filter((d) => d.code === 'LINT_REPORTS_TO_LEVEL')
      .map((d) => [d.file, d.message]);
    expect(codes).toEqual([
      [
        'principal.yaml',
        'This role (principal at grade 9) reports to "manager" (manager), which is below it (manager at grade 8).',
      ],
    ]);
  });

  test('show names the grade, the track, the dotted line and the catalog’s authority names', () => {
    const text = renderRoleText(good.catalog.get('staff' as never)!, good.catalog, 'en');
    expect(text).toContain('Level: Staff Engineer (Grade 8)');
    expect(text).toContain('Track: Individual contributor track');
    expect(text).toContain('Dotted line to: director (director)');
    const eng = renderRoleText(good.catalog.get('engineer' as never)!, good.catalog, 'zh');
    expect(eng).toContain('层级：工程师（职级 6）');
    expect(eng).toContain('- 生产环境');
    expect(eng).toContain('[拍板] 合并代码');
  });

  test('compare: levels on the ladder by grade, labels from the catalog', () => {
    const cmp = compareRoles(good.catalog.get('staff' as never)!, good.catalog.get('manager' as never)!, good.catalog);
    expect(cmp.dimensions.level.score).toBe(1); // grade 8 both
    const far = compareRoles(
      good.catalog.get('engineer' as never)!,
      good.catalog.get('director' as never)!,
      good.catalog,
    );
    expect(far.dimensions.level.score).toBe(0);
    expect(far.dimensions.level.scalars).toEqual([
      { path: 'level', from: 'engineer', to: 'director', effect: 'raised' },
    ]);
  });
});

describe('values not on the catalog lists', () => {
  test('a level, a category, a domain, an orientation and a setting: INVALID_VALUE, each where it is', () => {
    const bad = role('bad', 'lead', [
      'track: management',
      'workEnvironment: { settings: [office] }',
      'duties:',
      '  - { id: ops, title: { zh: 运维, en: Operations }, category: quality }',
      'permissions:',
      '  - { id: p, title: { zh: 权限, en: Right }, domain: budget, authority: decides }',
    ]);
    const r = load({ ...base, 'bad.yaml': bad.replace('orientation: delivery', 'orientation: customer') });
    expect(r.diagnostics.map((d) => [d.code, d.path, d.line, d.column])).toEqual([
      ['INVALID_VALUE', 'level', 6, 8],
      ['INVALID_VALUE', 'orientation', 7, 14],
      ['INVALID_VALUE', 'workEnvironment.settings[0]', 10, 31],
      ['INVALID_VALUE', 'duties[0].category', 12, 61],
      ['INVALID_VALUE', 'permissions[0].domain', 14, 52],
    ]);
    const [level, orientation] = r.diagnostics;
    expect(level!.message).toBe(
      '"lead" is not allowed here; use one of: engineer, senior, staff, manager, principal, director.',
    );
    expect(level!.hint).toBe(
      'The levels are defined under `architecture.levels` in catalog.yaml: add "lead" there, or use one of them.',
    );
    expect(orientation!.hint).toBe(
      'Add "customer" to the orientations vocabulary in vocabulary.yaml, or use an existing id.',
    );
    expect(r.catalog.roles.size).toBe(0);
  });

  test('a track the level is not on', () => {
    const r = load({ ...base, 'x.yaml': role('x', 'senior', ['track: management']) });
    expect(r.diagnostics.map((d) => [d.code, d.path, d.message, d.hint])).toEqual([
      [
        'INVALID_VALUE',
        'track',
        'The level "senior" of role "x" is not on its track "management".',
        '"senior" is on "ic"; name one of them as `track`, or change the level.',
      ],
    ]);
  });

  test('a track and a level that do not fit, inherited from two places, are reported at the extends', () => {
    const r = load({
      ...base,
      'parent.yaml': role('parent', 'staff', ['track: ic']),
      'child.yaml': role('child', 'manager', ['extends: parent']).replace(/^title:.*\n/m, ''),
      'x.yaml': role('x', 'engineer', ['extends: parent', 'track: management']),
    });
    expect(r.diagnostics.map((d) => [d.code, d.file, d.path, d.message])).toEqual([
      ['INVALID_VALUE', 'child.yaml', 'level', 'The level "manager" of role "child" is not on its track "ic".'],
      ['INVALID_VALUE', 'x.yaml', 'track', 'The level "engineer" of role "x" is not on its track "management".'],
    ]);
    expect(r.catalog.find('child')).toBeUndefined();
  });

  test('a level on two tracks without `track`: a warning, and the first track', () => {
    const two = CATALOG.replace('levels: [manager, director]', 'levels: [senior, manager, director]');
    const r = load({ 'catalog.yaml': two, 'vocabulary.yaml': VOCAB, 's.yaml': role('s', 'senior') });
    expect(r.diagnostics.map((d) => [d.code, d.severity, d.path, d.hint])).toEqual([
      ['MISSING_KEY', 'warning', 'level', 'Add `track: ic` (or another of them) to the role.'],
    ]);
    expect(r.catalog.architecture.trackOf(r.catalog.find('s')!)?.id).toBe('ic');
  });

  test('`track` in a catalog without tracks says to define them or delete it', () => {
    const r = loadDocuments([
      {
        path: 'r.yaml',
        text: role('r', 'manager', ['track: ic'])
          .replace('family: software', 'family: x')
          .replace('orientation: delivery', 'orientation: customer'),
      },
    ]);
    const d = r.diagnostics.find((x) => x.path === 'track')!;
    expect(d.hint).toBe(
      'This catalog defines no career tracks: define them under `architecture.tracks` in catalog.yaml, or delete `track`.',
    );
  });

  test('catalog.yaml with a schema error still lends its architecture: no cascade of level errors', () => {
    const broken = CATALOG.replace('languages: [zh, en]', 'languages: [zh, en]\nlanguage: zh');
    const r = load({ 'catalog.yaml': broken, 'vocabulary.yaml': VOCAB, ...ROLES });
    expect(r.diagnostics.map((d) => [d.code, d.file, d.path])).toEqual([['UNKNOWN_KEY', 'catalog.yaml', 'language']]);
    expect(r.catalog.roles.size).toBe(5);
  });

  test('without a vocabulary of its own, a catalog gets the built-in list; with one, exactly its entries', () => {
    const builtIn = loadDocuments([
      { path: 'r.yaml', text: role('r', 'manager').replace('orientation: delivery', 'orientation: customer') },
    ]);
    expect(builtIn.diagnostics.filter((d) => d.code === 'INVALID_VALUE')).toEqual([]);
    const own = load({
      ...base,
      'r.yaml': role('r', 'senior').replace('orientation: delivery', 'orientation: customer'),
    });
    expect(own.diagnostics.map((d) => [d.code, d.path])).toEqual([['INVALID_VALUE', 'orientation']]);
  });
});

describe('the architecture section holds together', () => {
  const catalogWith = (architecture: string) =>
    `apiVersion: rolematrix/v1\nkind: Catalog\nname: { zh: 目录, en: Catalog }\nlanguages: [zh, en]\narchitecture:\n${architecture}`;
  test('duplicate ids, grades on some levels only, grades going down, unknown and misordered track levels', () => {
    const r = loadDocuments([
      {
        path: 'catalog.yaml',
        text: catalogWith(
          [
            '  levels:',
            '    - { id: a, label: { zh: 甲, en: A }, grade: 2 }',
            '    - { id: b, label: { zh: 乙, en: B }, grade: 1 }',
            '    - { id: a, label: { zh: 丙, en: C }, grade: 3 }',
            '    - { id: d, label: { zh: 丁, en: D } }',
            '  tracks:',
            '    - { id: t, label: { zh: 通道, en: Track }, levels: [b, a, x] }',
            '    - { id: t, label: { zh: 通道, en: Track }, levels: [a] }',
            '',
          ].join('\n'),
        ),
      },
    ]);
    expect(r.diagnostics.map((d) => [d.code, d.path, d.line])).toEqual([
      ['DUPLICATE_ID', 'architecture.levels[2].id', 9],
      ['MISSING_KEY', 'architecture.levels[3]', 10],
      // not every level has a grade, so levels compare by their place: b (2nd) after a (1st) is out of order
      ['INVALID_VALUE', 'architecture.tracks[0].levels[1]', 12],
      ['DANGLING_REFERENCE', 'architecture.tracks[0].levels[2]', 12],
      ['DUPLICATE_ID', 'architecture.tracks[1].id', 13],
    ]);
    const graded = loadDocuments([
      {
        path: 'catalog.yaml',
        text: catalogWith(
          [
            '  levels:',
            '    - { id: a, label: { zh: 甲, en: A }, grade: 2 }',
            '    - { id: b, label: { zh: 乙, en: B }, grade: 1 }',
            '  tracks:',
            '    - { id: t, label: { zh: 通道, en: Track }, levels: [a, b] }',
            '',
          ].join('\n'),
        ),
      },
    ]);
    const twice = loadDocuments([
      {
        path: 'catalog.yaml',
        text: catalogWith(
          [
            '  levels:',
            '    - { id: a, label: { zh: 甲, en: A }, grade: 1 }',
            '    - { id: b, label: { zh: 乙, en: B }, grade: 2 }',
            '    - { id: c, label: { zh: 丙, en: C }, grade: 2 }',
            '  tracks:',
            '    - { id: t, label: { zh: 通道, en: Track }, levels: [a, a, b, c] }',
            '',
          ].join('\n'),
        ),
      },
    ]);
    expect(twice.diagnostics.map((d) => [d.code, d.path])).toEqual([
      ['DUPLICATE_ID', 'architecture.tracks[0].levels[1]'],
      ['INVALID_VALUE', 'architecture.tracks[0].levels[3]'],
    ]);
    expect(graded.diagnostics.map((d) => [d.code, d.path, d.message])).toEqual([
      [
        'INVALID_VALUE',
        'architecture.levels[1].grade',
        'The level "b" (grade 1) comes after "a" (grade 2); levels are listed lowest first.',
      ],
      [
        'INVALID_VALUE',
        'architecture.tracks[0].levels[1]',
        'On the track "t", the level "b" comes after the higher level "a"; a track lists its levels lowest first.',
      ],
    ]);
  });
});

describe('remove: leaving out inherited items', () => {
  const parent = role('parent', 'senior', [
    'duties:',
    '  - { id: build, title: { zh: 开发功能, en: Build features }, category: development }',
    '  - { id: review, title: { zh: 评审代码, en: Review code }, category: code-review }',
  ]);
  test('the child has the parent’s items but the removed ones; a grandchild inherits the child’s', () => {
    const r = load({
      ...base,
      'parent.yaml': parent,
      'child.yaml': role('child', 'staff', ['extends: parent', 'remove: { duties: [review] }']),
      'grandchild.yaml': role('grandchild', 'principal', ['extends: child']),
    });
    expect(r.diagnostics).toEqual([]);
    expect(r.catalog.get('child' as never)!.duties!.map((d) => d.id)).toEqual(['build']);
    expect(r.catalog.get('child' as never)!.remove).toBeUndefined();
    expect(r.catalog.get('grandchild' as never)!.duties!.map((d) => d.id)).toEqual(['build']);
  });

  test('without extends, for an item both restated and removed', () => {
    const r = load({
      ...base,
      'parent.yaml': parent,
      'lone.yaml': role('lone', 'staff', ['remove: { duties: [review] }']),
      'both.yaml': role('both', 'staff', [
        'extends: parent',
        'duties:',
        '  - { id: review, title: { zh: 评审, en: Review }, category: code-review }',
        'remove: { duties: [review] }',
      ]),
    });
    expect(r.diagnostics.map((d) => [d.code, d.file, d.path, d.message])).toEqual([
      ['INVALID_VALUE', 'both.yaml', 'remove.duties[0]', 'Role "both" both restates and removes the duty "review".'],
      ['INVALID_VALUE', 'lone.yaml', 'remove', 'Role "lone" removes inherited items but extends no role.'],
    ]);
  });
});

describe('remove and KPI weights', () => {
  test('a child that only removes a weighted KPI gets the weights finding, at its remove', () => {
    const parentKpis = role('parent', 'senior', [
      'kpis:',
      '  - { ref: a-kpi, weight: 60 }',
      '  - { ref: b-kpi, weight: 40 }',
    ]);
    const kpis = `---
apiVersion: rolematrix/v1
kind: Vocabulary
vocabulary: kpis
entries:
  - { id: a-kpi, label: { zh: 甲, en: A }, type: qualitative }
  - { id: b-kpi, label: { zh: 乙, en: B }, type: qualitative }
`;
    const r = load({
      'catalog.yaml': CATALOG,
      'vocabulary.yaml': VOCAB + kpis,
      'parent.yaml': parentKpis,
      'child.yaml': role('child', 'staff', ['extends: parent', 'remove: { kpis: [b-kpi] }']),
    });
    expect(r.diagnostics.map((d) => [d.code, d.file, d.path, d.message])).toEqual([
      [
        'KPI_WEIGHTS_SUM',
        'child.yaml',
        'remove.kpis',
        'The KPI weights of role "child" sum to 60, not 100. Of that, 60 comes from KPIs inherited from "parent": a-kpi (60).',
      ],
    ]);
  });
});

describe('dotted reporting lines', () => {
  test('twice, or to the solid line’s role: reported; a child’s own list replaces the inherited one', () => {
    const r = load({
      ...base,
      ...ROLES,
      'staff.yaml': role('staff', 'staff', ['reportsTo: manager', 'dottedReportsTo: [director, director, manager]']),
      'staff2.yaml': role('staff2', 'staff', ['extends: staff', 'reportsTo: director', 'dottedReportsTo: [principal]']),
    });
    expect(r.diagnostics.map((d) => [d.code, d.file, d.path])).toEqual([
      ['DUPLICATE_ID', 'staff.yaml', 'dottedReportsTo[1]'],
      ['INVALID_VALUE', 'staff.yaml', 'dottedReportsTo[2]'],
    ]);
    expect(r.catalog.find('staff2')!.dottedReportsTo).toEqual(['principal']);
  });

  test('a dotted line to a role the catalog lacks, and one to the role itself', () => {
    const r = load({
      ...base,
      ...ROLES,
      'staff.yaml': role('staff', 'staff', ['dottedReportsTo: [directr, staff]']),
    });
    expect(r.diagnostics.map((d) => [d.code, d.path, d.hint])).toEqual([
      ['DANGLING_REFERENCE', 'dottedReportsTo[0]', 'Did you mean "director"?'],
      ['SELF_REFERENCE', 'dottedReportsTo[1]', 'Remove it from `dottedReportsTo`.'],
    ]);
  });
});

describe('diff of reporting lines and level', () => {
  test('a move between two levels of one grade (another track) is a change, neither raised nor lowered', () => {
    const staff = good.catalog.get('staff' as never)!;
    const moved = { ...staff, level: 'manager' };
    const changes = diffRole(staff, moved, good.catalog).filter((c) => c.dimension === 'level');
    expect(changes.map((c) => [c.kind, c.demand])).toEqual([['field-changed', 'neutral']]);
  });

  test('a new dotted line and a raised level are changes', () => {
    const before = good.catalog.get('engineer' as never)!;
    const after = { ...before, level: 'senior', dottedReportsTo: ['principal' as never] };
    const changes = diffRole(before, after, good.catalog).map((c) => [c.kind, c.path ?? c.dimension]);
    expect(changes).toEqual(expect.arrayContaining([['level-raised', 'level']]));
    expect(changes.some(([, p]) => p === 'dottedReportsTo')).toBe(true);
  });
});

describe('buildsOn: shipped', () => {
  const catalog = CATALOG.replace('languages: [zh, en]', 'languages: [zh, en]\nbuildsOn: shipped');
  // A role that uses a shipped family, a shipped KPI and the built-in orientation list (the catalog has none of its own).
  const r = role('support-engineer', 'senior', ['kpis: [{ ref: customer-satisfaction }]'])
    .replace('family: software', 'family: customer-service')
    .replace('orientation: delivery', 'orientation: customer');

  test('the shipped vocabularies and built-in lists are the base; the catalog adds to them', () => {
    const loaded = loadDocuments(
      [
        { path: 'catalog.yaml', text: catalog },
        { path: 'r.yaml', text: r },
      ],
      { resolveBase: shippedVocabularies },
    );
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.catalog.roles.size).toBe(1);
    expect(loaded.catalog.label('families', 'customer-service', 'en')).toBe('Customer service');
    expect(loaded.catalog.architecture.graded).toBe(true);
  });

  test('a loader without the shipped vocabularies says so at `buildsOn`', () => {
    const loaded = loadDocuments([{ path: 'catalog.yaml', text: catalog }]);
    expect(loaded.diagnostics.map((d) => [d.code, d.path, d.line])).toEqual([['INVALID_VALUE', 'buildsOn', 5]]);
  });
});
