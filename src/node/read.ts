import { availableParallelism } from 'node:os';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { setBulkReader } from '../match/matcher.js';
import type { SynonymGroup } from '../match/thesaurus.js';
import { workerFile } from './workers.js';

/** What a read worker is given: the thesaurus groups, its texts, where to answer, and the flag it raises when done. */
export interface ReadJob {
  groups: readonly SynonymGroup[];
  texts: readonly string[];
  port: MessagePort;
  done: Int32Array;
}

/** How long to wait for a worker before giving up on it (its texts are then read when asked for). */
const WORKER_TIMEOUT_MS = 120_000;

/**
 * Reads texts into terms on several threads (the machine's parallelism, at most 4), each with its own thesaurus of
 * `groups`: what `Matcher.terms` gives for each text, in order. Synchronous, like the parse (src/node/parse.ts): this
 * thread waits. Undefined when there is no built worker or one fails; the texts are then read here when asked for.
 */
export function readInParallel(groups: readonly SynonymGroup[], texts: readonly string[]): string[][] | undefined {
  const script = workerFile('read-worker');
  const count = Math.max(1, Math.min(availableParallelism(), 4));
  if (script === undefined || count < 2 || texts.length < 2) return undefined;
  // Shares of about equal text, in order: share k holds texts [starts[k], starts[k + 1]).
  let total = 0;
  for (const t of texts) total += t.length;
  const starts = [0];
  let chars = 0;
  texts.forEach((t, i) => {
    chars += t.length;
    if (chars >= (total * starts.length) / count && starts.length < count && i + 1 < texts.length) starts.push(i + 1);
  });
  starts.push(texts.length);
  const started = starts.slice(0, -1).map((from, k) => {
    const { port1, port2 } = new MessageChannel();
    const done = new Int32Array(new SharedArrayBuffer(4));
    const job: ReadJob = { groups, texts: texts.slice(from, starts[k + 1]), port: port2, done };
    const worker = new Worker(script, { workerData: job, transferList: [port2] });
    worker.unref();
    return { port: port1, done, worker };
  });
  const out: string[][] = [];
  let failed = false;
  for (const { port, done, worker } of started) {
    Atomics.wait(done, 0, 0, WORKER_TIMEOUT_MS);
    const answer = receiveMessageOnPort(port)?.message as { terms?: string[][] } | undefined;
    port.close();
    void worker.terminate();
    if (answer?.terms === undefined) failed = true;
    else for (const t of answer.terms) out.push(t);
  }
  return failed ? undefined : out;
}

/**
 * From now on, the texts of a catalog with over half a million characters of distinct text (about 450 roles whose
 * duties are their own) are read on worker
 * threads, all at once, when the first comparison, query or check asks for them (see `matcherOf`). The terms are the
 * same. `useThreadsForReading(false)` turns it off.
 */
export function useThreadsForReading(use = true): void {
  setBulkReader(use ? readInParallel : undefined);
}
