import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { loadDocuments } from '../../src/catalog/load.js';
import { catalogSources } from '../../src/catalog/shipped.js';
import { similarity } from '../../src/compare/compare.js';
import { similarityMatrix } from '../../src/compare/many.js';

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
