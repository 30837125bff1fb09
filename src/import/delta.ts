import { KEYED, MERGED_OBJECTS, REMOVABLE, REPLACED_LISTS, mergeRole, removableItems } from '../catalog/merge.js';
import { inModelOrder } from '../export/canonical.js';
import type { CareerStep, Remove, Role, RoleDocument } from '../model/index.js';

/** Keys every role document writes, inherited or not. */
const IDENTITY = ['apiVersion', 'kind', 'id', 'extends'] as const;

interface RoleDelta {
  /** The role document to write: what differs from the parent, plus `apiVersion`, `kind`, `id` and `extends`. */
  value: Record<string, unknown>;
  /** True when `mergeRole(parent, value)` gives back the resolved role exactly. */
  exact: boolean;
  /**
   * Top-level keys where it does not: the resolved role drops or reorders something it inherits, which a role that
   * extends another cannot express (merging only replaces and adds).
   */
  lost: string[];
}

/**
 * The delta of a resolved role against its parent's resolved form: the smallest role document that, merged onto the
 * parent with the rules of `extends`, gives the resolved role back. When `written` (the role's document as it is
 * written now) gives the same result for a key, its value is kept, so an unchanged role keeps its file as it is.
 */
export function roleDelta(resolved: Role, parent: Role, written?: Record<string, unknown>): RoleDelta {
  const effective = parentFor(parent, resolved.id);
  const merges = (doc: Record<string, unknown>) => sameMeaning(mergeRole(parent, doc as RoleDocument), resolved);
  if (written !== undefined && written.extends === resolved.extends && written.id === resolved.id && merges(written)) {
    return { value: written, exact: true, lost: [] };
  }
  const delta = (deltaValue(resolved, effective, '') ?? {}) as Record<string, unknown>;
  for (const key of IDENTITY) if (resolved[key] !== undefined) delta[key] = resolved[key];
  const remove = removed(resolved, effective);
  if (remove !== undefined) delta.remove = remove;
  let value = inModelOrder('Role', delta);
  if (written !== undefined) {
    // Keep what the file says wherever it merges to the same result: a restated inherited value, the file's own order.
    for (const key of Object.keys(written)) {
      if (deepEqual(written[key], value[key])) continue;
      const trial = { ...value, [key]: written[key] };
      if (written[key] === undefined) delete trial[key];
      if (merges(trial)) value = inModelOrder('Role', trial);
    }
  }
  const merged = mergeRole(parent, value as RoleDocument) as unknown as Record<string, unknown>;
  const target = resolved as unknown as Record<string, unknown>;
  const lost = [...new Set([...Object.keys(merged), ...Object.keys(target)])].filter(
    (k) => !sameMeaning(merged[k], target[k]),
  );
  return { value, exact: lost.length === 0, lost };
}

/** Inherited items the resolved role no longer has, as the `remove` that leaves them out. */
function removed(resolved: Role, parent: Role): Remove | undefined {
  const out: Remove = {};
  for (const list of Object.keys(REMOVABLE) as (keyof Remove)[]) {
    const key = REMOVABLE[list].key;
    const kept = new Set(removableItems(resolved, list).map((x) => String(x[key])));
    const gone = removableItems(parent, list)
      .map((x) => String(x[key]))
      .filter((k) => !kept.has(k));
    if (gone.length > 0) (out as Record<string, string[]>)[list] = gone;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** The parent as the child sees it: `mergeRole` drops a parent's career step up to the child itself. */
function parentFor(parent: Role, childId: string): Role {
  if (!parent.career?.some((c: CareerStep) => c.to === childId)) return parent;
  return { ...parent, career: parent.career.filter((c) => c.to !== childId) };
}

function deltaValue(r: unknown, p: unknown, key: string): unknown {
  if (p === undefined) return r;
  if (r === undefined || deepEqual(r, p)) return undefined;
  if (Array.isArray(r) && Array.isArray(p)) {
    if (REPLACED_LISTS.has(key)) return r;
    const keyOf = KEYED[key];
    if (keyOf !== undefined) {
      const inParent = new Map(p.map((item) => [keyOf(item as Record<string, unknown>), item]));
      const items = r.filter((item) => {
        const k = keyOf(item as Record<string, unknown>);
        return !inParent.has(k) || !deepEqual(item, inParent.get(k));
      });
      return items.length > 0 ? items : undefined;
    }
    const items = r.filter((x) => !p.some((y) => deepEqual(x, y)));
    return items.length > 0 ? items : undefined;
  }
  if (MERGED_OBJECTS.has(key) && isPlainObject(r) && isPlainObject(p)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(r)) {
      const d = deltaValue(v, p[k], k);
      if (d !== undefined) out[k] = d;
    }
    return Object.keys(out).length > 0 || key === '' ? out : undefined;
  }
  return r;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** Structural equality of JSON-like values; key order does not matter, absent and `undefined` are the same. */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const ka = Object.keys(a).filter((k) => a[k] !== undefined);
    const kb = Object.keys(b).filter((k) => b[k] !== undefined);
    return ka.length === kb.length && ka.every((k) => deepEqual(a[k], b[k]));
  }
  return false;
}

/**
 * Whether two document values mean the same to the model, though written differently: texts are read trimmed, a
 * text given the same in both languages (`{ zh: X, en: X }`) is the text `X` for every language, and an empty list or
 * object says no more than an absent key. Spreadsheets cannot tell these forms apart, so an import compares with this
 * and keeps the form the file has.
 */
export function sameMeaning(a: unknown, b: unknown): boolean {
  return deepEqual(meaning(a), meaning(b));
}

/** The value in one form per meaning (undefined for "nothing"). */
function meaning(v: unknown): unknown {
  if (typeof v === 'string') return v.trim();
  if (Array.isArray(v)) return v.length === 0 ? undefined : v.map(meaning);
  if (!isPlainObject(v)) return v;
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) {
    const m = meaning(x);
    if (m !== undefined) out[k] = m;
  }
  const keys = Object.keys(out);
  if (keys.length === 0) return undefined;
  if (keys.length === 2 && typeof out.zh === 'string' && out.zh === out.en) return out.zh;
  return out;
}
