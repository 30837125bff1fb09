import { suggestion } from '../../load/suggest.js';
import { defineMatrixRule } from '../context.js';

/** Roles, duties and permissions the matrix names must exist in the catalog. */
export const unknownReferences = defineMatrixRule({
  codes: ['RACI_UNKNOWN_ROLE', 'RACI_UNKNOWN_ITEM'],
  check: (ctx) => {
    const roleIds = [...ctx.catalog.roles.keys()];
    ctx.matrix.activities.forEach((a, i) => {
      for (const field of ['assign', 'duties', 'permissions'] as const) {
        for (const [roleId, items] of Object.entries(a[field] ?? {})) {
          const role = ctx.catalog.find(roleId);
          if (!role) {
            ctx.report(
              ['activities', i, field, roleId],
              'RACI_UNKNOWN_ROLE',
              { en: `The catalog has no role "${roleId}".`, zh: `目录中没有岗位 "${roleId}"。` },
              {
                hint: suggestion(roleId, roleIds) ?? {
                  en: 'Use a role id from the catalog.',
                  zh: '请使用目录中的岗位编号。',
                },
                at: 'key',
              },
            );
            continue;
          }
          if (field === 'assign') continue;
          const own: string[] = (field === 'duties' ? role.duties : role.permissions)?.map((x) => x.id) ?? [];
          (items as string[]).forEach((id, j) => {
            if (own.includes(id)) return;
            const what = field === 'duties' ? { en: 'duty', zh: '职责' } : { en: 'permission', zh: '权限' };
            ctx.report(
              ['activities', i, field, roleId, j],
              'RACI_UNKNOWN_ITEM',
              { en: `Role "${roleId}" has no ${what.en} "${id}".`, zh: `岗位 "${roleId}" 没有${what.zh} "${id}"。` },
              {
                hint: suggestion(id, own) ?? {
                  en: `Use one of its ${what.en} ids: ${own.join(', ')}.`,
                  zh: `请使用它的${what.zh}编号之一：${own.join('、')}。`,
                },
              },
            );
          });
          if (!(roleId in a.assign)) {
            ctx.report(
              ['activities', i, field, roleId],
              'RACI_UNKNOWN_ROLE',
              {
                en: `Role "${roleId}" is linked to "${a.id}" but has no letter in it.`,
                zh: `岗位 "${roleId}" 关联了活动 "${a.id}"，但在其中没有字母。`,
              },
              {
                hint: {
                  en: 'Give the role a letter under `assign`, or remove the link.',
                  zh: '请在 `assign` 中为该岗位指定字母，或删除此关联。',
                },
                at: 'key',
              },
            );
          }
        }
      }
    });
  },
});
