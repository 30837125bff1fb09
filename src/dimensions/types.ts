import type { Catalog } from '../catalog/catalog.js';
import type { Bilingual } from '../errors.js';
import type { Role } from '../model/index.js';
import type { Lang } from '../model/text.js';
import type { Scale } from '../model/scales.js';
import type { ChangeKind } from './changes.js';

/** Whether a difference makes B demand (or hold) more than A, or less. */
export type Effect = 'raised' | 'lowered';

/** Whether a change makes the role demand more of its holder, less, or neither. */
export type Demand = 'raises' | 'lowers' | 'neutral';

/** One field-level difference, microdiff-style: where, from what, to what. */
export interface FieldChange {
  /** Path inside the item or the role, e.g. `authority`, `target.value`, `qualifications.education.minimum`. */
  path: string;
  from?: unknown;
  to?: unknown;
  /** Set when the field is ordered: a higher authority, a tighter KPI target, more years, a higher level. */
  effect?: Effect;
}

/** How one field of a list item is compared and shown. */
export interface FieldSpec<I, V> {
  label: Bilingual;
  /** The value compared (default: the item's field of that name). */
  read?(item: I): unknown;
  /** The direction of a change, for ordered fields (authority, skill level, a KPI target). */
  effect?(a: V, b: V, itemA: I, catalog: Catalog): Effect | undefined;
  /** Equality, when JSON equality is too strict (a set of channels in any order). */
  same?(a: V, b: V): boolean;
  /** A value as text (default: text, label or JSON of the value). */
  show?(v: V, lang: Lang, catalog: Catalog): string;
}

/**
 * The fields of an item that a comparison diffs, in the order changes are listed: every field of the item but its
 * key needs an entry, so a field added to the model and not here is a compile error.
 */
export type FieldSpecs<I, Key extends keyof I> = { [F in Exclude<keyof I, Key> & string]-?: FieldSpec<I, I[F]> };

/** How a list dimension reads its items from a role, keys them and finds their words. */
export interface ListSpec<I> {
  items(role: Role): readonly I[];
  key(item: I): string;
  words(item: I, catalog: Catalog): Set<string>;
  /** Words of the item's name alone, when it has more text than a name; similarity weighs both halves equally. */
  titleWords?(item: I, catalog: Catalog): Set<string>;
  /** The compared fields; absent when an item is its key (a vocabulary id, a text). */
  fields?: { readonly [field: string]: FieldSpec<I, never> };
  /**
   * The compared fields as one string (default: the item as JSON). Two items with one key differ exactly when their
   * fingerprints differ, so the score-only path can skip the field diff.
   */
  fingerprint?(item: I): string;
  /** The lines that show one item: its name first, then details (a duty's activities) unless `details` is false. */
  describe(item: I, catalog: Catalog, lang: Lang, details: boolean): string[];
}

/** An order a catalog defines: where a value stands, and how far apart the ends are. */
export interface CatalogOrder {
  position(value: string): number | undefined;
  span: number;
}

/** One single-valued part of a dimension (a level, a minimum, a number of years). */
export interface ScalarPart {
  path: string;
  label: Bilingual;
  read(role: Role): string | number | undefined;
  /**
   * Ordered values: an ordinal scale, a list of values in order, 'number', or an order the catalog defines (its level
   * ladder). Unordered when absent.
   */
  order?: Scale<string> | 'number' | readonly string[] | ((catalog: Catalog) => CatalogOrder);
  /** The value as text (default: the value itself). */
  describe?(value: string, lang: Lang, catalog: Catalog): string;
}

/** A free text inside a dimension that its comparison does not score; a diff still reports an edit to it. */
interface NoteSpec {
  path: string;
  label: Bilingual;
  read(role: Role): unknown;
  kind: ChangeKind;
  /** Shown with the dimension's values in comparison tables. */
  shown?: boolean;
}

/** How a version diff classifies the changes of a dimension. */
export interface ChangeSpec {
  /** Kinds of an item gained and lost, and what gaining one does to the demand on the holder. */
  added: ChangeKind;
  removed: ChangeKind;
  addedDemand: 'raises' | 'neutral';
  /** The kind of a field change of an item held in both versions. */
  changed: (f: FieldChange) => ChangeKind;
  /** Whether a changed field's demand follows its effect (`raises` when raised) or is always neutral. */
  changedDemand: 'effect' | 'neutral';
  /** Whether the single values' changes come before the items' (a dimension that reads like one field). */
  scalarsFirst?: boolean;
  /** The kind and demand of a change of a single value. */
  scalar: (f: FieldChange) => { kind: ChangeKind; demand: Demand };
}

/** Everything rolematrix knows about one comparison dimension. */
export interface DimensionSpec<I> {
  /** Its name in tables, in both languages. */
  label: Bilingual;
  /** How much it counts in the overall similarity. */
  weight: number;
  /** Its list of items, when it has one. */
  list?: ListSpec<I>;
  /** Its single values. */
  scalars?: readonly ScalarPart[];
  /** Free texts it holds that are not scored. */
  notes?: readonly NoteSpec[];
  /** How a diff reports its changes; absent when another dimension reports them (channels, from stakeholders). */
  changes?: ChangeSpec;
}
