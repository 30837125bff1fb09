// A worker thread of readInParallel: reads its share of the texts with its own matcher and sends their terms back,
// then wakes the waiting thread.
import { workerData } from 'node:worker_threads';
import { Matcher } from '../match/matcher.js';
import type { ReadJob } from './read.js';

const job = workerData as ReadJob;
try {
  const matcher = new Matcher(job.groups);
  job.port.postMessage({ terms: job.texts.map((t) => [...matcher.terms(t)]) });
} catch (err) {
  job.port.postMessage({ error: err instanceof Error ? err.message : String(err) });
} finally {
  job.port.close();
  Atomics.store(job.done, 0, 1);
  Atomics.notify(job.done, 0);
}
