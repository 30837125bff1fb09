import { z } from 'zod';
import { DutyIdSchema } from './ids.js';
import { LocalizedListSchema, LocalizedTextSchema } from './text.js';

export const DUTY_CATEGORIES = [
  'team-leadership',
  'service-standards',
  'customer-issues',
  'relationship',
  'quality',
  'operations',
  'analysis',
  'collaboration',
  'training',
  'planning',
  'execution',
  'monitoring',
  'risk',
  'closing',
  'commercial',
  'governance',
  'improvement',
] as const;

/** One responsibility of a role. */
export const DutySchema = z
  .strictObject({
    id: DutyIdSchema.describe('Unique within the role; `extends` overrides a parent duty with the same id.'),
    title: LocalizedTextSchema.describe('Short name of the duty.'),
    description: LocalizedTextSchema.optional().describe('What the duty involves, in a sentence or two.'),
    category: z.enum(DUTY_CATEGORIES).optional().describe('The kind of work, used to group duties in comparisons.'),
    activities: z
      .array(LocalizedTextSchema)
      .optional()
      .describe('Concrete, everyday activities that carry out the duty.'),
    keywords: LocalizedListSchema.optional().describe(
      'Words that identify the duty in free text (job descriptions, queries), per language.',
    ),
  })
  .describe('A duty (responsibility) of the role.');
export type Duty = z.infer<typeof DutySchema>;
