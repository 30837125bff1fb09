import type { Catalog } from '../catalog/catalog.js';
import type { Role } from '../model/index.js';
import { DIMENSION_SPECS } from '../dimensions/registry.js';
import type { ListSpec } from '../dimensions/types.js';
import { commonWeight, inverseFrequency, setWeight, TermIndex, weightOf, type TermWeights } from '../match/weights.js';
import { diffItems, LIST_DIMENSIONS, listSpec, scalarChange, scalarParts, scalarScore } from './dimensions.js';
import {
  DIMENSIONS,
  type CompareOptions,
  type Dimension,
  type DimensionComparison,
  type DimensionComparisons,
  type FieldChange,
  type RoleComparison,
} from './types.js';

/** How much each dimension counts in the overall score (the `weight` of its entry in the dimension registry). */
const DIMENSION_WEIGHTS = Object.fromEntries(DIMENSIONS.map((d) => [d, DIMENSION_SPECS[d].weight])) as Readonly<
  Record<Dimension, number>
>;

/** What an item held by both roles with different details counts for, against 1 for an identical one. */
const CHANGED_CREDIT = 0.75;
export const DEFAULT_SIMILAR_THRESHOLD = 0.3;

interface PreparedItem {
  key: string;
  item: unknown;
  words: Int32Array;
  /** Words of the name alone (the same array as `words` when the item is only a name). */
  title: Int32Array;
  /** The compared fields as one interned string: equal fingerprints mean nothing to diff. */
  print: number;
  /** Sums of the words' weights (inverse document frequency), for weighted Dice. */
  wordsWeight: number;
  titleWeight: number;
}
interface PreparedList {
  items: PreparedItem[];
  /** Item indexes ordered by their interned key, for matching two lists in one merge walk. */
  order: Int32Array;
  /** The interned key of each item, in `order`. */
  keys: Int32Array;
  /**
   * The list's terms as an inverted index: each distinct term once, sorted (`terms`); the items having the term at
   * `postItem[offsets[k]..offsets[k + 1]]`, and whether it is in that item's title (`postTitle`). Two lists' common
   * terms are found in one merge walk of their `terms`, which is what pairs items without comparing every pair.
   */
  terms: Int32Array;
  offsets: Int32Array;
  postItem: Int32Array;
  postTitle: Uint8Array;
}

/** The inverted index of a list's items (see `PreparedList.terms`). */
function invert(items: readonly PreparedItem[]): Pick<PreparedList, 'terms' | 'offsets' | 'postItem' | 'postTitle'> {
  const entries: [term: number, item: number, title: number][] = [];
  items.forEach((it, i) => {
    const title = it.title === it.words ? undefined : new Set(it.title);
    for (const w of it.words) entries.push([w, i, title === undefined || title.has(w) ? 1 : 0]);
  });
  entries.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const terms: number[] = [];
  const offsets: number[] = [];
  entries.forEach(([w], k) => {
    if (k === 0 || entries[k - 1]![0] !== w) {
      terms.push(w);
      offsets.push(k);
    }
  });
  offsets.push(entries.length);
  return {
    terms: Int32Array.from(terms),
    offsets: Int32Array.from(offsets),
    postItem: Int32Array.from(entries, (e) => e[1]),
    postTitle: Uint8Array.from(entries, (e) => e[2]),
  };
}
/** A role as compare reads it, by dimension index (`DIMENSIONS`): arrays, which the hot path reads fastest. */
interface PreparedRole {
  lists: (PreparedList | undefined)[];
  scalars: ((string | number | undefined)[] | undefined)[];
}
/** The index of each dimension in `DIMENSIONS`. */
const DIM_INDEX = Object.fromEntries(DIMENSIONS.map((d, i) => [d, i])) as Record<Dimension, number>;

/**
 * Per-catalog state: the dimension specs, the word index with each word's weight, and each role's prepared items.
 * A word's weight is its inverse document frequency over every item of the catalog's roles, so words most items
 * share ("management", "经理", "director") count for little when texts are matched.
 */
