import type { Catalog } from '../catalog/catalog.js';
import { same } from './dimensions.js';
import type { ChangeKind } from '../dimensions/changes.js';
import {
  DIFF_ORDER,
  DIMENSIONS,
  dimensionSpec,
  ROLE_FIELDS,
  type Dimension,
  type RoleField,
} from '../dimensions/registry.js';
import type { Demand, FieldChange } from '../dimensions/types.js';
import type { Role, RoleId } from '../model/index.js';
import { compareRoles } from './compare.js';

export { CHANGE_KINDS, type ChangeKind } from '../dimensions/changes.js';
export type { Demand } from '../dimensions/types.js';

export interface RoleChange {
  kind: ChangeKind;
  role: RoleId;
  dimension?: Dimension;
  /** The item's id or vocabulary ref, where the change is about one item. */
  key?: string;
  /** Path of the changed field inside the item or role. */
  path?: string;
  from?: unknown;
  to?: unknown;
  demand: Demand;
}

const NO_SIMILAR = { similarThreshold: Number.POSITIVE_INFINITY };

function effectDemand(c: FieldChange): Demand {
  return c.effect === 'raised' ? 'raises' : c.effect === 'lowered' ? 'lowers' : 'neutral';
}

/**
 * What changed between two versions of one role, classified (duty added, authority raised, KPI target tightened,
 * qualification lowered, career step removed, …) and marked as raising or lowering what the role demands.
 * Items are matched by id only: an item whose id changed is a removal plus an addition. Each dimension's entry in
 * the dimension registry says how its changes are classified; they are listed in `DIFF_ORDER`, then the role's own
 * fields, then the free texts no dimension scores.
 */
export function diffRole(before: Role, after: Role, catalog: Catalog): RoleChange[] {
  const role = after.id;
  const cmp = compareRoles(before, after, catalog, NO_SIMILAR);
  const out: RoleChange[] = [];
  const push = (c: Omit<RoleChange, 'role'>) => out.push({ role, ...c });

  for (const dimension of DIFF_ORDER) {
    const spec = dimensionSpec(dimension).changes;
    if (!spec) continue;
    const c = cmp.dimensions[dimension];
    const added = spec.addedDemand;
    const removed = added === 'raises' ? 'lowers' : added;
    const scalars = () => {
      for (const f of c.scalars) {
        const { kind, demand } = spec.scalar(f);
        push({ kind, dimension, path: f.path, from: f.from, to: f.to, demand });
      }
    };
    if (spec.scalarsFirst) scalars();
    for (const x of c.onlyB) push({ kind: spec.added, dimension, key: x.key, to: x.item, demand: added });
    for (const x of c.onlyA) push({ kind: spec.removed, dimension, key: x.key, from: x.item, demand: removed });
    for (const ch of c.changed)
      for (const f of ch.changes)
        push({
          kind: spec.changed(f),
          dimension,
          key: ch.key,
          path: f.path,
          from: f.from,
          to: f.to,
          demand: spec.changedDemand === 'effect' ? effectDemand(f) : 'neutral',
        });
    if (!spec.scalarsFirst) scalars();
  }
  for (const f of Object.keys(ROLE_FIELDS) as RoleField[]) {
    if (!same(before[f], after[f]))
      push({ kind: 'field-changed', path: f, from: before[f], to: after[f], demand: 'neutral' });
  }
  for (const dimension of DIMENSIONS) {
    for (const note of dimensionSpec(dimension).notes ?? []) {
      const [from, to] = [note.read(before), note.read(after)];
      if (!same(from, to)) push({ kind: note.kind, dimension, path: note.path, from, to, demand: 'neutral' });
    }
  }
  return out;
}

/** Changes across two versions of a catalog: roles added or removed, and `diffRole` for every role in both. */
export function diffCatalogs(before: Catalog, after: Catalog): RoleChange[] {
  const out: RoleChange[] = [];
  for (const r of before.list())
    if (!after.has(r.id)) out.push({ kind: 'role-removed', role: r.id, from: r.title, demand: 'neutral' });
  for (const r of after.list()) {
    const old = before.get(r.id);
    if (!old) out.push({ kind: 'role-added', role: r.id, to: r.title, demand: 'neutral' });
    else for (const x of diffRole(old, r, after)) out.push(x);
  }
  return out;
}
