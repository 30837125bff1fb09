import { describe, expect, test } from 'vitest';
import { catalog } from '../../src/catalog/shipped.js';
import { formatQuery, parseQuery, query, withoutSpans, type QueryNode } from '../../src/query/index.js';

const CSD = 'customer-service-director';
const CSM = 'customer-service-manager';

function ids(expr: string): string[] {
  const r = query(catalog, expr);
  if (!r.ok) throw new Error(`${expr}: ${r.error.message}`);
  return r.matches.map((m) => m.id);
}

function tree(expr: string): QueryNode {
  const r = parseQuery(expr);
  if (!r.ok) throw new Error(`${expr}: ${r.error.message}`);
  return withoutSpans(r.ast);
}

describe('the syntax tree', () => {
  test('carries the position of every term and value', () => {
    expect(parseQuery('family:customer-service and level>=manager')).toEqual({
      ok: true,
      ast: {
        type: 'and',
        span: { column: 1, length: 42 },
        children: [
          {
            type: 'field',
            field: 'family',
            op: ':',
            value: 'customer-service',
            span: { column: 1, length: 23 },
            valueSpan: { column: 8, length: 16 },
          },
          {
            type: 'field',
            field: 'level',
            op: '>=',
            value: 'manager',
            span: { column: 29, length: 14 },
            valueSpan: { column: 36, length: 7 },
          },
        ],
      },
    });
  });

  test('a qualifier has its own span; scale labels become ids', () => {
    expect(parseQuery('permission:预算>=决定')).toEqual({
      ok: true,
      ast: {
        type: 'field',
        field: 'permission',
        op: ':',
        value: '预算',
        qualifier: { op: '>=', value: 'decides', span: { column: 14, length: 4 } },
        span: { column: 1, length: 17 },
        valueSpan: { column: 12, length: 2 },
      },
    });
  });

  test('field aliases become the canonical name; numbers become numbers', () => {
    expect(tree('Experience<=3')).toEqual({ type: 'field', field: 'experience.years', op: '<=', value: 3 });
    expect(tree('management>=1.5')).toEqual({ type: 'field', field: 'experience.management', op: '>=', value: 1.5 });
  });

  test('free text: bare words and quoted phrases', () => {
    expect(tree('投诉 "risk management"')).toEqual({
      type: 'and',
      children: [
        { type: 'text', text: '投诉', quoted: false },
        { type: 'text', text: 'risk management', quoted: true },
      ],
    });
  });

  test('words with nothing to search for are dropped', () => {
    expect(tree('management of the risk')).toEqual(tree('management risk'));
    expect(tree('kpi:customer-satisfaction or 的')).toEqual(tree('kpi:customer-satisfaction'));
  });

  test('and / or are flattened, also through parentheses', () => {
    expect(tree('a1 and (b1 and c1) d1')).toEqual({
      type: 'and',
      children: ['a1', 'b1', 'c1', 'd1'].map((text) => ({ type: 'text', text, quoted: false })),
    });
  });
});

describe('precedence: not binds tighter than and, and tighter than or', () => {
  test('a or b and c  is  a or (b and c)', () => {
    expect(ids('certification:pmp or family:customer-service and level>=director')).toEqual([
      CSD,
      'pmo-director',
      'project-director',
      'project-manager',
      'senior-project-manager',
    ]);
    expect(tree('certification:pmp or family:customer-service and level>=director')).toEqual(
      tree('certification:pmp or (family:customer-service and level>=director)'),
    );
  });

  test('parentheses override it', () => {
    expect(ids('(certification:pmp or family:customer-service) and level>=director')).toEqual([
      CSD,
      'pmo-director',
      'project-director',
    ]);
  });

  test('not a and b  is  (not a) and b', () => {
    expect(ids('not family:customer-service and level>=manager')).toEqual([
      'customer-relationship-manager',
      'pmo-director',
      'project-director',
      'project-manager',
      'senior-project-manager',
    ]);
    expect(ids('not (family:customer-service and level>=manager)')).toEqual(
      catalog
        .list()
        .map((r) => r.id)
        .filter((id) => id !== CSD && id !== CSM),
    );
  });

  test('not not a  is  a', () => {
    expect(ids('not not orientation:project')).toEqual(ids('orientation:project'));
  });

  test('juxtaposition is and', () => {
    expect(ids('family:customer-service level>=manager')).toEqual([CSD, CSM]);
  });
});

describe('operator spellings', () => {
  const canonical = tree('(kpi:customer-satisfaction or certification:pmp) and not orientation:project');
  test.each([
    '(kpi:customer-satisfaction OR certification:pmp) AND NOT orientation:project',
    '(kpi:customer-satisfaction || certification:pmp) && !orientation:project',
    '(kpi:customer-satisfaction 或 certification:pmp) 且 非 orientation:project',
    '（kpi：customer-satisfaction 或 certification:pmp） 非 orientation:project',
  ])('%s', (expr) => {
    expect(tree(expr)).toEqual(canonical);
  });

  test('! directly before a term, && and || without spaces', () => {
    expect(tree('kpi:customer-satisfaction&&!level>=manager||certification:pmp')).toEqual(
      tree('(kpi:customer-satisfaction and not level>=manager) or certification:pmp'),
    );
  });
});

describe('quoted values', () => {
  test('double, single and Chinese quotes', () => {
    const expected = ['project-manager', 'senior-project-manager'];
    expect(ids('title:"project manager"')).toEqual(expected);
    expect(ids("title:'project manager'")).toEqual(expected);
    expect(ids('title:“project manager”')).toEqual(expected);
  });

  test('backslash escapes a quote inside quotes', () => {
    expect(tree('"say \\"hello\\""')).toEqual({ type: 'text', text: 'say "hello"', quoted: true });
  });

  test('a quoted keyword is text, not an operator', () => {
    expect(tree('"not" kpi:pmp')).toEqual({
      type: 'and',
      children: [
        { type: 'text', text: 'not', quoted: true },
        { type: 'field', field: 'kpi', op: ':', value: 'pmp' },
      ],
    });
  });

  test('an apostrophe inside a word does not start a quote', () => {
    expect(tree("company's")).toEqual({ type: 'text', text: "company's", quoted: false });
  });
});

describe('formatQuery', () => {
  test.each([
    // A level is the catalog's own: a label stays as written, and evaluate() resolves it against the catalog.
    ['family:customer-service  AND  level >= 经理', 'family:customer-service and level>=经理'],
    ['a1 || b1 && c1', 'a1 or b1 and c1'],
    ['(a1 || b1) && c1', '(a1 or b1) and c1'],
    ['!(a1 b1)', 'not (a1 and b1)'],
    ["title:'project manager' 'x y'", 'title:"project manager" and "x y"'],
    ['permission:budget ≥ 决定', 'permission:budget>=decides'],
    ['experience.years<=03', 'experience.years<=3'],
  ])('%s  →  %s', (expr, canonical) => {
    const parsed = parseQuery(expr);
    expect(parsed.ok && formatQuery(parsed.ast)).toBe(canonical);
    expect(tree(canonical)).toEqual(tree(expr));
  });
});
