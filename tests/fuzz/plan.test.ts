// The fuzzers' plan: enough inputs for issue 16, and every planned property run by a test file of its target.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { FUZZ_RUNS, PLAN, plannedRuns, type Target } from './fuzz.js';

const targets = Object.keys(PLAN) as Target[];

test('at least 10,000 mutated inputs per run, across loader, JD reader, query parser and importers', () => {
  const perTarget = targets.map((t) => [t, Object.values(PLAN[t]).reduce((n, p) => n + p.runs, 0)] as const);
  expect(perTarget.map(([t]) => t)).toEqual(['loader', 'jd', 'query', 'import']);
  const total = perTarget.reduce((n, [, runs]) => n + runs, 0);
  expect(total).toBeGreaterThanOrEqual(10_000);
  for (const [, runs] of perTarget) expect(runs).toBeGreaterThanOrEqual(1_500);
  const planned = targets.flatMap((t) => Object.keys(PLAN[t]).map((name) => plannedRuns(t, name as never)));
  expect(planned.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(Math.floor(10_000 * Math.min(FUZZ_RUNS, 1)));
});

test.each(targets)('every planned property of %s is run by its test file', (target) => {
  const source = readFileSync(new URL(`./${target}.test.ts`, import.meta.url), 'utf8');
  for (const name of Object.keys(PLAN[target])) expect(source, name).toContain(`'${name}'`);
});
