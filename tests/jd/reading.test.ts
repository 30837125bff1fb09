import { describe, expect, test } from 'vitest';
import { parseJobDescription } from '../../src/jd/parse.js';

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
