// The words of a text, as every matcher reads them: normalised, segmented, stemmed, with stop words marked.

/** The mark a concept's term starts with: no word of any language does (see `conceptTerm`). */
export const CONCEPT_MARK = '≈';

/** Whether a string holds a Chinese character. */
export const HAN = /\p{Script=Han}/u;
const ALL_HAN = /^\p{Script=Han}+$/u;
const LATIN_WORD = /[\p{L}\p{N}]+/gu;

/** Full-width forms to half-width (NFKC) and lower case: ＳＬＡ, Ｓla and sla read alike. */
export function normalize(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/**
 * Words that carry no meaning for matching, after `term`: function words of both languages and the boilerplate of
 * job descriptions ("responsible", "ensure", 负责, 相关).
 */
const STOP = new Set([
  ...['a', 'an', 'and', 'the', 'of', 'to', 'in', 'on', 'for', 'with', 'by', 'or', 'as', 'at', 'from', 'its'],
  ...['their', 'is', 'are', 'be', 'you', 'your', 'we', 'our', 'us', 'will', 'can', 'who', 'that', 'this'],
  ...['these', 'those', 'all', 'any', 'etc', 'able', 'abilit', 'strong', 'good', 'excellent', 'great', 'such'],
  ...['includ', 'within', 'across', 'other', 'more', 'than', 'into', 'about', 'up', 'out', 'when', 'where'],
  ...['what', 'how', 'have', 'has', 'had', 'do', 'does', 'but', 'so', 'if', 'was', 'were', 'been', 'it'],
  ...['they', 'them', 'he', 'she', 'his', 'her', 'also', 'well', 'very', 'per', 'via', 'each', 'every', 'ensur'],
  ...[
    'make',
    'take',
    'keep',
    'help',
    'get',
    'i',
    'e',
    'g',
    'day',
    'role',
    'job',
    'year',
    'plus',
    'own',
    'join',
    'always',
  ],
  ...['never', 'ideal', 'candid', 'look', 'seek'],
  ...['的', '和', '与', '及', '并', '等', '对', '在', '了', '为', '把', '将', '或', '中', '其', '负责', '能够'],
  ...['具备', '具有', '良好', '优秀', '相关', '进行', '以及', '通过', '确保', '做好', '我们', '你', '您', '有'],
  ...['是', '要', '会', '能', '可', '并且', '以', '于', '从', '到', '由', '被', '所', '按', '给', '向', '让', '使'],
  ...['各', '各类', '一定', '较强', '强', '熟悉', '了解', '掌握', '年', '以上', '及以上', '优先', '者', '各种'],
  ...['日常', '工作', '岗位', '公司', '能力'],
]);
/** Boilerplate caught before stemming, where the stem would meet a meaningful word ("responsible" → "response"). */
const RAW_STOP = new Set(['responsible', 'responsibility', 'responsibilities']);

/** `'s` after a word, with a straight or a curly apostrophe. */
const POSSESSIVE = /(\p{L})['’]s(?![\p{L}\p{N}])/gu;

/** A light English stemmer: plurals and -ing/-ed forms, not a linguistic tool. */
function stem(w: string): string {
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

/**
 * The matching form of one lower-case word. Chinese is kept as segmented; English is stemmed and cut to six
 * letters, so "handle"/"handling", "manage"/"management" and "escalate"/"escalation" meet. A person ending in -er
 * or -or ("manager", "supervisor") is kept whole, apart from the work ("management", "supervision"). Words with
 * digits are kept as written.
 */
export function term(w: string): string {
  if (HAN.test(w) || /\d/.test(w)) return w;
  let s = stem(w);
  if (s.length > 5 && /(?:er|or)$/u.test(s)) return s;
  if (s.length > 7 && s.endsWith('ship')) s = s.slice(0, -4);
  if (s.length > 4 && s.endsWith('e')) s = s.slice(0, -1);
  if (s.length > 6) s = s.slice(0, 6);
  if (s.length > 4 && s.endsWith('e')) s = s.slice(0, -1);
  return s;
}

/** One word of a text in its matching form; `stop` marks a word that carries no meaning on its own. */
export interface Token {
  /** The word as written (normalised). */
  readonly word: string;
  readonly term: string;
  /**
   * The word stemmed lightly (plurals, -ing, -ed, a final e) but not cut: what thesaurus members are matched on
   * ("analytics" is not "analytical", "organise" not "organisation"; "escalated" is "escalate").
   */
  readonly base: string;
  readonly stop: boolean;
}

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/**
 * The longest piece handed to the segmenter at once. `Intl.Segmenter`'s word breaking grows faster than the text past a
 * few thousand characters (80,000 Chinese characters took half a minute), so long text is segmented in pieces cut at a
 * space or a punctuation mark, where a word cannot continue: the same words, in time that grows with the length.
 */
export const SEGMENT_CHUNK = 1024;
/**
 * Where a piece may end: after a space or a punctuation mark that never joins two words. Not after `:`, `.`, `,`, `;`,
 * `'`, `"` or their full-width forms `：，；`: Unicode's word rules join letters or digits across them ("3，5",
 * "complaints：Handle" are one word to the segmenter), so a cut there would give other words than the whole text.
 */
const BREAK = /[\s。、！？!?（）()【】[\]「」『』“”…—]/u;

/** `text` in pieces of at most SEGMENT_CHUNK characters (cut at a break in the last half of a piece, if it has one). */
export function segmentChunks(text: string): string[] {
  if (text.length <= SEGMENT_CHUNK) return [text];
  const out: string[] = [];
  let i = 0;
  while (text.length - i > SEGMENT_CHUNK) {
    let k = i + SEGMENT_CHUNK;
    while (k > i + SEGMENT_CHUNK / 2 && !BREAK.test(text[k - 1]!)) k--;
    if (k <= i + SEGMENT_CHUNK / 2) k = i + SEGMENT_CHUNK; // a run with no break: cut it (it is no word anyway)
    // Never between the halves of a surrogate pair.
    const c = text.charCodeAt(k);
    if (c >= 0xdc00 && c <= 0xdfff) k--;
    out.push(text.slice(i, k));
    i = k;
  }
  out.push(text.slice(i));
  return out;
}

/** See `Token.base`. */
function baseForm(w: string): string {
  const s = stem(w);
  return s.length > 3 && s.endsWith('e') ? s.slice(0, -1) : s;
}

function tokenOf(raw: string): Token {
  if (RAW_STOP.has(raw)) return { word: raw, term: raw, base: raw, stop: true };
  const t = term(raw);
  return { word: raw, term: t, base: HAN.test(raw) ? raw : baseForm(raw), stop: t.length === 0 || STOP.has(t) };
}

/**
 * Tokens by word, shared (a token is never changed): texts repeat their words, and a catalog of 3,000 roles holds
 * half a million words but few thousand distinct ones. Emptied when full.
 */
const known = new Map<string, Token>();
const KNOWN_LIMIT = 100_000;

function push(out: Token[], raw: string): void {
  let t = known.get(raw);
  if (t === undefined) {
    if (known.size >= KNOWN_LIMIT) known.clear();
    known.set(raw, (t = tokenOf(raw)));
  }
  out.push(t);
}

/**
 * The tokens of normalised text (see `normalize`), stop words included and marked. Text with Chinese is segmented
 * with `Intl.Segmenter` (dictionary-based), never split on spaces; four-character Chinese compounds the segmenter
 * keeps whole ("妥善处理", "客服团队") are split in two, so they meet texts that write the halves apart. Text without
 * Chinese is split on letters and digits, which gives the segmenter's words at a fraction of its cost.
 */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  // A possessive is its word: "customer's" reads as "customer", not as "customer" and "s".
  const norm = text.includes("'") || text.includes('’') ? text.replace(POSSESSIVE, '$1') : text;
  if (HAN.test(norm)) {
    for (const piece of segmentChunks(norm))
      for (const seg of segmenter.segment(piece)) {
        if (!seg.isWordLike) continue;
        const w = seg.segment;
        if (w.length === 4 && ALL_HAN.test(w)) {
          push(out, w.slice(0, 2));
          push(out, w.slice(2));
        } else push(out, w);
      }
  } else for (const m of norm.matchAll(LATIN_WORD)) push(out, m[0]);
  return out;
}
