import { describe, expect, test } from 'vitest';
import { renderJson } from '../../src/render/json.js';
import { cell } from '../../src/render/table.js';
import { EN, ZH } from './fixtures.js';

describe('renderJson', () => {
  test('parses back to the table with each cell as text + lines, mark and value kept', () => {
    const doc = JSON.parse(renderJson(ZH));
    expect(doc).toEqual({
      title: ZH.title,
      caption: ZH.caption,
      columns: ['项目', '客服专员', '客服主管'],
      rows: [
        {
          section: true,
          cells: [
            { text: '岗位职责', lines: ['岗位职责'] },
            { text: '', lines: [] },
            { text: '', lines: [] },
          ],
        },
        {
          cells: [
            { text: '投诉处理', lines: ['投诉处理'] },
            { text: '受理客户投诉\n记录处理结果', lines: ['受理客户投诉', '记录处理结果'], mark: 'shared' },
            { text: '受理客户投诉\n记录处理结果', lines: ['受理客户投诉', '记录处理结果'], mark: 'shared' },
          ],
        },
        {
          cells: [
            { text: '回访', lines: ['回访'] },
            { text: '电话回访客户', lines: ['电话回访客户'], mark: 'similar', value: 0.82 },
            { text: '抽查回访质量', lines: ['抽查回访质量'], mark: 'changed' },
          ],
        },
        {
          cells: [
            { text: '排班', lines: ['排班'] },
            { text: '执行标准话术', lines: ['执行标准话术'], mark: 'onlyA' },
            { text: '安排班组排班', lines: ['安排班组排班'], mark: 'onlyB' },
          ],
        },
        {
          section: true,
          cells: [
            { text: '岗位权限', lines: ['岗位权限'] },
            { text: '', lines: [] },
            { text: '', lines: [] },
          ],
        },
        {
          cells: [
            { text: '退款审批', lines: ['退款审批'] },
            { text: '提议', lines: ['提议'], mark: 'lowered' },
            { text: '决定', lines: ['决定'], mark: 'raised' },
          ],
        },
        {
          cells: [
            { text: '校验', lines: ['校验'] },
            { text: '缺少绩效指标', lines: ['缺少绩效指标'], mark: 'warning' },
            { text: '引用了不存在的岗位', lines: ['引用了不存在的岗位'], mark: 'error' },
          ],
        },
      ],
      legend: ZH.legend,
    });
  });

  test('pretty-printed with two spaces, keys in a fixed order, a trailing newline', () => {
    const out = renderJson({
      title: 'T',
      columns: ['a'],
      rows: [{ cells: [cell('x', 'shared', 0.5)] }],
      legend: { shared: 'same' },
    });
    expect(out).toBe(`{
  "title": "T",
  "columns": [
    "a"
  ],
  "rows": [
    {
      "cells": [
        {
          "text": "x",
          "lines": [
            "x"
          ],
          "mark": "shared",
          "value": 0.5
        }
      ]
    }
  ],
  "legend": {
    "shared": "same"
  }
}
`);
  });

  test('absent title, caption and legend are left out; a non-finite value is dropped, not written as null', () => {
    const doc = JSON.parse(renderJson({ columns: ['a', 'b'], rows: [{ cells: [cell('x', undefined, Number.NaN)] }] }));
    expect(doc).toEqual({
      columns: ['a', 'b'],
      rows: [
        {
          cells: [
            { text: 'x', lines: ['x'] },
            { text: '', lines: [] },
          ],
        },
      ],
    });
  });

  test('the English table keeps its legend in the fixed mark order', () => {
    expect(Object.keys(JSON.parse(renderJson(EN)).legend)).toEqual([
      'shared',
      'similar',
      'onlyA',
      'onlyB',
      'changed',
      'raised',
      'lowered',
      'error',
      'warning',
    ]);
  });
});
