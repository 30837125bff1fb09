import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { loadDocuments } from '../../src/catalog/load.js';
import { catalogSources } from '../../src/catalog/shipped.js';
import { findOverlaps } from '../../src/compare/overlaps.js';
import { lintCatalog } from '../../src/lint/lint.js';

// An heir that changes only its title, and a copy of the same role under another id that does not say it extends it.
const csm = readFileSync('roles/customer-service-manager.yaml', 'utf8');
const heir = {
  path: 'heir.yaml',
  text: 'apiVersion: rolematrix/v1\nkind: Role\nid: csm-heir\nextends: customer-service-manager\ntitle: { zh: 客服经理（华东）, en: Customer Service Manager (East) }\n',
};
const copy = { path: 'copy.yaml', text: csm.replace(/^id: customer-service-manager$/m, 'id: csm-copy') };
const { catalog, diagnostics } = loadDocuments([...catalogSources, heir, copy]);

test('overlaps, lint and RACI give one verdict on inherited pairs: a variant is no duplicate, a copy is', () => {
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const pairs = (list: { a: string; b: string }[]) => list.map((p) => [p.a, p.b].sort().join(' ~ '));
  const overlapping = pairs(findOverlaps(catalog, 0.8).roles);
  expect(overlapping).toContain('csm-copy ~ customer-service-manager');
  expect(overlapping).toContain('csm-copy ~ csm-heir');
  expect(overlapping).not.toContain('csm-heir ~ customer-service-manager');
  // lint reports a pair once, at the role whose id sorts later, naming the other
  const linted = lintCatalog(catalog)
    .filter((d) => d.code === 'LINT_NEAR_DUPLICATE_ROLES')
    .map((d) => `${d.file}: ${d.message}`);
  // (the heir is a duplicate of the copy, which it does not extend)
  expect(linted).toEqual([
    'heir.yaml: This role is 100% similar to "csm-copy" (Customer Service Manager); the two may be one role.',
    'roles/customer-service-manager.yaml: This role is 100% similar to "csm-copy" (Customer Service Manager); the two may be one role.',
  ]);
  // the heir's inherited duties are not "held by several roles" either
  const withoutCopy = loadDocuments([...catalogSources, heir]).catalog;
  const dutyHolders = findOverlaps(withoutCopy, 0.8).duties.flatMap((g) => g.holders.map((h) => h.role));
  expect(dutyHolders).not.toContain('csm-heir');
  expect(catalog.inherits('csm-heir', 'customer-service-manager')).toBe(true);
  expect(catalog.inherits('csm-copy', 'customer-service-manager')).toBe(false);
});
