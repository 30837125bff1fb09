import { readFileSync, statSync } from 'node:fs';
import type { Diagnostic } from '../errors.js';
import { sortDiagnostics } from '../errors.js';
import { loadDocuments, type LoadOptions, type LoadResult, type SourceFile } from '../load/load.js';
import { DEFAULT_MAX_FILE_BYTES, fileTooLarge } from '../load/parse.js';
import { Catalog } from '../catalog/catalog.js';
import { listYamlFiles } from './files.js';

export * from '../index.js';
export { listYamlFiles } from './files.js';
export { similarityMatrixParallel } from './matrix.js';

/** Loads every YAML file under `dir` (recursively) into a catalog; returns it with every diagnostic. Never throws on bad content. */
export function loadCatalog(dir: string, options: LoadOptions = {}): LoadResult {
  const diagnostics: Diagnostic[] = [];
  let paths: string[];
  try {
    if (!statSync(dir).isDirectory()) return ioError(dir, `"${dir}" is not a directory.`);
    paths = listYamlFiles(dir);
  } catch (err) {
    return ioError(dir, `The directory "${dir}" cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'}).`);
  }
  const files = readFiles(paths, options, diagnostics);
  const result = loadDocuments(files, options);
  return { catalog: result.catalog, diagnostics: sortDiagnostics([...diagnostics, ...result.diagnostics]) };
}

/** Reads YAML files, checking their size before reading so a huge file costs nothing. */
export function readFiles(paths: readonly string[], options: LoadOptions, diagnostics: Diagnostic[]): SourceFile[] {
  const limit = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const files: SourceFile[] = [];
  for (const p of paths) {
    try {
      const size = statSync(p).size;
      if (size > limit) {
        diagnostics.push(fileTooLarge(p, size, limit));
        continue;
      }
      files.push({ path: p, text: readFileSync(p, 'utf8') });
    } catch (err) {
      diagnostics.push(ioDiagnostic(p, `The file "${p}" cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'}).`));
    }
  }
  return files;
}

/** Loads the given YAML files (not a directory) into one catalog. */
export function loadFiles(paths: readonly string[], options: LoadOptions = {}): LoadResult {
  const diagnostics: Diagnostic[] = [];
  const result = loadDocuments(readFiles(paths, options, diagnostics), options);
  return { catalog: result.catalog, diagnostics: sortDiagnostics([...diagnostics, ...result.diagnostics]) };
}

function ioDiagnostic(file: string, message: string): Diagnostic {
  return { code: 'IO_ERROR', severity: 'error', file, path: '', line: 1, column: 1, message, hint: 'Check the path and its permissions.' };
}

function ioError(dir: string, message: string): LoadResult {
  return { catalog: Catalog.empty(), diagnostics: [ioDiagnostic(dir, message)] };
}
