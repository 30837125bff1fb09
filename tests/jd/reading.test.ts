import { describe, expect, test } from 'vitest';
import { parseJobDescription } from '../../src/jd/parse.js';
import { runLanguageRules } from '../../src/jd/rules/index.js';

const sections = (text: string) =>
  parseJobDescription(text, 'x').jd.sections.map((s) => [s.kind, s.heading, s.items.length]);

describe('headings as postings write them', () => {
  test('the presentation-form colon ︰ (and ︓ ﹕) after a heading', () => {
    expect(sections('岗位职责︰\n1. 接听客户来电\n2. 记录工单\n任职要求﹕\n1. 大专以上学历')).toEqual([
      ['duties', '岗位职责', 2],
      ['requirements', '任职要求', 1],
    ]);
  });

  test('"Your daily work will include :" and "Major Duties" open the duties', () => {
    expect(
      sections('Your daily work will include :\n- Answer calls\n- Log tickets\nRequirements :\n- High school diploma'),
    ).toEqual([
      ['duties', 'Your daily work will include', 2],
      ['requirements', 'Requirements', 1],
    ]);
    expect(sections('Major Duties\n- Answer calls\n- Log tickets')[0]).toEqual(['duties', 'Major Duties', 2]);
  });

  test('one-line sections: the next heading after a sentence end opens its own section', () => {
    const text =
      '岗位职责：1.接听客户来电；2.记录工单。任职要求：1.大专以上学历；2.普通话标准。薪资待遇：底薪3000+绩效奖金。';
    expect(sections(text)).toEqual([
      ['duties', '岗位职责', 2],
      ['requirements', '任职要求', 2],
      ['benefits', '薪资待遇', 1],
    ]);
    // English headings are longer than Chinese ones
    expect(
      sections(
        'Responsibilities: Answer customer calls. Handle complaints. Minimum qualifications: 2 years of experience.',
      ),
    ).toEqual([
      ['duties', 'Responsibilities', 2],
      ['requirements', 'Minimum qualifications', 1],
    ]);
    // a colon in running text after a sentence end is no heading unless the words before it name a section
    expect(sections('岗位职责：1.接听来电。注意：需倒班；2.记录工单。')).toEqual([['duties', '岗位职责', 2]]);
  });
});

describe('a numbered list run on one line', () => {
  const items = (text: string) =>
    parseJobDescription(text, 'x').jd.sections.flatMap((s) => s.items.map((i) => [i.text, i.line, i.column]));

  test('an item numbered 1 that goes on with 2, 3, … is one item per number, each at its place', () => {
    expect(items('Agent\n\nResponsibilities\n1. Answer calls 2. Resolve complaints 3. Log tickets')).toEqual([
      ['Answer calls', 4, 4],
      ['Resolve complaints', 4, 20],
      ['Log tickets', 4, 42],
    ]);
    expect(items('## 岗位职责\n1、接听来电 2、处理投诉')).toEqual([
      ['接听来电', 2, 3],
      ['处理投诉', 2, 10],
    ]);
  });

  test('numbers out of order, or not followed by a new item, are text', () => {
    expect(items('## Duties\n1. Handle 3 calls 2. at most\n2. Second')).toEqual([
      ['Handle 3 calls 2. at most', 2, 4],
      ['Second', 3, 4],
    ]);
    expect(items('## Duties\n- Take 2. Escalate the rest')).toEqual([['Take 2. Escalate the rest', 2, 3]]);
  });
});

describe('a heading no list knows: the section is what its items say', () => {
  /** Sections of a JD whose title line comes first (a first `##` heading of no known kind would be the title). */
  const under = (body: string) => sections(`# Agent\n\n${body}`);

  test('verbs the candidate will do are duties, in either language', () => {
    expect(under('## What your day looks like\n- Answer customer calls\n- Log every case\n')).toEqual([
      ['duties', 'What your day looks like', 2],
    ]);
    expect(under('## 你的一天\n1. 接听客户来电\n2. 处理客户投诉并跟进结果\n')).toEqual([['duties', '你的一天', 2]]);
  });

  test('what a candidate must bring is requirements; the offer is benefits; the company and applying are about', () => {
    expect(under('## What you bring\n- 2 years of experience in a call centre\n- Fluent English')).toEqual([
      ['requirements', 'What you bring', 2],
    ]);
    expect(under('## 我们希望你\n- 大专以上学历\n- 熟悉办公软件\n- 普通话标准')).toEqual([
      ['requirements', '我们希望你', 3],
    ]);
    expect(under('## Life at Acme\n- Paid time off from day one\n- Health insurance and a pension')).toEqual([
      ['benefits', 'Life at Acme', 2],
    ]);
    expect(under('## 你将收获\n- 五险一金\n- 带薪年假\n- 年终奖金')).toEqual([['benefits', '你将收获', 3]]);
    expect(under('## A bit of background\nWe are a family-owned retailer founded in 1998.')).toEqual([
      ['about', 'A bit of background', 1],
    ]);
  });

  test('items that do not say clearly, or split evenly, leave the section other', () => {
    expect(under('## Odds and ends\n- The office has a dog\n- Fridays are quiet')).toEqual([
      ['other', 'Odds and ends', 2],
    ]);
    expect(under('## Mixed bag\n- Answer calls\n- 2 years of experience')).toEqual([['other', 'Mixed bag', 2]]);
  });

  test('a heading that names Other (其他) stays other whatever its items say', () => {
    expect(under('## 其他\n- 有相关经验者优先\n- 熟悉办公软件')).toEqual([['other', '其他', 2]]);
  });

  test('a duties section found by its items answers the missing-section check', () => {
    const { jd } = parseJobDescription(
      '# Agent\n\n## What your day looks like\n- Answer customer calls\n\n## Requirements\n- 2 years of experience\n',
      'x.md',
    );
    expect(runLanguageRules(jd).filter((d) => d.code === 'JD_MISSING_SECTION')).toEqual([]);
  });
});
