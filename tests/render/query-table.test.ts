import { describe, expect, test } from 'vitest';
import { catalog } from '../../src/catalog/shipped.js';
import { query, type QuerySuccess } from '../../src/query/index.js';
import { queryTable } from '../../src/render/query-table.js';
import { cell } from '../../src/render/table.js';

function run(expr: string): QuerySuccess {
  const r = query(catalog, expr);
  if (!r.ok) throw new Error(r.error.message);
  return r;
}

const EXPR =
  'permission:hiring>=decides or (skill:communication>=expert and not orientation:project and experience.years>=5)';

describe('queryTable', () => {
  test('in English: id, title and one line per reason', () => {
    expect(queryTable(run(EXPR), catalog, 'en')).toEqual({
      title: `Query: ${EXPR}`,
      caption: '2 roles match.',
      columns: ['Id', 'Title', 'Why'],
      rows: [
        {
          cells: [
            cell('customer-service-director'),
            cell('Customer Service Director'),
            cell([
              'skill:communication>=expert → Communication (Expert)',
              'not orientation:project → Customer-oriented',
              'experience.years>=5 → 8 years or more',
            ]),
          ],
        },
        {
          cells: [
            cell('customer-service-manager'),
            cell('Customer Service Manager'),
            cell(['permission:hiring>=decides → Hiring decisions (Decides)']),
          ],
        },
      ],
    });
  });

  test('in Chinese', () => {
    const table = queryTable(run(EXPR), catalog, 'zh');
    expect(table.title).toBe(`查询：${EXPR}`);
    expect(table.caption).toBe('共 2 个岗位。');
    expect(table.columns).toEqual(['编号', '岗位', '匹配依据']);
    expect(table.rows.map((r) => r.cells.map((c) => c.lines))).toEqual([
      [
        ['customer-service-director'],
        ['客户服务总监'],
        [
          'skill:communication>=expert → 沟通表达（专家）',
          '非 orientation:project → 客户导向',
          'experience.years>=5 → 8 年以上',
        ],
      ],
      [['customer-service-manager'], ['客服经理'], ['permission:hiring>=decides → 录用决定（决定）']],
    ]);
  });

  test('free text: where it was found, and the score as the cell value', () => {
    const table = queryTable(run('投诉 and level>=manager'), catalog, 'en');
    expect(table.caption).toBe('2 roles match. Ordered by how well the text matches.');
    expect(table.rows[1]).toEqual({
      cells: [
        cell('customer-service-director'),
        cell('Customer Service Director'),
        cell(
          [
            '投诉 → Summary; Duties: Major complaints and crises; Permissions: Deciding on major complaints',
            'level>=manager → Director',
          ],
          undefined,
          7,
        ),
      ],
    });
  });

  test('every kind of reason has words in both languages', () => {
    const expr =
      'id:pmo-director certification:pmp education>=bachelor experience.management>=5 audience:senior-management setting:office career:"Senior executive" duty:methodology-standards authority>=approves title:PMO';
    const en = queryTable(run(expr), catalog, 'en').rows[0]!.cells[2]!.lines;
    const zh = queryTable(run(expr), catalog, 'zh').rows[0]!.cells[2]!.lines;
    expect(en).toEqual([
      'id:pmo-director → PMO Director',
      'certification:pmp → Project Management Professional (PMP)',
      "education>=bachelor → Bachelor's degree",
      'experience.management>=5 → 5 years or more',
      'audience:senior-management → Senior management',
      'setting:office → office',
      'career:"Senior executive" → Senior executive',
      'duty:methodology-standards → Project management methods and standards',
      'authority>=approves → Approving project management rules and methods (Approves); Passing projects through stage gates (Approves)',
      'title:PMO → Title; Also known as',
    ]);
    expect(zh[2]).toBe('education>=bachelor → 本科');
    expect(zh[3]).toBe('experience.management>=5 → 5 年以上');
    expect(zh[9]).toBe('title:PMO → 岗位；别称');
    expect(queryTable(run('投诉 且 level>=manager'), catalog, 'zh').caption).toBe('共 2 个岗位。按文本相关度排序。');
  });

  test('no match', () => {
    const table = queryTable(run('level>=executive and family:customer-service'), catalog, 'zh');
    expect(table.rows).toEqual([]);
    expect(table.caption).toBe('没有符合条件的岗位。');
  });
});
