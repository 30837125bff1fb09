import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { DIAGNOSTIC_CODES, type Diagnostic, type DiagnosticCode } from '../../src/errors.js';
import { parseJobDescription } from '../../src/jd/parse.js';
import {
  DEFAULT_TOO_LONG,
  JD_RULES,
  JD_RULE_CODES,
  runLanguageRules,
  tooLongRule,
  type LanguageRuleOptions,
} from '../../src/jd/rules/index.js';
import { phraseScanner, type PhraseCheck } from '../../src/jd/rules/scan.js';
import type { JobDescription } from '../../src/jd/types.js';
import { HOLDOUT_DIR, loadCorpus } from './corpus.js';

const jdOf = (text: string, file = 'jd.md'): JobDescription => parseJobDescription(text, file).jd;
const run = (text: string, options?: LanguageRuleOptions): Diagnostic[] => runLanguageRules(jdOf(text), options);
/** `line:column excerpt severity` of every finding of `code`, the shape the position tables use. */
const found = (text: string, code: DiagnosticCode): string[] =>
  run(text)
    .filter((d) => d.code === code)
    .map((d) => `${d.line}:${d.column} ${d.excerpt ?? ''} ${d.severity}`);
/** The text at a diagnostic's position starts with its excerpt (a trailing … marks a shortened one). */
function expectExcerptAtPosition(text: string, d: { line: number; column: number; excerpt?: string }): void {
  const excerpt = (d.excerpt ?? '').replace(/…$/u, '');
  if (excerpt === '') return;
  const line = text.split('\n')[d.line - 1];
  expect(line?.slice(d.column - 1).startsWith(excerpt), `"${excerpt}" at ${d.line}:${d.column}`).toBe(true);
}

/** A Chinese JD whose line 7 is `- ${line}`: a finding at index i of `line` is at column 3 + i. */
const zhJd = (line: string) =>
  `# 销售代表\n\n## 岗位职责\n- 开发并维护华东区域的经销商客户\n\n## 任职要求\n- ${line}\n`;
/** The English twin of zhJd. */
const enJd = (line: string) =>
  `# Sales Representative\n\n## Responsibilities\n- Win and keep distributor accounts in the east region\n\n## Requirements\n- ${line}\n`;

