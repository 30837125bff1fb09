import { defineMatrixRule } from '../context.js';

/** No role is A on more activities than the configured maximum. */
export const overload = defineMatrixRule({
  codes: ['RACI_OVERLOAD'],
  check: (ctx) => {
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
  },
});
