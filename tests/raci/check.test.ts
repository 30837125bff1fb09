import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { catalog as shipped } from '../../src/catalog/shipped.js';
import { main } from '../../src/cli/main.js';
import type { Diagnostic } from '../../src/errors.js';
import { listYamlFiles } from '../../src/node/files.js';
import { loadFiles } from '../../src/node/load.js';
import { applySeverities } from '../../src/errors.js';
import { checkMatrix } from '../../src/raci/check.js';
import { loadDocuments } from '../../src/catalog/load.js';
import { draftMatrix } from '../../src/raci/draft.js';
import { AUTHORITY, type RaciLetter } from '../../src/model/index.js';
import { draftTable, raciTable } from '../../src/render/raci-table.js';

const FIXTURES = new URL('../fixtures/raci/', import.meta.url).pathname;
const CATALOG_FILES = listYamlFiles(join(FIXTURES, 'catalog'));

/** The fixture catalog plus one matrix file, and the findings on that matrix. */
function check(name: string): { findings: Diagnostic[]; file: string } {
  const file = join(FIXTURES, 'matrices', `${name}.yaml`);
  const { catalog, diagnostics } = loadFiles([...CATALOG_FILES, file]);
  expect(diagnostics).toEqual([]);
  return { findings: checkMatrix(catalog.matrices.get('complaints')!, catalog), file };
}

const brief = (d: Diagnostic) => ({ code: d.code, severity: d.severity, path: d.path, line: d.line, column: d.column });

describe('one fixture per rule', () => {
  test('a clean matrix has no findings', () => {
    expect(check('clean').findings).toEqual([]);
  });

  test.each([
    [
      'no-accountable',
      [{ code: 'RACI_NO_ACCOUNTABLE', severity: 'error', path: 'activities[2].assign', line: 18, column: 5 }],
    ],
    // two A's: the second one is reported, and it also lacks the authority an A needs
    [
      'multiple-accountable',
      [
        {
          code: 'RACI_ACCOUNTABLE_WITHOUT_AUTHORITY',
          severity: 'error',
          path: 'activities[0].assign.manager',
          line: 8,
          column: 40,
        },
        {
          code: 'RACI_MULTIPLE_ACCOUNTABLE',
          severity: 'error',
          path: 'activities[0].assign.manager',
          line: 8,
          column: 40,
        },
      ],
    ],
    [
      'no-responsible',
      [{ code: 'RACI_NO_RESPONSIBLE', severity: 'error', path: 'activities[3].assign', line: 23, column: 5 }],
    ],
    [
      'unknown-role',
      [{ code: 'RACI_UNKNOWN_ROLE', severity: 'error', path: 'activities[0].assign.supervsior', line: 8, column: 52 }],
    ],
    [
      'unknown-item',
      [{ code: 'RACI_UNKNOWN_ITEM', severity: 'error', path: 'activities[2].duties.agent[1]', line: 19, column: 34 }],
    ],
    [
      'letter-not-allowed',
      [
        {
          code: 'RACI_LETTER_NOT_ALLOWED',
          severity: 'error',
          path: 'activities[3].assign.supervisor',
          line: 23,
          column: 44,
        },
      ],
    ],
    [
      'accountable-without-authority',
      [
        {
          code: 'RACI_ACCOUNTABLE_WITHOUT_AUTHORITY',
          severity: 'error',
          path: 'activities[2].assign.agent',
          line: 18,
          column: 15,
        },
      ],
    ],
    [
      'responsible-without-duty',
      [
        {
          code: 'RACI_RESPONSIBLE_WITHOUT_DUTY',
          severity: 'error',
          path: 'activities[0].assign.manager',
          line: 8,
          column: 40,
        },
      ],
    ],
    [
      'overload',
      [{ code: 'RACI_OVERLOAD', severity: 'warning', path: 'activities[5].assign.supervisor', line: 33, column: 25 }],
    ],
    // an activity nobody's duty covers has, by definition, nobody responsible for it either
    [
      'gap',
      [
        { code: 'RACI_GAP', severity: 'warning', path: 'activities[3]', line: 21, column: 5 },
        { code: 'RACI_NO_RESPONSIBLE', severity: 'error', path: 'activities[3].assign', line: 23, column: 5 },
      ],
    ],
    [
      'omission',
      [{ code: 'RACI_OMISSION', severity: 'info', path: 'activities[0].assign.agent', line: 8, column: 15 }],
    ],
    [
      'overlap',
      [{ code: 'RACI_OVERLAP', severity: 'warning', path: 'activities[3].assign.supervisor', line: 23, column: 32 }],
    ],
  ])('%s', (name, expected) => {
    const { findings, file } = check(name);
    expect(findings.map(brief)).toEqual(expected);
    for (const d of findings) {
      expect(d.file).toBe(file);
      expect(d.message.length).toBeGreaterThan(10);
      expect(d.zh.message).toMatch(/\p{Script=Han}/u);
    }
  });

  test('messages name the roles and items involved', () => {
    expect(check('accountable-without-authority').findings[0]!.message).toBe(
      '"agent" is accountable for "call-back" but holds no permission over it graded decides or above; it has small-refunds (executes).',
    );
    expect(check('unknown-role').findings[0]!.hint).toBe('Did you mean "supervisor"?');
    expect(check('overload').findings[0]!.zh.message).toBe(
      '"supervisor" 在矩阵 "complaints" 中对超过 5 项活动负责（A）。',
    );
  });
});

