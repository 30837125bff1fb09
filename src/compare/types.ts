import type { Dimension, DimensionItems } from '../dimensions/registry.js';
import type { FieldChange } from '../dimensions/types.js';
import type { RoleId } from '../model/index.js';

export { DIMENSIONS, type Dimension, type DimensionItems } from '../dimensions/registry.js';
export type { Effect, FieldChange } from '../dimensions/types.js';

interface Keyed<T> {
  key: string;
  item: T;
}
interface Matched<T> {
  key: string;
  a: T;
  b: T;
}
interface Changed<T> extends Matched<T> {
  changes: FieldChange[];
}
interface Similar<T> {
  keyA: string;
  keyB: string;
  a: T;
  b: T;
  /** Text similarity 0–1 (weighted Dice over the terms of both languages; docs/compare.md). */
  score: number;
  /**
   * Why they matched: the terms both hold, in the matcher's form (stemmed words; a concept of the thesaurus or a
   * vocabulary entry as its key, `complaint`, `skills:negotiation`), heaviest first.
   */
  because: { words: string[]; concepts: string[] };
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