class Engine {
  readonly index = new TermIndex();
  private readonly prepared = new WeakMap<Role, PreparedRole>();
  private readonly keyIds = new Map<string, number>();
  /** Per dimension: each word's weight, and the weight of a word no catalog item of that dimension has. */
  private readonly idf = new Map<Dimension, TermWeights>();

  constructor(readonly catalog: Catalog) {
    for (const d of LIST_DIMENSIONS) {
      const docs: Int32Array[] = [];
      for (const role of catalog.roles.values())
        for (const it of this.prepare(role).lists[DIM_INDEX[d]]!.items) docs.push(it.words);
      this.idf.set(d, inverseFrequency(docs, this.index.size));
    }
    for (const role of catalog.roles.values()) {
      const p = this.prepare(role);
      for (const d of LIST_DIMENSIONS) for (const it of p.lists[DIM_INDEX[d]]!.items) this.weigh(d, it);
    }
  }

  private readonly printIds = new Map<string, number>();
  printId(print: string): number {
    let id = this.printIds.get(print);
    if (id === undefined) this.printIds.set(print, (id = this.printIds.size));
    return id;
  }

  keyId(key: string): number {
    let id = this.keyIds.get(key);
    if (id === undefined) this.keyIds.set(key, (id = this.keyIds.size));
    return id;
  }

  private weigh(d: Dimension, it: PreparedItem): void {
    const t = this.idf.get(d);
    if (!t) return; // still preparing the catalog; weights are set once every role is read
    it.wordsWeight = setWeight(t, it.words);
    it.titleWeight = setWeight(t, it.title);
  }

  prepare(role: Role): PreparedRole {
    let p = this.prepared.get(role);
    if (p) return p;
    p = { lists: DIMENSIONS.map(() => undefined), scalars: DIMENSIONS.map(() => undefined) };
    for (const d of DIMENSIONS) {
      const parts = scalarParts(d);
      if (parts.length) p.scalars[DIM_INDEX[d]] = parts.map((part) => part.read(role));
    }
    for (const d of LIST_DIMENSIONS) {
      const spec = listSpec(d);
      const items = spec.items(role).map((item) => {
        const words = this.index.intern(spec.words(item, this.catalog));
        const title = spec.titleWords ? this.index.intern(spec.titleWords(item, this.catalog)) : words;
        const it: PreparedItem = {
          key: spec.key(item),
          item,
          words,
          title,
          print: this.printId(spec.fingerprint ? spec.fingerprint(item) : JSON.stringify(item)),
          wordsWeight: 0,
          titleWeight: 0,
        };
        this.weigh(d, it);
        return it;
      });
      const ids = items.map((it) => this.keyId(it.key));
      const order = Int32Array.from(items.keys()).sort((x, y) => ids[x]! - ids[y]! || x - y);
      p.lists[DIM_INDEX[d]] = { items, order, keys: Int32Array.from(order, (i) => ids[i]!), ...invert(items) };
    }
    this.prepared.set(role, p);
    return p;
  }

  /** Dice over weighted words: twice the weight of the common words over the weight of both sets. */
  /** The word weights of a dimension (looked up once per list, not once per pair of items). */
  weights(d: Dimension): TermWeights {
    return this.idf.get(d)!;
  }

  /** The similarity of two items (`itemScore`), their common weights found by merging their term sets. */
  similarity(t: TermWeights, a: PreparedItem, b: PreparedItem): number {
    return itemScore(a, b, commonWeight(t, a.words, b.words), commonWeight(t, a.title, b.title));
  }
}

const engines = new WeakMap<Catalog, Engine>();
function engineFor(catalog: Catalog): Engine {
  let e = engines.get(catalog);
  if (!e) {
    e = new Engine(catalog);
    engines.set(catalog, e);
  }
  return e;
}

/** Collects the detailed result; absent when only the score is wanted (the similarity matrix). */
interface Collector {
  shared: { key: string; a: unknown; b: unknown }[];
  changed: { key: string; a: unknown; b: unknown; changes: FieldChange[] }[];
  similar: {
    keyA: string;
    keyB: string;
    a: unknown;
    b: unknown;
    score: number;
    because: { words: string[]; concepts: string[] };
  }[];
  onlyA: { key: string; item: unknown }[];
  onlyB: { key: string; item: unknown }[];
}

