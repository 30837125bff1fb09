import { Catalog } from '../catalog/catalog.js';
import type {
  CareerStep,
  Duty,
  KpiTarget,
  LocalizedText,
  Permission,
  Role,
  RoleKpi,
  SkillRequirement,
  Stakeholder,
} from '../model/index.js';
import { AUTHORITY, EDUCATION, LEVEL, SKILL_LEVEL, type Scale } from '../model/scales.js';
import { roleTitleWords, vocabWords as vocabWordsOf, wordsOf } from './features.js';
import type { Dimension, DimensionItems, Effect, FieldChange } from './types.js';

/** How one list dimension reads its items from a role, keys them, finds their words, and diffs two with one key. */
export interface ListSpec<D extends Dimension> {
  items(role: Role): readonly DimensionItems[D][];
  key(item: DimensionItems[D]): string;
  words(item: DimensionItems[D], catalog: Catalog): Set<string>;
  /** Words of the item's name alone, when it has more text than a name; similarity weighs both halves equally. */
  titleWords?(item: DimensionItems[D], catalog: Catalog): Set<string>;
  diff(a: DimensionItems[D], b: DimensionItems[D]): FieldChange[];
  /**
   * The compared fields as one string (default: the item as JSON). Two items with one key differ exactly when
   * their fingerprints differ, so the score-only path can skip `diff`.
   */
  fingerprint?(item: DimensionItems[D]): string;
}

