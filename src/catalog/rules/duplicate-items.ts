import type { PathSegment } from '../../errors.js';
import type { CatalogRule } from '../context.js';

/** Lists inside a role whose items must be unique, and the field that identifies an item. */
const KEYED_LISTS: ReadonlyArray<readonly [list: PathSegment[], key: string, what: { en: string; zh: string }]> = [
  [['duties'], 'id', { en: 'duty id', zh: '职责编号' }],
  [['permissions'], 'id', { en: 'permission id', zh: '权限编号' }],
  [['kpis'], 'ref', { en: 'KPI', zh: '绩效指标' }],
  [['qualifications', 'skills'], 'ref', { en: 'skill', zh: '技能' }],
  [['stakeholders'], 'audience', { en: 'audience', zh: '沟通对象' }],
  [['career'], 'to', { en: 'career target', zh: '发展目标岗位' }],
];

/** Duplicate ids inside one role: two duties with one id, a KPI listed twice, … */
export const duplicateItems: CatalogRule = (ctx) => {
  for (const { value: role, source, path: base } of ctx.roles.values()) {
    for (const [listPath, key, what] of KEYED_LISTS) {
      let list: unknown = role;
      for (const seg of listPath) list = (list as Record<string, unknown> | undefined)?.[seg as string];
      if (!Array.isArray(list)) continue;
      const first = new Map<string, number>();
      list.forEach((item: Record<string, unknown>, i) => {
        const id = item[key];
        if (typeof id !== 'string') return;
        const j = first.get(id);
        if (j === undefined) {
          first.set(id, i);
          return;
        }
        const where = [...listPath, j]
          .map((s) => (typeof s === 'number' ? `[${s}]` : s))
          .join('.')
          .replace('.[', '[');
        ctx.report(
          source,
          [...base, ...listPath, i, key],
          'DUPLICATE_ID',
          {
            en: `The ${what.en} "${id}" appears twice in role "${role.id}"; it is already at ${where}.`,
            zh: `岗位 "${role.id}" 中的${what.zh} "${id}" 出现了两次；它已在 ${where}。`,
          },
          {
            hint: {
              en: `Give each item its own ${key}, or merge the two.`,
              zh: `请为每一项使用不同的 ${key}，或将两项合并。`,
            },
          },
        );
      });
    }
  }
};
