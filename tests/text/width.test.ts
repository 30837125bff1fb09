import fc from 'fast-check';
// string-width (a dev dependency) is the oracle: displayWidth follows its rules without its RGI_Emoji pattern.
import stringWidth from 'string-width';
import { describe, expect, test } from 'vitest';
import { clustersOf, displayWidth } from '../../src/text/width.js';

/** Characters of one kind, drawn from code point ranges. */
const from = (...ranges: [number, number][]): fc.Arbitrary<string> =>
  fc.oneof(...ranges.map(([lo, hi]) => fc.integer({ min: lo, max: hi }).map((c) => String.fromCodePoint(c))));

const CHINESE = from([0x4e00, 0x9fff], [0x3400, 0x4dbf], [0x20000, 0x2a6df]);
const LATIN = from([0x20, 0x7e], [0xa0, 0x24f]);
const FULL_WIDTH = from([0xff01, 0xff60], [0xffe0, 0xffe6], [0xff61, 0xff9f]);
const PUNCTUATION = from([0x2010, 0x205e], [0x3000, 0x303f], [0xfe10, 0xfe19], [0xfe30, 0xfe4f]);
const BOX_DRAWING = from([0x2500, 0x259f]);
const COMBINING = from([0x300, 0x36f], [0x1ab0, 0x1aff], [0x20d0, 0x20ff], [0x3099, 0x309a], [0xfe00, 0xfe0f]);
const CONTROL = fc.constantFrom('\t', '\n', '\r\n', '\u200b', '\u00ad', '\u200d', '\u2060', '\u001b');

/** Real RGI emoji sequences, each two columns wide. */
const RGI_EMOJI = [
  ['flag', '🇨🇳'],
  ['flag', '🇺🇸'],
  ['flag', '🇯🇵'],
  ['tag flag', '🏴󠁧󠁢󠁳󠁣󠁴󠁿'],
  ['ZWJ family', '👨‍👩‍👧‍👦'],
  ['ZWJ family', '👩‍👩‍👦'],
  ['ZWJ profession', '🧑‍💻'],
  ['ZWJ with VS16', '🏳️‍🌈'],
  ['ZWJ with VS16', '❤️‍🔥'],
  ['ZWJ with skin tones', '🧑🏻‍🤝‍🧑🏿'],
  ['ZWJ hair', '👩🏽‍🦰'],
  ['skin tone', '👍🏽'],
  ['skin tone on a text-style base', '☝🏻'],
  ['skin tone on a text-style base', '✍🏾'],
  ['keycap', '1️⃣'],
  ['keycap', '#️⃣'],
  ['keycap', '*️⃣'],
  ['VS16', '❤️'],
  ['VS16', '☺️'],
  ['VS16', '©️'],
  ['VS16', '✔️'],
  ['emoji presentation', '😀'],
  ['emoji presentation', '🦀'],
  ['emoji presentation', '⌚'],
] as const;

describe('displayWidth', () => {
  test('equals string-width on Chinese, Latin, full-width, punctuation, box-drawing and combining-mark text', () => {
    const text = fc.array(fc.oneof(CHINESE, LATIN, FULL_WIDTH, PUNCTUATION, BOX_DRAWING, COMBINING, CONTROL), {
      maxLength: 20,
    });
    fc.assert(
      fc.property(text, (chars) => {
        const s = chars.join('');
        expect(displayWidth(s), JSON.stringify(s)).toBe(stringWidth(s));
      }),
      { numRuns: 2000 },
    );
  });

  test('equals string-width on any string of graphemes, with emoji sequences mixed in', () => {
    const piece = fc.oneof(fc.string({ unit: 'grapheme' }), fc.constantFrom(...RGI_EMOJI.map(([, e]) => e)));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const s = pieces.join('');
        expect(displayWidth(s), JSON.stringify(s)).toBe(stringWidth(s));
      }),
      { numRuns: 2000 },
    );
  });

  test.each(RGI_EMOJI)('%s %s is two columns, as string-width says', (_, emoji) => {
    expect(displayWidth(emoji)).toBe(2);
    expect(stringWidth(emoji)).toBe(2);
  });

  test.each([
    ['中文 role', 9],
    ['ｶﾞ', 2], // half-width katakana and its sound mark
    ['\u1100\u1161\u11a8', 2], // Hangul jamo L+V+T make one syllable
    ['e\u0301', 1],
    ['\u001b[1mbold\u001b[22m', 4], // escape sequences take no column
    ['a\u200bb', 2],
    ['1\u20e3', 2], // a keycap without VS16
    ['a\uFE0F', 1], // VS16 after a letter is not an emoji
    ['🇺', 1], // a lone regional indicator
  ])('%j is %i columns, as string-width says', (s, columns) => {
    expect(displayWidth(s)).toBe(columns);
    expect(stringWidth(s)).toBe(columns);
  });

  test('a pair of regional indicators that is no flag is two columns (string-width: one)', () => {
    // RGI_Emoji lists the valid flags only; telling them apart needs that list, which is what we left out.
    // Terminals draw such a pair as two boxed letters or as one unknown flag, never as one narrow column.
    expect(displayWidth('🇦🇦')).toBe(2);
    expect(stringWidth('🇦🇦')).toBe(1);
  });
});

test('characters outside ASCII and CJK are measured one by one unless the next joins them', () => {
  for (const s of [
    'Role 0 ↔ Role 840',
    '↔\uFE0F',
    'Café',
    'Cafe\u0301',
    '─┼─',
    '§ 3 ±1',
    '한글',
    '\u1100\u1161',
    'ก\u0e33',
  ])
    expect(displayWidth(s), JSON.stringify(s)).toBe(stringWidth(s));
});

test('clustersOf splits plain text by character and the rest as Intl.Segmenter does', () => {
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  for (const s of [
    'Role 0 ↔ Role 840',
    '客户投诉，处理',
    '👍🏽 ok',
    'Cafe\u0301',
    '↔\uFE0F',
    '\r\n',
    '🇨🇳',
    '\u1100\u1161',
  ])
    expect([...clustersOf(s)], JSON.stringify(s)).toEqual([...segmenter.segment(s)].map((g) => g.segment));
});
