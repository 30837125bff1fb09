import type {
  CareerStep,
  Duty,
  LocalizedText,
  Permission,
  RoleId,
  RoleKpi,
  SkillRequirement,
  Stakeholder,
} from '../model/index.js';

/** The dimensions two roles are compared on, in the order tables show them. */
export const DIMENSIONS = [
  'duties',
  'focus',
  'orientation',
  'permissions',
  'education',
  'experience',
  'skills',
  'traits',
  'certifications',
  'tools',
  'knowledge',
  'kpis',
  'stakeholders',
  'channels',
  'career',
  'level',
  'workEnvironment',
] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** The item type of each dimension's lists. Scalar-only dimensions have no items. */
export interface DimensionItems {
  duties: Duty;
  focus: LocalizedText;
  orientation: never;
  permissions: Permission;
  /** Preferred fields of study (ids in the `fields` vocabulary); the minimum level is a scalar. */
  education: string;
  /** Where the experience should come from; the years are scalars. */
  experience: LocalizedText;
  skills: SkillRequirement;
  traits: string;
  certifications: string;
  tools: string;
  knowledge: LocalizedText;
  kpis: RoleKpi;
  stakeholders: Stakeholder;
  channels: string;
  career: CareerStep;
  level: never;
  /** Work settings (office, call-center, …); intensity and routine are scalars. */
  workEnvironment: string;
}

/** Whether a difference makes B demand (or hold) more than A, or less. */
export type Effect = 'raised' | 'lowered';

/** One field-level difference, microdiff-style: where, from what, to what. */
export interface FieldChange {
  /** Path inside the item or the role, e.g. `authority`, `target.value`, `qualifications.education.minimum`. */
  path: string;
  from?: unknown;
  to?: unknown;
  /** Set when the field is ordered: a higher authority, a tighter KPI target, more years, a higher level. */
  effect?: Effect;
}

export interface Keyed<T> {
  key: string;
  item: T;
}
export interface Matched<T> {
  key: string;
  a: T;
  b: T;
}
export interface Changed<T> extends Matched<T> {
  changes: FieldChange[];
}
export interface Similar<T> {
  keyA: string;
  keyB: string;
  a: T;
  b: T;
  /** Text similarity 0–1 (Dice coefficient over words of both languages). */
  score: number;
}

export interface DimensionComparison<D extends Dimension = Dimension> {
  dimension: D;
  /** Same id (or vocabulary ref) and no differences in the compared fields. */
  shared: Matched<DimensionItems[D]>[];
  /** Same id, with field-level differences. */
  changed: Changed<DimensionItems[D]>[];
  /** Different ids whose text is close enough; each item appears in at most one pair. */
  similar: Similar<DimensionItems[D]>[];
  onlyA: Keyed<DimensionItems[D]>[];
  onlyB: Keyed<DimensionItems[D]>[];
  /** Differences in the dimension's single values: level, orientation, education minimum, years, intensity, … */
  scalars: FieldChange[];
  /** 0–1, or null when neither role says anything in this dimension. */
  score: number | null;
}

export type DimensionComparisons = { [D in Dimension]: DimensionComparison<D> };

export interface RoleComparison {
  a: RoleId;
  b: RoleId;
  dimensions: DimensionComparisons;
  /** Weighted mean of the dimension scores that are not null; see docs/compare.md. */
  score: number;
}

export interface CompareOptions {
  /** Lowest text similarity for two differently-identified items to count as similar. Default 0.3. */
  similarThreshold?: number;
}
