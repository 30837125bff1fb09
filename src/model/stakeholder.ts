import { z } from 'zod';
import { listed } from './lists.js';
import { described } from './describe.js';
import { RoleIdSchema, VocabIdSchema } from './ids.js';
import { modelMessage, refinement } from './messages.js';
import { LocalizedTextSchema } from './text-schema.js';

export const StakeholderSchema = z
  .strictObject({
    audience: VocabIdSchema.apply(
      described(
        'Whom the role works with (an id in the `audiences` vocabulary).',
        '岗位打交道的对象（`audiences` 词汇表中的编号）。',
      ),
    ).apply(listed('audiences')),
    channels: z
      .array(VocabIdSchema.clone().apply(listed('channels')))
      .optional()
      .apply(described('How (ids in the `channels` vocabulary).', '沟通方式（`channels` 词汇表中的编号）。')),
    purpose: LocalizedTextSchema.optional().apply(described('What the contact is for.', '沟通的目的。')),
    style: LocalizedTextSchema.optional().apply(
      described('The tone and manner the contact calls for.', '沟通所需的语气与方式。'),
    ),
  })
  .apply(
    described(
      'An audience the role communicates with, and through which channels.',
      '岗位的一类沟通对象，以及沟通方式。',
    ),
  );
export type Stakeholder = z.infer<typeof StakeholderSchema>;

export const CAREER_TRACKS = ['management', 'professional', 'lateral'] as const;

export const CareerStepSchema = z
  .strictObject({
    to: RoleIdSchema.optional().apply(
      described('The next role, when it is in the catalog.', '下一个岗位（目录中有该岗位时）。'),
    ),
    title: LocalizedTextSchema.optional().apply(
      described('The next position, when it is not a catalog role.', '下一个职位（不是目录中的岗位时）。'),
    ),
    track: z
      .enum(CAREER_TRACKS)
      .apply(
        described(
          'management: leads people; professional: deeper expertise; lateral: a move to another field.',
          'management：带领团队；professional：深耕专业；lateral：转到其他领域。',
        ),
      ),
    note: LocalizedTextSchema.optional().apply(described('What the move involves.', '这一步发展意味着什么。')),
  })
  .refine((s) => (s.to === undefined) !== (s.title === undefined), refinement(modelMessage('CAREER_STEP_TARGET', {})))
  .apply(described('A possible next step from this role.', '从该岗位出发可能的下一步发展。'));
export type CareerStep = z.infer<typeof CareerStepSchema>;
