import { describe, expect, test } from 'vitest';
import { renderMarkdown } from '../../src/render/markdown.js';
import { cell, type Table } from '../../src/render/table.js';
import { EN, ZH } from './fixtures.js';

describe('renderMarkdown', () => {
  test('a Chinese table: heading, caption, pipe table, bold section rows, <br> lines, mark symbols, legend', () => {
    expect(renderMarkdown(ZH)).toBe(`### 岗位对比：客服专员 与 客服主管

相似度 = 2 × 共同词数 ÷ 两者词数之和

| 项目 | 客服专员 | 客服主管 |
| --- | --- | --- |
| **岗位职责** |  |  |
| 投诉处理 | = 受理客户投诉<br>记录处理结果 | = 受理客户投诉<br>记录处理结果 |
| 回访 | ≈ 电话回访客户 | Δ 抽查回访质量 |
| 排班 | A 执行标准话术 | B 安排班组排班 |
| **岗位权限** |  |  |
| 退款审批 | ↓ 提议 | ↑ 决定 |
| 校验 | ! 缺少绩效指标 | ✗ 引用了不存在的岗位 |

= 相同 · ≈ 相似 · A 仅客服专员 · B 仅客服主管 · Δ 不同 · ↑ 更高 · ↓ 更低 · ✗ 错误 · ! 警告
`);
  });

  test('an English table', () => {
    expect(renderMarkdown(EN)).toBe(`### Customer service agent vs supervisor

Similarity = 2 × shared words ÷ all words

| Item | Agent | Supervisor |
| --- | --- | --- |
| **Duties** |  |  |
| Complaints | = Handle complaints<br>Record outcomes | = Handle complaints<br>Record outcomes |
| Follow-up | ≈ Call customers back | Δ Audit call-backs |
| Rota | A Follow the scripts | B Plan the team rota |
| **Permissions** |  |  |
| Refunds | ↓ proposes | ↑ decides |
| Checks | ! No KPIs | ✗ Unknown role |

= same · ≈ similar · A agent only · B supervisor only · Δ different · ↑ higher · ↓ lower · ✗ error · ! warning
`);
  });

  test('escapes |, \\, <, >, &, Markdown punctuation, newlines and edge spaces so every text shows literally', () => {
    const table: Table = {
      title: 'C# <b>& Co</b> #',
      columns: ['a|b', 'c\\d'],
      rows: [
        { cells: [cell('<script>alert(1)</script>'), cell('*not bold* _nor_ `code` [link](x) ~~gone~~')] },
        { cells: [cell('two\nlines'), cell('  padded ')] },
      ],
    };
    expect(renderMarkdown(table)).toBe(`### C\\# &lt;b&gt;&amp; Co&lt;/b&gt; \\#

| a\\|b | c\\\\d |
| --- | --- |
| &lt;script&gt;alert(1)&lt;/script&gt; | \\*not bold\\* \\_nor\\_ \\\`code\\\` \\[link\\](x) \\~\\~gone\\~\\~ |
| two<br>lines | &nbsp;&nbsp;padded&nbsp; |
`);
  });

  test('every row keeps the column count: a pipe in a cell cannot split it', () => {
    const out = renderMarkdown({ columns: ['x', 'y'], rows: [{ cells: [cell('1 | 2 | 3'), cell('|')] }] });
    const row = out.split('\n')[2]!;
    expect(row.split(/(?<!\\)\|/).length - 2).toBe(2);
  });

  test('a caption or legend cannot become a list, a quote or a heading', () => {
    const out = renderMarkdown({
      caption: '- 1. > not a list',
      columns: [],
      rows: [],
      legend: { error: '# no heading' },
    });
    expect(out).toBe('\\- 1. &gt; not a list\n\n✗ \\# no heading\n');
    expect(renderMarkdown({ caption: '2. second', columns: [], rows: [] })).toBe('2\\. second\n');
  });

  test('a short row is padded, an empty section label is not made bold, a bare mark stands alone', () => {
    expect(
      renderMarkdown({
        columns: ['x', 'y'],
        rows: [{ section: true, cells: [cell('')] }, { cells: [cell([], 'shared')] }],
      }),
    ).toBe(`| x | y |
| --- | --- |
|  |  |
| = |  |
`);
  });
});
