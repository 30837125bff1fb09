// A worker thread of readInParallel: takes batches of texts from the counter it shares with the other threads,
// reads them with its own thesaurus and sends their terms back, batch by batch; then wakes the waiting thread.
import { workerData } from 'node:worker_threads';
import { Matcher } from '../match/matcher.js';
import { TermNumbers, type ReadJob } from './read.js';
import { startedWork, stoppedWork, takeBatch } from './workers.js';

const job = workerData as ReadJob;
try {
  // Each text once, so straight through the thesaurus: the matcher's cache of analyses would only fill up.
  const { thesaurus } = new Matcher(job.groups);
  const numbers = new TermNumbers();
  startedWork(job.done);
  for (
    let b = takeBatch(job.next, job.batch, job.texts.length);
    b;
    b = takeBatch(job.next, job.batch, job.texts.length)
  ) {
    const batch = numbers.batch(
      b.from,
      job.texts.slice(b.from, b.to).map((t) => thesaurus.analyse(t).terms),
    );
    job.port.postMessage(batch, [batch.terms.buffer, batch.ends.buffer]);
  }
} catch {
  // The batch being read is not answered for: the waiting thread reads it itself.
} finally {
  job.port.close();
  stoppedWork(job.done);
}
