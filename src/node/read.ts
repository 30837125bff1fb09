import { availableParallelism } from 'node:os';
import { Worker, type MessagePort } from 'node:worker_threads';
import { setBulkReader } from '../match/matcher.js';
import type { SynonymGroup } from '../match/thesaurus.js';
import { batchSize, shareBatches, workerFile } from './workers.js';

/**
 * What a read worker is given: the thesaurus groups, every text, where to answer, the counter it takes its next texts
 * from (shared with every thread), and its flags (`workerFlags`).
 */
export interface ReadJob {
  groups: readonly SynonymGroup[];
  texts: readonly string[];
  /** How many texts it takes at a time. */
  batch: number;
  port: MessagePort;
  next: Int32Array;
  done: Int32Array;
}

/**
 * What a read worker sends for each batch it read: the first text's index and each text's terms, in order, as numbers
 * into the list of the worker's terms, of which it sends those it had not sent before. A catalog's texts have a
 * million terms but few distinct ones: each is one string, sent once, and kept once by the thread that takes them.
 */
export interface ReadBatch {
  from: number;
  /** The worker's terms met first in this batch, numbered on from those of its earlier batches. */
  fresh: string[];
  /** The batch's terms, text after text, by number. */
  terms: Int32Array<ArrayBuffer>;
  /** Where each text's terms end in `terms`. */
  ends: Int32Array<ArrayBuffer>;
}

/** Each batch's terms as `ReadBatch` numbers them, and the terms numbered so far. */
export class TermNumbers {
  private readonly numbers = new Map<string, number>();
  private fresh: string[] = [];

  /** The batch of `texts`' terms, from the first text's index `from`. */
  batch(from: number, texts: readonly (readonly string[])[]): ReadBatch {
    let n = 0;
    for (const t of texts) n += t.length;
    const terms = new Int32Array(n);
    const ends = new Int32Array(texts.length);
    let k = 0;
    texts.forEach((t, i) => {
      for (const term of t) {
        let id = this.numbers.get(term);
        if (id === undefined) {
          this.numbers.set(term, (id = this.numbers.size));
          this.fresh.push(term);
        }
        terms[k++] = id;
      }
      ends[i] = k;
    });
    const fresh = this.fresh;
    this.fresh = [];
    return { from, fresh, terms, ends };
  }
}

/** Reads the batches of one worker, in the order it sent them: each text's terms, as strings again. */
export class TermStrings {
  private readonly strings: string[] = [];

  texts(b: ReadBatch): string[][] {
    for (const s of b.fresh) this.strings.push(s);
    const out: string[][] = [];
    let k = 0;
    for (const end of b.ends) {
      const t = new Array<string>(end - k);
      for (let j = 0; k < end; j++, k++) t[j] = this.strings[b.terms[k]!]!;
      out.push(t);
    }
    return out;
  }
}

/** How many texts a thread takes at a time from the shared counter, at most. */
const READ_BATCH = 512;

/** How long to wait for a worker that took texts before reading them here instead. */
const WORKER_TIMEOUT_MS = 120_000;

/**
 * Reads texts into terms on several threads (the machine's parallelism, at most 4), this one included: each takes
 * batches from a shared counter, this thread with `here` (its matcher's thesaurus), each worker with its own thesaurus
 * of `groups`. What `Matcher.terms` gives for each text, in order. Synchronous, like the parse (src/node/parse.ts):
 * this thread then waits for the workers. Texts a worker took and did not answer for are read here; undefined when
 * there is no built worker, and the texts are then read when asked for. `progress` is told, between this thread's
 * batches, how many texts from the first on have their terms.
 */
export function readInParallel(
  groups: readonly SynonymGroup[],
  texts: readonly string[],
  here: (text: string) => readonly string[],
  progress?: (done: number, terms: readonly (readonly string[] | undefined)[]) => void,
): (readonly string[])[] | undefined {
  const script = workerFile('read-worker');
  const count = Math.max(1, Math.min(availableParallelism(), 4));
  if (script === undefined || count < 2 || texts.length < 2) return undefined;
  const batch = batchSize(texts.length, count, READ_BATCH);
  // Each worker's terms, by the port it answers on.
  const strings = new Map<MessagePort, TermStrings>();
  return shareBatches(
    texts,
    count,
    batch,
    WORKER_TIMEOUT_MS,
    ({ next, done, port }, transferList) => {
      const job: ReadJob = { groups, texts, batch, port, next, done };
      return new Worker(script, { workerData: job, transferList });
    },
    here,
    (message, put, port) => {
      const b = message as ReadBatch;
      let s = strings.get(port);
      if (s === undefined) strings.set(port, (s = new TermStrings()));
      s.texts(b).forEach((t, k) => put(b.from + k, t));
    },
    progress,
  );
}

/**
 * From now on, the texts of a catalog with over half a million characters of distinct text (about 450 roles whose
 * duties are their own) are read all at once, on this thread and worker threads, when the first comparison, query or
 * check asks for them (see `matcherOf`). The terms are the same. `useThreadsForReading(false)` turns it off.
 */
export function useThreadsForReading(use = true): void {
  setBulkReader(use ? readInParallel : undefined);
}
