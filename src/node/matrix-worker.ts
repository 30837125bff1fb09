// A worker thread of the parallel similarity matrix: scores rows of the upper triangle on the packed roles it is sent
// (the kernel alone: no catalog to rebuild). It sends its rows back (similarityMatrixParallel), or takes rows from a
// shared counter, writes them into shared memory and wakes the thread that waits for it (scoreRowsOnThreads).
import { parentPort, workerData } from 'node:worker_threads';
import { matrixRows, triangleOffset } from '../compare/kernel.js';
import type { MatrixJob } from './matrix.js';

const job = workerData as MatrixJob;
if (job.out === undefined || job.done === undefined) {
  const out = matrixRows(job.packed, job.roles, job.rows, job.threshold);
  parentPort!.postMessage(
    out,
    out.map((r) => r.row.buffer as ArrayBuffer),
  );
} else {
  let state = 2; // failed, unless every row gets written
  try {
    const n = job.roles.length;
    const write = (i: number) => {
      job.out!.set(matrixRows(job.packed, job.roles, [i], job.threshold, job.floor)[0]!.row, triangleOffset(i, n));
      if (job.written) Atomics.store(job.written, i, 1);
    };
    if (job.next === undefined) for (const i of job.rows) write(i);
    else for (let i = Atomics.add(job.next, 0, 1); i < n - 1; i = Atomics.add(job.next, 0, 1)) write(i);
    state = 1;
  } finally {
    Atomics.store(job.done, 0, state);
    Atomics.notify(job.done, 0);
  }
}
