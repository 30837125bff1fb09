import { randomBytes } from 'node:crypto';
import { closeSync, lstatSync, mkdirSync, openSync, renameSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The longest file name (in UTF-8 bytes) the common file systems (ext4, APFS, NTFS) take. */
export const MAX_FILE_NAME_BYTES = 255;

/** A file that could not be written: its path and the system's error code; nothing of the set was written. */
export class WriteError extends Error {
  constructor(
    readonly path: string,
    readonly code: string,
  ) {
    super(`Cannot write "${path}" (${code}); no file was written.`);
    this.name = 'WriteError';
  }
}

/** The prefix of every temporary file: what to look for after a crash (`.rolematrix-<random>.tmp`). */
export const TEMPORARY_PREFIX = '.rolematrix-';

/**
 * A temporary sibling of `path`: a short name with 96 random bits, so nobody can plant a file or a symlink under it in
 * advance, and no longer than the final name allows (a long final name does not make a longer temporary).
 */
function temporary(path: string): string {
  return join(dirname(path), `${TEMPORARY_PREFIX}${randomBytes(12).toString('hex')}.tmp`);
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
/** How long the signal listeners stay after a write, so a signal held during it is seen. */
const SIGNAL_GRACE_MS = 25;

/**
 * Writes every file or none. Each file goes first to a temporary sibling, created exclusively (`wx`: an existing
 * file or symlink of that name is never opened, so nothing is written through a link); only when all are written and
 * no target is in the way are they renamed into place (a rename replaces a symlink at the target, it does not follow
 * it). On any failure the temporaries and the directories made for them are removed and a `WriteError` names the path.
 *
 * The whole run is synchronous, and SIGINT, SIGTERM and SIGHUP are held for its length: an interrupted command
 * finishes the renames (or the cleanup) first and then ends as the signal asks, so the target has the old files or the
 * new ones. Only a kill that cannot be caught (SIGKILL, a power cut) can leave temporaries behind; they are named
 * `.rolematrix-*.tmp` and can be deleted. Returns the paths written.
 */
export function writeFilesAtomically(files: readonly { path: string; content: string | Uint8Array }[]): string[] {
  const held: NodeJS.Signals[] = [];
  const hold = (signal: NodeJS.Signals) => held.push(signal);
  for (const s of SIGNALS) process.on(s, hold);
  try {
    return writeAll(files);
  } finally {
    // A signal that came in while writing reaches its listener only when the event loop next polls (its phase, after
    // timers and before immediates, depends on where this ran): the listeners stay a little while, long enough for any
    // poll, and a held signal then ends the process as it would have, now that the files are all in place.
    setTimeout(() => {
      for (const s of SIGNALS) process.off(s, hold);
      const signal = held[0];
      if (signal !== undefined && process.listenerCount(signal) === 0) process.kill(process.pid, signal);
    }, SIGNAL_GRACE_MS);
  }
}

function writeAll(files: readonly { path: string; content: string | Uint8Array }[]): string[] {
  const temps: string[] = [];
  const made: string[] = [];
  const fail = (path: string, err: unknown): never => {
    for (const t of temps) {
      try {
        rmSync(t, { force: true });
      } catch {
        // gone already, or not ours to remove: nothing more to do
      }
    }
    // Innermost first; a directory that is not empty (someone else's file) stays.
    for (const d of [...made].sort((a, b) => b.length - a.length)) {
      try {
        rmdirSync(d);
      } catch {
        // not empty, or gone already
      }
    }
    throw new WriteError(path, (err as NodeJS.ErrnoException).code ?? 'error');
  };
  // A name the file system refuses would stop the renames halfway: checked before anything is written.
  for (const f of files)
    if (Buffer.byteLength(basename(f.path)) > MAX_FILE_NAME_BYTES)
      fail(f.path, Object.assign(new Error('name too long'), { code: 'ENAMETOOLONG' }));
  for (const f of files) {
    const parent = dirname(f.path);
    try {
      const first = mkdirSync(parent, { recursive: true });
      // mkdirSync names the outermost directory it created; every one from there down to `parent` is new.
      if (first !== undefined) {
        for (let d = parent; ; d = dirname(d)) {
          made.push(d);
          if (d === first || dirname(d) === d) break;
        }
      }
    } catch (err) {
      fail(parent, err);
    }
    const temp = temporary(f.path);
    let fd: number | undefined;
    try {
      // Created here or not at all: an existing name (file or symlink) fails with EEXIST and is left alone.
      fd = openSync(temp, 'wx');
      temps.push(temp);
      writeFileSync(fd, f.content);
    } catch (err) {
      fail(f.path, err);
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
  }
  // A directory where a file is to go would stop the renames halfway: checked before the first. (Past this point only
  // a failure of the file system itself can leave some files renamed and others not.)
  for (const f of files) {
    let directory = false;
    try {
      directory = lstatSync(f.path).isDirectory();
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') fail(f.path, err);
    }
    if (directory) fail(f.path, Object.assign(new Error('is a directory'), { code: 'EISDIR' }));
  }
  files.forEach((f, i) => {
    try {
      renameSync(temps[i]!, f.path);
    } catch (err) {
      fail(f.path, err);
    }
  });
  return files.map((f) => f.path);
}
