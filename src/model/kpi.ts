import { z } from 'zod';
import { VocabIdSchema } from './ids.js';
import { LocalizedTextSchema } from './text.js';

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
    op: z.enum(KPI_OPERATORS).describe('How the measured value is compared with `value`.'),
    value: z.number().describe('The target value (the lower bound for `between`).'),
    max: z.number().optional().describe('The upper bound, only for `between`.'),
    unit: z.enum(KPI_UNITS).optional().describe("Unit of the value; defaults to the KPI's unit."),
  })
  .describe('A measurable target, e.g. `{ op: ">=", value: 90, unit: percent }`.');

export const QualitativeTargetSchema = z
  .strictObject({
    text: LocalizedTextSchema.describe('What good looks like, in words.'),
  })
  .describe('A target described in words, for qualitative KPIs.');

export const KpiTargetSchema = z
  .union([NumericTargetSchema, QualitativeTargetSchema])
  .describe('The target of the KPI.');
export type KpiTarget = z.infer<typeof KpiTargetSchema>;

/** A role's use of a KPI defined in the `kpis` vocabulary. */
export const RoleKpiSchema = z
  .strictObject({
    ref: VocabIdSchema.describe('An id in the `kpis` vocabulary.'),
    target: KpiTargetSchema.optional(),
    frequency: z.enum(KPI_FREQUENCIES).optional().describe('How often the KPI is measured.'),
    dataSource: LocalizedTextSchema.optional().describe("Where the measurement comes from; defaults to the KPI's own."),
    weight: z
      .number()
      .min(0)
      .max(100)
      .optional()
      .describe('Share of the appraisal in percent; when any KPI of a role has a weight, they must sum to 100.'),
    note: LocalizedTextSchema.optional().describe('How this role applies the KPI.'),
  })
  .describe('A KPI the role is measured on.');
export type RoleKpi = z.infer<typeof RoleKpiSchema>;
