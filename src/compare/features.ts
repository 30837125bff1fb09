import type { Catalog } from '../catalog/catalog.js';
import type { LocalizedText, Role, VocabularyKind } from '../model/index.js';
import { listWords, textWords } from '../text/segment.js';

/**
 * Word sets as sorted arrays of interned word numbers: intersecting two of them is a merge walk, which keeps
 * pairwise comparison over a large catalog cheap.
 */
export class WordIndex {
  private readonly ids = new Map<string, number>();

  get size(): number {
    return this.ids.size;
  }

  intern(words: Iterable<string>): Int32Array {
    const out: number[] = [];
    for (const w of words) {
      let id = this.ids.get(w);
      if (id === undefined) {
        id = this.ids.size;
        this.ids.set(w, id);
      }
      out.push(id);
    }
    return Int32Array.from(new Set(out)).sort();
  }
}

/** Dice coefficient of two sorted word-number arrays. */
export function diceSorted(a: Int32Array, b: Int32Array): number {
  const la = a.length;
  const lb = b.length;
  if (la === 0 || lb === 0) return 0;
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < la && j < lb) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      common++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return (2 * common) / (la + lb);
}

/** Words of the texts given, in both languages. */
export function wordsOf(texts: readonly (LocalizedText | undefined)[]): Set<string> {
  const set = new Set<string>();
  for (const t of texts) textWords(t, set);
  return set;
}

/** Words that identify a vocabulary entry: its label and aliases in both languages (or the id when unknown). */
export function vocabWords(catalog: Catalog, kind: VocabularyKind, id: string): Set<string> {
  const e = catalog.entry(kind, id);
  if (!e) return new Set([id]);
  const set = wordsOf([e.label]);
  listWords(e.aliases, set);
  return set;
}

/** The text a role's title is known by, for career targets. */
export function roleTitleWords(catalog: Catalog, id: string): Set<string> {
  const r = catalog.get(id);
  return r ? wordsOf([r.title]) : new Set([id]);
}

export type { Role };
