import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

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
