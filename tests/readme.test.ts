import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { expect, test } from 'vitest';

const root = process.cwd();

test("the README's first command runs the built CLI: on a fresh clone it neither installs nor builds anything", () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const first = /## Set up[\s\S]*?```sh\n([^\n]+)\n```/u.exec(readme)?.[1];
  expect(first).toBeDefined();
  const [install, ...rest] = first!.split(' && ');
  expect(install).toBe('npm install');
  const command = rest.join(' && ');
  // npx (or npm exec) in the package's own checkout installs the checkout into its cache and builds it again.
  expect(command).not.toMatch(/^(?:npx|npm)\b/u);

  const dir = mkdtempSync(join(tmpdir(), 'rolematrix-readme-'));
  try {
    execFileSync('git', ['clone', '--quiet', root, join(dir, 'repo')]);
    const repo = join(dir, 'repo');
    // What `npm install` leaves: the dependencies (linked from this checkout) and dist/ (its prepare script).
    symlinkSync(join(root, 'node_modules'), join(repo, 'node_modules'), 'dir');
    cpSync(join(root, 'dist'), join(repo, 'dist'), { recursive: true });
    const built = statSync(join(repo, 'dist/cli/bin.js')).mtimeMs;
    const status = () => execFileSync('git', ['status', '--porcelain'], { cwd: repo, encoding: 'utf8' });
    // (the node_modules link is a file to git, whose ignore rule names a directory)
    const before = status();
    const t0 = performance.now();
    const r = spawnSync('sh', ['-c', command], { cwd: repo, encoding: 'utf8' });
    const seconds = (performance.now() - t0) / 1000;
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('Customer Service Manager');
    expect(r.stdout).toContain('Project Manager');
    // Nothing was built again or installed: dist/ untouched, no file the clone did not have.
    expect(statSync(join(repo, 'dist/cli/bin.js')).mtimeMs).toBe(built);
    expect(status()).toBe(before);
    expect(seconds).toBeLessThan(10);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
