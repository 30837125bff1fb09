// A worker thread of the similarity matrix, kept for one matrix after another: for each job it is sent, it takes bands
// of rows of the upper triangle from a counter it shares with the other threads, scores them with the comparison
// kernel on the packed roles (the kernel alone: no catalog to rebuild), writes them into shared memory, then wakes the
// thread that waits for it and says so (src/node/matrix.ts).
import { parentPort } from 'node:worker_threads';
import { forgetListMemo, rowBand, scoreRows, triangleOffset } from '../compare/kernel.js';
import type { MatrixJob } from './matrix.js';
import { startedWork, stoppedWork } from './workers.js';

parentPort!.on('message', ({ id, packed, roles, threshold, floor, out, done, next, written }: MatrixJob) => {
  let state: 1 | 2 = 2; // failed, unless every row it took gets written
  try {
    startedWork(done);
    const n = roles.length;
    for (let band = rowBand(Atomics.add(next, 0, 1), n); band; band = rowBand(Atomics.add(next, 0, 1), n)) {
      const { first, last } = band;
      scoreRows(packed, roles, first, last, threshold, floor, out, triangleOffset(first, n));
      for (let i = first; i < last; i++) Atomics.store(written, i, 1);
    }
    state = 1;
  } finally {
    forgetListMemo(); // nothing of this matrix is kept while the worker waits for the next
    stoppedWork(done, state);
    parentPort!.postMessage(id);
  }
});
