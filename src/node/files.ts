import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const YAML_FILE = /\.ya?ml$/i;

/** Every YAML file under `dir`, recursively, in a stable order; other files are ignored. */
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
      else if (e.isFile() && YAML_FILE.test(e.name)) out.push(p);
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
