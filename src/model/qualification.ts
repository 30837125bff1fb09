import { z } from 'zod';
import { listed } from './lists.js';
import { described, descriptionOf } from './describe.js';
import { VocabIdSchema } from './ids.js';
import { modelMessage, refinement } from './messages.js';
import { EducationLevelSchema, SkillLevelSchema } from './scale-schemas.js';
import { LocalizedTextSchema } from './text-schema.js';

const education = descriptionOf(EducationLevelSchema);

/** A span of years; either end may be open. */
export const YearsRangeSchema = z
  .strictObject({
    min: z.number().min(0).max(60).optional().apply(described('At least this many years.', '至少多少年。')),
    max: z
      .number()
      .min(0)
      .max(60)
      .optional()
      .apply(described('At most this many years (omit for "or more").', '至多多少年（不设上限时省略）。')),
  })
  .refine(
    (r) => r.min === undefined || r.max === undefined || r.min <= r.max,
    refinement(modelMessage('YEARS_RANGE_ORDER', {})),
  )
  .apply(described('A range of years, e.g. `{ min: 3, max: 5 }`.', '年限范围，例如 `{ min: 3, max: 5 }`。'));
export type YearsRange = z.infer<typeof YearsRangeSchema>;

export const EducationSchema = z
  .strictObject({
    minimum: EducationLevelSchema.apply(
      described(`The lowest acceptable education. ${education?.en ?? ''}`, `可接受的最低学历。${education?.zh ?? ''}`),
    ),
    fields: z
      .array(VocabIdSchema.clone().apply(listed('fields')))
      .optional()
      .apply(
        described(
          'Preferred fields of study (ids in the `fields` vocabulary).',
          '优先的专业（`fields` 词汇表中的编号）。',
        ),
      ),
    note: LocalizedTextSchema.optional().apply(described('Anything else about education.', '关于学历的其他说明。')),
  })
  .apply(described('Education requirement.', '学历要求。'));
export type Education = z.infer<typeof EducationSchema>;

export const ExperienceSchema = z
  .strictObject({
    years: YearsRangeSchema.optional().apply(described('Years of relevant work experience.', '相关工作经验的年限。')),
    management: z
      .strictObject({
        years: YearsRangeSchema.apply(described('Years spent managing people.', '带团队管理人员的年限。')),
      })
      .optional()
      .apply(described('Management experience, counted on its own.', '管理经验，单独计算。')),
    areas: z
      .array(LocalizedTextSchema)
      .optional()
      .apply(described('Where the experience should come from.', '经验应来自哪些领域。')),
  })
  .apply(described('Experience requirement.', '经验要求。'));
export type Experience = z.infer<typeof ExperienceSchema>;

export const SkillRequirementSchema = z
  .strictObject({
    ref: VocabIdSchema.apply(described('An id in the `skills` vocabulary.', '`skills` 词汇表中的编号。')).apply(
      listed('skills'),
    ),
    level: SkillLevelSchema,
  })
  .apply(described('A skill and the proficiency the role needs.', '岗位所需的一项技能及其熟练程度。'));
export type SkillRequirement = z.infer<typeof SkillRequirementSchema>;

export const QualificationsSchema = z
  .strictObject({
    education: EducationSchema.optional(),
    experience: ExperienceSchema.optional(),
    skills: z.array(SkillRequirementSchema).optional().apply(described('Skills with levels.', '技能及其等级。')),
    traits: z
      .array(VocabIdSchema.clone().apply(listed('traits')))
      .optional()
      .apply(
        described('Personal qualities (ids in the `traits` vocabulary).', '个人素质（`traits` 词汇表中的编号）。'),
      ),
    certifications: z
      .array(VocabIdSchema.clone().apply(listed('certifications')))
      .optional()
      .apply(
        described(
          'Certifications (ids in the `certifications` vocabulary).',
          '证书（`certifications` 词汇表中的编号）。',
        ),
      ),
    tools: z
      .array(VocabIdSchema.clone().apply(listed('tools')))
      .optional()
      .apply(
        described(
          'Tools and methods the role uses (ids in the `tools` vocabulary).',
          '岗位使用的工具与方法（`tools` 词汇表中的编号）。',
        ),
      ),
    knowledge: z
      .array(LocalizedTextSchema)
      .optional()
      .apply(described('Bodies of knowledge the role must know.', '岗位必须掌握的专业知识。')),
  })
  .apply(described('What a person needs to hold the role.', '担任该岗位所需的任职资格。'));
export type Qualifications = z.infer<typeof QualificationsSchema>;
