import { describe, expect, test } from 'vitest';
import { catalog } from '../../src/catalog/shipped.js';
import {
  evaluate,
  formatQueryError,
  parseQuery,
  q,
  query,
  type QueryError,
  type QueryNode,
} from '../../src/query/index.js';

function error(expr: string): QueryError {
  const r = query(catalog, expr);
  if (r.ok) throw new Error(`${expr} parsed`);
  expect(r.expr).toBe(expr);
  return r.error;
}

const LEVELS = 'staff, senior, supervisor, manager, director, executive';
const LEVELS_ZH = 'staff、senior、supervisor、manager、director、executive';

/** The English part of an error: message, column, length and hint. */
type English = Omit<QueryError, 'zh'>;
function english(e: QueryError): English {
  const { zh: _zh, ...en } = e;
  return en;
}

describe('malformed expressions: message, column and length', () => {
  test.each<[string, string, English]>([
    [
      'empty',
      '',
      {
        message: 'The query is empty; write a condition such as kpi:customer-satisfaction, or words to search for.',
        column: 1,
        length: 0,
      },
    ],
    [
      'blank',
      '   ',
      {
        message: 'The query is empty; write a condition such as kpi:customer-satisfaction, or words to search for.',
        column: 1,
        length: 0,
      },
    ],
    [
      'unterminated quote',
      'title:"risk management',
      { message: 'The quote " is never closed; add a closing " after the quoted text.', column: 7, length: 16 },
    ],
    [
      'unterminated single quote',
      "kpi:x or 'a b",
      { message: "The quote ' is never closed; add a closing ' after the quoted text.", column: 10, length: 4 },
    ],
    [
      'dangling and at the end',
      'kpi:customer-satisfaction and',
      { message: '"and" needs a condition after it.', column: 27, length: 3 },
    ],
    [
      'dangling and at the start',
      'and kpi:customer-satisfaction',
      { message: '"and" needs a condition before it.', column: 1, length: 3 },
    ],
    [
      'and before or',
      'level>=manager and or kpi:x',
      { message: '"and" needs a condition after it.', column: 16, length: 3 },
    ],
    ['dangling ||', 'level>=manager ||', { message: '"||" needs a condition after it.', column: 16, length: 2 }],
    ['dangling 或', '投诉 或', { message: '"或" needs a condition after it.', column: 4, length: 1 }],
    ['dangling not', 'level>=manager and not', { message: '"not" needs a condition after it.', column: 20, length: 3 }],
    [
      'unclosed parenthesis',
      '(kpi:customer-satisfaction or level>=director',
      { message: 'The "(" is never closed; add ")" where the group ends.', column: 1, length: 1 },
    ],
    [
      'stray closing parenthesis',
      'kpi:customer-satisfaction)',
      {
        message: 'There is no "(" for this ")" to close; remove it, or add "(" where the group starts.',
        column: 26,
        length: 1,
      },
    ],
    [
      'empty parentheses',
      'level>=manager ( )',
      { message: 'The parentheses are empty; put a condition between them.', column: 16, length: 3 },
    ],
    [
      'operator without a field',
      '>=manager',
      {
        message: '">=" must follow a field name, as in level>=manager or kpi:customer-satisfaction.',
        column: 1,
        length: 2,
      },
    ],
    [
      'quoted field name',
      '"kpi":x',
      { message: 'A field name is written without quotes, as in title:"project manager".', column: 1, length: 5 },
    ],
    [
      'missing value',
      'level>= and kpi:x',
      { message: '"level>=" needs a value after ">=", e.g. level>=manager.', column: 6, length: 2 },
    ],
    [
      'empty quoted value',
      'kpi:""',
      { message: 'The value after ":" is empty; write one between the quotes.', column: 5, length: 2 },
    ],
    [
      'empty quotes',
      'kpi:x ""',
      { message: 'The quotes are empty; put a word or phrase between them.', column: 7, length: 2 },
    ],
    [
      'nothing to search for',
      'the',
      {
        message:
          '"the" has no words to search for (only punctuation or words as common as "the" or "的"); use a more specific word.',
        column: 1,
        length: 3,
      },
    ],
    [
      'unknown field',
      'leve>=manager',
      {
        message:
          '"leve" is not a field; use one of id, title, family, level, track, orientation, reportsTo, extends, duty, permission, authority, education, major, experience.years, experience.management, skill, trait, tool, certification, kpi, audience, channel, career, setting.',
        column: 1,
        length: 4,
        hint: 'Did you mean "level"?',
      },
    ],
    [
      'bad scale value',
      'education>=phd',
      {
        message: '"phd" is not an education level; use one of none, secondary, associate, bachelor, master, doctorate.',
        column: 12,
        length: 3,
      },
    ],
    [
      'bad level, with a suggestion',
      'family:customer-service and level>=mangr',
      {
        message: `"mangr" is not a level; use one of ${LEVELS}.`,
        column: 36,
        length: 5,
        hint: 'Did you mean "manager"?',
      },
    ],
    [
      'bad level in Chinese, suggesting the label',
      'level:经里',
      { message: `"经里" is not a level; use one of ${LEVELS}.`, column: 7, length: 2, hint: 'Did you mean "经理"?' },
    ],
    [
      'bad authority',
      'permission:budget>=decide',
      {
        message:
          '"decide" is not an authority; use one of informed, consulted, proposes, participates, executes, decides, approves.',
        column: 20,
        length: 6,
        hint: 'Did you mean "decides"?',
      },
    ],
    [
      'bad orientation',
      'orientation:projects',
      {
        message: '"projects" is not an orientation; use one of customer, project, operations, commercial.',
        column: 13,
        length: 8,
        hint: 'Did you mean "project"?',
      },
    ],
    [
      'not a number',
      'experience.years<=three',
      { message: '"three" is not a number of years; write a number such as 3.', column: 19, length: 5 },
    ],
    [
      '>= on a field with no order',
      'family>=customer-service',
      {
        message: '"family" has no order, so ">=" cannot compare it; use ":" (has), "=" (exactly) or "!=" (not).',
        column: 7,
        length: 2,
      },
    ],
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
    [
      'a comparison after a field that takes none',
      'kpi:customer-satisfaction>=90',
      {
        message:
          '"kpi" takes no comparison after its value; join another condition with and, e.g. kpi:customer-satisfaction and level>=manager.',
        column: 26,
        length: 2,
      },
    ],
    [
      'a colon as qualifier',
      'permission:budget:decides',
      {
        message: 'Compare the authority with =, !=, >=, <=, > or <, e.g. permission:budget>=decides.',
        column: 18,
        length: 1,
      },
    ],
    [
      'two qualifiers',
      'skill:communication>=advanced<=expert',
      { message: 'Only one comparison may follow a value; join another condition with and.', column: 30, length: 2 },
    ],
    [
      'unknown vocabulary entry',
      'kpi:custmer-satisfaction',
      {
        message:
          '"custmer-satisfaction" does not name a KPI in the catalog (by id, label, alias or their words); e.g. kpi:customer-satisfaction.',
        column: 5,
        length: 20,
        hint: 'Did you mean "customer-satisfaction"?',
      },
    ],
    [
      'unknown role',
      'reportsTo:project-directr',
      {
        message:
          '"project-directr" is not a role in the catalog; give a role id or title, e.g. customer-service-director.',
        column: 11,
        length: 15,
        hint: 'Did you mean "project-director"?',
      },
    ],
    [
      'unknown permission',
      'permission:hirng>=decides',
      {
        message:
          '"hirng" names no permission in the catalog (by id, domain or words of its title); e.g. permission:budget or permission:hiring-decision.',
        column: 12,
        length: 5,
      },
    ],
    [
      'unknown duty',
      'duty:xyz',
      {
        message:
          '"xyz" names no duty in the catalog (by id, or words of its title or keywords); e.g. duty:risk-management or duty:投诉.',
        column: 6,
        length: 3,
      },
    ],
    [
      'no such title',
      'title:astronaut',
      {
        message:
          'No role title or alias in the catalog contains "astronaut"; search all of a role\'s text by writing the words without a field.',
        column: 7,
        length: 9,
      },
    ],
  ])('%s: %s', (_what, expr, expected) => {
    expect(english(error(expr))).toEqual(expected);
  });

  test('catalog errors come in the order of the text, after syntax errors', () => {
    // Levels are the catalog's own: a bad one is a catalog error, found in the order of the text.
    expect(error('kpi:nope and level>=bogus').column).toBe(5);
    expect(error('level>=bogus and kpi:nope').column).toBe(8);
    expect(error('kpi:customer-satisfaction and level>=bogus and (').column).toBe(48);
    expect(error('kpi:nope and duty:nope').column).toBe(5);
  });

  test('nesting deeper than 64 levels is refused, not a stack overflow', () => {
    const deep = `${'('.repeat(100)}kpi:x${')'.repeat(100)}`;
    expect(error(deep)).toEqual({
      message: 'The query nests parentheses and "not" more than 64 levels deep; simplify it.',
      column: 65,
      length: 1,
      zh: { message: '查询中括号和 "not" 的嵌套超过了 64 层；请简化查询。' },
    });
    expect(error(`${'not '.repeat(70)}kpi:x`).column).toBe(257); // the 65th "not"
  });

  test('a query of more than 1,000 tokens is refused at the first one past the cap, in linear time', () => {
    const words = Array.from({ length: 100_000 }, (_, i) => `w${i}`);
    const expr = words.join(' ');
    const e = error(expr);
    expect(e.message).toBe('The query has 100000 words, operators and brackets; at most 1000 are read.');
    expect(e.zh.message).toBe('查询有 100000 个词、运算符和括号，最多读取 1000 个。');
    expect(e.hint).toContain('check-jd <file> --role auto');
    // It points at the 1,001st word and runs to the end.
    const start = expr.indexOf(' w1000 ') + 2;
    expect(e.column).toBe(start);
    expect(e.length).toBe(expr.length - start + 1);
    // 1,000 tokens are still a query.
    expect(parseQuery(words.slice(0, 1000).join(' ')).ok).toBe(true);
  });

  test("parseQuery alone reports syntax and scale errors, not catalog ones (levels are a catalog's own)", () => {
    expect(parseQuery('kpi:nope').ok).toBe(true);
    expect(parseQuery('level>=nope').ok).toBe(true);
    expect(parseQuery('education>=nope')).toMatchObject({ ok: false, error: { column: 12, length: 4 } });
  });
});

