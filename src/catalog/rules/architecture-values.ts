import type { Bilingual, PathSegment } from '../../errors.js';
import { suggestion } from '../../load/suggest.js';
import { ARCHITECTURE_KINDS, BUILTIN_LEVELS, BUILTIN_LISTS, type ArchitectureKind } from '../../model/defaults.js';
import type { CatalogSettings, Vocabulary } from '../../model/vocabulary.js';
import type { Role } from '../../model/role.js';
import { Architecture } from '../architecture.js';
import type { Catalog } from '../catalog.js';
import type { CatalogContext, CatalogRule } from '../context.js';

type ListName = 'levels' | 'tracks' | ArchitectureKind;
type Value = { path: PathSegment[]; value: string; list: ListName };

const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const obj = (v: unknown): Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};

/** Every value a role takes from a catalog-defined list, with its path. Reads defensively: the role may have failed its schema. */
export function architectureValues(roleValue: unknown): Value[] {
  const role = obj(roleValue);
  const out: Value[] = [];
  const add = (path: PathSegment[], value: unknown, kind: ListName) => {
    if (typeof value === 'string') out.push({ path, value, list: kind });
  };
  add(['level'], role.level, 'levels');
  add(['track'], role.track, 'tracks');
  add(['orientation'], role.orientation, 'orientations');
  list(obj(role.workEnvironment).settings).forEach((s, i) => add(['workEnvironment', 'settings', i], s, 'settings'));
  list(role.duties).forEach((d, i) => add(['duties', i, 'category'], obj(d).category, 'categories'));
  list(role.permissions).forEach((p, i) => add(['permissions', i, 'domain'], obj(p).domain, 'domains'));
  return out;
}

/** The ids each catalog-defined list allows. */
export type AllowedLists = Readonly<Record<ListName, readonly string[]>>;

/** The lists a catalog allows (its own, its base's or the built-in ones). */
export function listsOf(catalog: Catalog): AllowedLists {
  return listsFrom(catalog.architecture, catalog.vocabularies);
}

function listsFrom(
  architecture: Architecture,
  vocabularies: { readonly [K in ArchitectureKind]: ReadonlyMap<string, unknown> },
): AllowedLists {
  return {
    levels: architecture.levels.map((l) => l.id),
    tracks: architecture.tracks.map((t) => t.id),
    categories: [...vocabularies.categories.keys()],
    domains: [...vocabularies.domains.keys()],
    orientations: [...vocabularies.orientations.keys()],
    settings: [...vocabularies.settings.keys()],
  };
}

/** The built-in lists: what a catalog without its own architecture allows. */
export const BUILTIN_ALLOWED: AllowedLists = {
  levels: BUILTIN_LEVELS.map((l) => l.id),
  tracks: [],
  ...(Object.fromEntries(ARCHITECTURE_KINDS.map((k) => [k, BUILTIN_LISTS[k].map((e) => e.id)])) as Record<
    ArchitectureKind,
    string[]
  >),
};

/**
 * The lists a set of documents defines (an import's own catalog settings and vocabularies): its architecture's
 * levels and tracks, and per list its own entries, else the built-in ones.
 */
export function listsFromDocuments(
  settings: CatalogSettings | undefined,
  vocabularies: readonly Vocabulary[],
): AllowedLists {
  const architecture = new Architecture(settings?.architecture);
  const own = (kind: ArchitectureKind) =>
    vocabularies.filter((v) => v.vocabulary === kind).flatMap((v) => v.entries.map((e) => e.id));
  const pick = (kind: ArchitectureKind) => (own(kind).length > 0 ? own(kind) : BUILTIN_ALLOWED[kind]);
  return {
    levels: architecture.levels.map((l) => l.id),
    tracks: architecture.tracks.map((t) => t.id),
    categories: pick('categories'),
    domains: pick('domains'),
    orientations: pick('orientations'),
    settings: pick('settings'),
  };
}

/** A value a role takes from a list the catalog does not have on it, with what to say. */
export interface ListValueProblem {
  path: PathSegment[];
  value: string;
  list: ListName;
  message: Bilingual;
  hint: Bilingual | undefined;
}

/**
 * The values of a role (as written, or as read from an import) that are not on their list. One check for the loader
 * and the importers, so a bad level reads the same wherever it is found.
 */
export function listValueProblems(roleValue: unknown, lists: AllowedLists): ListValueProblem[] {
  const sets = new Map<ListName, Set<string>>();
  const out: ListValueProblem[] = [];
  for (const v of architectureValues(roleValue)) {
    let set = sets.get(v.list);
    if (set === undefined) sets.set(v.list, (set = new Set(lists[v.list])));
    if (set.has(v.value)) continue;
    const ids = lists[v.list];
    out.push({ ...v, message: notAllowed(v.value, ids), hint: suggestion(v.value, ids) });
  }
  return out;
}

