import { AUTHORITY } from '../../model/scales.js';
import { textIn } from '../../model/text.js';
import type { MatrixRule } from '../context.js';

const DECIDES = AUTHORITY.rank('decides');

/** The A must hold a permission over the activity graded decides or above; every R a duty that covers it. */
export const authorityAndDuty: MatrixRule = (ctx) => {
  ctx.matrix.activities.forEach((a, i) => {
    for (const roleId of Object.keys(a.assign)) {
      const role = ctx.catalog.find(roleId);
      if (!role) continue;
      const letters = ctx.letters(a, roleId);
      if (letters.includes('A')) {
        const perms = ctx.permissions(a, role);
        if (!perms.some((p) => AUTHORITY.rank(p.authority) >= DECIDES)) {
          const held = perms.map((p) => `${p.id} (${p.authority})`).join(', ');
          const heldZh = perms.map((p) => `${p.id}（${AUTHORITY.label(p.authority, 'zh')}）`).join('、');
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
};

/** No role is A on more activities than the configured maximum. */
export const overload: MatrixRule = (ctx) => {
  const count = new Map<string, number>();
  ctx.matrix.activities.forEach((a, i) => {
    for (const roleId of Object.keys(a.assign)) {
      if (!ctx.letters(a, roleId).includes('A')) continue;
      const n = (count.get(roleId) ?? 0) + 1;
      count.set(roleId, n);
      if (n === ctx.maxAccountable + 1) {
        ctx.report(
          ['activities', i, 'assign', roleId],
          'RACI_OVERLOAD',
          {
            en: `"${roleId}" is accountable for more than ${ctx.maxAccountable} activities of "${ctx.matrix.id}".`,
            zh: `"${roleId}" 在矩阵 "${ctx.matrix.id}" 中对超过 ${ctx.maxAccountable} 项活动负责（A）。`,
          },
          {
            hint: {
              en: 'Delegate some A to the roles that do the work, or raise `raci.maxAccountable` in the catalog document.',
              zh: '请把部分 A 下放给实际执行的岗位，或在目录文档中提高 `raci.maxAccountable`。',
            },
            severity: 'warning',
            at: 'key',
          },
        );
      }
    }
  });
};

/** Every activity is carried out by some duty; every duty of a role in the matrix is carried out by some activity. */
export const gapsAndOmissions: MatrixRule = (ctx) => {
  const covered = new Map<string, Set<string>>();
  ctx.matrix.activities.forEach((a, i) => {
    let any = false;
    for (const roleId of Object.keys(a.assign)) {
      const role = ctx.catalog.find(roleId);
      if (!role) continue;
      for (const d of ctx.duties(a, role)) {
        any = true;
        if (!covered.has(roleId)) covered.set(roleId, new Set());
        covered.get(roleId)!.add(d.id);
      }
    }
    if (!any) {
      ctx.report(
        ['activities', i],
        'RACI_GAP',
        {
          en: `No duty of any role in "${a.id}" covers it: the activity belongs to nobody's job.`,
          zh: `活动 "${a.id}" 不属于任何参与岗位的职责：它没有落在任何人的岗位上。`,
        },
        {
          hint: {
            en: 'Link the duty that carries it out (`duties:`), or add such a duty to the responsible role.',
            zh: '请关联执行它的职责（`duties:`），或为负责执行的岗位补充相应职责。',
          },
          severity: 'warning',
        },
      );
    }
  });
  const roles = [...new Set(ctx.matrix.activities.flatMap((a) => Object.keys(a.assign)))];
  for (const roleId of roles) {
    const role = ctx.catalog.find(roleId);
    if (!role) continue;
    const first = ctx.matrix.activities.findIndex((a) => roleId in a.assign);
    for (const d of role.duties ?? []) {
      if (covered.get(roleId)?.has(d.id)) continue;
      ctx.report(
        ['activities', first, 'assign', roleId],
        'RACI_OMISSION',
        {
          en: `Duty "${d.id}" (${textIn(d.title, 'en')}) of "${roleId}" is carried out by no activity of "${ctx.matrix.id}".`,
          zh: `"${roleId}" 的职责 "${d.id}"（${textIn(d.title, 'zh')}）在矩阵 "${ctx.matrix.id}" 中没有对应的活动。`,
        },
        {
          hint: {
            en: 'Add the activity that carries it out, or, if the duty belongs to another process, turn this rule off for this catalog.',
            zh: '请补充执行该职责的活动；若该职责属于其他流程，可在目录中关闭此规则。',
          },
          severity: 'info',
          at: 'key',
        },
      );
    }
  }
};

/** Two roles both deciding (or approving) over one activity. */
export const overlaps: MatrixRule = (ctx) => {
  ctx.matrix.activities.forEach((a, i) => {
    const deciders = Object.keys(a.assign).filter((roleId) => {
      const role = ctx.catalog.find(roleId);
      return role !== undefined && ctx.permissions(a, role).some((p) => AUTHORITY.rank(p.authority) >= DECIDES);
    });
    if (deciders.length > 1) {
      ctx.report(
        ['activities', i, 'assign', deciders[1]!],
        'RACI_OVERLAP',
        {
          en: `${deciders.join(' and ')} both hold a permission graded decides or above over "${a.id}".`,
          zh: `${deciders.join(' 和 ')} 对活动 "${a.id}" 都有“决定”及以上等级的权限。`,
        },
        {
          hint: {
            en: "Decide who decides: lower one permission, or split the activity by the permissions' limits.",
            zh: '请明确由谁拍板：降低其中一方的权限，或按权限的限度拆分活动。',
          },
          severity: 'warning',
          at: 'key',
        },
      );
    }
  });
};
