// A worker thread of matrixRowsOnThreads: takes batches of rows from the counter it shares with the thread that writes
// them, formats each row as JSON (src/compare/rows.ts) and sends each batch, counting it in `sent` to wake that thread.
import { workerData } from 'node:worker_threads';
import { kindScore } from '../compare/kernel.js';
import { rowTexts } from '../compare/rows.js';
import { ROWS_AHEAD, type RowsBatch, type RowsJob } from './rows.js';
import { startedWork, stoppedWork, takeBatch } from './workers.js';

const job = workerData as RowsJob;
const wake = () => {
  Atomics.add(job.sent, 0, 1);
  Atomics.notify(job.sent, 0);
};
let state: 1 | 2 = 2;
try {
  startedWork(job.done);
  const score = (i: number, j: number) => kindScore(job.kinds, i, j);
  for (let b = takeBatch(job.next, job.batch, job.n); b; b = takeBatch(job.next, job.batch, job.n)) {
    // Not too far ahead of the rows given out: they would wait as text.
    for (let given = Atomics.load(job.given, 0); b.from - given > ROWS_AHEAD; given = Atomics.load(job.given, 0))
      Atomics.wait(job.given, 0, given, 1000);
    job.port.postMessage({ from: b.from, texts: [...rowTexts(job.n, score, b.from, b.to)] } satisfies RowsBatch);
    wake();
  }
  state = 1;
} catch {
  // The batch being formatted is not sent: the writing thread formats it itself.
} finally {
  job.port.close();
  stoppedWork(job.done, state);
  wake();
}
