// The comparison kernel: roles packed as numbers, and the one scoring of two of them.
//
// Everything compare works out about a pair of roles is worked out here, once: `compareRoles` listens to it through a
// `KernelSink` to build its detailed result, the similarity matrix takes only the score, and the matrix's worker
// threads run it on the packed numbers alone (this module imports nothing, so a worker starts in milliseconds and
// rebuilds no catalog). Every role of a catalog lives in two flat arrays, which keeps the matrix's inner loop in the
// processor's cache instead of chasing objects.

/** What an item held by both roles with different details counts for, against 1 for an identical one. */
export const CHANGED_CREDIT = 0.75;

/** How a single-valued part is ordered: not at all, as a number, or on a scale (a position out of `span`). */
export const UNORDERED = 0;
export const NUMBER = 1;
export const ORDERED = 2;
export type PartKind = typeof UNORDERED | typeof NUMBER | typeof ORDERED;

/** A dimension as the kernel reads it: whether it holds a list, its single-valued parts, its weight in the score. */
export interface KernelDimension {
  list: boolean;
  parts: { kind: PartKind; span: number }[];
  weight: number;
  /** The list's term weights (inverse document frequency) and the weight of a term numbered after them. */
  termWeights: Float64Array;
  unseen: number;
}

/** Every packed role of a catalog: `ints` and `floats` hold them, a role is the offset of its table in `ints`. */
export interface Packed {
  ints: Int32Array;
  floats: Float64Array;
  dims: readonly KernelDimension[];
  /** The dimensions' weights added up. */
  totalWeight: number;
  /** The dimensions' indexes, heaviest first (the order a pair scored with a floor is scored in). */
  heaviestFirst: Int32Array;
  /** Per dimension, how many lists of different content are packed (see the layout). */
  lists: Int32Array;
}

/** Ints per dimension at the head of a packed role. */
const HEAD = 3;
/** More items than a list can hold (2^21), and terms are numbered under 2^31: a posting fits a double exactly. */
const ITEM_SPAN = 2 ** 21;

/** One item of a list, to be packed: its key and fingerprint as numbers, its terms (sorted) and their weights. */
export interface KernelItem {
  key: number;
  print: number;
  words: Int32Array;
  /** The terms of its name alone; the same array as `words` when the item is only a name. */
  title: Int32Array;
  wordsWeight: number;
  titleWeight: number;
}

/** One role, to be packed: per dimension (by index), its items and its single-valued parts' value numbers and places. */
export interface KernelRole {
  lists: (readonly KernelItem[] | undefined)[];
  /** Per part, a number standing for the value (-1 when the role has none). */
  values: (Int32Array | undefined)[];
  /** Per part, the value's place on the part's order (NaN when it has none). */
  places: (Float64Array | undefined)[];
}

/*
 * Layout. A role at offset h: for each dimension d, ints[h + 3d] is where its block starts in `ints`, ints[h + 3d + 1]
 * in `floats`, and ints[h + 3d + 2] numbers its list by content (lists alike in every number have one number, -1 when
 * the dimension has no list). A block: the list (when the dimension has one), then the part values.
 *   ints:   n, nt, np, keys[n] (sorted), order[n], print[n], hasTitle[n], terms[nt] (sorted), offsets[nt + 1],
 *           postItem[np], postTitle[np], values[parts]
 *   floats: wordsWeight[n], titleWeight[n], places[parts]
 * keys/order: the items by key number, for matching two lists in one merge walk. terms..postTitle: the list's inverted
 * index, each distinct term once with the items having it (and whether in their name), so two lists' common terms are
 * found in one merge walk of their `terms` instead of comparing every pair of items.
 */

/** The ints of a list block before its part values. */
function listInts(ints: Int32Array, at: number): number {
  const n = ints[at]!;
  const nt = ints[at + 1]!;
  return 3 + 4 * n + 2 * nt + 1 + 2 * ints[at + 2]!;
}

/** Packs roles into growing arrays; `packed` views what is packed so far (a new view after each role). */
export class Packer {
  private ints = new Int32Array(4096);
  private floats = new Float64Array(1024);
  private ni = 0;
  private nf = 0;
  private view: Packed;

