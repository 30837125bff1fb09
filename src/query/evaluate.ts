import type { Catalog } from '../catalog/catalog.js';
import { suggestion } from '../load/suggest.js';
import type { Permission } from '../model/permission.js';
import type { Role } from '../model/role.js';
import { AUTHORITY, EDUCATION, SKILL_LEVEL, type SkillLevel } from '../model/scales.js';
import type { CareerStep } from '../model/stakeholder.js';
import type { LocalizedText } from '../model/text.js';
import type { VocabularyKind } from '../model/enums.js';
import type { FieldName, FieldNode, QueryNode, QueryOp, RefFieldNode, TextNode } from './ast.js';
import type { Bilingual } from '../errors.js';
import { failAt, QueryFail } from './error.js';
import { fieldSpec, normalize, type ListField } from './fields.js';
import { formatQuery } from './format.js';
import { parseQuery } from './parse.js';
import type { QueryEvidence, QueryMatch, QueryReason, QueryResult, TextPlace } from './result.js';
import { matchesAny, TextSearch, type TextQuery, type TextTarget } from './text.js';
import { matcherOf } from '../match/matcher.js';

interface Outcome {
  hit: boolean;
  items: QueryEvidence[];
  score?: number;
}
type Test = (role: Role) => Outcome;
type Compiled =
  | { kind: 'leaf'; predicate: string; field: FieldName | 'text'; test: Test }
  | { kind: 'and' | 'or'; children: Compiled[] }
  | { kind: 'not'; child: Compiled };

/** Runs a query (text or syntax tree) over a catalog. Never throws on a bad query: it returns the error. */
export function query(catalog: Catalog, expr: string | QueryNode): QueryResult {
  if (typeof expr === 'string') {
    const parsed = parseQuery(expr);
    return parsed.ok ? execute(parsed.ast, catalog, expr) : { ok: false, expr, error: parsed.error };
  }
  if (typeof expr !== 'object' || expr === null)
    throw new TypeError('query() takes a query string or a syntax tree from parseQuery() or q.');
  return evaluate(expr, catalog);
}

/**
 * Runs a syntax tree over a catalog. The tree is checked by printing it (`formatQuery`) and reading it back, so a
 * hand-built tree gets the same checks as text, and error columns refer to the printed form (`result.expr`).
 */
export function evaluate(ast: QueryNode, catalog: Catalog): QueryResult {
  const expr = formatQuery(ast);
  const parsed = parseQuery(expr);
  return parsed.ok ? execute(parsed.ast, catalog, expr) : { ok: false, expr, error: parsed.error };
}

function execute(ast: QueryNode, catalog: Catalog, expr: string): QueryResult {
  let compiled: Compiled;
  try {
    compiled = compile(ast, new Context(catalog));
  } catch (e) {
    if (e instanceof QueryFail) return { ok: false, expr, error: e.error };
    throw e;
  }
  const scored = hasText(compiled);
  const matches: QueryMatch[] = [];
  for (const role of catalog.list()) {
    const r = run(compiled, role);
    if (!r.ok) continue;
    const m: QueryMatch = { id: role.id, reasons: r.why };
    if (scored) m.score = r.why.reduce((s, w) => s + (w.holds ? (w.score ?? 0) : 0), 0);
    matches.push(m);
  }
  if (scored) matches.sort((a, b) => (b.score ?? 0) - (a.score ?? 0));
  return { ok: true, expr, matches };
}

function hasText(c: Compiled): boolean {
  if (c.kind === 'leaf') return c.field === 'text';
  if (c.kind === 'not') return hasText(c.child);
  return c.children.some(hasText);
}

interface Run {
  ok: boolean;
  /** The terms that made the node true. */
  why: QueryReason[];
  /** The terms that made it false. */
  whyNot: QueryReason[];
}

