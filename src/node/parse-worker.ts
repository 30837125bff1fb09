// A worker thread of parseInParallel: takes batches of files from the counter it shares with the other threads,
// parses them and sends the values and problems back, batch by batch; then wakes the loader, which waits for it
// synchronously (the loader is not async).
import { workerData } from 'node:worker_threads';
import { parseFile } from '../load/parse.js';
import type { ParseJob, ParsedBatch } from './parse.js';
import { startedWork, stoppedWork, takeBatch } from './workers.js';

const job = workerData as ParseJob;
try {
  startedWork(job.done);
  for (
    let b = takeBatch(job.next, job.batch, job.files.length);
    b;
    b = takeBatch(job.next, job.batch, job.files.length)
  ) {
    const results = job.files.slice(b.from, b.to).map((f) => parseFile(f.text, f.path, job.options));
    job.port.postMessage({ from: b.from, results } satisfies ParsedBatch);
  }
} catch {
  // The batch being parsed is not answered for: the loader parses it itself.
} finally {
  job.port.close();
  stoppedWork(job.done);
}
