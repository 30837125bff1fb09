import type { Catalog, TextReading } from '../catalog/catalog.js';
import { matcherOf } from '../match/matcher.js';
import type { Role } from '../model/index.js';
import { ValueNumbers } from '../text/canonical.js';
import { DIMENSION_SPECS } from '../dimensions/registry.js';
import { commonWeight, inverseFrequency, setWeight, TermIndex, weightOf, type TermWeights } from '../match/weights.js';
import { diffItems, kernelPart, LIST_DIMENSIONS, listSpec, scalarChange, scalarParts } from './dimensions.js';
import { itemScore, Packer, scorePair, type KernelSink, type Packed } from './kernel.js';
import {
  DIMENSIONS,
  type CompareOptions,
  type Dimension,
  type DimensionComparison,
  type DimensionComparisons,
  type FieldChange,
  type RoleComparison,
} from './types.js';

export const DEFAULT_SIMILAR_THRESHOLD = 0.3;

/** An item of a role's list, as compare reads it: its key, the item, its terms and their weights. */
interface PreparedItem {
  key: string;
  item: unknown;
  words: Int32Array;
  /** Words of the name alone (the same array as `words` when the item is only a name). */
  title: Int32Array;
  /** The compared fields' number (`ValueNumbers`): equal fingerprints mean nothing to diff. */
  print: number;
  /** Sums of the words' weights (inverse document frequency), for weighted Dice. */
  wordsWeight: number;
  titleWeight: number;
}
/** A role as compare reads it: its items and single values by dimension index (`DIMENSIONS`), and where it is packed. */
interface PreparedRole {
  lists: (PreparedItem[] | undefined)[];
  scalars: ((string | number | undefined)[] | undefined)[];
  /** Its offset in the engine's packed roles (src/compare/kernel.ts). */
  at: number;
}
/** The index of each dimension in `DIMENSIONS`. */
const DIM_INDEX = Object.fromEntries(DIMENSIONS.map((d, i) => [d, i])) as Record<Dimension, number>;

/**
 * Per-catalog state: the word index with each word's weight, and each role read and packed for the kernel. A word's
 * weight is its inverse document frequency over every item of the catalog's roles, so words most items share
 * ("management", "经理", "director") count for little when texts are matched.
 */
class Engine {
  readonly index = new TermIndex();
  private readonly prepared = new WeakMap<Role, PreparedRole>();
  private readonly keyIds = new Map<string, number>();
  /** Fingerprints by content: items of one content, however their keys are ordered, have one number. */
  private readonly prints = new ValueNumbers();
  private readonly valueIds = new Map<string | number, number>();
  /**
   * Per dimension index: each word's weight, and the weight of a word no catalog item of that dimension has. Known once
   * every role is read (undefined until then, and for a dimension without a list).
   */
  private readonly idf: (TermWeights | undefined)[] = [];
  private readonly places: ((v: string | number) => number)[][];
  private readonly packer: Packer;
  /** The catalog's roles as read (every one, for the word weights), packed when first compared (or early, below). */
  private readonly read: ReadonlyMap<Role, Omit<PreparedRole, 'at'>>;

  /**
   * @param early Roles to pack as soon as they are read, while other threads still read the texts of later roles (the
   *   roles of a similarity matrix): their items' weights, which need every role read, are filled in at the end.
   */
  constructor(
    readonly catalog: Catalog,
    early: ReadonlySet<Role> = new Set(),
  ) {
    const parts = DIMENSIONS.map((d) => scalarParts(d).map((part) => kernelPart(part, catalog)));
    this.places = parts.map((ps) => ps.map((p) => p.place));
    this.packer = new Packer(
      DIMENSIONS.map((d, i) => ({
        list: LIST_DIMENSIONS.includes(d),
        parts: parts[i]!.map(({ kind, span }) => ({ kind, span })),
        weight: DIMENSION_SPECS[d].weight,
        termWeights: new Float64Array(0),
        unseen: 0,
      })),
    );
    // Each role is read as soon as its texts are (a large catalog's texts are read on several threads meanwhile).
    const roles = [...catalog.roles.values()];
    const read = new Map<Role, Omit<PreparedRole, 'at'>>();
    // Roles packed before the words have weights: their weights are written in once every role is read.
    const unweighed: PreparedRole[] = [];
    let next = 0;
    const readUpTo = (count: number) => {
      for (; next < count; next++) {
        const role = roles[next]!;
        const p = this.readRole(role);
        read.set(role, p);
        if (early.has(role)) unweighed.push(this.pack(role, p));
      }
    };
    matcherOf(catalog, readUpTo);
    readUpTo(roles.length);
    this.read = read;
    DIMENSIONS.forEach((d, k) => {
      if (!LIST_DIMENSIONS.includes(d)) return;
      const t = inverseFrequency(
        [...read.values()].flatMap((p) => p.lists[k]!.map((it) => it.words)),
        this.index.size,
      );
      this.idf[k] = t;
      this.packer.weigh(k, t.weights, t.unseen);
    });
    for (const p of unweighed) this.weigh(p);
  }

