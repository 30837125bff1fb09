import { round } from '../match/rank.js';
import { IMPORTANCE, MATCH_THRESHOLD } from '../match/thresholds.js';
import { bilingual, itemOf, roleName, sectionPlace, type Missing, type RoleCheck } from './check.js';

/** JD_MISSING_DUTY: a duty of the role no JD item covers; a warning, ranked in the role's order. */
export const missingDuty: RoleCheck<'JD_MISSING_DUTY'> = {
  code: 'JD_MISSING_DUTY',
  check(ctx) {
    const { analysis: a, features: rf, jd, role } = ctx;
    const f = a.f;
    const nd = f.duties.length;
    rf.duties.forEach((d, i) => {
      const duty = f.dutyOf[d]!;
      const rows: number[] = [];
      let best = 0;
      for (let row = 0; row < a.items.length; row++) {
        const s = a.dutyScores[row * nd + d]!;
        if (s >= MATCH_THRESHOLD) rows.push(row);
        best = Math.max(best, s);
      }
      if (rows.length > 0) {
        ctx.cover({ kind: 'duty', id: duty.id, score: round(best), items: rows.map((row) => itemOf(a, row)) });
        return;
      }
      const m: Missing = {
        kind: 'duty',
        id: duty.id,
        importance: IMPORTANCE.duty + (1 - i / Math.max(rf.duties.length, 1)) / 2,
        severity: 'warning',
        label: bilingual(duty.title),
      };
      const who = roleName(ctx);
      const example = role.duties?.find((x) => x.id === m.id)?.activities?.[0];
      const message = {
        en: `The job description does not mention the duty "${m.label.en}" of the role ${who.en}.`,
        zh: `职位描述没有提到岗位${who.zh}的职责“${m.label.zh}”。`,
      };
      const hint = example
        ? {
            en: `Add a duty that covers it, e.g. "${bilingual(example).en}", or check that the role is the right one.`,
            zh: `补充一项涵盖它的职责，例如“${bilingual(example).zh}”；或确认所选岗位是否正确。`,
          }
        : {
            en: 'Add a duty that covers it, or check that the role is the right one.',
            zh: '补充一项涵盖它的职责，或确认所选岗位是否正确。',
          };
      ctx.miss(m, ctx.diagnostic(m.severity, sectionPlace(jd, ['duties', 'summary']), message, hint));
    });
  },
};
