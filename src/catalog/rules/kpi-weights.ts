import type { CatalogRule } from '../context.js';

/** When a role weights its KPIs, every KPI has a weight and the weights sum to 100 (after `extends`). */
export const kpiWeights: CatalogRule = (ctx) => {
  for (const [id, role] of ctx.resolved) {
    const kpis = role.kpis ?? [];
    const weighted = kpis.filter((k) => k.weight !== undefined);
    if (weighted.length === 0) continue;
    const sum = weighted.reduce((s, k) => s + (k.weight ?? 0), 0);
    const unweighted = kpis.filter((k) => k.weight === undefined).map((k) => k.ref);
    if (Math.abs(sum - 100) < 1e-9 && unweighted.length === 0) continue;
    const at = ctx.roles.get(id);
    // A role that inherits all its KPIs is covered by the finding on the role it extends.
    if (!at || (at.value.kpis === undefined && at.value.extends !== undefined)) continue;
    const path = at.value.kpis !== undefined ? [...at.path, 'kpis'] : at.path;
    const missing = unweighted.length > 0 ? ` ${unweighted.length} KPI(s) have no weight: ${unweighted.join(', ')}.` : '';
    ctx.report(at.source, path, 'KPI_WEIGHTS_SUM', `The KPI weights of role "${id}" sum to ${+sum.toFixed(6)}, not 100.${missing}`, {
      at: 'key',
      hint: 'Give every KPI a weight so that together they make 100, or remove all weights.',
    });
  }
};