// Scratch buffers reused across calls: the matrix compares hundreds of thousands of pairs, and allocating typed
// arrays per call cost more than the comparisons themselves. compareList does not re-enter, so sharing is safe.
/** Per item of the first list: 0, or one more than the index of the item with its key in the second. */
let matchedA = new Int32Array(64);
let matchedB = new Uint8Array(64);
let restA = new Int32Array(64);
let restB = new Int32Array(64);
let grid = new Float64Array(256);
/** Per pair of items (a × b, by item index): the weight of their common terms, and of their common title terms. */
let common = new Float64Array(256);
let commonTitle = new Float64Array(256);

function ensure(n: number, m: number): void {
  if (matchedA.length < n) matchedA = new Int32Array(n * 2);
  if (matchedB.length < m) matchedB = new Uint8Array(m * 2);
  if (restA.length < n) restA = new Int32Array(n * 2);
  if (restB.length < m) restB = new Int32Array(m * 2);
  if (grid.length < n * m) grid = new Float64Array(n * m * 2);
  if (common.length < n * m) {
    common = new Float64Array(n * m * 2);
    commonTitle = new Float64Array(n * m * 2);
  }
}

/**
 * The weight of the terms every item of `pa` shares with every item of `pb` (into `common` and `commonTitle`, row
 * per item of `pa`), from one merge walk of the two lists' inverted indexes: only terms both lists have cost anything.
 * False, with nothing written, when the lists share no term (unless `always`: a threshold of 0 pairs anything).
 */
function commonWeights(t: TermWeights, pa: PreparedList, pb: PreparedList, always: boolean): boolean {
  const nb = pb.items.length;
  const ta = pa.terms;
  const tb = pb.terms;
  let i = 0;
  let j = 0;
  // Most pairs of lists share no term at all: find the first common one before clearing anything.
  while (i < ta.length && j < tb.length && ta[i] !== tb[j]) {
    if (ta[i]! < tb[j]!) i++;
    else j++;
  }
  if (!always && (i >= ta.length || j >= tb.length)) return false;
  common.fill(0, 0, pa.items.length * nb);
  commonTitle.fill(0, 0, pa.items.length * nb);
  while (i < ta.length && j < tb.length) {
    const x = ta[i]!;
    const y = tb[j]!;
    if (x < y) i++;
    else if (x > y) j++;
    else {
      const w = weightOf(t, x);
      for (let p = pa.offsets[i]!; p < pa.offsets[i + 1]!; p++) {
        const row = pa.postItem[p]! * nb;
        const inTitle = pa.postTitle[p]!;
        for (let q = pb.offsets[j]!; q < pb.offsets[j + 1]!; q++) {
          const k = row + pb.postItem[q]!;
          common[k]! += w;
          if (inTitle & pb.postTitle[q]!) commonTitle[k]! += w;
        }
      }
      i++;
      j++;
    }
  }
  return true;
}

/** `Engine.similarity` from the common weights `commonWeights` left for items `i` of `pa` and `j` of `pb`. */
function pairSimilarity(a: PreparedItem, b: PreparedItem, k: number): number {
  return itemScore(a, b, common[k]!, commonTitle[k]!);
}

/**
 * Weighted Dice over all the terms of two items, given the weight they share (`all`) and share in their names
 * (`title`); when the items have more text than a name, a close name can lift it to the mean of that and Dice over
 * the names (two duties named alike but described at different length).
 */
function itemScore(a: PreparedItem, b: PreparedItem, all: number, title: number): number {
  const sum = a.wordsWeight + b.wordsWeight;
  const dice = sum === 0 ? 0 : (2 * all) / sum;
  if (a.title === a.words) return dice;
  const tsum = a.titleWeight + b.titleWeight;
  return Math.max(dice, (dice + (tsum === 0 ? 0 : (2 * title) / tsum)) / 2);
}