  /** The packed roles, for the kernel (a new view as roles are added: read it after preparing). */
  get packed(): Packed {
    return this.packer.packed;
  }

  private intern<K>(ids: Map<K, number>, key: K): number {
    let id = ids.get(key);
    if (id === undefined) ids.set(key, (id = ids.size));
    return id;
  }

  /**
   * A role's items and single values, not yet weighed or packed. Keys and values get their numbers here, in the order
   * roles are read, whichever roles are packed later.
   */
  private readRole(role: Role): Omit<PreparedRole, 'at'> {
    return {
      lists: DIMENSIONS.map((d) => {
        if (!LIST_DIMENSIONS.includes(d)) return undefined;
        const spec = listSpec(d);
        return spec.items(role).map((item) => {
          const words = this.index.intern(spec.words(item, this.catalog));
          const key = spec.key(item);
          this.intern(this.keyIds, key);
          return {
            key,
            item,
            words,
            title: spec.titleWords ? this.index.intern(spec.titleWords(item, this.catalog)) : words,
            print: -1, // when packed: only a packed item is diffed
            wordsWeight: 0,
            titleWeight: 0,
          };
        });
      }),
      scalars: DIMENSIONS.map((d) => {
        const parts = scalarParts(d);
        if (parts.length === 0) return undefined;
        const values = parts.map((part) => part.read(role));
        for (const v of values) if (v !== undefined) this.intern(this.valueIds, v);
        return values;
      }),
    };
  }

  /** Its items' weights, in the role and where it is packed. */
  private weigh(p: PreparedRole): void {
    p.lists.forEach((items, d) => {
      const t = this.idf[d];
      if (!items || !t) return;
      for (const it of items) weighItem(t, it);
      this.packer.weighItems(p.at, d, items);
    });
  }

  /** Fingerprints a read role's items and packs it, weighed when the words' weights are known (see `weigh`). */
  private pack(role: Role, p: Omit<PreparedRole, 'at'>): PreparedRole {
    p.lists.forEach((items, d) => {
      if (!items) return;
      const spec = listSpec(DIMENSIONS[d]!);
      const t = this.idf[d];
      for (const it of items) {
        if (t) weighItem(t, it);
        it.print = this.prints.of(spec.fingerprint ? spec.fingerprint(it.item) : it.item);
      }
    });
    const at = this.packer.add({
      lists: p.lists.map((items) => items?.map((it) => ({ ...it, key: this.intern(this.keyIds, it.key) }))),
      values: p.scalars.map(
        (vs) => vs && Int32Array.from(vs, (v) => (v === undefined ? -1 : this.intern(this.valueIds, v))),
      ),
      places: p.scalars.map(
        (vs, d) => vs && Float64Array.from(vs, (v, k) => (v === undefined ? Number.NaN : this.places[d]![k]!(v))),
      ),
    });
    const prepared = { ...p, at };
    this.prepared.set(role, prepared);
    return prepared;
  }

  prepare(role: Role): PreparedRole {
    return this.prepared.get(role) ?? this.pack(role, this.read.get(role) ?? this.readRole(role));
  }

  /** The word weights of a list dimension. */
  weights(dim: Dimension): TermWeights {
    return this.idf[DIM_INDEX[dim]]!;
  }

