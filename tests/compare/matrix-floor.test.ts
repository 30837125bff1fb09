// A similarity matrix with a floor (lint's near-duplicate check, overlaps) gives up on pairs that cannot reach it
// (src/compare/kernel.ts scoreRows): scores at or above the floor stay exact to the bit, the rest stay under it.
import { expect, test } from 'vitest';
import { loadDocuments } from '../../src/catalog/load.js';
import { catalog as shipped } from '../../src/catalog/shipped.js';
import { similarity } from '../../src/compare/compare.js';
import { forEachSimilarPair, scoreRowsHere, setRowScorer, similarityMatrix } from '../../src/compare/many.js';
import { generateCatalog } from '../bench/generate.js';

const generated = loadDocuments(generateCatalog(120)).catalog;

test.each([
  ['the shipped catalog', shipped],
  ['120 generated roles', generated],
])('%s: at every floor, the scores that reach it are exact and the rest stay under it', (_, catalog) => {
  const roles = catalog.list();
  const exact = similarityMatrix(roles, catalog).scores;
  const all = exact.flatMap((row, i) => row.filter((_, j) => j > i));
  for (const floor of [0.05, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6, 0.8, 0.95, 1]) {
    const { scores } = similarityMatrix(roles, catalog, { floor });
    let given = 0;
    for (let i = 0; i < roles.length; i++)
      for (let j = 0; j < roles.length; j++) {
        const e = exact[i]![j]!;
        const s = scores[i]![j]!;
        if (e >= floor) expect(s, `${floor} ${roles[i]!.id} ~ ${roles[j]!.id}`).toBe(e);
        else {
          expect(s, `${floor} ${roles[i]!.id} ~ ${roles[j]!.id}`).toBeLessThan(floor);
          expect(s, 'an upper bound').toBeGreaterThanOrEqual(e - 1e-12);
          if (s !== e) given++;
        }
      }
    // The floor does save work where pairs fall under it.
    if (all.filter((x) => x < floor - 0.2).length > all.length / 2) expect(given, String(floor)).toBeGreaterThan(0);
  }
});

test('scores are symmetric with a floor too, and the diagonal is 1', () => {
  const roles = generated.list();
  const { scores } = similarityMatrix(roles, generated, { floor: 0.6 });
  for (let i = 0; i < roles.length; i++) {
    expect(scores[i]![i]).toBe(1);
    for (let j = 0; j < i; j++) expect(scores[i]![j]).toBe(scores[j]![i]);
  }
});

test('lists of one content are compared once per pair of contents: the matrix is what scoring each pair gives', () => {
  // The generated roles share their duties word for word and draw skills, KPIs and tools from small pools.
  const catalog = loadDocuments(generateCatalog(60)).catalog;
  const roles = catalog.list();
  const { scores } = similarityMatrix(roles, catalog);
  for (let i = 0; i < roles.length; i++)
    for (let j = 0; j < roles.length; j++)
      if (i !== j)
        expect(scores[i]![j], `${roles[i]!.id} ~ ${roles[j]!.id}`).toBe(similarity(roles[i]!, roles[j]!, catalog));
});

test.each([
  ['the shipped catalog', shipped],
  ['120 generated roles', generated],
])(
  '%s: forEachSimilarPair visits each pair that reaches the floor once, with its exact score, and no other',
  (_, catalog) => {
    const roles = catalog.list();
    const exact = similarityMatrix(roles, catalog).scores;
    for (const floor of [0.05, 0.3, 0.5, 0.6, 0.8, 1]) {
      const seen = new Map<string, number>();
      forEachSimilarPair(roles, catalog, floor, (i, j, score) => {
        expect(i, 'i < j').toBeLessThan(j);
        expect(seen.has(`${i},${j}`), `${i},${j} once`).toBe(false);
        seen.set(`${i},${j}`, score);
      });
      const want = new Map<string, number>();
      for (let i = 0; i < roles.length; i++)
        for (let j = i + 1; j < roles.length; j++) if (exact[i]![j]! >= floor) want.set(`${i},${j}`, exact[i]![j]!);
      expect(new Map([...seen].sort()), String(floor)).toEqual(new Map([...want].sort()));
    }
    expect(roles.length).toBeGreaterThan(10);
  },
);

test('forEachSimilarPair runs `meanwhile` once: before any row, or after them with a scorer that ignores it', () => {
  const roles = generated.list();
  const run = (passOn: boolean) => {
    let rows = 0;
    const ran: number[] = [];
    let pairs = 0;
    // This thread's scorer, counting the rows it scores; it runs `meanwhile` only when told to pass it on.
    setRowScorer((packed, at, threshold, floor, row, meanwhile) =>
      scoreRowsHere(
        packed,
        at,
        threshold,
        floor,
        (i, cells) => {
          rows++;
          row(i, cells);
        },
        passOn ? meanwhile : undefined,
      ),
    );
    try {
      forEachSimilarPair(
        roles,
        generated,
        0.3,
        () => pairs++,
        {},
        () => ran.push(rows),
      );
    } finally {
      setRowScorer(undefined);
    }
    return { rows, ran, pairs };
  };
  const passed = run(true);
  expect(passed.ran).toEqual([0]);
  expect(passed.rows).toBeGreaterThan(0);
  expect(passed.pairs).toBeGreaterThan(0);
  const ignored = run(false);
  expect(ignored.ran).toEqual([ignored.rows]);
  expect(ignored.pairs).toBe(passed.pairs);
});
