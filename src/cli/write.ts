import { WriteError, writeFilesAtomically } from '../node/write.js';
import { UsageError } from './io.js';

/**
 * Writes every file or none (src/node/write.ts); a file that cannot be written is a usage error naming it, with
 * nothing written.
 */
export function writeAll(files: readonly { path: string; content: string | Uint8Array }[]): string[] {
  try {
    return writeFilesAtomically(files);
  } catch (err) {
    if (!(err instanceof WriteError)) throw err;
    throw new UsageError({
      en: `Cannot write "${err.path}" (${err.code}); no file was written.`,
      zh: `无法写入 "${err.path}"（${err.code}），未写入任何文件。`,
    });
  }
}
