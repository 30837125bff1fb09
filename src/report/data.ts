import { dequal } from 'dequal';
import type { Catalog } from '../catalog/catalog.js';
import { compareRoles } from '../compare/compare.js';
import { similarityMatrix } from '../compare/many.js';
import { listItems, scalarParts } from '../compare/dimensions.js';
import {
  DIMENSIONS,
  type Dimension,
  type DimensionComparison,
  type FieldChange,
  type RoleComparison,
} from '../compare/types.js';
import { COMPARE_LABELS } from '../labels.js';
import { DIMENSION_SPECS } from '../dimensions/registry.js';
import type { Role } from '../model/index.js';
import { LANGS, textIn, type Lang, type LocalizedText } from '../model/text.js';
import { MARK_CLASSES } from '../render/html.js';
import { MARK_SYMBOLS } from '../render/text.js';
import { describeChange, describeItem, scalarLines } from '../render/present.js';
import { REPORT_LABELS } from './labels.js';

/** Text in both languages, `[zh, en]`, or one string when both read the same. */
export type Bi = string | [zh: string, en: string];

/** One role as the client script sees it. Item texts live here once; comparisons refer to them by index. */
export interface ReportRole {
  id: string;
  /** Title. */
  t: Bi;
  /** Aliases, both languages joined (for search). */
  al: string;
  /** Summary. */
  sm: Bi;
  /** Per dimension (index into `dims`): each item's lines joined by a newline, or 0 when the role has none. */
  it: (Bi[] | 0)[];
  /** Per dimension: the single values (level, education minimum, years, …) as lines, or 0. */
  sc: (Bi | 0)[];
}

/** A change of one field, as text both ways: B against A, and A against B (for the mirrored pair). */
type ChangeTexts = [ab: Bi, ba: Bi];

/**
 * One dimension of a pair: `[dim, score, scalar changes, shared, changed, similar, onlyA, onlyB]`; item numbers index
 * the roles' `it[dim]`. Scores are whole percents, rounded once, as `rolematrix compare` shows them.
 */
export type PairDimension = [
  dim: number,
  score: number,
  scalars: ChangeTexts[],
  scalarsDiffer: 0 | 1,
  shared: [a: number, b: number][],
  changed: [a: number, b: number, changes: ChangeTexts[]][],
  similar: [a: number, b: number, score: number][],
  onlyA: number[],
  onlyB: number[],
];

/** The comparison of one pair of roles: `[overall score, dimensions]`, the score a whole percent. */
export type PairData = [score: number, dimensions: PairDimension[]];

/** Everything the client script needs, embedded in the page as JSON. */
export interface ReportData {
  /** The language the page opens in. */
  lang: Lang;
  roles: ReportRole[];
  /** Dimension names, in `DIMENSIONS` order. */
  dims: Bi[];
  /**
   * The comparisons of the pairs of roles the report holds, by the pair's index (see `pairIndex`; i < j); a pair the
   * budget left out has none. Keyed, not a list: 3,000 roles are 4.5 million pairs, of which the page holds 1,000.
   */
  pairs: Record<number, PairData>;
  /** How many pairs hold a comparison. */
  pairsIncluded: number;
  /** How many pairs of roles there are: n(n-1)/2. */
  pairsTotal: number;
  /**
   * The catalog directory the report was written from, for the command the page suggests (absent: the shipped catalog).
   */
  dir?: string;
  /** Dimension keys, in `DIMENSIONS` order (the `data-dim` of comparison rows). */
  dimKeys: readonly string[];
  /** Dimensions whose items the search box looks through besides title, aliases and summary. */
  searchDims: number[];
  /** The words the client script shows. */
  labels: Record<string, Bi>;
  /** Symbol and CSS class of each comparison mark, as the HTML tables use them. */
  symbols: Record<CompareMark, string>;
  classes: Record<CompareMark, string>;
}

/** The marks of a comparison row. */
export type CompareMark = 'shared' | 'similar' | 'changed' | 'onlyA' | 'onlyB';
const MARKS: readonly CompareMark[] = ['shared', 'similar', 'changed', 'onlyA', 'onlyB'];

/** `[zh, en]`, collapsed to one string when both read the same. */
export function bi(f: (lang: Lang) => string): Bi {
  const zh = f('zh');
  const en = f('en');
  return zh === en ? zh : [zh, en];
}

const biText = (t: LocalizedText | undefined): Bi => bi((l) => textIn(t, l));
/**
 * A similarity as the whole percent `rolematrix compare` prints (`Math.round(score * 100)`), so the page never rounds
 * twice.
 */
const percent = (x: number) => Math.round(x * 100);

/** The index of pair (i, j), i < j, of n roles in `ReportData.pairs`. */
export function pairIndex(i: number, j: number, n: number): number {
  return (i * (2 * n - i - 1)) / 2 + (j - i - 1);
}

