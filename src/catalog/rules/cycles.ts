import type { DiagnosticCode } from '../../errors.js';
import type { CatalogContext, CatalogRule } from '../context.js';

/** Finds every loop in a graph where each node has at most one outgoing edge; each loop once, in catalog order. */
export function findChainCycles(order: readonly string[], next: (id: string) => string | undefined): string[][] {
  const state = new Map<string, 'active' | 'done'>();
  const cycles: string[][] = [];
  for (const start of order) {
    if (state.has(start)) continue;
    const trail: string[] = [];
    let cur: string | undefined = start;
    while (cur !== undefined && !state.has(cur)) {
      state.set(cur, 'active');
      trail.push(cur);
      cur = next(cur);
    }
    if (cur !== undefined && state.get(cur) === 'active') cycles.push(trail.slice(trail.indexOf(cur)));
    for (const id of trail) state.set(id, 'done');
  }
  return cycles;
}

function chainRule(key: 'extends' | 'reportsTo', code: DiagnosticCode, verb: { en: string; zh: string }): CatalogRule {
  return (ctx: CatalogContext) => {
    const order = [...ctx.roles.keys()];
    const cycles = findChainCycles(order, (id) => {
      const t = ctx.roles.get(id)?.value[key];
      return t !== undefined && ctx.roles.has(t) ? t : undefined;
    });
    for (const cycle of cycles) {
      // Report at the member defined first, so the finding is stable whatever order files are read in.
      const first = cycle.reduce((a, b) => (order.indexOf(a) <= order.indexOf(b) ? a : b));
      const at = ctx.roles.get(first);
      if (!at) continue;
      const loop = [...cycle.slice(cycle.indexOf(first)), ...cycle.slice(0, cycle.indexOf(first)), first].join(' → ');
      ctx.report(
        at.source,
        [...at.path, key],
        code,
        { en: `Roles ${verb.en} each other in a loop: ${loop}.`, zh: `岗位之间${verb.zh}形成了循环：${loop}。` },
        {
          hint: {
            en: `Break the loop by changing \`${key}\` on one of these roles.`,
            zh: `请修改其中一个岗位的 \`${key}\` 以打破循环。`,
          },
        },
      );
    }
  };
}

export const extendsCycles = chainRule('extends', 'EXTENDS_CYCLE', { en: 'extend', zh: '相互继承' });
export const reportsToCycles = chainRule('reportsTo', 'REPORTS_TO_CYCLE', { en: 'report to', zh: '相互汇报' });
