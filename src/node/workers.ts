import { existsSync } from 'node:fs';
import { MessageChannel, receiveMessageOnPort, type MessagePort, type Worker } from 'node:worker_threads';

/**
 * A built worker script by name (`matrix-worker`, `parse-worker`): beside the calling module (CJS build), under node/
 * when the ESM build put the caller in a shared chunk, or in ../node/ from the command line's bundle (dist/cli/).
 * Undefined when running from the sources (tests), where there is no built worker.
 */
export function workerFile(name: string): URL | undefined {
  const candidates = [
    new URL(`./${name}.js`, import.meta.url),
    new URL(`./node/${name}.js`, import.meta.url),
    new URL(`../node/${name}.js`, import.meta.url),
  ];
  return candidates.find((u) => existsSync(u));
}

/**
 * The flags of a worker that takes its work from a counter it shares with this thread: [0] is raised when it stops
 * (1: all it took is done; 2: it failed), [1] when it starts taking work.
 */
export function workerFlags(): Int32Array {
  return new Int32Array(new SharedArrayBuffer(8));
}

/** Said by a worker before it takes anything from the shared counter. */
export function startedWork(flags: Int32Array): void {
  Atomics.store(flags, 1, 1);
}

/** Said by a worker when it stops, waking the thread that waits for it. */
export function stoppedWork(flags: Int32Array, state: 1 | 2 = 1): void {
  Atomics.store(flags, 0, state);
  Atomics.notify(flags, 0);
}

/**
 * Waits, once the shared counter has run out, for a worker to finish what it took: until it stops or `timeoutMs` has
 * passed; not at all when it had not started taking work (it can take none now; a worker still starting, or one that
 * failed to load, does not hold this thread up). Says which.
 */
export function awaitWorker(flags: Int32Array, timeoutMs: number): 'not started' | 'stopped' | 'timed out' {
  if (Atomics.load(flags, 1) !== 1) return 'not started';
  return Atomics.wait(flags, 0, 0, timeoutMs) === 'timed-out' ? 'timed out' : 'stopped';
}

/**
 * The next batch of `size` items (of `total`) for a thread to work on, taken from the counter the threads share, or
 * undefined when none is left.
 */
export function takeBatch(next: Int32Array, size: number, total: number): { from: number; to: number } | undefined {
  const from = Atomics.add(next, 0, 1) * size;
  return from < total ? { from, to: Math.min(total, from + size) } : undefined;
}

/** A batch size for `count` threads sharing `total` items: `most` at most, and small enough that every thread gets some. */
export function batchSize(total: number, count: number, most: number): number {
  return Math.max(1, Math.min(most, Math.ceil(total / count)));
}

/** What a worker sharing batches is given to coordinate with: the counter, its flags and the port it answers on. */
export interface BatchChannel {
  next: Int32Array;
  done: Int32Array;
  port: MessagePort;
}

/**
 * Items done on this thread and `count − 1` workers at once, synchronously: `start` starts a worker on a channel (it
 * takes batches of `batch` items from `next` and posts each batch's answers on `port`), this thread takes batches too
 * with `here`, taking the workers' answers so far with `take` between its batches, then waits for each worker that
 * took work and takes the rest of its answers. Items no worker answered for (it failed, or never started) are done
 * here. The answers, in item order. `progress`, between this thread's batches, is told how many items from the first
 * on are answered (`out[0]` to `out[done − 1]`), so the caller can use them while the others are still at work.
 */
export function shareBatches<T, R>(
  items: readonly T[],
  count: number,
  batch: number,
  timeoutMs: number,
  start: (channel: BatchChannel, transferList: MessagePort[]) => Worker,
  here: (item: T) => R,
  take: (message: unknown, put: (i: number, answer: R) => void, port: MessagePort) => void,
  progress?: (done: number, out: readonly (R | undefined)[]) => void,
): R[] {
  const next = new Int32Array(new SharedArrayBuffer(4));
  const started = Array.from({ length: count - 1 }, () => {
    const { port1, port2 } = new MessageChannel();
    const done = workerFlags();
    const worker = start({ next, done, port: port2 }, [port2]);
    worker.unref();
    return { port: port1, done, worker };
  });
  const out = new Array<R | undefined>(items.length);
  const answered = new Uint8Array(items.length);
  const put = (i: number, answer: R) => {
    out[i] = answer;
    answered[i] = 1;
  };
  const receive = (port: MessagePort) => {
    for (let m = receiveMessageOnPort(port); m !== undefined; m = receiveMessageOnPort(port))
      take(m.message, put, port);
  };
  let done = 0;
  try {
    for (let b = takeBatch(next, batch, items.length); b; b = takeBatch(next, batch, items.length)) {
      for (let i = b.from; i < b.to; i++) put(i, here(items[i]!));
      // Unpacking the workers' answers is this thread's work: done between its batches, while the workers still have
      // batches to take, rather than all at the end, when they have none.
      for (const { port } of started) receive(port);
      if (progress) {
        const from = done;
        while (done < items.length && answered[done] === 1) done++;
        if (done > from) progress(done, out);
      }
    }
  } catch (e) {
    // This thread's work threw (`here`, `take` or `progress`): the workers take nothing more and are stopped.
    Atomics.store(next, 0, items.length);
    for (const { port, worker } of started) {
      port.close();
      void worker.terminate();
    }
    throw e;
  }
  for (const { port, done, worker } of started) {
    awaitWorker(done, timeoutMs);
    receive(port);
    port.close();
    void worker.terminate();
  }
  return out.map((answer, i) => (answered[i] === 1 ? answer! : here(items[i]!)));
}
