import { z } from 'zod';
import { VocabIdSchema } from './ids.js';
import { KPI_UNITS } from './kpi.js';
import { ApiVersionSchema } from './role.js';
import { LocalizedListSchema, LocalizedTextSchema } from './text.js';

export const VOCABULARY_KINDS = [
  'families',
  'kpis',
  'skills',
  'traits',
  'tools',
  'certifications',
  'fields',
  'audiences',
  'channels',
] as const;
export type VocabularyKind = (typeof VOCABULARY_KINDS)[number];

/** Keys only KPI entries may carry. */
export const KPI_ONLY_KEYS = ['type', 'unit', 'direction', 'rubric', 'dataSource'] as const;

export const VocabularyEntrySchema = z
  .strictObject({
    id: VocabIdSchema.describe('Unique within the vocabulary; roles refer to the entry by this id.'),
    label: LocalizedTextSchema.describe('The name shown to people.'),
    description: LocalizedTextSchema.optional().describe('What the entry means.'),
    aliases: LocalizedListSchema.optional().describe('Other names, used for matching free text.'),
    type: z
      .enum(['quantitative', 'qualitative'])
      .optional()
      .describe('KPIs only: measured by a number or judged against a rubric.'),
    unit: z.enum(KPI_UNITS).optional().describe('KPIs only: the unit of measurement.'),
    direction: z
      .enum(['higher', 'lower'])
      .optional()
      .describe('KPIs only: whether a higher or a lower value is better.'),
    rubric: z.array(LocalizedTextSchema).optional().describe('KPIs only: how a qualitative KPI is judged.'),
    dataSource: LocalizedTextSchema.optional().describe('KPIs only: where the measurement usually comes from.'),
  })
  .describe('One entry of a vocabulary.');
export type VocabularyEntry = z.infer<typeof VocabularyEntrySchema>;

export const VocabularySchema = z
  .strictObject({
    apiVersion: ApiVersionSchema,
    kind: z.literal('Vocabulary').describe('The document kind.'),
    vocabulary: z.enum(VOCABULARY_KINDS).describe('Which vocabulary the entries belong to.'),
    entries: z.array(VocabularyEntrySchema).describe('The entries.'),
  })
  .superRefine((doc, ctx) => {
    doc.entries.forEach((entry, i) => {
      if (doc.vocabulary === 'kpis') {
        if (entry.type === undefined) {
          ctx.addIssue({
            code: 'custom',
            path: ['entries', i],
            message: 'A KPI needs a `type`: quantitative or qualitative.',
            params: { rolematrix: 'MISSING_KEY', key: 'type' },
          });
        } else if (entry.type === 'quantitative' && entry.direction === undefined) {
          ctx.addIssue({
            code: 'custom',
            path: ['entries', i],
            message: 'A quantitative KPI needs a `direction`: higher or lower (which is better).',
            params: { rolematrix: 'MISSING_KEY', key: 'direction' },
          });
        }
        return;
      }
      for (const key of KPI_ONLY_KEYS) {
        if (entry[key] !== undefined) {
          ctx.addIssue({
            code: 'custom',
            path: ['entries', i, key],
            message: `\`${key}\` belongs to KPI entries only; remove it from this ${doc.vocabulary} entry.`,
            params: { rolematrix: 'UNKNOWN_KEY', key },
          });
        }
      }
    });
  })
  .describe('A shared vocabulary: every concept gets one id and bilingual labels.');
export type Vocabulary = z.infer<typeof VocabularySchema>;

export const CatalogSettingsSchema = z
  .strictObject({
    apiVersion: ApiVersionSchema,
    kind: z.literal('Catalog').describe('The document kind.'),
    name: LocalizedTextSchema.describe('The name of the catalog.'),
    description: LocalizedTextSchema.optional().describe('What the catalog holds and where it comes from.'),
    languages: z
      .array(z.enum(['zh', 'en']))
      .min(1)
      .describe('Languages every label must exist in; with both, a label in one language only is reported.'),
    rules: z
      .record(
        z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'A rule is named by its code, e.g. LINT_ROLE_WITHOUT_KPI.'),
        z.enum(['error', 'warning', 'info', 'off']),
      )
      .optional()
      .describe(
        'Severity per rule code of `rolematrix lint` and `rolematrix raci` (error, warning, info, or off to silence it).',
      ),
    raci: z
      .strictObject({
        maxAccountable: z
          .number()
          .int()
          .min(1)
          .optional()
          .describe('A role that is A on more activities of one matrix than this is overloaded (default 5).'),
      })
      .optional()
      .describe('Settings of the responsibility-matrix checks.'),
  })
  .describe('Settings of the catalog as a whole (one `kind: Catalog` document per catalog).');
export type CatalogSettings = z.infer<typeof CatalogSettingsSchema>;
