import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from '../errors.js';
import { fileDiagnostic, sortDiagnostics, type Bilingual } from '../errors.js';
import { loadParsed, type LoadOptions as CatalogLoadOptions, type LoadResult } from '../catalog/load.js';
import { parseInParallel } from './parse.js';
import type { SourceFile } from '../source/document.js';
import { DEFAULT_MAX_FILE_BYTES, fileTooLarge } from '../load/parse.js';
import { Catalog } from '../catalog/catalog.js';
import { vocabulariesOf } from '../catalog/shipped-vocabularies.js';
import { listYamlFiles, readCatalogSources } from './files.js';
import { readUtf8 } from '../text/decode.js';

export interface LoadOptions extends CatalogLoadOptions {
  /**
   * Threads to parse on: by default several when the files hold much text (over 2 million characters), else one.
   */
  threads?: number;
}

/**
 * Loads every YAML file under `dir` (recursively) into a catalog; returns it with every diagnostic. Never throws on bad
 * content.
 */
export function loadCatalog(dir: string, options: LoadOptions = {}): LoadResult {
  const diagnostics: Diagnostic[] = [];
  let paths: string[];
  try {
    if (!statSync(dir).isDirectory())
      return ioError(dir, { en: `"${dir}" is not a directory.`, zh: `"${dir}" 不是目录。` });
    paths = listYamlFiles(dir);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'error';
    return ioError(dir, {
      en: `The directory "${dir}" cannot be read (${code}).`,
      zh: `无法读取目录 "${dir}"（${code}）。`,
    });
  }
  const files = readFiles(paths, options, diagnostics);
  const result = loadParsed(parseInParallel(files, options, options.threads), withShipped(options));
  return { ...result, diagnostics: sortDiagnostics([...diagnostics, ...result.diagnostics]) };
}

/** Reads YAML files, checking their size before reading so a huge file costs nothing. */
function readFiles(paths: readonly string[], options: LoadOptions, diagnostics: Diagnostic[]): SourceFile[] {
  const limit = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const files: SourceFile[] = [];
  for (const p of paths) {
    try {
      const size = statSync(p).size;
      if (size > limit) {
        diagnostics.push(fileTooLarge(p, size, limit));
        continue;
      }
      // Strictly UTF-8: a GBK or UTF-16 file is FILE_ENCODING at its first offending byte, not text full of U+FFFD.
      const text = readUtf8(p, readFileSync(p), diagnostics);
      if (text !== undefined) files.push({ path: p, text });
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? 'error';
      diagnostics.push(
        ioDiagnostic(p, { en: `The file "${p}" cannot be read (${code}).`, zh: `无法读取文件 "${p}"（${code}）。` }),
      );
    }
  }
  return files;
}

/** Loads the given YAML files (not a directory) into one catalog. */
export function loadFiles(paths: readonly string[], options: LoadOptions = {}): LoadResult {
  const diagnostics: Diagnostic[] = [];
  const files = readFiles(paths, options, diagnostics);
  const result = loadParsed(parseInParallel(files, options, options.threads), withShipped(options));
  return { ...result, diagnostics: sortDiagnostics([...diagnostics, ...result.diagnostics]) };
}

/**
 * The package's own roles/ directory: the nearest `roles/catalog.yaml` above this module. Searched rather than fixed,
 * because the bundler moves this code (src/node/load.ts, dist/node/…, dist/chunk-….js sit at different depths).
 */
function shippedRolesDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++, dir = dirname(dir))
    if (existsSync(join(dir, 'roles', 'catalog.yaml'))) return join(dir, 'roles');
  return fileURLToPath(new URL('../../roles', import.meta.url));
}

let shipped: Catalog | undefined;
/** The shipped vocabularies, read from the package's own roles/ directory (two levels up from src/node and dist/node). */
export function shippedVocabularies(): Catalog {
  shipped ??= vocabulariesOf(readCatalogSources(shippedRolesDir()));
  return shipped;
}

/** On Node, a catalog may build on the shipped vocabularies. */
function withShipped(options: LoadOptions): LoadOptions {
  return options.resolveBase === undefined ? { ...options, resolveBase: shippedVocabularies } : options;
}

function ioDiagnostic(file: string, message: Bilingual): Diagnostic {
  return fileDiagnostic(file, 'IO_ERROR', message, {
    en: 'Check the path and its permissions.',
    zh: '请检查路径及其访问权限。',
  });
}

function ioError(dir: string, message: Bilingual): LoadResult {
  return { catalog: Catalog.empty(), diagnostics: [ioDiagnostic(dir, message)], documents: [] };
}
