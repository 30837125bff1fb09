import { decides, defineMatrixRule } from '../context.js';

/** The A must hold a permission over the activity graded decides or above; every R a duty that covers it. */
export const authorityAndDuty = defineMatrixRule({
  codes: ['RACI_ACCOUNTABLE_WITHOUT_AUTHORITY', 'RACI_RESPONSIBLE_WITHOUT_DUTY'],
  check: (ctx) => {
    ctx.matrix.activities.forEach((a, i) => {
      for (const roleId of Object.keys(a.assign)) {
        const role = ctx.catalog.find(roleId);
        if (!role) continue;
        const letters = ctx.letters(a, roleId);
        if (letters.includes('A')) {
          const perms = ctx.permissions(a, role);
          if (!perms.some(decides)) {
            const held = perms.map((p) => `${p.id} (${p.authority})`).join(', ');
            const heldZh = perms
              .map((p) => `${p.id}（${ctx.catalog.architecture.authorityLabel(p.authority, 'zh')}）`)
              .join('、');
            ctx.report(
              ['activities', i, 'assign', roleId],
              'RACI_ACCOUNTABLE_WITHOUT_AUTHORITY',
              {
                en: `"${roleId}" is accountable for "${a.id}" but holds no permission over it graded decides or above${held ? `; it has ${held}` : ''}.`,
                zh: `"${roleId}" 对活动 "${a.id}" 负责（A），但没有与之对应、等级达到“决定”的权限${heldZh ? `；它只有 ${heldZh}` : ''}。`,
              },
              {
                hint: {
                  en: `Give the A to the role that decides here, grade the role's permission decides or approves, or link the permission under \`permissions: { ${roleId}: [...] }\`.`,
                  zh: `请把 A 交给在此拍板的岗位，把该岗位的权限定为 decides 或 approves，或在 \`permissions: { ${roleId}: [...] }\` 中关联该权限。`,
                },
                at: 'key',
              },
            );
          }
        }
        if (letters.includes('R') && ctx.duties(a, role).length === 0) {
          ctx.report(
            ['activities', i, 'assign', roleId],
            'RACI_RESPONSIBLE_WITHOUT_DUTY',
            {
              en: `"${roleId}" is responsible for "${a.id}" but none of its duties covers it.`,
              zh: `"${roleId}" 负责执行活动 "${a.id}"（R），但它的职责中没有一项涵盖该活动。`,
            },
            {
              hint: {
                en: `Add the duty to the role, or link it under \`duties: { ${roleId}: [...] }\`.`,
                zh: `请为该岗位补充相应职责，或在 \`duties: { ${roleId}: [...] }\` 中关联。`,
              },
              at: 'key',
            },
          );
        }
      }
    });
  },
});
