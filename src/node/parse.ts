import { availableParallelism } from 'node:os';
import { Worker, type MessagePort } from 'node:worker_threads';
import type { ParsedSource } from '../catalog/load.js';
import { locatedLater, parseSource, type ParsedFile, type ParseOptions } from '../load/parse.js';
import type { SourceFile } from '../source/document.js';
import { batchSize, shareBatches, workerFile } from './workers.js';

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
  // Files a worker took and did not answer for (it failed, or never started) are parsed here.
  return shareBatches(
    files,
    count,
    batch,
    WORKER_TIMEOUT_MS,
    ({ next, done, port }, transferList) => {
      const job: ParseJob = { files: [...files], batch, options: limits, port, next, done };
      return new Worker(script, {
        workerData: job,
        transferList,
        resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
      });
    },
    here,
    (message, put) => {
      const { from, results } = message as ParsedBatch;
      results.forEach((parsed, k) => {
        const f = files[from + k]!;
        put(from + k, locatedLater(f.text, f.path, parsed, options));
      });
    },
  );
}
