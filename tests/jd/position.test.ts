import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { positionsOfJd } from '../../src/jd/position.js';
import { positionsOf } from '../../src/source/position.js';

/** The position of `offset` by splitting the text before it on "\n": what every reader promises. */
function bySplitting(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

// src/source/position.ts is tested here until tests/source/ exists.
describe('positionsOf: one offset → line:column helper', () => {
  test.each([
    ['abc', 0, 1, 1],
    ['abc', 2, 1, 3],
    ['ab\ncd', 2, 1, 3], // the "\n" itself ends line 1
    ['ab\ncd', 3, 2, 1],
    ['ab\r\ncd', 2, 1, 3], // a "\r" before "\n" is a column of its line
    ['ab\r\ncd', 4, 2, 1],
    ['a\rb', 2, 1, 3], // a lone "\r" does not break a line
    ['\tx', 1, 1, 2], // a tab counts 1
    ['岗位\n职责', 4, 2, 2],
    ['😀x', 2, 1, 3], // UTF-16 code units: the emoji is two
    ['\uFEFFx', 1, 1, 2], // a BOM still in the text is a character; readers remove it first
    ['', 0, 1, 1],
    ['ab\n', 3, 2, 1],
    ['ab\ncd', 99, 2, 97], // past the end: the last line
  ])('%j at %i is %i:%i', (text, offset, line, column) => {
    expect(positionsOf(text)(offset)).toEqual({ line, column });
  });

  test('lineStarts lists where each line starts', () => {
    expect(positionsOf('a\nbc\r\n\nd').lineStarts).toEqual([0, 2, 6, 7]);
    expect(positionsOf('').lineStarts).toEqual([0]);
  });

  test('any text: the same as splitting on "\\n"', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', '岗', '\n', '\r', '\t', ' ', '😀', '\uFEFF') }),
        fc.nat(),
        (text, n) => {
          const offset = n % (text.length + 1);
          expect(positionsOf(text)(offset)).toEqual(bySplitting(text, offset));
        },
      ),
    );
  });

  test("agrees with the yaml parser's own LineCounter on every node of a valid document", () => {
    const text = 'title: 客服专员\r\nduties:\n  - "接听来电\n    并记录"\n  - |\n    处理投诉\nkpis: [满意度, 时长]\n';
    const counter = new LineCounter();
    const doc = parseDocument(text, { lineCounter: counter });
    expect(doc.errors).toEqual([]);
    const positions = positionsOf(text);
    const offsets: number[] = [];
    const visit = (node: unknown): void => {
      if (isScalar(node) || isMap(node) || isSeq(node)) offsets.push(...(node as Node).range!.slice(0, 2));
      if (isMap(node))
        for (const p of node.items) {
          visit(p.key);
          visit(p.value);
        }
      if (isSeq(node)) node.items.forEach(visit);
    };
    visit(doc.contents);
    expect(offsets.length).toBeGreaterThan(10);
    for (const o of offsets) {
      const { line, col } = counter.linePos(o);
      expect(positions(o)).toEqual({ line, column: col });
    }
  });
});

describe('positionsOfJd', () => {
  test('computed once per JD and shared by its readers and rules', () => {
    const jd = { text: 'a\nb' };
    expect(positionsOfJd(jd)).toBe(positionsOfJd(jd));
    expect(positionsOfJd(jd)(2)).toEqual({ line: 2, column: 1 });
  });
});
