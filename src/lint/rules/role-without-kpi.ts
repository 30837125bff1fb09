import type { LintRule } from '../context.js';

/** A role (with `extends` applied) measured on no KPI. */
export const roleWithoutKpi: LintRule = {
  code: 'LINT_ROLE_WITHOUT_KPI',
  severity: 'warning',
  check(ctx) {
    for (const r of ctx.catalog.roles.values()) {
      if ((r.kpis?.length ?? 0) > 0) continue;
      ctx.role(
        r.id,
        r.kpis === undefined ? [] : ['kpis'],
        { en: `The role "${r.id}" is measured on no KPI.`, zh: `岗位 "${r.id}" 没有任何考核指标。` },
        {
          en: 'Add at least one item under `kpis:`, with a `ref` into the kpis vocabulary, a target and a frequency.',
          zh: '请在 `kpis:` 下至少添加一项：`ref` 指向绩效指标词汇表，并写明目标和考核频率。',
        },
      );
    }
  },
};