  /** The similarity of two items of a dimension (the kernel's `itemScore`). */
  similarity(t: TermWeights, a: PreparedItem, b: PreparedItem): number {
    return itemScore(
      a.wordsWeight,
      b.wordsWeight,
      a.title !== a.words,
      a.titleWeight,
      b.titleWeight,
      commonWeight(t, a.words, b.words),
      commonWeight(t, a.title, b.title),
    );
  }
}

/** An item's weights: the sums of its words' and its name's words' weights (for weighted Dice). */
function weighItem(t: TermWeights, it: PreparedItem): void {
  it.wordsWeight = setWeight(t, it.words);
  it.titleWeight = setWeight(t, it.title);
}

const engines = new WeakMap<Catalog, Engine>();
/** The catalog's engine, made on first use; `early` are the roles to pack while reading when it is made now. */
function engineFor(catalog: Catalog, early?: ReadonlySet<Role>): Engine {
  let e = engines.get(catalog);
  if (!e) {
    e = new Engine(catalog, early);
    engines.set(catalog, e);
  }
  return e;
}

/**
 * The catalog's texts as the matcher reads them when compare reads every role, sorted by text: compiled with the
 * shipped catalog (src/node/embed.ts), so comparing two of its roles reads no text and builds no thesaurus.
 */
export function catalogReadings(catalog: Catalog): TextReading[] {
  engineFor(catalog);
  return matcherOf(catalog)
    .readings()
    .sort((x, y) => (x.text < y.text ? -1 : x.text > y.text ? 1 : 0));
}

/** Builds the detailed result from what the kernel hears: items, field changes, why pairs matched. */
class Collector implements KernelSink {
  readonly dimensions = {} as Record<Dimension, DimensionComparison>;

  constructor(
    private readonly engine: Engine,
    private readonly a: PreparedRole,
    private readonly b: PreparedRole,
  ) {
    for (const d of DIMENSIONS) {
      const parts = scalarParts(d);
      const va = a.scalars[DIM_INDEX[d]];
      const vb = b.scalars[DIM_INDEX[d]];
      const scalars: FieldChange[] = [];
      parts.forEach((part, k) => {
        const c = scalarChange(part, va?.[k], vb?.[k], engine.catalog);
        if (c) scalars.push(c);
      });
      this.dimensions[d] = {
        dimension: d,
        shared: [],
        changed: [],
        similar: [],
        onlyA: [],
        onlyB: [],
        scalars,
        score: null,
      };
    }
  }

  keyed(d: number, i: number, j: number, same: boolean): void {
    const dim = DIMENSIONS[d]!;
    const a = this.a.lists[d]![i]!;
    const b = this.b.lists[d]![j]!;
    const out = this.dimensions[dim];
    if (same) out.shared.push({ key: a.key, a: a.item, b: b.item } as never);
    else
      out.changed.push({
        key: a.key,
        a: a.item,
        b: b.item,
        changes: diffItems(listSpec(dim), a.item, b.item, this.engine.catalog),
      } as never);
  }

  similar(d: number, i: number, j: number, score: number): void {
    const dim = DIMENSIONS[d]!;
    const a = this.a.lists[d]![i]!;
    const b = this.b.lists[d]![j]!;
    const because = this.engine.index.shared(this.engine.weights(dim), a.words, b.words);
    this.dimensions[dim].similar.push({ keyA: a.key, keyB: b.key, a: a.item, b: b.item, score, because } as never);
  }

  unpaired(d: number, side: 0 | 1, i: number): void {
    const dim = DIMENSIONS[d]!;
    const it = (side === 0 ? this.a : this.b).lists[d]![i]!;
    (side === 0 ? this.dimensions[dim].onlyA : this.dimensions[dim].onlyB).push({
      key: it.key,
      item: it.item,
    } as never);
  }

  scored(d: number, score: number | null): void {
    this.dimensions[DIMENSIONS[d]!].score = score;
  }
}

/**
 * Compares two roles dimension by dimension: shared, similar, one-sided and changed items, field-level changes
 * with their effect, and a score per dimension and overall (formula in docs/compare.md). Roles come from `catalog`,
 * whose vocabularies give the words that similar items are matched on.
 */
