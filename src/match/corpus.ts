import type { Catalog } from '../catalog/catalog.js';
import { matcherOf, type Matcher } from './matcher.js';
import { inverseFrequency, TermIndex, weightedDice, weightOf, type TermWeights } from './weights.js';

// The catalog as a body of text: each duty and permission of its roles is one document, so a term most of them
// share weighs little wherever the catalog's texts are matched outside compare (which weighs per dimension).

/** A set of terms as numbers, with its weight. */
export interface TermSet {
  ids: Int32Array;
  weight: number;
}

/** The terms of a catalog's duties and permissions with their weights, and measures of two term sets. */
export class CatalogTerms {
  readonly index = new TermIndex();
  readonly weights: TermWeights;
  readonly matcher: Matcher;

  constructor(catalog: Catalog) {
    const m = (this.matcher = matcherOf(catalog));
    const docs: Int32Array[] = [];
    for (const r of catalog.roles.values()) {
      for (const d of r.duties ?? []) {
        const set = m.listTerms(d.keywords, m.textTerms(d.title, m.textTerms(d.description)));
        for (const a of d.activities ?? []) m.textTerms(a, set);
        docs.push(this.index.intern(set));
      }
      for (const p of r.permissions ?? [])
        docs.push(this.index.intern(m.textTerms(p.title, m.textTerms(p.limit, m.textTerms(p.description)))));
    }
    this.weights = inverseFrequency(docs, this.index.size);
  }

  /**
   * A set of terms as numbers with its weight. A term the catalog lacks weighs as a rare one and gets no number (no
   * catalog text can share it, and the index does not grow with every text looked at).
   */
  set(terms: Iterable<string>): TermSet {
    const known = new Set<number>();
    let weight = 0;
    for (const t of new Set(terms)) {
      const id = this.index.id(t);
      if (id === undefined) weight += this.weights.unseen;
      else if (!known.has(id)) {
        known.add(id);
        weight += weightOf(this.weights, id);
      }
    }
    return { ids: Int32Array.from(known).sort(), weight };
  }

  /** Weighted Dice of two term sets (symmetric). */
  dice(a: TermSet, b: TermSet): number {
    return weightedDice(this.weights, a.ids, a.weight, b.ids, b.weight);
  }

  /** The share of `part`'s weight that `whole` has: how much of a short text (an activity) a longer one covers. */
  coverage(part: TermSet, whole: TermSet): number {
    // Dice with both weights set to the part's is the common weight over the part's.
    return weightedDice(this.weights, part.ids, part.weight, whole.ids, part.weight);
  }
}

const cache = new WeakMap<Catalog, CatalogTerms>();
/** The term weights of a catalog, computed once per catalog. */
export function catalogTermsOf(catalog: Catalog): CatalogTerms {
  let t = cache.get(catalog);
  if (!t) cache.set(catalog, (t = new CatalogTerms(catalog)));
  return t;
}
