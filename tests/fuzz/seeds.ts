// The real inputs the fuzzers start from: the shipped catalog, the example catalog, and the test fixtures.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listYamlFiles } from '../../src/node/files.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** A file of the repository: its path (relative, `/` separators) and text. */
export interface SeedFile {
  path: string;
  text: string;
}

const read = (path: string): SeedFile => ({
  path: relative(ROOT, path).split('\\').join('/'),
  text: readFileSync(path, 'utf8'),
});

/** Each distinct text once (the invalid fixtures share one vocabulary file). */
function distinct(files: SeedFile[]): SeedFile[] {
  const seen = new Set<string>();
  return files.filter((f) => !seen.has(f.text) && seen.add(f.text));
}

/** Every YAML file of a directory tree. */
export const yamlFiles = (dir: string): SeedFile[] => listYamlFiles(join(ROOT, dir)).map(read);

/** Catalog YAML files: shipped, example, and the valid and invalid fixtures. */
export const CATALOG_SEEDS: SeedFile[] = distinct([
  ...yamlFiles('roles'),
  ...yamlFiles('examples/software-engineering'),
  ...yamlFiles('tests/fixtures/valid'),
  ...yamlFiles('tests/fixtures/invalid'),
]);

/** The small valid fixture catalog, file by file. */
export const VALID_CATALOG: SeedFile[] = yamlFiles('tests/fixtures/valid');

/** Files of a directory whose names end with `ext`. */
export const filesIn = (dir: string, ext: string): SeedFile[] =>
  readdirSync(join(ROOT, dir))
    .filter((n) => n.endsWith(ext))
    .sort()
    .map((n) => read(join(ROOT, dir, n)));
