import type { LintRule } from '../context.js';

/** A qualitative KPI of the vocabulary with no `rubric` (or an empty one). */
export const kpiNoRubric: LintRule = {
  code: 'LINT_KPI_NO_RUBRIC',
  severity: 'warning',
  check(ctx) {
    for (const e of ctx.catalog.vocabularies.kpis.values()) {
      if (e.type !== 'qualitative' || (e.rubric?.length ?? 0) > 0) continue;
      ctx.entry(
        'kpis',
        e.id,
        e.rubric === undefined ? [] : ['rubric'],
        {
          en: `The qualitative KPI "${e.id}" has no rubric, so nobody can tell how it is judged.`,
          zh: `定性指标 "${e.id}" 没有评分标准（rubric），无从判断如何评价。`,
        },
        {
          en: 'Add `rubric:` with the observable behaviours or levels that describe good performance, each in zh and en.',
          zh: '请添加 `rubric:`，列出描述良好表现的可观察行为或等级，每条都写中英文。',
        },
      );
    }
  },
};
