import type { Catalog } from '../catalog/catalog.js';
import { dequal } from 'dequal';
import { DIMENSION_SPECS, dimensionSpec, type Dimension } from '../dimensions/registry.js';
import type { CatalogOrder, Effect, FieldChange, ListSpec, ScalarPart } from '../dimensions/types.js';
import type { Role } from '../model/index.js';
import type { Scale } from '../model/scales.js';
import { NUMBER, ORDERED, UNORDERED, type PartKind } from './kernel.js';

/** Deep equality of two field values (dequal: no strings built, which made this the hot spot of compare). */
export const same = (a: unknown, b: unknown): boolean => dequal(a, b);

function change(path: string, from: unknown, to: unknown, effect?: Effect): FieldChange {
  const c: FieldChange = { path, from, to };
  if (effect) c.effect = effect;
  return c;
}

/** The dimensions that hold a list of items, with their list specs. */
export const LIST_DIMENSIONS = (Object.keys(DIMENSION_SPECS) as Dimension[]).filter(
  (d) => dimensionSpec(d).list !== undefined,
);

/** A list dimension's spec (an error for a single-valued one: a programmer error). */
export function listSpec(dim: Dimension): ListSpec<unknown> {
  const list = dimensionSpec(dim).list;
  if (!list) throw new Error(`The dimension ${dim} has no list of items.`);
  return list;
}

/** The items a role holds in a dimension (none for the single-valued dimensions). */
export function listItems(dim: Dimension, role: Role): readonly unknown[] {
  return dimensionSpec(dim).list?.items(role) ?? [];
}

/** The key an item is matched by in its dimension (an id, a vocabulary ref, a normalized text). */
export function itemKey(dim: Dimension, item: unknown): string {
  return dimensionSpec(dim).list?.key(item) ?? '';
}

/** The single-valued parts of a dimension (level, minimum education, years, intensity, …). */
export function scalarParts(dim: Dimension): readonly ScalarPart[] {
  return dimensionSpec(dim).scalars ?? [];
}

type FieldSpecOf = NonNullable<ListSpec<unknown>['fields']>[string];
const fieldLists = new WeakMap<ListSpec<unknown>, [string, FieldSpecOf][]>();
/** A list dimension's fields in order, listed once per spec (diffItems runs for every changed item). */
function fieldsOf(spec: ListSpec<unknown>): [string, FieldSpecOf][] {
  let f = fieldLists.get(spec);
  if (!f) fieldLists.set(spec, (f = Object.entries<FieldSpecOf>(spec.fields ?? {})));
  return f;
}

/** Field differences of two items with one key, in the order the dimension lists its fields, each with its effect. */
export function diffItems(spec: ListSpec<unknown>, a: unknown, b: unknown, catalog: Catalog): FieldChange[] {
  const out: FieldChange[] = [];
  for (const [name, field] of fieldsOf(spec)) {
    const va = field.read ? field.read(a) : (a as Record<string, unknown>)[name];
    const vb = field.read ? field.read(b) : (b as Record<string, unknown>)[name];
    if (field.same ? field.same(va as never, vb as never) : same(va, vb)) continue;
    out.push(change(name, va, vb, field.effect?.(va as never, vb as never, a, catalog)));
  }
  return out;
}

/** The part's order in this catalog: where a value stands and the span of the order; undefined when unordered. */
const orders = new WeakMap<Catalog, Map<ScalarPart, CatalogOrder | undefined>>();
/** A part's order in a catalog, worked out once per catalog and part (the matrix asks for it millions of times). */
function orderOf(part: ScalarPart, catalog: Catalog): CatalogOrder | undefined {
  let memo = orders.get(catalog);
  if (!memo) orders.set(catalog, (memo = new Map<ScalarPart, CatalogOrder | undefined>()));
  if (memo.has(part)) return memo.get(part);
  const order = part.order;
  let out: CatalogOrder | undefined;
  if (order === undefined || order === 'number') out = undefined;
  else if (typeof order === 'function') out = order(catalog);
  else {
    const values: readonly string[] = Array.isArray(order) ? order : (order as Scale<string>).values;
    const at = new Map(values.map((v, i) => [v, i]));
    out = { position: (v) => at.get(v), span: values.length - 1 };
  }
  memo.set(part, out);
  return out;
}

/** Position of a value on the part's order (the number itself for numbers), or undefined when unordered. */
function position(part: ScalarPart, v: string | number, catalog: Catalog): number | undefined {
  if (part.order === 'number') return Number(v);
  return orderOf(part, catalog)?.position(String(v));
}

/** How the comparison kernel reads a part in a catalog: its kind of order, its span, and a value's place (NaN off it). */
export function kernelPart(
  part: ScalarPart,
  catalog: Catalog,
): { kind: PartKind; span: number; place: (v: string | number) => number } {
  if (part.order === 'number') return { kind: NUMBER, span: 0, place: (v) => Number(v) };
  const order = orderOf(part, catalog);
  if (!order) return { kind: UNORDERED, span: 0, place: () => Number.NaN };
  return { kind: ORDERED, span: order.span, place: (v) => order.position(String(v)) ?? Number.NaN };
}

/** The change of one scalar part between two roles, with its effect when the part is ordered. */
export function scalarChange(
  part: ScalarPart,
  va: string | number | undefined,
  vb: string | number | undefined,
  catalog: Catalog,
): FieldChange | undefined {
  if (va === vb) return undefined;
  if (va === undefined || vb === undefined) return change(part.path, va, vb);
  const pa = position(part, va, catalog);
  const pb = position(part, vb, catalog);
  // Two values at one rank (two levels of one grade on parallel tracks) differ, but neither is higher.
  if (pa === undefined || pb === undefined || pa === pb) return change(part.path, va, vb);
  return change(part.path, va, vb, pb > pa ? 'raised' : 'lowered');
}
