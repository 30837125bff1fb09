import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sortDiagnostics, type Bilingual } from '../errors.js';
import { loadParsed, type LoadOptions as CatalogLoadOptions, type LoadResult } from '../catalog/load.js';
import { readAndParse } from './parse.js';
import { Catalog } from '../catalog/catalog.js';
import { vocabulariesOf } from '../catalog/shipped-vocabularies.js';
import { ioDiagnostic, listYamlFiles, readCatalogSources } from './files.js';

export interface LoadOptions extends CatalogLoadOptions {
  /**
   * Threads to read and parse on: by default several when the files are large (over 3 MB together), else one.
   */
  threads?: number;
}

/**
 * Loads every YAML file under `dir` (recursively) into a catalog; returns it with every diagnostic. Never throws on bad
 * content.
 */
export function loadCatalog(dir: string, options: LoadOptions = {}): LoadResult {
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
  return loadPaths(paths, options);
}

/** Loads the given YAML files (not a directory) into one catalog. */
export function loadFiles(paths: readonly string[], options: LoadOptions = {}): LoadResult {
  return loadPaths(paths, options);
}

/** Reads, parses and loads YAML files; a file that cannot be read is left out with its diagnostic. */
function loadPaths(paths: readonly string[], options: LoadOptions): LoadResult {
  const read = readAndParse(paths, options, options.threads);
  const result = loadParsed(
    read.flatMap((r) => (r.source === undefined ? [] : [r.source])),
    withShipped(options),
  );
  return { ...result, diagnostics: sortDiagnostics([...read.flatMap((r) => r.diagnostics), ...result.diagnostics]) };
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

function ioError(dir: string, message: Bilingual): LoadResult {
  return { catalog: Catalog.empty(), diagnostics: [ioDiagnostic(dir, message)], documents: [] };
}
