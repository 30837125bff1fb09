import { availableParallelism } from 'node:os';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { ParsedSource } from '../catalog/load.js';
import { locatedLater, parseSource, type ParsedFile, type ParseOptions } from '../load/parse.js';
import type { SourceFile } from '../source/document.js';
import { workerFile } from './workers.js';

/** What a parse worker is given: its files, the parse limits, where to answer, and the flag it raises when done. */
export interface ParseJob {
  files: SourceFile[];
  options: ParseOptions;
  port: MessagePort;
  done: Int32Array;
}

/**
 * Below this much text (UTF-16 code units), starting a thread costs more than it saves: 1,000 generated roles are
 * 5.5 million, the shipped catalog 0.3 million.
 */
const PARALLEL_MIN_CHARS = 2_000_000;
/** How long to wait for a worker before parsing its share here instead (it failed to start, say). */
const WORKER_TIMEOUT_MS = 120_000;
/**
 * The young generation of a parse worker: parsing makes short-lived nodes by the million, and with the default size
 * the collector runs every few milliseconds (3 of the 13 seconds of linting 3,000 roles went to it).
 */
const YOUNG_GENERATION_MB = 64;

/**
 * Parses YAML files, on several threads when there is much text (`threads`: default the machine's parallelism, at
 * most 4; 1 parses here). Synchronous: this thread waits for the workers, which parse every share, each with a young
 * generation large enough for the parser's garbage (this thread's own stays free for what follows). The results are
 * the same as `parseYaml` gives, file by file; documents parsed by a worker find their YAML nodes when first asked.
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

  // Shares of about equal text, largest files first, each to the lightest share.
  const shares = Array.from({ length: Math.min(count, files.length) }, () => ({ load: 0, files: [] as number[] }));
  const order = files.map((_, i) => i).sort((a, b) => files[b]!.text.length - files[a]!.text.length);
  for (const i of order) {
    const lightest = shares.reduce((min, s) => (s.load < min.load ? s : min));
    lightest.files.push(i);
    lightest.load += files[i]!.text.length;
  }
  const limits: ParseOptions = {
    ...(options.maxFileBytes === undefined ? {} : { maxFileBytes: options.maxFileBytes }),
    ...(options.maxAliasCount === undefined ? {} : { maxAliasCount: options.maxAliasCount }),
  };
  const started = shares.map((share) => {
    const { port1, port2 } = new MessageChannel();
    const done = new Int32Array(new SharedArrayBuffer(4));
    const job: ParseJob = { files: share.files.map((i) => files[i]!), options: limits, port: port2, done };
    const worker = new Worker(script, {
      workerData: job,
      transferList: [port2],
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    });
    worker.unref();
    return { share, port: port1, done, worker };
  });

  const out: ParsedSource[] = new Array<ParsedSource>(files.length);
  for (const { share, port, done, worker } of started) {
    Atomics.wait(done, 0, 0, WORKER_TIMEOUT_MS);
    const answer = receiveMessageOnPort(port)?.message as { results?: ParsedFile[] } | undefined;
    port.close();
    void worker.terminate();
    share.files.forEach((i, k) => {
      const parsed = answer?.results?.[k];
      const f = files[i]!;
      out[i] = parsed === undefined ? here(f) : locatedLater(f.text, f.path, parsed, options);
    });
  }
  return out;
}
