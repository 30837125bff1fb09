// The fuzzers' shared settings: a fixed seed and a fixed number of inputs per target, so a CI run is reproducible and
// its size is known (issue 16: at least 10,000 mutated inputs per run, no uncaught exception, no slow input).
//
//   FUZZ_SEED=123 npx vitest run --config tests/vitest.config.ts tests/fuzz   another seed
//   FUZZ_RUNS=10 npx vitest run --config tests/vitest.config.ts tests/fuzz    ten times the inputs (and time budget)
import fc from 'fast-check';
import { expect } from 'vitest';

/** The seed every fuzzer starts from; a failure prints the seed and path to replay it. */
export const FUZZ_SEED = integerEnv('FUZZ_SEED', 16);

/** Multiplies every target's number of inputs (and its time budget). */
export const FUZZ_RUNS = numberEnv('FUZZ_RUNS', 1);

/** One input slower than this fails its target: a sign of backtracking or a quadratic loop. */
export const SLOW_INPUT_MS = 2000;

/**
 * Every fuzz property, by target, with its inputs and time budget (ms) at FUZZ_RUNS=1. The inputs add up to the issue's
 * 10,000 and more (tests/fuzz/plan.test.ts); each property fails when its budget cut it short. The budgets are about
 * three times what the inputs take on a 2-core machine, the whole suite about 40 s there.
 */
export const PLAN = {
  loader: {
    'one mutated file': { runs: 1500, budgetMs: 40_000 },
    'one mutated file among the valid catalog': { runs: 700, budgetMs: 30_000 },
    'generated structures': { runs: 400, budgetMs: 15_000 },
  },
  jd: {
    'mutated job descriptions, auto role': { runs: 2000, budgetMs: 20_000 },
    'mutated job descriptions, given role': { runs: 1000, budgetMs: 10_000 },
    'mutated structured job descriptions': { runs: 1000, budgetMs: 10_000 },
  },
  query: {
    'mutated queries': { runs: 4000, budgetMs: 15_000 },
    'generated queries': { runs: 1500, budgetMs: 5_000 },
  },
  import: {
    'mutated JSON': { runs: 1000, budgetMs: 15_000 },
    'mutated CSV': { runs: 300, budgetMs: 30_000 },
    'mutated XLSX cells': { runs: 400, budgetMs: 15_000 },
    'mutated XLSX bytes': { runs: 300, budgetMs: 10_000 },
    'mutated YAML under an import': { runs: 250, budgetMs: 30_000 },
  },
} as const satisfies Record<string, Record<string, { runs: number; budgetMs: number }>>;

export type Target = keyof typeof PLAN;
export type PropertyName<T extends Target> = keyof (typeof PLAN)[T] & string;

/** The slowest input of a property, kept for the report. */
interface Slowest {
  ms: number;
  input: string;
}

/** What a property ran: inputs, time, the slowest input. */
export interface FuzzStats {
  target: Target;
  name: string;
  runs: number;
  ms: number;
  slowest: Slowest;
}

/** A plain assertion: `expect` is too slow to call thousands of times per property. */
export function check(ok: boolean, what: string, detail: unknown): void {
  if (!ok) throw new Error(`${what}: ${JSON.stringify(detail, (_k, v: unknown) => (v instanceof Map ? [...v] : v))}`);
}

function short(input: unknown): string {
  const text = typeof input === 'string' ? input : JSON.stringify(input);
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
}

/** The inputs a property runs at the current FUZZ_RUNS. */
export function plannedRuns<T extends Target>(target: T, name: PropertyName<T>): number {
  const entry = PLAN[target][name] as { runs: number };
  return Math.max(1, Math.round(entry.runs * FUZZ_RUNS));
}

class Run<T extends Target> {
  readonly numRuns: number;
  readonly budget: number;
  runs = 0;
  readonly slowest: Slowest = { ms: 0, input: '' };
  readonly started = performance.now();

  constructor(
    readonly target: T,
    readonly name: PropertyName<T>,
  ) {
    const entry = PLAN[target][name] as { runs: number; budgetMs: number };
    this.numRuns = plannedRuns(target, name);
    this.budget = entry.budgetMs * FUZZ_RUNS;
  }

  params() {
    return { seed: FUZZ_SEED, numRuns: this.numRuns, interruptAfterTimeLimit: this.budget };
  }

  time(input: unknown, t0: number): void {
    this.runs++;
    const ms = performance.now() - t0;
    if (ms > this.slowest.ms) Object.assign(this.slowest, { ms, input: short(input) });
  }

  finish(): FuzzStats {
    const { target, name, runs, slowest } = this;
    const stats = { target, name, runs, ms: Math.round(performance.now() - this.started), slowest };
    // One line per property, so a CI log shows how many inputs ran and how slow the slowest was.
    console.log(
      `fuzz ${target} / ${name}: ${runs} inputs in ${stats.ms} ms, slowest ${slowest.ms.toFixed(1)} ms (seed ${FUZZ_SEED})`,
    );
    expect(runs, `the time budget cut ${target} / ${name} short: ${runs} of ${this.numRuns} inputs ran`).toBe(
      this.numRuns,
    );
    expect(slowest.ms, `one input took ${slowest.ms.toFixed(0)} ms: ${slowest.input}`).toBeLessThan(SLOW_INPUT_MS);
    return stats;
  }
}

/**
 * Runs `property` on the planned number of inputs with the fixed seed, timing each input. A throw fails the property
 * and fast-check shrinks the input; the property also fails when the time budget cut it short, or when one input took
 * longer than SLOW_INPUT_MS.
 */
export function fuzz<T extends Target, I>(
  target: T,
  name: PropertyName<T>,
  arbitrary: fc.Arbitrary<I>,
  property: (input: I) => void,
): FuzzStats {
  const run = new Run(target, name);
  fc.assert(
    fc.property(arbitrary, (input) => {
      const t0 = performance.now();
      property(input);
      run.time(input, t0);
    }),
    run.params(),
  );
  return run.finish();
}

/** `fuzz` for a property that awaits. */
export async function fuzzAsync<T extends Target, I>(
  target: T,
  name: PropertyName<T>,
  arbitrary: fc.Arbitrary<I>,
  property: (input: I) => Promise<void>,
): Promise<FuzzStats> {
  const run = new Run(target, name);
  await fc.assert(
    fc.asyncProperty(arbitrary, async (input) => {
      const t0 = performance.now();
      await property(input);
      run.time(input, t0);
    }),
    run.params(),
  );
  return run.finish();
}

function numberEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} must be a positive number, not "${raw}"`);
  return n;
}

function integerEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isSafeInteger(n)) throw new Error(`${name} must be an integer, not "${raw}"`);
  return n;
}
