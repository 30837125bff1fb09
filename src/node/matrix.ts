import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Catalog } from '../catalog/catalog.js';
import { forgetListMemo, rowBand, scoreRows, triangleOffset, type Packed } from '../compare/kernel.js';
import {
  matrixOf,
  matrixPlan,
  scoreRowsHere,
  scoresOf,
  setRowScorer,
  similarityMatrix,
  type RowScorer,
  type SimilarityMatrix,
} from '../compare/many.js';
import type { CompareOptions } from '../compare/types.js';
import type { Role } from '../model/index.js';
import { awaitWorker, workerFile, workerFlags } from './workers.js';

/** What a matrix worker is given: the roles packed for the comparison kernel, and where to take rows from and put them. */
export interface MatrixJob {
  /** Which job this is: the worker names it when it is done. */
  id: number;
  packed: Packed;
  /** Each role's offset in `packed`, in matrix order. */
  roles: Int32Array;
  threshold: number;
  /** Pairs that cannot reach this are given up on (see `MatrixOptions.floor`). */
  floor: number;
  /** The upper triangle, row by row (`triangleOffset`), that every thread writes its rows into. */
  out: Float64Array;
  /** The worker's flags (`workerFlags`). */
  done: Int32Array;
  /** The next band of rows to score (`rowBand`), shared by every thread (each takes one with `Atomics.add`). */
  next: Int32Array;
  /** Per row, 1 once a worker has written it into `out`. */
  written: Uint8Array;
}

/** A copy of an array in memory every thread reads (sent to each worker without copying). */
function shared<T extends Int32Array | Float64Array>(a: T): T {
  const Kind = a.constructor as new (buffer: SharedArrayBuffer) => T;
  const out = new Kind(new SharedArrayBuffer(a.byteLength));
  out.set(a);
  return out;
}

/**
 * The last packed roles copied into shared memory, and the copy: copied once per packing (the report scores a matrix
 * per job family of one packing), and only the last one kept.
 */
let lastShared: { packed: Packed; copy: Packed } | undefined;
function sharedPacked(packed: Packed): Packed {
  if (lastShared?.packed !== packed) {
    const copy = {
      ...packed,
      ints: shared(packed.ints),
      floats: shared(packed.floats),
      dims: packed.dims.map((d) => ({ ...d, termWeights: shared(d.termWeights) })),
    };
    lastShared = { packed, copy };
  }
  return lastShared.copy;
}

/**
 * Matrix workers waiting for their next job, kept for the next matrix: a worker takes a few hundred milliseconds to
 * start, and a command may score several matrices. They do not keep the process alive (`unref`).
 */
const idle: Worker[] = [];

/** `count` workers: waiting ones first, then new ones. */
function takeWorkers(script: URL, count: number): Worker[] {
  const taken = idle.splice(0, count);
  while (taken.length < count) {
    const worker = new Worker(script);
    worker.unref();
    // A worker that fails is not given work again; what it took is scored here (`SharedRows.rest`).
    worker.once('error', () => forget(worker));
    worker.once('exit', () => forget(worker));
    taken.push(worker);
  }
  return taken;
}

function forget(worker: Worker): void {
  const at = idle.indexOf(worker);
  if (at >= 0) idle.splice(at, 1);
  failed.add(worker);
}

/** Workers that stopped or failed: never taken again. */
const failed = new WeakSet<Worker>();

/** Workers back to wait for the next job, unless they failed. */
function returnWorkers(workers: readonly Worker[]): void {
  for (const w of workers) if (!failed.has(w) && !idle.includes(w)) idle.push(w);
}

/** Jobs given to matrix workers so far. */
let jobs = 0;

/**
 * The rows of a matrix shared by worker threads and this thread: each takes the next band of rows (`rowBand`) from a
 * counter they share, longest rows first, and writes it into one upper triangle in shared memory (no row is copied
 * between threads).
 */
