import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { SEGMENT_CHUNK, segmentChunks, tokenize } from '../../src/match/tokens.js';

// issue 16, item 2: Intl.Segmenter grows faster than the text, so long Chinese text is segmented in pieces cut at a
// space or punctuation mark. The pieces must give the same words as the whole.

const whole = new Intl.Segmenter('zh', { granularity: 'word' });
const wordsOf = (text: string) => [...whole.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);

const CLAUSES = [
  '负责客户投诉处理',
  '组织新员工培训',
  '跟进服务质量',
  '编写月度运营报表',
  'Handle escalated complaints',
  '与产品部门协作',
  '维护重点客户关系',
];
const MARKS = ['，', '。', '；', '、', ' ', '！', '：'];

describe('segmentChunks', () => {
  test('short text is one piece; long text is pieces of at most SEGMENT_CHUNK that join back to it', () => {
    expect(segmentChunks('客服')).toEqual(['客服']);
    const long = '负责客户投诉处理，跟进结果。'.repeat(600);
    const pieces = segmentChunks(long);
    expect(pieces.join('')).toBe(long);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThanOrEqual(SEGMENT_CHUNK);
    // Each piece ends at a break: after 。, not after the ， that may join two numbers.
    for (const p of pieces.slice(0, -1)) expect(p.endsWith('。')).toBe(true);
  });

  test('a cut never falls where the segmenter joins words: "complaints：Handle", "3，5"', () => {
    // Each text puts the joining mark last in the first SEGMENT_CHUNK characters, where a cut would fall.
    const cases: [string, string, string][] = [
      ['complaints：', 'Handle', 'complaints：Handle'],
      ['3，', '5', '3，5'],
    ];
    for (const [head, tail, word] of cases) {
      const text = `${'x'.repeat(SEGMENT_CHUNK - 1 - head.length)} ${head}${tail} ${'y '.repeat(SEGMENT_CHUNK)}`;
      expect(text[SEGMENT_CHUNK - 1]).toBe(head.at(-1));
      expect(segmentChunks(text).flatMap(wordsOf)).toEqual(wordsOf(text));
      expect(wordsOf(text)).toContain(word);
    }
  });

  test('a run with no break is cut, but never inside a surrogate pair', () => {
    const long = '𠀀'.repeat(SEGMENT_CHUNK);
    const pieces = segmentChunks(long);
    expect(pieces.join('')).toBe(long);
    // No piece starts with a low surrogate or ends with a high one.
    for (const p of pieces) {
      expect(p.charCodeAt(0) >= 0xdc00 && p.charCodeAt(0) <= 0xdfff).toBe(false);
      const last = p.charCodeAt(p.length - 1);
      expect(last >= 0xd800 && last <= 0xdbff).toBe(false);
    }
  });

  test('long text of clauses and punctuation gives the same words in pieces as whole', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...CLAUSES), fc.constantFrom(...MARKS)), { minLength: 150, maxLength: 400 }),
        (parts) => {
          const text = parts.map(([c, m]) => c + m).join('');
          expect(text.length).toBeGreaterThan(SEGMENT_CHUNK);
          const pieces = segmentChunks(text).flatMap(wordsOf);
          expect(pieces).toEqual(wordsOf(text));
          expect(tokenize(text).length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 30, seed: 16 },
    );
  });
});
