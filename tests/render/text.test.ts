import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, test } from 'vitest';
import { cell, type CellMark, type Table } from '../../src/render/table.js';
import { renderText, wrap } from '../../src/render/text.js';
import { EN, REALISTIC, ZH } from './fixtures.js';

/** The display columns (measured with string-width) at which a line has a vertical divider. */
function dividers(line: string): number[] {
  const at: number[] = [];
  let col = 0;
  for (const ch of line) {
    if ('│┌┐└┘├┤┬┴┼'.includes(ch)) at.push(col);
    col += stringWidth(ch);
  }
  return at;
}
const gridLines = (out: string) => out.split('\n').filter((l) => /^[│┌├└]/.test(l));

/** The text of column `k`, top to bottom, read between the dividers of every non-spanning grid line. */
function columnText(out: string, k: number): string {
  const lines = gridLines(out).filter((l) => l.startsWith('│'));
  const header = dividers(lines[0]!);
  let text = '';
  for (const line of lines) {
    if (dividers(line).length !== header.length) continue;
    let col = 0;
    for (const ch of line) {
      if (col > header[k]! && col < header[k + 1]!) text += ch;
      col += stringWidth(ch);
    }
  }
  return text;
}

describe('renderText', () => {
  test('a Chinese table: title, caption, box-drawn grid, spanning section rows, marks and the legend', () => {
    expect(renderText(ZH)).toBe(
      `岗位对比：客服专员 与 客服主管
相似度 = 2 × 共同词数 ÷ 两者词数之和

┌──────────┬────────────────┬──────────────────────┐
│ 项目     │ 客服专员       │ 客服主管             │
├──────────┴────────────────┴──────────────────────┤
│ 岗位职责                                         │
├──────────┬────────────────┬──────────────────────┤
│ 投诉处理 │ = 受理客户投诉 │ = 受理客户投诉       │
│          │   记录处理结果 │   记录处理结果       │
├──────────┼────────────────┼──────────────────────┤
│ 回访     │ ≈ 电话回访客户 │ Δ 抽查回访质量       │
├──────────┼────────────────┼──────────────────────┤
│ 排班     │ A 执行标准话术 │ B 安排班组排班       │
├──────────┴────────────────┴──────────────────────┤
│ 岗位权限                                         │
├──────────┬────────────────┬──────────────────────┤
│ 退款审批 │ ↓ 提议         │ ↑ 决定               │
├──────────┼────────────────┼──────────────────────┤
│ 校验     │ ! 缺少绩效指标 │ ✗ 引用了不存在的岗位 │
└──────────┴────────────────┴──────────────────────┘

= 相同  ≈ 相似  A 仅客服专员  B 仅客服主管  Δ 不同  ↑ 更高  ↓ 更低  ✗ 错误  ! 警告
`,
    );
  });

  test('an English table, its legend wrapped at the 100-column default', () => {
    expect(renderText(EN)).toBe(
      `Customer service agent vs supervisor
Similarity = 2 × shared words ÷ all words

┌────────────┬───────────────────────┬──────────────────────┐
│ Item       │ Agent                 │ Supervisor           │
├────────────┴───────────────────────┴──────────────────────┤
│ Duties                                                    │
├────────────┬───────────────────────┬──────────────────────┤
│ Complaints │ = Handle complaints   │ = Handle complaints  │
│            │   Record outcomes     │   Record outcomes    │
├────────────┼───────────────────────┼──────────────────────┤
│ Follow-up  │ ≈ Call customers back │ Δ Audit call-backs   │
├────────────┼───────────────────────┼──────────────────────┤
│ Rota       │ A Follow the scripts  │ B Plan the team rota │
├────────────┴───────────────────────┴──────────────────────┤
│ Permissions                                               │
├────────────┬───────────────────────┬──────────────────────┤
│ Refunds    │ ↓ proposes            │ ↑ decides            │
├────────────┼───────────────────────┼──────────────────────┤
│ Checks     │ ! No KPIs             │ ✗ Unknown role       │
└────────────┴───────────────────────┴──────────────────────┘

= same  ≈ similar  A agent only  B supervisor only  Δ different  ↑ higher  ↓ lower  ✗ error
! warning
`,
    );
  });

  test('without multi-line cells, rules appear only around section rows; no title, caption or legend, no blank lines', () => {
    const table: Table = {
      columns: ['岗位', 'Level'],
      rows: [
        { cells: [cell('客服专员'), cell('L2')] },
        { cells: [cell('Supervisor'), cell('L3')] },
        { section: true, cells: [cell('管理岗')] },
        { cells: [cell('客服经理'), cell('L4')] },
      ],
    };
    expect(renderText(table)).toBe(
      `┌────────────┬───────┐
│ 岗位       │ Level │
├────────────┼───────┤
│ 客服专员   │ L2    │
│ Supervisor │ L3    │
├────────────┴───────┤
│ 管理岗             │
├────────────┬───────┤
│ 客服经理   │ L4    │
└────────────┴───────┘
`,
    );
  });

  test.each([
    ['Chinese', ZH],
    ['English', EN],
    ['realistic', REALISTIC],
  ])('%s: every divider sits at the same display column on every line (string-width, not .length)', (_, table) => {
    const lines = gridLines(renderText(table, { width: 80 }));
    const header = dividers(lines[1]!);
    expect(header.length).toBe(table.columns.length + 1);
    for (const line of lines) {
      expect(stringWidth(line), line).toBe(header.at(-1)! + 1);
      const at = dividers(line);
      if (line.startsWith('│') && at.length === 2)
        expect(at, line).toEqual([header[0], header.at(-1)]); // spanning section row
      else expect(at, line).toEqual(header);
    }
    // .length would disagree for Chinese: the check above is not vacuous
    if (table !== EN) expect(lines.some((l) => l.length !== stringWidth(l))).toBe(true);
  });

  test('any text (emoji sequences, combining marks, wide and narrow characters): every grid line is as wide as string-width says', () => {
    const pieces = [
      'a',
      ' ',
      '中文',
      '，',
      '·',
      '≈',
      'é',
      'e\u0301',
      '👍🏽',
      '👨‍👩‍👧',
      '1\u20e3',
      'ｶﾞ',
      '한',
      '\u1100\u1161',
      '\u200b',
    ];
    const text = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ unit: 'grapheme' })), { maxLength: 12 });
    fc.assert(
      fc.property(
        fc.array(
          text.map((p) => p.join('')),
          { minLength: 2, maxLength: 4 },
        ),
        (cells) => {
          const table: Table = { columns: ['x', 'y'], rows: [{ cells: cells.map((c) => cell(c)) }] };
          const lines = gridLines(renderText(table, { width: 40 }));
          expect(new Set(lines.map((l) => stringWidth(l))).size).toBe(1);
        },
      ),
      { numRuns: 300 },
    );
  });

  test.each([30, 31, 40, 57, 80])(
    'at width %i no line of the realistic table is wider, and no text is lost',
    (width) => {
      const out = renderText(REALISTIC, { width });
      for (const line of out.split('\n')) expect(stringWidth(line), line).toBeLessThanOrEqual(width);
      const agent = columnText(out, 1).replace(/[\s=≈Δ↑↓!✗AB]/g, '');
      expect(agent).toContain('通过电话、在线客服和邮件受理客户咨询，并在CRM系统中完整记录每一次接触');
      expect(agent).toContain('缺少绩效指标|KPI');
      expect(columnText(out, 3).replace(/\s/g, '')).toContain('汇报对象sales-director不存在');
    },
  );

  test('narrower than every column at its floor (4 cells), the grid stops shrinking there; the text still wraps', () => {
    const out = renderText(REALISTIC, { width: 24 });
    expect(gridLines(out).map((l) => stringWidth(l))).toEqual(gridLines(out).map(() => 4 * (4 + 3) + 1));
    for (const line of out.split('\n').filter((l) => !gridLines(out).includes(l)))
      expect(stringWidth(line)).toBeLessThanOrEqual(24);
  });

  test('clipped Chinese cells at a narrow width: a column keeps room for one character and the ellipsis', () => {
    const clipped = (lines: string | string[], mark?: CellMark) => cell(lines, mark, undefined, true);
    const table: Table = {
      columns: ['维度 · 相似度', '客服经理', '项目经理'],
      rows: [
        {
          cells: [
            clipped(['职责 16%', '1 项相近']),
            clipped(['团队管理、质量监控', '另有 3 项'], 'onlyA'),
            clipped('项目计划与范围管理', 'onlyB'),
          ],
        },
        { cells: [clipped('权限 40%'), clipped('[建议] 退款审批', 'similar'), clipped('决定', 'raised')] },
      ],
    };
    for (const width of [24, 25, 26, 28, 30, 40])
      for (const line of renderText(table, { width }).split('\n'))
        expect(stringWidth(line), `${width}: ${line}`).toBeLessThanOrEqual(width);
    expect(renderText(table, { width: 24 })).toBe(
      `┌──────┬───────┬───────┐
│ 维度 │ 客服  │ 项目  │
│ · 相 │ 经理  │ 经理  │
│ 似度 │       │       │
├──────┼───────┼───────┤
│ 职…  │ A 团… │ B 项… │
│ 1…   │   另… │       │
├──────┼───────┼───────┤
│ 权…  │ ≈ […  │ ↑ 决… │
└──────┴───────┴───────┘
`,
    );
  });

  test('shrinks the widest column first, keeps narrow ones natural; a Chinese character never straddles the edge', () => {
    const table: Table = { columns: ['编号', '说明'], rows: [{ cells: [cell('A1'), cell('甲'.repeat(40))] }] };
    expect(renderText(table, { width: 30 })).toBe(
      `┌──────┬─────────────────────┐
│ 编号 │ 说明                │
├──────┼─────────────────────┤
│ A1   │ 甲甲甲甲甲甲甲甲甲  │
│      │ 甲甲甲甲甲甲甲甲甲  │
│      │ 甲甲甲甲甲甲甲甲甲  │
│      │ 甲甲甲甲甲甲甲甲甲  │
│      │ 甲甲甲甲            │
└──────┴─────────────────────┘
`,
    );
  });

  test('control characters cannot reach the terminal; newlines inside a line become lines', () => {
    const table: Table = { columns: ['a'], rows: [{ cells: [cell('red\u001b[31m\tx\ny')] }] };
    const out = renderText(table);
    expect(out).not.toContain('\u001b');
    expect(out).toContain('│ red\uFFFD[31m x │');
    expect(out).toContain('│ y          │');
  });

  test('an empty table, an empty cell and a bare mark', () => {
    expect(renderText({ columns: [], rows: [], title: 'T' })).toBe('T\n\n');
    expect(renderText({ columns: ['x', 'y'], rows: [{ cells: [cell([], 'onlyB')] }] })).toBe(
      `┌───┬───┐
│ x │ y │
├───┼───┤
│ B │   │
└───┴───┘
`,
    );
  });

  test.each([0, -5, 1.5, Number.NaN])('width %s is a programmer error', (width) => {
    expect(() => renderText(ZH, { width })).toThrow(RangeError);
  });
});

