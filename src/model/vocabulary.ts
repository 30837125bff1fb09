import { z } from 'zod';
import { described } from './describe.js';
import { ArchitectureSchema } from './architecture.js';
import { VOCABULARY_KINDS } from './enums.js';
import { VocabIdSchema } from './ids.js';
import { KPI_UNITS } from './kpi.js';
import { modelMessage, patterned, refinement } from './messages.js';
import { ApiVersionSchema } from './role.js';
import { LocalizedListSchema, LocalizedTextSchema } from './text-schema.js';

/** Keys only KPI entries may carry. */
export const KPI_ONLY_KEYS = ['type', 'unit', 'direction', 'rubric', 'dataSource'] as const;

export const VocabularyEntrySchema = z
  .strictObject({
    id: VocabIdSchema.apply(
      described(
        'Unique within the vocabulary; roles refer to the entry by this id.',
        '在词汇表内唯一；岗位用这个编号引用该条目。',
      ),
    ),
    label: LocalizedTextSchema.apply(described('The name shown to people.', '显示给人看的名称。')),
    description: LocalizedTextSchema.optional().apply(described('What the entry means.', '条目的含义。')),
    aliases: LocalizedListSchema.optional().apply(
      described('Other names, used for matching free text.', '其他名称，用于匹配自由文本。'),
    ),
    type: z
      .enum(['quantitative', 'qualitative'])
      .optional()
      .apply(
        described(
          'KPIs only: measured by a number or judged against a rubric.',
          '仅用于绩效指标：用数字衡量，或按评分标准评判。',
        ),
      ),
    unit: z
      .enum(KPI_UNITS)
      .optional()
      .apply(described('KPIs only: the unit of measurement.', '仅用于绩效指标：计量单位。')),
    direction: z
      .enum(['higher', 'lower'])
      .optional()
      .apply(
        described(
          'KPIs only: whether a higher or a lower value is better.',
          '仅用于绩效指标：数值越高越好还是越低越好。',
        ),
      ),
    rubric: z
      .array(LocalizedTextSchema)
      .optional()
      .apply(described('KPIs only: how a qualitative KPI is judged.', '仅用于绩效指标：定性指标的评判标准。')),
    dataSource: LocalizedTextSchema.optional().apply(
      described('KPIs only: where the measurement usually comes from.', '仅用于绩效指标：衡量数据通常的来源。'),
    ),
  })
  .apply(described('One entry of a vocabulary.', '词汇表中的一个条目。'));
export type VocabularyEntry = z.infer<typeof VocabularyEntrySchema>;

export const VocabularySchema = z
  .strictObject({
    apiVersion: ApiVersionSchema,
    kind: z.literal('Vocabulary').apply(described('The document kind.', '文档类型。')),
    vocabulary: z
      .enum(VOCABULARY_KINDS)
      .apply(described('Which vocabulary the entries belong to.', '条目所属的词汇表。')),
    entries: z.array(VocabularyEntrySchema).apply(described('The entries.', '条目。')),
  })
  .superRefine((doc, ctx) => {
    doc.entries.forEach((entry, i) => {
      if (doc.vocabulary === 'kpis') {
        if (entry.type === undefined) {
          ctx.addIssue({
            code: 'custom',
            path: ['entries', i],
            ...refinement(modelMessage('KPI_TYPE_MISSING', {}), { rolematrix: 'MISSING_KEY', key: 'type' }),
          });
        } else if (entry.type === 'quantitative' && entry.direction === undefined) {
          ctx.addIssue({
            code: 'custom',
            path: ['entries', i],
            ...refinement(modelMessage('KPI_DIRECTION_MISSING', {}), { rolematrix: 'MISSING_KEY', key: 'direction' }),
          });
        }
        return;
      }
      for (const key of KPI_ONLY_KEYS) {
        if (entry[key] !== undefined) {
          ctx.addIssue({
            code: 'custom',
            path: ['entries', i, key],
            ...refinement(modelMessage('KPI_ONLY_KEY', { key, vocabulary: doc.vocabulary }), {
              rolematrix: 'UNKNOWN_KEY',
              key,
            }),
          });
        }
      }
    });
  })
  .apply(
    described(
      'A shared vocabulary: every concept gets one id and bilingual labels.',
      '共用的词汇表：每个概念有一个编号和中英文名称。',
    ),
  );
export type Vocabulary = z.infer<typeof VocabularySchema>;

export const CatalogSettingsSchema = z
  .strictObject({
    apiVersion: ApiVersionSchema,
    kind: z.literal('Catalog').apply(described('The document kind.', '文档类型。')),
    name: LocalizedTextSchema.apply(described('The name of the catalog.', '目录的名称。')),
    description: LocalizedTextSchema.optional().apply(
      described('What the catalog holds and where it comes from.', '目录包含什么内容、来自何处。'),
    ),
    buildsOn: z
      .literal('shipped')
      .optional()
      .apply(
        described(
          "`shipped`: build on the vocabularies of rolematrix's shipped catalog (families, KPIs, skills, …, and the built-in categories, domains, orientations and settings); this catalog's entries add to them.",
          '`shipped`：以 rolematrix 自带目录的词汇表（岗位族、绩效指标、技能等，以及内置的职责类别、权限领域、导向和工作场所）为基础；本目录的条目在其上增加。',
        ),
      ),
    architecture: ArchitectureSchema.optional(),
    languages: z
      .array(z.enum(['zh', 'en']))
      .min(1)
      .apply(
        described(
          'Languages every label must exist in; with both, a label in one language only is reported.',
          '每个名称都必须具备的语言；同时声明两种语言时，只有一种语言的名称会被报告。',
        ),
      ),
    rules: z
      .record(
        patterned(/^[A-Z][A-Z0-9_]*$/, modelMessage('RULE_CODE_FORMAT', {})),
        z.enum(['error', 'warning', 'info', 'off']),
      )
      .optional()
      .apply(
        described(
          'Severity per rule code of `rolematrix lint` and `rolematrix raci` (error, warning, info, or off to silence it).',
          '`rolematrix lint` 和 `rolematrix raci` 各规则代码的严重程度（error、warning、info，或 off 关闭该规则）。',
        ),
      ),
    raci: z
      .strictObject({
        maxAccountable: z
          .number()
          .int()
          .min(1)
          .optional()
          .apply(
            described(
              'A role that is A on more activities of one matrix than this is overloaded (default 5).',
              '一个岗位在同一矩阵中担任 A 的活动数超过此值即为负荷过重（默认 5）。',
            ),
          ),
      })
      .optional()
      .apply(described('Settings of the responsibility-matrix checks.', '责任矩阵检查的设置。')),
  })
  .apply(
    described(
      'Settings of the catalog as a whole (one `kind: Catalog` document per catalog).',
      '整个目录的设置（每个目录一个 `kind: Catalog` 文档）。',
    ),
  );
export type CatalogSettings = z.infer<typeof CatalogSettingsSchema>;
