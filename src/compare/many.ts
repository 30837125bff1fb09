import type { Catalog } from '../catalog/catalog.js';
import type { Role, RoleId } from '../model/index.js';
import { compareRoles, DEFAULT_SIMILAR_THRESHOLD, packRoles } from './compare.js';
import { forgetListMemo, matrixRows, packedKey, scorePair, type Packed } from './kernel.js';
import type { CompareOptions, RoleComparison } from './types.js';

/** An N×N similarity matrix: `scores[i][j]` is the overall similarity of roles i and j (1 on the diagonal). */
export interface SimilarityMatrix {
  roles: RoleId[];
  scores: number[][];
}

/** Told how much of a long computation is done: `done` of `total` units (pairs of roles, files). */
export type Progress = (done: number, total: number) => void;

export interface MatrixOptions extends CompareOptions {
  /** Called after each row of the matrix with the pairs done so far (the CLI draws a progress line from it). */
  onProgress?: Progress | undefined;
  /**
   * Only scores at or above this matter (0–1; default 0): a pair that cannot reach it is given up on early, and its
   * cell holds a number under `floor` (an upper bound of its score) instead of the score. Scores at or above `floor`
   * are exact. For questions such as "which roles are at least 80% alike", which then score far fewer dimensions.
   */
  floor?: number | undefined;
}

/** Pairwise overall similarity of every two roles; each pair is computed once (the matrix is symmetric). */
export function similarityMatrix(
  roles: readonly Role[],
  catalog: Catalog,
  options: MatrixOptions = {},
): SimilarityMatrix {
  const n = roles.length;
  const scores = emptyMatrix(n);
  const kinds = scoreKinds(roles, catalog, options, (m) => (m === n ? scores : emptyMatrix(m)), fillRows);
  if (kinds.m < n) {
    const { kindOf, self, m } = kinds;
    const table = kinds.into;
    for (let k = 0; k < m; k++) table[k]![k] = self[k]!;
    for (let i = 0; i < n; i++) {
      const row = scores[i]!;
      const ki = table[kindOf[i]!]!;
      for (let j = 0; j < n; j++) if (j !== i) row[j] = ki[kindOf[j]!]!;
    }
  }
  return { roles: roles.map((r) => r.id), scores };
}

/**
 * Calls `visit(i, j, score)` for every two roles (i < j, indexes into `roles`) whose overall similarity is at least
 * `floor` (above 0), in no particular order: the scores `similarityMatrix(roles, catalog, { floor })` holds there,
 * without an N×N matrix (what near-duplicate checks ask of 3,000 roles).
 */
export function forEachSimilarPair(
  roles: readonly Role[],
  catalog: Catalog,
  floor: number,
  visit: (i: number, j: number, score: number) => void,
  options: CompareOptions = {},
): void {
  const found: number[] = [];
  const { kindOf, self, m } = scoreKinds(
    roles,
    catalog,
    { ...options, floor },
    () => found,
    (into, rows) => {
      for (const { i, row } of rows)
        for (let k = 0; k < row.length; k++) if (row[k]! >= floor) into.push(i, i + 1 + k, row[k]!);
    },
  );
  // Each kind's roles, in order: every pair of two kinds (or within one) that reaches the floor is every pair of them.
  const members = Array.from({ length: m }, () => [] as number[]);
  kindOf.forEach((k, i) => members[k]!.push(i));
  for (let k = 0; k < m; k++) {
    const own = members[k]!;
    if (own.length > 1 && self[k]! >= floor)
      for (let x = 0; x < own.length; x++) for (let y = x + 1; y < own.length; y++) visit(own[x]!, own[y]!, self[k]!);
  }
  for (let p = 0; p < found.length; p += 3) {
    const score = found[p + 2]!;
    for (const x of members[found[p]!]!)
      for (const y of members[found[p + 1]!]!) visit(Math.min(x, y), Math.max(x, y), score);
  }
}

/**
 * Scores every two kinds of roles once (roles the kernel reads alike, copies, are one kind: they score alike against
 * every role), row by row of the kinds' upper triangle, into what `make(m)` gives for m kinds. Returns each role's kind
 * and each kind's score against itself (what two roles of one kind score).
 */
