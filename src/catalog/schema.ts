import { roleJsonSchema, type SchemaLists } from '../model/document.js';
import type { ListKind } from '../model/lists.js';
import type { VocabularyKind } from '../model/vocabulary.js';
import type { Catalog } from './catalog.js';

/** Vocabularies whose ids a role refers to, by the list each is. */
const VOCABULARY_LISTS = [
  'families',
  'kpis',
  'skills',
  'traits',
  'tools',
  'certifications',
  'fields',
  'audiences',
  'channels',
  'categories',
  'domains',
  'orientations',
  'settings',
] as const satisfies readonly (ListKind & VocabularyKind)[];

/** The values a catalog allows in each list-valued field, with their names. */
export function schemaLists(catalog: Catalog): SchemaLists {
  const lists: SchemaLists = {
    levels: catalog.architecture.levels,
    tracks: catalog.architecture.tracks,
  };
  for (const kind of VOCABULARY_LISTS) lists[kind] = [...catalog.vocabularies[kind].values()];
  return lists;
}

/**
 * The JSON Schema of a catalog's documents: the generic one, with the catalog's levels, tracks, categories, domains,
 * orientations, settings and vocabulary ids as enums, so an editor completes them in the catalog's role files.
 */
export function catalogJsonSchema(catalog: Catalog): Record<string, unknown> {
  return roleJsonSchema(schemaLists(catalog));
}
