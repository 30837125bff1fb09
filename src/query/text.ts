import type { Lang, LocalizedList, LocalizedText } from '../model/text.js';
import { words } from '../text/segment.js';

const HAN = /\p{Script=Han}/u;

/** A piece of catalog text prepared for matching. */
export interface TextTarget {
  /** Its words in order (segmented, stemmed, stop words dropped). */
  seq: readonly string[];
  set: ReadonlySet<string>;
  /** Lower-case, width-normalised, without whitespace: where Chinese words are looked for. */
  compact: string;
}

/** What a query word or phrase looks for. */
export interface Matcher {
  /**
   * Non-Chinese words (stemmed); each must be a word of the text, and for a phrase they must be adjacent and in order.
   */
  latin: string[];
  /** Chinese words; each must occur in the text. */
  han: string[];
  /** A quoted phrase: its words must be adjacent and in order. */
  quoted: boolean;
  /** For a quoted phrase with no Latin words: the whole phrase must occur in the text. */
  phrase?: string;
}

const compact = (s: string): string => s.normalize('NFKC').toLowerCase().replace(/\s+/gu, '');

export function target(text: string, lang?: Lang): TextTarget {
  const seq = words(text.normalize('NFKC'), lang);
  return { seq, set: new Set(seq), compact: compact(text) };
}

const cache = new WeakMap<object, TextTarget[]>();

/** One target per language of a localized text (so a phrase never spans two languages). */
export function targets(t: LocalizedText | undefined): TextTarget[] {
  if (t === undefined) return [];
  if (typeof t === 'string') return [target(t)];
  let out = cache.get(t);
  if (out === undefined) {
    out = [];
    if (t.zh !== undefined) out.push(target(t.zh, 'zh'));
    if (t.en !== undefined) out.push(target(t.en, 'en'));
    cache.set(t, out);
  }
  return out;
}

export function listTargets(l: LocalizedList | undefined): TextTarget[] {
  if (l === undefined) return [];
  let out = cache.get(l);
  if (out === undefined) {
    out = [...(l.zh ?? []).map((s) => target(s, 'zh')), ...(l.en ?? []).map((s) => target(s, 'en'))];
    cache.set(l, out);
  }
  return out;
}

/**
 * A matcher for query text. Chinese has no spaces and segmenters disagree on word boundaries, so a Chinese word
 * of the query is looked for inside the text rather than among its segmented words; other words are compared
 * as (stemmed) words.
 */
export function matcher(text: string, quoted: boolean): Matcher {
  const ws = words(text.normalize('NFKC'));
  const m: Matcher = { latin: ws.filter((w) => !HAN.test(w)), han: ws.filter((w) => HAN.test(w)), quoted };
  if (quoted && m.latin.length === 0 && m.han.length > 0) m.phrase = compact(text);
  return m;
}

/** True when the matcher has nothing to look for (only punctuation or stop words). */
function isEmpty(m: Matcher): boolean {
  return m.latin.length === 0 && m.han.length === 0;
}

function adjacent(seq: readonly string[], part: readonly string[]): boolean {
  outer: for (let i = 0; i + part.length <= seq.length; i++) {
    for (let j = 0; j < part.length; j++) if (seq[i + j] !== part[j]) continue outer;
    return true;
  }
  return false;
}

function matches(m: Matcher, t: TextTarget): boolean {
  if (isEmpty(m)) return false;
  if (m.phrase !== undefined) return t.compact.includes(m.phrase);
  if (!m.han.every((w) => t.compact.includes(w))) return false;
  if (m.quoted)
    return adjacent(
      t.seq.filter((w) => !HAN.test(w)),
      m.latin,
    );
  return m.latin.every((w) => t.set.has(w));
}

/** True when any target matches. */
export function matchesAny(m: Matcher, ts: readonly TextTarget[]): boolean {
  return ts.some((t) => matches(m, t));
}
