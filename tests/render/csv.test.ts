import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { renderCsv } from '../../src/render/csv.js';
import { cell, type Table } from '../../src/render/table.js';
import { MARK_SYMBOLS } from '../../src/render/text.js';
import { EN, REALISTIC, ZH } from './fixtures.js';

/** Parses with a different CSV implementation than the one that wrote it (csv-parse vs papaparse). */
const read = (csv: string): string[][] => parse(csv, { bom: true, relax_column_count: false });

/** What a table's cells should read as: lines joined by \n, a mark as a bracketed symbol in front. */
const expected = (t: Table) => [
  t.columns,
  ...t.rows.map((r) =>
    t.columns.map((_, i) => {
      const c = r.cells[i] ?? cell([]);
      const text = c.lines.join('\n');
      return c.mark ? `[${MARK_SYMBOLS[c.mark]}]${text ? ` ${text}` : ''}` : text;
    }),
  ),
];

describe('renderCsv', () => {
  test('a Chinese table: BOM, header row, CRLF records, multi-line cells quoted with \\n inside, marks as [symbol]', () => {
    expect(renderCsv(ZH)).toBe(
      '\uFEFF项目,客服专员,客服主管\r\n' +
        '岗位职责,,\r\n' +
        '投诉处理,"[=] 受理客户投诉\n记录处理结果","[=] 受理客户投诉\n记录处理结果"\r\n' +
        '回访,[≈] 电话回访客户,[Δ] 抽查回访质量\r\n' +
        '排班,[A] 执行标准话术,[B] 安排班组排班\r\n' +
        '岗位权限,,\r\n' +
        '退款审批,[↓] 提议,[↑] 决定\r\n' +
        '校验,[!] 缺少绩效指标,[✗] 引用了不存在的岗位\r\n',
    );
  });

  test('no title, caption or legend: pure data', () => {
    const out = renderCsv(EN);
    for (const text of [EN.title!, EN.caption!, 'supervisor only']) expect(out).not.toContain(text);
    expect(out.startsWith('\uFEFFItem,Agent,Supervisor\r\n')).toBe(true);
  });

  test.each([
    ['Chinese', ZH],
    ['English', EN],
    ['realistic', REALISTIC],
  ])('%s round-trips through csv-parse to the same cells', (_, table) => {
    expect(read(renderCsv(table))).toEqual(expected(table));
  });

  test('quotes commas, double quotes, newlines and edge spaces (RFC 4180), and nothing else', () => {
    const table: Table = {
      columns: ['plain', 'comma'],
      rows: [
        { cells: [cell('a b'), cell('1,000')] },
        { cells: [cell('say "hi"'), cell(['x', 'y'])] },
        { cells: [cell(' pad '), cell('cr\rlf')] },
      ],
    };
    const out = renderCsv(table);
    expect(out).toBe('\uFEFFplain,comma\r\na b,"1,000"\r\n"say ""hi""","x\ny"\r\n" pad ","cr\rlf"\r\n');
    expect(read(out)).toEqual([
      ['plain', 'comma'],
      ['a b', '1,000'],
      ['say "hi"', 'x\ny'],
      [' pad ', 'cr\rlf'],
    ]);
  });

  test('a field a spreadsheet would run as a formula gets a leading apostrophe; plain signed numbers do not', () => {
    const table: Table = {
      columns: ['=SUM(A1)'],
      rows: [[`=HYPERLINK("http://x","y")`], ['+cmd'], ['-2+3'], ['@foo'], ['-5'], ['+12.5%'], ['0.35']].map((l) => ({
        cells: [cell(l)],
      })),
    };
    expect(read(renderCsv(table)).map((r) => r[0])).toEqual([
      "'=SUM(A1)",
      `'=HYPERLINK("http://x","y")`,
      "'+cmd",
      "'-2+3",
      "'@foo",
      '-5',
      '+12.5%',
      '0.35',
    ]);
  });

  test('a short row is padded to the header width', () => {
    expect(renderCsv({ columns: ['a', 'b', 'c'], rows: [{ section: true, cells: [cell('S')] }] })).toBe(
      '\uFEFFa,b,c\r\nS,,\r\n',
    );
  });
});
