import type { Lang, LocalizedText, LocalizedList } from '../model/text.js';

const segmenters = new Map<string, Intl.Segmenter>();
function segmenter(locale: string): Intl.Segmenter {
  let s = segmenters.get(locale);
  if (!s) {
    s = new Intl.Segmenter(locale, { granularity: 'word' });
    segmenters.set(locale, s);
  }
  return s;
}

const HAN = /\p{Script=Han}/u;
/**
 * Segmenting is the costly part of matching, and catalogs repeat their texts (labels, activities): remember results.
 */
const cache = new Map<string, readonly string[]>();
const CACHE_LIMIT = 100_000;
/** Words that carry no meaning for matching. */
const STOP = new Set([
  'a',
  'an',
  'and',
  'the',
  'of',
  'to',
  'in',
  'on',
  'for',
  'with',
  'by',
  'or',
  'as',
  'at',
  'from',
  'its',
  'their',
  'is',
  'are',
  'be',
  '的',
  '和',
  '与',
  '及',
  '并',
  '等',
  '对',
  '在',
  '了',
  '为',
  '把',
  '将',
  '或',
  '中',
  '其',
]);

/**
 * Words of `text`, lower-cased, punctuation and stop words dropped. Chinese is segmented with `Intl.Segmenter`
 * (dictionary-based), never split on spaces; English words are reduced to a crude stem so "complaints" meets
 * "complaint".
 */
export function words(text: string, lang?: Lang): readonly string[] {
  const locale = lang ?? (HAN.test(text) ? 'zh' : 'en');
  const cacheKey = `${locale}\u0000${text}`;
  const hit = cache.get(cacheKey);
  if (hit) return hit;
  const out: string[] = [];
  for (const seg of segmenter(locale).segment(text.toLowerCase())) {
    if (!seg.isWordLike) continue;
    const w = HAN.test(seg.segment) ? seg.segment : stem(seg.segment);
    if (w.length === 0 || STOP.has(w)) continue;
    out.push(w);
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(cacheKey, out);
  return out;
}

/** A light English stemmer: enough to match plurals and -ing/-ed forms, not a linguistic tool. */
export function stem(w: string): string {
  if (w.length <= 4 || /\d/.test(w)) return w;
  for (const [suffix, repl] of [
    ['ies', 'y'],
    ['ing', ''],
    ['ed', ''],
    ['es', ''],
    ['s', ''],
  ] as const) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 4) return w.slice(0, -suffix.length) + repl;
  }
  return w;
}

/** The set of words of a localized text in both languages (each segmented in its own language). */
export function textWords(t: LocalizedText | undefined, into: Set<string> = new Set()): Set<string> {
  if (t === undefined) return into;
  if (typeof t === 'string') for (const w of words(t)) into.add(w);
  else {
    if (t.zh) for (const w of words(t.zh, 'zh')) into.add(w);
    if (t.en) for (const w of words(t.en, 'en')) into.add(w);
  }
  return into;
}

/** Words of a localized list (keywords, aliases). */
export function listWords(l: LocalizedList | undefined, into: Set<string> = new Set()): Set<string> {
  if (l === undefined) return into;
  for (const w of l.zh ?? []) for (const x of words(w, 'zh')) into.add(x);
  for (const w of l.en ?? []) for (const x of words(w, 'en')) into.add(x);
  return into;
}

/** Dice coefficient of two word sets: 2|A∩B| / (|A|+|B|), 0 when both are empty. */
export function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let common = 0;
  for (const w of small) if (large.has(w)) common++;
  return (2 * common) / (a.size + b.size);
}
