import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { checkJobDescription } from '../../src/jd/check.js';
import { loadCatalog } from '../../src/node/load.js';

const { catalog } = loadCatalog('roles');
const text = readFileSync('docs/examples/jd/project-manager.en.bad.md', 'utf8');
const kpi = (role: string) =>
  checkJobDescription(text, catalog, { role })
    .diagnostics.filter((d) => d.code === 'JD_MISSING_KPI')
    .map((d) => d.severity);

test('a KPI the JD leaves out is a warning against a named role, a note when --role auto guessed the role', () => {
  expect(kpi('project-manager')).toContain('warning');
  expect(kpi('auto').length).toBeGreaterThan(0);
  expect(kpi('auto').every((s) => s === 'info')).toBe(true);
});
