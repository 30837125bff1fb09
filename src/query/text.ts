import type { LocalizedList, LocalizedText } from '../model/text.js';
import type { Matcher } from '../match/matcher.js';
import { HAN, normalize } from '../match/tokens.js';

// Free-text search over catalog text, read by the catalog's matcher (src/match/): a query word finds its
// inflections and its synonyms.

/** A piece of catalog text prepared for search. */
export interface TextTarget {
  /** Its terms in order (segmented, stemmed, synonyms read as their concept, stop words dropped). */
  seq: readonly string[];
  set: ReadonlySet<string>;
  /** Normalised, without whitespace: where Chinese words are looked for. */
  compact: string;
}

/** One word of a query: found when the text has one of its terms, or (Chinese) contains its string. */
interface QueryWord {
  term: string;
  /** For a Chinese word: the string to look for in the text (segmenters disagree on word boundaries). */
  han?: string;
}

/** What a query word or phrase looks for. */
export interface TextQuery {
  words: QueryWord[];
  /** A quoted phrase: its words must be adjacent and in order. */
  quoted: boolean;
  /** For a quoted phrase all in Chinese: the whole phrase must occur in the text as written. */
  phrase?: string;
}

const compact = (s: string): string => normalize(s).replace(/\s+/gu, '');

/** Search over the texts of one catalog, with its matcher; prepared texts are remembered. */
export class TextSearch {
  private readonly cache = new WeakMap<object, TextTarget[]>();

  constructor(private readonly matcher: Matcher) {}

  target(text: string): TextTarget {
    const seq = this.matcher.terms(text);
    return { seq, set: new Set(seq), compact: compact(text) };
  }

  /** One target per language of a localized text (so a phrase never spans two languages). */
  targets(t: LocalizedText | undefined): TextTarget[] {
    if (t === undefined) return [];
    if (typeof t === 'string') return [this.target(t)];
    let out = this.cache.get(t);
    if (out === undefined) {
      out = [];
      if (t.zh !== undefined) out.push(this.target(t.zh));
      if (t.en !== undefined) out.push(this.target(t.en));
      this.cache.set(t, out);
    }
    return out;
  }

  listTargets(l: LocalizedList | undefined): TextTarget[] {
    if (l === undefined) return [];
    let out = this.cache.get(l);
    if (out === undefined) {
      out = [...(l.zh ?? []), ...(l.en ?? [])].map((s) => this.target(s));
      this.cache.set(l, out);
    }
    return out;
  }

  /**
   * A query for text. A Chinese word is found in a text that contains it or that the matcher reads as the same
   * term (a synonym); other words are compared as terms, so inflections and synonyms meet.
   */
  query(text: string, quoted: boolean): TextQuery {
    const a = this.matcher.analyse(text);
    const surface = new Map(a.found.map((f) => [f.concept, f.text]));
    // A concept beside the words of a name adds nothing the words do not say, and would break a phrase apart.
    const words = a.terms
      .filter((_, i) => !a.beside.has(i))
      .map((term): QueryWord => {
        const s = surface.get(term) ?? term;
        return HAN.test(s) ? { term, han: s.replace(/\s+/gu, '') } : { term };
      });
    const q: TextQuery = { words, quoted };
    if (quoted && words.length > 0 && HAN.test(text) && !/[\p{L}\p{N}]/u.test(text.replace(/\p{Script=Han}/gu, '')))
      q.phrase = compact(text);
    return q;
  }
}

function adjacent(seq: readonly string[], part: readonly string[]): boolean {
  outer: for (let i = 0; i + part.length <= seq.length; i++) {
    for (let j = 0; j < part.length; j++) if (seq[i + j] !== part[j]) continue outer;
    return true;
  }
  return false;
}

const has = (w: QueryWord, t: TextTarget): boolean =>
  t.set.has(w.term) || (w.han !== undefined && t.compact.includes(w.han));

function matches(q: TextQuery, t: TextTarget): boolean {
  if (q.words.length === 0) return false;
  if (q.phrase !== undefined) return t.compact.includes(q.phrase);
  if (!q.words.every((w) => has(w, t))) return false;
  // A quoted phrase: its terms next to each other, in order (a concept read from either language counts).
  return (
    !q.quoted ||
    adjacent(
      t.seq,
      q.words.map((w) => w.term),
    )
  );
}

/** True when any target matches. */
export function matchesAny(q: TextQuery, ts: readonly TextTarget[]): boolean {
  return ts.some((t) => matches(q, t));
}