export function compareRoles(a: Role, b: Role, catalog: Catalog, options: CompareOptions = {}): RoleComparison {
  const engine = engineFor(catalog);
  const pa = engine.prepare(a);
  const pb = engine.prepare(b);
  const sink = new Collector(engine, pa, pb);
  const score = scorePair(engine.packed, pa.at, pb.at, options.similarThreshold ?? DEFAULT_SIMILAR_THRESHOLD, sink);
  return { a: a.id, b: b.id, dimensions: sink.dimensions as DimensionComparisons, score };
}

/** The overall similarity of two roles, without building the detailed result; equal to `compareRoles(...).score`. */
export function similarity(a: Role, b: Role, catalog: Catalog, options: CompareOptions = {}): number {
  const engine = engineFor(catalog);
  const pa = engine.prepare(a);
  const pb = engine.prepare(b);
  return scorePair(engine.packed, pa.at, pb.at, options.similarThreshold ?? DEFAULT_SIMILAR_THRESHOLD);
}

/**
 * Roles packed for the comparison kernel: what the similarity matrix (and its worker threads) reads. `roles[i]` is
 * the offset of the i-th role in `packed`.
 */
export function packRoles(roles: readonly Role[], catalog: Catalog): { packed: Packed; roles: Int32Array } {
  const engine = engineFor(catalog, new Set(roles));
  const at = Int32Array.from(roles, (r) => engine.prepare(r).at);
  return { packed: engine.packed, roles: at };
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
  const ia = engine.prepare(a).lists[DIM_INDEX[dim]]?.find((x) => x.key === keyA);
  const ib = engine.prepare(b).lists[DIM_INDEX[dim]]?.find((x) => x.key === keyB);
  return ia && ib ? engine.similarity(engine.weights(dim), ia, ib) : undefined;
}

/** One item of a list dimension held by a role, as an `ItemIndex` numbers them. */
export interface HeldItem {
  role: Role;
  key: string;
  /** The item itself, as the dimension reads it from the role (a duty for `duties`). */
  item: unknown;
}

/**
 * Every item of one list dimension over a set of roles, numbered in role order, for finding the pairs that read alike
 * without scoring every pair (overlaps over thousands of duties).
 */
export interface ItemIndex {
  items: readonly HeldItem[];
  /**
   * Calls `found` for each pair i < j whose `itemSimilarity` is at least `threshold`. `consider` is asked first and may
   * rule a pair out. Exact: only pairs that cannot reach the threshold go unasked. `joined`, when given, is an
   * equivalence ("already in one group") asked before a pair is scored: pairs of joined items are not scored nor
   * offered (overlaps joins thousands of duties that read alike, and need not score each pair of them).
   */
  pairs(
    threshold: number,
    consider: (i: number, j: number) => boolean,
    found: (i: number, j: number, score: number) => void,
    joined?: (i: number, j: number) => boolean,
  ): void;
}

/**
 * The items of `dim` held by `roles`, indexed for `pairs`. Prefix filtering over weighted Dice: with each item's terms
 * in one order for all (heaviest first), two items sharing at least a weight `c` share a term among the first terms
 * of each, up to where the rest weigh less than `c`. An item's score reaches `t` only when Dice over all its words
 * reaches `t`, or (for items with a name) the mean of that and Dice over the names does (`itemScore`); with the first
 * under `t`, the names' Dice is then over `t`. So a pair is scored only when it shares a term of both words' prefixes
 * or of both names' prefixes, each cut for Dice `t`, and then only when positional filtering (in `pairs`) leaves it.
 */
