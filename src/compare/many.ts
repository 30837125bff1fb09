import type { Catalog } from '../catalog/catalog.js';
import type { Role, RoleId } from '../model/index.js';
import { compareRoles, DEFAULT_SIMILAR_THRESHOLD, packRoles } from './compare.js';
import {
  forgetListMemo,
  packedSequence,
  ROW_BAND,
  rowBand,
  scorePair,
  scoreRows,
  sequenceHash,
  triangleOffset,
  kindScore,
  type KindScores,
  type Packed,
} from './kernel.js';
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

/**
 * The overall similarity of every two roles, as scored: `score(i, j)` for roles i and j (indexes into `roles`, 1 when
 * i = j). What `similarityMatrix` spreads into an N×N array, kept as the kernel writes it: half the cells, in one
 * typed array (the 4.5 million pairs of 3,000 roles are 36 MB instead of a 9-million-cell array per row).
 */
export interface SimilarityScores {
  roles: RoleId[];
  score: (i: number, j: number) => number;
  /** The numbers `score` reads, when it reads a matrix scored by kinds (what a worker thread can be sent). */
  kinds?: KindScores;
}

/** Every two roles' overall similarity, each pair computed once (the matrix is symmetric). */
export function similarityScores(
  roles: readonly Role[],
  catalog: Catalog,
  options: MatrixOptions = {},
  scorer: RowScorer = rowScorer,
): SimilarityScores {
  const plan = matrixPlan(roles, catalog, options, scorer);
  const m = plan.reps.length;
  const triangle = sharedFloats(triangleOffset(m, m));
  scoreKinds(plan, scorer, options.onProgress, (i, row) => triangle.set(row, triangleOffset(i, m)));
  return scoresOf(plan, triangle);
}

/**
 * Numbers in memory other threads can read without a copy (a worker formatting a large matrix's rows), where there is
 * such memory; a plain array otherwise (a browser page that is not cross-origin isolated).
 */
function sharedFloats(length: number): Float64Array {
  if (length >= SHARED_MIN_LENGTH && typeof SharedArrayBuffer === 'function')
    try {
      return new Float64Array(new SharedArrayBuffer(length * Float64Array.BYTES_PER_ELEMENT));
    } catch {
      // Not allowed here: a plain array.
    }
  return new Float64Array(length);
}
/** Fewer scores than this are not worth sharing (the triangle of 300 roles). */
const SHARED_MIN_LENGTH = (300 * 299) / 2;

/** Pairwise overall similarity of every two roles as an N×N array; each pair is computed once. */
export function similarityMatrix(
  roles: readonly Role[],
  catalog: Catalog,
  options: MatrixOptions = {},
): SimilarityMatrix {
  return matrixOf(similarityScores(roles, catalog, options));
}

/** Scores spread into an N×N array. */
export function matrixOf(s: SimilarityScores): SimilarityMatrix {
  const n = s.roles.length;
  const scores = Array.from({ length: n }, (_, i) => {
    const row = new Array<number>(n);
    for (let j = 0; j < n; j++) row[j] = s.score(i, j);
    return row;
  });
  return { roles: s.roles, scores };
}

/**
 * Calls `visit(i, j, score)` for every two roles (i < j, indexes into `roles`) whose overall similarity is at least
 * `floor` (above 0), in no particular order: the scores `similarityMatrix(roles, catalog, { floor })` holds there,
 * without an N×N matrix (what near-duplicate checks ask of 3,000 roles). `meanwhile` is run once on this thread after
 * the roles are packed: while worker threads score the matrix (see `RowScorer`), or before the rows are scored on one
 * thread (after them, with a scorer that does not run it). Work of the caller that needs no pairs: the duties roles
 * share, for overlaps.
 */
export function forEachSimilarPair(
  roles: readonly Role[],
  catalog: Catalog,
  floor: number,
  visit: (i: number, j: number, score: number) => void,
  options: CompareOptions = {},
  meanwhile?: () => void,
): void {
  const plan = matrixPlan(roles, catalog, { ...options, floor });
  const { kindOf, self } = plan;
  const m = plan.reps.length;
  const found: number[] = [];
  let ran = false;
  scoreKinds(
    plan,
    rowScorer,
    undefined,
    (i, row) => {
      for (let k = 0; k < row.length; k++) if (row[k]! >= floor) found.push(i, i + 1 + k, row[k]!);
    },
    meanwhile &&
      (() => {
        if (ran) return;
        ran = true;
        meanwhile();
      }),
  );
  if (meanwhile && !ran) meanwhile(); // a scorer that does not run it (one set by a caller of setRowScorer)
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
 * Roles to be scored as a matrix: packed for the kernel, in kinds the kernel cannot tell apart (copies score alike
 * against every role, so every two kinds are scored once), with each kind's score against itself (what two roles of
 * one kind score).
 */
export interface MatrixPlan {
  roles: RoleId[];
  packed: Packed;
  /** One role per kind (offsets in `packed`): the rows and columns of the matrix that is scored. */
  reps: Int32Array;
  kindOf: Int32Array;
  self: Float64Array;
  threshold: number;
  floor: number;
}

