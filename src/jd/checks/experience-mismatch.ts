import { yearsContradict } from '../match/contradictions.js';
import { yearsOf, yearsRange } from '../../text/years.js';
import type { RoleCheck } from './check.js';

/** JD_EXPERIENCE_MISMATCH: the years of (management) experience the JD asks for are outside the role's range. */
export const experienceMismatch: RoleCheck<'JD_EXPERIENCE_MISMATCH'> = {
  code: 'JD_EXPERIENCE_MISMATCH',
  check(ctx) {
    const { analysis: a, role, roleTitle } = ctx;
    const experience = role.qualifications?.experience;
    for (const c of a.claims.years) {
      if (!yearsContradict(c, role)) continue;
      const range = (c.management ? experience?.management?.years : experience?.years)!;
      const what = c.management
        ? { en: 'management experience', zh: '管理经验' }
        : { en: 'experience', zh: '工作经验' };
      const asked = c.max === undefined ? { min: c.min } : { min: c.min, max: c.max };
      const dir = c.min < (range.min ?? 0) ? { en: 'below', zh: '低于' } : { en: 'above', zh: '高于' };
      const message = {
        en: `The job description asks for ${yearsOf(asked, what, 'en')}, ${dir.en} the ${yearsRange(range, 'en')} the role ${role.id} (${roleTitle.en}) calls for.`,
        zh: `职位描述要求${yearsOf(asked, what, 'zh')}，${dir.zh}岗位${roleTitle.zh}（${role.id}）要求的${yearsRange(range, 'zh')}。`,
      };
      const hint = {
        en: `Ask for ${yearsRange(range, 'en')}, or check that the role is the right one.`,
        zh: `改为${yearsRange(range, 'zh')}，或确认所选岗位是否正确。`,
      };
      ctx.report(ctx.diagnostic('warning', c, message, hint, c.excerpt));
    }
  },
};
