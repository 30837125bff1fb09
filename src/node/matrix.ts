import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { Catalog } from '../catalog/catalog.js';
import { similarityMatrix, type SimilarityMatrix } from '../compare/many.js';
import type { CompareOptions } from '../compare/types.js';
import type { Role } from '../model/index.js';

/** What a matrix worker is given: the catalog as plain data, the roles by id, and its share of the rows. */
export interface MatrixJob {
  roles: Role[];
  vocabularies: Record<string, [string, unknown][]>;
  settings: Catalog['settings'];
  ids: string[];
  rows: number[];
  options: CompareOptions;
}

/** Rebuilds the catalog a job was cut from, in a worker. */
export function catalogFromJob(job: MatrixJob): Catalog {
  return new Catalog({
    settings: job.settings,
    roles: new Map(job.roles.map((r) => [r.id, r])),
    vocabularies: Object.fromEntries(
      Object.entries(job.vocabularies).map(([k, v]) => [k, new Map(v)]),
    ) as unknown as Catalog['vocabularies'],
  });
}

/**
 * The built worker script: beside this module (CJS build), or under node/ when the ESM build put this code in a shared
 * chunk.
 */
function workerFile(): URL {
  const candidates = [
    new URL('./matrix-worker.js', import.meta.url),
    new URL('./node/matrix-worker.js', import.meta.url),
  ];
  const found = candidates.find((u) => existsSync(u));
  if (!found)
    throw new Error(
      'similarityMatrixParallel needs the built package (dist/node/matrix-worker.js); run `npm run build`.',
    );
  return found;
}

/**
 * The similarity matrix computed on several threads (Node only): rows are dealt out to worker threads in turn,
 * each rebuilding the catalog and computing its rows with `similarity`. Same numbers as `similarityMatrix`.
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
  const inCatalog = roles.every((r) => catalog.get(r.id) === r);
  // Roles outside the catalog travel with it, so the workers can find them by id.
  const all = inCatalog
    ? [...catalog.roles.values()]
    : [...new Map([...catalog.roles.values(), ...roles].map((r) => [r.id, r])).values()];
  const base = {
    roles: all,
    vocabularies: Object.fromEntries(Object.entries(catalog.vocabularies).map(([k, m]) => [k, [...m.entries()]])),
    settings: catalog.settings,
    ids: roles.map((r) => r.id),
    options: compare,
  };
  const scores = Array.from({ length: n }, () => new Array<number>(n).fill(1));
  const workerUrl = workerFile();
  await Promise.all(
    Array.from({ length: threads }, (_, w) => {
      const rows: number[] = [];
      for (let i = w; i < n - 1; i += threads) rows.push(i);
      const job: MatrixJob = { ...base, rows };
      return new Promise<void>((resolve, reject) => {
        const worker = new Worker(workerUrl, { workerData: job });
        worker.once('message', (result: { i: number; row: Float64Array }[]) => {
          for (const { i, row } of result) {
            for (let k = 0; k < row.length; k++) {
              const j = i + 1 + k;
              scores[i]![j] = row[k]!;
              scores[j]![i] = row[k]!;
            }
          }
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
