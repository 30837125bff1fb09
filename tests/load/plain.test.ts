// The loader's fast path (src/load/plain.ts) must read a document exactly as the yaml library does, or decline it:
// the same value, the same places for every path, and only documents the yaml library reads without a word.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { PathSegment } from '../../src/errors.js';
import { parseSource, parseYaml } from '../../src/load/parse.js';
import { parsePlain } from '../../src/load/plain.js';
import { placeOf, placesOf } from '../../src/source/places.js';
import { FUZZ_RUNS, FUZZ_SEED } from '../fuzz/fuzz.js';
import { mutatedSeed } from '../fuzz/mutate.js';
import { CATALOG_SEEDS } from '../fuzz/seeds.js';

/** Every path of a value, and each one step further where nothing is. */
function pathsOf(value: unknown, prefix: PathSegment[] = [], out: PathSegment[][] = []): PathSegment[][] {
  out.push(prefix);
  if (Array.isArray(value)) {
    value.forEach((v, i) => pathsOf(v, [...prefix, i], out));
    out.push([...prefix, value.length]);
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) pathsOf(v, [...prefix, k], out);
    out.push([...prefix, 'no-such-key']);
  }
  return out;
}

/** 'declined', or how the fast path disagrees with the yaml library ('' when it agrees). */
function disagreement(text: string): string {
  // As the loader reads it: a document the fast path read has places and no YAML nodes yet.
  const read = parseSource(text, 'x.yaml');
  const fast = read.documents[0];
  if (fast?.places === undefined) return 'declined';
  if (read.diagnostics.length > 0 || read.documents.length !== 1) return 'the fast path reports problems';
  const plain = { value: fast.value, places: fast.places };
  const full = parseYaml(text, 'x.yaml');
  const [first] = full.diagnostics;
  if (first !== undefined) {
    const line = text.split('\n')[first.line - 1] ?? '';
    return `the yaml library reports ${first.code} at ${first.line}:${first.column} (${first.message}) in ${JSON.stringify(line.slice(0, 120))}`;
  }
  if (full.documents.length !== 1) return `the yaml library reads ${full.documents.length} documents`;
  const [doc] = full.documents;
  try {
    expect(plain.value).toStrictEqual(doc!.value);
  } catch {
    return 'values differ';
  }
  const places = placesOf(doc!.doc);
  for (const path of pathsOf(doc!.value)) {
    for (const at of ['key', 'value'] as const) {
      const want = placeOf(places, path, at);
      const got = placeOf(plain.places, path, at);
      if (got !== want) return `${path.join('.')} (${at}) at ${got} instead of ${want}`;
    }
  }
  return '';
}

describe('the fast path reads as the yaml library does', () => {
  test('every catalog file of the repository, read by the fast path', () => {
    let read = 0;
    for (const f of CATALOG_SEEDS) {
      const d = disagreement(f.text);
      if (d === 'declined') continue;
      expect(d, f.path).toBe('');
      read++;
    }
    // Nearly all are plain; the ones with anchors or several documents are declined.
    expect(read).toBeGreaterThan(CATALOG_SEEDS.length * 0.8);
  });

  test.each([
    ['quoted keys and values', `"a b": 'x'\n'c': "y\\n"\n`],
    [
      'block scalars after keys and entries',
      'a: |\n  one\n  two\nb: >-\n\n  folded\nl:\n  - |+\n    kept\n\n  - - >\n      deep\n',
    ],
    ['a block scalar with a comment on its header', 'a: | # note | with a bar\n  text\n'],
    ['flow collections', 'a: [x, {b: c, d: [1, 2]}]\ne: {}\nf: []\n'],
    ['an explicit key', '? k\n: v\n'],
    ['CRLF line ends', 'a: 1\r\nb:\r\n  - x\r\n  - "y"\r\n'],
    ['a multi-line plain scalar', 'a: one\n  two\n  three\nb: x\n'],
    ['scalars of every core type', 'a: 0x1F\nb: 0o17\nc: .inf\nd: ~\ne: True\nf: 1.5\ng: -3\nh: 0b1\ni: 1_000\n'],
    ['a scalar document', 'just text\n'],
    ['text that starts with a digit', 'a: 3-5 years experience\nb: 1e3\nc: 24/7 service\n'],
    ['comments everywhere', '# top\na: 1 # after\n# between\nb:\n  # in\n  - x # item\n'],
  ])('%s', (_, text) => {
    expect(disagreement(text)).toBe('');
  });

  test.each([
    ['an anchor and an alias', 'a: &x 1\nb: *x\n'],
    ['a tag', 'a: !foo 1\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['a forbidden key', '__proto__: 1\n'],
    ['a key that is not text', '1: a\n'],
    ['a null key', 'null: a\n'],
    ['an empty value', 'a:\nb: 1\n'],
    ['several documents', 'a: 1\n---\nb: 2\n'],
    ['a document marker', '---\na: 1\n'],
    ['a merge key', 'a: {x: 1}\nb:\n  <<: {y: 2}\n'],
    ['a tab', 'a:\t1\n'],
    ['a lone CR', '\rb: 1\n'],
    ['a line separator', 'a: x\u2028y\n'],
    ['a number too large for a double', 'a: 1e400\n'],
    ['a syntax error', 'a: [1, 2\n'],
    ['a block scalar under a quoted key', '"a: |": |\n  x\n'],
    ['nothing but comments', '# only\n'],
    ['a key over 1,024 characters', `${'k'.repeat(1100)}: v\n`],
  ])('declines %s', (_, text) => {
    expect(parsePlain(text)).toBeUndefined();
  });

  test('mutated catalog files: read alike or declined', () => {
    const seeds = CATALOG_SEEDS.filter((f) => parsePlain(f.text) !== undefined);
    let read = 0;
    fc.assert(
      fc.property(mutatedSeed(seeds.map((f) => f.text)), ({ text }) => {
        let d: string;
        try {
          d = disagreement(text);
        } catch (e) {
          d = `threw ${String((e as Error).stack)
            .split('\n')
            .slice(0, 12)
            .join(' | ')}`;
        }
        if (d !== 'declined') read++;
        expect(d === '' || d === 'declined', d).toBe(true);
      }),
      { seed: FUZZ_SEED, numRuns: Math.round(3000 * FUZZ_RUNS) },
    );
    expect(read).toBeGreaterThan(500);
  }, 120_000);
});
