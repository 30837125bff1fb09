import type { Catalog } from '../catalog/catalog.js';
import type { Duty, Role, RoleId } from '../model/index.js';
import { itemIndex } from './compare.js';
import { forEachSimilarPair } from './many.js';
import type { CompareOptions } from './types.js';

interface RoleOverlap {
  a: RoleId;
  b: RoleId;
  score: number;
}

/** A duty that several roles hold, by the same id or in close enough words. */
interface SharedDuty {
  holders: { role: RoleId; duty: Duty }[];
  /** The lowest pairwise text similarity that joined the group (1 when all holders use the same id and text). */
  score: number;
}

export interface Overlaps {
  threshold: number;
  roles: RoleOverlap[];
  duties: SharedDuty[];
}

/**
 * Near-duplicate roles (overall similarity at or above `threshold`) and duties held by several roles
 * (same id, or text similarity at or above `threshold`), most similar first. A role and a role it extends are left
 * out of both: what the heir inherits is meant to be shared (lint's near-duplicate check agrees).
 */
export function findOverlaps(catalog: Catalog, threshold = 0.6, options: CompareOptions = {}): Overlaps {
  const roles = catalog.list();
  const roleOverlaps: RoleOverlap[] = [];
  let duties: SharedDuty[] | undefined;
  forEachSimilarPair(
    roles,
    catalog,
    threshold,
    (i, j, score) => {
      const [a, b] = [roles[i]!.id, roles[j]!.id];
      // A role and one it extends are a variant, not a duplicate: lint and RACI_OVERLAP say the same.
      if (!catalog.inherits(a, b)) roleOverlaps.push({ a, b, score });
    },
    options,
    // The shared duties need no role scores: found while worker threads score the roles.
    () => (duties = sharedDuties(catalog, roles, threshold)),
  );
  // Most similar first, then by the first role's id and the second role's place (the pairs are found in no order).
  const order = new Map(roles.map((r, i) => [r.id, i]));
  roleOverlaps.sort(
    (x, y) => y.score - x.score || (x.a < y.a ? -1 : x.a > y.a ? 1 : order.get(x.b)! - order.get(y.b)!),
  );
  return { threshold, roles: roleOverlaps, duties: duties ?? sharedDuties(catalog, roles, threshold) };
}

/** Duties held by several of `roles`, by the same id or in words alike at or above `threshold`, most held first. */
function sharedDuties(catalog: Catalog, roles: readonly Role[], threshold: number): SharedDuty[] {
  // Union-find over duties of different roles that read alike (the same similarity compareRoles pairs by). Only pairs
  // that can reach the threshold are scored (itemIndex), and none whose duties are already in one group.
  const index = itemIndex(catalog, 'duties', roles);
  const items = index.items;
  const parent = Int32Array.from(items, (_, i) => i);
  const find = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r]!;
    // Every item on the way now points at the root (asked millions of times: nothing is made here).
    while (i !== r) {
      const next = parent[i]!;
      parent[i] = r;
      i = next;
    }
    return r;
  };
  const weakest = new Map<number, number>();
  index.pairs(
    threshold,
    (i, j) => {
      const a = items[i]!.role;
      const b = items[j]!.role;
      return a !== b && find(i) !== find(j) && !catalog.inherits(a.id, b.id);
    },
    (i, j, s) => {
      const ra = find(i);
      const rb = find(j);
      parent[rb] = ra;
      weakest.set(ra, Math.min(s, weakest.get(ra) ?? 1, weakest.get(rb) ?? 1));
    },
    (i, j) => find(i) === find(j),
  );
  const groups = new Map<number, number[]>();
  items.forEach((_, i) => {
    const r = find(i);
    const members = groups.get(r);
    if (members) members.push(i);
    else groups.set(r, [i]);
  });
  return [...groups.entries()]
    .filter(([, members]) => new Set(members.map((i) => items[i]!.role.id)).size > 1)
    .map(([root, members]) => ({
      holders: members.map((i) => ({ role: items[i]!.role.id, duty: items[i]!.item as Duty })),
      score: weakest.get(root) ?? 1,
    }))
    .sort((x, y) => y.holders.length - x.holders.length || y.score - x.score);
}