describe('every rule proves its examples', () => {
  const rows = JD_RULES.flatMap((rule) => [
    ...rule.examples.bad.map((example) => ({ rule, kind: 'bad' as const, example })),
    ...rule.examples.good.map((example) => ({ rule, kind: 'good' as const, example })),
  ]);

  test.each(rows)('$rule.locale $rule.code $kind: $example', ({ rule, kind, example }) => {
    const jd = jdOf(example);
    const own = rule.check(jd);
    const reported = runLanguageRules(jd).filter((d) => d.code === rule.code);
    if (kind === 'good') {
      expect(own).toEqual([]);
      expect(reported).toEqual([]);
      return;
    }
    expect(own.length).toBeGreaterThan(0);
    expect(reported.length).toBeGreaterThan(0);
    for (const f of own) {
      if (f.excerpt === '') expect([f.line, f.column]).toEqual([1, 1]);
      else expectExcerptAtPosition(example, f);
    }
  });

  test.each(JD_RULES.map((rule) => ({ rule })))(
    '$rule.locale $rule.code is documented in both languages',
    ({ rule }) => {
      expect(DIAGNOSTIC_CODES[rule.code]).toBeDefined();
      for (const t of [rule.message, rule.hint]) {
        expect(t.en).toMatch(/^[A-Z"].*[.)]$/u);
        expect(t.zh).toMatch(/\p{Script=Han}.*[。)]$/u);
      }
      expect(rule.examples.bad.length).toBeGreaterThan(0);
      expect(rule.examples.good.length).toBeGreaterThan(0);
    },
  );

  test('the rules cover every code of the brief, in both languages where they read language', () => {
    const byLocale = (l: string) =>
      JD_RULES.filter((r) => r.locale === l)
        .map((r) => r.code)
        .sort();
    const discriminatory = [
      'JD_AGE',
      'JD_APPEARANCE',
      'JD_ETHNICITY',
      'JD_GENDER',
      'JD_GENDER_CODED',
      'JD_HEALTH',
      'JD_MARITAL',
      'JD_REGION',
      'JD_VAGUE',
    ];
    expect(byLocale('zh')).toEqual(discriminatory);
    expect(byLocale('en')).toEqual(discriminatory);
    expect(byLocale('any')).toEqual(['JD_MISSING_SECTION', 'JD_TOO_LONG']);
    expect([...JD_RULE_CODES].sort()).toEqual([...discriminatory, 'JD_MISSING_SECTION', 'JD_TOO_LONG'].sort());
  });
});

describe('positions: the column of the phrase itself, not of its line', () => {
  test('35岁以下 at line 7 column 5', () => {
    expect(found(zhJd('要求35岁以下'), 'JD_AGE')).toEqual(['7:5 35岁以下 error']);
  });

  test('a diagnostic carries file, item path, excerpt and both languages', () => {
    const [d] = runLanguageRules(jdOf(zhJd('本科学历，男性优先'), 'jd/sales.md'));
    expect(d).toMatchInlineSnapshot(`
      {
        "code": "JD_GENDER",
        "column": 8,
        "excerpt": "男性优先",
        "file": "jd/sales.md",
        "hint": "Remove the gender requirement and describe the skills the job needs; write "you" or "they" for the candidate.",
        "line": 7,
        "message": "The job description asks for or prefers a gender, which excludes candidates for a reason unrelated to the work.",
        "path": "sections[1].items[0]",
        "severity": "error",
        "zh": {
          "hint": "删除性别要求，改写岗位真正需要的能力；称呼求职者时用"你"或中性表述。",
          "message": "职位描述限定或偏好某一性别，以与工作无关的理由排除了求职者。",
        },
      }
    `);
  });

  test('a phrase in a heading is found there, with an empty path', () => {
    const text = '# 前台(限女性)\n\n## 岗位职责\n- 接待来访客户\n\n## 任职要求\n- 一年以上前台经验\n';
    const [d] = run(text).filter((x) => x.code === 'JD_GENDER');
    expect(d).toMatchObject({ line: 1, column: 6, excerpt: '限女性', path: '' });
  });

  test('several phrases on one line each get their own column', () => {
    const text = zhJd('男性优先，35岁以下，本地户口，五官端正');
    expect(run(text).map((d) => `${d.column} ${d.code} ${d.excerpt}`)).toEqual([
      '3 JD_GENDER 男性优先',
      '8 JD_AGE 35岁以下',
      '14 JD_REGION 本地户口',
      '19 JD_APPEARANCE 五官端正',
    ]);
  });

  test('a phrase never runs on into the next line', () => {
    const text = enJd('No older than 35\n- 30 years old or younger');
    expect(found(text, 'JD_AGE')).toEqual(['7:3 No older than 35 error', '8:3 30 years old or younger error']);
  });

  test('CRLF line endings give the same positions, and excerpts without \\r', () => {
    const text = zhJd('要求35岁以下\n- 男性优先').replace(/\n/gu, '\r\n');
    expect(run(text).map((d) => `${d.line}:${d.column} ${d.excerpt}`)).toEqual(['7:5 35岁以下', '8:3 男性优先']);
  });

  test('a paragraph sentence on a later line is located on that line', () => {
    const text =
      '## Requirements\nYou have three years of sales experience.\nYou are a strong negotiator. Female candidates preferred.\n\n## Responsibilities\n- Sell';
    expect(found(text, 'JD_GENDER')).toEqual(['3:30 Female candidates preferred error']);
  });
});

type Row = [line: string, expected: string[]];

/** Positive and negative cases per rule: the line goes to line 7 of a JD, so a phrase at index i is at column 3 + i. */
const ZH: Record<string, Row[]> = {
  JD_GENDER: [
    ['限男性', ['7:3 限男性 error']],
    ['本科以上学历，男性优先', ['7:10 男性优先 error']],
    ['仅招女生', ['7:3 仅招女生 error']],
    ['女士优先', ['7:3 女士优先 error']],
    ['性别：男，有驾照', ['7:3 性别：男 error']],
    ['男，25岁以上', ['7:3 男 error']],
    ['本岗位更适合女性', ['7:6 更适合女性 warning']],
    ['性别不限', []],
    ['男女不限', []],
    ['不限男女，欢迎投递', []],
    ['有女性用户产品运营经验者优先', []],
    ['熟悉女装品类的采购流程', []],
  ],
  JD_AGE: [
    ['年龄25-35岁', ['7:3 年龄25-35岁 error']],
    ['18至30周岁', ['7:3 18至30周岁 error']],
    ['本科，35岁以下', ['7:6 35岁以下 error']],
    ['年龄不超过三十五岁', ['7:3 年龄不超过三十五岁 error']],
    ['90后优先', ['7:3 90后优先 error']],
    ['年轻有活力', ['7:3 年轻 warning']],
    ['年满18周岁', []],
    ['18周岁以上', []],
    ['年龄18-60周岁', []],
    ['3-5年相关工作经验', []],
    ['负责品牌年轻化战略', []],
    ['熟悉年轻用户的消费习惯', []],
    ['服务对象为60岁以上老年人', []],
    ['学员年龄18-25岁，负责课程答疑', []],
  ],
  JD_MARITAL: [
    ['已婚已育优先', ['7:3 已婚已育优先 error']],
    ['未婚', ['7:3 未婚 error']],
    ['三年内无生育计划', ['7:3 三年内无生育计划 error']],
    ['适合宝妈', ['7:5 宝妈 warning']],
    ['婚姻状况不限', []],
    ['已婚员工享受家属医疗保险', []],
    ['了解宝妈群体的消费习惯', []],
    ['离异者勿扰', ['7:3 离异者勿扰 error']],
    ['两年内不打算要孩子', ['7:3 两年内不打算要孩子 error']],
  ],
  JD_ETHNICITY: [
    ['汉族', ['7:3 汉族 error']],
    ['限汉族，本科以上', ['7:3 限汉族 error']],
    ['无宗教信仰', ['7:3 无宗教信仰 error']],
    ['限中国国籍', ['7:3 限中国国籍 warning']],
    ['英语为母语者优先', ['7:3 英语为母语者优先 warning']],
    ['民族不限', []],
    ['负责少数民族地区的市场拓展', []],
    ['英语流利，能作为工作语言', []],
  ],
  JD_REGION: [
    ['本地户口', ['7:3 本地户口 error']],
    ['本市户籍优先', ['7:3 本市户籍优先 error']],
    ['限河南籍', ['7:3 限河南籍 error']],
    ['本地人优先', ['7:3 本地人优先 error']],
    ['外地人勿扰', ['7:3 外地人勿扰 error']],
    ['可协助办理上海户口', []],
    ['熟悉上海本地市场', []],
    ['户籍不限', []],
    ['了解北京户籍政策者优先', []],
  ],
  JD_APPEARANCE: [
    ['五官端正', ['7:3 五官端正 error']],
    ['女，身高160cm以上', ['7:5 身高160cm以上 error']],
    ['体重50公斤以下', ['7:3 体重50公斤以下 error']],
    ['形象气质佳', ['7:3 形象气质佳 warning']],
    ['维护公司品牌形象', []],
    ['负责体重管理产品的运营', []],
    ['身高不限', []],
    ['负责身高体重指数（BMI）数据分析', []],
  ],
  JD_HEALTH: [
    ['无乙肝', ['7:3 无乙肝 error']],
    ['四肢健全', ['7:3 四肢健全 error']],
    ['身体健康，能适应出差', ['7:3 身体健康 warning']],
    ['无传染病', ['7:3 无传染病 warning']],
    ['持有效健康证（食品从业人员）', []],
    ['熟悉残疾人就业保障政策', []],
    ['能为用户提供身体健康相关的咨询服务', []],
  ],
  JD_GENDER_CODED: [
    ['狼性团队，结果导向', ['7:3 狼性团队 warning']],
    ['团队小姐姐多', ['7:5 小姐姐 warning']],
    ['帅哥美女多', ['7:3 帅哥 warning', '7:5 美女 warning']],
    ['颜值高', ['7:3 颜值 warning']],
    ['打造高颜值的产品设计', []],
    ['策划女神节营销活动', []],
  ],
  JD_VAGUE: [
    ['负责其他相关工作', ['7:3 负责其他相关工作 info']],
    ['完成领导交办的其他任务', ['7:3 完成领导交办的其他任务 info']],
    ['抗压能力强', ['7:3 抗压能力强 info']],
    ['能接受加班', ['7:3 能接受加班 warning']],
    ['具有团队合作精神', ['7:3 具有团队合作精神 info']],
    ['旺季偶有加班，按规定支付加班费或安排调休', []],
    ['能应对促销高峰（如双十一期间日均300单）的压力', []],
    ['具有团队合作精神，能带领3人小组按时交付', []],
  ],
};

const EN: Record<string, Row[]> = {
  JD_GENDER: [
    ['Male only', ['7:3 Male only error']],
    ['Five years of sales; female candidates preferred', ['7:24 female candidates preferred error']],
    ['Must be male', ['7:3 Must be male error']],
    ['Gender: female', ['7:3 Gender: female error']],
    ['The ideal candidate is organised; he will run the office', ['7:37 he will warning']],
    ['He or she will run the office', []],
    ['Assist the Head of Sales; she will set your targets', []],
    ['Lead a team of two; he will report to you', []],
    ['S/he will run the office', []],
    ['Women are encouraged to apply', []],
    ['Experience marketing to female customers', []],
  ],
  JD_AGE: [
    ['Aged 25-35', ['7:3 Aged 25-35 error']],
    ['Candidates must be under 35.', ['7:14 must be under 35 error']],
    ['Under 35 years old', ['7:3 Under 35 years old error']],
    ['Recent graduates only', ['7:3 Recent graduates only error']],
    ['Young and energetic', ['7:3 Young warning']],
    ['A digital native', ['7:5 digital native warning']],
    ['Must be at least 18 years of age', []],
    ['Must be over 21 to serve alcohol', []],
    ['Respond to tickets in under 30 minutes', []],
    ['Experience supporting young people', []],
    ['Teach children aged 11-14', []],
    ['No older than 35', ['7:3 No older than 35 error']],
    ['Keep response data no older than 30 days', []],
  ],
  JD_MARITAL: [
    ['Married candidates preferred', ['7:3 Married candidates preferred error']],
    ['Must be single', ['7:3 Must be single error']],
    ['No children or family commitments', ['7:3 No children error']],
    ['Single point of contact for key accounts', []],
    ['Experience working with children', []],
    ['Report marital status changes to payroll', []],
  ],
  JD_ETHNICITY: [
    ['White candidates only', ['7:3 White candidates only error']],
    ['Ethnicity: any', ['7:3 Ethnicity error']],
    ['Native English speaker', ['7:3 Native English speaker warning']],
    ['Must be a US citizen', ['7:3 Must be a US citizen warning']],
    ['Fluent English, spoken and written', []],
    ['Build native iOS apps', []],
    ['Experience selling to Asian markets', []],
    ['Experience reporting on the ethnicity pay gap', []],
    ['Work with native speakers to review translations', []],
  ],
  JD_REGION: [
    ['Locals only', ['7:3 Locals only error']],
    ['Must be from Texas', ['7:3 Must be from error']],
    ['No out-of-state applicants', ['7:3 No out-of-state error']],
    ['Must be able to work on site in Leeds three days a week', []],
    ['Candidates must be from a finance background', []],
    ['Record the country of origin on customs forms', []],
  ],
  JD_APPEARANCE: [
    ['Attractive appearance', ['7:3 Attractive appearance error']],
    ['Height: 170 cm or above', ['7:3 Height: 170 cm or above error']],
    ['Slim build', ['7:3 Slim build error']],
    ['Presentable', ['7:3 Presentable warning']],
    ['Attractive salary and benefits', []],
    ['Experience working at height', []],
    ['Create attractive, accessible designs', []],
    ['Keep the shop floor presentable', []],
  ],
  JD_HEALTH: [
    ['No disabilities', ['7:3 No disabilities error']],
    ['Able-bodied', ['7:3 Able-bodied error']],
    ['In good health', ['7:3 In good health warning']],
    ['Able to lift 20 kg and stand for a 6-hour shift', []],
    ['Monitor the good health of our services', []],
    ['Keep the warehouse in good health and safety order', []],
  ],
  JD_GENDER_CODED: [
    ['A coding ninja', ['7:12 ninja warning']],
    ['Aggressive and dominant negotiator', ['7:3 Aggressive warning', '7:18 dominant warning']],
    ['Highly competitive', ['7:10 competitive warning']],
    ['Nurturing personality', ['7:3 Nurturing warning']],
    ['Competitive salary and benefits', []],
    ['Run competitive analysis for new markets', []],
    ['Own lead nurturing campaigns', []],
    ['Our benefits are very competitive', []],
  ],
  JD_VAGUE: [
    ['Other duties as assigned', ['7:3 Other duties as assigned info']],
    ['Thrive in a fast-paced environment', ['7:15 fast-paced environment info']],
    ['A self-starter', ['7:5 self-starter info']],
    ['Team player', ['7:3 Team player info']],
    ['Willing to work long hours', ['7:3 Willing to work long hours warning']],
    ['A team player who reviews code within one working day', []],
    ['Occasional weekend shifts, one in four, paid at overtime rate', []],
  ],
};

describe.each(Object.entries(ZH))('zh %s', (code, rows) => {
  test.each(rows)('%s', (line, expected) => {
    const text = zhJd(line);
    expect(found(text, code as DiagnosticCode)).toEqual(expected);
    for (const d of run(text)) expectExcerptAtPosition(text, d);
  });
});

describe.each(Object.entries(EN))('en %s', (code, rows) => {
  test.each(rows)('%s', (line, expected) => {
    const text = enJd(line);
    expect(found(text, code as DiagnosticCode)).toEqual(expected);
    for (const d of run(text)) expectExcerptAtPosition(text, d);
  });
});

describe('equal-opportunity statements name protected traits without requiring them', () => {
  test.each([
    'We are an equal opportunity employer. We do not discriminate on the basis of race, religion, national origin, age, disability, marital status or family status.',
    'All qualified applicants will receive consideration without regard to ethnicity, religion, nationality or pregnancy.',
    '我们是平等机会雇主，不因性别、年龄、民族、婚育状况、户籍而歧视任何求职者。',
  ])('%s', (statement) => {
    expect(
      run(`## Responsibilities\n- Sell\n\n## Requirements\n- Sales experience\n\n## About us\n${statement}\n`),
    ).toEqual([]);
  });
});

describe('missing sections', () => {
  test('no duties section: at line 1, column 1, without an excerpt', () => {
    const ds = run('# 客服专员\n\n## 任职要求\n- 一年以上客服经验\n').filter((d) => d.code === 'JD_MISSING_SECTION');
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject({
      line: 1,
      column: 1,
      path: '',
      severity: 'warning',
      message: 'The job description has no duties (Responsibilities) section.',
    });
    expect(ds[0]!.excerpt).toBeUndefined();
    expect(ds[0]!.zh.message).toBe('职位描述缺少"岗位职责"部分。');
  });

  test('an empty requirements section: at its heading', () => {
    const ds = run('# Support Agent\n\n## Responsibilities\n- Answer customer emails\n\n## Requirements\n').filter(
      (d) => d.code === 'JD_MISSING_SECTION',
    );
    expect(ds.map((d) => `${d.line}:${d.column} ${d.excerpt}`)).toEqual(['6:4 Requirements']);
  });

  test('neither section: two findings', () => {
    expect(run('Sell our products.').filter((d) => d.code === 'JD_MISSING_SECTION')).toHaveLength(2);
  });

  test('both sections with items: none', () => {
    expect(found(enJd('Two years of field sales'), 'JD_MISSING_SECTION')).toEqual([]);
    expect(found(zhJd('两年以上销售经验'), 'JD_MISSING_SECTION')).toEqual([]);
  });
});

describe('excessive length', () => {
  const longZhItem = '负责客户来电的接听、记录与分派，'.repeat(8);
  const longEnItem = 'Answer calls, log them and route them to the right team, '.repeat(5).trim();

  test('a Chinese item over 120 characters, at the item, with its opening as excerpt', () => {
    const text = zhJd(longZhItem);
    const ds = run(text).filter((d) => d.code === 'JD_TOO_LONG');
    expect(ds.map((d) => `${d.line}:${d.column} ${d.excerpt} ${d.severity} ${d.path}`)).toEqual([
      `7:3 ${longZhItem.slice(0, 24)}… info sections[1].items[0]`,
    ]);
    expect(ds[0]!.message).toBe(
      'This item has 128 characters, more than 120; a bullet that long reads as a paragraph.',
    );
  });

  test('an English item over 40 words', () => {
    expect(found(enJd(longEnItem), 'JD_TOO_LONG')).toEqual([`7:3 ${longEnItem.slice(0, 24)}… info`]);
    expect(found(enJd('Answer calls, log them and route them to the right team'), 'JD_TOO_LONG')).toEqual([]);
  });

  test('a whole JD over 1,200 Chinese characters or 700 English words, at line 1', () => {
    const zh = `${zhJd('两年以上销售经验')}${'- 负责客户来电的接听、记录与分派，跟进处理结果并回访客户\n'.repeat(50)}`;
    expect(found(zh, 'JD_TOO_LONG')).toEqual(['1:1  warning']);
    const en = `${enJd('Two years of field sales')}${'- Answer calls and route them to the right team\n'.repeat(80)}`;
    expect(
      run(en)
        .filter((d) => d.code === 'JD_TOO_LONG')
        .map((d) => d.message),
    ).toEqual(['The job description has 738 English words, more than 700; candidates skim long postings.']);
  });

  test('limits are options with documented defaults', () => {
    expect(DEFAULT_TOO_LONG).toEqual({ maxChars: 1200, maxWords: 700, maxItemChars: 120, maxItemWords: 40 });
    const text = enJd('Answer calls, log them and route them');
    expect(found(text, 'JD_TOO_LONG')).toEqual([]);
    expect(
      run(text, { tooLong: { maxItemWords: 5 } })
        .filter((d) => d.code === 'JD_TOO_LONG')
        .map((d) => d.line),
    ).toEqual([4, 7]);
    expect(() => tooLongRule({ maxWords: 0 })).toThrow(RangeError);
  });
});

describe('inline disable comments', () => {
  const body = '## 岗位职责\n- 接待来访客户\n\n## 任职要求\n- 男性优先，35岁以下\n- 年龄25-35岁\n';

  test('file-wide for one code: that code is gone everywhere, others stay', () => {
    const ds = run(`<!-- rolematrix-disable JD_AGE -->\n${body}`);
    expect(ds.map((d) => d.code)).toEqual(['JD_GENDER']);
  });

  test('file-wide for every code', () => {
    expect(run(`<!-- rolematrix-disable -->\n${body}`)).toEqual([]);
  });

  test('next line, by code: only that code on only that line', () => {
    const text =
      '## 岗位职责\n- 接待来访客户\n\n## 任职要求\n<!-- rolematrix-disable-next-line JD_AGE -- 法定要求 -->\n- 男性优先，35岁以下\n- 年龄25-35岁\n';
    expect(run(text).map((d) => `${d.line}:${d.column} ${d.code}`)).toEqual(['6:3 JD_GENDER', '7:3 JD_AGE']);
  });

  test('next line, every code', () => {
    const text =
      '## 岗位职责\n- 接待来访客户\n\n## 任职要求\n<!-- rolematrix-disable-next-line -->\n- 男性优先，35岁以下\n- 年龄25-35岁\n';
    expect(run(text).map((d) => `${d.line} ${d.code}`)).toEqual(['7 JD_AGE']);
  });

  test('a comment for another code leaves the finding', () => {
    const text = '## 岗位职责\n- 接待来访客户\n\n## 任职要求\n- 35岁以下 <!-- rolematrix-disable-line JD_GENDER -->\n';
    expect(run(text).map((d) => d.code)).toEqual(['JD_AGE']);
  });

  test('phrases quoted in comments are not findings', () => {
    const text =
      '## Responsibilities\n- Sell\n\n## Requirements\n<!-- the old draft said "male only, under 35" -->\n- Two years of sales\n';
    expect(run(text)).toEqual([]);
  });

  test('a hand-built disabled map works the same (line-specific set, file-wide all)', () => {
    const jd = jdOf(body);
    expect(
      runLanguageRules({ ...jd, disabled: new Map([[5, new Set(['JD_GENDER'])]]) }).map((d) => `${d.line} ${d.code}`),
    ).toEqual(['5 JD_AGE', '6 JD_AGE']);
    expect(runLanguageRules({ ...jd, disabled: new Map([[0, 'all']]) })).toEqual([]);
  });
});

describe('severity overrides', () => {
  const text = zhJd('35岁以下，年轻有活力，负责其他相关工作');

  test('defaults: error for a stated age, warning for 年轻, info for a catch-all duty', () => {
    expect(run(text).map((d) => `${d.code} ${d.severity}`)).toEqual([
      'JD_AGE error',
      'JD_AGE warning',
      'JD_VAGUE info',
    ]);
  });

  test('a configured severity replaces the rule and finding severities of that code', () => {
    expect(run(text, { rules: { JD_AGE: 'info', JD_VAGUE: 'error' } }).map((d) => `${d.code} ${d.severity}`)).toEqual([
      'JD_AGE info',
      'JD_AGE info',
      'JD_VAGUE error',
    ]);
  });

  test('off drops the code', () => {
    expect(run(text, { rules: { JD_AGE: 'off' } }).map((d) => d.code)).toEqual(['JD_VAGUE']);
  });

  test('a value that is no severity leaves the default', () => {
    expect(run(text, { rules: { JD_AGE: 'loud' } }).map((d) => d.severity)).toEqual(['error', 'warning', 'info']);
  });
});

describe('languages', () => {
  test('only the rules of the languages found run (plus language-independent ones)', () => {
    const jd = jdOf(enJd('Locals only'));
    expect(jd.langs).toEqual(['en']);
    // a Chinese phrase in an English-only JD object is not read by the Chinese rules
    expect(
      runLanguageRules({ ...jd, text: jd.text.replace('Locals only', '本地户口优先') }).map((d) => d.code),
    ).toEqual([]);
  });

  test('a bilingual JD runs both packs', () => {
    const text =
      '## 岗位职责 / Responsibilities\n- 接待客户 / Greet visitors\n\n## 任职要求 / Requirements\n- 女士优先 / Female preferred\n';
    expect(run(text).map((d) => `${d.line}:${d.column} ${d.code} ${d.excerpt}`)).toEqual([
      '5:3 JD_GENDER 女士优先',
      '5:10 JD_GENDER Female preferred',
    ]);
  });
});

const CLEAN_ZH = `# 客户服务专员

## 职位概述
负责公司电商平台的售前与售后客户服务，直接向客服主管汇报。

## 岗位职责
- 通过在线客服系统、电话和邮件解答客户关于商品、订单、物流的咨询，首次响应时间不超过30秒
- 处理退换货申请，按照公司退款政策在权限范围内审核并提交退款
- 记录客户投诉并跟进处理结果，48小时内给予客户答复
- 每周整理常见问题，向产品和运营团队反馈改进建议
- 维护客户信息，确保工单系统中的记录完整准确
- 参与新员工带教，分享服务话术与案例

## 任职要求
- 大专及以上学历，专业不限
- 一年以上电商客服或呼叫中心工作经验
- 普通话标准，打字速度每分钟60字以上
- 熟练使用Excel和常见办公软件
- 能够按排班表轮班，包括部分周末（每月不超过两个周末，按规定支付加班费或调休）

## 考核
- 客户满意度不低于95%
- 平均处理时长
- 投诉一次解决率

## 福利待遇
- 五险一金，带薪年假
- 年度健康体检，关注员工身心健康
- 完善的培训与晋升通道
- 我们是平等机会雇主，欢迎不同背景的求职者
`;

const CLEAN_EN = `# Customer Support Agent

## About the role
You will answer customer questions for our online store and report to the Support Team Lead.

## Responsibilities
- Answer customer questions by chat, email and phone, with a first response within 2 minutes
- Process returns and refunds within the limits of our refund policy
- Log complaints, follow them up and reply to the customer within 48 hours
- Write up frequent questions each week and send suggestions to the product team
- Keep customer records in the ticketing system complete and accurate
- Help train new agents on tone of voice and common cases

## Requirements
- One year or more in e-commerce support or a contact centre
- Fluent English, spoken and written; Spanish is a plus
- Comfortable with Zendesk or a similar ticketing tool
- Able to work a shift rota that includes one weekend in four, paid at overtime rate
- Able to lift parcels up to 10 kg when handling returns

## KPIs
- Customer satisfaction of 95% or more
- Average handling time
- First-contact resolution rate

## What we offer
- Competitive salary and benefits
- 25 days of paid holiday
- Private health insurance and a wellbeing programme
- We are an equal opportunity employer and welcome applicants regardless of age, gender, race, religion, disability or marital status.
`;

describe('realistic clean JDs produce no findings at all', () => {
  test.each([
    ['zh', CLEAN_ZH],
    ['en', CLEAN_EN],
    ['both', `${CLEAN_ZH}\n${CLEAN_EN}`],
  ])('%s', (_, text) => {
    expect(run(text)).toEqual([]);
  });
});

describe('robustness and speed', () => {
  test('any text gives diagnostics whose excerpts sit at their positions, never a crash', () => {
    const pieces = fc.constantFrom(
      '限男性',
      '35岁以下',
      '年龄',
      '岁',
      '男',
      '女',
      '- ',
      '\n',
      '## 任职要求\n',
      'must be under 35',
      'he will',
      'native ',
      ' ',
      '，',
      '<!--',
      '-->',
      '18',
      'aged 25-35',
      '户口',
      '其他工作',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string()), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        for (const d of runLanguageRules(jdOf(text))) expectExcerptAtPosition(text.replace(/^\uFEFF/u, ''), d);
      }),
      { numRuns: 500 },
    );
  });

  test('pathological inputs stay linear', () => {
    const inputs = [
      '限'.repeat(20_000),
      '1'.repeat(20_000),
      ' '.repeat(20_000),
      'must be '.repeat(3_000),
      'a '.repeat(10_000),
      '年龄'.repeat(10_000),
      '男，'.repeat(10_000),
    ];
    for (const text of inputs) {
      const t0 = performance.now();
      runLanguageRules({
        file: 'x',
        text,
        langs: ['zh', 'en'],
        sections: [
          { kind: 'requirements', heading: '', line: 1, column: 1, items: [{ text, line: 1, column: 1, offset: 0 }] },
        ],
        disabled: new Map(),
      });
      expect(performance.now() - t0).toBeLessThan(200);
    }
  });

  test('all rules over a 2 KB bilingual JD take well under 1 ms', () => {
    const text = `${CLEAN_ZH}\n${CLEAN_EN}`;
    expect(new TextEncoder().encode(text).length).toBeGreaterThan(2000);
    const jds = Array.from({ length: 600 }, () => jdOf(text));
    for (const jd of jds.slice(0, 100)) runLanguageRules(jd);
    const t0 = performance.now();
    for (const jd of jds.slice(100)) runLanguageRules(jd);
    expect((performance.now() - t0) / 500).toBeLessThan(1);
  });

  test('phrase patterns must not capture and must share flags', () => {
    expect(() => phraseScanner([{ re: /(男)性/u }])).toThrow(/must not capture/);
    expect(() => phraseScanner([{ re: /a/i }, { re: /b/u }])).toThrow(/share flags/);
  });
});

