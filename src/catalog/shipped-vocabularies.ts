import type { SourceFile } from '../source/document.js';
import type { Catalog } from './catalog.js';
import { loadDocuments } from './load.js';

/** The vocabulary files among the shipped catalog's sources (paths as `roles/vocabulary/…`). */
const isVocabulary = (s: SourceFile) => s.path.replace(/\\/g, '/').includes('roles/vocabulary/');

/**
 * A catalog holding only the shipped vocabularies (and the built-in lists), for catalogs that say `buildsOn: shipped`.
 * The shipped roles are not part of it.
 */
export function vocabulariesOf(sources: readonly SourceFile[]): Catalog {
  return loadDocuments(sources.filter(isVocabulary)).catalog;
}
