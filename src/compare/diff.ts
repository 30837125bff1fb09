import type { Catalog } from '../catalog/catalog.js';
import type { Role, RoleId } from '../model/index.js';
import { compareRoles } from './compare.js';
import type { Dimension, DimensionComparison, FieldChange } from './types.js';

/** Every class of change between two versions of one role. */
export const CHANGE_KINDS = [
  'role-added',
  'role-removed',
  'duty-added',
  'duty-removed',
  'duty-reworded',
  'duty-changed',
  'permission-added',
  'permission-removed',
  'authority-raised',
  'authority-lowered',
  'permission-changed',
  'kpi-added',
  'kpi-removed',
  'kpi-target-tightened',
  'kpi-target-loosened',
  'kpi-changed',
  'qualification-added',
  'qualification-removed',
  'qualification-raised',
  'qualification-lowered',
  'qualification-changed',
  'stakeholder-added',
  'stakeholder-removed',
  'stakeholder-changed',
  'career-step-added',
  'career-step-removed',
  'career-step-changed',
  'level-raised',
  'level-lowered',
  'field-changed',
] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** Whether a change makes the role demand more of its holder, less, or neither. */
export type Demand = 'raises' | 'lowers' | 'neutral';

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

const QUALIFICATION_DIMS: readonly Dimension[] = [
  'education',
  'experience',
  'skills',
  'traits',
  'certifications',
  'tools',
  'knowledge',
];
const NO_SIMILAR = { similarThreshold: Number.POSITIVE_INFINITY };
/** Top-level fields that no dimension covers, compared as wholes. */
const OTHER_FIELDS = ['title', 'aliases', 'family', 'reportsTo', 'extends', 'summary', 'classification'] as const;

/**
 * Free texts inside a dimension that its comparison does not look at; without these an edit to them would go
 * unreported.
 */
const OTHER_TEXTS: readonly { path: string; dimension: Dimension; kind: ChangeKind; read: (r: Role) => unknown }[] = [
  {
    path: 'qualifications.education.note',
    dimension: 'education',
    kind: 'qualification-changed',
    read: (r) => r.qualifications?.education?.note,
  },
  {
    path: 'workEnvironment.description',
    dimension: 'workEnvironment',
    kind: 'field-changed',
    read: (r) => r.workEnvironment?.description,
  },
];

function effectDemand(c: FieldChange): Demand {
  return c.effect === 'raised' ? 'raises' : c.effect === 'lowered' ? 'lowers' : 'neutral';
}

/**
 * What changed between two versions of one role, classified (duty added, authority raised, KPI target tightened,
 * qualification lowered, career step removed, …) and marked as raising or lowering what the role demands.
 * Items are matched by id only: an item whose id changed is a removal plus an addition.
 */
