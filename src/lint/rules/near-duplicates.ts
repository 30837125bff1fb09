import { forEachSimilarPair } from '../../compare/many.js';
import type { LintRule } from '../context.js';
import { roleName } from '../names.js';

/** The default similarity (0–1) at or above which two roles are reported. */
export const DEFAULT_NEAR_DUPLICATE_THRESHOLD = 0.8;

/** How many more alike roles a finding names after the most similar one. */
const MORE_NAMED = 3;

/**
 * Two roles whose overall similarity (the comparison engine's) reaches the threshold. A role and a role it extends
 * (directly or not) are exempt: the child is meant to be a variant of its parent. Reported at the role whose id sorts
 * later, naming the most similar earlier role (and how many more there are), so the finding does not depend on the
 * order files are read in and a role has at most one.
 */
export const nearDuplicateRoles: LintRule = {
  code: 'LINT_NEAR_DUPLICATE_ROLES',
  severity: 'warning',
  check(ctx) {
    const { catalog } = ctx;
    const roles = [...catalog.roles.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    if (roles.length < 2) return;
    const bar = ctx.nearDuplicateThreshold;
    // Per role, the earlier roles it is alike: the most similar few, in order, and how many in all. One finding per
    // role, however many (3,000 copies of one role are 2,999 findings, not 4.5 million).
    const kept = MORE_NAMED + 1;
    const alikeOf = new Map<number, { best: { i: number; score: number }[]; count: number }>();
    const before = (x: { i: number; score: number }, y: { i: number; score: number }) => y.score - x.score || x.i - y.i;
    forEachSimilarPair(roles, catalog, bar, (i, j, score) => {
      if (catalog.inherits(roles[i]!.id, roles[j]!.id)) return;
      let a = alikeOf.get(j);
      if (a === undefined) alikeOf.set(j, (a = { best: [], count: 0 }));
      a.count++;
      const entry = { i, score };
      if (a.best.length === kept && before(a.best[kept - 1]!, entry) <= 0) return;
      a.best.push(entry);
      a.best.sort(before);
      if (a.best.length > kept) a.best.pop();
    });
    for (const [j, { best: alike, count }] of [...alikeOf].sort((x, y) => x[0] - y[0])) {
      const b = roles[j]!.id;
      const a = roles[alike[0]!.i]!.id;
      const pct = Math.round(alike[0]!.score * 100);
      const others = count - 1;
      const named = alike.slice(1).map((o) => roles[o.i]!.id);
      const rest = others - named.length;
      const bar100 = Math.round(bar * 100);
      const more =
        others === 0
          ? { en: '', zh: '' }
          : {
              en: ` It is also at least ${bar100}% similar to ${others} more: ${named.join(', ')}${rest > 0 ? ` and ${rest} others` : ''}.`,
              zh: `另有 ${others} 个岗位与它的相似度也不低于 ${bar100}%：${named.join('、')}${rest > 0 ? ` 等` : ''}。`,
            };
      ctx.role(
        b,
        ['id'],
        {
          en: `This role is ${pct}% similar to ${roleName(catalog, a, 'en')}; the two may be one role.${more.en}`,
          zh: `该岗位与 ${roleName(catalog, a, 'zh')}的相似度达 ${pct}%，两者可能是同一个岗位。${more.zh}`,
        },
        {
          en: `Run \`rolematrix compare ${a} ${b}\` to see what differs. Merge the two, make the difference explicit in their duties, permissions and KPIs, or, if one is a variant of the other, write it with \`extends: ${a}\`.`,
          zh: `运行 \`rolematrix compare ${a} ${b}\` 查看差异。请合并两个岗位，或在职责、权限和考核指标中写明区别；如果其中一个是另一个的变体，请用 \`extends: ${a}\` 表达。`,
        },
      );
    }
  },
};