/** Compares one list dimension; returns its list score (null when both lists are empty). Hot path of the matrix. */
function compareList(
  engine: Engine,
  dim: Dimension,
  spec: ListSpec<unknown>,
  pa: PreparedList,
  pb: PreparedList,
  threshold: number,
  out: Collector | undefined,
): number | null {
  const as = pa.items;
  const bs = pb.items;
  const na = as.length;
  const nb = bs.length;
  if (na === 0 && nb === 0) return null;
  ensure(na, nb);
  matchedA.fill(0, 0, na);
  matchedB.fill(0, 0, nb);
  let credit = 0;
  let union = 0;
  // Merge walk over both lists in key order: equal keys are the same item in both roles.
  const ka = pa.keys;
  const kb = pb.keys;
  let x = 0;
  let y = 0;
  while (x < na && y < nb) {
    if (ka[x]! < kb[y]!) {
      x++;
      continue;
    }
    if (ka[x]! > kb[y]!) {
      y++;
      continue;
    }
    const i = pa.order[x]!;
    const j = pb.order[y]!;
    x++;
    y++;
    matchedA[i] = 1 + j; // the partner's index, plus one
    matchedB[j] = 1;
    union++;
    if (as[i]!.print === bs[j]!.print) credit += 1;
    else credit += CHANGED_CREDIT;
  }
  // Shared and changed items, then the rest, in the roles' own order, so results read in document order.
  let nA = 0;
  for (let i = 0; i < na; i++) {
    const m = matchedA[i]!;
    if (m === 0) {
      restA[nA++] = i;
      continue;
    }
    if (!out) continue;
    const a = as[i]!;
    const b = bs[m - 1]!;
    if (a.print === b.print) out.shared.push({ key: a.key, a: a.item, b: b.item });
    else
      out.changed.push({ key: a.key, a: a.item, b: b.item, changes: diffItems(spec, a.item, b.item, engine.catalog) });
  }
  let nB = 0;
  for (let j = 0; j < nb; j++) if (matchedB[j] !== 1) restB[nB++] = j;
  let paired = 0;
  // Pair leftover items by text similarity, best pair first; each item joins at most one pair. Lists with no term
  // in common have no pair above a positive threshold.
  if (nA > 0 && nB > 0 && threshold <= 1 && commonWeights(engine.weights(dim), pa, pb, threshold <= 0)) {
    let candidates = 0;
    for (let x = 0; x < nA; x++) {
      const a = as[restA[x]!]!;
      const row = restA[x]! * nb;
      for (let y = 0; y < nB; y++) {
        const s = pairSimilarity(a, bs[restB[y]!]!, row + restB[y]!);
        if (s >= threshold) {
          grid[x * nB + y] = s;
          candidates++;
        } else grid[x * nB + y] = -1;
      }
    }
    while (candidates > 0) {
      let best = -1;
      let at = -1;
      const cells = nA * nB;
      for (let k = 0; k < cells; k++)
        if (grid[k]! > best) {
          best = grid[k]!;
          at = k;
        }
      if (at < 0) break;
      const x = Math.floor(at / nB);
      const y = at - x * nB;
      for (let k = 0; k < nB; k++)
        if (grid[x * nB + k]! >= 0) {
          grid[x * nB + k] = -1;
          candidates--;
        }
      for (let k = 0; k < nA; k++)
        if (grid[k * nB + y]! >= 0) {
          grid[k * nB + y] = -1;
          candidates--;
        }
      paired++;
      credit += best;
      if (out) {
        const a = as[restA[x]!]!;
        const b = bs[restB[y]!]!;
        const because = engine.index.shared(engine.weights(dim), a.words, b.words);
        out.similar.push({ keyA: a.key, keyB: b.key, a: a.item, b: b.item, score: best, because });
      }
      restA[x] = -1 - restA[x]!; // marked as paired, still recoverable
      restB[y] = -1 - restB[y]!;
    }
  }
  union += nA + nB - paired;
  if (out) {
    for (let x = 0; x < nA; x++)
      if (restA[x]! >= 0) out.onlyA.push({ key: as[restA[x]!]!.key, item: as[restA[x]!]!.item });
    for (let y = 0; y < nB; y++)
      if (restB[y]! >= 0) out.onlyB.push({ key: bs[restB[y]!]!.key, item: bs[restB[y]!]!.item });
  }
  return credit / union;
}