function reportRole(role: Role, catalog: Catalog): ReportRole {
  const it: (Bi[] | 0)[] = [];
  const sc: (Bi | 0)[] = [];
  for (const dim of DIMENSIONS) {
    const items = listItems(dim, role);
    it.push(
      items.length === 0 ? 0 : items.map((item) => bi((l) => describeItem(dim, item as never, catalog, l).join('\n'))),
    );
    const s = bi((l) => scalarLines(dim, role, l, catalog).join('\n'));
    sc.push(s === '' ? 0 : s);
  }
  const aliases = LANGS.flatMap((l) => role.aliases?.[l] ?? []).join(' / ');
  return { id: role.id, t: biText(role.title), al: aliases, sm: biText(role.summary), it, sc };
}

const flip = (c: FieldChange): FieldChange => {
  const out: FieldChange = { path: c.path, from: c.to, to: c.from };
  if (c.effect) out.effect = c.effect === 'raised' ? 'lowered' : 'raised';
  return out;
};
const changeTexts = (c: FieldChange, dim: Dimension, catalog: Catalog): ChangeTexts => [
  bi((l) => describeChange(c, catalog, l, dim)),
  bi((l) => describeChange(flip(c), catalog, l, dim)),
];

/** Where an item of a comparison sits in its role's list: by identity, else by the first equal value. */
function locate(items: readonly unknown[], item: unknown): number {
  const i = items.indexOf(item);
  if (i >= 0) return i;
  return items.findIndex((x) => dequal(x, item));
}

function pairData(cmp: RoleComparison, a: Role, b: Role, catalog: Catalog): PairData {
  const dims: PairDimension[] = [];
  DIMENSIONS.forEach((dim, d) => {
    const c = cmp.dimensions[dim] as DimensionComparison;
    if (c.score === null) return;
    const ia = listItems(dim, a);
    const ib = listItems(dim, b);
    // Like the comparison table: spell out scalar changes when the dimension has several values or the change has a
    // direction.
    const several = scalarParts(dim).length > 1;
    dims.push([
      d,
      percent(c.score),
      c.scalars.filter((s) => several || s.effect).map((s) => changeTexts(s, dim, catalog)),
      c.scalars.length === 0 ? 0 : 1,
      c.shared.map((m) => [locate(ia, m.a), locate(ib, m.b)]),
      c.changed.map((m) => [
        locate(ia, m.a),
        locate(ib, m.b),
        m.changes.filter((x) => x.effect).map((x) => changeTexts(x, dim, catalog)),
      ]),
      c.similar.map((s) => [locate(ia, s.a), locate(ib, s.b), percent(s.score)]),
      c.onlyA.map((x) => locate(ia, x.item)),
      c.onlyB.map((x) => locate(ib, x.item)),
    ]);
  });
  return [percent(cmp.score), dims];
}

/** The words of `COMPARE_LABELS` and `REPORT_LABELS` the client script uses. */
const CLIENT_LABELS = [
  'shared',
  'similar',
  'changed',
  'distinct',
  'value',
  'similarity',
  'overall',
  'dimension',
  'aspect',
] as const;
const CLIENT_REPORT_LABELS = [
  'pairOmitted',
  'pairCommand',
  'matchCount',
  'matchCountOne',
  'matchCountOfOne',
  'matrixCell',
  'needTwo',
  'sameRole',
  'toggle',
  'toggleHint',
  'searchPlaceholder',
] as const;

/** Options of `buildReportData`. */
export interface ReportDataOptions {
  /** How many pairs of roles to compare and embed at most (default: every pair). See `choosePairs`. */
  maxPairs?: number;
  /**
   * The overall similarity of every two roles (`similarityMatrix(roles, catalog).scores`), to rank pairs without
   * computing it again.
   */
  scores?: readonly (readonly number[])[] | ((i: number, j: number) => number);
  /** The catalog directory, named in the command the page suggests for a pair it does not hold. */
  dir?: string;
}

/**
 * The pairs `(i, j)`, i < j, to embed when there are more than `maxPairs`: first the pairs of roles in the same job
 * family (the comparisons HR asks for most), then the other pairs; within each group the most similar first (ties in
 * role order). Returns the chosen pairs' indexes (`pairIndex`) as a set; every pair when they all fit.
 */
export function choosePairs(
  roles: readonly Role[],
  scores: readonly (readonly number[])[] | ((i: number, j: number) => number),
  maxPairs: number,
): Set<number> {
  const n = roles.length;
  const total = (n * (n - 1)) / 2;
  const budget = Math.max(0, Math.floor(maxPairs));
  if (budget >= total) return new Set(Array.from({ length: total }, (_, k) => k));
  const score = typeof scores === 'function' ? scores : (i: number, j: number) => scores[i]?.[j] ?? 0;
  const same: Pairs = { index: [], score: [] };
  for (const members of familyMembers(roles))
    for (let x = 0; x < members.length; x++)
      for (let y = x + 1; y < members.length; y++) {
        const [i, j] = [members[x]!, members[y]!];
        same.index.push(pairIndex(i, j, n));
        same.score.push(score(i, j));
      }
  // Enough pairs within families: the other pairs' scores are never looked at.
  if (same.index.length >= budget) return new Set(best(same, budget));
  const family = roles.map((r) => r.family);
  const others: Pairs = { index: [], score: [] };
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++)
      if (family[i] === undefined || family[i] !== family[j]) {
        others.index.push(pairIndex(i, j, n));
        others.score.push(score(i, j));
      }
  return new Set([...same.index, ...best(others, budget - same.index.length)]);
}

