// Threads that share a counter (src/node/workers.ts): once the counter has run out, this thread waits only for a worker
// that took work. A worker still starting, or one that failed to load, must not hold a command up for the timeout.
import { expect, test } from 'vitest';
import { awaitWorker, startedWork, stoppedWork, workerFlags } from '../../src/node/workers.js';

test('a worker that never started taking work is not waited for', () => {
  expect(awaitWorker(workerFlags(), 600_000)).toBe('not started');
});

test('a worker that started is waited for until it stops, or for the timeout', () => {
  const flags = workerFlags();
  startedWork(flags);
  expect(awaitWorker(flags, 50)).toBe('timed out');
  stoppedWork(flags, 2);
  expect(Atomics.load(flags, 0)).toBe(2);
  expect(awaitWorker(flags, 600_000)).toBe('stopped');
});