/** Per dimension, once: its list spec (or none), its single-valued parts and its weight. */
const RUN_DIMENSIONS = DIMENSIONS.map((d, index) => ({
  d,
  index,
  list: LIST_DIMENSIONS.includes(d) ? listSpec(d) : undefined,
  parts: scalarParts(d),
  weight: DIMENSION_WEIGHTS[d],
}));

function run(
  engine: Engine,
  a: Role,
  b: Role,
  threshold: number,
  collect: boolean,
): { score: number; dimensions?: DimensionComparisons } {
  const pa = engine.prepare(a);
  const pb = engine.prepare(b);
  const dims = collect ? ({} as Record<Dimension, DimensionComparison>) : undefined;
  let weighted = 0;
  let weights = 0;
  for (const { d, index, list, parts, weight } of RUN_DIMENSIONS) {
    const out: Collector | undefined = collect
      ? { shared: [], changed: [], similar: [], onlyA: [], onlyB: [] }
      : undefined;
    const la = pa.lists[index];
    const lb = pb.lists[index];
    const listScore = list && la && lb ? compareList(engine, d, list, la, lb, threshold, out) : null;
    const scalars: FieldChange[] | undefined = collect ? [] : undefined;
    let scalarSum = 0;
    let scalarN = 0;
    if (parts.length) {
      const va = pa.scalars[index]!;
      const vb = pb.scalars[index]!;
      for (let k = 0; k < parts.length; k++) {
        const sc = scalarScore(parts[k]!, va[k], vb[k], engine.catalog);
        if (sc === sc) {
          scalarSum += sc;
          scalarN++;
        }
        if (scalars) {
          const c = scalarChange(parts[k]!, va[k], vb[k], engine.catalog);
          if (c) scalars.push(c);
        }
      }
    }
    // The dimension's score: the mean of its list part and the mean of its single-valued parts, where present.
    const scalarMean = scalarN === 0 ? null : scalarSum / scalarN;
    const score = listScore === null ? scalarMean : scalarMean === null ? listScore : (listScore + scalarMean) / 2;
    if (score !== null) {
      weighted += score * weight;
      weights += weight;
    }
    if (dims && out) dims[d] = { dimension: d, ...out, scalars: scalars!, score } as DimensionComparison;
  }
  const score = weights === 0 ? 1 : weighted / weights;
  return dims ? { score, dimensions: dims as DimensionComparisons } : { score };
}

/**
 * Compares two roles dimension by dimension: shared, similar, one-sided and changed items, field-level changes
 * with their effect, and a score per dimension and overall (formula in docs/compare.md). Roles come from `catalog`,
 * whose vocabularies give the words that similar items are matched on.
 */
export function compareRoles(a: Role, b: Role, catalog: Catalog, options: CompareOptions = {}): RoleComparison {
  const r = run(engineFor(catalog), a, b, options.similarThreshold ?? DEFAULT_SIMILAR_THRESHOLD, true);
  return { a: a.id, b: b.id, dimensions: r.dimensions!, score: r.score };
}

/** The overall similarity of two roles, without building the detailed result; equal to `compareRoles(...).score`. */
export function similarity(a: Role, b: Role, catalog: Catalog, options: CompareOptions = {}): number {
  return run(engineFor(catalog), a, b, options.similarThreshold ?? DEFAULT_SIMILAR_THRESHOLD, false).score;
}

/**
 * Text similarity of two items of one dimension, each found by its key in its role: what `compareRoles` uses to
 * pair items (weighted Dice over the words of both languages). Undefined when a key is not in its role.
 */
export function itemSimilarity(
  catalog: Catalog,
  dim: Dimension,
  a: Role,
  keyA: string,
  b: Role,
  keyB: string,
): number | undefined {
  const engine = engineFor(catalog);
  const ia = engine.prepare(a).lists[DIM_INDEX[dim]]?.items.find((x) => x.key === keyA);
  const ib = engine.prepare(b).lists[DIM_INDEX[dim]]?.items.find((x) => x.key === keyB);
  return ia && ib ? engine.similarity(engine.weights(dim), ia, ib) : undefined;
}
