import { LEVEL } from '../../model/scales.js';
import type { LintRule } from '../context.js';
import { levelName, roleName } from '../names.js';

/** A role whose `reportsTo` role is not above it on the level scale (same level or below). */
export const reportsToLevel: LintRule = {
  code: 'LINT_REPORTS_TO_LEVEL',
  severity: 'error',
  check(ctx) {
    const { catalog } = ctx;
    for (const r of catalog.roles.values()) {
      if (r.reportsTo === undefined) continue;
      const boss = catalog.get(r.reportsTo);
      if (boss === undefined) continue; // a dangling reference is the loader's finding
      const cmp = LEVEL.compare(boss.level, r.level);
      if (cmp > 0) continue;
      ctx.role(
        r.id,
        ['reportsTo'],
        {
          en: `This role (${levelName(r.level, 'en')}) reports to ${roleName(catalog, boss.id, 'en')}, which is ${cmp === 0 ? 'at the same level' : `below it (${levelName(boss.level, 'en')})`}.`,
          zh: `该岗位的层级是${levelName(r.level, 'zh')}，却向 ${roleName(catalog, boss.id, 'zh')}汇报，而后者${cmp === 0 ? '与其同级' : `的层级更低，是${levelName(boss.level, 'zh')}`}。`,
        },
        {
          en: `A role reports to a role above it: correct the \`level\` of one of the two, or report to a role above ${r.level}.`,
          zh: `岗位应向更高层级的岗位汇报：请更正两者之一的 \`level\`，或改为向高于${levelName(r.level, 'zh')}的岗位汇报。`,
        },
      );
    }
  },
};
