import { z } from 'zod';
import { VocabIdSchema } from './ids.js';
import { EDUCATION, SKILL_LEVEL } from './scales.js';
import { LocalizedTextSchema } from './text.js';

/** A span of years; either end may be open. */
export const YearsRangeSchema = z
  .strictObject({
    min: z.number().min(0).max(60).optional().describe('At least this many years.'),
    max: z.number().min(0).max(60).optional().describe('At most this many years (omit for "or more").'),
  })
  .refine((r) => r.min === undefined || r.max === undefined || r.min <= r.max, {
    message: 'The minimum must not exceed the maximum.',
  })
  .describe('A range of years, e.g. `{ min: 3, max: 5 }`.');
export type YearsRange = z.infer<typeof YearsRangeSchema>;

export const EducationSchema = z
  .strictObject({
    minimum: EDUCATION.schema.describe(`The lowest acceptable education. ${EDUCATION.schema.description ?? ''}`),
    fields: z.array(VocabIdSchema).optional().describe('Preferred fields of study (ids in the `fields` vocabulary).'),
    note: LocalizedTextSchema.optional().describe('Anything else about education.'),
  })
  .describe('Education requirement.');
export type Education = z.infer<typeof EducationSchema>;

export const ExperienceSchema = z
  .strictObject({
    years: YearsRangeSchema.optional().describe('Years of relevant work experience.'),
    management: z
      .strictObject({
        years: YearsRangeSchema.describe('Years spent managing people.'),
      })
      .optional()
      .describe('Management experience, counted on its own.'),
    areas: z.array(LocalizedTextSchema).optional().describe('Where the experience should come from.'),
  })
  .describe('Experience requirement.');
export type Experience = z.infer<typeof ExperienceSchema>;

export const SkillRequirementSchema = z
  .strictObject({
    ref: VocabIdSchema.describe('An id in the `skills` vocabulary.'),
    level: SKILL_LEVEL.schema,
  })
  .describe('A skill and the proficiency the role needs.');
export type SkillRequirement = z.infer<typeof SkillRequirementSchema>;

export const QualificationsSchema = z
  .strictObject({
    education: EducationSchema.optional(),
    experience: ExperienceSchema.optional(),
    skills: z.array(SkillRequirementSchema).optional().describe('Skills with levels.'),
    traits: z.array(VocabIdSchema).optional().describe('Personal qualities (ids in the `traits` vocabulary).'),
    certifications: z
      .array(VocabIdSchema)
      .optional()
      .describe('Certifications (ids in the `certifications` vocabulary).'),
    tools: z
      .array(VocabIdSchema)
      .optional()
      .describe('Tools and methods the role uses (ids in the `tools` vocabulary).'),
    knowledge: z.array(LocalizedTextSchema).optional().describe('Bodies of knowledge the role must know.'),
  })
  .describe('What a person needs to hold the role.');
export type Qualifications = z.infer<typeof QualificationsSchema>;
