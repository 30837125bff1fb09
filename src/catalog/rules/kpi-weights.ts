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
    // A role that inherits all its KPIs unchanged is covered by the finding on the role it extends.
    const removes = at?.value.remove?.kpis !== undefined;
    if (!at || (at.value.kpis === undefined && at.value.extends !== undefined && !removes)) continue;
    const path =
      at.value.kpis !== undefined ? [...at.path, 'kpis'] : removes ? [...at.path, 'remove', 'kpis'] : at.path;
    const total = +sum.toFixed(6);
    const missing =
      unweighted.length > 0 ? ` ${unweighted.length} KPI(s) have no weight: ${unweighted.join(', ')}.` : '';
    const missingZh = unweighted.length > 0 ? `有 ${unweighted.length} 个指标没有权重：${unweighted.join('、')}。` : '';
    // What the parent contributes, so "sum to 110" says where the rest of the 110 comes from.
    const ownRefs = new Set((at.value.kpis ?? []).map((k) => k.ref));
    const inherited = at.value.extends === undefined ? [] : weighted.filter((k) => !ownRefs.has(k.ref));
    const fromParent = +inherited.reduce((s, k) => s + (k.weight ?? 0), 0).toFixed(6);
    const list = (sep: string, open: string, close: string) =>
      inherited.map((k) => `${k.ref}${open}${k.weight}${close}`).join(sep);
    const origin =
      inherited.length === 0
        ? { en: '', zh: '' }
        : {
            en: ` Of that, ${fromParent} comes from KPIs inherited from "${at.value.extends}": ${list(', ', ' (', ')')}.`,
            zh: `其中 ${fromParent} 来自从 "${at.value.extends}" 继承的指标：${list('、', '（', '）')}。`,
          };
    ctx.report(
      at.source,
      path,
      'KPI_WEIGHTS_SUM',
      {
        en: `The KPI weights of role "${id}" sum to ${total}, not 100.${origin.en}${missing}`,
        zh: `岗位 "${id}" 的绩效指标权重合计为 ${total}，而不是 100。${origin.zh}${missingZh}`,
      },
      {
        at: 'key',
        hint:
          inherited.length === 0
            ? {
                en: 'Give every KPI a weight so that together they make 100, or remove all weights.',
                zh: '请为每个指标设置权重并使合计为 100，或删除全部权重。',
              }
            : {
                en: 'Inherited weights count: restate the inherited KPIs in this role with new weights so that all of them make 100, or leave some out with `remove: { kpis: [...] }`.',
                zh: '继承的权重也计入合计：请在本岗位中重写继承的指标并调整权重，使全部指标合计为 100，或用 `remove: { kpis: [...] }` 去掉其中一些。',
              },
      },
    );
  }
};
