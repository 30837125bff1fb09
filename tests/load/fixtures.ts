// Helpers shared by the loader tests: where the fixtures are, and diagnostics with fixture-relative file names.
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from '../../src/errors.js';
import { loadCatalog, type LoadOptions, type LoadResult } from '../../src/node/index.js';

export const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
export const VALID = join(FIXTURES, 'valid');
export const VALID_EDGE = join(FIXTURES, 'valid-edge');
export const INVALID = join(FIXTURES, 'invalid');
export const SHARED_VOCABULARY = join(FIXTURES, 'shared', 'vocabulary.yaml');

/** `file` made relative to `dir`, with `/` separators, so expectations do not depend on the checkout path. */
export function relativeTo(dir: string, list: readonly Diagnostic[]): Diagnostic[] {
  return list.map((d) => ({ ...d, file: relative(dir, d.file).split(sep).join('/') }));
}

/** Loads a fixture directory; its diagnostics name files relative to it. */
export function loadFixture(dir: string, options: LoadOptions = {}): LoadResult {
  const result = loadCatalog(dir, options);
  return { ...result, diagnostics: relativeTo(dir, result.diagnostics) };
}

export function subdirectories(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}
