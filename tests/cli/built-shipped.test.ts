import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';

// The built CLI finds the package's shipped vocabularies wherever the bundler put the loader: a catalog that builds
// on them (init --vocabulary shipped) crashed with ENOENT …/roles from dist/.
const tmp = mkdtempSync(join(tmpdir(), 'rolematrix-built-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

test('the built CLI: init --vocabulary shipped, then validate', () => {
  const dir = join(tmp, 'cat');
  const cli = (...args: string[]) => execFileSync(process.execPath, ['dist/cli/bin.js', ...args], { encoding: 'utf8' });
  expect(cli('init', dir, '--vocabulary', 'shipped')).toMatch(/^Created a role catalog in /);
  expect(cli('validate', dir)).toMatch(/^The catalog is valid: 1 roles?, \d+ vocabulary entries/);
});