function scoreKinds<T>(
  roles: readonly Role[],
  catalog: Catalog,
  options: MatrixOptions,
  make: (m: number) => T,
  fill: (into: T, rows: readonly { i: number; row: Float64Array }[]) => void,
): { kindOf: Int32Array; self: Float64Array; m: number; into: T } {
  const { packed, roles: at } = packRoles(roles, catalog);
  const n = roles.length;
  const threshold = options.similarThreshold ?? DEFAULT_SIMILAR_THRESHOLD;
  const floor = options.floor ?? 0;
  const total = (n * (n - 1)) / 2;
  const { reps, kindOf } = kindsOf(packed, at);
  const m = reps.length;
  const self = new Float64Array(m).fill(1);
  if (m < n) for (let k = 0; k < m; k++) self[k] = scorePair(packed, reps[k]!, reps[k]!, threshold);
  const into = make(m);
  const kindTotal = (m * (m - 1)) / 2;
  let done = 0;
  rowScorer(packed, reps, threshold, floor, (rows) => {
    fill(into, rows);
    for (const { row } of rows) done += row.length;
    options.onProgress?.(kindTotal === total ? done : Math.round((done / kindTotal) * total), total);
  });
  forgetListMemo();
  if (m < n && m <= 1) options.onProgress?.(total, total);
  return { kindOf, self, m, into };
}

/**
 * Scores every row of the upper triangle of the matrix of `roles` (offsets in `packed`) and hands them to `fill` as they
 * are done, in any order. `scoreRowsHere` does it in this thread; Node can do it on worker threads too
 * (src/node/matrix.ts `scoreRowsOnThreads`, which the command line sets with `setRowScorer`).
 */
export type RowScorer = (
  packed: Packed,
  roles: Int32Array,
  threshold: number,
  floor: number,
  fill: (rows: { i: number; row: Float64Array }[]) => void,
) => void;

/** Every row, in this thread, one at a time. */
export const scoreRowsHere: RowScorer = (packed, roles, threshold, floor, fill) => {
  for (let i = 0; i < roles.length - 1; i++) fill(matrixRows(packed, roles, [i], threshold, floor));
};

let rowScorer: RowScorer = scoreRowsHere;

/** How every similarity matrix of this module is scored from now on (`scoreRowsHere` when undefined). */
export function setRowScorer(scorer: RowScorer | undefined): void {
  rowScorer = scorer ?? scoreRowsHere;
}

/** The roles (offsets in `packed`) in kinds the kernel cannot tell apart: one offset per kind, and each role's kind. */
function kindsOf(packed: Packed, roles: Int32Array): { reps: Int32Array; kindOf: Int32Array } {
  const kindOf = new Int32Array(roles.length);
  const reps: number[] = [];
  const seen = new Map<string, number>();
  roles.forEach((h, i) => {
    const key = packedKey(packed, h);
    let k = seen.get(key);
    if (k === undefined) {
      seen.set(key, (k = reps.length));
      reps.push(h);
    }
    kindOf[i] = k;
  });
  return { reps: Int32Array.from(reps), kindOf };
}

/** An n×n matrix of ones, to be filled by `fillRows`. */
export function emptyMatrix(n: number): number[][] {
  return Array.from({ length: n }, () => new Array<number>(n).fill(1));
}

/** Writes rows of the upper triangle (role i against every later role, see `matrixRows`) into both halves. */
export function fillRows(scores: number[][], rows: readonly { i: number; row: Float64Array }[]): void {
  for (const { i, row } of rows)
    for (let k = 0; k < row.length; k++) {
      const j = i + 1 + k;
      scores[i]![j] = row[k]!;
      scores[j]![i] = row[k]!;
    }
}

/** The N-role comparison: every role's content per dimension, what all of them share, and the similarity matrix. */
export interface ManyComparison {
  roles: RoleId[];
  /** Keys of items held by every role, per dimension (what the table marks as shared). */
  common: Record<string, string[]>;
  /** Comparisons of each role with the first, in order (the first compared with itself is left out). */
  againstFirst: RoleComparison[];
  matrix: SimilarityMatrix;
}

/** Compares N roles at once: the material for the dimension × role table of seeds 000 and 001, and the N×N matrix. */
export function compareMany(roles: readonly Role[], catalog: Catalog, options: CompareOptions = {}): ManyComparison {
  if (roles.length === 0) return { roles: [], common: {}, againstFirst: [], matrix: { roles: [], scores: [] } };
  const first = roles[0]!;
  const againstFirst = roles.slice(1).map((r) => compareRoles(first, r, catalog, options));
  const common: Record<string, string[]> = {};
  if (againstFirst.length > 0) {
    for (const [dim, c] of Object.entries(againstFirst[0]!.dimensions)) {
      let keys = new Set([...c.shared, ...c.changed].map((m) => m.key));
      for (const other of againstFirst.slice(1)) {
        const d = other.dimensions[dim as keyof typeof other.dimensions];
        const k = new Set([...d.shared, ...d.changed].map((m) => m.key));
        keys = new Set([...keys].filter((x) => k.has(x)));
      }
      common[dim] = [...keys];
    }
  }
  return {
    roles: roles.map((r) => r.id),
    common,
    againstFirst,
    matrix: similarityMatrix(roles, catalog, options),
  };
}
