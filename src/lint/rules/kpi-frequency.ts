import { KPI_FREQUENCIES } from '../../model/kpi.js';
import type { LintRule } from '../context.js';

/** A KPI of a role with no `frequency`. */
export const kpiNoFrequency: LintRule = {
  code: 'LINT_KPI_NO_FREQUENCY',
  severity: 'warning',
  check(ctx) {
    for (const r of ctx.catalog.roles.values()) {
      r.kpis?.forEach((k, i) => {
        if (k.frequency !== undefined) return;
        ctx.role(
          r.id,
          ['kpis', i],
          { en: `The KPI "${k.ref}" has no measuring frequency.`, zh: `绩效指标 "${k.ref}" 没有规定考核频率。` },
          {
            en: `Add \`frequency:\` (${KPI_FREQUENCIES.join(', ')}) so appraisals know when to measure it.`,
            zh: `请添加 \`frequency:\`（${KPI_FREQUENCIES.join('、')}），以明确何时考核。`,
          },
        );
      });
    }
  },
};
