import { availableParallelism } from 'node:os';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { ParsedSource } from '../catalog/load.js';
import { locatedLater, parseSource, type ParsedFile, type ParseOptions } from '../load/parse.js';
import type { SourceFile } from '../source/document.js';
import { awaitWorker, batchSize, takeBatch, workerFile, workerFlags } from './workers.js';

/**
 * What a parse worker is given: every file, the parse limits, where to answer, the counter it takes its next files
 * from (shared with every thread), and its flags (`workerFlags`).
 */
export interface ParseJob {
  files: SourceFile[];
  /** How many files it takes at a time. */
  batch: number;
  options: ParseOptions;
  port: MessagePort;
  next: Int32Array;
  done: Int32Array;
}

/** What a parse worker sends for each batch it parsed: the first file's index and the batch's results, in order. */
export interface ParsedBatch {
  from: number;
  results: ParsedFile[];
}

/** How many files a thread takes at a time from the shared counter, at most. */
const PARSE_BATCH = 8;

/**
 * Below this much text (UTF-16 code units), starting a thread costs more than it saves: 1,000 generated roles are
 * 5.5 million, the shipped catalog 0.3 million.
 */
const PARALLEL_MIN_CHARS = 2_000_000;
/** How long to wait for a worker that took files before parsing them here instead. */
const WORKER_TIMEOUT_MS = 120_000;
/**
 * The young generation of a parse worker: parsing makes short-lived nodes by the million, and with the default size
 * the collector runs every few milliseconds (3 of the 13 seconds of linting 3,000 roles went to it).
 */
const YOUNG_GENERATION_MB = 64;

/**
 * Parses YAML files, on several threads when there is much text (`threads`: default the machine's parallelism, at
 * most 4; 1 parses here). Synchronous: this thread parses too, taking batches of files from a counter it shares with
 * the workers (so it starts at once, while they start, and none waits for another), then waits for the workers and
 * takes their results. Each worker has a young generation large enough for the parser's garbage. The results are the
 * same as `parseYaml` gives, file by file; documents parsed by a worker find their YAML nodes when first asked.
 */
export function parseInParallel(
  files: readonly SourceFile[],
  options: ParseOptions = {},
  threads?: number,
): ParsedSource[] {
  const here = (f: SourceFile) => parseSource(f.text, f.path, options);
  const chars = files.reduce((n, f) => n + f.text.length, 0);
  const count = Math.max(1, Math.min(threads ?? (chars < PARALLEL_MIN_CHARS ? 1 : availableParallelism()), 4));
  const script = count > 1 ? workerFile('parse-worker') : undefined;
  if (script === undefined || files.length < 2) return files.map(here);
  const batch = batchSize(files.length, count, PARSE_BATCH);

  const limits: ParseOptions = {
    ...(options.maxFileBytes === undefined ? {} : { maxFileBytes: options.maxFileBytes }),
    ...(options.maxAliasCount === undefined ? {} : { maxAliasCount: options.maxAliasCount }),
  };
  const next = new Int32Array(new SharedArrayBuffer(4));
  const started = Array.from({ length: count - 1 }, () => {
    const { port1, port2 } = new MessageChannel();
    const done = workerFlags();
    const job: ParseJob = { files: [...files], batch, options: limits, port: port2, next, done };
    const worker = new Worker(script, {
      workerData: job,
      transferList: [port2],
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    });
    worker.unref();
    return { port: port1, done, worker };
  });

  const out: (ParsedSource | undefined)[] = new Array<ParsedSource | undefined>(files.length);
  for (let b = takeBatch(next, batch, files.length); b; b = takeBatch(next, batch, files.length))
    for (let i = b.from; i < b.to; i++) out[i] = here(files[i]!);
  for (const { port, done, worker } of started) {
    awaitWorker(done, WORKER_TIMEOUT_MS);
    for (let m = receiveMessageOnPort(port); m !== undefined; m = receiveMessageOnPort(port)) {
      const { from, results } = m.message as ParsedBatch;
      results.forEach((parsed, k) => {
        const f = files[from + k]!;
        out[from + k] = locatedLater(f.text, f.path, parsed, options);
      });
    }
    port.close();
    void worker.terminate();
  }
  // Files a worker took and did not answer for (it failed, or never started) are parsed here.
  return out.map((parsed, i) => parsed ?? here(files[i]!));
}
