import { formatDiagnostic, type Diagnostic } from '../errors.js';
import type { Lang } from '../model/text.js';

/** Where a command writes; tests pass their own. */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Environment variables, for the default language. */
  env?: Record<string, string | undefined>;
  /** The working directory, where the catalog is looked for without `--dir` (default: the process's). */
  cwd?: string;
}

export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

/** Thrown inside commands for usage and input errors; main() prints it (in `--lang`) and exits 2. */
export class UsageError extends Error {
  readonly zh: string;
  constructor(text: string | { en: string; zh: string }) {
    super(typeof text === 'string' ? text : text.en);
    this.zh = typeof text === 'string' ? text : text.zh;
  }
}

export interface CommonOptions {
  lang: Lang;
  dir: string | undefined;
  format: string | undefined;
}

export function printDiagnostics(io: CliIO, diagnostics: readonly Diagnostic[], lang: Lang): void {
  for (const d of diagnostics) io.stderr(`${formatDiagnostic(d, lang)}\n`);
}
