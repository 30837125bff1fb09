import type { LintRule } from '../context.js';

/**
 * A KPI of a role whose measurement source is given neither by the role (`kpis[].dataSource`) nor by the kpis
 * vocabulary.
 */
export const kpiNoDataSource: LintRule = {
  code: 'LINT_KPI_NO_DATA_SOURCE',
  severity: 'warning',
  check(ctx) {
    for (const r of ctx.catalog.roles.values()) {
      r.kpis?.forEach((k, i) => {
        const entry = ctx.catalog.entry('kpis', k.ref);
        if (entry === undefined || k.dataSource !== undefined || entry.dataSource !== undefined) return;
        ctx.role(
          r.id,
          ['kpis', i],
          {
            en: `The KPI "${k.ref}" says nowhere where its measurement comes from: neither this role nor the kpis vocabulary gives a data source.`,
            zh: `绩效指标 "${k.ref}" 没有说明数据从何而来：该岗位和绩效指标词汇表都没有给出数据来源。`,
          },
          {
            en: `Add \`dataSource:\` to the entry "${k.ref}" of the kpis vocabulary (it then holds for every role), or to this KPI of the role.`,
            zh: `请在绩效指标词汇表的条目 "${k.ref}" 中添加 \`dataSource:\`（对所有岗位生效），或在该岗位的这项指标中添加。`,
          },
        );
      });
    }
  },
};
