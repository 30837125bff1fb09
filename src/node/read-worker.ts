// A worker thread of readInParallel: takes batches of texts from the counter it shares with the other threads,
// reads them with its own thesaurus and sends their terms back, batch by batch; then wakes the waiting thread.
import { workerData } from 'node:worker_threads';
import { Matcher } from '../match/matcher.js';
import { startedWork, stoppedWork } from './workers.js';
import { nextTexts, type ReadBatch, type ReadJob } from './read.js';

const job = workerData as ReadJob;
try {
  // Each text once, so straight through the thesaurus: the matcher's cache of analyses would only fill up.
  const { thesaurus } = new Matcher(job.groups);
  startedWork(job.done);
  for (let batch = nextTexts(job.next, job.texts.length); batch; batch = nextTexts(job.next, job.texts.length)) {
    const terms = job.texts.slice(batch.from, batch.to).map((t) => thesaurus.analyse(t).terms as string[]);
    job.port.postMessage({ from: batch.from, terms } satisfies ReadBatch);
  }
} catch {
  // The batch being read is not answered for: the waiting thread reads it itself.
} finally {
  job.port.close();
  stoppedWork(job.done);
}