  constructor(readonly dims: readonly KernelDimension[]) {
    this.view = {
      ints: this.ints,
      floats: this.floats,
      dims,
      totalWeight: dims.reduce((w, d) => w + d.weight, 0),
      heaviestFirst: Int32Array.from(dims.keys()).sort((x, y) => dims[y]!.weight - dims[x]!.weight || x - y),
      lists: new Int32Array(dims.length),
    };
    this.listIds = dims.map(() => new Map<number, number[]>());
    this.listBlocks = dims.map(() => []);
  }

  /** Per dimension, the lists of each content hash (their numbers), and where each numbered list's block is in `ints`. */
  private readonly listIds: Map<number, number[]>[];
  private readonly listBlocks: number[][];

  /**
   * The number of the list just packed at `i0` (ints) in dimension `k`: the number of an earlier list with the same
   * numbers, else a new one. Found by a hash of the block, then compared number by number. Its floats (the items'
   * weights) follow from its ints (the items' terms) and the dimension's term weights, so they are not compared: a list
   * packed before the weights are known (`weighItems`) is one with the same list packed after.
   */
  private listId(k: number, i0: number): number {
    const ints = this.ints;
    const ni = this.ni - i0;
    let hash = 0x811c9dc5;
    for (let x = i0; x < this.ni; x++) hash = Math.imul(hash ^ ints[x]!, 0x01000193);
    const blocks = this.listBlocks[k]!;
    const same = this.listIds[k]!.get(hash);
    const found = same?.find((id) => {
      const at = blocks[id]!;
      if (at + ni > i0) return false;
      for (let x = 0; x < ni; x++) if (ints[at + x] !== ints[i0 + x]) return false;
      return true;
    });
    if (found !== undefined) return found;
    const id = blocks.length;
    blocks.push(i0);
    if (same) same.push(id);
    else this.listIds[k]!.set(hash, [id]);
    return id;
  }

  get packed(): Packed {
    return this.view;
  }

  private grow(ints: number, floats: number): void {
    if (this.ni + ints > this.ints.length) {
      const next = new Int32Array(Math.max(this.ints.length * 2, this.ni + ints));
      next.set(this.ints.subarray(0, this.ni));
      this.ints = next;
    }
    if (this.nf + floats > this.floats.length) {
      const next = new Float64Array(Math.max(this.floats.length * 2, this.nf + floats));
      next.set(this.floats.subarray(0, this.nf));
      this.floats = next;
    }
  }

  /** Packs a role; returns its offset, by which the kernel reads it. */
  add(role: KernelRole): number {
    const d = this.dims.length;
    this.grow(HEAD * d, 0);
    const h = this.ni;
    this.ni += HEAD * d;
    const lists = Int32Array.from(this.view.lists);
    for (let k = 0; k < d; k++) {
      this.ints[h + HEAD * k] = this.ni;
      this.ints[h + HEAD * k + 1] = this.nf;
      this.ints[h + HEAD * k + 2] = -1;
      if (this.dims[k]!.list) {
        const i0 = this.ni;
        this.addList(role.lists[k] ?? []);
        const id = this.listId(k, i0);
        this.ints[h + HEAD * k + 2] = id;
        lists[k] = this.listBlocks[k]!.length;
      }
      const values = role.values[k];
      const places = role.places[k];
      const parts = this.dims[k]!.parts.length;
      this.grow(parts, parts);
      for (let p = 0; p < parts; p++) {
        this.ints[this.ni++] = values?.[p] ?? -1;
        this.floats[this.nf++] = places?.[p] ?? Number.NaN;
      }
    }
    this.view = { ...this.view, ints: this.ints.subarray(0, this.ni), floats: this.floats.subarray(0, this.nf), lists };
    return h;
  }

  /** Gives list dimension `k` its term weights (`KernelDimension.termWeights`, `unseen`). */
  weigh(k: number, termWeights: Float64Array, unseen: number): void {
    const d = this.dims[k]!;
    d.termWeights = termWeights;
    d.unseen = unseen;
  }

