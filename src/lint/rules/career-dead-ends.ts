import type { Role } from '../../model/role.js';
import type { LintRule } from '../context.js';
import { levelName } from '../names.js';

/**
 * A role with no career step at all (neither to a catalog role, `to:`, nor to an outside position, `title:`) whose
 * level is below the highest level any role of its family (on its track) holds. The roles at the top may end a path.
 */
export const careerDeadEnds: LintRule = {
  code: 'LINT_CAREER_DEAD_END',
  severity: 'warning',
  check(ctx) {
    const arch = ctx.catalog.architecture;
    // The top of a family is per track: the highest engineer of an IC track ends a path as much as the director does.
    const key = (r: Role) => `${r.family}\u0000${arch.trackOf(r)?.id ?? ''}`;
    const top = new Map<string, string>();
    for (const r of ctx.catalog.roles.values()) {
      const t = top.get(key(r));
      if (t === undefined || arch.compare(r.level, t) > 0) top.set(key(r), r.level);
    }
    for (const r of ctx.catalog.roles.values()) {
      if ((r.career?.length ?? 0) > 0) continue;
      const t = top.get(key(r))!;
      if (arch.compare(r.level, t) >= 0) continue;
      const next = r.reportsTo ?? 'some-role';
      ctx.role(
        r.id,
        r.career === undefined ? [] : ['career'],
        {
          en: `This role (${levelName(ctx.catalog, r.level, 'en')}) has no career step, though its family "${r.family}" goes up to ${levelName(ctx.catalog, t, 'en')}.`,
          zh: `该岗位的层级是${levelName(ctx.catalog, r.level, 'zh')}，没有任何发展路径，而其岗位族 "${r.family}" 最高可到${levelName(ctx.catalog, t, 'zh')}。`,
        },
        {
          en: `Add a step under \`career:\`, to a catalog role (\`- { to: ${next}, track: management }\`) or to an outside position (\`title:\`).`,
          zh: `请在 \`career:\` 下添加发展路径：通向目录中的岗位（\`- { to: ${next}, track: management }\`），或通向目录外的职位（\`title:\`）。`,
        },
      );
    }
  },
};
