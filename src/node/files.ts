import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileDiagnostic, type Bilingual, type Diagnostic } from '../errors.js';
import { fileTooLarge } from '../load/parse.js';
import type { SourceFile } from '../source/document.js';
import { readUtf8 } from '../text/decode.js';

const YAML_FILE = /\.ya?ml$/i;

/** Whether a symlink leads to a file (a link to a directory is not followed: no loops; a dangling link is no file). */
function linksToFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

/**
 * Every YAML file under `dir`, recursively, in a stable order, with symlinks to YAML files among them (read, never
 * written through); other files, and links to directories, are ignored.
 */
export function listYamlFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    const entries = readdirSync(d, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
    );
    for (const e of entries) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (YAML_FILE.test(e.name) && (e.isFile() || (e.isSymbolicLink() && linksToFile(p)))) out.push(p);
    }
  };
  walk(dir);
  return out;
}

/** The shipped catalog's texts keyed by their path under `roles/`, for bundling (tsup and vitest). */
export function readCatalogSources(rolesDir: string): { path: string; text: string }[] {
  return listYamlFiles(rolesDir).map((p) => ({
    path: `roles/${relative(rolesDir, p).split(sep).join('/')}`,
    text: readFileSync(p, 'utf8'),
  }));
}

/**
 * One YAML file of a catalog, read for the loader (on this thread or a parse worker): its size checked before it is
 * read, so a huge file costs nothing, and strictly UTF-8 (a GBK or UTF-16 file is FILE_ENCODING at its first offending
 * byte, not text full of U+FFFD). Never throws: a file that cannot be read is an IO_ERROR.
 */
export function readSourceFile(path: string, limit: number): { file?: SourceFile; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  try {
    const size = statSync(path).size;
    if (size > limit) return { diagnostics: [fileTooLarge(path, size, limit)] };
    const text = readUtf8(path, readFileSync(path), diagnostics);
    return text === undefined ? { diagnostics } : { file: { path, text }, diagnostics };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'error';
    return {
      diagnostics: [
        ioDiagnostic(path, {
          en: `The file "${path}" cannot be read (${code}).`,
          zh: `无法读取文件 "${path}"（${code}）。`,
        }),
      ],
    };
  }
}

/** IO_ERROR for a file or directory that cannot be read. */
export function ioDiagnostic(file: string, message: Bilingual): Diagnostic {
  return fileDiagnostic(file, 'IO_ERROR', message, {
    en: 'Check the path and its permissions.',
    zh: '请检查路径及其访问权限。',
  });
}

/** The file that marks a catalog directory. */
export const CATALOG_FILE = 'catalog.yaml';

/**
 * The nearest directory holding a `catalog.yaml`, from `from` upward to the file system's root (as eslint and tsc
 * find their configs); undefined when there is none.
 */
export function findCatalogDir(from: string): string | undefined {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    if (existsSync(join(dir, CATALOG_FILE))) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}
