// A worker thread of readAndParse: takes batches of files from the counter it shares with the other threads, reads
// and parses them and sends the texts, values and problems back, batch by batch; then wakes the loader, which waits
// for it synchronously (the loader is not async).
import { workerData } from 'node:worker_threads';
import { readAndParseFile, type ParseJob, type ParsedBatch } from './parse.js';
import { startedWork, stoppedWork, takeBatch } from './workers.js';

const job = workerData as ParseJob;
try {
  startedWork(job.done);
  for (
    let b = takeBatch(job.next, job.batch, job.paths.length);
    b;
    b = takeBatch(job.next, job.batch, job.paths.length)
  ) {
    const results = job.paths.slice(b.from, b.to).map((p) => readAndParseFile(p, job.options));
    job.port.postMessage({ from: b.from, results } satisfies ParsedBatch);
  }
} catch {
  // The batch being parsed is not answered for: the loader reads and parses it itself.
} finally {
  job.port.close();
  stoppedWork(job.done);
}
