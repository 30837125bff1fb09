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
