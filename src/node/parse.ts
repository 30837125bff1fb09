import { availableParallelism } from 'node:os';
import { statSync } from 'node:fs';
import { Worker, type MessagePort } from 'node:worker_threads';
import type { ParsedSource } from '../catalog/load.js';
import type { Diagnostic } from '../errors.js';
import {
  DEFAULT_MAX_FILE_BYTES,
  locatedLater,
  parseFile,
  parseSource,
  type ParsedFile,
  type ParseOptions,
} from '../load/parse.js';
import { readSourceFile } from './files.js';
import { batchSize, shareBatches, workerFile } from './workers.js';

/**
 * What a parse worker is given: the files' paths (it reads them itself), the parse limits, where to answer, the
 * counter it takes its next files from (shared with every thread), and its flags (`workerFlags`).
 */
export interface ParseJob {
  paths: string[];
  /** How many files it takes at a time. */
  batch: number;
  options: ParseOptions;
  port: MessagePort;
  next: Int32Array;
  done: Int32Array;
}

/** One file as a worker read and parsed it: its text and parse (none when it could not be read), and the problems. */
export interface ReadFile {
  text?: string;
  parsed?: ParsedFile;
  /** Problems reading it (too large, not UTF-8, unreadable); its parse carries the rest. */
  diagnostics: Diagnostic[];
}

/** What a parse worker sends for each batch it parsed: the first file's index and the batch's files, in order. */
export interface ParsedBatch {
  from: number;
  results: ReadFile[];
}

/** A file read and parsed for the loader: its parse (none when it could not be read) and the problems reading it. */
export interface ReadSource {
  source?: ParsedSource;
  diagnostics: Diagnostic[];
}

/** How many files a thread takes at a time from the shared counter, at most. */
const PARSE_BATCH = 8;

/**
 * Below this many bytes of files, starting a thread costs more than it saves: 1,000 generated roles are 8 MB, the
 * shipped catalog 0.5 MB.
 */
const PARALLEL_MIN_BYTES = 3_000_000;
/** How long to wait for a worker that took files before parsing them here instead. */
const WORKER_TIMEOUT_MS = 120_000;
/**
 * The young generation of a parse worker: parsing makes short-lived nodes by the million, and with the default size
 * the collector runs every few milliseconds (3 of the 13 seconds of linting 3,000 roles went to it).
 */
const YOUNG_GENERATION_MB = 64;

/** Reads one file with `readSourceFile` and parses it as a worker does (see `ReadFile`). */
export function readAndParseFile(path: string, options: ParseOptions): ReadFile {
  const { file, diagnostics } = readSourceFile(path, options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES);
  return file === undefined
    ? { diagnostics }
    : { text: file.text, parsed: parseFile(file.text, path, options), diagnostics };
}

/**
 * Reads and parses YAML files, on several threads when there is much text (`threads`: default the machine's
 * parallelism, at most 4; 1 parses here). Synchronous: this thread reads and parses too, taking batches of files from a
 * counter it shares with the workers (so it starts at once, while they start, and none waits for another), then waits
 * for the workers and takes their results. A worker reads its own files, so starting it copies no text. Each worker
 * has a young generation large enough for the parser's garbage. The results are the same as reading each file and
 * giving it to `parseYaml`, file by file; documents parsed by a worker find their YAML nodes when first asked.
 */
export function readAndParse(paths: readonly string[], options: ParseOptions = {}, threads?: number): ReadSource[] {
  const limit = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const here = (path: string): ReadSource => {
    const { file, diagnostics } = readSourceFile(path, limit);
    return file === undefined ? { diagnostics } : { source: parseSource(file.text, path, options), diagnostics };
  };
  // Counted only until there is enough to share: 3,000 files are 70 ms of `stat`, the first few hundred a tenth of it.
  let bytes = 0;
  if (threads === undefined)
    for (const p of paths) {
      try {
        bytes += Math.min(statSync(p).size, limit);
      } catch {
        // Counted as nothing: reading it reports why it cannot be read (IO_ERROR), on whichever thread takes it.
      }
      if (bytes >= PARALLEL_MIN_BYTES) break;
    }
  const count = Math.max(1, Math.min(threads ?? (bytes < PARALLEL_MIN_BYTES ? 1 : availableParallelism()), 4));
  const script = count > 1 ? workerFile('parse-worker') : undefined;
  if (script === undefined || paths.length < 2) return paths.map(here);
  const batch = batchSize(paths.length, count, PARSE_BATCH);

  const limits: ParseOptions = {
    ...(options.maxFileBytes === undefined ? {} : { maxFileBytes: options.maxFileBytes }),
    ...(options.maxAliasCount === undefined ? {} : { maxAliasCount: options.maxAliasCount }),
  };
  // Files a worker took and did not answer for (it failed, or never started) are read and parsed here.
  return shareBatches(
    paths,
    count,
    batch,
    WORKER_TIMEOUT_MS,
    ({ next, done, port }, transferList) => {
      const job: ParseJob = { paths: [...paths], batch, options: limits, port, next, done };
      return new Worker(script, {
        workerData: job,
        transferList,
        resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
      });
    },
    here,
    (message, put) => {
      const { from, results } = message as ParsedBatch;
      results.forEach(({ text, parsed, diagnostics }, k) => {
        const path = paths[from + k]!;
        put(
          from + k,
          text === undefined || parsed === undefined
            ? { diagnostics }
            : { source: locatedLater(text, path, parsed, options), diagnostics },
        );
      });
    },
  );
}
