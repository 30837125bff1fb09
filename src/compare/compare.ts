import type { Catalog } from '../catalog/catalog.js';
import type { Role, RoleId } from '../model/index.js';
import { diceSorted, WordIndex } from './features.js';
import { compareScalar, listSpecs, SCALAR_PARTS, type ListDimension, type ListSpec } from './dimensions.js';
import {
  DIMENSIONS,
  type CompareOptions,
  type Dimension,
  type DimensionComparison,
  type DimensionComparisons,
  type FieldChange,
  type RoleComparison,
} from './types.js';

/** How much each dimension counts in the overall score. */
export const DIMENSION_WEIGHTS: Readonly<Record<Dimension, number>> = {
  duties: 3,
  focus: 1,
  orientation: 1,
  permissions: 2,
  education: 1,
  experience: 1,
  skills: 2,
  traits: 1,
  certifications: 1,
  tools: 1,
  knowledge: 1,
  kpis: 2,
  stakeholders: 1,
  channels: 1,
  career: 1,
  level: 1,
  workEnvironment: 1,
};

/** What an item held by both roles with different details counts for, against 1 for an identical one. */
export const CHANGED_CREDIT = 0.75;
export const DEFAULT_SIMILAR_THRESHOLD = 0.35;

const LIST_DIMENSIONS = DIMENSIONS.filter((d): d is ListDimension => d !== 'orientation' && d !== 'level');

interface PreparedItem {
  key: string;
  item: unknown;
  words: Int32Array;
  /** Words of the name alone (the same array as `words` when the item is only a name). */
  title: Int32Array;
  /** The compared fields as one string: equal fingerprints mean nothing to diff. */
  print: string;
}
type PreparedRole = Record<ListDimension, PreparedItem[]>;

/** Per-catalog state: the dimension specs, the word index, and each role's prepared items. */
class Engine {
  readonly specs: { [D in ListDimension]: ListSpec<D> };
  readonly index = new WordIndex();
  private readonly prepared = new WeakMap<Role, PreparedRole>();

  constructor(readonly catalog: Catalog) {
    this.specs = listSpecs(catalog);
  }

  prepare(role: Role): PreparedRole {
    let p = this.prepared.get(role);
    if (p) return p;
    p = {} as PreparedRole;
    for (const d of LIST_DIMENSIONS) {
      const spec = this.specs[d] as ListSpec<Dimension>;
      p[d] = spec.items(role).map((item) => {
        const words = this.index.intern(spec.words(item as never, this.catalog));
        const title = spec.titleWords ? this.index.intern(spec.titleWords(item as never, this.catalog)) : words;
        return { key: spec.key(item as never), item, words, title, print: JSON.stringify(item) };
      });
    }
    this.prepared.set(role, p);
    return p;
  }
}

const engines = new WeakMap<Catalog, Engine>();
function engineFor(catalog: Catalog): Engine {
  let e = engines.get(catalog);
  if (!e) {
    e = new Engine(catalog);
    engines.set(catalog, e);
  }
  return e;
}

/** Collects the detailed result; absent when only the score is wanted (the similarity matrix). */
interface Collector {
  shared: { key: string; a: unknown; b: unknown }[];
  changed: { key: string; a: unknown; b: unknown; changes: FieldChange[] }[];
  similar: { keyA: string; keyB: string; a: unknown; b: unknown; score: number }[];
  onlyA: { key: string; item: unknown }[];
  onlyB: { key: string; item: unknown }[];
}

/**
 * Dice over all the words; when the items have more text than a name, a close name can lift it to the mean of
 * that and Dice over the names (two duties named alike but described at different length).
 */
function textSimilarity(a: PreparedItem, b: PreparedItem): number {
  const all = diceSorted(a.words, b.words);
  return a.title === a.words ? all : Math.max(all, (all + diceSorted(a.title, b.title)) / 2);
}

