import { sequenceHash } from '../../src/compare/kernel.js';
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { loadDocuments } from '../../src/catalog/load.js';
import { catalogSources } from '../../src/catalog/shipped.js';
import { compareRoles, similarity } from '../../src/compare/compare.js';
import { forEachSimilarPair, similarityMatrix } from '../../src/compare/many.js';
import type { RoleId } from '../../src/model/index.js';

// Copies of a role (other id and title, same content) are scored once as a kind (issue 16: 3,000 identical roles took
// 47 s); the matrix must not change.
const copy = (file: string, id: string, n: number) => {
  const text = readFileSync(`roles/${file}.yaml`, 'utf8');
  return Array.from({ length: n }, (_, k) => ({
    path: `${id}-${k}.yaml`,
    text: text.replace(new RegExp(`^id: ${file}$`, 'm'), `id: ${id}-${k}`),
  }));
};

test('a catalog holding copies of roles has the same matrix as scoring every pair', () => {
  const { catalog, diagnostics } = loadDocuments([
    ...catalogSources,
    ...copy('customer-service-manager', 'csm', 3),
    ...copy('project-manager', 'pm', 2),
  ]);
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const roles = catalog.list();
  expect(roles.length).toBe(17);
  const progress: number[] = [];
  const m = similarityMatrix(roles, catalog, { onProgress: (done) => progress.push(done) });
  for (let i = 0; i < roles.length; i++)
    for (let j = 0; j < roles.length; j++)
      expect(m.scores[i]![j], `${roles[i]!.id} ~ ${roles[j]!.id}`).toBe(
        i === j ? 1 : similarity(roles[i]!, roles[j]!, catalog),
      );
  const at = (id: string) => roles.findIndex((r) => r.id === id);
  expect(m.scores[at('csm-0')]![at('csm-2')]).toBe(1);
  expect(m.scores[at('csm-1')]![at('customer-service-manager')]).toBe(1);
  expect(progress.at(-1)).toBe((17 * 16) / 2);
});

test('copies: forEachSimilarPair gives every pair of copies and every pair of a copy and a like role', () => {
  const { catalog } = loadDocuments([
    ...catalogSources,
    ...copy('customer-service-manager', 'csm', 3),
    ...copy('project-manager', 'pm', 2),
  ]);
  const roles = catalog.list();
  const { scores } = similarityMatrix(roles, catalog);
  const got: string[] = [];
  forEachSimilarPair(roles, catalog, 0.5, (i, j, score) => {
    expect(score).toBe(scores[i]![j]);
    got.push(`${roles[i]!.id}~${roles[j]!.id}`);
  });
  const want: string[] = [];
  for (let i = 0; i < roles.length; i++)
    for (let j = i + 1; j < roles.length; j++) if (scores[i]![j]! >= 0.5) want.push(`${roles[i]!.id}~${roles[j]!.id}`);
  expect(got.sort()).toEqual(want.sort());
  // The four copies of the manager (the original and three) are six pairs at 1.
  const managers = ['customer-service-manager', 'csm-0', 'csm-1', 'csm-2'];
  expect(got.filter((p) => p.split('~').every((id) => managers.includes(id)))).toHaveLength(6);
});

test('a role built with every mapping in another key order compares as the same role', () => {
  // Loading puts keys in the schema's order; a role built in code (or by an importer) need not have it.
  const reversed = <T>(v: T): T =>
    (Array.isArray(v)
      ? v.map(reversed)
      : v !== null && typeof v === 'object'
        ? Object.fromEntries(
            Object.entries(v)
              .reverse()
              .map(([k, x]) => [k, reversed(x)]),
          )
        : v) as T;
  const { catalog } = loadDocuments(catalogSources);
  const a = catalog.get('customer-service-manager' as RoleId)!;
  const b = reversed({ ...a, id: 'csm-reordered' as RoleId });
  expect(Object.keys(b.duties![0]!)).toEqual(Object.keys(a.duties![0]!).reverse());
  const cmp = compareRoles(a, b, catalog);
  expect(cmp.score).toBe(1);
  for (const d of Object.values(cmp.dimensions)) expect(d.changed).toEqual([]);
  expect(cmp.dimensions.duties.shared).toHaveLength(a.duties!.length);
  expect(similarityMatrix([a, b], catalog).scores[0]![1]).toBe(1);
});

test('the hash that groups copies reads 0 and -0 alike and every NaN alike, and tells other numbers apart', () => {
  const h = (...xs: number[]) => sequenceHash(xs, xs.length);
  expect(h(1, 0, Number.NaN)).toBe(h(1, -0, 0 / 0));
  expect(h(1, 2)).not.toBe(h(2, 1));
  expect(h(1, 2)).not.toBe(h(1, 2, Number.NaN));
  // Only the first n numbers count: a longer scratch array holding an older sequence does not change the hash.
  expect(sequenceHash([5, 6, 7, 8], 2)).toBe(h(5, 6));
});