describe('rules that read only some lines (English words, Chinese triggers) find all that reading every line finds', () => {
  const everyLine = (rule: (typeof JD_RULES)[number]) => (rule.check as Partial<PhraseCheck>).everyLine!;
  const filtered = JD_RULES.filter((r) => r.locale !== 'any');
  const examples = JD_RULES.flatMap((r) => [...r.examples.bad, ...r.examples.good]);
  const postings = [...loadCorpus(), ...loadCorpus(HOLDOUT_DIR)].map((p) => p.text);

  test('every language rule can read every line, and every English rule has a words filter', () => {
    for (const rule of filtered) expect(everyLine(rule), rule.code).toBeTypeOf('function');
    for (const rule of filtered.filter((r) => r.locale === 'en')) expect(rule.check).not.toBe(everyLine(rule));
  });

  test.each(filtered.map((rule) => [rule.locale, rule.code, rule] as const))(
    '%s %s: the same findings on every example and every corpus posting',
    (_, __, rule) => {
      let findings = 0;
      for (const text of [...examples, ...postings]) {
        const jd = jdOf(text);
        const all = everyLine(rule)(jd);
        expect(rule.check(jd), text).toEqual(all);
        findings += all.length;
      }
      expect(findings).toBeGreaterThan(0);
    },
  );

  test('the same findings on any mix of example lines, in any letter case', () => {
    const lines = fc.constantFrom(...examples.flatMap((e) => e.split('\n')), '', '## Requirements', 'Filler text');
    const cased = fc
      .tuple(lines, fc.constantFrom('same', 'upper', 'lower'))
      .map(([l, c]) => (c === 'upper' ? l.toUpperCase() : c === 'lower' ? l.toLowerCase() : l));
    fc.assert(
      fc.property(fc.array(cased, { maxLength: 12 }), (parts) => {
        const jd = jdOf(parts.join('\n'));
        for (const rule of filtered) expect(rule.check(jd)).toEqual(everyLine(rule)(jd));
      }),
      { numRuns: 500 },
    );
  });

  test('a word ending in * stands for every word it starts; any other word only for itself', () => {
    const check = phraseScanner([{ re: /\b(?:years?|y)\s+old\b/i }], { words: ['year*', 'y'] });
    const jd = jdOf('## Requirements\n- 30 Years old\n- 30 y old\n- 30 yo old\n');
    expect(check(jd).map((f) => `${f.line}:${f.column} ${f.excerpt}`)).toEqual(['2:6 Years old', '3:6 y old']);
    expect(phraseScanner([{ re: /\by\s+old\b/i }], { words: ['yo'] })(jd)).toEqual([]);
  });
});

