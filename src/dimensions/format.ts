import { valueLabel } from '../labels.js';
import type { KpiTarget } from '../model/index.js';
import { textIn, type Lang } from '../model/text.js';

const OPERATORS = { '>=': '≥', '<=': '≤', '>': '>', '<': '<', '=': '=', between: '' } as const;

/** A KPI target as text, e.g. `≥ 90%` or `45–60 s`; `defaultUnit` is the KPI's own unit. */
export function kpiTarget(tg: KpiTarget, defaultUnit: string | undefined, lang: Lang): string {
  if ('text' in tg) return textIn(tg.text, lang);
  const unit = valueLabel('unit', tg.unit ?? defaultUnit ?? '', lang);
  const u = unit === '%' || unit === '' ? unit : ` ${unit}`;
  return tg.op === 'between' ? `${tg.value}–${tg.max ?? '?'}${u}` : `${OPERATORS[tg.op]} ${tg.value}${u}`;
}
