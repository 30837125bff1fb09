// The rows of `matrix --scores --format json` are formatted on a worker thread and this one at once in the built
// command (src/node/rows.ts); in the sources (no built worker) on this thread alone. Both must write the same bytes.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { generateCatalog, writeGenerated } from '../bench/generate.js';
import { run } from '../run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'rolematrix-matrix-rows-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
// Enough roles that the worker takes rows before this thread has formatted them all (over the 300 from which a
// thread is started at all).
writeGenerated(dir, generateCatalog(900, { distinct: true }));

test('the built command formats the rows on threads into the bytes one thread writes', async () => {
  const args = ['matrix', '--scores', '--format', 'json', '--dir', dir];
  const built = spawnSync(process.execPath, ['dist/cli/bin.js', ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
  expect(built.status, built.stderr).toBe(0);
  const here = await run(...args);
  expect(here.code).toBe(0);
  expect(built.stdout).toBe(here.stdout);
  const doc = JSON.parse(built.stdout) as { roles: unknown[]; scores: number[][] };
  expect(doc.scores).toHaveLength(doc.roles.length);
  expect(doc.roles.length).toBeGreaterThan(800);
  expect(doc.scores.every((row, i) => row.length === doc.roles.length && row[i] === 1)).toBe(true);
}, 120_000);
