import { execFileSync } from 'node:child_process';
import { realpathSync, statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import type { SourceFile } from '../load/load.js';

/** Thrown when git cannot give what was asked (not a repository, unknown revision). */
export class GitError extends Error {}

function git(args: string[], cwd: string): string {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (err) {
    const e = err as { stderr?: string; code?: string };
    if (e.code === 'ENOENT') throw new GitError('git is not installed or not on the PATH.');
    throw new GitError((e.stderr ?? String(err)).trim().split('\n')[0] ?? 'git failed.');
  }
}

/**
 * The YAML files under `dir` as they were at revision `rev`, read through git (`git ls-tree` and `git show`),
 * with paths as they would be given today (relative to the current directory when `dir` was).
 */
export function readYamlAtRevision(rev: string, dir: string): SourceFile[] {
  let abs: string;
  try {
    // git reports the top level with symlinks resolved; `dir` must be too, or its path inside the repository is wrong.
    abs = realpathSync(resolve(dir));
    if (!statSync(abs).isDirectory()) throw new GitError(`"${dir}" is not a directory.`);
  } catch (err) {
    if (err instanceof GitError) throw err;
    throw new GitError(`The directory "${dir}" does not exist.`);
  }
  const top = git(['rev-parse', '--show-toplevel'], abs).trim();
  try {
    git(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], top);
  } catch {
    // --quiet leaves stderr empty, so git's own message would be blank.
    throw new GitError(`"${rev}" is not a known revision.`);
  }
  const inRepo = relative(top, abs).split(sep).join('/');
  // -z: without it git quotes non-ASCII names ("\345\256\242….yaml"), which then match neither the filter nor `git show`.
  const listed = git(['ls-tree', '-r', '-z', '--name-only', rev, '--', inRepo === '' ? '.' : inRepo], top)
    .split('\0')
    .filter((p) => /\.ya?ml$/i.test(p));
  return listed.map((p) => ({
    path: relative(process.cwd(), resolve(top, p)) || p,
    text: git(['show', `${rev}:${p}`], top),
  }));
}