class SharedRows {
  private readonly n: number;
  readonly out: Float64Array;
  private readonly next = new Int32Array(new SharedArrayBuffer(4));
  private readonly written: Uint8Array;
  private readonly here: Uint8Array;
  readonly workers: { done: Int32Array; worker: Worker }[];
  readonly id = ++jobs;

  constructor(
    private readonly packed: Packed,
    private readonly roles: Int32Array,
    private readonly threshold: number,
    private readonly floor: number,
    script: URL,
    workers: number,
  ) {
    const n = (this.n = roles.length);
    this.out = new Float64Array(new SharedArrayBuffer(triangleOffset(n, n) * Float64Array.BYTES_PER_ELEMENT));
    this.written = new Uint8Array(new SharedArrayBuffer(n));
    this.here = new Uint8Array(n);
    const inShared = sharedPacked(packed);
    this.workers = takeWorkers(script, workers).map((worker) => {
      const done = workerFlags();
      const job: MatrixJob = {
        id: this.id,
        packed: inShared,
        roles,
        threshold,
        floor,
        out: this.out,
        done,
        next: this.next,
        written: this.written,
      };
      worker.postMessage(job);
      return { done, worker };
    });
  }

  /** Row i as written into the triangle. */
  private row(i: number): Float64Array {
    const at = triangleOffset(i, this.n);
    return this.out.subarray(at, at + this.n - 1 - i);
  }

  /** Scores rows `first` to `last` − 1 into the triangle. */
  private score(first: number, last = first + 1): void {
    const { packed, roles, threshold, floor, out, n } = this;
    scoreRows(packed, roles, first, last, threshold, floor, out, triangleOffset(first, n));
  }

  /** Scores bands of rows in this thread, taken from the counter as the workers take theirs, until none is left. */
  work(row: (i: number, cells: Float64Array) => void): void {
    const n = this.n;
    for (let band = rowBand(Atomics.add(this.next, 0, 1), n); band; band = rowBand(Atomics.add(this.next, 0, 1), n)) {
      const { first, last } = band;
      this.score(first, last);
      for (let i = first; i < last; i++) {
        this.here[i] = 1;
        row(i, this.row(i));
      }
    }
  }

  /** Gives up the job: no thread takes another band (the workers finish the ones they have, then wait for the next). */
  cancel(): void {
    Atomics.store(this.next, 0, this.n);
  }