/** Compares one list dimension; returns its list score (null when both lists are empty). */
function compareList(spec: ListSpec<Dimension>, as: PreparedItem[], bs: PreparedItem[], threshold: number, out: Collector | undefined): number | null {
  if (as.length === 0 && bs.length === 0) return null;
  let credit = 0;
  let union = 0;
  const restA: PreparedItem[] = [];
  const matchedB = new Set<string>();
  for (const a of as) {
    const b = bs.find((x) => x.key === a.key);
    if (b === undefined) {
      restA.push(a);
      continue;
    }
    matchedB.add(b.key);
    union++;
    if (a.print === b.print) {
      credit += 1;
      out?.shared.push({ key: a.key, a: a.item, b: b.item });
      continue;
    }
    const changes = spec.diff(a.item as never, b.item as never);
    if (changes.length === 0) {
      credit += 1;
      out?.shared.push({ key: a.key, a: a.item, b: b.item });
    } else {
      credit += CHANGED_CREDIT;
      out?.changed.push({ key: a.key, a: a.item, b: b.item, changes });
    }
  }
  const restB = matchedB.size === bs.length ? [] : bs.filter((b) => !matchedB.has(b.key));
  // Pair leftover items by text similarity, best pairs first; each item joins at most one pair.
  const pairs: [number, number, number][] = [];
  for (let i = 0; i < restA.length; i++) {
    for (let j = 0; j < restB.length; j++) {
      const s = textSimilarity(restA[i]!, restB[j]!);
      if (s >= threshold) pairs.push([s, i, j]);
    }
  }
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  if (pairs.length > 0) {
    pairs.sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2]);
    for (const [s, i, j] of pairs) {
      if (usedA.has(i) || usedB.has(j)) continue;
      usedA.add(i);
      usedB.add(j);
      credit += s;
      union++;
      const a = restA[i]!;
      const b = restB[j]!;
      out?.similar.push({ keyA: a.key, keyB: b.key, a: a.item, b: b.item, score: s });
    }
  }
  union += restA.length - usedA.size + restB.length - usedB.size;
  if (out) {
    restA.forEach((a, i) => usedA.has(i) || out.onlyA.push({ key: a.key, item: a.item }));
    restB.forEach((b, j) => usedB.has(j) || out.onlyB.push({ key: b.key, item: b.item }));
  }
  return credit / union;
}

function mean(xs: readonly (number | null)[]): number | null {
  let sum = 0;
  let n = 0;
  for (const x of xs) {
    if (x === null) continue;
    sum += x;
    n++;
  }
  return n === 0 ? null : sum / n;
}

function run(engine: Engine, a: Role, b: Role, threshold: number, collect: boolean): { score: number; dimensions?: DimensionComparisons } {
  const pa = engine.prepare(a);
  const pb = engine.prepare(b);
  const dims = collect ? ({} as Record<Dimension, DimensionComparison>) : undefined;
  let weighted = 0;
  let weights = 0;
  for (const d of DIMENSIONS) {
    const out: Collector | undefined = collect ? { shared: [], changed: [], similar: [], onlyA: [], onlyB: [] } : undefined;
    const listScore = d === 'orientation' || d === 'level' ? null : compareList(engine.specs[d] as ListSpec<Dimension>, pa[d], pb[d], threshold, out);
    const scalars: FieldChange[] = [];
    const scalarScores: (number | null)[] = [];
    for (const part of SCALAR_PARTS[d] ?? []) {
      const r = compareScalar(part, a, b);
      scalarScores.push(r.score);
      if (r.change) scalars.push(r.change);
    }
    const score = mean([listScore, mean(scalarScores)]);
    if (score !== null) {
      weighted += score * DIMENSION_WEIGHTS[d];
      weights += DIMENSION_WEIGHTS[d];
    }
    if (dims && out) dims[d] = { dimension: d, ...out, scalars, score } as DimensionComparison;
  }
  const score = weights === 0 ? 1 : weighted / weights;
  return dims ? { score, dimensions: dims as DimensionComparisons } : { score };
}

/**
 * Compares two roles dimension by dimension: shared, similar, one-sided and changed items, field-level changes
 * with their effect, and a score per dimension and overall (formula in docs/compare.md). Roles come from `catalog`,
 * whose vocabularies give the words that similar items are matched on.
 */
export function compareRoles(a: Role, b: Role, catalog: Catalog, options: CompareOptions = {}): RoleComparison {
  const r = run(engineFor(catalog), a, b, options.similarThreshold ?? DEFAULT_SIMILAR_THRESHOLD, true);
  return { a: a.id as RoleId, b: b.id as RoleId, dimensions: r.dimensions!, score: r.score };
}

/** The overall similarity of two roles, without building the detailed result; equal to `compareRoles(...).score`. */
export function similarity(a: Role, b: Role, catalog: Catalog, options: CompareOptions = {}): number {
  return run(engineFor(catalog), a, b, options.similarThreshold ?? DEFAULT_SIMILAR_THRESHOLD, false).score;
}
