import { describe, expect, test } from 'vitest';
import { catalog } from '../../src/catalog/shipped.js';
import { evaluate, formatQueryError, parseQuery, q, query, type QueryError, type QueryNode } from '../../src/query/index.js';

function error(expr: string): QueryError {
  const r = query(catalog, expr);
  if (r.ok) throw new Error(`${expr} parsed`);
  expect(r.expr).toBe(expr);
  return r.error;
}

const LEVELS = 'staff, senior, supervisor, manager, director, executive';

describe('malformed expressions: message, column and length', () => {
  test.each<[string, string, QueryError]>([
    ['empty', '', { message: 'The query is empty; write a condition such as kpi:customer-satisfaction, or words to search for.', column: 1, length: 0 }],
    ['blank', '   ', { message: 'The query is empty; write a condition such as kpi:customer-satisfaction, or words to search for.', column: 1, length: 0 }],
    ['unterminated quote', 'title:"risk management', { message: 'The quote " is never closed; add a closing " after the quoted text.', column: 7, length: 16 }],
    ['unterminated single quote', "kpi:x or 'a b", { message: "The quote ' is never closed; add a closing ' after the quoted text.", column: 10, length: 4 }],
    ['dangling and at the end', 'kpi:customer-satisfaction and', { message: '"and" needs a condition after it.', column: 27, length: 3 }],
    ['dangling and at the start', 'and kpi:customer-satisfaction', { message: '"and" needs a condition before it.', column: 1, length: 3 }],
    ['and before or', 'level>=manager and or kpi:x', { message: '"and" needs a condition after it.', column: 16, length: 3 }],
    ['dangling ||', 'level>=manager ||', { message: '"||" needs a condition after it.', column: 16, length: 2 }],
    ['dangling 或', '投诉 或', { message: '"或" needs a condition after it.', column: 4, length: 1 }],
    ['dangling not', 'level>=manager and not', { message: '"not" needs a condition after it.', column: 20, length: 3 }],
    ['unclosed parenthesis', '(kpi:customer-satisfaction or level>=director', { message: 'The "(" is never closed; add ")" where the group ends.', column: 1, length: 1 }],
    ['stray closing parenthesis', 'kpi:customer-satisfaction)', { message: 'There is no "(" for this ")" to close; remove it, or add "(" where the group starts.', column: 26, length: 1 }],
    ['empty parentheses', 'level>=manager ( )', { message: 'The parentheses are empty; put a condition between them.', column: 16, length: 3 }],
    ['operator without a field', '>=manager', { message: '">=" must follow a field name, as in level>=manager or kpi:customer-satisfaction.', column: 1, length: 2 }],
    ['quoted field name', '"kpi":x', { message: 'A field name is written without quotes, as in title:"project manager".', column: 1, length: 5 }],
    ['missing value', 'level>= and kpi:x', { message: '"level>=" needs a value after ">=", e.g. level>=manager.', column: 6, length: 2 }],
    ['empty quoted value', 'kpi:""', { message: 'The value after ":" is empty; write one between the quotes.', column: 5, length: 2 }],
    ['empty quotes', 'kpi:x ""', { message: 'The quotes are empty; put a word or phrase between them.', column: 7, length: 2 }],
    ['nothing to search for', 'the', { message: '"the" has no words to search for (only punctuation or words as common as "the" or "的"); use a more specific word.', column: 1, length: 3 }],
    [
      'unknown field',
      'leve>=manager',
      {
        message:
          '"leve" is not a field; use one of id, title, family, level, orientation, reportsTo, extends, duty, permission, authority, education, major, experience.years, experience.management, skill, trait, tool, certification, kpi, audience, channel, career, setting.',
        column: 1,
        length: 4,
        hint: 'Did you mean "level"?',
      },
    ],
    ['bad scale value', 'education>=phd', { message: '"phd" is not an education level; use one of none, secondary, associate, bachelor, master, doctorate.', column: 12, length: 3 }],
    ['bad level, with a suggestion', 'family:customer-service and level>=mangr', { message: `"mangr" is not a level; use one of ${LEVELS}.`, column: 36, length: 5, hint: 'Did you mean "manager"?' }],
    ['bad level in Chinese, suggesting the label', 'level:经里', { message: `"经里" is not a level; use one of ${LEVELS}.`, column: 7, length: 2, hint: 'Did you mean "经理"?' }],
    ['bad authority', 'permission:budget>=decide', { message: '"decide" is not an authority; use one of informed, consulted, proposes, participates, executes, decides, approves.', column: 20, length: 6, hint: 'Did you mean "decides"?' }],
    ['bad orientation', 'orientation:projects', { message: '"projects" is not an orientation; use one of customer, project, operations, commercial.', column: 13, length: 8, hint: 'Did you mean "project"?' }],
    ['not a number', 'experience.years<=three', { message: '"three" is not a number of years; write a number such as 3.', column: 19, length: 5 }],
    ['>= on a field with no order', 'family>=customer-service', { message: '"family" has no order, so ">=" cannot compare it; use ":" (has), "=" (exactly) or "!=" (not).', column: 7, length: 2 }],
    [
      '>= on permission itself',
      'permission>=decides',
      {
        message:
          'A permission has no order of its own, so ">=" cannot compare it; write permission:budget>=decides to compare the authority of matching permissions, or authority>=decides for any permission.',
        column: 11,
        length: 2,
      },
    ],
    ['a comparison after a field that takes none', 'kpi:customer-satisfaction>=90', { message: '"kpi" takes no comparison after its value; join another condition with and, e.g. kpi:customer-satisfaction and level>=manager.', column: 26, length: 2 }],
    ['a colon as qualifier', 'permission:budget:decides', { message: 'Compare the authority with =, !=, >=, <=, > or <, e.g. permission:budget>=decides.', column: 18, length: 1 }],
    ['two qualifiers', 'skill:communication>=advanced<=expert', { message: 'Only one comparison may follow a value; join another condition with and.', column: 30, length: 2 }],
    ['unknown vocabulary entry', 'kpi:customer-satisfation', { message: '"customer-satisfation" does not name a KPI in the catalog (by id, label, alias or their words); e.g. kpi:customer-satisfaction.', column: 5, length: 20, hint: 'Did you mean "customer-satisfaction"?' }],
    ['unknown role', 'reportsTo:project-directr', { message: '"project-directr" is not a role in the catalog; give a role id or title, e.g. customer-service-director.', column: 11, length: 15, hint: 'Did you mean "project-director"?' }],
    ['unknown permission', 'permission:hirng>=decides', { message: '"hirng" names no permission in the catalog (by id, domain or words of its title); e.g. permission:budget or permission:hiring-decision.', column: 12, length: 5 }],
    ['unknown duty', 'duty:xyz', { message: '"xyz" names no duty in the catalog (by id, or words of its title or keywords); e.g. duty:risk-management or duty:投诉.', column: 6, length: 3 }],
    ['no such title', 'title:astronaut', { message: 'No role title or alias in the catalog contains "astronaut"; search all of a role\'s text by writing the words without a field.', column: 7, length: 9 }],
  ])('%s: %s', (_what, expr, expected) => {
    expect(error(expr)).toEqual(expected);
  });

  test('catalog errors come in the order of the text, after syntax errors', () => {
    expect(error('kpi:nope and level>=bogus').column).toBe(21);
    expect(error('kpi:nope and duty:nope').column).toBe(5);
  });

  test('nesting deeper than 64 levels is refused, not a stack overflow', () => {
    const deep = `${'('.repeat(100)}kpi:x${')'.repeat(100)}`;
    expect(error(deep)).toEqual({ message: 'The query nests parentheses and "not" more than 64 levels deep; simplify it.', column: 65, length: 1 });
    expect(error(`${'not '.repeat(70)}kpi:x`).column).toBe(257); // the 65th "not"
  });

  test('parseQuery alone reports syntax and scale errors, not catalog ones', () => {
    expect(parseQuery('kpi:nope').ok).toBe(true);
    expect(parseQuery('level>=nope')).toMatchObject({ ok: false, error: { column: 8, length: 4 } });
  });
});

