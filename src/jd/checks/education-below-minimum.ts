import { EDUCATION } from '../../model/scales.js';
import { educationBelow } from '../match/contradictions.js';
import type { RoleCheck } from './check.js';

/** JD_EDUCATION_BELOW_MINIMUM: the JD accepts an education below the role's minimum. */
export const educationBelowMinimum: RoleCheck<'JD_EDUCATION_BELOW_MINIMUM'> = {
  code: 'JD_EDUCATION_BELOW_MINIMUM',
  check(ctx) {
    const { analysis: a, role, roleTitle } = ctx;
    const min = role.qualifications?.education?.minimum;
    if (min === undefined) return;
    for (const c of a.claims.education) {
      if (!educationBelow(c, role)) continue;
      const message = {
        en: `The job description accepts ${EDUCATION.label(c.level, 'en').toLowerCase()}, below the ${EDUCATION.label(min, 'en').toLowerCase()} the role ${role.id} (${roleTitle.en}) requires.`,
        zh: `职位描述接受${EDUCATION.label(c.level, 'zh')}学历，低于岗位${roleTitle.zh}（${role.id}）要求的${EDUCATION.label(min, 'zh')}。`,
      };
      const hint = {
        en: `Ask for ${EDUCATION.label(min, 'en').toLowerCase()} or above.`,
        zh: `改为${EDUCATION.label(min, 'zh')}及以上。`,
      };
      ctx.report(ctx.diagnostic('warning', c, message, hint, c.excerpt));
    }
  },
};