  /**
   * Writes the weights of the items of dimension `k` of the role packed at `h`, in the role's order: for a role packed
   * before they were known (`KernelItem.wordsWeight`, `titleWeight`).
   */
  weighItems(h: number, k: number, items: readonly Pick<KernelItem, 'wordsWeight' | 'titleWeight'>[]): void {
    const f0 = this.ints[h + HEAD * k + 1]!;
    const n = this.ints[this.ints[h + HEAD * k]!]!;
    if (n !== items.length) throw new RangeError(`${items.length} weights for a list of ${n} items.`);
    items.forEach((it, i) => {
      this.floats[f0 + i] = it.wordsWeight;
      this.floats[f0 + n + i] = it.titleWeight;
    });
  }

  private addList(items: readonly KernelItem[]): void {
    const n = items.length;
    if (n >= ITEM_SPAN)
      throw new RangeError(`A list of ${n} items is more than the comparison can pack (${ITEM_SPAN}).`);
    const order = Array.from(items.keys()).sort((x, y) => items[x]!.key - items[y]!.key || x - y);
    // Each posting (term, item, whether in its name) as one number, term and item in the high bits: sorted as numbers,
    // they come by term, then by item, with no array per posting (a catalog of 3,000 roles has a million).
    let np = 0;
    for (const it of items) np += it.words.length;
    const postings = new Float64Array(np);
    let k = 0;
    items.forEach((it, i) => {
      const { words, title } = it;
      // Both sorted: the name's terms are found by walking them beside the words.
      for (let x = 0, y = 0; x < words.length; x++) {
        const w = words[x]!;
        while (title !== words && y < title.length && title[y]! < w) y++;
        postings[k++] = (w * ITEM_SPAN + i) * 2 + (title === words || title[y] === w ? 1 : 0);
      }
    });
    postings.sort();
    const terms: number[] = [];
    const offsets: number[] = [];
    for (let p = 0; p < np; p++) {
      const w = Math.floor(postings[p]! / (2 * ITEM_SPAN));
      if (p === 0 || w !== terms[terms.length - 1]) {
        terms.push(w);
        offsets.push(p);
      }
    }
    offsets.push(np);
    const nt = terms.length;
    this.grow(3 + 4 * n + 2 * nt + 1 + 2 * np, 2 * n);
    const out = this.ints;
    let at = this.ni;
    out[at++] = n;
    out[at++] = nt;
    out[at++] = np;
    for (const i of order) out[at++] = items[i]!.key;
    for (const i of order) out[at++] = i;
    for (const it of items) out[at++] = it.print;
    for (const it of items) out[at++] = it.title === it.words ? 0 : 1;
    for (let x = 0; x < nt; x++) out[at++] = terms[x]!;
    for (let x = 0; x <= nt; x++) out[at++] = offsets[x]!;
    for (let p = 0; p < np; p++) out[at++] = Math.floor(postings[p]! / 2) % ITEM_SPAN;
    for (let p = 0; p < np; p++) out[at++] = postings[p]! % 2;
    this.ni = at;
    for (const it of items) this.floats[this.nf++] = it.wordsWeight;
    for (const it of items) this.floats[this.nf++] = it.titleWeight;
  }
}

/** Hears what the kernel finds, dimension by dimension, in the order a detailed comparison lists it. */
export interface KernelSink {
  /** Items i (of a) and j (of b) have one key; `same` when their compared fields are equal too. In a's order. */
  keyed(d: number, i: number, j: number, same: boolean): void;
  /** Items i and j, not keyed alike, are paired by their texts at `score`; best pair first. */
  similar(d: number, i: number, j: number, score: number): void;
  /** Item i of a (`side` 0) or of b (1) has no partner; in the role's order. */
  unpaired(d: number, side: 0 | 1, i: number): void;
  /** The dimension's score (null when neither role has anything in it). */
  scored(d: number, score: number | null): void;
}

/**
 * Weighted Dice over all the terms of two items, given the weight they share (`all`) and share in their names
 * (`title`); when the items have more text than a name, a close name can lift it to the mean of that and Dice over
 * the names (two duties named alike but described at different length).
 */
