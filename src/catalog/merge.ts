import { dequal } from 'dequal';
import type { Remove, Role, RoleDocument } from '../model/index.js';
import { scalarString } from '../text/scalar.js';

/**
 * Applies `extends`: the child's fields on top of the parent's.
 * - scalars and texts: the child's value replaces the parent's;
 * - keyed lists (duties and permissions by `id`, kpis and skills by `ref`, stakeholders by `audience`,
 *   career steps by `to` or `title`): a child item with the parent item's key replaces it in place, new items append;
 * - plain lists (traits, tools, certifications, fields, focus, knowledge, areas): union, parent's order first;
 * - `dottedReportsTo`: replaced whole by the child's;
 * - objects (qualifications, education, experience, workEnvironment, classification): merged key by key.
 * The result keeps the child's `id` and `extends`; an inherited career step to the child itself is dropped, and so
 * is every inherited item the child lists under `remove`.
 */
export function mergeRole(parent: Role, child: RoleDocument): Role {
  const { remove, ...rest } = child;
  const merged = mergeValue(parent, rest, '') as Role;
  if (remove !== undefined) applyRemove(merged, remove);
  // A parent's step up to the child (project-manager → senior-project-manager) is no step for the child itself.
  if (merged.career?.some((c) => c.to === child.id)) merged.career = merged.career.filter((c) => c.to !== child.id);
  return merged;
}

/** The lists `remove` reaches, with where each sits in a role and the key its items are removed by. */
export const REMOVABLE = {
  duties: { key: 'id', path: ['duties'] },
  permissions: { key: 'id', path: ['permissions'] },
  kpis: { key: 'ref', path: ['kpis'] },
  skills: { key: 'ref', path: ['qualifications', 'skills'] },
} as const satisfies Record<keyof Remove, { key: string; path: readonly string[] }>;

/** The items of a role's removable list (inherited or its own). */
export function removableItems(role: Role, list: keyof Remove): readonly { readonly [k: string]: unknown }[] {
  return list === 'skills' ? (role.qualifications?.skills ?? []) : (role[list] ?? []);
}

function applyRemove(role: Role, remove: Remove): void {
  const drop = <T extends Record<string, unknown>>(
    items: T[] | undefined,
    key: string,
    ids: readonly string[] | undefined,
  ) => (items === undefined || ids === undefined ? items : items.filter((x) => !ids.includes(String(x[key]))));
  role.duties = drop(role.duties, 'id', remove.duties);
  role.permissions = drop(role.permissions, 'id', remove.permissions);
  role.kpis = drop(role.kpis, 'ref', remove.kpis);
  if (role.qualifications?.skills !== undefined) {
    const skills = drop(role.qualifications.skills, 'ref', remove.skills) ?? [];
    const { skills: _all, ...rest } = role.qualifications;
    role.qualifications = skills.length > 0 ? { ...rest, skills } : rest;
  }
  for (const k of ['duties', 'permissions', 'kpis'] as const) if (role[k]?.length === 0) delete role[k];
}

/**
 * The keyed lists `extends` merges item by item, with the key of an item (also used to undo a merge in
 * src/import/delta.ts and to find an item's source in src/catalog/sources.ts).
 */
export const KEYED: Readonly<Record<string, (item: Record<string, unknown>) => string>> = {
  duties: (d) => String(d.id),
  permissions: (p) => String(p.id),
  kpis: (k) => String(k.ref),
  skills: (s) => String(s.ref),
  stakeholders: (s) => String(s.audience),
  career: (c) => (c.to !== undefined ? `to:${scalarString(c.to)}` : `title:${JSON.stringify(c.title)}`),
};

/** Lists a child replaces whole, like a scalar: a role's dotted reporting lines are its own. */
export const REPLACED_LISTS: ReadonlySet<string> = new Set(['dottedReportsTo']);

/** Objects whose keys merge one by one; any other object (a localized text, a target) is replaced whole. */
export const MERGED_OBJECTS: ReadonlySet<string> = new Set([
  '',
  'qualifications',
  'education',
  'experience',
  'management',
  'workEnvironment',
  'classification',
]);

function mergeValue(a: unknown, b: unknown, key: string): unknown {
  if (b === undefined) return a;
  if (a === undefined) return b;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (REPLACED_LISTS.has(key)) return b;
    const keyOf = KEYED[key];
    if (keyOf) return mergeKeyed(a, b, keyOf as (item: unknown) => string);
    return union(a, b);
  }
  if (MERGED_OBJECTS.has(key) && isPlainObject(a) && isPlainObject(b)) {
    const out: Record<string, unknown> = { ...a };
    for (const [k, v] of Object.entries(b)) out[k] = mergeValue(a[k], v, k);
    return out;
  }
  return b;
}

function mergeKeyed(a: unknown[], b: unknown[], keyOf: (item: unknown) => string): unknown[] {
  const out = [...a];
  const index = new Map(out.map((item, i) => [keyOf(item), i]));
  for (const item of b) {
    const i = index.get(keyOf(item));
    if (i === undefined) {
      index.set(keyOf(item), out.length);
      out.push(item);
    } else {
      out[i] = item;
    }
  }
  return out;
}

function union(a: unknown[], b: unknown[]): unknown[] {
  const out = [...a];
  const seen = out.map(defined);
  for (const x of b) {
    const d = defined(x);
    if (seen.some((y) => dequal(d, y))) continue;
    out.push(x);
    seen.push(d);
  }
  return out;
}

/**
 * A value with the keys that hold `undefined` left out, at every depth: as in YAML and JSON, `{ zh: '质量', en:
 * undefined }` and `{ zh: '质量' }` are the same item (one built in code, one read from a file).
 */
function defined(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(defined);
  if (!isPlainObject(v)) return v;
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) if (x !== undefined) out[k] = defined(x);
  return out;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
