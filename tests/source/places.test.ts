// A document parsed on a worker thread is pointed into by the places recorded there (src/source/places.ts); one
// parsed here, by walking its YAML nodes. Both must answer every path alike.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { PathSegment } from '../../src/errors.js';
import { parseYaml } from '../../src/load/parse.js';
import type { SourceDocument } from '../../src/source/document.js';
import { locate } from '../../src/source/locate.js';
import { placeOf, placesOf } from '../../src/source/places.js';
import { CATALOG_SEEDS } from '../fuzz/seeds.js';

/** The same document twice: pointed into by its nodes, and by its recorded places. */
function both(text: string): { nodes: SourceDocument; places: SourceDocument }[] {
  return parseYaml(text, 'x.yaml').documents.map((d) => ({ nodes: d, places: { ...d, places: placesOf(d.doc) } }));
}

/** Every path of a value, and each one step further where nothing is. */
function pathsOf(value: unknown, prefix: PathSegment[] = [], out: PathSegment[][] = []): PathSegment[][] {
  out.push(prefix);
  if (Array.isArray(value)) {
    value.forEach((v, i) => pathsOf(v, [...prefix, i], out));
    out.push([...prefix, value.length], [...prefix, String(0)]);
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) pathsOf(v, [...prefix, k], out);
    out.push([...prefix, 'no-such-key'], [...prefix, 0]);
  } else out.push([...prefix, 'beyond']);
  return out;
}

describe('placesOf and locate agree', () => {
  test('on every path of every catalog file of the repository, at the key and at the value', () => {
    let checked = 0;
    for (const f of CATALOG_SEEDS) {
      for (const { nodes, places } of both(f.text)) {
        for (const path of pathsOf(nodes.value)) {
          for (const at of ['key', 'value'] as const) {
            expect(locate(places, path, at), `${f.path} ${path.join('.')} ${at}`).toEqual(locate(nodes, path, at));
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(20_000);
  });

  const ODD = [
    'a: 1\na: 2\n', // a duplicate key: the first is found
    'list:\n  - \n  - x\n  -\n', // empty items
    '? [a, b]\n: 1\nc: 2\n', // a key that is not text
    'a:\nb: ~\n', // keys with no value
    '"3": x\nl: [a, b]\n', // a key that reads like an index
    'base: &b { x: 1, y: [2, 3] }\nuse: *b\nmore: { <<: *b, z: 4 }\n', // aliases
    '[1, [2, [3]]]\n',
    'just text\n',
    '---\na: 1\n---\nb: [x]\n',
    '\ufeffbom: yes\nnext: { a: [1] }\n',
  ];
  test.each(ODD)('on odd documents: %j', (text) => {
    for (const { nodes, places } of both(text)) {
      const value = nodes.doc.toJS() as unknown;
      for (const path of [
        ...pathsOf(value),
        ['use', 'x'],
        ['use', 'y', 1],
        ['more', 'z'],
        ['l', '1'],
        ['3'],
        [3],
        ['list', 1],
        ['list', 0, 'deeper'],
      ] as PathSegment[][])
        for (const at of ['key', 'value'] as const)
          expect(locate(places, path, at), `${path.join('.')} ${at}`).toEqual(locate(nodes, path, at));
    }
  });

  test('a path that goes on through an alias is left to the nodes', () => {
    const { places } = both('base: &b { x: 1 }\nuse: *b\n')[0]!;
    expect(placeOf(places.places!, ['use', 'x'], 'value')).toBeUndefined();
    expect(placeOf(places.places!, ['use'], 'value')).toBe('base: &b { x: 1 }\nuse: '.length);
    expect(locate(places, ['use', 'x'])).toEqual({ line: 1, column: 15 });
  });

  test('random paths over a shipped role', () => {
    const role = CATALOG_SEEDS.find((f) => f.path === 'roles/project-manager.yaml')!;
    const { nodes, places } = both(role.text)[0]!;
    const segment = fc.oneof(
      fc.constantFrom('duties', 'permissions', 'title', 'zh', 'en', 'id', 'kpis', 'qualifications', 'skills', 'x'),
      fc.nat({ max: 12 }),
      fc.nat({ max: 12 }).map(String),
    );
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 6 }), fc.constantFrom('key' as const, 'value' as const), (p, at) => {
        expect(locate(places, p, at)).toEqual(locate(nodes, p, at));
      }),
      { seed: 16, numRuns: 3000 },
    );
  });
});

test('a path is found alike in the first lookups (by scanning) and the later ones (by the index)', () => {
  // A mapping key "0" and an index 0 read alike, as do a key 1 and "1"; a sequence's item is found by a number only
  // (as `locate` finds it by the nodes); a missing key stops at the parent.
  const text = 'a:\n  "0": zero\n  1: one\nb: [x, y]\nc: 1\n';
  const { places } = both(text)[0]!;
  const paths: (readonly (string | number)[])[] = [
    ['a', 0],
    ['a', '1'],
    ['a', 1],
    ['b', 1],
    ['b', '1'],
    ['b', '01'],
    ['c'],
    ['a', 'nope'],
    [],
  ];
  const first = paths.map((p) => placeOf(places.places!, p, 'value'));
  expect(first).toEqual([
    text.indexOf('zero'),
    text.indexOf('one'),
    text.indexOf('one'),
    text.indexOf('y]'),
    text.indexOf('[x'),
    text.indexOf('[x'),
    text.indexOf('1\n', text.indexOf('c:')),
    text.indexOf('\n  "0"') + 3,
    0,
  ]);
  // Enough lookups that the document is indexed, then the same paths again.
  for (let k = 0; k < 10; k++) placeOf(places.places!, ['b', 0], 'key');
  expect(paths.map((p) => placeOf(places.places!, p, 'value'))).toEqual(first);
});
