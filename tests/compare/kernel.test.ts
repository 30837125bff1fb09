import { describe, expect, test } from 'vitest';
import { catalog } from '../../src/catalog/shipped.js';
import { loadDocuments } from '../../src/catalog/load.js';
import { compareRoles, DEFAULT_SIMILAR_THRESHOLD, packRoles, similarity } from '../../src/compare/compare.js';
import {
  NUMBER,
  ORDERED,
  Packer,
  partScore,
  ROW_BAND,
  rowBand,
  scorePair,
  UNORDERED,
  type KernelItem,
} from '../../src/compare/kernel.js';
import { similarityMatrix } from '../../src/compare/many.js';
import { generateCatalog } from '../bench/generate.js';
import { CATALOG_SEEDS } from '../fuzz/seeds.js';

describe('partScore: one single-valued part of two roles', () => {
  test('neither role has it: NaN, so it is left out of the mean', () => {
    expect(partScore(ORDERED, 4, -1, -1, Number.NaN, Number.NaN)).toBeNaN();
  });
  test('equal values: 1, whatever the order', () => {
    expect(partScore(UNORDERED, 0, 3, 3, Number.NaN, Number.NaN)).toBe(1);
  });
  test('only one role has it, or the part is unordered: 0', () => {
    expect(partScore(ORDERED, 4, 2, -1, 1, Number.NaN)).toBe(0);
    expect(partScore(UNORDERED, 0, 2, 5, Number.NaN, Number.NaN)).toBe(0);
  });
  test('on a scale: 1 less the distance over the span', () => {
    expect(partScore(ORDERED, 4, 0, 1, 1, 3)).toBeCloseTo(0.5, 12);
  });
  test('numbers: 1 less the distance over the larger of the two', () => {
    expect(partScore(NUMBER, 0, 0, 1, 3, 5)).toBeCloseTo(0.6, 12);
    expect(partScore(NUMBER, 0, 0, 1, 0, 10)).toBe(0);
  });
  test('a value off its scale (a level the ladder does not hold) scores 0', () => {
    expect(partScore(ORDERED, 4, 0, 1, Number.NaN, 2)).toBe(0);
  });
});

