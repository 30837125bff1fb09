import { describe, expect, expectTypeOf, test } from 'vitest';
import { catalog } from '../../src/catalog/shipped.js';
import type { Authority, EducationLevel, SkillLevel } from '../../src/model/scales.js';
import { formatQuery, parseQuery, q, query, withoutSpans, type QueryNode } from '../../src/query/index.js';

function tree(expr: string): QueryNode {
  const r = parseQuery(expr);
  if (!r.ok) throw new Error(`${expr}: ${r.error.message}`);
  return withoutSpans(r.ast);
}

describe('the builder makes the trees the parser makes', () => {
  test.each<[string, QueryNode]>([
    [
      'kpi:customer-satisfaction and permission:hiring>=decides and not orientation:project',
      q.and(q.kpi('customer-satisfaction'), q.permission('hiring').atLeast('decides'), q.not(q.orientation('project'))),
    ],
    ['family:customer-service and level>=manager', q.and(q.family('customer-service'), q.level.atLeast('manager'))],
    ['education>=bachelor', q.education.atLeast('bachelor')],
    ['education>=bachelor', q.education('bachelor', '>=')],
    ['experience.years<=3', q.experience.years.atMost(3)],
    ['experience.management>1', q.experience.management.above(1)],
    ['level<supervisor', q.level.below('supervisor')],
    ['level=manager', q.level.is('manager')],
    ['level!=manager', q.level.isNot('manager')],
    ['level:manager', q.level('manager')],
    ['authority>=approves', q.authority.atLeast('approves')],
    ['skill:communication>=expert', q.skill('communication').atLeast('expert')],
    ['skill:communication', q.skill('communication')],
    ['permission=hiring-decision<decides', q.permission('hiring-decision', '=').below('decides')],
    ['audience:suppliers or channel:phone', q.or(q.audience('suppliers'), q.channel('phone'))],
    ['(a1 or b1) and c1', q.and(q.or(q.text('a1'), q.text('b1')), q.text('c1'))],
    ['risk management', q.text('risk management')],
    ['risk of management', q.text('risk of management')],
    ['"risk management"', q.phrase('risk management')],
    ['"a:b"', q.text('a:b')],
    ['setting:call-center', q.setting('call-center')],
    ['title:"project manager" id!=project-manager', q.and(q.title('project manager'), q.id('project-manager', '!='))],
    [
      'reportsTo:project-director extends:project-manager',
      q.and(q.reportsTo('project-director'), q.extends('project-manager')),
    ],
    ['duty:risk-management career:project-director', q.and(q.duty('risk-management'), q.career('project-director'))],
    [
      'major:marketing trait:empathy tool:wbs certification:pmp',
      q.and(q.major('marketing'), q.trait('empathy'), q.tool('wbs'), q.certification('pmp')),
    ],
  ])('%s', (expr, built) => {
    expect(built).toEqual(tree(expr));
  });

  test('the same results as the string form, reasons included', () => {
    const expr = 'kpi:customer-satisfaction and permission:hiring>=decides and not orientation:project';
    const built = q.and(
      q.kpi('customer-satisfaction'),
      q.permission('hiring').atLeast('decides'),
      q.not(q.orientation('project')),
    );
    const fromText = query(catalog, expr);
    expect(query(catalog, built)).toEqual(fromText);
    expect(fromText.ok && fromText.matches.map((m) => m.id)).toEqual(['customer-service-manager']);
  });

  test('built nodes are plain data: the comparison methods do not show in JSON', () => {
    const node = q.permission('budget');
    expect(JSON.parse(JSON.stringify(node))).toEqual({ type: 'field', field: 'permission', op: ':', value: 'budget' });
    expect(Object.keys(node)).toEqual(['type', 'field', 'op', 'value']);
    expect(formatQuery(node.atLeast('decides'))).toBe('permission:budget>=decides');
    expect(formatQuery(node)).toBe('permission:budget');
  });

  test('an empty text gives an error from query(), not a throw', () => {
    expect(query(catalog, q.text(' '))).toMatchObject({
      ok: false,
      expr: '" "',
      error: { message: 'The quotes are empty; put a word or phrase between them.' },
    });
    expect(query(catalog, q.text('the'))).toMatchObject({ ok: false, expr: '"the"' });
  });
});

describe('types', () => {
  test('scale values are typed by their scale; levels are ids of the catalog ladder', () => {
    expectTypeOf(q.level.atLeast).parameter(0).toEqualTypeOf<string>();
    expectTypeOf(q.education.atMost).parameter(0).toEqualTypeOf<EducationLevel>();
    expectTypeOf(q.authority.is).parameter(0).toEqualTypeOf<Authority>();
    expectTypeOf(q.permission('x').atLeast).parameter(0).toEqualTypeOf<Authority>();
    expectTypeOf(q.skill('x').atLeast).parameter(0).toEqualTypeOf<SkillLevel>();
    expectTypeOf(q.experience.years.atMost).parameter(0).toEqualTypeOf<number>();
  });

  test('wrong values do not compile', () => {
    // @ts-expect-error 'bogus' is not an authority
    q.permission('x').atLeast('bogus');
    // @ts-expect-error 'expert' is a skill level, not an authority
    q.permission('x').atLeast('expert');
    // @ts-expect-error 'decides' is an authority, not a skill level
    q.skill('communication').atLeast('decides');
    // @ts-expect-error 'phd' is not an education level
    q.education('phd');
    // @ts-expect-error years are numbers
    q.experience.years.atMost('3');
    // @ts-expect-error an ordering needs a scale: fields without order take only :, = or !=
    q.kpi('customer-satisfaction', '>=');
    // @ts-expect-error and() needs at least one condition; called anyway, it is a programmer error and throws
    expect(() => q.and()).toThrow('q.and() takes one or more conditions.');
  });

  test('a parsed level node has a string value (an id of the catalog ladder)', () => {
    const r = parseQuery('level>=manager');
    if (r.ok && r.ast.type === 'field' && r.ast.field === 'level') expectTypeOf(r.ast.value).toEqualTypeOf<string>();
  });
});
