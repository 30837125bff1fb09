import { execFileSync } from 'node:child_process';
import { realpathSync, statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import type { SourceFile } from '../source/document.js';

/** Thrown when git cannot give what was asked (not a repository, unknown revision). */
export class GitError extends Error {}

function git(args: string[], cwd: string): string {
  try {
    return execFileSync('git', args, {
      cwd,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (err) {
    const e = err as { stderr?: string; code?: string };
    if (e.code === 'ENOENT') throw new GitError('git is not installed or not on the PATH.');
    throw new GitError((e.stderr ?? String(err)).trim().split('\n')[0] ?? 'git failed.');
  }
}

/**
 * The YAML files under `dir` as they were at revision `rev`, read through git (`git ls-tree` and `git cat-file`),
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
  // -z: without it git quotes non-ASCII names ("\345\256\242….yaml"), which then match neither the filter nor `git
  // show`.
  const listed = git(['ls-tree', '-r', '-z', '--name-only', rev, '--', inRepo === '' ? '.' : inRepo], top)
    .split('\0')
    .filter((p) => /\.ya?ml$/i.test(p));
  const texts = readBlobs(rev, listed, top);
  return listed.map((p, i) => ({ path: relative(process.cwd(), resolve(top, p)) || p, text: texts[i]! }));
}

/**
 * The contents of `paths` at `rev`, through one `git cat-file --batch` for all of them (one process, not one per file).
 * A name with a line break cannot be asked for on that line-based input; such a file is read with `git show`.
 */
function readBlobs(rev: string, paths: readonly string[], cwd: string): string[] {
  const batch = paths.filter((p) => !p.includes('\n'));
  const byPath = new Map<string, string>();
  if (batch.length > 0) {
    let out: Buffer;
    try {
      out = execFileSync('git', ['cat-file', '--batch'], {
        cwd,
        input: batch.map((p) => `${rev}:${p}\n`).join(''),
        maxBuffer: 1024 * 1024 * 1024,
        stdio: ['pipe', 'pipe', 'pipe'],
      });
    } catch (err) {
      const e = err as { stderr?: Buffer; code?: string };
      if (e.code === 'ENOENT') throw new GitError('git is not installed or not on the PATH.');
      throw new GitError((e.stderr?.toString('utf8') ?? String(err)).trim().split('\n')[0] ?? 'git failed.');
    }
    // Each object: "<sha> blob <size>\n", the content, "\n".
    let at = 0;
    for (const p of batch) {
      const eol = out.indexOf(0x0a, at);
      const header = out.toString('utf8', at, eol).split(' ');
      if (eol < 0 || header[1] !== 'blob') throw new GitError(`git cannot read "${p}" at ${rev}.`);
      const size = Number(header[2]);
      byPath.set(p, out.toString('utf8', eol + 1, eol + 1 + size));
      at = eol + 1 + size + 1;
    }
  }
  return paths.map((p) => byPath.get(p) ?? git(['show', `${rev}:${p}`], cwd));
}