export function itemIndex(catalog: Catalog, dim: Dimension, roles: readonly Role[]): ItemIndex {
  const engine = engineFor(catalog);
  const weights = engine.weights(dim);
  const d = DIM_INDEX[dim];
  const items: HeldItem[] = [];
  const prepared: PreparedItem[] = [];
  for (const role of roles)
    for (const it of engine.prepare(role).lists[d] ?? []) {
      items.push({ role, key: it.key, item: it.item });
      prepared.push(it);
    }
  // Items with the same words (and the same name words) score alike with every item: each kind is scored once.
  const kinds = new Map<string, number[]>();
  prepared.forEach((it, i) => {
    const key = it.title === it.words ? `${it.words.join()}` : `${it.words.join()}|${it.title.join()}`;
    const members = kinds.get(key);
    if (members) members.push(i);
    else kinds.set(key, [i]);
  });
  const groups = [...kinds.values()];
  const reps = groups.map((g) => prepared[g[0]!]!);
  /** Offers every pair of a member of `a` and a member of `b` (both the same group or not) that scores `s`. */
  const offer = (
    a: readonly number[],
    b: readonly number[],
    s: number,
    consider: (i: number, j: number) => boolean,
    found: (i: number, j: number, score: number) => void,
  ) => {
    for (const x of a)
      for (const y of b) {
        if (a === b && y <= x) continue;
        const i = Math.min(x, y);
        const j = Math.max(x, y);
        if (consider(i, j)) found(i, j, s);
      }
  };
  return {
    items,
    pairs(threshold, consider, found, joined) {
      /** Whether every member of kinds g and h is already joined with every other (one equivalence class). */
      const allJoined = (g: number, h: number): boolean => {
        const gs = groups[g]!;
        const hs = groups[h]!;
        const at = hs[0]!;
        // Most kinds are one item: one question, and nothing made for it (this runs for millions of pairs).
        if (gs.length === 1 && hs.length === 1) return joined!(gs[0]!, at);
        for (const x of gs) if (!joined!(x, at)) return false;
        for (let k = 1; k < hs.length; k++) if (!joined!(hs[k]!, at)) return false;
        return true;
      };
      // How many pairs were offered: the equivalence may have grown since a posting list was last looked at.
      let offered = 0;
      const offerAndCount = (i: number, j: number, score: number) => {
        offered++;
        found(i, j, score);
      };
      const n = reps.length;
      for (let g = 0; g < n; g++)
        if (groups[g]!.length > 1) {
          const s = engine.similarity(weights, reps[g]!, reps[g]!);
          if (s >= threshold) offer(groups[g]!, groups[g]!, s, consider, offerAndCount);
        }
      // At or below 0, every pair qualifies, sharing a word or not.
      const all = !(threshold > 0);
      const indexes = all
        ? []
        : [prefixPostings(weights, reps, threshold, false), prefixPostings(weights, reps, threshold, true)];
      const seen = new Int32Array(n).fill(-1);
      // Per index, for the item being probed: which items it met (mark), the weight shared in their prefixes so far
      // (common), and whether they can still reach the threshold (alive).
      const mark = new Int32Array(n).fill(-1);
      const common = new Float64Array(n);
      const alive = new Uint8Array(n);
      const met: number[] = [];
      const candidates: number[] = [];
      for (let g = 0; g < n; g++) {
        candidates.length = 0;
        if (all) for (let h = g + 1; h < n; h++) candidates.push(h);
        else {
          for (const [ix, index] of indexes.entries()) {
            const stamp = 2 * g + ix;
            // Positional filtering: two items meeting at their prefixes' positions pg and ph share at most what they
            // shared before plus the lesser of their weights after those positions; under the weight Dice needs,
            // the pair is dropped (exact: that is an upper bound of the weight they share).
            met.length = 0;
            const prefix = index.prefixes[g]!;
            const after = index.after[g]!;
            const own = index.total[g]!;
            for (let pg = 0; pg < prefix.length; pg++) {
              const term = prefix[pg]!;
              const w = weightOf(weights, term);
              const posting = index.postings.get(term)!;
              const post = posting.items;
              // Items are probed in order and meet only later items: the ones before are passed over for good.
              let k = posting.from;
              while (k < post.length && post[k]! <= g) k += 2;
              posting.from = k;
              if (joined !== undefined) {
                // A long list whose items are all joined already (thousands of duties that read alike) offers nothing
                // to an item joined with them: it is passed over whole, not item by item. Looked at again only when
                // pairs were offered since.
                if (posting.one < 0 && posting.checked !== offered && post.length - k >= 2 * JOINED_CHECK_MIN) {
                  posting.checked = offered;
                  const r = post[k]!;
                  let same = true;
                  for (let q = k + 2; same && q < post.length; q += 2) same = allJoined(r, post[q]!);
                  if (same) posting.one = r;
                }
                if (posting.one >= 0 && allJoined(g, posting.one)) continue;
              }
              for (; k < post.length; k += 2) {
                const h = post[k]!;
                if (mark[h] !== stamp) {
                  mark[h] = stamp;
                  common[h] = 0;
                  alive[h] = 1;
                  met.push(h);
                }
                if (alive[h] === 0) continue;
                common[h]! += w;
                const bound = common[h]! + Math.min(after[pg]!, index.after[h]![post[k + 1]!]!);
                const total = own + index.total[h]!;
                if (bound < (index.delta * total) / 2 - 1e-9 * total) alive[h] = 0;
              }
            }
            for (const h of met)
              if (alive[h] === 1 && seen[h] !== g) {
                seen[h] = g;
                candidates.push(h);
              }
          }
          // In order: many candidates are read off the marks (sorting thousands of them per item was quadratic).
          if (candidates.length > (n - g) / 16) {
            candidates.length = 0;
            for (let h = g + 1; h < n; h++) if (seen[h] === g) candidates.push(h);
          } else candidates.sort((x, y) => x - y);
        }
        for (const h of candidates) {
          if (joined !== undefined && allJoined(g, h)) continue;
          const s = engine.similarity(weights, reps[g]!, reps[h]!);
          if (s >= threshold) offer(groups[g]!, groups[h]!, s, consider, offerAndCount);
        }
      }
    },
  };
}

