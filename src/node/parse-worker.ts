// A worker thread of parseInParallel: parses its share of the files and sends the values and problems back, then
// wakes the loader, which waits for it synchronously (the loader is not async).
import { workerData } from 'node:worker_threads';
import { parseFile } from '../load/parse.js';
import type { ParseJob } from './parse.js';

const job = workerData as ParseJob;
try {
  job.port.postMessage({ results: job.files.map((f) => parseFile(f.text, f.path, job.options)) });
} catch (err) {
  job.port.postMessage({ error: err instanceof Error ? err.message : String(err) });
} finally {
  job.port.close();
  Atomics.store(job.done, 0, 1);
  Atomics.notify(job.done, 0);
}