/** Where the catalog defines a list, for the hint; undefined for the built-in ones ("use one of" says it all). */
function definedIn(ctx: CatalogContext, kind: ListName, value: string): Bilingual | undefined {
  if (kind === 'levels' || kind === 'tracks') {
    const file = ctx.settings?.value.architecture?.[kind] !== undefined ? ctx.settings.source.file : undefined;
    if (file === undefined) return undefined;
    return {
      en: `The ${kind} are defined under \`architecture.${kind}\` in ${file}: add "${value}" there, or use one of them.`,
      zh: `${kind === 'levels' ? '层级' : '职业通道'}定义在 ${file} 的 \`architecture.${kind}\` 下：请在那里加入 "${value}"，或使用已有的编号。`,
    };
  }
  const first = ctx.vocabularies[kind].values().next();
  if (first.done) return undefined;
  const file = first.value.source.file;
  return {
    en: `Add "${value}" to the ${kind} vocabulary in ${file}, or use an existing id.`,
    zh: `请把 "${value}" 加入 ${file} 中的 ${kind} 词汇表，或使用已有的编号。`,
  };
}

/**
 * Levels, tracks, duty categories, permission domains, orientations and work settings come from the catalog's own
 * lists (or the built-in ones): a value not on its list is an INVALID_VALUE, as an enum would report it. Roles with
 * such a value, as written or inherited, leave the catalog, so no later step meets a level it cannot place.
 */
export const architectureValuesRule: CatalogRule = (ctx) => {
  const docs = [
    ...[...ctx.roles.values()].map((r) => ({ value: r.value, source: r.source })),
    ...ctx.unvalidated.roleDocuments.map((s) => ({ value: s.value, source: s })),
  ];
  const lists = listsFrom(ctx.architecture, ctx.lists);
  for (const { value, source } of docs) {
    for (const p of listValueProblems(value, lists))
      ctx.report(source, p.path, 'INVALID_VALUE', p.message, { hint: p.hint ?? definedIn(ctx, p.list, p.value) });
  }
  for (const [id, role] of ctx.resolved) {
    if (listValueProblems(role, lists).length > 0 || !onItsTrack(ctx, role)) ctx.resolved.delete(id);
  }
  reportTrackMismatch(ctx);
};

function onItsTrack(ctx: CatalogContext, role: Role): boolean {
  if (role.track === undefined) return true;
  const track = ctx.architecture.track(role.track);
  return track === undefined || track.levels.includes(role.level);
}

/** A role that names a track its level is not on. */
function reportTrackMismatch(ctx: CatalogContext): void {
  for (const at of ctx.roles.values()) {
    const { track, level } = at.value;
    if (track === undefined || level === undefined) continue;
    const t = ctx.architecture.track(track);
    if (t === undefined || t.levels.includes(level) || !ctx.architecture.hasLevel(level)) continue;
    const on = ctx.architecture.tracksOf(level).map((x) => x.id);
    ctx.report(
      at.source,
      ['track'],
      'INVALID_VALUE',
      {
        en: `The level "${level}" is not on the track "${track}".`,
        zh: `层级 "${level}" 不在职业通道 "${track}" 上。`,
      },
      {
        hint:
          on.length > 0
            ? {
                en: `"${level}" is on ${on.map((x) => `"${x}"`).join(', ')}; name one of them, or change the level.`,
                zh: `"${level}" 位于 ${on.map((x) => `"${x}"`).join('、')}；请改为其中之一，或修改层级。`,
              }
            : {
                en: `Add "${level}" to the levels of "${track}" in the catalog settings, or change the level.`,
                zh: `请在目录设置中把 "${level}" 加入 "${track}" 的层级，或修改层级。`,
              },
      },
    );
  }
}

/** The message an enum gives for a value it does not allow. */
function notAllowed(value: string, ids: readonly string[]): Bilingual {
  if (ids.length === 0)
    return {
      en: `"${value}" is not allowed here: the catalog defines no values for this field.`,
      zh: `此处不允许使用 "${value}"：目录没有为该字段定义任何取值。`,
    };
  return {
    en: `"${value}" is not allowed here; use ${ids.length === 1 ? `"${ids[0]}"` : `one of: ${ids.join(', ')}`}.`,
    zh: `此处不允许使用 "${value}"；请使用${ids.length === 1 ? ` "${ids[0]}"` : `以下之一：${ids.join('、')}`}。`,
  };
}
