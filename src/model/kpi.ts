import { z } from 'zod';
import { listed } from './lists.js';
import { described } from './describe.js';
import { VocabIdSchema } from './ids.js';
import { LocalizedTextSchema } from './text-schema.js';

export const KPI_UNITS = [
  'percent',
  'seconds',
  'minutes',
  'hours',
  'days',
  'count',
  'score',
  'ratio',
  'currency',
] as const;
export const KPI_FREQUENCIES = [
  'daily',
  'weekly',
  'monthly',
  'quarterly',
  'semiannual',
  'annual',
  'per-project',
  'per-contact',
  'continuous',
] as const;
export const KPI_OPERATORS = ['>=', '<=', '>', '<', '=', 'between'] as const;

export const NumericTargetSchema = z
  .strictObject({
    op: z
      .enum(KPI_OPERATORS)
      .apply(described('How the measured value is compared with `value`.', '实测值与 `value` 的比较方式。')),
    value: z
      .number()
      .apply(described('The target value (the lower bound for `between`).', '目标值（`between` 时为下限）。')),
    max: z.number().optional().apply(described('The upper bound, only for `between`.', '上限，仅用于 `between`。')),
    unit: z
      .enum(KPI_UNITS)
      .optional()
      .apply(described("Unit of the value; defaults to the KPI's unit.", '取值的单位；默认为该指标的单位。')),
  })
  .apply(
    described(
      'A measurable target, e.g. `{ op: ">=", value: 90, unit: percent }`.',
      '可衡量的目标，例如 `{ op: ">=", value: 90, unit: percent }`。',
    ),
  );

export const QualitativeTargetSchema = z
  .strictObject({
    text: LocalizedTextSchema.apply(described('What good looks like, in words.', '用文字描述怎样算做得好。')),
  })
  .apply(described('A target described in words, for qualitative KPIs.', '用文字描述的目标，用于定性指标。'));

export const KpiTargetSchema = z
  .union([NumericTargetSchema, QualitativeTargetSchema])
  .apply(described('The target of the KPI.', '指标的目标。'));
export type KpiTarget = z.infer<typeof KpiTargetSchema>;

/** A role's use of a KPI defined in the `kpis` vocabulary. */
export const RoleKpiSchema = z
  .strictObject({
    ref: VocabIdSchema.apply(described('An id in the `kpis` vocabulary.', '`kpis` 词汇表中的编号。')).apply(
      listed('kpis'),
    ),
    target: KpiTargetSchema.optional(),
    frequency: z
      .enum(KPI_FREQUENCIES)
      .optional()
      .apply(described('How often the KPI is measured.', '指标的衡量频率。')),
    dataSource: LocalizedTextSchema.optional().apply(
      described(
        "Where the measurement comes from; defaults to the KPI's own.",
        '衡量数据的来源；默认为该指标自身的数据来源。',
      ),
    ),
    weight: z
      .number()
      .min(0)
      .max(100)
      .optional()
      .apply(
        described(
          'Share of the appraisal in percent; when any KPI of a role has a weight, they must sum to 100.',
          '在考核中所占的百分比；岗位中只要有一个指标设了权重，全部权重之和就必须为 100。',
        ),
      ),
    note: LocalizedTextSchema.optional().apply(described('How this role applies the KPI.', '本岗位如何运用该指标。')),
  })
  .apply(described('A KPI the role is measured on.', '衡量该岗位的一项绩效指标。'));
export type RoleKpi = z.infer<typeof RoleKpiSchema>;
