import { z } from 'zod';
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

/** The JSON Schema (draft 2020-12) of every rolematrix document, generated from the zod model. */
export function roleJsonSchema(): Record<string, unknown> {
  const union = z
    .union([RoleSchema, VocabularySchema, CatalogSettingsSchema, ResponsibilityMatrixSchema])
    .describe(
      'A rolematrix document: a Role, a Vocabulary, the Catalog settings or a ResponsibilityMatrix, chosen by `kind`.',
    );
  const schema = z.toJSONSchema(union, { target: 'draft-2020-12', unrepresentable: 'any', io: 'input' });
  return { ...schema, title: 'rolematrix document' };
}
