import type { PathSegment } from '../../errors.js';
import type { CatalogRule } from '../context.js';

/** Lists inside a role whose items must be unique, and the field that identifies an item. */
const KEYED_LISTS: ReadonlyArray<readonly [list: PathSegment[], key: string, what: string]> = [
  [['duties'], 'id', 'duty id'],
  [['permissions'], 'id', 'permission id'],
  [['kpis'], 'ref', 'KPI'],
  [['qualifications', 'skills'], 'ref', 'skill'],
  [['stakeholders'], 'audience', 'audience'],
  [['career'], 'to', 'career target'],
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
        const where = [...listPath, j].map((s) => (typeof s === 'number' ? `[${s}]` : s)).join('.').replace('.[', '[');
        ctx.report(source, [...base, ...listPath, i, key], 'DUPLICATE_ID', `The ${what} "${id}" appears twice in role "${role.id}"; it is already at ${where}.`, {
          hint: `Give each item its own ${key}, or merge the two.`,
        });
      });
    }
  }
};
