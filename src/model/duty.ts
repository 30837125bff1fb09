import { z } from 'zod';
import { described } from './describe.js';
import { DutyIdSchema, ListIdSchema } from './ids.js';
import { listed } from './lists.js';
import { LocalizedListSchema, LocalizedTextSchema } from './text-schema.js';

/** One responsibility of a role. */
export const DutySchema = z
  .strictObject({
    id: DutyIdSchema.apply(
      described(
        'Unique within the role; `extends` overrides a parent duty with the same id.',
        '在岗位内唯一；`extends` 时会覆盖上级岗位中同编号的职责。',
      ),
    ),
    title: LocalizedTextSchema.apply(described('Short name of the duty.', '职责的简短名称。')),
    description: LocalizedTextSchema.optional().apply(
      described('What the duty involves, in a sentence or two.', '职责的内容，一两句话说明。'),
    ),
    category: ListIdSchema.apply(
      described(
        'The kind of work, used to group duties in comparisons (an id in the `categories` vocabulary).',
        '工作的类别，比较岗位时用来给职责分组（`categories` 词汇表中的编号）。',
      ),
    )
      .apply(listed('categories'))
      .optional(),
    activities: z
      .array(LocalizedTextSchema)
      .optional()
      .apply(described('Concrete, everyday activities that carry out the duty.', '落实这项职责的具体日常工作。')),
    keywords: LocalizedListSchema.optional().apply(
      described(
        'Words that identify the duty in free text (job descriptions, queries), per language.',
        '在自由文本（职位描述、查询）中识别这项职责的词语，按语言分列。',
      ),
    ),
  })
  .apply(described('A duty (responsibility) of the role.', '岗位的一项职责。'));
export type Duty = z.infer<typeof DutySchema>;
