// examples/classify: what `rolematrix classify` proposes for three shipped roles from the synthetic fixtures, kept
// equal to a fresh run.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { run } from '../run-cli.js';

const F = 'tests/fixtures/classify';
const WITH = `onet=${F}/onet,csco=${F}/csco.csv,isco=${F}/isco.csv`;
const ROLES = ['complaint-handling-specialist', 'account-manager', 'pmo-director'];

test.each([
  ['en', 'proposals.txt'],
  ['zh', 'proposals.zh.txt'],
])('examples/classify/%s is a fresh run', async (lang, file) => {
  const r = await run('classify', ...ROLES, '--with', WITH, '--lang', lang);
  expect([r.code, r.stderr]).toEqual([0, '']);
  expect(r.stdout).toBe(readFileSync(`examples/classify/${file}`, 'utf8'));
});