describe('formatQueryError', () => {
  test('a caret line under the offending part, then the message and hint', () => {
    const expr = 'family:customer-service and level>=mangr';
    expect(formatQueryError(expr, error(expr))).toBe(
      [
        'family:customer-service and level>=mangr',
        '                                   ^^^^^',
        `"mangr" is not a level; use one of ${LEVELS}. Did you mean "manager"?`,
      ].join('\n'),
    );
  });

  test('Chinese characters are two cells wide', () => {
    const expr = '投诉 且 level>=经里';
    expect(formatQueryError(expr, error(expr))).toBe(
      ['投诉 且 level>=经里', '               ^^^^', `"经里" is not a level; use one of ${LEVELS}. Did you mean "经理"?`].join('\n'),
    );
  });

  test('an error at the end gets one caret; tabs and newlines keep the line straight', () => {
    expect(formatQueryError('', error(''))).toBe('\n^\nThe query is empty; write a condition such as kpi:customer-satisfaction, or words to search for.');
    expect(formatQueryError('kpi:x\tand\n', error('kpi:x\tand\n')).split('\n').slice(0, 2)).toEqual(['kpi:x and ', '      ^^^']);
  });
});

describe('built and hand-made trees', () => {
  test('errors point into the printed form of the tree', () => {
    const r = query(catalog, q.and(q.level.atLeast('manager'), q.kpi('customer-satisfation')));
    expect(r).toEqual({
      ok: false,
      expr: 'level>=manager and kpi:customer-satisfation',
      error: {
        message: '"customer-satisfation" does not name a KPI in the catalog (by id, label, alias or their words); e.g. kpi:customer-satisfaction.',
        column: 24,
        length: 20,
        hint: 'Did you mean "customer-satisfaction"?',
      },
    });
  });

  test('a hand-made tree gets the same checks as text', () => {
    const bogus = { type: 'field', field: 'level', op: '>=', value: 'boss' } as unknown as QueryNode;
    expect(evaluate(bogus, catalog)).toMatchObject({ ok: false, expr: 'level>=boss', error: { column: 8, length: 4 } });
    const empty = { type: 'and', children: [] } as unknown as QueryNode;
    expect(evaluate(empty, catalog)).toMatchObject({ ok: false, expr: '', error: { column: 1, length: 0 } });
  });

  test('only a programmer error throws', () => {
    expect(() => query(catalog, 42 as unknown as string)).toThrow(TypeError);
  });
});
