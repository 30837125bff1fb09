import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { catalog } from '../../src/catalog/shipped.js';
import { AUTHORITY, EDUCATION, SKILL_LEVEL } from '../../src/model/scales.js';
import { BUILTIN_LEVELS, BUILTIN_LISTS } from '../../src/model/defaults.js';
import { matcherOf } from '../../src/match/matcher.js';
import {
  formatQuery,
  formatQueryError,
  parseQuery,
  q,
  query,
  withoutSpans,
  type QueryNode,
} from '../../src/query/index.js';

/** A plain assertion: `expect` is too slow to call thousands of times per property. */
function check(ok: boolean, what: string, detail: unknown): void {
  if (!ok) throw new Error(`${what}: ${JSON.stringify(detail)}`);
}

const ROLE_IDS = new Set(catalog.roles.keys());

/** Runs `expr` and checks what must hold for any input whatsoever. */
function queriesSafely(expr: string): void {
  const r = query(catalog, expr); // a throw fails the property, and fast-check shrinks the input
  check(r.expr === expr, 'expr is the input', r.expr);
  if (!r.ok) {
    const e = r.error;
    check(
      Number.isInteger(e.column) && e.column >= 1 && e.column <= expr.length + 1,
      `1 <= column <= ${expr.length + 1}`,
      e,
    );
    check(
      Number.isInteger(e.length) && e.length >= 0 && e.column - 1 + e.length <= expr.length,
      'the span lies within the query',
      e,
    );
    check(/^\S.*[.]$/su.test(e.message), 'a full sentence', e);
    check(e.hint === undefined || /^Did you mean ".+"\?$/su.test(e.hint), 'a did-you-mean hint', e);
    check(formatQueryError(expr, e).split('\n').length >= 3, 'the caret display', e);
    // the same error in Chinese: a sentence with Han characters, a hint exactly when there is one in English
    check(
      typeof e.zh?.message === 'string' && e.zh.message.trim() !== '' && /\p{Script=Han}/u.test(e.zh.message),
      'a Chinese message',
      e,
    );
    check(/[。]$/u.test(e.zh.message), 'a full Chinese sentence', e);
    check(
      (e.hint === undefined) === (e.zh.hint === undefined),
      'a Chinese hint exactly when there is an English one',
      e,
    );
    check(e.zh.hint === undefined || /^是不是要写 ".+"？$/su.test(e.zh.hint), 'a Chinese did-you-mean hint', e);
    const [line, carets] = formatQueryError(expr, e, 'zh').split('\n');
    const [enLine, enCarets] = formatQueryError(expr, e, 'en').split('\n');
    check(line === enLine && carets === enCarets, 'the same caret line in both languages', e);
    return;
  }
  const seen = new Set<string>();
  for (const m of r.matches) {
    check(ROLE_IDS.has(m.id) && !seen.has(m.id), 'a catalog role, once', m.id);
    seen.add(m.id);
    check(Array.isArray(m.reasons), 'reasons', m);
  }
  // the canonical form reads back into the same tree and gives the same matches
  const parsed = parseQuery(expr);
  check(parsed.ok, 'parses', expr);
  if (!parsed.ok) return;
  const again = parseQuery(formatQuery(parsed.ast));
  check(
    again.ok && JSON.stringify(withoutSpans(again.ast)) === JSON.stringify(withoutSpans(parsed.ast)),
    'formatQuery round trip',
    formatQuery(parsed.ast),
  );
  const viaTree = query(catalog, parsed.ast);
  check(
    viaTree.ok && JSON.stringify(viaTree.matches) === JSON.stringify(r.matches),
    'same matches through the tree',
    expr,
  );
}

const FRAGMENTS = [
  'kpi',
  'level',
  'permission',
  'skill',
  'education',
  'experience.years',
  'audience',
  'title',
  'duty',
  'leve',
  'authority',
  ':',
  '：',
  '=',
  '!=',
  '>=',
  '<=',
  '>',
  '<',
  '==',
  '≥',
  'and',
  'or',
  'not',
  'AND',
  '&&',
  '||',
  '!',
  '且',
  '或',
  '非',
  '(',
  ')',
  '（',
  '）',
  '"',
  "'",
  '“',
  '”',
  '\\',
  'manager',
  'decides',
  'bachelor',
  'customer-satisfaction',
  'customer-satisfation',
  'hiring',
  'budget',
  'suppliers',
  '供应商',
  '投诉',
  '经理',
  'risk',
  'management',
  'the',
  '的',
  '3',
  '-1',
  '3.5',
  '"risk management"',
  "'a b'",
];
const glue = fc.constantFrom('', ' ', '  ', '\t', '\n');
const grammarish = fc
  .array(
    fc.tuple(
      fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...FRAGMENTS) },
        { weight: 1, arbitrary: fc.string({ maxLength: 3 }) },
      ),
      glue,
    ),
    { maxLength: 14 },
  )
  .map((parts) => parts.map(([a, b]) => a + b).join(''));

