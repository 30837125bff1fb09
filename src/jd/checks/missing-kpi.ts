import { round } from '../match/rank.js';
import { IMPORTANCE, KPI_WARNING_WEIGHT, MATCH_THRESHOLD } from '../match/thresholds.js';
import { bilingual, itemOf, roleName, sectionPlace, type Missing, type RoleCheck } from './check.js';

/**
 * JD_MISSING_KPI: a KPI of the role the JD does not name; a warning from KPI_WARNING_WEIGHT, else info. With
 * `--role auto` always info: postings rarely name KPIs, and the role was only guessed.
 */
export const missingKpi: RoleCheck<'JD_MISSING_KPI'> = {
  code: 'JD_MISSING_KPI',
  check(ctx) {
    const { analysis: a, features: rf, jd, catalog } = ctx;
    for (const k of rf.kpis) {
      const s = a.kpiBest[k.index]!;
      if (s >= MATCH_THRESHOLD) {
        ctx.cover({ kind: 'kpi', id: k.ref, score: round(s), items: [itemOf(a, a.kpiItem[k.index]!)] });
        continue;
      }
      const entry = catalog.entry('kpis', k.ref);
      const m: Missing = {
        kind: 'kpi',
        id: k.ref,
        importance: IMPORTANCE.kpi + k.weight / 200,
        severity: !ctx.picked && k.weight >= KPI_WARNING_WEIGHT ? 'warning' : 'info',
        label: entry ? bilingual(entry.label) : { en: k.ref, zh: k.ref },
      };
      const who = roleName(ctx);
      const message = {
        en: `The job description does not say the holder is measured on "${m.label.en}", a KPI of the role ${who.en}.`,
        zh: `职位描述没有说明任职者按“${m.label.zh}”考核，这是岗位${who.zh}的考核指标。`,
      };
      const hint = {
        en: 'Name the KPI and its target, so candidates know how the work is judged.',
        zh: '写明该指标及目标值，让应聘者了解工作如何评价。',
      };
      ctx.miss(m, ctx.diagnostic(m.severity, sectionPlace(jd, ['kpis']), message, hint));
    }
  },
};
