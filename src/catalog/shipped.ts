// The shipped catalog as data: `import { catalog } from 'rolematrix/catalog'` works with no file system.
import sources from 'virtual:rolematrix-catalog-sources';
import { loadDocuments } from './load.js';
import { vocabulariesOf } from './shipped-vocabularies.js';
import type { SourceFile } from '../source/document.js';
import type { Catalog } from './catalog.js';
import type { Diagnostic } from '../errors.js';

const loaded = loadDocuments(sources);

/** The roles and vocabularies under `roles/`, validated and with `extends` applied. */
export const catalog: Catalog = loaded.catalog;
/** Diagnostics of the shipped catalog; empty in every release (a test keeps it so). */
export const catalogDiagnostics: readonly Diagnostic[] = loaded.diagnostics;
/** The YAML texts the catalog was built from, keyed by their path under `roles/`. */
export const catalogSources: readonly SourceFile[] = sources;

let vocabularies: Catalog | undefined;
/** The shipped vocabularies alone, to build on: pass `resolveBase: shippedVocabularies` to `loadDocuments`. */
export function shippedVocabularies(): Catalog {
  vocabularies ??= vocabulariesOf(sources);
  return vocabularies;
}
