import { roleJsonSchema, type SchemaLists } from '../model/document.js';
import type { ListKind } from '../model/lists.js';
import { REFERENCED_KINDS } from '../model/enums.js';
import type { Catalog } from './catalog.js';

/** Every referenced vocabulary is a list a role field takes its ids from (a compile error if one is not). */
const VOCABULARY_LISTS = REFERENCED_KINDS satisfies readonly ListKind[];

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
