import type { Catalog } from '../catalog/catalog.js';
import { listSpec, scalarParts } from '../compare/dimensions.js';
import { kpiTarget } from '../dimensions/format.js';
import { DIMENSIONS, dimensionSpec, ROLE_FIELDS, type Dimension, type DimensionItems } from '../dimensions/registry.js';
import type { FieldChange, ScalarPart } from '../dimensions/types.js';
import type { Bilingual } from '../errors.js';
import { PUNCT } from '../labels.js';
import type { KpiTarget, Role } from '../model/index.js';
import { textIn, type Lang, type LocalizedText } from '../model/text.js';
import { scalarString } from '../text/scalar.js';

export { roleName } from '../dimensions/registry.js';

const SEP = PUNCT.colon;
const LIST = PUNCT.list;

/** The lines that show one item of a dimension: its name first, then details (a duty's activities). */
export function describeItem<D extends Dimension>(
  dim: D,
  item: DimensionItems[D],
  catalog: Catalog,
  lang: Lang,
  opts: { details?: boolean } = {},
): string[] {
  return listSpec(dim).describe(item, catalog, lang, opts.details !== false);
}

/** A value of a single-valued part as text: a level, an education minimum, a number of years, an orientation. */
function describeScalar(part: ScalarPart, value: unknown, lang: Lang, catalog: Catalog): string {
  if (value === undefined || value === null) return '—';
  const v = scalarString(value);
  return part.describe ? part.describe(v, lang, catalog) : v;
}

/** Any value a diff reports, as text: a text in `lang`, a KPI target, a list, a number. */
function describeValue(v: unknown, lang: Lang): string {
  if (v === undefined || v === null) return '—';
  if (Array.isArray(v)) return v.map((x) => describeValue(x, lang)).join(LIST[lang]);
  if (typeof v === 'object' && ('zh' in v || 'en' in v)) {
    const t = (v as Record<string, unknown>)[lang] ?? (v as Record<string, unknown>)[lang === 'zh' ? 'en' : 'zh'];
    return Array.isArray(t) ? t.map(String).join(LIST[lang]) : textIn(v as LocalizedText, lang);
  }
  if (typeof v === 'object' && 'op' in v) return kpiTarget(v as KpiTarget, undefined, lang);
  return scalarString(v);
}

/** What a change is about and how to show its values: an item's field, a single value, or a role's own field. */
function changeSubject(
  path: string,
  dim: Dimension | undefined,
  catalog: Catalog,
): { label: Bilingual | undefined; show(v: unknown, lang: Lang): string } {
  const field = dim === undefined ? undefined : dimensionSpec(dim).list?.fields?.[path];
  if (field)
    return {
      label: field.label,
      show: (v, lang) => (field.show ? field.show(v as never, lang, catalog) : describeValue(v, lang)),
    };
  const dims = dim === undefined ? DIMENSIONS : [dim];
  for (const d of dims) {
    const part = scalarParts(d).find((p) => p.path === path);
    if (part) return { label: part.label, show: (v, lang) => describeScalar(part, v, lang, catalog) };
    const note = dimensionSpec(d).notes?.find((n) => n.path === path);
    if (note) return { label: note.label, show: describeValue };
  }
  return { label: (ROLE_FIELDS as Record<string, Bilingual | undefined>)[path], show: describeValue };
}

/** A field change as `authority: advises → decides ↑` or `权限等级：建议 → 决定 ↑`. */
export function describeChange(c: FieldChange, catalog: Catalog, lang: Lang, dim?: Dimension): string {
  const subject = changeSubject(c.path, dim, catalog);
  const show = (v: unknown) => (v === undefined ? '—' : subject.show(v, lang));
  const arrow = c.effect === 'raised' ? ' ↑' : c.effect === 'lowered' ? ' ↓' : '';
  return `${subject.label?.[lang] ?? c.path}${SEP[lang]}${show(c.from)} → ${show(c.to)}${arrow}`;
}

/** Lines describing a role's single values in a dimension (level, minimum education, years, intensity, …). */
export function scalarLines(dim: Dimension, role: Role, lang: Lang, catalog: Catalog): string[] {
  const parts = scalarParts(dim);
  const lines: string[] = [];
  for (const part of parts) {
    const v = part.read(role);
    if (v === undefined) continue;
    lines.push(
      parts.length === 1
        ? describeScalar(part, v, lang, catalog)
        : `${part.label[lang]}${SEP[lang]}${describeScalar(part, v, lang, catalog)}`,
    );
  }
  for (const note of dimensionSpec(dim).notes ?? []) {
    const v = note.read(role);
    if (note.shown && v !== undefined) lines.push(describeValue(v, lang));
  }
  return lines;
}

/** A field change as data: the field's label and both values as text, in both languages, beside the raw values. */
export function changeData(
  c: FieldChange,
  catalog: Catalog,
  dim?: Dimension,
): {
  path: string;
  label: Bilingual;
  from?: unknown;
  to?: unknown;
  fromText: Bilingual;
  toText: Bilingual;
  effect?: FieldChange['effect'];
} {
  const subject = changeSubject(c.path, dim, catalog);
  const text = (v: unknown): Bilingual =>
    v === undefined ? { zh: '—', en: '—' } : { zh: subject.show(v, 'zh'), en: subject.show(v, 'en') };
  return {
    path: c.path,
    label: subject.label ?? { zh: c.path, en: c.path },
    ...(c.from !== undefined ? { from: c.from } : {}),
    ...(c.to !== undefined ? { to: c.to } : {}),
    fromText: text(c.from),
    toText: text(c.to),
    ...(c.effect !== undefined ? { effect: c.effect } : {}),
  };
}
