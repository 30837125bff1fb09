import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Catalog } from '../catalog/catalog.js';
import { DEFAULT_SIMILAR_THRESHOLD, packRoles } from '../compare/compare.js';
import type { Packed } from '../compare/kernel.js';
import {
  emptyMatrix,
  fillRows,
  scoreRowsHere,
  setRowScorer,
  similarityMatrix,
  type RowScorer,
  type SimilarityMatrix,
} from '../compare/many.js';
import { matrixRows, triangleOffset } from '../compare/kernel.js';
import type { CompareOptions } from '../compare/types.js';
import type { Role } from '../model/index.js';
import { awaitWorker, workerFile, workerFlags } from './workers.js';

/** What a matrix worker is given: the roles packed for the comparison kernel, and its rows or where to take them from. */
export interface MatrixJob {
  packed: Packed;
  /** Each role's offset in `packed`, in matrix order. */
  roles: Int32Array;
  /** Its rows (sent back in a message); with `out`, `done` and `next`, none: it takes rows from `next` instead. */
  rows: number[];
  threshold: number;
  /** Pairs that cannot reach this are given up on (see `MatrixOptions.floor`). */
  floor?: number;
  /** Where to write the rows (the upper triangle, row by row) instead of sending them, and its flags (`workerFlags`). */
  out?: Float64Array;
  done?: Int32Array;
  /** The next row to score, shared by every thread (each takes one at a time with `Atomics.add`). */
  next?: Int32Array;
  /** Per row, 1 once a worker has written it into `out`. */
  written?: Uint8Array;
}

/** A copy of an array in memory every thread reads (sent to each worker without copying). */
function shared<T extends Int32Array | Float64Array>(a: T): T {
  const Kind = a.constructor as new (buffer: SharedArrayBuffer) => T;
  const out = new Kind(new SharedArrayBuffer(a.byteLength));
  out.set(a);
  return out;
}

/** The matrix worker's built script; an error telling to build when there is none. */
function matrixWorker(): URL {
  const found = workerFile('matrix-worker');
  if (!found)
    throw new Error(
      'similarityMatrixParallel needs the built package (dist/node/matrix-worker.js); run `npm run build`.',
    );
  return found;
}

/**
 * The similarity matrix computed on several threads (Node only): rows are dealt out to worker threads in turn,
 * which score them with the comparison kernel on the roles packed once here. Same numbers as `similarityMatrix`.
 * `threads` defaults to the machine's parallelism; with 1 thread it runs in this thread.
 */
export async function similarityMatrixParallel(
  roles: readonly Role[],
  catalog: Catalog,
  options: CompareOptions & { threads?: number } = {},
): Promise<SimilarityMatrix> {
  const { threads: wanted, ...compare } = options;
  const n = roles.length;
  const threads = Math.max(1, Math.min(wanted ?? availableParallelism(), n - 1, 16));
  if (threads <= 1) return similarityMatrix(roles, catalog, compare);
  const { packed, roles: at } = packRoles(roles, catalog);
  const base = {
    packed: { ...packed, ints: shared(packed.ints), floats: shared(packed.floats) },
    roles: at,
    threshold: compare.similarThreshold ?? DEFAULT_SIMILAR_THRESHOLD,
  };
  const scores = emptyMatrix(n);
  const workerUrl = matrixWorker();
  await Promise.all(
    Array.from({ length: threads }, (_, w) => {
      const rows: number[] = [];
      for (let i = w; i < n - 1; i += threads) rows.push(i);
      const job: MatrixJob = { ...base, rows };
      return new Promise<void>((resolve, reject) => {
        const worker = new Worker(workerUrl, { workerData: job });
        worker.once('message', (result: { i: number; row: Float64Array }[]) => {
          fillRows(scores, result);
          resolve();
        });
        worker.once('error', reject);
        worker.once('exit', (code) =>
          code === 0 ? resolve() : reject(new Error(`matrix worker stopped with exit code ${code}`)),
        );
      });
    }),
  );
  return { roles: roles.map((r) => r.id), scores };
}

/** Below this many roles a matrix is scored in this thread: starting workers would cost more than the rows. */
const THREADED_MIN_ROLES = 300;
/** How long to wait for a worker before scoring its rows here instead. */
const WORKER_TIMEOUT_MS = 600_000;

/**
 * A `RowScorer` (src/compare/many.ts) that scores the rows of a large matrix on worker threads and in this thread at
 * once, synchronously (it waits for the workers), so every similarity matrix the library computes (lint, overlaps,
 * report, the spreadsheet exports, matrix --scores) uses the machine's cores. Each thread takes the next row from a
 * shared counter, longest rows first, so none waits for another (a worker starts a few hundred milliseconds late).
 * Rows a worker took but did not finish are scored here. Same numbers as `scoreRowsHere`.
 */
export function scoreRowsOnThreads(threads = availableParallelism()): RowScorer {
  return (packed, roles, threshold, floor, fill) => {
    const n = roles.length;
    const count = Math.max(1, Math.min(threads, 16, n - 1));
    const script = count > 1 && n >= THREADED_MIN_ROLES ? workerFile('matrix-worker') : undefined;
    if (script === undefined) return scoreRowsHere(packed, roles, threshold, floor, fill);
    const out = new Float64Array(new SharedArrayBuffer(((n * (n - 1)) / 2) * Float64Array.BYTES_PER_ELEMENT));
    const next = new Int32Array(new SharedArrayBuffer(4));
    const written = new Uint8Array(new SharedArrayBuffer(n));
    const sharedPacked = { ...packed, ints: shared(packed.ints), floats: shared(packed.floats) };
    const started = Array.from({ length: count - 1 }, () => {
      const done = workerFlags();
      const job: MatrixJob = { packed: sharedPacked, roles, rows: [], threshold, floor, out, done, next, written };
      const worker = new Worker(script, { workerData: job });
      worker.unref();
      return { done, worker };
    });
    const here = new Uint8Array(n);
    for (let i = Atomics.add(next, 0, 1); i < n - 1; i = Atomics.add(next, 0, 1)) {
      fill(matrixRows(packed, roles, [i], threshold, floor));
      here[i] = 1;
    }
    for (const { done, worker } of started) {
      awaitWorker(done, WORKER_TIMEOUT_MS);
      void worker.terminate();
    }
    const theirs: { i: number; row: Float64Array }[] = [];
    const missed: number[] = [];
    for (let i = 0; i < n - 1; i++)
      if (here[i] === 1) continue;
      else if (Atomics.load(written, i) === 1)
        theirs.push({ i, row: out.subarray(triangleOffset(i, n), triangleOffset(i, n) + n - 1 - i) });
      else missed.push(i);
    fill(theirs);
    if (missed.length > 0) fill(matrixRows(packed, roles, missed, threshold, floor));
  };
}

/**
 * From now on, every similarity matrix of 300 roles or more (lint, overlaps, report, the spreadsheet exports,
 * `similarityMatrix`) is scored on `threads` threads (default: the machine's parallelism; 1 turns it off again).
 * The command line does this for catalogs on disk.
 */
export function useThreadsForMatrices(threads = availableParallelism()): void {
  setRowScorer(threads > 1 ? scoreRowsOnThreads(threads) : undefined);
}