describe('configuration', () => {
  test('the catalog document sets severities, and off silences a rule', () => {
    const findings = check('overlap').findings;
    expect(applySeverities(findings, { RACI_OVERLAP: 'error' }).map((d) => d.severity)).toEqual(['error']);
    expect(applySeverities(findings, { RACI_OVERLAP: 'off' })).toEqual([]);
  });

  test('maxAccountable can be raised', () => {
    const file = join(FIXTURES, 'matrices', 'overload.yaml');
    const { catalog } = loadFiles([...CATALOG_FILES, file]);
    expect(checkMatrix(catalog.matrices.get('complaints')!, catalog, { maxAccountable: 7 })).toEqual([]);
  });
});

describe('drafting letters', () => {
  test('proposes A to the role that decides, R to roles whose duties cover the activity', () => {
    const { catalog } = loadFiles([...CATALOG_FILES, join(FIXTURES, 'matrices', 'clean.yaml')]);
    const draft = draftMatrix(catalog.matrices.get('complaints')!, catalog);
    const letters = Object.fromEntries(
      draft.activities.map((a) => [
        a.id,
        Object.fromEntries(Object.entries(a.cells).map(([r, c]) => [r, c.letters.join('/')])),
      ]),
    );
    expect(letters.take).toMatchObject({ agent: 'R' });
    expect(letters.resolve).toMatchObject({ supervisor: 'A/R' });
    expect(letters.improve).toMatchObject({ manager: 'A/R' });
    expect(draft.activities.find((a) => a.id === 'resolve')!.cells.supervisor!.because).toEqual({
      duties: ['resolve-escalations'],
      permissions: [{ id: 'escalated-complaints', authority: 'decides' }],
    });
  });
});

