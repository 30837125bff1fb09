import type { CatalogRule } from '../context.js';

/** A role's dotted reporting lines name each role once, and not the role it already reports to on the solid line. */
export const reportingLines: CatalogRule = (ctx) => {
  for (const [id, at] of ctx.roles) {
    const dotted = at.value.dottedReportsTo ?? [];
    dotted.forEach((target, j) => {
      if (dotted.indexOf(target) < j) {
        ctx.report(
          at.source,
          [...at.path, 'dottedReportsTo', j],
          'DUPLICATE_ID',
          {
            en: `Role "${id}" has the dotted line to "${target}" twice.`,
            zh: `岗位 "${id}" 对 "${target}" 的虚线汇报写了两次。`,
          },
          { hint: { en: 'Remove the second one.', zh: '请删除第二个。' } },
        );
      } else if (target === ctx.resolved.get(id as never)?.reportsTo) {
        ctx.report(
          at.source,
          [...at.path, 'dottedReportsTo', j],
          'INVALID_VALUE',
          {
            en: `Role "${id}" reports to "${target}" on the solid line already; a dotted line to it says nothing more.`,
            zh: `岗位 "${id}" 已经实线汇报给 "${target}"，再加虚线汇报没有意义。`,
          },
          {
            hint: {
              en: 'Remove it from `dottedReportsTo`, or change `reportsTo`.',
              zh: '请把它从 `dottedReportsTo` 中删除，或修改 `reportsTo`。',
            },
          },
        );
      }
    });
  }
};
