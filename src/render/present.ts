import type { Catalog } from '../catalog/catalog.js';
import { SCALAR_PARTS } from '../compare/dimensions.js';
import type { Dimension, DimensionItems, FieldChange } from '../compare/types.js';
import { AUTHORITY, EDUCATION, LEVEL, SKILL_LEVEL } from '../model/scales.js';
import { textIn, type Lang, type LocalizedText } from '../model/text.js';
import type { CareerStep, Duty, Permission, Role, RoleKpi, SkillRequirement, Stakeholder } from '../model/index.js';
import { FIELD_LABELS, PUNCT, paren, t, valueLabel } from '../labels.js';
import { target } from './role-text.js';
import { scalarString } from '../text/scalar.js';

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
  const L = (x: LocalizedText | undefined) => textIn(x, lang);
  switch (dim) {
    case 'duties': {
      const d = item as Duty;
      return [L(d.title), ...(opts.details === false ? [] : (d.activities ?? []).map((a) => `· ${L(a)}`))];
    }
    case 'permissions': {
      const p = item as Permission;
      const extras = [
        p.limit ? `${t('limit', lang)}${SEP[lang]}${L(p.limit)}` : '',
        p.escalateTo ? `${t('escalateTo', lang)}${SEP[lang]}${roleName(p.escalateTo, catalog, lang)}` : '',
      ].filter(Boolean);
      return [
        `[${AUTHORITY.label(p.authority, lang)}] ${L(p.title)}${extras.length ? paren('', extras.join(PUNCT.semicolon[lang]), lang) : ''}`,
      ];
    }
    case 'skills': {
      const s = item as SkillRequirement;
      return [paren(catalog.label('skills', s.ref, lang), SKILL_LEVEL.label(s.level, lang), lang)];
    }
    case 'kpis': {
      const k = item as RoleKpi;
      const entry = catalog.entry('kpis', k.ref);
      const bits = [
        k.target ? target(k.target, entry?.unit, lang) : '',
        k.frequency ? valueLabel('frequency', k.frequency, lang) : '',
        k.weight !== undefined ? `${t('weight', lang)} ${k.weight}%` : '',
      ].filter(Boolean);
      return [
        `${catalog.label('kpis', k.ref, lang)}${bits.length ? paren('', bits.join(PUNCT.semicolon[lang]), lang) : ''}`,
      ];
    }
    case 'stakeholders': {
      const s = item as Stakeholder;
      const ch = (s.channels ?? []).map((c) => catalog.label('channels', c, lang)).join(LIST[lang]);
      return [
        `${catalog.label('audiences', s.audience, lang)}${ch ? `${SEP[lang]}${ch}` : ''}`,
        ...(s.style ? [`· ${L(s.style)}`] : []),
      ];
    }
    case 'career': {
      const c = item as CareerStep;
      return [`${valueLabel('track', c.track, lang)}${SEP[lang]}${c.to ? roleName(c.to, catalog, lang) : L(c.title)}`];
    }
    case 'education':
      return [catalog.label('fields', item as string, lang)];
    case 'traits':
    case 'certifications':
    case 'tools':
    case 'channels':
      return [catalog.label(dim, item as string, lang)];
    case 'workEnvironment':
      return [valueLabel('setting', item as string, lang)];
    default:
      return [L(item as LocalizedText)];
  }
}

export function roleName(id: string, catalog: Catalog, lang: Lang): string {
  const r = catalog.get(id);
  return r ? textIn(r.title, lang) : id;
}

/** A scalar value as text: a level, an education minimum, a number of years, an orientation. */
export function describeScalar(path: string, value: unknown, lang: Lang): string {
  if (value === undefined || value === null) return '—';
  const v = scalarString(value);
  if (path === 'level') return LEVEL.label(v as never, lang);
  if (path.endsWith('education.minimum'))
    return `${EDUCATION.label(v as never, lang)}${lang === 'zh' ? '及以上' : ' or higher'}`;
  if (path === 'orientation') return valueLabel('orientation', v, lang);
  if (path.endsWith('intensity')) return valueLabel('intensity', v, lang);
  if (path.endsWith('routine')) return valueLabel('routine', v, lang);
  return v;
}

export function scalarName(path: string, lang: Lang): string {
  return FIELD_LABELS[path]?.[lang] ?? path;
}

/** A field change as `authority: advises → decides ↑` or `权限等级：建议 → 决定 ↑`. */
export function describeChange(c: FieldChange, lang: Lang, dim?: Dimension): string {
  const show = (v: unknown): string => {
    if (v === undefined) return '—';
    if (c.path === 'authority') return AUTHORITY.label(v as never, lang);
    if (c.path === 'level' && typeof v === 'string' && (SKILL_LEVEL.values as readonly string[]).includes(v))
      return SKILL_LEVEL.label(v as never, lang);
    if (typeof v === 'string' && !c.path.includes('.')) return describeScalar(c.path, v, lang);
    if (typeof v === 'object' && v !== null && ('zh' in v || 'en' in v)) return textIn(v as LocalizedText, lang);
    if (typeof v === 'object' && v !== null && 'op' in v) return target(v as never, undefined, lang);
    if (Array.isArray(v)) return v.join(LIST[lang]);
    return describeScalar(c.path, v, lang);
  };
  const arrow = c.effect === 'raised' ? ' ↑' : c.effect === 'lowered' ? ' ↓' : '';
  const name =
    dim === 'skills' && c.path === 'level' ? (lang === 'zh' ? '熟练程度' : 'proficiency') : scalarName(c.path, lang);
  return `${name}${SEP[lang]}${show(c.from)} → ${show(c.to)}${arrow}`;
}

/** Lines describing a role's single values in a dimension (level, minimum education, years, intensity, …). */
export function scalarLines(dim: Dimension, role: Role, lang: Lang): string[] {
  const parts = SCALAR_PARTS[dim] ?? [];
  const lines: string[] = [];
  for (const part of parts) {
    const v = part.read(role);
    if (v === undefined) continue;
    lines.push(
      parts.length === 1
        ? describeScalar(part.path, v, lang)
        : `${scalarName(part.path, lang)}${SEP[lang]}${describeScalar(part.path, v, lang)}`,
    );
  }
  if (dim === 'workEnvironment' && role.workEnvironment?.description)
    lines.push(textIn(role.workEnvironment.description, lang));
  return lines;
}