export function diffRole(before: Role, after: Role, catalog: Catalog): RoleChange[] {
  const role = after.id;
  const cmp = compareRoles(before, after, catalog, NO_SIMILAR);
  const out: RoleChange[] = [];
  const push = (c: Omit<RoleChange, 'role'>) => out.push({ role, ...c });
  const d = cmp.dimensions;

  const items = (dim: Dimension, added: ChangeKind, removed: ChangeKind, addDemand: Demand = 'raises') => {
    const c = d[dim] as DimensionComparison;
    for (const x of c.onlyB) push({ kind: added, dimension: dim, key: x.key, to: x.item, demand: addDemand });
    for (const x of c.onlyA)
      push({
        kind: removed,
        dimension: dim,
        key: x.key,
        from: x.item,
        demand: addDemand === 'raises' ? 'lowers' : addDemand,
      });
  };

  items('duties', 'duty-added', 'duty-removed');
  for (const c of d.duties.changed) {
    for (const f of c.changes)
      push({
        kind: f.path === 'title' || f.path === 'description' ? 'duty-reworded' : 'duty-changed',
        dimension: 'duties',
        key: c.key,
        path: f.path,
        from: f.from,
        to: f.to,
        demand: 'neutral',
      });
  }

  items('permissions', 'permission-added', 'permission-removed');
  for (const c of d.permissions.changed) {
    for (const f of c.changes) {
      const kind: ChangeKind =
        f.path === 'authority'
          ? f.effect === 'raised'
            ? 'authority-raised'
            : 'authority-lowered'
          : 'permission-changed';
      push({
        kind,
        dimension: 'permissions',
        key: c.key,
        path: f.path,
        from: f.from,
        to: f.to,
        demand: effectDemand(f),
      });
    }
  }

  items('kpis', 'kpi-added', 'kpi-removed');
  for (const c of d.kpis.changed) {
    for (const f of c.changes) {
      const kind: ChangeKind =
        f.path === 'target' && f.effect
          ? f.effect === 'raised'
            ? 'kpi-target-tightened'
            : 'kpi-target-loosened'
          : 'kpi-changed';
      push({ kind, dimension: 'kpis', key: c.key, path: f.path, from: f.from, to: f.to, demand: effectDemand(f) });
    }
  }

  for (const dim of QUALIFICATION_DIMS) {
    items(dim, 'qualification-added', 'qualification-removed');
    const c = d[dim] as DimensionComparison;
    for (const ch of c.changed) {
      for (const f of ch.changes)
        push({
          kind: f.effect === 'lowered' ? 'qualification-lowered' : 'qualification-raised',
          dimension: dim,
          key: ch.key,
          path: f.path,
          from: f.from,
          to: f.to,
          demand: effectDemand(f),
        });
    }
    for (const f of c.scalars) {
      // An upper bound on years is a range's end, not a demand: moving it changes the role without raising or lowering
      // it.
      if (f.path.endsWith('.max')) {
        push({
          kind: 'qualification-changed',
          dimension: dim,
          path: f.path,
          from: f.from,
          to: f.to,
          demand: 'neutral',
        });
        continue;
      }
      const kind: ChangeKind =
        f.effect === 'raised'
          ? 'qualification-raised'
          : f.effect === 'lowered'
            ? 'qualification-lowered'
            : f.to === undefined
              ? 'qualification-removed'
              : 'qualification-added';
      push({
        kind,
        dimension: dim,
        path: f.path,
        from: f.from,
        to: f.to,
        demand: kind === 'qualification-raised' || kind === 'qualification-added' ? 'raises' : 'lowers',
      });
    }
  }

  items('stakeholders', 'stakeholder-added', 'stakeholder-removed', 'neutral');
  for (const c of d.stakeholders.changed)
    for (const f of c.changes)
      push({
        kind: 'stakeholder-changed',
        dimension: 'stakeholders',
        key: c.key,
        path: f.path,
        from: f.from,
        to: f.to,
        demand: 'neutral',
      });

  items('career', 'career-step-added', 'career-step-removed', 'neutral');
  for (const c of d.career.changed)
    for (const f of c.changes)
      push({
        kind: 'career-step-changed',
        dimension: 'career',
        key: c.key,
        path: f.path,
        from: f.from,
        to: f.to,
        demand: 'neutral',
      });

  for (const f of d.level.scalars)
    push({
      kind: f.effect === 'raised' ? 'level-raised' : 'level-lowered',
      dimension: 'level',
      path: f.path,
      from: f.from,
      to: f.to,
      demand: effectDemand(f),
    });
  // Not 'channels': it is read from the stakeholders, whose channel changes are reported above.
  for (const dim of ['orientation', 'workEnvironment', 'focus'] as const) {
    const c = d[dim] as DimensionComparison;
    for (const f of c.scalars)
      push({ kind: 'field-changed', dimension: dim, path: f.path, from: f.from, to: f.to, demand: effectDemand(f) });
    for (const x of c.onlyB) push({ kind: 'field-changed', dimension: dim, key: x.key, to: x.item, demand: 'neutral' });
    for (const x of c.onlyA)
      push({ kind: 'field-changed', dimension: dim, key: x.key, from: x.item, demand: 'neutral' });
  }
  for (const f of OTHER_FIELDS) {
    if (JSON.stringify(before[f]) !== JSON.stringify(after[f]))
      push({ kind: 'field-changed', path: f, from: before[f], to: after[f], demand: 'neutral' });
  }
  for (const t of OTHER_TEXTS) {
    const [from, to] = [t.read(before), t.read(after)];
    if (JSON.stringify(from) !== JSON.stringify(to))
      push({ kind: t.kind, dimension: t.dimension, path: t.path, from, to, demand: 'neutral' });
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
    else out.push(...diffRole(old, r, after));
  }
  return out;
}
