import { formatDiagnostic, type Diagnostic } from '../errors.js';
import type { Catalog } from '../catalog/catalog.js';
import { suggestion } from '../load/suggest.js';
import { writeJsonDocument } from '../render/output-data.js';
import type { Lang } from '../model/text.js';

/** Where a command writes; tests pass their own. */
export interface CliIO {
  stdout(text: string): void;
  /** UTF-8 text as bytes, for output too large to build as strings (a matrix of millions of scores); else `stdout`. */
  stdoutBytes?(bytes: Uint8Array): void;
  stderr(text: string): void;
  /** Environment variables, for the default language. */
  env?: Record<string, string | undefined>;
  /** The working directory, where the catalog is looked for without `--dir` (default: the process's). */
  cwd?: string;
  /** The terminal's width when stdout is a terminal: the default width of text tables. */
  columns?: number | undefined;
  /** Whether stderr is a terminal: progress is shown only then. */
  stderrIsTTY?: boolean;
}

/** Writes UTF-8 bytes to stdout: as they are where the output takes bytes, else as text. */
export function writeBytes(io: CliIO, bytes: Uint8Array): void {
  if (io.stdoutBytes) io.stdoutBytes(bytes);
  else io.stdout(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)); // a byte-order mark is kept
}

/**
 * Prints `data` as indented JSON and a line break: `--format json` (and SARIF) on stdout, written by
 * `writeJsonDocument`, with the fields named in `long` an item per line (the lists thousands of roles make long).
 */
export function printJson(io: CliIO, data: object, long: readonly string[] = []): void {
  writeJsonDocument({ ...data }, long, (text) => io.stdout(text));
}

/** 70 is EX_SOFTWARE of sysexits.h: rolematrix itself failed, which is a bug to report, never the input's fault. */
export const EXIT = { ok: 0, findings: 1, usage: 2, internal: 70 } as const;

/** Thrown inside commands for usage and input errors; main() prints it (in `--lang`) and exits 2. */
export class UsageError extends Error {
  readonly zh: string;
  constructor(text: string | { en: string; zh: string }) {
    super(typeof text === 'string' ? text : text.en);
    this.zh = typeof text === 'string' ? text : text.zh;
  }
}

/** Thrown when the catalog a command works on has errors; main() prints them with a pointer to validate, exit 2. */
export class CatalogError extends Error {
  constructor(readonly diagnostics: readonly Diagnostic[]) {
    super('The catalog has errors.');
  }
}

/** Input files that cannot be read as text (an encoding, located): the command stops with exit 2, nothing written. */
export class InputError extends Error {
  constructor(readonly diagnostics: readonly Diagnostic[]) {
    super('An input file cannot be read.');
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

/** The usage error for a role id the catalog does not have, with the closest id in both languages. */
export function noSuchRole(catalog: Catalog, id: string): UsageError {
  const hint = suggestion(id, catalog.roles.keys());
  return new UsageError({
    en: `The catalog has no role "${id}".${hint ? ` ${hint.en}` : ''}`,
    zh: `目录中没有岗位 "${id}"。${hint ? hint.zh : ''}`,
  });
}
