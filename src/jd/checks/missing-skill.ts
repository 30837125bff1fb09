import type { Bilingual } from '../../errors.js';
import { EDUCATION, SKILL_LEVEL } from '../../model/scales.js';
import { round } from '../match/rank.js';
import { IMPORTANCE, MATCH_THRESHOLD, SKILL_WARNING_LEVEL } from '../match/thresholds.js';
import {
  bilingual,
  itemOf,
  roleName,
  sectionPlace,
  type Missing,
  type RoleCheck,
  type RoleCheckContext,
} from './check.js';
import { yearsRange } from '../../text/years.js';

/**
 * JD_MISSING_SKILL: a skill of the role (a warning at SKILL_WARNING_LEVEL, else info), its education minimum or its
 * years of experience (info) the JD does not ask for. Contradictions are other checks.
 */
export const missingSkill: RoleCheck<'JD_MISSING_SKILL'> = {
  code: 'JD_MISSING_SKILL',
  check(ctx) {
    const { analysis: a, features: rf, role, catalog } = ctx;
    const who = roleName(ctx);
    for (const sk of rf.skills) {
      const s = a.skillBest[sk.index]!;
      if (s >= MATCH_THRESHOLD) {
        ctx.cover({ kind: 'skill', id: sk.ref, score: round(s), items: [itemOf(a, a.skillItem[sk.index]!)] });
        continue;
      }
      const entry = catalog.entry('skills', sk.ref);
      const level = SKILL_LEVEL.rank(sk.level as never);
      const m: Missing = {
        kind: 'skill',
        id: sk.ref,
        importance: IMPORTANCE.skill + level / 8,
        severity: sk.level === SKILL_WARNING_LEVEL ? 'warning' : 'info',
        label: entry ? bilingual(entry.label) : { en: sk.ref, zh: sk.ref },
      };
      miss(ctx, m, {
        en: `The job description does not ask for "${m.label.en}", a skill of the role ${who.en}.`,
        zh: `职位描述没有要求“${m.label.zh}”，这是岗位${who.zh}需要的技能。`,
      });
    }
    // Qualifications: that the JD states them at all.
    const education = role.qualifications?.education?.minimum;
    if (education !== undefined && education !== 'none') {
      const c = a.claims.education[0];
      if (c)
        ctx.cover({
          kind: 'education',
          id: education,
          score: 1,
          items: [{ line: c.line, column: c.column, text: c.excerpt }],
        });
      else {
        const m: Missing = {
          kind: 'education',
          id: education,
          importance: IMPORTANCE.education + 0.1,
          severity: 'info',
          label: { en: EDUCATION.label(education, 'en'), zh: EDUCATION.label(education, 'zh') },
        };
        miss(ctx, m, {
          en: `The job description states no education requirement; the role ${who.en} requires ${m.label.en.toLowerCase()} or above.`,
          zh: `职位描述没有写明学历要求；岗位${who.zh}要求${m.label.zh}及以上。`,
        });
      }
    }
    const years = role.qualifications?.experience?.years;
    if (years) {
      const c = a.claims.years.find((y) => !y.management);
      const label = { en: yearsRange(years, 'en'), zh: yearsRange(years, 'zh') };
      if (c)
        ctx.cover({
          kind: 'experience',
          id: 'years',
          score: 1,
          items: [{ line: c.line, column: c.column, text: c.excerpt }],
        });
      else
        miss(
          ctx,
          { kind: 'experience', id: 'years', importance: IMPORTANCE.experience, severity: 'info', label },
          {
            en: `The job description states no years of experience; the role ${who.en} calls for ${label.en}.`,
            zh: `职位描述没有写明工作年限；岗位${who.zh}要求${label.zh}。`,
          },
        );
    }
  },
};

/** Every kind of missing requirement goes to the requirements section, with the same fix. */
function miss(ctx: RoleCheckContext, m: Missing, message: Bilingual): void {
  const hint = { en: 'Add it to the requirements.', zh: '在任职要求中补充这一项。' };
  ctx.miss(m, ctx.diagnostic(m.severity, sectionPlace(ctx.jd, ['requirements']), message, hint));
}
