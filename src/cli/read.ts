import { readFileSync } from 'node:fs';
import type { Bilingual, Diagnostic } from '../errors.js';
import { readUtf8 } from '../text/decode.js';
import { InputError, UsageError } from './io.js';

/**
 * The text of a file the command was given (a job description, a config or posting file, a catalog file to update):
 * a file that cannot be read is a usage error; one that is not UTF-8 text (GBK, UTF-16, binary) is FILE_ENCODING at its
 * first offending byte, exit 2. `what` names the file in the message ("The posting file").
 */
export function readTextFile(path: string, what: Bilingual): string {
  const diagnostics: Diagnostic[] = [];
  const text = readTextFiles([path], what, diagnostics)[0];
  if (text === undefined) throw new InputError(diagnostics);
  return text;
}

/**
 * Reads several files; every one that is not UTF-8 text is reported in `diagnostics` (its text is undefined), so a
 * command reports them all before it stops.
 */
export function readTextFiles(
  paths: readonly string[],
  what: Bilingual,
  diagnostics: Diagnostic[],
): (string | undefined)[] {
  return paths.map((path) => {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(path);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? 'error';
      throw new UsageError({
        en: `${what.en} "${path}" cannot be read (${code}).`,
        zh: `无法读取${what.zh} "${path}"（${code}）。`,
      });
    }
    return readUtf8(path, bytes, diagnostics);
  });
}