function run(c: Compiled, role: Role): Run {
  switch (c.kind) {
    case 'leaf': {
      const o = c.test(role);
      const reason: QueryReason = { predicate: c.predicate, field: c.field, holds: o.hit, items: o.items };
      if (o.score !== undefined) reason.score = o.score;
      return o.hit ? { ok: true, why: [reason], whyNot: [] } : { ok: false, why: [], whyNot: [reason] };
    }
    case 'not': {
      const r = run(c.child, role);
      return { ok: !r.ok, why: r.whyNot, whyNot: r.why };
    }
    case 'and': {
      const rs = c.children.map((x) => run(x, role));
      const ok = rs.every((r) => r.ok);
      return ok
        ? { ok, why: rs.flatMap((r) => r.why), whyNot: [] }
        : { ok, why: [], whyNot: rs.filter((r) => !r.ok).flatMap((r) => r.whyNot) };
    }
    case 'or': {
      const rs = c.children.map((x) => run(x, role));
      const ok = rs.some((r) => r.ok);
      return ok
        ? { ok, why: rs.filter((r) => r.ok).flatMap((r) => r.why), whyNot: [] }
        : { ok, why: [], whyNot: rs.flatMap((r) => r.whyNot) };
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Compiling: names of catalog content are resolved once, then each term becomes a test of one role.

/** Free text: where it is looked for in a role, and what a hit there is worth. */
interface TextItem {
  place: TextPlace;
  id?: string;
  weight: number;
  targets: TextTarget[];
}

const WEIGHTS = { title: 5, alias: 4, duty: 3, summary: 2, focus: 2, permission: 2, detail: 1 } as const;

/** Per search (each catalog's matcher reads differently), per role (a base catalog's roles are shared). */
const roleTextCaches = new WeakMap<TextSearch, WeakMap<Role, TextItem[]>>();

function roleText(role: Role, text: TextSearch): TextItem[] {
  let roleTextCache = roleTextCaches.get(text);
  if (!roleTextCache) roleTextCaches.set(text, (roleTextCache = new WeakMap()));
  let items = roleTextCache.get(role);
  if (items) return items;
  items = [
    { place: 'title', weight: WEIGHTS.title, targets: text.targets(role.title) },
    { place: 'alias', weight: WEIGHTS.alias, targets: text.listTargets(role.aliases) },
    { place: 'summary', weight: WEIGHTS.summary, targets: text.targets(role.summary) },
    { place: 'focus', weight: WEIGHTS.focus, targets: (role.focus ?? []).flatMap((x) => text.targets(x)) },
  ];
  for (const d of role.duties ?? []) {
    items.push({
      place: 'duty',
      id: d.id,
      weight: WEIGHTS.duty,
      targets: [...text.targets(d.title), ...text.listTargets(d.keywords)],
    });
    items.push({
      place: 'duty',
      id: d.id,
      weight: WEIGHTS.detail,
      targets: [...text.targets(d.description), ...(d.activities ?? []).flatMap((x) => text.targets(x))],
    });
  }
  for (const p of role.permissions ?? [])
    items.push({ place: 'permission', id: p.id, weight: WEIGHTS.permission, targets: text.targets(p.title) });
  const q = role.qualifications;
  items.push({
    place: 'qualifications',
    weight: WEIGHTS.detail,
    targets: [
      ...(q?.knowledge ?? []).flatMap((x) => text.targets(x)),
      ...(q?.experience?.areas ?? []).flatMap((x) => text.targets(x)),
    ],
  });
  roleTextCache.set(role, items);
  return items;
}

/** The strings of a localized text, in every language it has. */
function strings(t: LocalizedText | undefined): string[] {
  if (t === undefined) return [];
  return typeof t === 'string' ? [t] : [t.zh, t.en].filter((s): s is string => s !== undefined);
}

const idWords = (text: TextSearch, id: string): TextTarget => text.target(id.replace(/-/g, ' '));

const searches = new WeakMap<Catalog, TextSearch>();
/** The text search of a catalog, one per catalog so what it prepared is reused from query to query. */
function textSearchOf(catalog: Catalog): TextSearch {
  let t = searches.get(catalog);
  if (!t) searches.set(catalog, (t = new TextSearch(matcherOf(catalog))));
  return t;
}

class Context {
  readonly roles: readonly Role[];
  /** Free-text search with the catalog's matcher. */
  readonly text: TextSearch;
  constructor(readonly catalog: Catalog) {
    this.roles = catalog.list();
    this.text = textSearchOf(catalog);
  }
}

function fail(node: FieldNode | TextNode, message: Bilingual, hint?: Bilingual): never {
  const where = (node.type === 'field' ? node.valueSpan : undefined) ?? node.span ?? { column: 1, length: 0 };
  failAt(where, message, hint);
}

function compare(op: QueryOp, d: number): boolean {
  switch (op) {
    case ':':
    case '=':
      return d === 0;
    case '!=':
      return d !== 0;
    case '>=':
      return d >= 0;
    case '<=':
      return d <= 0;
    case '>':
      return d > 0;
    case '<':
      return d < 0;
  }
}

function compile(node: QueryNode, ctx: Context): Compiled {
  switch (node.type) {
    case 'and':
    case 'or':
      return { kind: node.type, children: node.children.map((c) => compile(c, ctx)) };
    case 'not':
      return { kind: 'not', child: compile(node.child, ctx) };
    case 'text':
      return { kind: 'leaf', predicate: formatQuery(node), field: 'text', test: textTest(node, ctx) };
    case 'field': {
      // `!=` is `not =`: the test runs with `=` and its answer is turned round.
      const negate = node.op === '!=';
      const op: QueryOp = negate ? '=' : node.op;
      const test = fieldTest(node, op, ctx);
      return {
        kind: 'leaf',
        predicate: formatQuery(node),
        field: node.field,
        test: negate
          ? (r) => {
              const o = test(r);
              return { ...o, hit: !o.hit };
            }
          : test,
      };
    }
  }
}

function textTest(node: TextNode, ctx: Context): Test {
  const m = ctx.text.query(node.text, node.quoted);
  return (role) => {
    const best = new Map<string, QueryEvidence & { kind: 'text' }>();
    for (const item of roleText(role, ctx.text)) {
      if (!matchesAny(m, item.targets)) continue;
      const key = `${item.place}\0${item.id ?? ''}`;
      const prev = best.get(key);
      if (prev === undefined || prev.weight < item.weight) {
        best.set(
          key,
          item.id === undefined
            ? { kind: 'text', place: item.place, weight: item.weight }
            : { kind: 'text', place: item.place, id: item.id, weight: item.weight },
        );
      }
    }
    const items = [...best.values()];
    return { hit: items.length > 0, items, score: items.reduce((s, i) => s + i.weight, 0) };
  };
}

/** Items of a role that a vocabulary field looks at. */
const VOCAB_FIELDS: Partial<
  Record<FieldName, { vocabulary: VocabularyKind; items: (r: Role) => { id: string; level?: SkillLevel }[] }>
> = {
  family: { vocabulary: 'families', items: (r) => [{ id: r.family }] },
  major: { vocabulary: 'fields', items: (r) => (r.qualifications?.education?.fields ?? []).map((id) => ({ id })) },
  trait: { vocabulary: 'traits', items: (r) => (r.qualifications?.traits ?? []).map((id) => ({ id })) },
  tool: { vocabulary: 'tools', items: (r) => (r.qualifications?.tools ?? []).map((id) => ({ id })) },
  certification: {
    vocabulary: 'certifications',
    items: (r) => (r.qualifications?.certifications ?? []).map((id) => ({ id })),
  },
  kpi: { vocabulary: 'kpis', items: (r) => (r.kpis ?? []).map((k) => ({ id: k.ref })) },
  audience: {
    vocabulary: 'audiences',
    items: (r) => unique((r.stakeholders ?? []).map((s) => s.audience)).map((id) => ({ id })),
  },
  channel: {
    vocabulary: 'channels',
    items: (r) => unique((r.stakeholders ?? []).flatMap((s) => s.channels ?? [])).map((id) => ({ id })),
  },
  skill: {
    vocabulary: 'skills',
    items: (r) => (r.qualifications?.skills ?? []).map((s) => ({ id: s.ref, level: s.level })),
  },
};

const unique = <T>(xs: readonly T[]): T[] => [...new Set(xs)];

function fieldTest(node: FieldNode, op: QueryOp, ctx: Context): Test {
  const vocab = VOCAB_FIELDS[node.field];
  if (vocab) return vocabTest(node, op, ctx, vocab.vocabulary, vocab.items);
  switch (node.field) {
    case 'level': {
      const v = listValue(node, ctx, 'levels');
      const arch = ctx.catalog.architecture;
      // `:`, `=` and `!=` name a level exactly; the orderings compare on the ladder (by grade, across tracks).
      const d = (r: Role) =>
        op === ':' || op === '=' || op === '!=' ? (r.level === v ? 0 : 1) : arch.compare(r.level, v);
      return (r) => ({ hit: compare(op, d(r)), items: [{ kind: 'level', value: r.level }] });
    }
    case 'track': {
      const v = listValue(node, ctx, 'tracks');
      return (r) => {
        const t = ctx.catalog.architecture.trackOf(r)?.id;
        const hit = t === v;
        return { hit: op === '!=' ? !hit : hit, items: t === undefined ? [] : [{ kind: 'track', value: t }] };
      };
    }
    case 'education': {
      const v = node.value;
      return (r) => {
        const e = r.qualifications?.education?.minimum;
        return e === undefined
          ? { hit: false, items: [] }
          : { hit: compare(op, EDUCATION.compare(e, v)), items: [{ kind: 'education', value: e }] };
      };
    }
    case 'orientation': {
      const v = listValue(node, ctx, 'orientations');
      return (r) => ({ hit: r.orientation === v, items: [{ kind: 'orientation', value: r.orientation }] });
    }
    case 'setting': {
      const v = listValue(node, ctx, 'settings');
      return (r) => {
        const hit = r.workEnvironment?.settings?.includes(v) ?? false;
        return { hit, items: hit ? [{ kind: 'setting', value: v }] : [] };
      };
    }
    case 'authority': {
      const v = node.value;
      return (r) => {
        const items = (r.permissions ?? [])
          .filter((p) => compare(op, AUTHORITY.compare(p.authority, v)))
          .map(permissionEvidence);
        return { hit: items.length > 0, items };
      };
    }
    case 'experience.years':
    case 'experience.management': {
      const v = node.value;
      const of = node.field === 'experience.years' ? 'years' : 'management';
      return (r) => {
        const x = r.qualifications?.experience;
        const range = of === 'years' ? x?.years : x?.management?.years;
        const min = range?.min ?? 0;
        const e: QueryEvidence = { kind: 'experience', of, min, stated: range !== undefined };
        if (range?.max !== undefined) e.max = range.max;
        return { hit: compare(op, min - v), items: [e] };
      };
    }
    case 'permission':
      return permissionTest(node, op, ctx);
    case 'id':
    case 'reportsTo':
    case 'extends': {
      const ids = resolveRole(ctx, node.value);
      if (ids.size === 0) {
        const example = fieldSpec(node.field)?.example;
        fail(
          node,
          {
            en: `"${node.value}" is not a role in the catalog; give a role id or title, e.g. ${example}.`,
            zh: `目录中没有岗位 "${node.value}"；请写岗位编号或名称，例如 ${example}。`,
          },
          suggestion(node.value, ctx.catalog.roles.keys()),
        );
      }
      const get = (r: Role): string | undefined =>
        node.field === 'id' ? r.id : node.field === 'reportsTo' ? r.reportsTo : r.extends;
      return (r) => {
        const id = get(r);
        return { hit: id !== undefined && ids.has(id), items: id === undefined ? [] : [{ kind: 'role', id }] };
      };
    }
    case 'title':
      return titleTest(node, op, ctx);
    case 'duty':
      return dutyTest(node, op, ctx);
    case 'career':
      return careerTest(node, op, ctx);
    case 'family':
    case 'major':
    case 'trait':
    case 'tool':
    case 'certification':
    case 'kpi':
    case 'audience':
    case 'channel':
    case 'skill':
      throw new Error(`unreachable: ${node.field} is a vocabulary field`);
  }
}

/** The entries of a catalog-defined list: its ids with their names. */
function listEntries(ctx: Context, list: ListField): { id: string; names: string[] }[] {
  const arch = ctx.catalog.architecture;
  if (list === 'levels') return arch.levels.map((l) => ({ id: l.id, names: strings(l.label) }));
  if (list === 'tracks') return arch.tracks.map((t) => ({ id: t.id, names: strings(t.label) }));
  return [...ctx.catalog.vocabularies[list].values()].map((e) => ({ id: e.id, names: entryNames(e) }));
}

/** The id a level, track, orientation or setting value names (by id or by name), or a query error listing them. */
function listValue(node: FieldNode, ctx: Context, list: ListField): string {
  const value = String(node.value);
  const n = normalize(value);
  const entries = listEntries(ctx, list);
  const found = entries.find((e) => e.id === n) ?? entries.find((e) => e.names.some((x) => normalize(x) === n));
  if (found !== undefined) return found.id;
  const spec = fieldSpec(node.field)!;
  const noun = spec.value.kind === 'list' ? spec.value : { noun: node.field, nounZh: node.field };
  const ids = entries.map((e) => e.id);
  return fail(
    node,
    ids.length === 0
      ? {
          en: `The catalog defines no ${list}, so "${value}" cannot name one.`,
          zh: `目录没有定义${noun.nounZh}，"${value}" 无从对应。`,
        }
      : {
          en: `"${value}" is not ${noun.noun}; use one of ${ids.join(', ')}.`,
          zh: `"${value}" 不是${noun.nounZh}；请使用以下之一：${ids.join('、')}。`,
        },
    suggestion(value, [...ids, ...entries.flatMap((e) => e.names)]),
  );
}

/** Names of a vocabulary entry: its labels and aliases in both languages. */
function entryNames(e: { label: LocalizedText; aliases?: { zh?: string[]; en?: string[] } | undefined }): string[] {
  return [...strings(e.label), ...(e.aliases?.zh ?? []), ...(e.aliases?.en ?? [])];
}

/**
 * The entries a value names: its id; else every entry with that label or alias; else (for `:` only) every entry
 * whose id, label or an alias contains all the value's words.
 */
function resolveVocab(ctx: Context, kind: VocabularyKind, value: string, op: QueryOp): Set<string> {
  const entries = ctx.catalog.vocabularies[kind];
  const n = normalize(value);
  if (entries.has(n)) return new Set([n]);
  const exact = new Set(
    [...entries.values()].filter((e) => entryNames(e).some((x) => normalize(x) === n)).map((e) => e.id),
  );
  if (exact.size > 0 || op !== ':') return exact;
  const m = ctx.text.query(value, false);
  return new Set(
    [...entries.values()]
      .filter((e) =>
        matchesAny(m, [idWords(ctx.text, e.id), ...ctx.text.targets(e.label), ...ctx.text.listTargets(e.aliases)]),
      )
      .map((e) => e.id),
  );
}

function vocabTest(
  node: FieldNode,
  op: QueryOp,
  ctx: Context,
  kind: VocabularyKind,
  items: (r: Role) => { id: string; level?: SkillLevel }[],
): Test {
  const value = String(node.value);
  const ids = resolveVocab(ctx, kind, value, op);
  if (ids.size === 0) {
    const spec = fieldSpec(node.field)!;
    const noun = spec.value.kind === 'vocabulary' ? spec.value : { noun: node.field, nounZh: node.field };
    const entries = [...ctx.catalog.vocabularies[kind].values()];
    const how: Bilingual =
      op === ':'
        ? { en: 'by id, label, alias or their words', zh: '按编号、名称、别称或其中的词查找' }
        : { en: 'exactly, by id, label or alias', zh: '按编号、名称或别称精确查找' };
    fail(
      node,
      {
        en: `"${value}" does not name ${noun.noun} in the catalog (${how.en}); e.g. ${spec.name}:${spec.example}.`,
        zh: `目录中没有与 "${value}" 对应的${noun.nounZh}（${how.zh}）；例如 ${spec.name}:${spec.example}。`,
      },
      suggestion(value, [...entries.map((e) => e.id), ...entries.flatMap(entryNames)]),
    );
  }
  const q = 'qualifier' in node ? node.qualifier : undefined;
  return (r) => {
    const found = items(r).filter(
      (i) =>
        ids.has(i.id) &&
        (q === undefined ||
          (i.level !== undefined && compare(q.op, SKILL_LEVEL.compare(i.level, q.value as SkillLevel)))),
    );
    return {
      hit: found.length > 0,
      items: found.map((i) =>
        i.level === undefined
          ? { kind: 'vocabulary', vocabulary: kind, id: i.id }
          : { kind: 'vocabulary', vocabulary: kind, id: i.id, level: i.level },
      ),
    };
  };
}

/** Roles a value names: by id, else by an exact title or alias (either language, any case). */
function resolveRole(ctx: Context, value: string): Set<string> {
  const n = normalize(value);
  if (ctx.catalog.has(n)) return new Set([n]);
  return new Set(
    ctx.roles
      .filter((r) =>
        [...strings(r.title), ...(r.aliases?.zh ?? []), ...(r.aliases?.en ?? [])].some((s) => normalize(s) === n),
      )
      .map((r) => r.id),
  );
}

const permissionEvidence = (p: Permission): QueryEvidence => ({
  kind: 'permission',
  id: p.id,
  domain: p.domain,
  authority: p.authority,
});

function permissionTest(node: FieldNode & { field: 'permission' }, op: QueryOp, ctx: Context): Test {
  const n = normalize(node.value);
  const domains = [...ctx.catalog.vocabularies.domains.values()];
  const domain = domains.find((d) => d.id === n || entryNames(d).some((l) => normalize(l) === n))?.id;
  const m = ctx.text.query(node.value, false);
  const named = (p: Permission): boolean =>
    p.id === n ||
    p.domain === domain ||
    (op === ':'
      ? matchesAny(m, [...ctx.text.targets(p.title), idWords(ctx.text, p.id)])
      : strings(p.title).some((s) => normalize(s) === n));
  const all = ctx.roles.flatMap((r) => r.permissions ?? []);
  if (!all.some(named)) {
    fail(
      node,
      {
        en: `"${node.value}" names no permission in the catalog (by id, domain${op === ':' ? ' or words of its title' : ' or title'}); e.g. permission:budget or permission:hiring-decision.`,
        zh: `目录中没有与 "${node.value}" 对应的权限（按编号、领域${op === ':' ? '或权限名称中的词' : '或权限名称'}查找）；例如 permission:budget 或 permission:hiring-decision。`,
      },
      suggestion(node.value, [...all.map((p) => p.id), ...domains.map((d) => d.id)]),
    );
  }
  const q = node.qualifier;
  return (r) => {
    const items = (r.permissions ?? [])
      .filter((p) => named(p) && (q === undefined || compare(q.op, AUTHORITY.compare(p.authority, q.value))))
      .map(permissionEvidence);
    return { hit: items.length > 0, items };
  };
}

function titleTest(node: RefFieldNode, op: QueryOp, ctx: Context): Test {
  const n = normalize(node.value);
  const m = ctx.text.query(node.value, false);
  const hits = (r: Role): QueryEvidence[] => {
    const out: QueryEvidence[] = [];
    const title =
      op === ':' ? matchesAny(m, ctx.text.targets(r.title)) : strings(r.title).some((s) => normalize(s) === n);
    if (title) out.push({ kind: 'text', place: 'title', weight: WEIGHTS.title });
    const aliases = [...(r.aliases?.zh ?? []), ...(r.aliases?.en ?? [])];
    const alias = op === ':' ? matchesAny(m, ctx.text.listTargets(r.aliases)) : aliases.some((s) => normalize(s) === n);
    if (alias) out.push({ kind: 'text', place: 'alias', weight: WEIGHTS.alias });
    return out;
  };
  if (!ctx.roles.some((r) => hits(r).length > 0)) {
    fail(node, {
      en: `No role title or alias in the catalog ${op === ':' ? 'contains' : 'is'} "${node.value}"; search all of a role's text by writing the words without a field.`,
      zh: `目录中没有哪个岗位的名称或别称${op === ':' ? '包含' : '是'} "${node.value}"；要在岗位的全部文字中搜索，请直接写这些词，不加字段。`,
    });
  }
  return (r) => {
    const items = hits(r);
    return { hit: items.length > 0, items };
  };
}

function dutyTest(node: RefFieldNode, op: QueryOp, ctx: Context): Test {
  const n = normalize(node.value);
  const m = ctx.text.query(node.value, false);
  const named = (d: NonNullable<Role['duties']>[number]): boolean =>
    d.id === n ||
    (op === ':'
      ? matchesAny(m, [...ctx.text.targets(d.title), ...ctx.text.listTargets(d.keywords)])
      : strings(d.title).some((s) => normalize(s) === n));
  const all = ctx.roles.flatMap((r) => r.duties ?? []);
  if (!all.some(named)) {
    fail(
      node,
      {
        en: `"${node.value}" names no duty in the catalog (by id${op === ':' ? ', or words of its title or keywords' : ' or title'}); e.g. duty:risk-management or duty:投诉.`,
        zh: `目录中没有与 "${node.value}" 对应的职责（按编号${op === ':' ? '，或职责名称、关键词中的词' : '或职责名称'}查找）；例如 duty:risk-management 或 duty:投诉。`,
      },
      suggestion(
        node.value,
        all.map((d) => d.id),
      ),
    );
  }
  return (r) => {
    const items: QueryEvidence[] = (r.duties ?? []).filter(named).map((d) => ({ kind: 'duty', id: d.id }));
    return { hit: items.length > 0, items };
  };
}

function careerTest(node: RefFieldNode, op: QueryOp, ctx: Context): Test {
  const n = normalize(node.value);
  const ids = resolveRole(ctx, node.value);
  const m: TextQuery = ctx.text.query(node.value, false);
  const text = (s: CareerStep): { targets: TextTarget[]; strings: string[] } => {
    const to = s.to === undefined ? undefined : ctx.catalog.get(s.to);
    const own = [...strings(s.title), ...strings(to?.title)];
    return {
      targets: [...ctx.text.targets(s.title), ...ctx.text.targets(to?.title), ...ctx.text.listTargets(to?.aliases)],
      strings: own,
    };
  };
  const named = (s: CareerStep): boolean => {
    // A value that names a role matches steps to that role only; other values match words of the next position.
    if (ids.size > 0) return s.to !== undefined && ids.has(s.to);
    const t = text(s);
    return op === ':' ? matchesAny(m, t.targets) : t.strings.some((x) => normalize(x) === n);
  };
  if (!ctx.roles.some((r) => (r.career ?? []).some(named))) {
    fail(
      node,
      {
        en: `"${node.value}" names no career step in the catalog (by role id, or words of the next position); e.g. career:project-director.`,
        zh: `目录中没有与 "${node.value}" 对应的发展路径（按岗位编号，或下一职位名称中的词查找）；例如 career:project-director。`,
      },
      suggestion(node.value, ctx.catalog.roles.keys()),
    );
  }
  return (r) => {
    const items: QueryEvidence[] = (r.career ?? []).filter(named).map((s) => {
      const e: QueryEvidence & { kind: 'career' } = { kind: 'career', track: s.track };
      if (s.to !== undefined) e.to = s.to;
      if (s.title !== undefined) e.title = s.title;
      return e;
    });
    return { hit: items.length > 0, items };
  };
}