describe('every error in Chinese too', () => {
  test.each<[string, string, QueryError['zh']]>([
    ['empty', '', { message: '查询是空的；请写一个条件（例如 kpi:customer-satisfaction），或要搜索的词。' }],
    ['unterminated quote', 'title:"risk management', { message: '引号 " 没有闭合；请在引用的文字后面补上 "。' }],
    ['unterminated curly quote', 'title:“风险管理', { message: '引号 “ 没有闭合；请在引用的文字后面补上 ”。' }],
    ['dangling and at the end', 'kpi:customer-satisfaction and', { message: '"and" 后面缺少条件。' }],
    ['dangling and at the start', 'and kpi:customer-satisfaction', { message: '"and" 前面缺少条件。' }],
    ['dangling 或', '投诉 或', { message: '"或" 后面缺少条件。' }],
    ['dangling not', 'level>=manager and not', { message: '"not" 后面缺少条件。' }],
    [
      'unclosed parenthesis',
      '(kpi:customer-satisfaction or level>=director',
      { message: '"(" 没有闭合；请在分组结束处补上 ")"。' },
    ],
    ['a lone parenthesis', '（', { message: '"（" 没有闭合；请补上条件和 ")"。' }],
    [
      'stray closing parenthesis',
      'kpi:customer-satisfaction)',
      { message: '这个 ")" 前面没有与之配对的 "("；请删掉它，或在分组开始处补上 "("。' },
    ],
    ['empty parentheses', 'level>=manager ( )', { message: '括号里是空的；请在括号中写一个条件。' }],
    [
      'operator without a field',
      '>=manager',
      { message: '">=" 前面应当是字段名，例如 level>=manager 或 kpi:customer-satisfaction。' },
    ],
    ['quoted field name', '"kpi":x', { message: '字段名不加引号，例如 title:"project manager"。' }],
    ['missing value', 'level>= and kpi:x', { message: '"level>=" 后面缺少值，例如 level>=manager。' }],
    ['empty quoted value', 'kpi:""', { message: '":" 后面的值是空的；请在引号中写上值。' }],
    ['empty quotes', 'kpi:x ""', { message: '引号里是空的；请在引号中写上词或短语。' }],
    [
      'nothing to search for',
      '的',
      { message: '"的" 里没有可搜索的词（只有标点，或 "the"、"的" 这类太常见的词）；请换一个更具体的词。' },
    ],
    [
      'unknown field',
      'leve>=manager',
      {
        message:
          '"leve" 不是字段；请使用以下之一：id、title、family、level、track、orientation、reportsTo、extends、duty、permission、authority、education、major、experience.years、experience.management、skill、trait、tool、certification、kpi、audience、channel、career、setting。',
        hint: '是不是要写 "level"？',
      },
    ],
    [
      'bad scale value',
      'education>=phd',
      { message: '"phd" 不是学历层次；请使用以下之一：none、secondary、associate、bachelor、master、doctorate。' },
    ],
    [
      'bad level, with a suggestion',
      'level>=mangr',
      { message: `"mangr" 不是层级；请使用以下之一：${LEVELS_ZH}。`, hint: '是不是要写 "manager"？' },
    ],
    [
      'bad level in Chinese, suggesting the label',
      'level:经里',
      { message: `"经里" 不是层级；请使用以下之一：${LEVELS_ZH}。`, hint: '是不是要写 "经理"？' },
    ],
    [
      'bad authority',
      'permission:budget>=decide',
      {
        message:
          '"decide" 不是权限等级；请使用以下之一：informed、consulted、proposes、participates、executes、decides、approves。',
        hint: '是不是要写 "decides"？',
      },
    ],
    [
      'bad skill level',
      'skill:communication>=expret',
      {
        message: '"expret" 不是技能等级；请使用以下之一：basic、working、advanced、expert。',
        hint: '是不是要写 "expert"？',
      },
    ],
    [
      'bad orientation',
      'orientation:projects',
      {
        message: '"projects" 不是导向；请使用以下之一：customer、project、operations、commercial。',
        hint: '是不是要写 "project"？',
      },
    ],
    [
      'bad setting',
      'setting:moon',
      { message: '"moon" 不是工作场所；请使用以下之一：office、call-center、on-site、remote、travel。' },
    ],
    ['not a number', 'experience.years<=three', { message: '"three" 不是年数；请写一个数字，例如 3。' }],
    [
      '>= on a field with no order',
      'family>=customer-service',
      { message: '"family" 没有高低之分，不能用 ">=" 比较；请使用 ":"（包含）、"="（等于）或 "!="（不等于）。' },
    ],
    [
      '>= on permission itself',
      'permission>=decides',
      {
        message:
          '权限本身没有高低之分，不能用 ">=" 比较；要比较相应权限的权限等级，请写 permission:budget>=decides，不限哪项权限则写 authority>=decides。',
      },
    ],
    [
      '>= on skill itself',
      'skill≥advanced',
      {
        message: '技能本身没有高低之分，不能用 "≥" 比较；要比较岗位要求的技能等级，请写 skill:communication≥advanced。',
      },
    ],
    [
      'a comparison after a field that takes none',
      'kpi:customer-satisfaction>=90',
      {
        message:
          '"kpi" 的值后面不能再跟比较；请用 and 连接另一个条件，例如 kpi:customer-satisfaction and level>=manager。',
      },
    ],
    [
      'a colon as qualifier',
      'permission:budget:decides',
      { message: '比较权限等级请用 =、!=、>=、<=、> 或 <，例如 permission:budget>=decides。' },
    ],
    [
      'two qualifiers',
      'skill:communication>=advanced<=expert',
      { message: '一个值后面只能跟一个比较；请用 and 连接另一个条件。' },
    ],
    [
      'unknown vocabulary entry',
      'kpi:custmer-satisfaction',
      {
        message:
          '目录中没有与 "custmer-satisfaction" 对应的绩效指标（按编号、名称、别称或其中的词查找）；例如 kpi:customer-satisfaction。',
        hint: '是不是要写 "customer-satisfaction"？',
      },
    ],
    [
      'unknown vocabulary entry, exactly',
      'family=custmer-service',
      {
        message:
          '目录中没有与 "custmer-service" 对应的岗位族（按编号、名称或别称精确查找）；例如 family:customer-service。',
        hint: '是不是要写 "customer-service"？',
      },
    ],
    [
      'unknown role',
      'reportsTo:project-directr',
      {
        message: '目录中没有岗位 "project-directr"；请写岗位编号或名称，例如 customer-service-director。',
        hint: '是不是要写 "project-director"？',
      },
    ],
    [
      'unknown permission',
      'permission:hirng>=decides',
      {
        message:
          '目录中没有与 "hirng" 对应的权限（按编号、领域或权限名称中的词查找）；例如 permission:budget 或 permission:hiring-decision。',
      },
    ],
    [
      'unknown duty',
      'duty:xyz',
      {
        message:
          '目录中没有与 "xyz" 对应的职责（按编号，或职责名称、关键词中的词查找）；例如 duty:risk-management 或 duty:投诉。',
      },
    ],
    [
      'unknown duty, exactly',
      'duty=xyz',
      { message: '目录中没有与 "xyz" 对应的职责（按编号或职责名称查找）；例如 duty:risk-management 或 duty:投诉。' },
    ],
    [
      'no such title',
      'title:astronaut',
      {
        message: '目录中没有哪个岗位的名称或别称包含 "astronaut"；要在岗位的全部文字中搜索，请直接写这些词，不加字段。',
      },
    ],
    [
      'no such career step',
      'career:astronaut',
      {
        message:
          '目录中没有与 "astronaut" 对应的发展路径（按岗位编号，或下一职位名称中的词查找）；例如 career:project-director。',
      },
    ],
    [
      'nesting too deep',
      `${'not '.repeat(70)}kpi:x`,
      { message: '查询中括号和 "not" 的嵌套超过了 64 层；请简化查询。' },
    ],
  ])('%s: %s', (_what, expr, zh) => {
    const e = error(expr);
    expect(e.zh).toEqual(zh);
    // a hint in one language is a hint in both
    expect(e.hint === undefined).toBe(zh.hint === undefined);
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
      [
        '投诉 且 level>=经里',
        '               ^^^^',
        `"经里" is not a level; use one of ${LEVELS}. Did you mean "经理"?`,
      ].join('\n'),
    );
  });

  test('in Chinese: the same caret line, the message and hint in Chinese', () => {
    const expr = '投诉 且 level>=经里';
    expect(formatQueryError(expr, error(expr), 'zh')).toBe(
      [
        '投诉 且 level>=经里',
        '               ^^^^',
        `"经里" 不是层级；请使用以下之一：${LEVELS_ZH}。是不是要写 "经理"？`,
      ].join('\n'),
    );
    // full-width ：and Han characters take two cells each, ≥ one
    const wide = 'kpi：客户满意度 且 level≥mangr';
    expect(formatQueryError(wide, error(wide), 'zh').split('\n')).toEqual([
      wide,
      `${' '.repeat(25)}^^^^^`,
      `"mangr" 不是层级；请使用以下之一：${LEVELS_ZH}。是不是要写 "manager"？`,
    ]);
    expect(formatQueryError('', error(''), 'zh')).toBe(
      '\n^\n查询是空的；请写一个条件（例如 kpi:customer-satisfaction），或要搜索的词。',
    );
  });

  test('English is the default', () => {
    const e = error('level>=mangr');
    expect(formatQueryError('level>=mangr', e)).toBe(formatQueryError('level>=mangr', e, 'en'));
  });

  test('an error at the end gets one caret; tabs and newlines keep the line straight', () => {
    expect(formatQueryError('', error(''))).toBe(
      '\n^\nThe query is empty; write a condition such as kpi:customer-satisfaction, or words to search for.',
    );
    expect(formatQueryError('kpi:x\tand\n', error('kpi:x\tand\n')).split('\n').slice(0, 2)).toEqual([
      'kpi:x and ',
      '      ^^^',
    ]);
  });
});

describe('built and hand-made trees', () => {
  test('errors point into the printed form of the tree', () => {
    const r = query(catalog, q.and(q.level.atLeast('manager'), q.kpi('custmer-satisfaction')));
    expect(r).toEqual({
      ok: false,
      expr: 'level>=manager and kpi:custmer-satisfaction',
      error: {
        message:
          '"custmer-satisfaction" does not name a KPI in the catalog (by id, label, alias or their words); e.g. kpi:customer-satisfaction.',
        column: 24,
        length: 20,
        hint: 'Did you mean "customer-satisfaction"?',
        zh: {
          message:
            '目录中没有与 "custmer-satisfaction" 对应的绩效指标（按编号、名称、别称或其中的词查找）；例如 kpi:customer-satisfaction。',
          hint: '是不是要写 "customer-satisfaction"？',
        },
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
