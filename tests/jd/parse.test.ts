import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, expectTypeOf, test } from 'vitest';
import { formatDiagnostic, type Diagnostic } from '../../src/errors.js';
import { isDisabled, parseDisableComments } from '../../src/jd/disable.js';
import { parseJobDescription } from '../../src/jd/parse.js';
import { positionAt } from '../../src/jd/position.js';
import type { JdSectionKind, JobDescription } from '../../src/jd/types.js';

const DIR = fileURLToPath(new URL('../fixtures/jd/parse/', import.meta.url));
const fixture = (name: string) => readFileSync(`${DIR}${name}`, 'utf8');

type ItemRow = [text: string, line: number, column: number];
type SectionRow = [kind: JdSectionKind, heading: string, line: number, column: number, items: ItemRow[]];

/** The JD as plain rows, so a table states every section and item with its position. */
function rows(jd: JobDescription): SectionRow[] {
  return jd.sections.map((s) => [
    s.kind,
    s.heading,
    s.line,
    s.column,
    s.items.map((i): ItemRow => [i.text, i.line, i.column]),
  ]);
}

/** What must hold for every item and heading of any JD: its position and offset point at its own text. */
function checkPositions(jd: JobDescription): void {
  const lines = jd.text.split(/\r?\n/);
  const at = (line: number, column: number, what: string, expected: string) => {
    const head = prefix(expected);
    const got = (lines[line - 1] ?? '').slice(column - 1);
    if (line < 1 || column < 1 || !got.startsWith(head))
      throw new Error(
        `${what} at ${line}:${column} should start with ${JSON.stringify(head)}, found ${JSON.stringify(got.slice(0, 10))}`,
      );
  };
  for (const s of jd.sections) {
    if (s.heading !== '') at(s.line, s.column, 'heading', s.heading);
    for (const item of s.items) {
      at(item.line, item.column, 'item', item.text);
      if (!jd.text.startsWith(prefix(item.text), item.offset))
        throw new Error(`offset ${item.offset} of ${JSON.stringify(item.text)}`);
      const p = positionAt(jd, item.offset);
      if (p.line !== item.line || p.column !== item.column)
        throw new Error(`offset ${item.offset} is ${p.line}:${p.column}, item says ${item.line}:${item.column}`);
      if (item.text !== item.text.trim() || item.text === '')
        throw new Error(`untrimmed item ${JSON.stringify(item.text)}`);
    }
  }
}
/**
 * The first characters of an item, up to 3 and before any space, quote or backslash (which escapes and folding in YAML
 * may change).
 */
