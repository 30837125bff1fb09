import { availableParallelism } from 'node:os';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { kindScore, type KindScores } from '../compare/kernel.js';
import type { SimilarityScores } from '../compare/many.js';
import { rowTexts } from '../compare/rows.js';
import { takeBatch, workerFile, workerFlags } from './workers.js';

/** What a rows worker is given: the matrix by kinds, the counter it takes its next rows from, where to answer. */
export interface RowsJob {
  kinds: KindScores;
  n: number;
  /** How many rows it takes at a time. */
  batch: number;
  next: Int32Array;
  /** The rows the writing thread has given out so far: the worker keeps at most `AHEAD` rows past them. */
  given: Int32Array;
  port: MessagePort;
  /** Raised by one after each message it sends (and when it stops), waking the thread that waits for rows. */
  sent: Int32Array;
  /** Its flags (`workerFlags`). */
  done: Int32Array;
}

/** What a rows worker sends for each batch: the first row's index and the rows as JSON. */
export interface RowsBatch {
  from: number;
  texts: string[];
}

/** Below this many roles the rows are formatted here: starting a thread would cost more than it saves. */
const THREADED_MIN_ROWS = 300;
/** Rows a thread takes at a time. */
const ROWS_BATCH = 16;
/**
 * How many rows a worker formats past those given out, at most: when writing is slower than formatting (a terminal, a
 * slow pipe), the rows wait as numbers, not as 175 MB of text.
 */
export const ROWS_AHEAD = 8 * ROWS_BATCH;
/** How long to wait for rows a worker took before formatting them here instead. */
const WORKER_TIMEOUT_MS = 120_000;

/**
 * The rows of a similarity matrix as JSON (`rowTexts`), first to last, formatted on a worker thread and this one at
 * once: each takes the next batch of rows from a counter they share, and this thread gives them out in order as they
 * are ready (it also writes them, so it takes fewer), the worker keeping at most `ROWS_AHEAD` rows past those given
 * out. 3,000 roles are 9 million numbers to format: about a second on one thread. Formatted here alone when the matrix
 * is small, is not scored by kinds, or no worker can start; rows a worker took and did not send (it failed, or took
 * too long) are formatted here too.
 */
export function* matrixRowsOnThreads(m: SimilarityScores): Generator<string, void, undefined> {
  const n = m.roles.length;
  const kinds = m.kinds;
  const script = n >= THREADED_MIN_ROWS && availableParallelism() > 1 ? workerFile('rows-worker') : undefined;
  if (kinds === undefined || script === undefined) {
    yield* rowTexts(n, m.score);
    return;
  }
  const next = new Int32Array(new SharedArrayBuffer(4));
  const given = new Int32Array(new SharedArrayBuffer(4));
  const sent = new Int32Array(new SharedArrayBuffer(4));
  const done = workerFlags();
  const { port1, port2 } = new MessageChannel();
  const job: RowsJob = { kinds, n, batch: ROWS_BATCH, next, given, port: port2, sent, done };
  let worker: Worker;
  try {
    worker = new Worker(script, { workerData: job, transferList: [port2] });
  } catch {
    port1.close();
    yield* rowTexts(n, m.score);
    return;
  }
  worker.unref();
  // A worker that fails takes no more rows and raises its flags; what it took is formatted here.
  worker.once('error', () => undefined);
  const score = (i: number, j: number) => kindScore(kinds, i, j);
  const here = (from: number) => [...rowTexts(n, score, from, Math.min(n, from + ROWS_BATCH))];
  /** Rows ready to give out, by the first row of their batch. */
  const ready = new Map<number, string[]>();
  const receive = () => {
    for (let msg = receiveMessageOnPort(port1); msg !== undefined; msg = receiveMessageOnPort(port1)) {
      const { from, texts } = msg.message as RowsBatch;
      ready.set(from, texts);
    }
  };
  let waited = 0;
  try {
    for (let row = 0; row < n;) {
      const texts = ready.get(row);
      if (texts !== undefined) {
        ready.delete(row);
        for (const text of texts) yield text;
        row += texts.length;
        Atomics.store(given, 0, row);
        Atomics.notify(given, 0);
        continue;
      }
      const seen = Atomics.load(sent, 0);
      receive();
      if (ready.has(row)) continue;
      // The next rows are not here yet: take a batch (they may be it) while the worker formats the ones it took.
      const b = takeBatch(next, ROWS_BATCH, n);
      if (b !== undefined) {
        ready.set(b.from, here(b.from));
        continue;
      }
      // The worker took them: wait for it, unless it stopped, never started or takes too long.
      if (Atomics.load(done, 0) !== 0 || Atomics.load(done, 1) !== 1 || waited >= WORKER_TIMEOUT_MS) {
        receive();
        if (!ready.has(row)) ready.set(row, here(row));
        continue;
      }
      if (Atomics.wait(sent, 0, seen, 1000) === 'timed-out') waited += 1000;
    }
  } finally {
    // No more rows are taken (when the writing stopped part-way), and the worker is not waited for.
    Atomics.store(next, 0, n);
    Atomics.store(given, 0, n);
    Atomics.notify(given, 0);
    port1.close();
    void worker.terminate();
  }
}