describe('drafting on the shipped matrices', () => {
  const accountable = (assign: Record<string, RaciLetter | RaciLetter[]>) =>
    Object.entries(assign)
      .filter(([, v]) => (Array.isArray(v) ? v : [v]).includes('A'))
      .map(([role]) => role);

  test("the draft's A agrees with the hand-made A on at least 80% of activities (links first)", () => {
    const rows = [...shipped.matrices.values()].flatMap((m) =>
      draftMatrix(m, shipped).activities.map((a) => ({
        id: `${m.id}/${a.id}`,
        hand: accountable(a.activity.assign),
        draft: Object.entries(a.cells)
          .filter(([, c]) => c.letters.includes('A'))
          .map(([role]) => role),
      })),
    );
    expect(rows).toHaveLength(48);
    const agree = rows.filter((r) => r.hand.join() === r.draft.join());
    // every activity of the four matrices links what it uses, so the draft reads the authors' own links
    expect(rows.filter((r) => !agree.includes(r))).toEqual([]);
    expect(agree.length / rows.length).toBeGreaterThanOrEqual(0.8);
  });

  test('without links the matcher finds the items: no activity is left empty when a role has a matching duty', () => {
    const [m] = [...shipped.matrices.values()];
    const bare = { ...m!, activities: m!.activities.map(({ duties: _d, permissions: _p, ...a }) => a) };
    const draft = draftMatrix(bare, shipped);
    const withDuty = draft.activities.filter((a) => draft.roles.some((r) => a.cells[r]!.because.duties.length > 0));
    expect(withDuty.length).toBeGreaterThan(0);
    for (const a of withDuty)
      expect(
        Object.values(a.cells).some((c) => c.letters.length > 0),
        a.id,
      ).toBe(true);
    // A goes only to a role holding decides or above over the activity
    for (const a of draft.activities)
      for (const c of Object.values(a.cells))
        if (c.letters.includes('A'))
          expect(c.because.permissions.some((p) => AUTHORITY.rank(p.authority) >= AUTHORITY.rank('decides'))).toBe(
            true,
          );
  });
});

describe('the letter grid', () => {
  test('marks the cell a finding points at', () => {
    const file = join(FIXTURES, 'matrices', 'accountable-without-authority.yaml');
    const { catalog } = loadFiles([...CATALOG_FILES, file]);
    const m = catalog.matrices.get('complaints')!;
    const t = raciTable(m, catalog, 'en', checkMatrix(m, catalog));
    expect(t.columns).toEqual(['Activity', 'Service agent', 'Service supervisor', 'Service manager']);
    const row = t.rows.find((r) => r.cells[0]!.lines[0] === 'Call the customer back')!;
    expect(row.cells[1]).toEqual({ lines: ['A/R', 'RACI_ACCOUNTABLE_WITHOUT_AUTHORITY'], mark: 'error', value: 1 });
    expect(row.cells[2]).toEqual({ lines: ['I'], value: 0.2 });
  });

  test('Chinese labels use full-width punctuation', () => {
    const file = join(FIXTURES, 'matrices', 'accountable-without-authority.yaml');
    const { catalog } = loadFiles([...CATALOG_FILES, file]);
    const m = catalog.matrices.get('complaints')!;
    expect(raciTable(m, catalog, 'zh', checkMatrix(m, catalog)).caption).toBe(
      'R 执行 · A 负责批准 · S 协助 · C 征询 · I 知会 — 1 个问题（其中 1 个错误）',
    );
    expect(raciTable(m, catalog, 'en', checkMatrix(m, catalog)).caption).toBe(
      'R responsible · A accountable · S supportive · C consulted · I informed — 1 finding (1 error)',
    );
    const draft = draftMatrix(m, catalog);
    const col = draft.roles.indexOf('supervisor') + 1;
    const row = draft.activities.findIndex((a) => a.id === 'resolve');
    const zh = draftTable(draft, catalog, 'zh');
    expect(zh.title).toBe('投诉处理（草拟，待人工复核）');
    expect(zh.rows[row]!.cells[col]!.lines).toEqual(['A/R', 'resolve-escalations', 'escalated-complaints（决定）']);
    const en = draftTable(draft, catalog, 'en');
    expect(en.title).toBe('Complaint handling (draft, for review)');
    expect(en.rows[row]!.cells[col]!.lines).toEqual(['A/R', 'resolve-escalations', 'escalated-complaints (Decides)']);
  });
});

describe('the shipped matrices', () => {
  test('there are four, and none has an error', () => {
    expect([...shipped.matrices.keys()].sort()).toEqual([
      'account-management',
      'complaint-handling',
      'project-delivery',
      'service-positions',
    ]);
    for (const m of shipped.matrices.values()) {
      const errors = checkMatrix(m, shipped).filter((d) => d.severity === 'error');
      expect(errors, m.id).toEqual([]);
    }
  });
});

