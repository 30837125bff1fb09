import { eastAsianWidth } from 'get-east-asian-width';
import stripAnsi from 'strip-ansi';

/*
 * string-width 8's rules (its index.js), with its `^\p{RGI_Emoji}$` test (a v-flag pattern that costs tens of
 * milliseconds to parse at import and to compile on first use) replaced by the few shapes an RGI emoji cluster has:
 * - a zero-width cluster (ignorable, control, format, combining marks only) takes no column;
 * - an emoji cluster takes two: a keycap, a pair of regional indicators, a pictograph with VS16 or a skin tone, a ZWJ
 *   sequence of two or more pictographs (a single code point with Emoji_Presentation is East Asian Wide already);
 * - modern Hangul jamo L+V(+T) make one syllable of two columns;
 * - anything else takes the East Asian width of its first visible code point (ambiguous as narrow), plus that of
 *   trailing spacing marks and half-/full-width forms.
 */

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** A printing character: the base of a cluster is the first one, a cluster without one takes no column. */
const VISIBLE =
  /[^\p{Default_Ignorable_Code_Point}\p{Control}\p{Format}\p{Nonspacing_Mark}\p{Enclosing_Mark}\p{Surrogate}]/u;
const SPACING_MARK = /\p{Spacing_Mark}/u;
const KEYCAP = /^[\d#*]\uFE0F?\u20E3$/u;
const FLAG = /^\p{Regional_Indicator}{2}$/u;
/** A text-style pictograph shown as an emoji: with VS16 (❤️) or a skin tone (☝🏽). */
const PRESENTED = /^(?:(?=\p{Emoji})\p{Extended_Pictographic}\uFE0F|\p{Emoji_Modifier_Base}\p{Emoji_Modifier})$/u;
const PICTOGRAPHS = /\p{Extended_Pictographic}/gu;

function isEmoji(cluster: string): boolean {
  if (cluster.length > 50) return false; // real emoji clusters are shorter; this bounds the work on pathological input
  if (cluster.includes('\u200D')) return (cluster.match(PICTOGRAPHS)?.length ?? 0) >= 2;
  return KEYCAP.test(cluster) || FLAG.test(cluster) || PRESENTED.test(cluster);
}

const leading = (c: number | undefined): boolean =>
  c !== undefined && ((c >= 0x1100 && c <= 0x115f) || (c >= 0xa960 && c <= 0xa97c));
const vowel = (c: number | undefined): boolean =>
  c !== undefined && ((c >= 0x1160 && c <= 0x11a7) || (c >= 0xd7b0 && c <= 0xd7c6));
const trailing = (c: number | undefined): boolean =>
  c !== undefined && ((c >= 0x11a8 && c <= 0x11ff) || (c >= 0xd7cb && c <= 0xd7fb));
const eaw = (c: number): number => eastAsianWidth(c, { ambiguousAsWide: false });

/** A cluster that starts with Hangul jamo: each modern L+V(+T) run is one two-column syllable, other jamo add up. */
function hangulColumns(visible: string): number | undefined {
  const cps = [...visible].filter((ch) => VISIBLE.test(ch)).map((ch) => ch.codePointAt(0)!);
  if (!leading(cps[0]) && !vowel(cps[0]) && !trailing(cps[0])) return undefined;
  let w = 0;
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i]!;
    if (!leading(c) && !vowel(c) && !trailing(c)) return cps.slice(i).reduce((sum, r) => sum + eaw(r), w);
    if (leading(c) && vowel(cps[i + 1])) {
      w += 2;
      i += trailing(cps[i + 2]) ? 2 : 1;
    } else w += eaw(c);
  }
  return w;
}

function measureCluster(cluster: string): number {
  const start = cluster.search(VISIBLE);
  if (start === -1) return 0;
  if (isEmoji(cluster)) return 2;
  const visible = cluster.slice(start);
  const hangul = hangulColumns(visible);
  if (hangul !== undefined) return hangul;
  let w = 0;
  let first = true;
  for (const ch of visible) {
    if (first) w += eaw(ch.codePointAt(0)!);
    else if (SPACING_MARK.test(ch) || (ch >= '\uFF00' && ch <= '\uFFEF')) w += eaw(ch.codePointAt(0)!);
    first = false;
  }
  return w;
}

const clusterWidths = new Map<string, number>();
/** Columns one grapheme cluster takes, remembered: a table repeats the same few hundred. */
function clusterColumns(cluster: string): number {
  let w = clusterWidths.get(cluster);
  if (w === undefined) {
    if (clusterWidths.size > 10_000) clusterWidths.clear();
    clusterWidths.set(cluster, (w = measureCluster(cluster)));
  }
  return w;
}

/**
 * Columns a string takes in a terminal, as string-width 8 counts them: East Asian wide and full-width characters and
 * emoji take two, combining marks and escape sequences none.
 */
export function displayWidth(s: string): number {
  // Printable ASCII, CJK ideographs and full-width punctuation (most of a role's text) are each a cluster of their
  // own, so they are counted without segmenting.
  let w = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c <= 0x7e) w += 1;
    else if (
      (c >= 0x4e00 && c <= 0x9fff) ||
      (c >= 0x3400 && c <= 0x4dbf) ||
      (c >= 0xff01 && c <= 0xff60) ||
      (c >= 0x3001 && c <= 0x3003) ||
      (c >= 0x3008 && c <= 0x3011)
    )
      w += 2;
    // Any other character is a cluster of its own when neither it nor the next can join a cluster (arrows, box
    // drawing, Latin letters with accents written as one code point): its width is remembered per character.
    else if (!JOINER.test(s[i]!) && (i + 1 === s.length || !JOINER.test(s[i + 1]!))) w += clusterColumns(s[i]!);
    else return segmentedWidth(s);
  }
  return w;
}

/**
 * Characters that can join the one before or after into one cluster (marks, joiners, variation selectors, Hangul
 * jamo, prepended marks, Thai and Lao AM), or that need the full rules (controls, halves of an astral character,
 * regional indicators): text holding one is segmented.
 */
const JOINER =
  /[\p{M}\p{Default_Ignorable_Code_Point}\p{Control}\p{Format}\p{Surrogate}\u1100-\u11ff\ua960-\ua97f\ud7b0-\ud7ff\u0600-\u0605\u06dd\u070f\u0890\u0891\u08e2\u0e33\u0eb3]/u;

function segmentedWidth(s: string): number {
  const text = s.includes('\u001B') || s.includes('\u009B') ? stripAnsi(s) : s;
  let w = 0;
  for (const { segment } of graphemes.segment(text)) w += clusterColumns(segment);
  return w;
}

/** JOINER in a whole string, read by code point: an astral character is one there, not two halves. */
const JOINERS = new RegExp(`${JOINER.source}|[\\u{10000}-\\u{10ffff}]`, 'u');

/**
 * The grapheme clusters of a string. Text with no character that can join another (most role text: ASCII, CJK,
 * punctuation) is split into its characters without asking Intl.Segmenter, which costs far more.
 */
export function clustersOf(text: string): Iterable<string> {
  if (!JOINERS.test(text)) return text;
  return (function* () {
    for (const { segment } of graphemes.segment(text)) yield segment;
  })();
}