export function itemScore(
  wordsA: number,
  wordsB: number,
  hasTitle: boolean,
  titleA: number,
  titleB: number,
  all: number,
  title: number,
): number {
  const sum = wordsA + wordsB;
  const dice = sum === 0 ? 0 : (2 * all) / sum;
  if (!hasTitle) return dice;
  const tsum = titleA + titleB;
  return Math.max(dice, (dice + (tsum === 0 ? 0 : (2 * title) / tsum)) / 2);
}

/** The score of one single-valued part: 1 when equal, the distance on its order otherwise, NaN when neither has it. */
export function partScore(kind: PartKind, span: number, a: number, b: number, placeA: number, placeB: number): number {
  if (a < 0 && b < 0) return Number.NaN;
  if (a === b) return 1;
  if (a < 0 || b < 0 || kind === UNORDERED || placeA !== placeA || placeB !== placeB) return 0;
  const s = kind === NUMBER ? Math.max(Math.abs(placeA), Math.abs(placeB), 1) : Math.max(span, 1);
  return Math.max(0, 1 - Math.abs(placeB - placeA) / s);
}

// Scratch buffers reused across calls: the matrix compares hundreds of thousands of pairs, and allocating arrays per
// call would cost more than the comparisons. The kernel does not re-enter, so sharing them is safe.
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
 * The weight of the terms every item of list `a` shares with every item of list `b` (into `common` and
 * `commonTitle`, a row per item of `a`), from one merge walk of the two inverted indexes: only terms both lists have
 * cost anything. False, with nothing written, when the lists share no term (unless `always`: a threshold of 0 pairs
 * anything).
 */
function commonWeights(dim: KernelDimension, ints: Int32Array, a: number, b: number, always: boolean): boolean {
  const na = ints[a]!;
  const nb = ints[b]!;
  // Where the terms, offsets, postItem and postTitle of each list start.
  const ta = a + 3 + 4 * na;
  const tb = b + 3 + 4 * nb;
  const ea = ta + ints[a + 1]!;
  const eb = tb + ints[b + 1]!;
  const oa = ea;
  const ob = eb;
  const pa = oa + ints[a + 1]! + 1;
  const pb = ob + ints[b + 1]! + 1;
  const sa = pa + ints[a + 2]!;
  const sb = pb + ints[b + 2]!;
  let i = ta;
  let j = tb;
  // Most pairs of lists share no term at all: find the first common one before clearing anything.
  while (i < ea && j < eb && ints[i] !== ints[j]) {
    if (ints[i]! < ints[j]!) i++;
    else j++;
  }
  if (!always && (i >= ea || j >= eb)) return false;
  common.fill(0, 0, na * nb);
  commonTitle.fill(0, 0, na * nb);
  const weights = dim.termWeights;
  const known = weights.length;
  while (i < ea && j < eb) {
    const x = ints[i]!;
    const y = ints[j]!;
    if (x < y) i++;
    else if (x > y) j++;
    else {
      const w = x < known ? weights[x]! : dim.unseen;
      const ka = i - ta;
      const kb = j - tb;
      for (let p = ints[oa + ka]!, pe = ints[oa + ka + 1]!; p < pe; p++) {
        const row = ints[pa + p]! * nb;
        const inTitle = ints[sa + p]!;
        for (let q = ints[ob + kb]!, qe = ints[ob + kb + 1]!; q < qe; q++) {
          const k = row + ints[pb + q]!;
          common[k]! += w;
          if (inTitle & ints[sb + q]!) commonTitle[k]! += w;
        }
      }
      i++;
      j++;
    }
  }
  return true;
}

/**
 * Compares one list dimension of two roles (list blocks at `a`/`b` in ints, `fa`/`fb` in floats); returns its score,
 * NaN when both lists are empty. Items with one key are the same item; the rest are paired by text similarity, best
 * pair first, each item joining at most one pair, when the pair scores at least `threshold`.
 */
