// Helpers shared by the lint tests: the fixtures, linted, with file names relative to their fixture.
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from '../../src/errors.js';
import { loadLintInput, type LintInput } from '../../src/cli/lint.js';
import { lintCatalog, type LintOptions } from '../../src/lint/lint.js';

export const LINT_FIXTURES = fileURLToPath(new URL('../fixtures/lint/', import.meta.url));

export function fixtureDir(name: string): string {
  return join(LINT_FIXTURES, name);
}

/** Loads a lint fixture; fails loudly if the fixture itself does not load cleanly. */
export function loadFixture(name: string): LintInput {
  const input = loadLintInput(fixtureDir(name));
  if (input.diagnostics.length > 0)
    throw new Error(`fixture ${name} does not load cleanly: ${JSON.stringify(input.diagnostics, null, 2)}`);
  return input;
}

/** `file` relative to `dir`, with `/` separators. */
export function relativeTo(dir: string, list: readonly Diagnostic[]): Diagnostic[] {
  return list.map((d) => ({ ...d, file: relative(dir, d.file).split(sep).join('/') }));
}

/** Lints a fixture with its documents; file names relative to the fixture. */
export function lintFixture(name: string, options: LintOptions = {}): Diagnostic[] {
  const input = loadFixture(name);
  return relativeTo(fixtureDir(name), lintCatalog(input.catalog, { documents: input.documents, ...options }));
}

/** The parts of a diagnostic the rule tests pin down. */
export const where = (d: Diagnostic) => ({
  code: d.code,
  severity: d.severity,
  file: d.file,
  path: d.path,
  line: d.line,
  column: d.column,
});

export const HAN = /[\u4e00-\u9fff]/;
