// The guard that keeps deeply nested text away from the YAML parsers (src/source/nesting.ts), at its limit exactly.
import { describe, expect, test } from 'vitest';
import { deepNestingAt, MAX_NESTING } from '../../src/source/nesting.js';

describe('deepNestingAt', () => {
  test('block levels: each deeper indentation and each compact "- " counts', () => {
    // Three indentations, and the ": " of the last line (see below) is a fourth level: at its colon.
    expect(deepNestingAt('a:\n  b:\n    c: 1\n', 4)).toBeUndefined();
    expect(deepNestingAt('a:\n  b:\n    c: 1\n', 3)).toBe(13);
    // A fourth indentation is over 3 where its line starts.
    expect(deepNestingAt('a:\n  b:\n    c:\n      d: 1\n', 3)).toBe(21);
    // The line's indentation and each "- " after it: the third "- " is a fourth level.
    expect(deepNestingAt('- - x\n', 3)).toBeUndefined();
    expect(deepNestingAt('- - - x\n', 3)).toBe(4);
    // A comment line and a blank line are no level.
    expect(deepNestingAt('x\n          # [[[[[[\n\n', 1)).toBeUndefined();
    expect(deepNestingAt('x\n          y\n', 1)).toBe(12);
  });

  test('flow levels: brackets where a value can start, not inside quotes, comments or text', () => {
    expect(deepNestingAt('a: [[1]]\n', 3)).toBeUndefined();
    expect(deepNestingAt('a: [[[1]]]\n', 3)).toBe(5);
    expect(deepNestingAt('a: "[[[[["\n', 3)).toBeUndefined();
    expect(deepNestingAt("a: '{{{{{'\n", 3)).toBeUndefined();
    expect(deepNestingAt('a: b # [[[[[\n', 3)).toBeUndefined();
    // After a letter, a bracket is text, and so are the brackets right after it.
    expect(deepNestingAt('a: x[[[[[\n', 3)).toBeUndefined();
    // An escaped quote does not close a double-quoted string; a closed string lets brackets count again.
    expect(deepNestingAt('a: ["\\"[[[[", [[1]]]\n', 3)).toBe(15);
  });

  test('every ": " of a line counts up to the next comma or bracket', () => {
    expect(deepNestingAt('a: b: c\n', 3)).toBeUndefined();
    expect(deepNestingAt('a: b: c: d\n', 3)).toBe(7);
    expect(deepNestingAt('{a: 1, b: 2, c: 3, d: 4}\n', 3)).toBeUndefined();
  });

  test('a real catalog file is far under the limit; a thousand "- " on one line is over it', () => {
    expect(deepNestingAt('kind: Role\nduties:\n  - id: a\n    activities: { zh: [甲], en: [A] }\n')).toBeUndefined();
    expect(deepNestingAt(`${'- '.repeat(1000)}x\n`)).toBe(2 * (MAX_NESTING - 1));
  });
});