/** One single-valued part of a dimension (a level, a minimum, a number of years). */
export interface ScalarPart {
  path: string;
  read(role: Role): string | number | undefined;
  /** Ordered values: an ordinal scale, or 'number'. Unordered when absent. */
  order?: Scale<string> | 'number' | readonly string[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const textKey = (t: LocalizedText) => (typeof t === 'string' ? t : `${t.zh ?? ''}|${t.en ?? ''}`).trim().toLowerCase();

function change(path: string, from: unknown, to: unknown, effect?: Effect): FieldChange {
  const c: FieldChange = { path, from, to };
  if (effect) c.effect = effect;
  return c;
}

/** Field differences over plain fields of two items; lists compare as wholes. */
function fieldDiff<T extends object>(a: T, b: T, fields: readonly (keyof T & string)[]): FieldChange[] {
  const out: FieldChange[] = [];
  for (const f of fields) if (!same(a[f], b[f])) out.push(change(f, a[f], b[f]));
  return out;
}

function ordinalEffect<T extends string>(scale: Scale<T>, a: T, b: T): Effect | undefined {
  const d = scale.compare(b, a);
  return d > 0 ? 'raised' : d < 0 ? 'lowered' : undefined;
}

/** Whether target b asks more than target a, given which direction is better for the KPI. */
export function targetEffect(
  a: KpiTarget | undefined,
  b: KpiTarget | undefined,
  direction: 'higher' | 'lower' | undefined,
): Effect | undefined {
  if (!a || !b || 'text' in a || 'text' in b || direction === undefined) return undefined;
  if (a.value === b.value) return undefined;
  const tighter = direction === 'higher' ? b.value > a.value : b.value < a.value;
  return tighter ? 'raised' : 'lowered';
}

type VocabWords = (
  catalog: Catalog,
  kind: 'traits' | 'certifications' | 'tools' | 'fields' | 'channels',
  id: string,
) => Set<string>;
const vocabList = <D extends Dimension>(
  vocabWords: VocabWords,
  kind: 'traits' | 'certifications' | 'tools' | 'fields' | 'channels',
  read: (r: Role) => readonly string[] | undefined,
): ListSpec<D> =>
  ({
    items: (r: Role) => read(r) ?? [],
    key: (id: string) => id,
    words: (id: string, catalog: Catalog) => vocabWords(catalog, kind, id),
    diff: () => [],
  }) as unknown as ListSpec<D>;

const textList = <D extends Dimension>(read: (r: Role) => readonly LocalizedText[] | undefined): ListSpec<D> =>
  ({
    items: (r: Role) => read(r) ?? [],
    key: textKey,
    words: (t: LocalizedText) => wordsOf([t]),
    diff: () => [],
    fingerprint: textKey,
  }) as unknown as ListSpec<D>;

export type ListDimension = Exclude<Dimension, 'orientation' | 'level'>;

export function listSpecs(catalog: Catalog): { [D in ListDimension]: ListSpec<D> } {
  const memo = new Map<string, Set<string>>();
  const vocabWords = (cat: Catalog, kind: Parameters<typeof vocabWordsOf>[1], id: string) => {
    const k = `${kind}\u0000${id}`;
    let w = memo.get(k);
    if (!w) memo.set(k, (w = vocabWordsOf(cat, kind, id)));
    return w;
  };
  const kpiDirection = (ref: string) => catalog.entry('kpis', ref)?.direction;
  return {
    duties: {
      items: (r) => r.duties ?? [],
      key: (d: Duty) => d.id,
      words: (d: Duty) => {
        const set = wordsOf([d.title, d.description, ...(d.activities ?? [])]);
        for (const w of d.keywords?.zh ?? []) set.add(w.toLowerCase());
        for (const w of d.keywords?.en ?? []) set.add(w.toLowerCase());
        return set;
      },
      titleWords: (d: Duty) => wordsOf([d.title]),
      diff: (a, b) => fieldDiff(a, b, ['title', 'description', 'category', 'activities', 'keywords']),
    },
    focus: textList((r) => r.focus),
    permissions: {
      items: (r) => r.permissions ?? [],
      key: (p: Permission) => p.id,
      words: (p: Permission) => wordsOf([p.title, p.description, p.limit]),
      titleWords: (p: Permission) => wordsOf([p.title]),
      diff: (a, b) => {
        const out = fieldDiff(a, b, ['title', 'domain', 'limit', 'escalateTo', 'description']);
        if (a.authority !== b.authority)
          out.unshift(
            change('authority', a.authority, b.authority, ordinalEffect(AUTHORITY, a.authority, b.authority)),
          );
        return out;
      },
    },
    education: vocabList(vocabWords, 'fields', (r) => r.qualifications?.education?.fields),
    experience: textList((r) => r.qualifications?.experience?.areas),
    skills: {
      items: (r) => r.qualifications?.skills ?? [],
      key: (s: SkillRequirement) => s.ref,
      words: (s: SkillRequirement) => vocabWords(catalog, 'skills', s.ref),
      diff: (a, b) =>
        a.level === b.level ? [] : [change('level', a.level, b.level, ordinalEffect(SKILL_LEVEL, a.level, b.level))],
    },
    traits: vocabList(vocabWords, 'traits', (r) => r.qualifications?.traits),
    certifications: vocabList(vocabWords, 'certifications', (r) => r.qualifications?.certifications),
    tools: vocabList(vocabWords, 'tools', (r) => r.qualifications?.tools),
    knowledge: textList((r) => r.qualifications?.knowledge),
    kpis: {
      items: (r) => r.kpis ?? [],
      key: (k: RoleKpi) => k.ref,
      words: (k: RoleKpi) => vocabWords(catalog, 'kpis', k.ref),
      diff: (a, b) => {
        const out: FieldChange[] = [];
        if (!same(a.target, b.target))
          out.push(change('target', a.target, b.target, targetEffect(a.target, b.target, kpiDirection(a.ref))));
        return out.concat(fieldDiff(a, b, ['frequency', 'weight', 'dataSource', 'note']));
      },
    },
    stakeholders: {
      items: (r) => r.stakeholders ?? [],
      key: (s: Stakeholder) => s.audience,
      words: (s: Stakeholder) => vocabWords(catalog, 'audiences', s.audience),
      diff: (a, b) => {
        const out: FieldChange[] = [];
        const ca = new Set(a.channels ?? []);
        const cb = new Set(b.channels ?? []);
        const added = [...cb].filter((c) => !ca.has(c));
        const removed = [...ca].filter((c) => !cb.has(c));
        if (added.length || removed.length) out.push(change('channels', a.channels ?? [], b.channels ?? []));
        return out.concat(fieldDiff(a, b, ['purpose', 'style']));
      },
      fingerprint: (s: Stakeholder) => JSON.stringify([s.audience, [...(s.channels ?? [])].sort(), s.purpose, s.style]),
    },
    channels: vocabList(vocabWords, 'channels', (r) => [
      ...new Set((r.stakeholders ?? []).flatMap((s) => s.channels ?? [])),
    ]),
    career: {
      items: (r) => r.career ?? [],
      key: (c: CareerStep) => (c.to !== undefined ? c.to : `title:${textKey(c.title ?? '')}`),
      words: (c: CareerStep) => (c.to !== undefined ? roleTitleWords(catalog, c.to) : wordsOf([c.title])),
      diff: (a, b) => fieldDiff(a, b, ['track', 'note']),
    },
    workEnvironment: {
      items: (r) => r.workEnvironment?.settings ?? [],
      key: (s: string) => s,
      words: (s: string) => new Set([s]),
      diff: () => [],
    },
  };
}

const INTENSITY = ['low', 'moderate', 'high'] as const;

/** Single-valued parts of each dimension. */
export const SCALAR_PARTS: Partial<Record<Dimension, readonly ScalarPart[]>> = {
  orientation: [{ path: 'orientation', read: (r) => r.orientation }],
  level: [{ path: 'level', read: (r) => r.level, order: LEVEL }],
  education: [
    {
      path: 'qualifications.education.minimum',
      read: (r) => r.qualifications?.education?.minimum,
      order: EDUCATION,
    },
  ],
  experience: [
    {
      path: 'qualifications.experience.years.min',
      read: (r) => r.qualifications?.experience?.years?.min,
      order: 'number',
    },
    {
      path: 'qualifications.experience.years.max',
      read: (r) => r.qualifications?.experience?.years?.max,
      order: 'number',
    },
    {
      path: 'qualifications.experience.management.years.min',
      read: (r) => r.qualifications?.experience?.management?.years.min,
      order: 'number',
    },
    {
      path: 'qualifications.experience.management.years.max',
      read: (r) => r.qualifications?.experience?.management?.years.max,
      order: 'number',
    },
  ],
  workEnvironment: [
    { path: 'workEnvironment.intensity', read: (r) => r.workEnvironment?.intensity, order: INTENSITY },
    { path: 'workEnvironment.routine', read: (r) => r.workEnvironment?.routine },
  ],
};

/** Position of a value on the part's order (the number itself for numbers), or undefined when unordered. */
function position(part: ScalarPart, v: string | number): number | undefined {
  const order = part.order;
  if (order === undefined) return undefined;
  if (order === 'number') return Number(v);
  const values: readonly string[] = Array.isArray(order)
    ? (order as readonly string[])
    : (order as Scale<string>).values;
  return values.indexOf(String(v));
}

/** Score of one scalar part: 1 when equal, the distance on its order otherwise, NaN when neither role has it. */
export function scalarScore(
  part: ScalarPart,
  va: string | number | undefined,
  vb: string | number | undefined,
): number {
  if (va === undefined && vb === undefined) return Number.NaN;
  if (va === vb) return 1;
  if (va === undefined || vb === undefined) return 0;
  const pa = position(part, va);
  const pb = position(part, vb);
  if (pa === undefined || pb === undefined) return 0;
  let span: number;
  if (part.order === 'number') span = Math.max(Math.abs(pa), Math.abs(pb), 1);
  else {
    const order = part.order!;
    span = Math.max((Array.isArray(order) ? order.length : (order as Scale<string>).values.length) - 1, 1);
  }
  return Math.max(0, 1 - Math.abs(pb - pa) / span);
}

/** The change of one scalar part between two roles, with its effect when the part is ordered. */
export function scalarChange(
  part: ScalarPart,
  va: string | number | undefined,
  vb: string | number | undefined,
): FieldChange | undefined {
  if (va === vb) return undefined;
  if (va === undefined || vb === undefined) return change(part.path, va, vb);
  const pa = position(part, va);
  const pb = position(part, vb);
  if (pa === undefined || pb === undefined) return change(part.path, va, vb);
  return change(part.path, va, vb, pb > pa ? 'raised' : 'lowered');
}

let plainSpecs: { [D in ListDimension]: ListSpec<D> } | undefined;
/** Specs for reading items and keys only (no catalog needed for those). */
function readers(): { [D in ListDimension]: ListSpec<D> } {
  return (plainSpecs ??= listSpecs(Catalog.empty()));
}

/** The items a role holds in a dimension (none for the single-valued dimensions). */
export function listItems(dim: Dimension, role: Role): readonly unknown[] {
  return dim === 'orientation' || dim === 'level' ? [] : readers()[dim].items(role);
}

/** The key an item is matched by in its dimension (an id, a vocabulary ref, a normalized text). */
export function itemKey(dim: Dimension, item: unknown): string {
  return dim === 'orientation' || dim === 'level' ? '' : readers()[dim].key(item as never);
}
