// Fixed lists of names in the model, apart from the zod schemas that use them: an engine that needs a list (and
// the types, which `import type` gets for free) loads no zod.
import { ARCHITECTURE_KINDS } from './defaults.js';

/** The vocabularies role fields take their ids from. */
export const REFERENCED_KINDS = [
  'families',
  'kpis',
  'skills',
  'traits',
  'tools',
  'certifications',
  'fields',
  'audiences',
  'channels',
  ...ARCHITECTURE_KINDS,
] as const;
export type ReferencedKind = (typeof REFERENCED_KINDS)[number];
/**
 * Every vocabulary: those roles refer to, and `synonyms`, the catalog's additions to the matching thesaurus (each
 * entry's label and aliases, in both languages, mean one thing; src/match/).
 */
export const VOCABULARY_KINDS = [...REFERENCED_KINDS, 'synonyms'] as const;
export type VocabularyKind = (typeof VOCABULARY_KINDS)[number];

/** How intense the workload is, lowest first. */
export const INTENSITIES = ['low', 'moderate', 'high'] as const;
export const ROUTINES = ['standardized', 'mixed', 'varied'] as const;
