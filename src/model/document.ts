import { z } from 'zod';
import { BUILTIN_LEVELS, BUILTIN_LISTS } from './defaults.js';
import { listOf, type ListKind } from './lists.js';
import { textIn, type LocalizedText } from './text.js';
import { RoleSchema } from './role.js';
import { ResponsibilityMatrixSchema } from './matrix.js';
import { CatalogSettingsSchema, VocabularySchema } from './vocabulary.js';

/** Each document kind and the schema that validates it. */
export const DOCUMENT_SCHEMAS = {
  Role: RoleSchema,
  Vocabulary: VocabularySchema,
  Catalog: CatalogSettingsSchema,
  ResponsibilityMatrix: ResponsibilityMatrixSchema,
} as const;
export type DocumentKind = keyof typeof DOCUMENT_SCHEMAS;
export const DOCUMENT_KINDS = Object.keys(DOCUMENT_SCHEMAS) as DocumentKind[];

/** The values a catalog allows in each list-valued field, with their names, for editor completion. */
export type SchemaLists = Partial<Record<ListKind, readonly { id: string; label: LocalizedText }[]>>;

/** The built-in lists: what the static schema offers, as the model's enums did. */
const BUILTIN_SCHEMA_LISTS: SchemaLists = { levels: BUILTIN_LEVELS, ...BUILTIN_LISTS };

/**
 * The JSON Schema (draft 2020-12) of every rolematrix document, generated from the zod model. A field that takes its
 * values from a catalog list becomes an enum of `lists[kind]` (default: the built-in level ladder, categories, domains,
 * orientations and settings), so an editor completes a catalog's own levels, tracks and vocabulary ids.
 */
export function roleJsonSchema(lists: SchemaLists = BUILTIN_SCHEMA_LISTS): Record<string, unknown> {
  const union = z
    .union([RoleSchema, VocabularySchema, CatalogSettingsSchema, ResponsibilityMatrixSchema])
    .describe(
      'A rolematrix document: a Role, a Vocabulary, the Catalog settings or a ResponsibilityMatrix, chosen by `kind`.',
    );
  const schema = z.toJSONSchema(union, {
    target: 'draft-2020-12',
    unrepresentable: 'any',
    io: 'input',
    override: ({ zodSchema, jsonSchema }) => {
      const kind = listOf(zodSchema);
      const values = kind === undefined ? undefined : lists[kind];
      if (values === undefined || values.length === 0) return;
      delete jsonSchema.pattern;
      jsonSchema.enum = values.map((v) => v.id);
      if (kind === 'levels') {
        const ascending = values.map(
          (v, i) => `${i + 1}. \`${v.id}\` (${textIn(v.label, 'zh')} / ${textIn(v.label, 'en')})`,
        );
        jsonSchema.description = `${jsonSchema.description ?? ''} Ascending: ${ascending.join('; ')}.`.trim();
      }
    },
  });
  return { ...schema, title: 'rolematrix document' };
}