describe('query() never throws on any text', () => {
  test('random strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 40 }), queriesSafely), { numRuns: 1500 });
  });

  test("strings made of the language's own pieces", () => {
    fc.assert(fc.property(grammarish, queriesSafely), { numRuns: 3000 });
  });

  test('every error from random strings has a Chinese message', () => {
    let errors = 0;
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), grammarish), (expr) => {
        const r = query(catalog, expr);
        if (r.ok) return;
        errors++;
        check(
          r.error.zh.message.length > 0 && /\p{Script=Han}/u.test(r.error.zh.message),
          'a Chinese message',
          r.error,
        );
      }),
      { numRuns: 1000 },
    );
    expect(errors).toBeGreaterThan(100);
  });

  test('the examples that matter most stay safe: each is an error at a column, or a valid query', () => {
    const examples = ['', '"', '(', ')', '!', '&&', 'not', 'kpi:', ':', '\\', '"\\', 'level>=', '((((', '投诉 或'];
    for (const e of examples) queriesSafely(e);
    // None of them is a valid query: each fails with an error whose column points into it (or just past its end).
    const columns = examples.map((e) => {
      const r = query(catalog, e);
      return r.ok ? [e, 'ok'] : [e, r.error.column];
    });
    expect(columns).toEqual([
      ['', 1],
      ['"', 1],
      ['(', 1],
      [')', 1],
      ['!', 1],
      ['&&', 1],
      ['not', 1],
      ['kpi:', 4],
      [':', 1],
      ['\\', 1],
      ['"\\', 1],
      ['level>=', 6],
      ['((((', 4],
      ['投诉 或', 4],
    ]);
  });
});

describe('built trees print and parse back to themselves', () => {
  const word = fc.constantFrom('risk', '投诉', 'crm', 'a:b', 'x"y', 'not:', 'R&D', '客户 满意', 'management of risk');
  const anyValue = fc.string({ unit: 'binary', minLength: 1, maxLength: 12 }).filter((s) => s.trim() !== '');
  const matchOp = fc.constantFrom(':' as const, '=' as const, '!=' as const);
  const anyOp = fc.constantFrom(
    ':' as const,
    '=' as const,
    '!=' as const,
    '>=' as const,
    '<=' as const,
    '>' as const,
    '<' as const,
  );
  const { node } = fc.letrec<{ node: QueryNode; leaf: QueryNode }>((tie) => ({
    leaf: fc.oneof(
      word.map((w) => q.text(w)),
      anyValue.filter((s) => matcherOf().terms(s).length > 0).map((s) => q.phrase(s)),
      fc.tuple(anyValue, matchOp).map(([v, op]) => q.kpi(v, op)),
      fc.tuple(anyValue, matchOp).map(([v, op]) => q.title(v, op)),
      fc.tuple(anyValue, fc.constantFrom(...AUTHORITY.values)).map(([v, a]) => q.permission(v).atLeast(a)),
      fc.tuple(anyValue, fc.constantFrom(...SKILL_LEVEL.values)).map(([v, l]) => q.skill(v).below(l)),
      fc.tuple(fc.constantFrom(...BUILTIN_LEVELS.map((l) => l.id)), anyOp).map(([v, op]) => q.level(v, op)),
      fc.constantFrom(...EDUCATION.values).map((v) => q.education.atMost(v)),
      fc.constantFrom(...BUILTIN_LISTS.orientations.map((e) => e.id)).map((v) => q.orientation(v)),
      fc.constantFrom(...BUILTIN_LISTS.settings.map((e) => e.id)).map((v) => q.setting(v, '!=')),
      fc
        .tuple(fc.nat(60), fc.boolean())
        .map(([n, m]) => (m ? q.experience.management.atLeast(n) : q.experience.years.atMost(n / 2))),
    ),
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      tie('leaf'),
      fc.array(tie('node'), { minLength: 1, maxLength: 3 }).map(([a, ...rest]) => q.and(a!, ...rest)),
      fc.array(tie('node'), { minLength: 1, maxLength: 3 }).map(([a, ...rest]) => q.or(a!, ...rest)),
      tie('node').map((n) => q.not(n)),
    ),
  }));

  test('parseQuery(formatQuery(tree)) is the tree', () => {
    fc.assert(
      fc.property(node, (tree) => {
        const text = formatQuery(tree);
        const back = parseQuery(text);
        check(back.ok, 'parses', { text, error: !back.ok && back.error });
        if (back.ok)
          check(JSON.stringify(withoutSpans(back.ast)) === JSON.stringify(tree), 'the same tree', { text, tree });
      }),
      { numRuns: 1500 },
    );
  });
});
