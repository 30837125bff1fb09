// What the build (tsup.config.ts) and the tests (tests/vitest.config.ts) embed of the shipped catalog, as module
// sources: its YAML texts, and the catalog compiled from them, so nothing reads YAML when the catalog is imported.
import { compileCatalog } from '../catalog/compiled.js';
import { loadDocuments } from '../catalog/load.js';
import { vocabulariesOf } from '../catalog/shipped-vocabularies.js';
import { catalogReadings } from '../compare/compare.js';
import { hasErrors } from '../errors.js';
import { readCatalogSources } from './files.js';

export const SOURCES_MODULE = 'virtual:rolematrix-catalog-sources';
export const COMPILED_MODULE = 'virtual:rolematrix-catalog-compiled';

/** `virtual:rolematrix-catalog-sources`: the texts of `rolesDir`/**\/*.yaml, keyed by their path under `roles/`. */
export function sourcesModule(rolesDir: string): string {
  return `export default ${JSON.stringify(readCatalogSources(rolesDir))};`;
}

/**
 * `virtual:rolematrix-catalog-compiled`: the catalog validated and resolved, with its diagnostics, and its vocabularies
 * alone (what a catalog that builds on the shipped one starts from). A catalog with errors does not build (the
 * message lists them); warnings are embedded, and a test keeps them at none.
 */
export function compiledModule(rolesDir: string): string {
  const sources = readCatalogSources(rolesDir);
  const { catalog, diagnostics } = loadDocuments(sources);
  if (hasErrors(diagnostics))
    throw new Error(
      `The shipped catalog has errors:\n${diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.message} [${d.code}]`).join('\n')}`,
    );
  // JSON.parse of a string literal is read faster than the same object written as JavaScript.
  const data = JSON.stringify({
    compiled: { ...compileCatalog(catalog), readings: catalogReadings(catalog) },
    vocabularies: compileCatalog(vocabulariesOf(sources)),
    diagnostics,
  });
  return `export default JSON.parse(${JSON.stringify(data)});`;
}
