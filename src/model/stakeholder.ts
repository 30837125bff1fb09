import { z } from 'zod';
import { RoleIdSchema, VocabIdSchema } from './ids.js';
import { LocalizedTextSchema } from './text.js';

export const StakeholderSchema = z
  .strictObject({
    audience: VocabIdSchema.describe('Whom the role works with (an id in the `audiences` vocabulary).'),
    channels: z.array(VocabIdSchema).optional().describe('How (ids in the `channels` vocabulary).'),
    purpose: LocalizedTextSchema.optional().describe('What the contact is for.'),
    style: LocalizedTextSchema.optional().describe('The tone and manner the contact calls for.'),
  })
  .describe('An audience the role communicates with, and through which channels.');
export type Stakeholder = z.infer<typeof StakeholderSchema>;

export const CAREER_TRACKS = ['management', 'professional', 'lateral'] as const;

export const CareerStepSchema = z
  .strictObject({
    to: RoleIdSchema.optional().describe('The next role, when it is in the catalog.'),
    title: LocalizedTextSchema.optional().describe('The next position, when it is not a catalog role.'),
    track: z
      .enum(CAREER_TRACKS)
      .describe('management: leads people; professional: deeper expertise; lateral: a move to another field.'),
    note: LocalizedTextSchema.optional().describe('What the move involves.'),
  })
  .refine((s) => (s.to === undefined) !== (s.title === undefined), {
    message: 'A career step names exactly one of `to` (a catalog role) or `title` (a position outside the catalog).',
  })
  .describe('A possible next step from this role.');
export type CareerStep = z.infer<typeof CareerStepSchema>;