/** Packs `roles` and finds their kinds; `scorer`, which will score them, may get ready meanwhile. */
export function matrixPlan(
  roles: readonly Role[],
  catalog: Catalog,
  options: MatrixOptions,
  scorer: RowScorer = rowScorer,
): MatrixPlan {
  scorer.warm?.(roles.length);
  const { packed, roles: at } = packRoles(roles, catalog);
  const threshold = options.similarThreshold ?? DEFAULT_SIMILAR_THRESHOLD;
  const { reps, kindOf } = kindsOf(packed, at);
  const m = reps.length;
  const self = new Float64Array(m).fill(1);
  if (m < roles.length) for (let k = 0; k < m; k++) self[k] = scorePair(packed, reps[k]!, reps[k]!, threshold);
  return { roles: roles.map((r) => r.id), packed, reps, kindOf, self, threshold, floor: options.floor ?? 0 };
}

/** The scores of a plan's roles from its kinds' upper triangle (`triangleOffset`, row by row). */
export function scoresOf(plan: MatrixPlan, triangle: Float64Array): SimilarityScores {
  const kinds: KindScores = { triangle, kindOf: plan.kindOf, self: plan.self };
  return { roles: plan.roles, score: (i, j) => kindScore(kinds, i, j), kinds };
}

/** Scores every row of a plan's kinds with `scorer`, telling `onProgress` in pairs of roles (see `RowScorer`). */
function scoreKinds(
  plan: MatrixPlan,
  scorer: RowScorer,
  onProgress: Progress | undefined,
  row: (i: number, row: Float64Array) => void,
  meanwhile?: () => void,
): void {
  const n = plan.kindOf.length;
  const m = plan.reps.length;
  const total = (n * (n - 1)) / 2;
  const kindTotal = (m * (m - 1)) / 2;
  let done = 0;
  scorer(
    plan.packed,
    plan.reps,
    plan.threshold,
    plan.floor,
    (i, cells) => {
      row(i, cells);
      done += cells.length;
      onProgress?.(kindTotal === total ? done : Math.round((done / kindTotal) * total), total);
    },
    meanwhile,
  );
  forgetListMemo();
  if (m < n && m <= 1) onProgress?.(total, total);
}

/**
 * Scores every row of the upper triangle of the matrix of `roles` (offsets in `packed`) and hands each to `row` once
 * its band of rows (`rowBand`) is done, in any order: row i holds role i against every later role. A row is lent for
 * the call only (it may be a view of memory the next row is written into). `meanwhile`, when given, is run once on
 * this thread before it scores any row: a scorer with worker threads runs it once they have the job, so they score
 * rows while this thread does it. `scoreRowsHere` does it all in this thread; Node can do it on worker threads too
 * (src/node/matrix.ts `scoreRowsOnThreads`, which the command line sets with `setRowScorer`).
 */
export type RowScorer = ((
  packed: Packed,
  roles: Int32Array,
  threshold: number,
  floor: number,
  row: (i: number, row: Float64Array) => void,
  meanwhile?: () => void,
) => void) & {
  /** Told, before the roles are packed, that a matrix of `n` roles is coming (threads can start meanwhile). */
  warm?: (n: number) => void;
};

/** Every row, in this thread, a band of rows (`rowBand`) at a time, into one buffer. */
export const scoreRowsHere: RowScorer = (packed, roles, threshold, floor, row, meanwhile) => {
  meanwhile?.();
  const n = roles.length;
  const buffer = new Float64Array(Math.max(0, Math.min(ROW_BAND, n - 1) * (n - 1)));
  for (let b = 0, band = rowBand(b, n); band; band = rowBand(++b, n)) {
    const { first, last } = band;
    scoreRows(packed, roles, first, last, threshold, floor, buffer, 0);
    for (let i = first, at = 0; i < last; at += n - 1 - i, i++) row(i, buffer.subarray(at, at + n - 1 - i));
  }
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
  // Kinds by the hash of their sequence (`packedSequence`); a role joins a kind only when the sequences are equal.
  const byHash = new Map<number, number[]>();
  const seq: number[] = [];
  const other: number[] = [];
  const same = (n: number, m: number) => {
    if (n !== m) return false;
    for (let k = 0; k < n; k++) if (seq[k] !== other[k] && (seq[k] === seq[k] || other[k] === other[k])) return false;
    return true;
  };
  roles.forEach((h, i) => {
    const n = packedSequence(packed, h, seq);
    const hash = sequenceHash(seq, n);
    let kinds = byHash.get(hash);
    if (kinds === undefined) byHash.set(hash, (kinds = []));
    let k = kinds.find((kind) => same(n, packedSequence(packed, reps[kind]!, other)));
    if (k === undefined) {
      kinds.push((k = reps.length));
      reps.push(h);
    }
    kindOf[i] = k;
  });
  return { reps: Int32Array.from(reps), kindOf };
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
