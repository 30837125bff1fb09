import { suggestion } from '../../load/suggest.js';
import type { Remove } from '../../model/role.js';
import type { CatalogRule } from '../context.js';
import { REMOVABLE, removableItems } from '../merge.js';

const NAMES: Record<keyof Remove, { en: string; zh: string }> = {
  duties: { en: 'duty', zh: '职责' },
  permissions: { en: 'permission', zh: '权限' },
  kpis: { en: 'KPI', zh: '绩效指标' },
  skills: { en: 'skill', zh: '技能' },
};

/**
 * `remove` leaves out inherited items: it needs `extends`, each id must be one the parent has, and an item the role
 * both restates and removes is a contradiction.
 */
export const removals: CatalogRule = (ctx) => {
  for (const [id, at] of ctx.roles) {
    const remove = at.value.remove;
    if (remove === undefined) continue;
    const parentId = at.value.extends;
    if (parentId === undefined) {
      ctx.report(
        at.source,
        [...at.path, 'remove'],
        'INVALID_VALUE',
        {
          en: `Role "${id}" removes inherited items but extends no role.`,
          zh: `岗位 "${id}" 删除了继承项，但它并没有继承任何岗位。`,
        },
        {
          at: 'key',
          hint: {
            en: 'Delete the items from the role itself, and `remove` with them.',
            zh: '请直接在岗位中删除这些条目，并去掉 `remove`。',
          },
        },
      );
      continue;
    }
    const parent = ctx.resolved.get(parentId) ?? ctx.base?.find(parentId);
    if (parent === undefined) continue; // the dangling or looping `extends` is reported on its own
    for (const list of Object.keys(REMOVABLE) as (keyof Remove)[]) {
      const key = REMOVABLE[list].key;
      const inherited = removableItems(parent, list).map((x) => String(x[key]));
      const own = at.value;
      const restated = (list === 'skills' ? own.qualifications?.skills : own[list]) ?? [];
      (remove[list] ?? []).forEach((ref, i) => {
        const name = NAMES[list];
        if (!inherited.includes(ref)) {
          ctx.report(
            at.source,
            [...at.path, 'remove', list, i],
            'DANGLING_REFERENCE',
            {
              en: `Role "${id}" removes the ${name.en} "${ref}", but "${parentId}" has no such ${name.en} to inherit.`,
              zh: `岗位 "${id}" 删除了${name.zh} "${ref}"，但 "${parentId}" 没有可继承的该${name.zh}。`,
            },
            {
              hint: suggestion(ref, inherited) ?? {
                en: `"${parentId}" has: ${inherited.join(', ') || 'none'}.`,
                zh: `"${parentId}" 具有：${inherited.join('、') || '无'}。`,
              },
            },
          );
        } else if (restated.some((x) => String((x as Record<string, unknown>)[key]) === ref)) {
          ctx.report(
            at.source,
            [...at.path, 'remove', list, i],
            'INVALID_VALUE',
            {
              en: `Role "${id}" both restates and removes the ${name.en} "${ref}".`,
              zh: `岗位 "${id}" 既重写又删除了${name.zh} "${ref}"。`,
            },
            {
              hint: {
                en: 'Keep one: restate it to change it, or remove it to leave it out.',
                zh: '请二选一：要修改就重写它，要去掉就删除它。',
              },
            },
          );
        }
      });
    }
  }
};
