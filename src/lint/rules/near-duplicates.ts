import { similarityMatrix } from '../../compare/many.js';
import type { LintRule } from '../context.js';
import { roleName } from '../names.js';

/** The default similarity (0–1) at or above which two roles are reported. */
export const DEFAULT_NEAR_DUPLICATE_THRESHOLD = 0.8;

/**
 * Two roles whose overall similarity (the comparison engine's) reaches the threshold. A role and a role it extends
 * (directly or not) are exempt: the child is meant to be a variant of its parent. Reported once per pair, at the
 * role whose id sorts later, so the finding does not depend on the order files are read in.
 */
export const nearDuplicateRoles: LintRule = {
  code: 'LINT_NEAR_DUPLICATE_ROLES',
  severity: 'warning',
  check(ctx) {
    const { catalog } = ctx;
    const roles = [...catalog.roles.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    if (roles.length < 2) return;
    const { scores } = similarityMatrix(roles, catalog);
    for (let i = 0; i < roles.length; i++) {
      for (let j = i + 1; j < roles.length; j++) {
        const a = roles[i]!.id;
        const b = roles[j]!.id;
        const score = scores[i]![j]!;
        if (score < ctx.nearDuplicateThreshold || catalog.inherits(a, b)) continue;
        const pct = Math.round(score * 100);
        ctx.role(
          b,
          ['id'],
          {
            en: `This role is ${pct}% similar to ${roleName(catalog, a, 'en')}; the two may be one role.`,
            zh: `该岗位与 ${roleName(catalog, a, 'zh')}的相似度达 ${pct}%，两者可能是同一个岗位。`,
          },
          {
            en: `Run \`rolematrix compare ${a} ${b}\` to see what differs. Merge the two, make the difference explicit in their duties, permissions and KPIs, or, if one is a variant of the other, write it with \`extends: ${a}\`.`,
            zh: `运行 \`rolematrix compare ${a} ${b}\` 查看差异。请合并两个岗位，或在职责、权限和考核指标中写明区别；如果其中一个是另一个的变体，请用 \`extends: ${a}\` 表达。`,
          },
        );
      }
    }
  },
};