function prefix(text: string): string {
  const m = /^[^\s"'\\]{1,3}/.exec(text);
  return m ? m[0] : text.slice(0, 1);
}

describe('parseJobDescription reads whole job descriptions', () => {
  const CASES: [name: string, file: string, title: string | undefined, langs: string[], sections: SectionRow[]][] = [
    [
      'a Chinese Markdown JD',
      'zh.md',
      '客服专员（上海）',
      ['zh', 'en'], // "CRM" is a Latin word
      [
        [
          'summary',
          '',
          3,
          1,
          [
            ['负责公司线上渠道的客户服务。', 3, 1],
            ['向客服主管汇报。', 3, 15],
          ],
        ],
        [
          'duties',
          '岗位职责',
          5,
          4,
          [
            ['负责客户来电与在线咨询的接待；', 7, 4],
            ['处理客户投诉，并在 24 小时内回复', 8, 4],
            ['维护客户档案', 9, 4],
          ],
        ],
        [
          'requirements',
          '任职要求',
          11,
          3,
          [
            ['大专及以上学历', 13, 3],
            ['1 年以上客服经验；熟悉 CRM 系统', 14, 3], // a list item is not split into sentences
          ],
        ],
        [
          'kpis',
          '考核指标',
          16,
          4,
          [
            ['客户满意度不低于 95%', 17, 3],
            ['首次响应时间不超过 30 秒', 18, 3],
          ],
        ],
        ['benefits', '福利待遇', 20, 4, [['五险一金，带薪年假。', 21, 1]]],
      ],
    ],
    [
      'an English plain-text JD',
      'en.txt',
      'Customer Support Agent',
      ['en'],
      [
        [
          'summary',
          'About the role',
          3,
          1,
          [
            ['You will be the first voice our customers hear.', 4, 1],
            // a hard-wrapped sentence runs on: the next line starts lower case
            ['You will work in a team of\neight agents and report to the support lead.', 4, 49],
          ],
        ],
        [
          'duties',
          'Responsibilities',
          7,
          1,
          [
            ['Answer inbound calls and chat requests', 8, 3],
            ['Log every contact in the ticketing system', 9, 3],
            ['Escalate billing disputes to the team lead', 10, 3],
          ],
        ],
        [
          'requirements',
          'Requirements',
          12,
          1,
          [
            ['Two years of customer service experience', 13, 4],
            ['Clear written English', 14, 4],
          ],
        ],
        [
          'kpis',
          "How you'll be measured",
          16,
          1,
          [
            ['Customer satisfaction of 90% or more.', 17, 1],
            ['First response within one hour!', 17, 39],
          ],
        ],
        [
          'benefits',
          'What we offer',
          19,
          1,
          [
            ['flexible hours;', 19, 16],
            ['a learning budget.', 19, 32],
          ],
        ],
      ],
    ],
    [
      'a bilingual Markdown JD',
      'bilingual.md',
      '客服专员 Customer Service Agent',
      ['zh', 'en'],
      [
        [
          'duties',
          '岗位职责 / Responsibilities',
          3,
          5,
          [
            ['接听客户来电 Answer customer calls', 4, 3],
            ['处理投诉 Handle complaints', 5, 3],
          ],
        ],
        [
          'requirements',
          '任职要求 Requirements',
          7,
          5,
          [
            ['大专以上学历 College degree', 8, 3],
            ['普通话流利 Fluent Mandarin', 9, 3],
          ],
        ],
        ['kpis', 'KPI 考核', 11, 5, [['满意度 ≥ 95% (CSAT at least 95%)', 12, 3]]],
      ],
    ],
    [
      'a structured YAML JD with Chinese keys',
      'structured.yaml',
      '客服专员',
      ['zh', 'en'],
      [
        [
          'duties',
          '岗位职责',
          3,
          1,
          [
            ['负责客户来电接听', 4, 5],
            ['处理客户投诉', 5, 6], // after the opening quote
            ['维护客户关系', 6, 7], // after the `2、` marker
          ],
        ],
        [
          'requirements',
          '任职要求',
          7,
          1,
          [
            // a string value is a paragraph: split into sentences
            ['大专及以上学历。', 7, 7],
            ['一年以上客服经验；', 7, 15],
            ['熟悉 CRM 系统', 7, 24],
          ],
        ],
        [
          'kpis',
          'kpis',
          8,
          1,
          [
            ['客户满意度: 95%', 9, 3], // a nested `name: value` keeps its name, located at the name
            ['首次响应: 30 秒', 10, 3],
          ],
        ],
        [
          'benefits',
          'benefits',
          11,
          1,
          [
            ['五险一金', 12, 5], // a block scalar is read like text: its list markers go
            ['带薪年假', 13, 5],
          ],
        ],
      ],
    ],
    [
      'a structured JSON JD',
      'structured.json',
      'Customer Service Agent',
      ['zh', 'en'],
      [
        [
          'duties',
          'responsibilities',
          3,
          4,
          [
            ['Answer inbound calls', 4, 6],
            ['Handle complaints within 24 hours', 5, 6],
          ],
        ],
        [
          'requirements',
          'qualifications',
          7,
          4,
          [
            ['大专及以上学历', 8, 13], // `{ zh, en }` gives its values
            ['Two years of customer service experience', 9, 13],
          ],
        ],
        ['kpis', 'kpis', 11, 4, [['CSAT of 95% or more', 11, 13]]],
      ],
    ],
    [
      'a plain-text JD that trips the YAML parser (no extension: read as text, no diagnostic)',
      'plain-colon.txt',
      undefined,
      ['en'],
      [
        [
          'duties',
          'Responsibilities',
          1,
          1,
          [
            ['Handle calls: inbound and outbound: both', 2, 3],
            ['Use *our* CRM', 3, 3],
          ],
        ],
        ['requirements', 'Requirements', 4, 1, [['2 years', 5, 3]]],
      ],
    ],
  ];

  test.each(CASES)('%s', (_name, name, title, langs, sections) => {
    const text = fixture(name);
    const { jd, diagnostics } = parseJobDescription(text, name);
    expect(diagnostics).toEqual([]);
    expect(jd.file).toBe(name);
    expect(jd.text).toBe(text);
    expect(jd.title).toBe(title);
    expect(jd.langs).toEqual(langs);
    expect(rows(jd)).toEqual(sections);
    checkPositions(jd);
  });

  test('the structured fixtures are read the same whether the extension or the content says so', () => {
    expect(rows(parseJobDescription(fixture('structured.json')).jd)).toEqual(
      rows(parseJobDescription(fixture('structured.json'), 'structured.json').jd),
    );
    // without an extension a `#` line reads as a Markdown heading, so drop the YAML comment: every line moves up one
    const yaml = fixture('structured.yaml');
    const up = (r: SectionRow[]) =>
      r.map(([k, h, l, c, items]) => [k, h, l - 1, c, items.map(([t, il, ic]) => [t, il - 1, ic])]);
    expect(rows(parseJobDescription(yaml.slice(yaml.indexOf('\n') + 1)).jd)).toEqual(
      up(rows(parseJobDescription(yaml, 'structured.yaml').jd)),
    );
    expect(parseJobDescription(yaml).jd.title).toBe('A job description written as YAML'); // with it, the text is Markdown
    // without an extension, the plain-colon text is read as text too
    expect(rows(parseJobDescription(fixture('plain-colon.txt')).jd)).toEqual(
      rows(parseJobDescription(fixture('plain-colon.txt'), 'x.txt').jd),
    );
  });

  test('a text item is exactly its slice of the text, so rules can report spans inside it', () => {
    for (const name of ['zh.md', 'en.txt', 'bilingual.md']) {
      const { jd } = parseJobDescription(fixture(name), name);
      for (const item of jd.sections.flatMap((s) => s.items))
        expect(jd.text.slice(item.offset, item.offset + item.text.length)).toBe(item.text);
    }
  });
});

describe('line endings and the BOM', () => {
  test.each(['zh.md', 'en.txt', 'bilingual.md', 'structured.yaml', 'structured.json'])(
    '%s with a BOM and CRLF keeps every position',
    (name) => {
      const lf = fixture(name);
      const crlf = `\uFEFF${lf.replace(/\n/g, '\r\n')}`;
      const a = parseJobDescription(lf, name).jd;
      const b = parseJobDescription(crlf, name).jd;
      expect(b.text).toBe(crlf.slice(1));
      expect(b.title).toBe(a.title);
      // the text of a multi-line item keeps its CRLF; positions do not move
      const unCr = (r: SectionRow[]) =>
        r.map(([k, h, l, c, items]) => [k, h, l, c, items.map(([t, il, ic]) => [t.replace(/\r\n/g, '\n'), il, ic])]);
      expect(unCr(rows(b))).toEqual(rows(a));
      checkPositions(b);
    },
  );

  test('a BOM alone, or before a heading on line 1, does not shift column 1', () => {
    expect(rows(parseJobDescription('\uFEFF').jd)).toEqual([]);
    const { jd } = parseJobDescription('\uFEFF岗位职责：\r\n- 接听来电\r\n');
    expect(rows(jd)).toEqual([['duties', '岗位职责', 1, 1, [['接听来电', 2, 3]]]]);
  });
});

describe('Unicode spaces', () => {
  // Found by the JD fuzzer: "1. 沟通协调能力强，能适应出差。\u2029" kept the paragraph separator in its item.
  test.each([
    ['U+2029 paragraph separator', '\u2029'],
    ['U+2028 line separator', '\u2028'],
    ['U+2003 em space', '\u2003'],
    ['U+202F narrow no-break space', '\u202f'],
    ['U+1680 ogham space mark', '\u1680'],
  ])('an item ends before a trailing %s, as String.prototype.trim ends it', (_name, space) => {
    const { jd } = parseJobDescription(`岗位要求：\n1. 能适应出差。${space}\n2.${space}熟悉 CRM\n`, 'jd.md');
    expect(rows(jd)).toEqual([
      [
        'requirements',
        '岗位要求',
        1,
        1,
        [
          ['能适应出差。', 2, 4],
          ['熟悉 CRM', 3, 4],
        ],
      ],
    ]);
    checkPositions(jd);
  });
});

describe('list markers', () => {
  test.each([
    ['- 接听来电', 3],
    ['* 接听来电', 3],
    ['+ 接听来电', 3],
    ['• 接听来电', 3],
    ['•接听来电', 2],
    ['·接听来电', 2],
    ['● 接听来电', 3],
    ['1. 接听来电', 4],
    ['1.接听来电', 3],
    ['12) 接听来电', 5],
    ['1、接听来电', 3],
    ['１．接听来电', 3],
    ['（1）接听来电', 4],
    ['(1) 接听来电', 5],
    ['（一）接听来电', 4],
    ['①接听来电', 2],
    ['⑴ 接听来电', 3],
    ['一、接听来电', 3],
    ['十二、接听来电', 4],
    ['  - 接听来电', 5],
    ['\t- 接听来电', 4], // a tab counts 1
  ])('%j', (line, column) => {
    const { jd } = parseJobDescription(`岗位职责\n${line}\n`);
    expect(rows(jd)).toEqual([['duties', '岗位职责', 1, 1, [['接听来电', 2, column]]]]);
  });

  test.each([
    ['1.5 年以上经验', '1.5 年以上经验'], // a decimal is not a marker
    ['3年以上经验', '3年以上经验'],
    ['-不是标记', '-不是标记'], // `-` needs a space
    ['**加粗**的内容，较长的一句话。', '**加粗**的内容，较长的一句话。'],
  ])('%j is not a list item', (line, text) => {
    expect(rows(parseJobDescription(`岗位职责\n${line}\n`).jd)[0]?.[4]).toEqual([[text, 2, 1]]);
  });

  test('an indented line continues the list item above; an unindented one starts a paragraph', () => {
    const { jd } = parseJobDescription('Duties\n- Handle calls and\n  resolve issues\nFollow up daily.\n');
    expect(rows(jd)).toEqual([
      [
        'duties',
        'Duties',
        1,
        1,
        [
          ['Handle calls and\n  resolve issues', 2, 3],
          ['Follow up daily.', 4, 1],
        ],
      ],
    ]);
  });

  test('numbered points written as one paragraph become items without their numbers', () => {
    const { jd } = parseJobDescription('任职要求：\n1、大专以上学历；2、一年以上经验；3、熟悉Excel\n');
    expect(rows(jd)).toEqual([
      [
        'requirements',
        '任职要求',
        1,
        1,
        [
          ['大专以上学历；', 2, 3],
          ['一年以上经验；', 2, 12],
          ['熟悉Excel', 2, 21],
        ],
      ],
    ]);
  });
});

describe('headings', () => {
  test.each<[line: string, kind: JdSectionKind, heading: string, column: number]>([
    ['任职要求：', 'requirements', '任职要求', 1],
    ['任职要求:', 'requirements', '任职要求', 1],
    ['任职要求 ：', 'requirements', '任职要求', 1],
    ['岗 位 职 责：', 'duties', '岗 位 职 责', 1],
    ['Requirements:', 'requirements', 'Requirements', 1],
    ['REQUIREMENTS', 'requirements', 'REQUIREMENTS', 1],
    ['Ｒｅｑｕｉｒｅｍｅｎｔｓ：', 'requirements', 'Ｒｅｑｕｉｒｅｍｅｎｔｓ', 1], // full-width letters
    ['What you’ll do:', 'duties', 'What you’ll do', 1], // a curly apostrophe
    ["What we're looking for", 'requirements', "What we're looking for", 1],
    ['一、岗位职责', 'duties', '岗位职责', 3],
    ['二、任职资格：', 'requirements', '任职资格', 3],
    ['（三）考核指标', 'kpis', '考核指标', 4],
    ['【岗位职责】', 'duties', '岗位职责', 2],
    ['**岗位职责**', 'duties', '岗位职责', 3],
    ['**岗位职责：**', 'duties', '岗位职责', 3],
    ['**Qualifications**:', 'requirements', 'Qualifications', 3],
    ['## Key Responsibilities', 'duties', 'Key Responsibilities', 4],
    ['### 岗位职责与任职要求', 'duties', '岗位职责与任职要求', 5], // the first heading word wins
    ['# KPIs #', 'kpis', 'KPIs', 3],
    ['How you’ll be measured', 'kpis', 'How you’ll be measured', 1],
    ['薪资待遇', 'benefits', '薪资待遇', 1],
    ['What we offer', 'benefits', 'What we offer', 1],
    ['职位概述', 'summary', '职位概述', 1],
    ['About the role', 'summary', 'About the role', 1],
    ['职位描述', 'duties', '职位描述', 1],
    ['Job Description', 'duties', 'Job Description', 1],
    ['岗位职责 Responsibilities', 'duties', '岗位职责 Responsibilities', 1],
    ['## 关于我们', 'about', '关于我们', 4],
    ['How to apply:', 'about', 'How to apply', 1],
    ['工作地点', 'about', '工作地点', 1],
    ['**Our team**', 'other', 'Our team', 3], // a whole bold line is a heading even when unknown
  ])('%j', (line, kind, heading, column) => {
    const { jd } = parseJobDescription(`Intro text here.\n\n${line}\n- 内容\n`);
    expect(rows(jd)[1]).toEqual([kind, heading, 3, column, [['内容', 4, 3]]]);
  });

  test('a known heading with its first content after the colon', () => {
    const { jd } = parseJobDescription(
      '任职要求：本科以上学历，3 年经验。\nResponsibilities: answer calls; log tickets.\n**Benefits:** free lunch\n',
    );
    expect(rows(jd)).toEqual([
      ['requirements', '任职要求', 1, 1, [['本科以上学历，3 年经验。', 1, 6]]],
      [
        'duties',
        'Responsibilities',
        2,
        1,
        [
          ['answer calls;', 2, 19],
          ['log tickets.', 2, 33],
        ],
      ],
      ['benefits', 'Benefits', 3, 3, [['free lunch', 3, 15]]],
    ]);
  });

  test('a sentence ending in a colon is content, not a heading', () => {
    const { jd } = parseJobDescription('Responsibilities\nYou will be responsible for the following:\n- calls\n');
    expect(rows(jd)).toEqual([
      [
        'duties',
        'Responsibilities',
        1,
        1,
        [
          ['You will be responsible for the following:', 2, 1],
          ['calls', 3, 3],
        ],
      ],
    ]);
  });

  test('setext headings', () => {
    const { jd } = parseJobDescription('Agent\n=====\n\nRequirements\n------------\n- English\n');
    expect(jd.title).toBe('Agent');
    expect(rows(jd)).toEqual([['requirements', 'Requirements', 4, 1, [['English', 6, 3]]]]);
  });
});

describe('the title and text before the first heading', () => {
  test.each<[text: string, title: string | undefined, sections: SectionRow[]]>([
    // the first short line
    ['客服专员\n\n岗位职责：\n1、接听来电\n', '客服专员', [['duties', '岗位职责', 3, 1, [['接听来电', 4, 3]]]]],
    // `Title:` before any section
    [
      'Job title: Support Agent\nWe are growing fast.\n',
      'Support Agent',
      [['summary', '', 2, 1, [['We are growing fast.', 2, 1]]]],
    ],
    ['职位名称：客服专员\n', '客服专员', []],
    // a first line that is a sentence is not a title: it opens an unnamed summary section
    [
      'We are hiring a support agent. Join us!\n\nDuties\n- calls\n',
      undefined,
      [
        [
          'summary',
          '',
          1,
          1,
          [
            ['We are hiring a support agent.', 1, 1],
            ['Join us!', 1, 32],
          ],
        ],
        ['duties', 'Duties', 3, 1, [['calls', 4, 3]]],
      ],
    ],
    // a first line that runs on into the next
    [
      'We are hiring a friendly\nagent for our team\n',
      undefined,
      [['summary', '', 1, 1, [['We are hiring a friendly\nagent for our team', 1, 1]]]],
    ],
    // a `#` heading is the title only while no section has started
    [
      '## 岗位职责\n- 接听\n# 客服专员\n',
      undefined,
      [
        ['duties', '岗位职责', 1, 4, [['接听', 2, 3]]],
        ['other', '客服专员', 3, 3, []],
      ],
    ],
    // a list before any heading
    [
      '- 接听来电\n- 处理投诉\n',
      undefined,
      [
        [
          'summary',
          '',
          1,
          3,
          [
            ['接听来电', 1, 3],
            ['处理投诉', 2, 3],
          ],
        ],
      ],
    ],
    // Chinese sentences split without spaces; each line of a Chinese paragraph is its own item
    [
      '  负责接听来电。处理投诉！跟进？\n维护关系\n',
      undefined,
      [
        [
          'summary',
          '',
          1,
          3,
          [
            ['负责接听来电。', 1, 3],
            ['处理投诉！', 1, 10],
            ['跟进？', 1, 15],
            ['维护关系', 2, 1],
          ],
        ],
      ],
    ],
    // an abbreviation, a decimal and a lower-case word after a period do not end a sentence
    [
      'About the role\nUse tools, e.g. Zendesk. Target 4.5 stars. Be kind; be fast.\n',
      undefined,
      [
        [
          'summary',
          'About the role',
          1,
          1,
          [
            ['Use tools, e.g. Zendesk.', 2, 1],
            ['Target 4.5 stars.', 2, 26],
            ['Be kind;', 2, 44],
            ['be fast.', 2, 53],
          ],
        ],
      ],
    ],
  ])('%j', (text, title, sections) => {
    const { jd, diagnostics } = parseJobDescription(text);
    expect(diagnostics).toEqual([]);
    expect(jd.title).toBe(title);
    expect(rows(jd)).toEqual(sections);
    checkPositions(jd);
  });

  test.each(['', '\n\n', '   \r\n\t\n', '<!-- only a comment -->\n', '---\n'])(
    '%j has no title, no sections, no languages',
    (text) => {
      const { jd, diagnostics } = parseJobDescription(text, 'empty.md');
      expect(diagnostics).toEqual([]);
      expect(jd).toEqual({ file: 'empty.md', text, langs: [], sections: [], disabled: new Map() });
    },
  );

  test('an empty structured file is empty too', () => {
    expect(parseJobDescription('', 'jd.yaml')).toEqual({
      jd: { file: 'jd.yaml', text: '', langs: [], sections: [], disabled: new Map() },
      diagnostics: [],
    });
    expect(parseJobDescription('# just a comment\n', 'jd.yaml').jd.sections).toEqual([]);
  });

  test.each<[text: string, langs: string[]]>([
    ['负责接听来电', ['zh']],
    ['Answer calls', ['en']],
    ['负责 CRM 录入', ['zh', 'en']],
    ['- 1\n- A\n', []], // a single letter is no word
    ['<!-- rolematrix-disable JD_AGE -->\n岗位职责：\n- 接听', ['zh']], // comments do not count
  ])('languages of %j', (text, langs) => {
    expect(parseJobDescription(text).jd.langs).toEqual(langs);
  });
});

describe('inline disable comments', () => {
  const codes = (m: Map<number, Set<string> | 'all'>) =>
    Object.fromEntries([...m].map(([k, v]) => [k, v === 'all' ? 'all' : [...v].sort()]));

  test.each<[name: string, text: string, expected: Record<number, string[] | 'all'>]>([
    [
      'file-wide at the top',
      '<!-- rolematrix-disable JD_AGE, JD_GENDER -->\n# 客服\n- 35岁以下\n',
      { 0: ['JD_AGE', 'JD_GENDER'] },
    ],
    ['file-wide, no codes', '\n<!-- rolematrix-disable -->\n- 35岁以下\n', { 0: 'all' }],
    [
      'from a line to the end',
      '# 客服\n- a\n<!-- rolematrix-disable JD_AGE -->\n- b\n- c',
      { 3: ['JD_AGE'], 4: ['JD_AGE'], 5: ['JD_AGE'] },
    ],
    ['next line', '- a\n<!-- rolematrix-disable-next-line JD_AGE -->\n- 35岁以下\n- c\n', { 3: ['JD_AGE'] }],
    ['next line, every rule', '<!-- rolematrix-disable-next-line -->\n- 35岁以下\n', { 2: 'all' }],
    [
      'same line',
      '- 35岁以下 <!-- rolematrix-disable-line JD_AGE JD_GENDER -->\n- b\n',
      { 1: ['JD_AGE', 'JD_GENDER'] },
    ],
    ['same line after #', '- 35岁以下 # rolematrix-disable-line JD_AGE\n', { 1: ['JD_AGE'] }],
    [
      'same line after //',
      '- 35岁以下 // rolematrix-disable-line JD_AGE -- the role is legally age-limited\n',
      { 1: ['JD_AGE'] },
    ],
    ['next line after #', 'a\n# rolematrix-disable-next-line jd_age\nb\n', { 3: ['JD_AGE'] }],
    [
      'two on one line',
      '- x <!-- rolematrix-disable-line JD_AGE --> <!-- rolematrix-disable-line JD_VAGUE -->\n',
      { 1: ['JD_AGE', 'JD_VAGUE'] },
    ],
    [
      'merged with file-wide',
      '<!-- rolematrix-disable JD_AGE -->\n- x <!-- rolematrix-disable-line JD_VAGUE -->\n',
      { 0: ['JD_AGE'], 2: ['JD_VAGUE'] },
    ],
    ['not in a comment', 'Write rolematrix-disable JD_AGE to switch a rule off.\n', {}],
    ['not a directive', '<!-- rolematrix-disabled JD_AGE -->\n', {}],
  ])('%s', (_name, text, expected) => {
    expect(codes(parseDisableComments(text))).toEqual(expected);
    expect(codes(parseJobDescription(text).jd.disabled)).toEqual(expected);
  });

  test('in a YAML JD, a # comment disables its line', () => {
    const text = 'title: 客服\nrequirements:\n  - 35岁以下 # rolematrix-disable-line JD_AGE\n  - 男性优先\n';
    const { jd } = parseJobDescription(text, 'jd.yaml');
    expect(codes(jd.disabled)).toEqual({ 3: ['JD_AGE'] });
    expect(rows(jd)).toEqual([
      [
        'requirements',
        'requirements',
        2,
        1,
        [
          ['35岁以下', 3, 5],
          ['男性优先', 4, 5],
        ],
      ],
    ]);
  });

  test('comment lines are not items, and a trailing directive is not part of its item', () => {
    const text = [
      '岗位职责',
      '<!-- rolematrix-disable-next-line JD_AGE -->',
      '- 35岁以下 <!-- rolematrix-disable-line JD_GENDER -->',
      '# rolematrix-disable-next-line',
      '- 男性 # rolematrix-disable-line',
      '// rolematrix-disable JD_VAGUE',
      '<!--',
      '  a comment over lines',
      '-->',
      '- 吃苦耐劳 // rolematrix-disable-line JD_VAGUE',
      '- 见 https://example.com/#jobs',
      '- 抗压 <!-- a comment that',
      'goes on -->',
    ].join('\n');
    const { jd } = parseJobDescription(text);
    expect(rows(jd)).toEqual([
      [
        'duties',
        '岗位职责',
        1,
        1,
        [
          ['35岁以下', 3, 3],
          ['男性', 5, 3],
          ['吃苦耐劳', 10, 3],
          ['见 https://example.com/#jobs', 11, 3],
          ['抗压', 12, 3],
        ],
      ],
    ]);
    expect(isDisabled(jd, 'JD_AGE', 3)).toBe(true);
    expect(isDisabled(jd, 'JD_GENDER', 3)).toBe(true);
    expect(isDisabled(jd, 'JD_VAGUE', 3)).toBe(false);
    expect(isDisabled(jd, 'JD_AGE', 4)).toBe(false);
    expect(isDisabled(jd, 'JD_GENDER', 5)).toBe(true); // `all`, from the line before and the line itself
    expect(isDisabled(jd, 'JD_VAGUE', 6)).toBe(true);
    expect(isDisabled(jd, 'JD_VAGUE', 11)).toBe(true); // to the end of the file
    expect(isDisabled(jd, 'JD_VAGUE', 5)).toBe(true);
    expect(isDisabled(jd, 'JD_AGE', 10)).toBe(false);
  });

  test('a file-wide directive covers every line', () => {
    const { jd } = parseJobDescription('<!-- rolematrix-disable JD_AGE -->\n- 35岁以下\n');
    expect([1, 2, 99].map((l) => isDisabled(jd, 'JD_AGE', l))).toEqual([true, true, true]);
    expect(isDisabled(jd, 'JD_GENDER', 2)).toBe(false);
  });
});

describe('structured JDs that cannot be read', () => {
  const syntax = (line: number, column: number, file: string, message: string): Diagnostic => ({
    code: 'JD_SYNTAX',
    severity: 'error',
    file,
    path: '',
    line,
    column,
    message,
    hint: expect.stringContaining('indentation') as string,
    zh: { message: expect.stringContaining('职位描述不是格式正确的') as string, hint: expect.any(String) as string },
  });

  test('a malformed YAML JD gives JD_SYNTAX at the offending node', () => {
    const { jd, diagnostics } = parseJobDescription(fixture('malformed.yaml'), 'malformed.yaml');
    expect(diagnostics).toEqual([
      syntax(
        4,
        13,
        'malformed.yaml',
        'The job description is not well-formed YAML: Nested mappings are not allowed in compact mappings.',
      ),
    ]);
    expect(formatDiagnostic(diagnostics[0] as Diagnostic)).toBe(
      'malformed.yaml:4:13: The job description is not well-formed YAML: Nested mappings are not allowed in compact mappings. [JD_SYNTAX]\n' +
        '  hint: Check indentation, quoting and brackets around this position, or write the job description as Markdown or plain text.',
    );
    expect(jd.sections).toEqual([]);
  });

  test('without an extension, YAML-only syntax makes a parse error count', () => {
    const text = 'title: 客服专员\nduties:\n  - 接听来电\n   bad: indent\nrequirements: [大专\n';
    const { diagnostics } = parseJobDescription(text);
    // the scalar that runs into a badly indented key, and the unclosed flow sequence at the end of the text
    expect(diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([
      ['JD_SYNTAX', 3, 5],
      ['JD_SYNTAX', 6, 1],
    ]);
  });

  test('a malformed JSON JD, and a JSON list', () => {
    const a = parseJobDescription('{\n  "title": "Agent",\n  "duties": ["calls",\n}\n');
    expect(a.diagnostics.map((d) => [d.code, d.line, d.column, d.message])).toEqual([
      [
        'JD_SYNTAX',
        4,
        1,
        'The job description is not well-formed JSON: Flow sequence in block collection must be sufficiently indented and end with a ].',
      ],
      ['JD_SYNTAX', 4, 2, 'The job description is not well-formed JSON: Flow map must end with a }.'],
    ]);
    const b = parseJobDescription('["calls"]\n', 'jd.json');
    expect(b.diagnostics.map((d) => [d.code, d.line, d.column, d.message])).toEqual([
      ['JD_SYNTAX', 1, 1, 'A structured job description must be a mapping of sections, not a list.'],
    ]);
  });

  test('after a stray bracket, JD_SYNTAX still points at the line the error is on', () => {
    // The yaml parser's own LineCounter missed the line breaks after the stray `}` and put the last error on line 7.
    const text =
      '{\n  "title": "客服专员",\n}  "duties": [\n    "接听客户来电",\n    "处理投诉"\n  ],\n  "requirements": ["大专"]\n}\n';
    const { diagnostics } = parseJobDescription(text, 'jd.json');
    const last = diagnostics.at(-1)!;
    expect([last.line, last.column, last.message]).toEqual([
      8,
      1,
      'The job description is not well-formed JSON: Unexpected flow-map-end token in YAML stream: "}".',
    ]);
    for (const d of diagnostics) expect(d.column).toBeLessThanOrEqual(text.split('\n')[d.line - 1]!.length + 1);
  });

  test('brackets nested too deep are refused before the YAML parser recurses into them', () => {
    const { diagnostics } = parseJobDescription(`title: x\nduties: ${'['.repeat(5_000)}`, 'jd.yaml');
    expect(diagnostics.map((d) => [d.code, d.line, d.column, d.message])).toEqual([
      ['JD_SYNTAX', 2, 109, 'The job description nests brackets more than 100 deep; it was not read.'],
    ]);
    expect(parseJobDescription(`{"a": ${'['.repeat(99)}${']'.repeat(99)}}`).diagnostics).toEqual([]);
  });

  test('a .yaml file holding a bare paragraph is read as text', () => {
    const { jd, diagnostics } = parseJobDescription('负责接听来电。处理投诉。\n', 'jd.yaml');
    expect(diagnostics).toEqual([]);
    expect(rows(jd)).toEqual([
      [
        'summary',
        '',
        1,
        1,
        [
          ['负责接听来电。', 1, 1],
          ['处理投诉。', 1, 8],
        ],
      ],
    ]);
  });

  test('a Markdown file is never read as YAML', () => {
    const { jd, diagnostics } = parseJobDescription('title: x\nduties:\n  - [a\n', 'jd.md');
    expect(diagnostics).toEqual([]);
    expect(jd.title).toBe('x');
  });
});

describe('any input', () => {
  const FRAGMENTS = [
    '# 客服专员',
    '## 岗位职责',
    '**任职要求：**',
    'Requirements:',
    '任职要求：本科。',
    '一、岗位职责',
    '【考核】',
    'title: 客服',
    'duties:',
    '  - 接听',
    '- 处理投诉',
    '1、维护',
    '（1）跟进',
    '①回访',
    '• x',
    '* ',
    '-',
    '1.5 年',
    '负责接听。处理投诉！',
    'Answer calls. Log it; done.',
    'and wrapped',
    '<!-- rolematrix-disable JD_AGE -->',
    '<!--',
    '-->',
    '# rolematrix-disable-next-line',
    '- a // rolematrix-disable-line',
    '{"title": "x", "duties": ["a"]}',
    '===',
    '---',
    '```',
    '',
    '   ',
    '\t',
    '：',
    '。',
    '**',
    '【】',
    'kpis: [a, b',
    '  bad: x',
    '"',
    '1、大专；2、一年经验',
    '  继续；3、熟悉',
    '- a <!-- open',
    'Role: Agent',
    'e.g. this. That',
    '  | a | b |',
  ];
  const jdLike = fc
    .tuple(
      fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 12 })), { maxLength: 30 }),
      fc.constantFrom('\n', '\r\n'),
      fc.boolean(),
    )
    .map(([lines, eol, bom]) => `${bom ? '\uFEFF' : ''}${lines.join(eol)}`);

  /** Parses and checks every invariant; a throw fails the property and fast-check shrinks the input. */
  function parsesSafely(text: string, file?: string): void {
    const { jd, diagnostics } = parseJobDescription(text, file);
    if (jd.text !== (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)) throw new Error('text changed');
    const lines = jd.text.split('\n').length;
    for (const d of diagnostics) {
      if (
        d.code !== 'JD_SYNTAX' ||
        d.line < 1 ||
        d.line > lines ||
        d.column < 1 ||
        d.message === '' ||
        d.zh.message === ''
      )
        throw new Error(JSON.stringify(d));
    }
    checkPositions(jd);
  }

  test.each([
    ['any string', fc.string({ maxLength: 300 })],
    ['any Unicode', fc.string({ unit: 'binary', maxLength: 200 })],
    ['JD-like lines', jdLike],
  ])('%s: no exception, every position points at its text', (_name, arb) => {
    fc.assert(
      fc.property(arb, (text) => parsesSafely(text)),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(arb, (text) => parsesSafely(text, 'jd.yaml')),
      { numRuns: 200 },
    );
  });

  test('pathological inputs stay fast (no backtracking blow-up)', () => {
    const inputs = [
      `a${' '.repeat(50_000)}b`,
      `Title${' '.repeat(50_000)}`,
      ':'.repeat(50_000),
      '- '.repeat(25_000),
      '<!--'.repeat(10_000),
      `${'# rolematrix-disable JD_AGE\n'.repeat(2_000)}`,
      'x: y\n'.repeat(10_000),
      `${'['.repeat(2_000)}${']'.repeat(2_000)}`,
      '1.'.repeat(20_000),
      '。'.repeat(50_000),
      `- a <!--\n${'x\n'.repeat(50_000)}`,
      `<!--\n${'- x\n'.repeat(50_000)}`,
      '- 1、a；'.repeat(20_000),
      `a${'\n  b'.repeat(20_000)}`,
      'x'.repeat(100_000),
    ];
    for (const text of inputs) {
      const start = performance.now();
      parsesSafely(text);
      expect(performance.now() - start).toBeLessThan(500);
    }
  });

  test('a 2 KB JD parses in well under a millisecond', () => {
    let text = fixture('zh.md') + fixture('en.txt');
    while (text.length < 2048) text += fixture('bilingual.md');
    const runs = 200;
    const batch = () => {
      const start = performance.now();
      for (let i = 0; i < runs; i++) parseJobDescription(text);
      return (performance.now() - start) / runs;
    };
    // the best of a few batches: the first warms up, and a busy machine should not fail the test
    expect(Math.min(batch(), batch(), batch())).toBeLessThan(0.5);
  });
});

test('types', () => {
  expectTypeOf(parseJobDescription).returns.toEqualTypeOf<{ jd: JobDescription; diagnostics: Diagnostic[] }>();
  expectTypeOf(parseDisableComments).returns.toEqualTypeOf<JobDescription['disabled']>();
});