/** The items with a term in their prefix, as `pairs` walks them. */
interface Posting {
  /** Pairs (item, position of the term in the item's prefix), in item order. */
  items: number[];
  /** Where the items not yet passed over start: items are probed in order and meet only later items. */
  from: number;
  /** An item every remaining item is joined with (see `pairs`' `joined`), or -1 when not known. */
  one: number;
  /** How many pairs had been offered when the list was last looked at for `one`. */
  checked: number;
}

/** The shortest posting list (in items) worth looking at as a whole for items all joined already. */
const JOINED_CHECK_MIN = 16;

/**
 * Per item, the first of its terms (heaviest first, then by number) that two items reaching Dice `delta` must share
 * one of, and the items by each such term. Over the names when `titles` (items without a name have none there). With
 * each item's total weight and, per prefix position, the weight of its terms after it (for positional filtering).
 */
function prefixPostings(
  t: TermWeights,
  items: readonly PreparedItem[],
  delta: number,
  titles: boolean,
): {
  delta: number;
  prefixes: Int32Array[];
  after: Float64Array[];
  total: Float64Array;
  /**
   * Per term, the items with it in their prefix and its position there, as pairs (item, position) in item order; and
   * where the items not yet passed over start (see `pairs`).
   */
  postings: Map<number, Posting>;
} {
  const postings = new Map<number, Posting>();
  const total = new Float64Array(items.length);
  const after: Float64Array[] = [];
  const prefixes = items.map((it, i) => {
    if (titles && it.title === it.words) {
      after.push(new Float64Array(0));
      return new Int32Array(0);
    }
    const terms = titles ? it.title : it.words;
    const sum = titles ? it.titleWeight : it.wordsWeight;
    total[i] = sum;
    // Dice ≥ delta means 2c ≥ delta(wa + wb) with c ≤ wb, so c ≥ delta·wa / (2 − delta). Kept a hair low so rounding
    // never cuts a prefix short.
    const bound = delta <= 0 ? 0 : (delta * sum) / (2 - delta) - 1e-9 * sum;
    const ordered = Array.from(terms).sort((x, y) => weightOf(t, y) - weightOf(t, x) || x - y);
    let rest = sum;
    let k = 0;
    const rests: number[] = [];
    while (k < ordered.length && !(rest < bound)) {
      rest -= weightOf(t, ordered[k++]!);
      rests.push(Math.max(0, rest));
    }
    const prefix = Int32Array.from(ordered.slice(0, k));
    after.push(Float64Array.from(rests));
    prefix.forEach((term, pos) => {
      const list = postings.get(term);
      if (list) list.items.push(i, pos);
      else postings.set(term, { items: [i, pos], from: 0, one: -1, checked: -1 });
    });
    return prefix;
  });
  return { delta, prefixes, after, total, postings };
}