/** Pairs of roles by index (`pairIndex`), with their scores. */
interface Pairs {
  index: number[];
  score: number[];
}

/**
 * The indexes of the `k` pairs of highest score, ties in index order: every pair above the k-th highest score, then
 * as many of the pairs at that score as are wanted, lowest index first. The k-th score is found with a numeric sort
 * of the scores alone (a family of 3,000 roles has hundreds of thousands of pairs; sorting them as tuples took 0.15 s).
 */
function best({ index, score }: Pairs, k: number): number[] {
  if (k <= 0) return [];
  if (k >= index.length) return [...index];
  // A score that is not a number ranks last.
  const ranked = Float64Array.from(score, (s) => (s === s ? s : Number.NEGATIVE_INFINITY));
  const kth = Float64Array.from(ranked).sort()[index.length - k]!;
  const out: number[] = [];
  const ties: number[] = [];
  for (let p = 0; p < index.length; p++) {
    if (ranked[p]! > kth) out.push(index[p]!);
    else if (ranked[p] === kth) ties.push(index[p]!);
  }
  ties.sort((x, y) => x - y);
  for (let p = 0; out.length < k && p < ties.length; p++) out.push(ties[p]!);
  return out;
}

/** The indexes of the roles of each job family, in role order (roles with no family are in none). */
export function familyMembers(roles: readonly Role[]): number[][] {
  const families = new Map<string, number[]>();
  roles.forEach((r, i) => {
    if (r.family === undefined) return;
    const members = families.get(r.family);
    if (members) members.push(i);
    else families.set(r.family, [i]);
  });
  return [...families.values()];
}

/** How many pairs of roles share a job family. */
export function sameFamilyPairs(roles: readonly Role[]): number {
  return familyMembers(roles).reduce((n, m) => n + (m.length * (m.length - 1)) / 2, 0);
}

/**
 * The data embedded in the report: each role's item texts in both languages, and the comparison of every pair of
 * roles, or of the `maxPairs` pairs `choosePairs` keeps (computed once per pair with `compareRoles`; the client mirrors
 * it when the roles are picked the other way round).
 */
export function buildReportData(
  roles: readonly Role[],
  catalog: Catalog,
  lang: Lang,
  options: ReportDataOptions = {},
): ReportData {
  const n = roles.length;
  const total = (n * (n - 1)) / 2;
  const max = options.maxPairs ?? Number.POSITIVE_INFINITY;
  const keep =
    max >= total ? undefined : choosePairs(roles, options.scores ?? similarityMatrix(roles, catalog).scores, max);
  const pairs: Record<number, PairData> = {};
  const compare = (i: number, j: number) =>
    pairData(compareRoles(roles[i]!, roles[j]!, catalog), roles[i]!, roles[j]!, catalog);
  if (keep === undefined) {
    for (let i = 0, k = 0; i < n; i++) for (let j = i + 1; j < n; j++) pairs[k++] = compare(i, j);
  } else {
    // The kept pairs in order, each found from its index by walking the rows (not every pair of a big catalog).
    let i = 0;
    for (const k of [...keep].sort((x, y) => x - y)) {
      while (pairIndex(i, n - 1, n) < k) i++;
      pairs[k] = compare(i, i + 1 + (k - pairIndex(i, i + 1, n)));
    }
  }
  const labels: Record<string, Bi> = {};
  for (const k of CLIENT_LABELS) labels[k] = bi((l) => COMPARE_LABELS[k][l]);
  for (const k of CLIENT_REPORT_LABELS) labels[k] = bi((l) => REPORT_LABELS[k][l]);
  return {
    lang,
    roles: roles.map((r) => reportRole(r, catalog)),
    dims: DIMENSIONS.map((d) => bi((l) => DIMENSION_SPECS[d].label[l])),
    pairs,
    pairsIncluded: keep === undefined ? total : keep.size,
    pairsTotal: total,
    ...(options.dir === undefined ? {} : { dir: options.dir }),
    dimKeys: DIMENSIONS,
    searchDims: [DIMENSIONS.indexOf('duties'), DIMENSIONS.indexOf('focus')],
    labels,
    symbols: Object.fromEntries(MARKS.map((m) => [m, MARK_SYMBOLS[m]])) as Record<CompareMark, string>,
    classes: Object.fromEntries(MARKS.map((m) => [m, MARK_CLASSES[m]])) as Record<CompareMark, string>,
  };
}