describe('a hard-wrapped item is read whole: phrases run over its line breaks, items never run into each other', () => {
  test('a phrase wrapped over two lines is found at its start, its excerpt on one line', () => {
    const text =
      '# Receptionist\n\n## Requirements\n- We are looking for a\n  female receptionist with two years of experience.\n- Fluent English\n';
    expect(found(text, 'JD_GENDER')).toEqual(['4:10 looking for a female error']);
  });

  test('the words after a wrapped phrase are read too: a pronoun for a named other person stays exempt', () => {
    for (const wrapped of [
      '- Assist the Head of Sales; she will set your targets.',
      '- Assist the Head of Sales; she\n  will set your targets.',
      '- Assist the Head of Sales; she will\n  set your targets.',
    ])
      expect(found(`# Assistant\n\n## Duties\n${wrapped}\n`, 'JD_GENDER'), wrapped).toEqual([]);
  });

  test('an equal-opportunity sentence wrapped over lines stays exempt', () => {
    const text =
      '# Receptionist\n\n## Requirements\n- Two years at a front desk\n\nWe hire without regard to race, religion, sex,\nnational origin or marital status.\n';
    expect(run(text).filter((d) => ['JD_ETHNICITY', 'JD_MARITAL', 'JD_GENDER'].includes(d.code))).toEqual([]);
  });

  test('two items on consecutive lines are not one phrase', () => {
    // The second line starts a new sentence, so it is a new item: "women⏎Preferred" is no phrase.
    const text = '# Clerk\n\n## Duties\nServe walk-in clients, men and women\nPreferred channels are phone and email\n';
    expect(parseJobDescription(text).jd.sections[0]!.items).toHaveLength(2);
    expect(found(text, 'JD_GENDER')).toEqual([]);
    expect(found(text.replace('women\nPreferred', 'women preferred'), 'JD_GENDER')).toEqual([
      '4:32 women preferred error',
    ]);
  });
});