  /**
   * Once the workers are done or given up on: every row `work` did not hand out, scoring here the rows no worker wrote
   * (a worker that failed, or took a row and was not waited for).
   */
  rest(row: (i: number, cells: Float64Array) => void): void {
    for (let i = 0; i < this.n - 1; i++) {
      if (this.here[i] === 1) continue;
      if (Atomics.load(this.written, i) !== 1) this.score(i);
      row(i, this.row(i));
    }
  }
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
 * The similarity matrix computed on worker threads (Node only), leaving this thread free meanwhile: the roles are
 * packed once here, and each worker takes the next band of rows from a counter they share and scores it with the
 * comparison kernel on the packed numbers alone, into shared memory. Same numbers as `similarityMatrix`. `threads`
 * defaults to the machine's parallelism; with 1 thread it runs in this thread. Rejected when a worker fails.
 */
export async function similarityMatrixParallel(
  roles: readonly Role[],
  catalog: Catalog,
  options: CompareOptions & { threads?: number } = {},
): Promise<SimilarityMatrix> {
  const { threads: wanted, ...compare } = options;
  const threads = Math.max(1, Math.min(wanted ?? availableParallelism(), roles.length - 1, 16));
  if (threads <= 1) return similarityMatrix(roles, catalog, compare);
  const script = matrixWorker();
  returnWorkers(takeWorkers(script, threads)); // started while the roles are packed
  const plan = matrixPlan(roles, catalog, compare, scoreRowsHere);
  const rows = new SharedRows(plan.packed, plan.reps, plan.threshold, plan.floor, script, threads);
  const failures: unknown[] = [];
  await Promise.all(
    rows.workers.map(
      ({ worker }) =>
        new Promise<void>((resolve) => {
          // The worker says when its job is done, naming it (an earlier job's answer is not this one's).
          const done = (id: unknown) => {
            if (id === rows.id) end();
          };
          const failure = (why: unknown) => {
            failures.push(why);
            end();
          };
          const stopped = (code: number) => failure(new Error(`matrix worker stopped with exit code ${code}`));
          const end = () => {
            worker.off('message', done).off('error', failure).off('exit', stopped);
            worker.unref();
            resolve();
          };
          worker.ref(); // waited for without blocking: it keeps the process alive meanwhile
          worker.on('message', done).on('error', failure).on('exit', stopped);
        }),
    ),
  );
  returnWorkers(rows.workers.map((w) => w.worker));
  // A worker that failed would leave its rows to this thread, blocking it for them: the promise is rejected instead.
  if (failures.length > 0) throw failures[0] instanceof Error ? failures[0] : new Error(String(failures[0]));
  rows.rest(() => undefined);
  forgetListMemo();
  return matrixOf(scoresOf(plan, rows.out));
}

/** Below this many roles a matrix is scored in this thread: starting workers would cost more than the rows. */
const THREADED_MIN_ROLES = 300;
/** How long to wait for a worker before scoring its rows here instead. */
const WORKER_TIMEOUT_MS = 600_000;

/**
 * A `RowScorer` (src/compare/many.ts) that scores the rows of a large matrix on worker threads and in this thread at
 * once, synchronously (it waits for the workers), so every similarity matrix the library computes (lint, overlaps,
 * report, the spreadsheet exports, matrix --scores) uses the machine's cores. A worker starts a few hundred
 * milliseconds late: taking rows from the shared counter, no thread waits for another. Same numbers as
 * `scoreRowsHere`.
 */
export function scoreRowsOnThreads(threads = availableParallelism()): RowScorer {
  /** How many threads score a matrix of n roles, and the worker script when workers take part. */
  const plan = (n: number) => {
    const count = Math.max(1, Math.min(threads, 16, n - 1));
    return { count, script: count > 1 && n >= THREADED_MIN_ROLES ? workerFile('matrix-worker') : undefined };
  };
  const scorer: RowScorer = (packed, roles, threshold, floor, row, meanwhile) => {
    const { count, script } = plan(roles.length);
    if (script === undefined) return scoreRowsHere(packed, roles, threshold, floor, row, meanwhile);
    const rows = new SharedRows(packed, roles, threshold, floor, script, count - 1);
    try {
      // The workers have the job: they take bands while this thread does the caller's other work, then it joins them.
      meanwhile?.();
      rows.work(row);
    } catch (e) {
      // The caller's work threw (`meanwhile`, or its progress or visit in `row`): the workers take no more bands of
      // this job, finish the ones they have and wait for the next.
      rows.cancel();
      returnWorkers(rows.workers.map((w) => w.worker));
      throw e;
    }
    const back: Worker[] = [];
    for (const { done, worker } of rows.workers)
      if (awaitWorker(done, WORKER_TIMEOUT_MS) === 'timed out') {
        forget(worker);
        void worker.terminate();
      } else back.push(worker);
    returnWorkers(back);
    rows.rest(row);
  };
  // Workers start while the roles are packed, so that they are ready when the rows are.
  scorer.warm = (n) => {
    const { count, script } = plan(n);
    if (script !== undefined) returnWorkers(takeWorkers(script, count - 1));
  };
  return scorer;
}

/**
 * From now on, every similarity matrix of 300 roles or more (lint, overlaps, report, the spreadsheet exports,
 * `similarityMatrix`) is scored on `threads` threads (default: the machine's parallelism; 1 turns it off again).
 * The command line does this for catalogs on disk.
 */
export function useThreadsForMatrices(threads = availableParallelism()): void {
  setRowScorer(threads > 1 ? scoreRowsOnThreads(threads) : undefined);
  if (threads <= 1) {
    // No thread is kept waiting for a matrix any more.
    for (const worker of idle.splice(0)) void worker.terminate();
    lastShared = undefined;
  }
}
