import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import writeExcelFile, { type Cell } from 'write-excel-file/universal';
import { describe, expect, test } from 'vitest';
import { readCscoTable, taskItems, titleList } from '../../src/classification/csco.js';

const CSV = fileURLToPath(new URL('../fixtures/csco/occupations.csv', import.meta.url));
export const cscoInput = () => ({ file: 'occupations.csv', data: new Uint8Array(readFileSync(CSV)) });

describe('readCscoTable', () => {
  test('reads occupations with Chinese headers: code (marks dropped), name, definition, tasks, job titles', async () => {
    const { occupations, diagnostics } = await readCscoTable(cscoInput());
    expect(diagnostics).toEqual([]);
    expect([...occupations.keys()]).toEqual(['4-07-02-03', '4-04-05-03', '2-02-30-04']);
    expect(occupations.get('4-07-02-03')).toEqual({
      code: '4-07-02-03',
      name: '客户服务管理员',
      definition: '在企业中受理客户咨询、投诉和建议，维护客户关系的人员。',
      tasks: [
        '受理客户的咨询、投诉和建议',
        '记录并跟踪客户问题的处理进度',
        '分析客户反馈，提出服务改进意见',
        '维护客户档案和客户关系',
      ],
      titles: ['客户服务专员', '客户关系管理员'],
      at: { file: 'occupations.csv', line: 3 },
    });
    expect(occupations.get('4-04-05-03')!.tasks).toEqual([
      '接听来电并解答客户问题',
      '受理业务并录入系统',
      '回访客户并记录结果',
    ]);
    expect(occupations.get('2-02-30-04')!.tasks).toHaveLength(4);
  });

  test('an XLSX table with English headers reads the same; an unknown column is a warning at its header', async () => {
    const rows = [
      ['Code', 'Name', 'Definition', 'Tasks', 'Market titles', 'Notes'],
      ['4-07-02-03', '客户服务管理员', '定义。', '1. 甲；2. 乙。', '专员、管理员', 'x'],
    ];
    const sheet: Cell[][] = rows.map((r) => r.map((value): Cell => ({ value, type: String })));
    const data = new Uint8Array(await (await writeExcelFile(sheet).toBlob()).arrayBuffer());
    const { occupations, diagnostics } = await readCscoTable({ file: 't.xlsx', data });
    expect(occupations.get('4-07-02-03')).toMatchObject({ tasks: ['甲', '乙'], titles: ['专员', '管理员'] });
    expect(diagnostics.map((d) => [d.code, d.severity, d.path, d.line, d.column, d.message])).toEqual([
      [
        'IMPORT_UNKNOWN_COLUMN',
        'warning',
        't!F1',
        1,
        6,
        'The column "Notes" is not one the importer reads; it is ignored.',
      ],
    ]);
  });

  test('a bad code is INVALID_VALUE at its cell; a missing name column is IMPORT_MISSING_COLUMN', async () => {
    const bad = await readCscoTable({ file: 'a.csv', data: '职业编码,职业名称\n4-7-2-3,某职业\n' });
    expect(bad.diagnostics.map((d) => [d.code, d.path, d.line, d.column])).toEqual([['INVALID_VALUE', 'a!A2', 2, 1]]);
    const missing = await readCscoTable({ file: 'b.csv', data: '职业编码,定义\n4-07-02-03,x\n' });
    expect(missing.diagnostics.map((d) => [d.code, d.zh.message])).toEqual([
      ['IMPORT_MISSING_COLUMN', '该表没有“职业编码”列。'.replace('职业编码', '职业名称')],
    ]);
  });

  test('a CSV file that is not UTF-8 is FILE_ENCODING', async () => {
    const gbk = new Uint8Array([0xbf, 0xcd, 0xbb, 0xa7, 0x0a]); // 客户 in GBK
    const { diagnostics } = await readCscoTable({ file: 'g.csv', data: gbk });
    expect(diagnostics.map((d) => d.code)).toEqual(['FILE_ENCODING']);
  });
});

describe('task and title lists', () => {
  test.each([
    ['1. 甲；\n2. 乙；\n3. 丙。', ['甲', '乙', '丙']],
    ['1、甲；2、乙。', ['甲', '乙']],
    ['（1）甲；（2）乙', ['甲', '乙']],
    ['(1) 甲 (2) 乙', ['甲', '乙']],
    ['甲；乙\n丙', ['甲', '乙', '丙']],
    ['只有一项任务。', ['只有一项任务']],
    ['', []],
  ])('taskItems(%j)', (text, items) => {
    expect(taskItems(text)).toEqual(items);
  });

  test('titleList splits at 、 ， ; / and line breaks, without repeats', () => {
    expect(titleList('话务员、在线客服，客服专员;话务员/坐席\n班长')).toEqual([
      '话务员',
      '在线客服',
      '客服专员',
      '坐席',
      '班长',
    ]);
  });
});
