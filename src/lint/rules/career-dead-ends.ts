import { LEVEL, type Level } from '../../model/scales.js';
import type { LintRule } from '../context.js';
import { levelName } from '../names.js';

/**
 * A role with no career step at all (neither to a catalog role, `to:`, nor to an outside position, `title:`) whose
 * level is below the highest level any role of its family holds. The roles at the top of their family may end a path.
 */
export const careerDeadEnds: LintRule = {
  code: 'LINT_CAREER_DEAD_END',
  severity: 'warning',
  check(ctx) {
    const top = new Map<string, Level>();
    for (const r of ctx.catalog.roles.values()) {
      const t = top.get(r.family);
      if (t === undefined || LEVEL.compare(r.level, t) > 0) top.set(r.family, r.level);
    }
    for (const r of ctx.catalog.roles.values()) {
      if ((r.career?.length ?? 0) > 0) continue;
      const t = top.get(r.family)!;
      if (LEVEL.compare(r.level, t) >= 0) continue;
      const next = r.reportsTo ?? 'some-role';
      ctx.role(
        r.id,
        r.career === undefined ? [] : ['career'],
        {
          en: `This role (${levelName(r.level, 'en')}) has no career step, though its family "${r.family}" goes up to ${levelName(t, 'en')}.`,
          zh: `该岗位的层级是${levelName(r.level, 'zh')}，没有任何发展路径，而其岗位族 "${r.family}" 最高可到${levelName(t, 'zh')}。`,
        },
        {
          en: `Add a step under \`career:\`, to a catalog role (\`- { to: ${next}, track: management }\`) or to an outside position (\`title:\`).`,
          zh: `请在 \`career:\` 下添加发展路径：通向目录中的岗位（\`- { to: ${next}, track: management }\`），或通向目录外的职位（\`title:\`）。`,
        },
      );
    }
  },
};
