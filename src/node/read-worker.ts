// A worker thread of readInParallel: reads its share of the texts with its own matcher and sends their terms back,
// then wakes the waiting thread.
import { workerData } from 'node:worker_threads';
import { Matcher } from '../match/matcher.js';
import type { ReadJob } from './read.js';

const job = workerData as ReadJob;
try {
  // Each text once, so straight through the thesaurus: the matcher's cache of analyses would only fill up.
  const { thesaurus } = new Matcher(job.groups);
  job.port.postMessage({ terms: job.texts.map((t) => thesaurus.analyse(t).terms as string[]) });
} catch (err) {
  job.port.postMessage({ error: err instanceof Error ? err.message : String(err) });
} finally {
  job.port.close();
  Atomics.store(job.done, 0, 1);
  Atomics.notify(job.done, 0);
}
