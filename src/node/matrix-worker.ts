// A worker thread of the parallel similarity matrix: scores rows of the upper triangle on the packed roles it is sent
// (the kernel alone: no catalog to rebuild). It sends its rows back (similarityMatrixParallel), or takes rows from a
// shared counter, writes them into shared memory and wakes the thread that waits for it (scoreRowsOnThreads).
import { parentPort, workerData } from 'node:worker_threads';
import { matrixRows, triangleOffset } from '../compare/kernel.js';
import type { MatrixJob } from './matrix.js';
import { startedWork, stoppedWork } from './workers.js';

const job = workerData as MatrixJob;
if (job.out === undefined || job.done === undefined || job.next === undefined) {
  const out = matrixRows(job.packed, job.roles, job.rows, job.threshold);
  parentPort!.postMessage(
    out,
    out.map((r) => r.row.buffer as ArrayBuffer),
  );
} else {
  const { out: into, done, next, written } = job;
  let state: 1 | 2 = 2; // failed, unless every row it took gets written
  try {
    startedWork(done);
    const n = job.roles.length;
    for (let i = Atomics.add(next, 0, 1); i < n - 1; i = Atomics.add(next, 0, 1)) {
      into.set(matrixRows(job.packed, job.roles, [i], job.threshold, job.floor)[0]!.row, triangleOffset(i, n));
      if (written) Atomics.store(written, i, 1);
    }
    state = 1;
  } finally {
    stoppedWork(done, state);
  }
}