test('a table of 200,000 rows renders: no line list is spread into a call (overlaps on 3,000 roles overflowed the stack)', () => {
  const rows = Array.from({ length: 200_000 }, (_, i) => ({ cells: [cell(`role-${i}`), cell(String(i % 100))] }));
  const lines = renderText({ columns: ['role', 'score'], rows }).split('\n');
  expect(lines).toHaveLength(200_000 + 5);
  expect(lines[3]).toBe('│ role-0      │ 0     │');
  expect(lines.slice(-3)).toEqual(['│ role-199999 │ 99    │', '└─────────────┴───────┘', '']);
});

describe('wrap', () => {
  test.each([
    [
      'Chinese breaks between any two characters',
      '受理客户投诉并记录处理结果',
      8,
      ['受理客户', '投诉并记', '录处理结', '果'],
    ],
    [
      'Latin text breaks at spaces',
      'Handle customer complaints quickly',
      12,
      ['Handle', 'customer', 'complaints', 'quickly'],
    ],
    ['mixed text fills the line, Latin words kept whole', '在 CRM 系统中记录', 9, ['在 CRM 系', '统中记录']],
    ['closing punctuation never starts a line', '受理投诉，记录结果。', 8, ['受理投', '诉，记录', '结果。']],
    ['opening punctuation never ends a line', '计划（Success Plan）', 6, ['计划', '（Succ', 'ess', 'Plan）']],
    ['a break after a hyphen inside a word', 'customer-service-supervisor', 18, ['customer-service-', 'supervisor']],
    ['a word longer than the line breaks anywhere', 'https://example.com/a/b', 10, ['https://ex', 'ample.com/', 'a/b']],
    ['spaces at a break are dropped', 'a   b', 1, ['a', 'b']],
    ['the empty string is one empty line', '', 5, ['']],
  ])('%s', (_, text, width, lines) => {
    const out = wrap(text, width);
    expect(out).toEqual(lines);
    for (const l of out) expect(stringWidth(l)).toBeLessThanOrEqual(width);
  });
});

