import type { Bilingual, PathSegment } from '../../errors.js';
import { suggestion } from '../../load/suggest.js';
import { ARCHITECTURE_KINDS, BUILTIN_LEVELS, BUILTIN_LISTS, type ArchitectureKind } from '../../model/defaults.js';
import type { CatalogSettings, Vocabulary } from '../../model/vocabulary.js';
import type { Role, RoleDocument } from '../../model/role.js';
import { Architecture } from '../architecture.js';
import type { Catalog } from '../catalog.js';
import type { CatalogContext, CatalogRule, Located } from '../context.js';

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
 * levels and tracks, and per list its own entries, else the built-in ones. With `buildsOn: shipped` its own entries
 * add to the built-in ones, as the loader merges them onto the shipped base.
 */
export function listsFromDocuments(
  settings: CatalogSettings | undefined,
  vocabularies: readonly Vocabulary[],
): AllowedLists {
  const architecture = new Architecture(settings?.architecture);
  const own = (kind: ArchitectureKind) =>
    vocabularies.filter((v) => v.vocabulary === kind).flatMap((v) => v.entries.map((e) => e.id));
  const pick = (kind: ArchitectureKind) =>
    settings?.buildsOn === 'shipped'
      ? [...new Set([...BUILTIN_ALLOWED[kind], ...own(kind)])]
      : own(kind).length > 0
        ? own(kind)
        : BUILTIN_ALLOWED[kind];
  return {
    levels: architecture.levels.map((l) => l.id),
    tracks: architecture.tracks.map((t) => t.id),
    categories: pick('categories'),
    domains: pick('domains'),
    orientations: pick('orientations'),
    settings: pick('settings'),
  };
}

/**
 * The lists an import's roles are checked against: the catalog imported into, unless the import carries its own
 * catalog settings (then they and the import's vocabularies decide); with neither, the import's vocabularies over the
 * built-in lists. One policy for every import format.
 */
export function importLists(
  catalog: Catalog | undefined,
  settings: CatalogSettings | undefined,
  vocabularies: readonly Vocabulary[],
): AllowedLists {
  return catalog !== undefined && settings === undefined
    ? listsOf(catalog)
    : listsFromDocuments(settings, vocabularies);
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
  if (kind === 'tracks' && ctx.architecture.tracks.length === 0) {
    const file = ctx.settings?.source.file ?? 'catalog.yaml';
    return {
      en: `This catalog defines no career tracks: define them under \`architecture.tracks\` in ${file}, or delete \`track\`.`,
      zh: `本目录没有定义职业通道：请在 ${file} 的 \`architecture.tracks\` 下定义，或删除 \`track\`。`,
    };
  }
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
  // Roles with a bad value as written (reported above) or inherited leave the catalog; so do roles whose level is not on
  // their track, reported here with the value merged from their parents.
  for (const [id, role] of ctx.resolved) {
    if (listValueProblems(role, lists).length > 0) ctx.resolved.delete(id);
    else if (!onItsTrack(ctx, id, role)) ctx.resolved.delete(id);
    else ambiguousTrack(ctx, id, role);
  }
};

/** Where a merged value of a role is written: in the role's own file if it writes the key, else at its `extends`. */
function written(
  ctx: CatalogContext,
  id: string,
  key: 'track' | 'level',
): { at: Located<RoleDocument>; path: PathSegment[]; inherited: boolean } | undefined {
  const at = ctx.roles.get(id);
  if (at === undefined) return undefined;
  if (at.value[key] !== undefined) return { at, path: [...at.path, key], inherited: false };
  return { at, path: [...at.path, 'extends'], inherited: true };
}

/** Whether a role's level is on the track it names (as written or inherited); reports it when not. */
function onItsTrack(ctx: CatalogContext, id: string, role: Role): boolean {
  if (role.track === undefined) return true;
  const arch = ctx.architecture;
  const track = arch.track(role.track);
  if (track === undefined || track.levels.includes(role.level)) return true;
  // Point at whichever of the two the role writes itself: its track, else its level, else its extends.
  const where = ctx.roles.get(id)?.value.track !== undefined ? written(ctx, id, 'track') : written(ctx, id, 'level');
  if (where === undefined) return false;
  const on = arch.tracksOf(role.level).map((x) => x.id);
  const from = where.inherited
    ? { en: ` (both come from "${where.at.value.extends}")`, zh: `（两者均继承自 "${where.at.value.extends}"）` }
    : { en: '', zh: '' };
  ctx.report(
    where.at.source,
    where.path,
    'INVALID_VALUE',
    {
      en: `The level "${role.level}" of role "${id}" is not on its track "${role.track}"${from.en}.`,
      zh: `岗位 "${id}" 的层级 "${role.level}" 不在其职业通道 "${role.track}" 上${from.zh}。`,
    },
    {
      at: where.inherited ? 'key' : 'value',
      hint:
        on.length > 0
          ? {
              en: `"${role.level}" is on ${on.map((x) => `"${x}"`).join(', ')}; name one of them as \`track\`, or change the level.`,
              zh: `"${role.level}" 位于 ${on.map((x) => `"${x}"`).join('、')}；请把 \`track\` 改为其中之一，或修改层级。`,
            }
          : {
              en: `Add "${role.level}" to the levels of "${role.track}" under \`architecture.tracks\`, or change the level.`,
              zh: `请在 \`architecture.tracks\` 中把 "${role.level}" 加入 "${role.track}" 的层级，或修改层级。`,
            },
    },
  );
  return false;
}

/** A role on a level that several tracks share, without `track:`: it is placed on the first, with a warning. */
function ambiguousTrack(ctx: CatalogContext, id: string, role: Role): void {
  if (role.track !== undefined) return;
  const on = ctx.architecture.tracksOf(role.level).map((x) => x.id);
  if (on.length < 2) return;
  const where = written(ctx, id, 'level');
  if (where === undefined) return;
  ctx.report(
    where.at.source,
    where.path,
    'MISSING_KEY',
    {
      en: `The level "${role.level}" is on several tracks (${on.join(', ')}), and role "${id}" names none; it is placed on "${on[0]}".`,
      zh: `层级 "${role.level}" 属于多个职业通道（${on.join('、')}），岗位 "${id}" 没有指明；暂按 "${on[0]}" 处理。`,
    },
    {
      at: 'key',
      severity: 'warning',
      hint: {
        en: `Add \`track: ${on[0]}\` (or another of them) to the role.`,
        zh: `请在岗位中写明 \`track: ${on[0]}\`（或其他通道之一）。`,
      },
    },
  );
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