describe('Packer and scorePair: roles packed as numbers', () => {
  const dims = [
    {
      list: true,
      parts: [{ kind: ORDERED, span: 2 } as const],
      weight: 2,
      termWeights: Float64Array.of(1, 1, 1, 1),
      unseen: 2,
    },
    {
      list: false,
      parts: [{ kind: UNORDERED, span: 0 } as const],
      weight: 1,
      termWeights: new Float64Array(0),
      unseen: 0,
    },
  ];
  const item = (key: number, print: number, words: number[]): KernelItem => {
    const w = Int32Array.from(words);
    return { key, print, words: w, title: w, wordsWeight: words.length, titleWeight: words.length };
  };
  const role = (items: KernelItem[], level: number, value: number) => ({
    lists: [items, undefined],
    values: [Int32Array.of(level), Int32Array.of(value)],
    places: [Float64Array.of(level), Float64Array.of(Number.NaN)],
  });

  test('keyed items count 1 (identical) or 0.75 (changed); text pairs count their score; the rest widen the union', () => {
    const packer = new Packer(dims);
    const a = packer.add(role([item(1, 1, [0, 1]), item(2, 2, [2]), item(3, 3, [0, 3])], 0, 7));
    const b = packer.add(role([item(1, 1, [0, 1]), item(2, 9, [2]), item(4, 4, [0, 3])], 2, 7));
    const heard: string[] = [];
    const score = scorePair(packer.packed, a, b, 0.3, {
      keyed: (d, i, j, same) => heard.push(`${d} keyed ${i}-${j} ${same ? 'same' : 'changed'}`),
      similar: (d, i, j, s) => heard.push(`${d} similar ${i}-${j} ${s}`),
      unpaired: (d, side, i) => heard.push(`${d} only ${side} ${i}`),
      scored: (d, s) => heard.push(`${d} scored ${s}`),
    });
    // List: (1 + 0.75 + 1) / 3 = 0.9167; level 0 against 2 on a span of 2: 0; the dimension: their mean.
    const list = (1 + 0.75 + 1) / 3;
    expect(heard).toEqual([
      '0 keyed 0-0 same',
      '0 keyed 1-1 changed',
      '0 similar 2-2 1',
      `0 scored ${list / 2}`,
      '1 scored 1',
    ]);
    expect(score).toBeCloseTo(((list / 2) * 2 + 1) / 3, 12);
  });

  test('a role packed after the arrays have grown is read like the first', () => {
    const packer = new Packer(dims);
    const first = packer.add(role([item(1, 1, [0])], 1, 1));
    let last = first;
    for (let k = 0; k < 2000; k++) last = packer.add(role([item(1, 1, [0])], 1, 1));
    expect(scorePair(packer.packed, first, last, 0.3)).toBe(1);
    expect(packer.packed.ints.length).toBeGreaterThan(4096);
  });

  test('a role packed before the weights are known, then weighed, scores as one packed with them', () => {
    const unweighed = dims.map((d) => ({ ...d, termWeights: new Float64Array(0), unseen: 0 }));
    const items = [item(1, 1, [0, 1]), item(2, 2, [2]), item(3, 3, [0, 3])];
    const others = [item(1, 1, [0, 1]), item(2, 9, [2]), item(4, 4, [0, 2, 3])];
    const zero = (its: KernelItem[]) => its.map((it) => ({ ...it, wordsWeight: 0, titleWeight: 0 }));
    const early = new Packer(unweighed);
    const a = early.add(role(zero(items), 0, 7));
    const b = early.add(role(zero(others), 2, 7));
    early.weigh(0, dims[0]!.termWeights, dims[0]!.unseen);
    early.weighItems(a, 0, items);
    early.weighItems(b, 0, others);
    const packer = new Packer(dims);
    const x = packer.add(role(items, 0, 7));
    const y = packer.add(role(others, 2, 7));
    expect(scorePair(early.packed, a, b, 0.3)).toBe(scorePair(packer.packed, x, y, 0.3));
    expect([...early.packed.floats]).toEqual([...packer.packed.floats]);
    expect(() => early.weighItems(a, 0, items.slice(1))).toThrow(RangeError);
  });

  test('lists are numbered by content: the same numbers share a number, any other number makes a new one', () => {
    const packer = new Packer(dims);
    const listOf = (h: number) => packer.packed.ints[h + 2]!; // dimension 0's list number (the layout in kernel.ts)
    const a = packer.add(role([item(1, 1, [0, 1]), item(2, 2, [2])], 0, 7));
    const b = packer.add(role([item(1, 1, [0, 1]), item(2, 2, [2])], 2, 9)); // other parts, same list
    const c = packer.add(role([item(1, 1, [0, 1]), item(2, 3, [2])], 0, 7)); // one fingerprint differs
    // The weights follow from the terms: a list packed before they were known (zero) is the list packed after.
    const d = packer.add(role([item(1, 1, [0, 1]), { ...item(2, 2, [2]), wordsWeight: 0, titleWeight: 0 }], 0, 7));
    const e = packer.add(role([item(1, 1, [0, 1])], 0, 7)); // shorter
    const f = packer.add(role([], 0, 7));
    const g = packer.add(role([], 1, 1));
    expect([a, b, c, d, e, f, g].map(listOf)).toEqual([0, 0, 1, 0, 2, 3, 3]);
    expect([...packer.packed.lists]).toEqual([4, 0]);
    // The second dimension has no list.
    expect(packer.packed.ints[a + 5]).toBe(-1);
  });
});

test('the similarity matrix holds the full comparison score of every pair of shipped roles, to the bit', () => {
  // The matrix scores a band of rows a tile of columns and a dimension at a time (scoreRows), a comparison a pair at a time (scorePair): the sums are
  // made in the same order, so the numbers are equal, not only close.
  const roles = catalog.list();
  const m = similarityMatrix(roles, catalog);
  roles.forEach((a, i) =>
    roles.forEach((b, j) => {
      if (i !== j) expect(m.scores[i]![j]).toBe(compareRoles(a, b, catalog).score);
    }),
  );
  expect(similarity(roles[0]!, roles[0]!, catalog)).toBe(1);
});

test('an item written with its keys in another order is the same item, not a changed one', () => {
  const a = catalog.list()[0]!;
  const duty = a.duties![0]!;
  const reordered = Object.fromEntries(Object.entries(duty).reverse()) as typeof duty;
  const b: typeof a = { ...a, id: `${a.id}-copy` as typeof a.id, duties: [reordered, ...a.duties!.slice(1)] };
  const c = compareRoles(a, b, catalog);
  expect(c.dimensions.duties.changed).toEqual([]);
  expect(c.dimensions.duties.shared.map((m) => m.key)).toContain(duty.id);
});

