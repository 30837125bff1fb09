import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Catalog } from '../catalog/catalog.js';
import { DEFAULT_SIMILAR_THRESHOLD, packRoles } from '../compare/compare.js';
import type { Packed } from '../compare/kernel.js';
import { emptyMatrix, fillRows, similarityMatrix, type SimilarityMatrix } from '../compare/many.js';
import type { CompareOptions } from '../compare/types.js';
import type { Role } from '../model/index.js';
import { workerFile } from './workers.js';

/** What a matrix worker is given: the roles packed for the comparison kernel, and its share of the rows. */
export interface MatrixJob {
  packed: Packed;
  /** Each role's offset in `packed`, in matrix order. */
  roles: Int32Array;
  rows: number[];
  threshold: number;
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