describe('rolematrix raci', () => {
  const run = async (...argv: string[]) => {
    let stdout = '';
    let stderr = '';
    const code = await main(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
    return { code, stdout, stderr };
  };

  test('a matrix with an error: the grid on stdout, the located finding on stderr, exit 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rolematrix-raci-'));
    cpSync(join(FIXTURES, 'catalog'), dir, { recursive: true });
    cpSync(join(FIXTURES, 'matrices', 'accountable-without-authority.yaml'), join(dir, 'matrix.yaml'));
    try {
      const r = await run('raci', 'complaints', '--dir', dir, '--format', 'md');
      expect(r.code).toBe(1);
      expect(r.stdout).toContain('— 1 finding (1 error)');
      expect(r.stdout).toContain(
        '| Call the customer back | ✗ A/R<br>RACI\\_ACCOUNTABLE\\_WITHOUT\\_AUTHORITY | I |  |',
      );
      expect(r.stderr).toBe(
        `${join(dir, 'matrix.yaml')}:18:15 activities[2].assign.agent: "agent" is accountable for "call-back" but holds no permission over it graded decides or above; it has small-refunds (executes). [RACI_ACCOUNTABLE_WITHOUT_AUTHORITY]\n` +
          "  hint: Give the A to the role that decides here, grade the role's permission decides or approves, or link the permission under `permissions: { agent: [...] }`.\n",
      );
      expect((await run('raci', 'complaints', '--dir', dir, '--format', 'json')).code).toBe(1);
      expect((await run('raci', 'clean', '--dir', dir)).code).toBe(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('--role lists one role across the shipped matrices', async () => {
    const r = await run('raci', '--role', 'call-center-agent', '--format', 'md', '--lang', 'zh');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('### 岗位职责分工：呼叫中心客服专员');
  });

  test('an unknown matrix is a usage error with a suggestion', async () => {
    const r = await run('raci', 'complaint-handlng');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Did you mean "complaint-handling"?');
  });
});

test('RACI_OVERLAP leaves out a role and one it extends, as lint and overlaps do: the heir inherits the permission', () => {
  const files = CATALOG_FILES.map((path) => ({ path, text: readFileSync(path, 'utf8') }));
  const heir = {
    path: 'senior-supervisor.yaml',
    text: 'apiVersion: rolematrix/v1\nkind: Role\nid: senior-supervisor\nextends: supervisor\ntitle: { zh: 资深主管, en: Senior supervisor }\n',
  };
  // Two roles that both decide over one escalated complaint: the supervisor and either its heir or the manager.
  const matrix = (other: string, permission: string) => ({
    path: 'm.yaml',
    text: [
      'apiVersion: rolematrix/v1',
      'kind: ResponsibilityMatrix',
      'id: complaints',
      'title: { zh: 投诉处理, en: Complaint handling }',
      'activities:',
      '  - id: resolve',
      '    title: { zh: 处理升级投诉, en: Resolve the escalated complaint }',
      `    assign: { supervisor: [A, R], ${other}: C }`,
      '    duties: { supervisor: [resolve-escalations] }',
      `    permissions: { supervisor: [escalated-complaints], ${other}: [${permission}] }`,
      '',
    ].join('\n'),
  });
  const overlaps = (other: string, permission: string) => {
    const { catalog, diagnostics } = loadDocuments([...files, heir, matrix(other, permission)]);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    return checkMatrix(catalog.matrices.get('complaints')!, catalog)
      .filter((d) => d.code === 'RACI_OVERLAP')
      .map((d) => d.path);
  };
  expect(overlaps('manager', 'process-changes')).toEqual(['activities[0].assign.manager']);
  expect(overlaps('senior-supervisor', 'escalated-complaints')).toEqual([]);
});