describe('list items in a cell', () => {
  test('a wrapped bulleted or numbered line hangs under its text, not under the bullet', () => {
    const table: Table = {
      columns: ['职责'],
      rows: [
        {
          cells: [
            cell(['团队管理', '· 提出招聘需求并参与面试选拔客服人员', '2. Plan and run the weekly review'], 'onlyA'),
          ],
        },
      ],
    };
    expect(renderText(table, { width: 24 })).toBe(
      `┌──────────────────────┐
│ 职责                 │
├──────────────────────┤
│ A 团队管理           │
│   · 提出招聘需求并参 │
│     与面试选拔客服人 │
│     员               │
│   2. Plan and run    │
│      the weekly      │
│      review          │
└──────────────────────┘
`,
    );
  });

  test.each([
    ['-5% 的成本节约来自流程优化', '-5% 的成本节约来自流程', '优化'],
    ['1.5 years of experience in a call centre', '1.5 years of experience', 'in a call centre'],
  ])('%s is not a list item: no hanging indent', (line, first, second) => {
    expect(renderText({ columns: ['x'.repeat(23)], rows: [{ cells: [cell(line)] }] }, { width: 27 })).toContain(
      `│ ${first.padEnd(first.length + 23 - stringWidth(first))} │\n│ ${second.padEnd(second.length + 23 - stringWidth(second))} │`,
    );
  });
});
