import type { Catalog } from '../catalog/catalog.js';
import type { Role } from '../model/index.js';
import { DIMENSION_SPECS } from '../dimensions/registry.js';
import type { ListSpec } from '../dimensions/types.js';
import { inverseFrequency, setWeight, TermIndex, weightedDice, type TermWeights } from '../match/weights.js';
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
  /** The compared fields as one string: equal fingerprints mean nothing to diff. */
  print: string;
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
}
type PreparedRole = Partial<Record<Dimension, PreparedList>> & {
  scalars: Partial<Record<Dimension, (string | number | undefined)[]>>;
};

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
      for (const role of catalog.roles.values()) for (const it of this.prepare(role)[d]!.items) docs.push(it.words);
      this.idf.set(d, inverseFrequency(docs, this.index.size));
    }
    for (const role of catalog.roles.values()) {
      const p = this.prepare(role);
      for (const d of LIST_DIMENSIONS) for (const it of p[d]!.items) this.weigh(d, it);
    }
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
    p = { scalars: {} };
    for (const d of DIMENSIONS) {
      const parts = scalarParts(d);
      if (parts.length) p.scalars[d] = parts.map((part) => part.read(role));
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
          print: spec.fingerprint ? spec.fingerprint(item) : JSON.stringify(item),
          wordsWeight: 0,
          titleWeight: 0,
        };
        this.weigh(d, it);
        return it;
      });
      const ids = items.map((it) => this.keyId(it.key));
      const order = Int32Array.from(items.keys()).sort((x, y) => ids[x]! - ids[y]! || x - y);
      p[d] = { items, order, keys: Int32Array.from(order, (i) => ids[i]!) };
    }
    this.prepared.set(role, p);
    return p;
  }

  /** Dice over weighted words: twice the weight of the common words over the weight of both sets. */
  /** The word weights of a dimension (looked up once per list, not once per pair of items). */
  weights(d: Dimension): TermWeights {
    return this.idf.get(d)!;
  }

  /**
   * Weighted Dice over all the words; when the items have more text than a name, a close name can lift it to the
   * mean of that and Dice over the names (two duties named alike but described at different length).
   */
  similarity(t: TermWeights, a: PreparedItem, b: PreparedItem): number {
    const all = weightedDice(t, a.words, a.wordsWeight, b.words, b.wordsWeight);
    return a.title === a.words
      ? all
      : Math.max(all, (all + weightedDice(t, a.title, a.titleWeight, b.title, b.titleWeight)) / 2);
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
  similar: { keyA: string; keyB: string; a: unknown; b: unknown; score: number }[];
  onlyA: { key: string; item: unknown }[];
  onlyB: { key: string; item: unknown }[];
}

// Scratch buffers reused across calls: the matrix compares hundreds of thousands of pairs, and allocating typed
// arrays per call cost more than the comparisons themselves. compareList does not re-enter, so sharing is safe.
let matchedB = new Uint8Array(64);
let restA = new Int32Array(64);
let restB = new Int32Array(64);
let grid = new Float64Array(256);

function ensure(n: number, m: number): void {
  if (matchedB.length < m) matchedB = new Uint8Array(m * 2);
  if (restA.length < n) restA = new Int32Array(n * 2);
  if (restB.length < m) restB = new Int32Array(m * 2);
  if (grid.length < n * m) grid = new Float64Array(n * m * 2);
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
  matchedB.fill(0, 0, nb);
  let credit = 0;
  let union = 0;
  let nA = 0;
  // Merge walk over both lists in key order: equal keys are the same item in both roles.
  const ka = pa.keys;
  const kb = pb.keys;
  let x = 0;
  let y = 0;
  while (x < na) {
    const i = pa.order[x]!;
    if (y >= nb || ka[x]! < kb[y]!) {
      restA[nA++] = i;
      x++;
      continue;
    }
    if (ka[x]! > kb[y]!) {
      y++;
      continue;
    }
    const j = pb.order[y]!;
    x++;
    y++;
    matchedB[j] = 1;
    union++;
    const a = as[i]!;
    const b = bs[j]!;
    if (a.print === b.print) {
      credit += 1;
      out?.shared.push({ key: a.key, a: a.item, b: b.item });
    } else {
      credit += CHANGED_CREDIT;
      out?.changed.push({ key: a.key, a: a.item, b: b.item, changes: diffItems(spec, a.item, b.item, engine.catalog) });
    }
  }
  if (nA > 1) restA.subarray(0, nA).sort(); // back to the roles' own order, so results read in document order
  if (out && (out.shared.length > 1 || out.changed.length > 1)) {
    const pos = new Map(as.map((it, i) => [it.item, i]));
    const byA = (m: { a: unknown }, n: { a: unknown }) => pos.get(m.a)! - pos.get(n.a)!;
    out.shared.sort(byA);
    out.changed.sort(byA);
  }
  let nB = 0;
  for (let j = 0; j < nb; j++) if (matchedB[j] !== 1) restB[nB++] = j;
  let paired = 0;
  if (nA > 0 && nB > 0 && threshold <= 1) {
    // Pair leftover items by text similarity, best pair first; each item joins at most one pair.
    const weights = engine.weights(dim);
    let candidates = 0;
    for (let x = 0; x < nA; x++) {
      const a = as[restA[x]!]!;
      for (let y = 0; y < nB; y++) {
        const s = engine.similarity(weights, a, bs[restB[y]!]!);
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
        out.similar.push({ keyA: a.key, keyB: b.key, a: a.item, b: b.item, score: best });
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
  for (const d of DIMENSIONS) {
    const out: Collector | undefined = collect
      ? { shared: [], changed: [], similar: [], onlyA: [], onlyB: [] }
      : undefined;
    const la = pa[d];
    const lb = pb[d];
    const listScore = la && lb ? compareList(engine, d, listSpec(d), la, lb, threshold, out) : null;
    const scalars: FieldChange[] = [];
    let scalarSum = 0;
    let scalarN = 0;
    const parts = scalarParts(d);
    if (parts.length) {
      const va = pa.scalars[d]!;
      const vb = pb.scalars[d]!;
      for (let k = 0; k < parts.length; k++) {
        const sc = scalarScore(parts[k]!, va[k], vb[k], engine.catalog);
        if (sc === sc) {
          scalarSum += sc;
          scalarN++;
        }
        if (collect) {
          const c = scalarChange(parts[k]!, va[k], vb[k], engine.catalog);
          if (c) scalars.push(c);
        }
      }
    }
    // The dimension's score: the mean of its list part and the mean of its single-valued parts, where present.
    const scalarMean = scalarN === 0 ? null : scalarSum / scalarN;
    const score = listScore === null ? scalarMean : scalarMean === null ? listScore : (listScore + scalarMean) / 2;
    if (score !== null) {
      weighted += score * DIMENSION_WEIGHTS[d];
      weights += DIMENSION_WEIGHTS[d];
    }
    if (dims && out) dims[d] = { dimension: d, ...out, scalars, score } as DimensionComparison;
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
  const ia = engine.prepare(a)[dim]?.items.find((x) => x.key === keyA);
  const ib = engine.prepare(b)[dim]?.items.find((x) => x.key === keyB);
  return ia && ib ? engine.similarity(engine.weights(dim), ia, ib) : undefined;
}
