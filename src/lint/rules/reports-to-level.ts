import type { LintRule } from '../context.js';
import { levelName, roleName } from '../names.js';

/**
 * A role whose `reportsTo` role is not above it: on the same track (or in a catalog without tracks) the manager's level
 * must be higher; across tracks, levels compare by grade and the same grade is fine (a staff engineer may report to an
 * engineering manager of the same grade), a lower one is not.
 */
export const reportsToLevel: LintRule = {
  code: 'LINT_REPORTS_TO_LEVEL',
  severity: 'error',
  check(ctx) {
    const { catalog } = ctx;
    for (const r of catalog.roles.values()) {
      if (r.reportsTo === undefined) continue;
      const boss = catalog.get(r.reportsTo);
      if (boss === undefined) continue; // a dangling reference is the loader's finding
      const cmp = catalog.architecture.compare(boss.level, r.level);
      const sameTrack = catalog.architecture.sameTrack(r, boss);
      if (cmp > 0 || (cmp === 0 && !sameTrack)) continue;
      ctx.role(
        r.id,
        ['reportsTo'],
        {
          en: `This role (${levelName(catalog, r.level, 'en')}) reports to ${roleName(catalog, boss.id, 'en')}, which is ${cmp === 0 ? 'at the same level' : `below it (${levelName(catalog, boss.level, 'en')})`}.`,
          zh: `该岗位的层级是${levelName(catalog, r.level, 'zh')}，却向 ${roleName(catalog, boss.id, 'zh')}汇报，而后者${cmp === 0 ? '与其同级' : `的层级更低，是${levelName(catalog, boss.level, 'zh')}`}。`,
        },
        {
          en: `A role reports to a role above it: correct the \`level\` of one of the two, or report to a role above ${r.level}.`,
          zh: `岗位应向更高层级的岗位汇报：请更正两者之一的 \`level\`，或改为向高于${levelName(catalog, r.level, 'zh')}的岗位汇报。`,
        },
      );
    }
  },
};
