import { decides, defineMatrixRule } from '../context.js';

/**
 * Two roles both deciding (or approving) over one activity. A role and one it extends are a variant of each other
 * (the heir inherits the permission), so such a pair alone is no overlap; lint and `overlaps` agree.
 */
export const overlaps = defineMatrixRule({
  codes: ['RACI_OVERLAP'],
  check: (ctx) => {
    ctx.matrix.activities.forEach((a, i) => {
      const deciders = Object.keys(a.assign).filter((roleId) => {
        const role = ctx.catalog.find(roleId);
        return role !== undefined && ctx.permissions(a, role).some(decides);
      });
      const unrelated = deciders.some((x, k) => deciders.slice(k + 1).some((y) => !ctx.catalog.inherits(x, y)));
      if (deciders.length > 1 && unrelated) {
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
  },
});
