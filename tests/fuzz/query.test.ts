// Fuzzing the query parser and engine with mutations of the queries the docs show, run against the shipped catalog:
// any text is a result or an error at a column, never a throw.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { catalog } from '../../src/catalog/shipped.js';
import { formatQuery, formatQueryError, parseQuery, query, withoutSpans } from '../../src/query/index.js';
import { check, fuzz } from './fuzz.js';
import { mutatedSeed } from './mutate.js';

/** Queries from docs/query.md and the README, each valid against the shipped catalog. */
const QUERIES = [
  'kpi:customer-satisfaction and permission:hiring>=decides and not orientation:project',
  '投诉 且 level>=manager',
  'family:customer-service and level>=manager',
  "title:'project manager' and level>=manager",
  'certification:pmp or family:customer-service and level>=director',
  '(certification:pmp or family:customer-service) and level>=director',
  'not family:customer-service and level>=manager',
  'id:项目经理',
  'title:总监',
  'reportsTo:customer-service-supervisor',
  'extends:project-manager',
  'duty:risk-management',
  'permission:budget>=decides',
  'authority>=approves',
  'education>=bachelor',
  'major:computer-science',
  'experience.years<=3',
  'experience.management>=3',
  'skill:communication>=expert',
  'trait:patience',
  'tool:crm',
  'audience:供应商',
  'channel:phone',
  'career:marketing',
  'setting:travel',
  'permission:hiring>=decides',
  'education:大专',
  'skill:风险评估',
  'kpi:首次',
  'level>=经理 或 "risk management"',
  'title="Project Manager" || kpi:satisfaction && !tool:crm',
  '（orientation：customer 或 setting≠office）',
];

const SNIPPETS = [
  ' and ',
  ' or ',
  ' not ',
  ' 且 ',
  ' 或 ',
  ' 非 ',
  '&&',
  '||',
  '!',
  '(',
  ')',
  '（',
  '）',
  ':',
  '：',
  '=',
  '!=',
  '>=',
  '<=',
  '≥',
  '≠',
  '"',
  "'",
  '“',
  '”',
  '\\',
  'kpi',
  'level',
  'leve',
  'permission:',
  'experience.years>=',
  '99999999999999999999',
  '1e400',
  'NaN',
  '-0',
];

const ROLE_IDS = new Set(catalog.roles.keys());

/** Runs `expr` and checks what must hold for any text: an error at a column in both languages, or catalog roles. */
function queriesSafely(expr: string): void {
  const r = query(catalog, expr);
  check(r.expr === expr, 'expr is the input', r.expr);
  if (!r.ok) {
    const e = r.error;
    check(Number.isInteger(e.column) && e.column >= 1 && e.column <= expr.length + 1, 'a column in the query', e);
    check(Number.isInteger(e.length) && e.length >= 0 && e.column - 1 + e.length <= expr.length, 'a span in it', e);
    check(/^\S.*[.]$/su.test(e.message), 'an English sentence', e);
    check(/\p{Script=Han}/u.test(e.zh.message) && e.zh.message.endsWith('。'), 'a Chinese sentence', e);
    check((e.hint === undefined) === (e.zh.hint === undefined), 'a hint in both languages or in neither', e);
    check(formatQueryError(expr, e, 'zh').split('\n').length >= 3, 'the caret display', e);
    return;
  }
  const seen = new Set<string>();
  for (const m of r.matches) {
    check(ROLE_IDS.has(m.id) && !seen.has(m.id), 'a catalog role, once', m.id);
    seen.add(m.id);
  }
  const parsed = parseQuery(expr);
  check(parsed.ok, 'parses as query() did', expr);
  if (!parsed.ok) return;
  const again = parseQuery(formatQuery(parsed.ast));
  check(
    again.ok && JSON.stringify(withoutSpans(again.ast)) === JSON.stringify(withoutSpans(parsed.ast)),
    'formatQuery reads back as the same tree',
    formatQuery(parsed.ast),
  );
}

describe('queries', () => {
  test('the seeds: every documented query is valid and finds roles', () => {
    const found = QUERIES.map((q) => {
      const r = query(catalog, q);
      return [q, r.ok ? r.matches.length > 0 : r.error.message];
    });
    expect(found.filter(([, ok]) => ok !== true)).toEqual([]);
  });

  test('mutated queries', () => {
    fuzz('query', 'mutated queries', mutatedSeed(QUERIES, SNIPPETS, 4), (m) => queriesSafely(m.text));
  });

  test('generated queries: documented queries joined, nested and negated', () => {
    const { expr } = fc.letrec<{ expr: string }>((tie) => ({
      expr: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.constantFrom(...QUERIES),
        fc
          .tuple(tie('expr'), fc.constantFrom(' and ', ' or ', ' 且 ', ' || ', ' '), tie('expr'))
          .map((p) => p.join('')),
        tie('expr').map((e) => `(${e})`),
        tie('expr').map((e) => `not ${e}`),
      ),
    }));
    fuzz('query', 'generated queries', expr, (e) => {
      queriesSafely(e);
      // joined valid queries stay valid (a bare juxtaposition is `and`)
      check(query(catalog, e).ok, 'valid', e);
    });
  });

  test.each([
    ['kpi:customer-satisfaction and', 27],
    ['(certification:pmp or family:customer-service', 1],
    ['level>=manger', 8],
    ['permission:budget>=decidez', 20],
  ])('a known-bad mutation of a documented query is an error at its column: %s', (expr, column) => {
    const r = query(catalog, expr);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.column).toBe(column);
    queriesSafely(expr);
  });
});