test('an item built in code with a key set to undefined is the same item as one without the key', () => {
  const a = catalog.list()[0]!;
  const duty = a.duties![0]!;
  const b: typeof a = {
    ...a,
    id: `${a.id}-built` as typeof a.id,
    duties: [{ ...duty, note: undefined } as typeof duty, ...a.duties!.slice(1)],
  };
  const c = compareRoles(a, b, catalog);
  expect(c.dimensions.duties.changed).toEqual([]);
  expect(c.score).toBe(1);
});

test('rowBand: bands of ROW_BAND rows cover the n − 1 rows of the triangle once, the last band shorter', () => {
  expect(rowBand(0, 0)).toBeUndefined();
  expect(rowBand(0, 1)).toBeUndefined(); // one role: no row
  expect(rowBand(0, 2)).toEqual({ first: 0, last: 1 });
  expect(rowBand(0, ROW_BAND + 1)).toEqual({ first: 0, last: ROW_BAND });
  expect(rowBand(1, ROW_BAND + 1)).toBeUndefined();
  expect(rowBand(1, ROW_BAND + 3)).toEqual({ first: ROW_BAND, last: ROW_BAND + 2 });
  const rows: number[] = [];
  for (let b = 0, band = rowBand(b, 100); band; band = rowBand(++b, 100))
    for (let i = band.first; i < band.last; i++) rows.push(i);
  expect(rows).toEqual(Array.from({ length: 99 }, (_, i) => i));
});

test('a matrix over several bands of rows and tiles of columns holds scorePair of every pair, to the bit', () => {
  // 300 roles: ten bands of 32 rows, two tiles of 256 columns, so rows meet tiles that start before, at and after them.
  const generated = loadDocuments(generateCatalog(300, { distinct: true })).catalog;
  const roles = generated.list();
  expect(roles.length).toBeGreaterThan(256 + ROW_BAND);
  const { packed, roles: at } = packRoles(roles, generated);
  const exact = (i: number, j: number) => scorePair(packed, at[i]!, at[j]!, DEFAULT_SIMILAR_THRESHOLD);
  for (const floor of [0, 0.6]) {
    const { scores } = similarityMatrix(roles, generated, { floor });
    let above = 0;
    for (let i = 0; i < roles.length; i++)
      for (let j = i + 1; j < roles.length; j++) {
        const e = exact(i, j);
        if (e >= floor) {
          above++;
          if (scores[i]![j] !== e) expect(scores[i]![j], `${floor}: ${i} ~ ${j}`).toBe(e);
        } else if (!(scores[i]![j]! < floor)) expect(scores[i]![j], `${floor}: ${i} ~ ${j} under`).toBeLessThan(floor);
      }
    expect(above, String(floor)).toBeGreaterThan(0);
  }
});

test('roles packed as they are read (before the word weights are known) compare as roles packed when first compared', () => {
  // The example catalog's roles: items with keys of their own, paired by their texts (which the weights score).
  const files = CATALOG_SEEDS.filter((f) => f.path.startsWith('examples/software-engineering/'));
  const lazy = loadDocuments(files).catalog;
  const early = loadDocuments(files).catalog;
  const ids = lazy.list().map((r) => r.id);
  expect(ids.length).toBeGreaterThan(3);
  // One catalog's engine starts with a comparison (roles packed one by one, weighed as they are packed); the other's
  // with every role packed at once (the matrix), weighed at the end.
  const { packed, roles } = packRoles(early.list(), early);
  expect(roles).toHaveLength(ids.length);
  expect(packed.dims.filter((d) => d.list).every((d) => d.termWeights.length > 0)).toBe(true);
  let similar = 0;
  for (const a of ids)
    for (const b of ids) {
      if (a === b) continue;
      const x = compareRoles(lazy.find(a)!, lazy.find(b)!, lazy);
      expect(compareRoles(early.find(a)!, early.find(b)!, early)).toEqual(x);
      expect(similarity(early.find(a)!, early.find(b)!, early)).toBe(x.score);
      for (const d of Object.values(x.dimensions)) similar += d.similar.length;
    }
  expect(similar).toBeGreaterThan(0);
});
