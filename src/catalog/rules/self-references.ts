import type { PathSegment } from '../../errors.js';
import type { CatalogRule } from '../context.js';

/**
 * After `extends`, no role escalates to or reports to itself. A parent whose permission escalates to its heir (the
 * step up) hands the heir a permission that escalates to the heir itself; the finding points where the reference is
 * written in the role's own file, else at its `extends`.
 */
export const selfReferences: CatalogRule = (ctx) => {
  for (const [id, role] of ctx.resolved) {
    const at = ctx.roles.get(id);
    if (!at) continue;
    const own = at.value;
    const parent = own.extends;
    const where = (ownPath: PathSegment[] | undefined): PathSegment[] =>
      ownPath ? [...at.path, ...ownPath] : [...at.path, 'extends'];
    const inherited =
      parent === undefined ? { en: '', zh: '' } : { en: ` (inherited from "${parent}")`, zh: `（继承自 "${parent}"）` };
    for (const p of role.permissions ?? []) {
      if (p.escalateTo !== id) continue;
      const j = (own.permissions ?? []).findIndex((x) => x.id === p.id && x.escalateTo !== undefined);
      const written = j >= 0;
      ctx.report(
        at.source,
        where(written ? ['permissions', j, 'escalateTo'] : undefined),
        'SELF_REFERENCE',
        {
          en: `Role "${id}" escalates permission "${p.id}"${written ? '' : inherited.en} to itself.`,
          zh: `岗位 "${id}" 的权限 "${p.id}"${written ? '' : inherited.zh}超出时上报给它自己。`,
        },
        {
          at: written ? 'value' : 'key',
          hint: written
            ? { en: 'Escalate to the role above this one.', zh: '请改为上报给更高一级的岗位。' }
            : {
                en: `Restate permission "${p.id}" in this role with the role it escalates to, e.g. the one above it.`,
                zh: `请在本岗位中重写权限 "${p.id}"，写明它应上报的岗位（例如上一级岗位）。`,
              },
        },
      );
    }
    if (role.dottedReportsTo?.includes(id)) {
      const j = own.dottedReportsTo?.indexOf(id) ?? -1;
      ctx.report(
        at.source,
        where(j >= 0 ? ['dottedReportsTo', j] : undefined),
        'SELF_REFERENCE',
        {
          en: `Role "${id}" has a dotted reporting line to itself${j >= 0 ? '' : inherited.en}.`,
          zh: `岗位 "${id}"${j >= 0 ? '' : inherited.zh}虚线汇报给它自己。`,
        },
        {
          at: j >= 0 ? 'value' : 'key',
          hint:
            j >= 0
              ? { en: 'Remove it from `dottedReportsTo`.', zh: '请把它从 `dottedReportsTo` 中删除。' }
              : {
                  en: `The line is inherited from "${parent ?? ''}": give this role its own \`dottedReportsTo\`, which replaces the inherited one.`,
                  zh: `这条虚线汇报继承自 "${parent ?? ''}"：请为本岗位写明自己的 \`dottedReportsTo\`，它会取代继承的那条。`,
                },
        },
      );
    }
    if (role.reportsTo === id && own.reportsTo === undefined && parent !== undefined) {
      ctx.report(
        at.source,
        where(undefined),
        'SELF_REFERENCE',
        {
          en: `Role "${id}" reports to itself: the line is inherited from "${parent}".`,
          zh: `岗位 "${id}" 向它自己汇报：这条汇报关系继承自 "${parent}"。`,
        },
        {
          at: 'key',
          hint: { en: 'Give this role its own `reportsTo`.', zh: '请为本岗位写明自己的 `reportsTo`。' },
        },
      );
    }
  }
};