function compareList(
  p: Packed,
  d: number,
  a: number,
  fa: number,
  b: number,
  fb: number,
  threshold: number,
  sink: KernelSink | undefined,
): number {
  const { ints, floats } = p;
  const na = ints[a]!;
  const nb = ints[b]!;
  if (na === 0 && nb === 0) return Number.NaN;
  ensure(na, nb);
  matchedA.fill(0, 0, na);
  matchedB.fill(0, 0, nb);
  const keysA = a + 3;
  const keysB = b + 3;
  const orderA = keysA + na;
  const orderB = keysB + nb;
  const printA = orderA + na;
  const printB = orderB + nb;
  let credit = 0;
  let union = 0;
  // Merge walk over both lists in key order: equal keys are the same item in both roles.
  let x = 0;
  let y = 0;
  while (x < na && y < nb) {
    const kx = ints[keysA + x]!;
    const ky = ints[keysB + y]!;
    if (kx < ky) x++;
    else if (kx > ky) y++;
    else {
      const i = ints[orderA + x]!;
      const j = ints[orderB + y]!;
      x++;
      y++;
      matchedA[i] = 1 + j; // the partner's index, plus one
      matchedB[j] = 1;
      union++;
      credit += ints[printA + i] === ints[printB + j] ? 1 : CHANGED_CREDIT;
    }
  }
  // Keyed items, then the rest, in the roles' own order, so results read in document order.
  let nA = 0;
  for (let i = 0; i < na; i++) {
    const m = matchedA[i]!;
    if (m === 0) restA[nA++] = i;
    else if (sink) sink.keyed(d, i, m - 1, ints[printA + i] === ints[printB + m - 1]);
  }
  let nB = 0;
  for (let j = 0; j < nb; j++) if (matchedB[j] !== 1) restB[nB++] = j;
  let paired = 0;
  // Lists with no term in common have no pair above a positive threshold.
  if (nA > 0 && nB > 0 && threshold <= 1 && commonWeights(p.dims[d]!, ints, a, b, threshold <= 0)) {
    const titledA = printA + na;
    const wordsA = fa;
    const wordsB = fb;
    const titleA = fa + na;
    const titleB = fb + nb;
    let candidates = 0;
    for (let x = 0; x < nA; x++) {
      const i = restA[x]!;
      const row = i * nb;
      const hasTitle = ints[titledA + i] === 1;
      for (let y = 0; y < nB; y++) {
        const j = restB[y]!;
        const s = itemScore(
          floats[wordsA + i]!,
          floats[wordsB + j]!,
          hasTitle,
          floats[titleA + i]!,
          floats[titleB + j]!,
          common[row + j]!,
          commonTitle[row + j]!,
        );
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
      if (sink) sink.similar(d, restA[x]!, restB[y]!, best);
      restA[x] = -1 - restA[x]!; // marked as paired, still recoverable
      restB[y] = -1 - restB[y]!;
    }
  }
  union += nA + nB - paired;
  if (sink) {
    for (let x = 0; x < nA; x++) if (restA[x]! >= 0) sink.unpaired(d, 0, restA[x]!);
    for (let y = 0; y < nB; y++) if (restB[y]! >= 0) sink.unpaired(d, 1, restB[y]!);
  }
  return credit / union;
}

/**
 * The score of list dimension `d` of two packed roles from its memo `table` (see `ListMemo`), worked out and kept
 * there when not yet known.
 */
function memoListScore(p: Packed, d: number, table: Float64Array, a: number, b: number, threshold: number): number {
  const { ints } = p;
  const h = HEAD * d;
  const cell = ints[a + h + 2]! * p.lists[d]! + ints[b + h + 2]!;
  let score = table[cell]!;
  if (score === -1)
    table[cell] = score = compareList(
      p,
      d,
      ints[a + h]!,
      ints[a + h + 1]!,
      ints[b + h]!,
      ints[b + h + 1]!,
      threshold,
      undefined,
    );
  return score;
}

/** The score of dimension `d` of two packed roles (NaN when neither has anything in it); `sink` hears its details. */
function dimensionScore(
  p: Packed,
  d: number,
  a: number,
  b: number,
  threshold: number,
  sink?: KernelSink,
  memo?: ListMemo,
): number {
  const { ints, floats, dims } = p;
  const dim = dims[d]!;
  let ia = ints[a + HEAD * d]!;
  let ib = ints[b + HEAD * d]!;
  let fa = ints[a + HEAD * d + 1]!;
  let fb = ints[b + HEAD * d + 1]!;
  let listScore = Number.NaN;
  if (dim.list) {
    // Lists of the same content score alike: with a memo, each pair of contents is compared once.
    const table = memo?.[d];
    listScore =
      table === undefined
        ? compareList(p, d, ia, fa, ib, fb, threshold, sink)
        : memoListScore(p, d, table, a, b, threshold);
    fa += 2 * ints[ia]!;
    fb += 2 * ints[ib]!;
    ia += listInts(ints, ia);
    ib += listInts(ints, ib);
  }
  let partSum = 0;
  let partN = 0;
  const parts = dim.parts;
  for (let k = 0; k < parts.length; k++) {
    const s = partScore(parts[k]!.kind, parts[k]!.span, ints[ia + k]!, ints[ib + k]!, floats[fa + k]!, floats[fb + k]!);
    if (s === s) {
      partSum += s;
      partN++;
    }
  }
  const partMean = partN === 0 ? Number.NaN : partSum / partN;
  return listScore !== listScore ? partMean : partMean !== partMean ? listScore : (listScore + partMean) / 2;
}

/**
 * Per list dimension, the list scores already worked out for one packed catalog and item threshold, in a table over
 * the lists' content numbers (see the layout; -1 where not yet known). Catalogs repeat lists: the tools, channels or
 * KPIs of a job family, duties written once and copied. Only dimensions with at most `MEMO_MAX_LISTS` contents get one.
 */
export type ListMemo = (Float64Array | undefined)[];
const MEMO_MAX_LISTS = 512;

let lastMemo: { packed: Packed; threshold: number; memo: ListMemo } | undefined;

/** Lets the last list memo go (up to a few dozen megabytes), once its matrix is scored. */
export function forgetListMemo(): void {
  lastMemo = undefined;
}

/** The list memo of `p` at `threshold`: the one made last when it is for the same (a matrix's rows share it). */
function listMemo(p: Packed, threshold: number): ListMemo {
  if (lastMemo?.packed === p && lastMemo.threshold === threshold) return lastMemo.memo;
  const memo = p.dims.map((dim, d) => {
    const k = p.lists[d]!;
    return dim.list && k > 0 && k <= MEMO_MAX_LISTS ? new Float64Array(k * k).fill(-1) : undefined;
  });
  lastMemo = { packed: p, threshold, memo };
  return memo;
}

/**
 * The overall similarity of two packed roles (offsets `a` and `b`): per dimension, the mean of its list score and
 * the mean of its single-valued parts' scores, where present; overall, their mean weighted by the dimensions'
 * weights (1 when no dimension has anything). `sink` hears the details.
 */
export function scorePair(p: Packed, a: number, b: number, threshold: number, sink?: KernelSink): number {
  const { dims } = p;
  let weighted = 0;
  let weights = 0;
  for (let d = 0; d < dims.length; d++) {
    const score = dimensionScore(p, d, a, b, threshold, sink);
    if (score === score) {
      weighted += score * dims[d]!.weight;
      weights += dims[d]!.weight;
    }
    if (sink) sink.scored(d, score === score ? score : null);
  }
  return weights === 0 ? 1 : weighted / weights;
}

// Scratch of a row (like the buffers above), per column of the row: the weighted sum and the weights so far, the
// columns still scored, and each dimension's score (dimension-major: `rowDims[d * columns + x]`).
let rowWeighted = new Float64Array(256);
let rowWeights = new Float64Array(256);
let rowAlive = new Int32Array(256);
let rowDims = new Float64Array(256 * 32);

/** Rows of the upper triangle a matrix thread takes at a time (`scoreRows`). */
export const ROW_BAND = 32;

/**
 * Band `b` of the rows of the upper triangle of an n×n matrix (`ROW_BAND` rows, the last band fewer): its first row
 * and one past its last; undefined past the last band. What a thread that took `b` from a shared counter scores.
 */
export function rowBand(b: number, n: number): { first: number; last: number } | undefined {
  const first = b * ROW_BAND;
  return first < n - 1 ? { first, last: Math.min(n - 1, first + ROW_BAND) } : undefined;
}
/**
 * Columns a band of rows is scored against at a time: their packed lists, read once per row of the band, stay in the
 * processor's cache (a fifth faster on 3,000 roles, more with two threads sharing the memory bus).
 */
const TILE_COLUMNS = 256;

/**
 * Rows `first` to `last` − 1 of the upper triangle of a similarity matrix (row i: role i against every later role of
 * `roles`, offsets in `p`), written into `out` from `at` and laid end to end (row i has n − 1 − i cells, so
 * `triangleOffset(first, n)` puts them where the whole triangle has them). Each cell is the number `scorePair` gives,
 * added up in the same order. The band is scored a tile of columns at a time (`TILE_COLUMNS`). With a `floor`, a pair
 * that cannot reach it gets an upper bound under it instead (see `scoreColumns`).
 */
export function scoreRows(
  p: Packed,
  roles: Int32Array,
  first: number,
  last: number,
  threshold: number,
  floor: number,
  out: Float64Array,
  at: number,
): void {
  const memo = listMemo(p, threshold);
  const n = roles.length;
  for (let from = first + 1; from < n; from += TILE_COLUMNS) {
    const to = Math.min(n, from + TILE_COLUMNS);
    for (let i = first, rowAt = at; i < last; rowAt += n - 1 - i, i++) {
      const start = Math.max(from, i + 1);
      if (start < to) scoreColumns(p, roles[i]!, roles, start, to, threshold, floor, memo, out, rowAt + start - i - 1);
    }
  }
}

/**
 * Role `a` against roles `from` to `to` − 1 of `roles`, into `out` from `at`. A dimension at a time, across every
 * column: the dimension's data, and its memo row for `a`, stay in cache, and a memo lookup is an array read.
 *
 * With a `floor`, a pair that cannot reach it is given up on as soon as that is certain, and an upper bound of its
 * score, under the floor, is written instead: the heaviest dimensions are scored first, and after each the dimensions
 * left are counted in at 1 (counting one in at 1 can only raise a mean below 1). A pair that is not given up on gets
 * exactly its score.
 */
function scoreColumns(
  p: Packed,
  a: number,
  roles: Int32Array,
  from: number,
  to: number,
  threshold: number,
  floor: number,
  memo: ListMemo,
  out: Float64Array,
  at: number,
): void {
  const { dims } = p;
  const columns = to - from;
  if (rowWeighted.length < columns) {
    rowWeighted = new Float64Array(columns * 2);
    rowWeights = new Float64Array(columns * 2);
    rowAlive = new Int32Array(columns * 2);
  }
  if (rowDims.length < columns * dims.length) rowDims = new Float64Array(columns * dims.length * 2);
  rowWeighted.fill(0, 0, columns);
  rowWeights.fill(0, 0, columns);
  for (let x = 0; x < columns; x++) rowAlive[x] = x;
  let alive = columns;
  const bounded = floor > 0;
  let rest = p.totalWeight;
  for (let o = 0; o < dims.length && alive > 0; o++) {
    const d = bounded ? p.heaviestFirst[o]! : o;
    const w = dims[d]!.weight;
    const scores = d * columns;
    const table = memo[d];
    // A list dimension with a memo and no single-valued part scores as its memo says.
    if (table !== undefined && dims[d]!.parts.length === 0)
      for (let q = 0; q < alive; q++) {
        const x = rowAlive[q]!;
        rowDims[scores + x] = memoListScore(p, d, table, a, roles[from + x]!, threshold);
      }
    else
      for (let q = 0; q < alive; q++) {
        const x = rowAlive[q]!;
        rowDims[scores + x] = dimensionScore(p, d, a, roles[from + x]!, threshold, undefined, memo);
      }
    rest -= w;
    let kept = 0;
    for (let q = 0; q < alive; q++) {
      const x = rowAlive[q]!;
      const score = rowDims[scores + x]!;
      if (score === score) {
        rowWeighted[x]! += score * w;
        rowWeights[x]! += w;
      }
      if (bounded) {
        const bound = (rowWeighted[x]! + rest) / (rowWeights[x]! + rest);
        if (bound < floor) out[at + x] = bound;
        else rowAlive[kept++] = x;
      }
    }
    if (bounded) alive = kept;
  }
  for (let q = 0; q < alive; q++) {
    const x = rowAlive[q]!;
    let weighted = rowWeighted[x]!;
    let weights = rowWeights[x]!;
    if (bounded) {
      // Added up again in the dimensions' order, as scorePair does.
      weighted = 0;
      weights = 0;
      for (let d = 0; d < dims.length; d++) {
        const score = rowDims[d * columns + x]!;
        if (score === score) {
          weighted += score * dims[d]!.weight;
          weights += dims[d]!.weight;
        }
      }
    }
    out[at + x] = weights === 0 ? 1 : weighted / weights;
  }
}

/**
 * Where row i of the upper triangle of an n×n matrix starts, the rows laid end to end (row i has n − 1 − i cells);
 * `triangleOffset(n, n)` is the number of cells.
 */
export function triangleOffset(i: number, n: number): number {
  return i * n - (i * (i + 1)) / 2;
}

/**
 * A matrix scored by kinds of roles (copies of a role are one kind, scored once): the upper triangle of the kinds'
 * scores (`triangleOffset`, row by row), each role's kind, and each kind's score against itself.
 */
export interface KindScores {
  triangle: Float64Array;
  kindOf: Int32Array;
  self: Float64Array;
}

/** The score of roles i and j of a matrix scored by kinds. */
export function kindScore(s: KindScores, i: number, j: number): number {
  const m = s.self.length;
  const a = s.kindOf[i]!;
  const b = s.kindOf[j]!;
  if (a === b) return i === j ? 1 : s.self[a]!;
  return a < b ? s.triangle[triangleOffset(a, m) + b - a - 1]! : s.triangle[triangleOffset(b, m) + a - b - 1]!;
}

/**
 * Everything the kernel reads of the role packed at `h`, as numbers written into `out` from 0 (grown as needed); their
 * count. Two roles with equal sequences (NaN equal to NaN) score alike against every role: copies of a role, which a
 * hostile or generated catalog may hold by the thousand.
 */
export function packedSequence(p: Packed, h: number, out: number[]): number {
  const { ints, floats, dims } = p;
  let n = 0;
  for (let d = 0; d < dims.length; d++) {
    const dim = dims[d]!;
    let ia = ints[h + HEAD * d]!;
    let fa = ints[h + HEAD * d + 1]!;
    if (dim.list) {
      const ni = listInts(ints, ia);
      const nf = 2 * ints[ia]!;
      for (let k = 0; k < ni; k++) out[n++] = ints[ia + k]!;
      for (let k = 0; k < nf; k++) out[n++] = floats[fa + k]!;
      ia += ni;
      fa += nf;
    }
    for (let k = 0; k < dim.parts.length; k++) {
      out[n++] = ints[ia + k]!;
      out[n++] = floats[fa + k]!;
    }
    out[n++] = Number.NaN; // between dimensions, so blocks of different lengths cannot run together
  }
  return n;
}

const hashFloat = new Float64Array(1);
const hashWords = new Uint32Array(hashFloat.buffer);

/** A hash of the first `n` numbers of `seq` (FNV-1a over their bits; 0 and -0 alike, every NaN alike). */
export function sequenceHash(seq: readonly number[], n: number): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < n; k++) {
    const x = seq[k]!;
    hashFloat[0] = x !== x ? Number.NaN : x === 0 ? 0 : x;
    h = Math.imul(h ^ hashWords[0]!, 0x01000193);
    h = Math.imul(h ^ hashWords[1]!, 0x01000193);
  }
  return h >>> 0;
}
