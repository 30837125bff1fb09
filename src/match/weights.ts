// Terms as numbers, and how much each weighs over a body of texts (inverse document frequency).

import { CONCEPT_MARK } from './tokens.js';

/**
 * Term sets as sorted arrays of interned term numbers: intersecting two of them is a merge walk, which keeps
 * pairwise comparison over a large catalog cheap.
 */
export class TermIndex {
  private readonly ids = new Map<string, number>();
  private readonly names: string[] = [];

  /** The term a number stands for. */
  term(id: number): string | undefined {
    return this.names[id];
  }

  get size(): number {
    return this.ids.size;
  }

  /** The number of a term, or undefined when the index has not seen it. */
  id(term: string): number | undefined {
    return this.ids.get(term);
  }

  /** The number of a term, given one if it is new. */
  add(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      this.ids.set(term, (id = this.ids.size));
      this.names.push(term);
    }
    return id;
  }

  /** Scratch for `intern`: the numbers of the terms, before sorting (a catalog interns hundreds of thousands of sets). */
  private scratch = new Int32Array(64);

  /** A set of terms as sorted, distinct numbers. */
  intern(terms: Iterable<string>): Int32Array {
    let n = 0;
    for (const t of terms) {
      if (n === this.scratch.length) {
        const grown = new Int32Array(n * 2);
        grown.set(this.scratch);
        this.scratch = grown;
      }
      this.scratch[n++] = this.add(t);
    }
    const sorted = this.scratch.subarray(0, n).sort();
    let distinct = 0;
    for (let k = 0; k < n; k++) if (k === 0 || sorted[k] !== sorted[k - 1]) sorted[distinct++] = sorted[k]!;
    return sorted.slice(0, distinct);
  }

  /** The terms two sorted term sets share, heaviest first, split into words and concepts (without the ≈ mark). */
  shared(t: TermWeights, a: Int32Array, b: Int32Array): { words: string[]; concepts: string[] } {
    const common: number[] = [];
    for (let i = 0, j = 0; i < a.length && j < b.length;) {
      if (a[i] === b[j]) {
        common.push(a[i]!);
        i++;
        j++;
      } else if (a[i]! < b[j]!) i++;
      else j++;
    }
    common.sort((x, y) => weightOf(t, y) - weightOf(t, x) || x - y);
    const words: string[] = [];
    const concepts: string[] = [];
    for (const id of common) {
      const name = this.names[id]!;
      if (name.startsWith(CONCEPT_MARK)) concepts.push(name.slice(CONCEPT_MARK.length));
      else words.push(name);
    }
    return { words, concepts };
  }
}

/** Each term's weight over a body of texts, and the weight of a term none of them has. */
export interface TermWeights {
  weights: Float64Array;
  unseen: number;
}

/**
 * Inverse document frequency, log(1 + documents / documents having the term): terms most texts share ("management",
 * "经理") weigh little; `unseen` weighs a term no document has like one only one document has.
 */
export function inverseFrequency(docs: readonly Int32Array[], size: number): TermWeights {
  const df = new Float64Array(size);
  // Indexed loops: a catalog of 3,000 roles counts millions of terms, once per list dimension.
  for (let i = 0; i < docs.length; i++) {
    const d = docs[i]!;
    for (let k = 0; k < d.length; k++) df[d[k]!]!++;
  }
  const n = docs.length;
  for (let w = 0; w < size; w++) df[w] = Math.log(1 + n / Math.max(df[w]!, 1));
  return { weights: df, unseen: Math.log(1 + Math.max(n, 1)) };
}

/** The weight of a term: its inverse document frequency, or `unseen` for a term numbered after the weights. */
export function weightOf(t: TermWeights, term: number): number {
  return term < t.weights.length ? t.weights[term]! : t.unseen;
}

/** The summed weight of a set of terms. */
export function setWeight(t: TermWeights, terms: Int32Array): number {
  let sum = 0;
  for (const w of terms) sum += weightOf(t, w);
  return sum;
}

/** The summed weight of the terms two sorted term sets share. */
export function commonWeight(t: TermWeights, a: Int32Array, b: Int32Array): number {
  const weights = t.weights;
  const n = weights.length;
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      common += x < n ? weights[x]! : t.unseen;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return common;
}

/**
 * Weighted Dice of two sorted term sets: twice the weight of the common terms over the weight of both (given as
 * `aw` and `bw`, see `setWeight`); 0 when either weighs nothing.
 */
export function weightedDice(t: TermWeights, a: Int32Array, aw: number, b: Int32Array, bw: number): number {
  if (aw === 0 || bw === 0) return 0;
  return (2 * commonWeight(t, a, b)) / (aw + bw);
}
