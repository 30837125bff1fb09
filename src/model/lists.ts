import { z } from 'zod';
import type { ArchitectureKind } from './defaults.js';

/**
 * The catalog-defined list a field takes its values from: the level ladder, the tracks, one of the architecture
 * vocabularies (categories, domains, orientations, settings) or another vocabulary. The schema only checks the id's
 * form; the catalog checks membership, and the JSON Schema of a catalog turns the field into an enum of its ids.
 */
export type ListKind =
  | 'levels'
  | 'tracks'
  | ArchitectureKind
  | 'families'
  | 'kpis'
  | 'skills'
  | 'traits'
  | 'tools'
  | 'certifications'
  | 'fields'
  | 'audiences'
  | 'channels';

const LISTS = z.registry<{ list: ListKind }>();

/** Marks a field as taking its values from a catalog list; apply after `described`, as the last step. */
export function listed(list: ListKind): <S extends z.ZodType>(schema: S) => S {
  return (schema) => {
    LISTS.add(schema, { list });
    return schema;
  };
}

/** The list a schema takes its values from, if any. */
export function listOf(schema: z.core.$ZodType): ListKind | undefined {
  return LISTS.get(schema)?.list;
}
