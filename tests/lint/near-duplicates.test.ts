import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { loadDocuments } from '../../src/catalog/load.js';
import { catalogSources } from '../../src/catalog/shipped.js';
import { lintCatalog } from '../../src/lint/lint.js';

// Copies of one role under other ids: every pair is 100% alike, but each role gets one finding (issue 16: 3,000
// identical roles made 4.5 million findings).
const csm = readFileSync('roles/customer-service-manager.yaml', 'utf8');
const copies = ['a', 'b', 'c', 'd', 'e', 'f'].map((x) => ({
  path: `copy-${x}.yaml`,
  text: csm.replace(/^id: customer-service-manager$/m, `id: csm-copy-${x}`),
}));
const { catalog, diagnostics } = loadDocuments([...catalogSources, ...copies]);

test('a role alike with several earlier roles gets one finding naming the most similar and counting the rest', () => {
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const found = lintCatalog(catalog).filter((d) => d.code === 'LINT_NEAR_DUPLICATE_ROLES');
  // Seven alike roles (six copies and the original), reported at each but the first by id.
  expect(found.map((d) => d.file)).toEqual([
    'copy-b.yaml',
    'copy-c.yaml',
    'copy-d.yaml',
    'copy-e.yaml',
    'copy-f.yaml',
    'roles/customer-service-manager.yaml',
  ]);
  expect(found[0]!.message).toBe(
    'This role is 100% similar to "csm-copy-a" (Customer Service Manager); the two may be one role.',
  );
  expect(found[5]!.message).toBe(
    'This role is 100% similar to "csm-copy-a" (Customer Service Manager); the two may be one role. It is also at least 80% similar to 5 more: csm-copy-b, csm-copy-c, csm-copy-d and 2 others.',
  );
  expect(found[5]!.zh.message).toBe(
    '该岗位与 "csm-copy-a"（客服经理）的相似度达 100%，两者可能是同一个岗位。另有 5 个岗位与它的相似度也不低于 80%：csm-copy-b、csm-copy-c、csm-copy-d 等。',
  );
  expect(found[5]!.hint).toContain('rolematrix compare csm-copy-a customer-service-manager');
});
