// The shipped catalog as data, without the YAML parser: what the CLI's commands load (src/catalog/shipped.ts, the
// `rolematrix/catalog` entry, adds the parser for the RACI matrices' lines).
import sources from 'virtual:rolematrix-catalog-sources';
import embedded from 'virtual:rolematrix-catalog-compiled';
import { catalogFromCompiled, type CompiledCatalog, type SourceParser } from './compiled.js';
import type { SourceFile } from '../source/document.js';
import type { Catalog } from './catalog.js';
import type { Diagnostic } from '../errors.js';

/**
 * The roles and vocabularies under `roles/`, validated and with `extends` applied: compiled when the package was
 * built (src/node/embed.ts), so importing it reads no YAML.
 */
const compiled = embedded as { compiled: CompiledCatalog; vocabularies: CompiledCatalog; diagnostics: Diagnostic[] };
let parser: SourceParser | undefined;
/** Gives the shipped catalog the YAML parser its matrices' lines are read with (src/catalog/shipped.ts does). */
export function readMatrixLinesWith(parse: SourceParser): void {
  parser = parse;
}
export const catalog: Catalog = catalogFromCompiled(compiled.compiled, sources, () => parser);
/** Diagnostics of the shipped catalog; empty in every release (a test keeps it so). */
export const catalogDiagnostics: readonly Diagnostic[] = compiled.diagnostics;
/** The YAML texts the catalog was built from, keyed by their path under `roles/`. */
export const catalogSources: readonly SourceFile[] = sources;

let vocabularies: Catalog | undefined;
/**
 * The shipped vocabularies alone, to build on: pass `resolveBase: shippedVocabularies` to `loadDocuments`. Compiled
 * with the catalog (`vocabulariesOf` at build time), so importing this module loads no YAML parser or schemas.
 */
export function shippedVocabularies(): Catalog {
  vocabularies ??= catalogFromCompiled(compiled.vocabularies, sources, () => parser);
  return vocabularies;
}
