import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { generateCatalog, writeGenerated } from './generate.js';
import { median } from './util.js';

/** Issue 14: `--version` at most 2x and `compare` at most 3x the wall time of `node -e 0`, whole process. */
const TARGET = { version: 2, compare: 3 } as const;
const RUNS = 7;
const BIN = 'dist/cli/bin.js';

/** Wall time of one whole process, in ms; its output is dropped, a failure stops the bench. */
function wall(args: readonly string[]): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} failed (${r.status}): ${String(r.stderr)}`);
  return ms;
}

/**
 * The CLI as a user starts it (the built bin, npm run bench builds it first): each command paired with `node -e 0`
 * run just before it, the ratio of their medians over RUNS pairs.
 */
export function benchCli(): boolean {
  const dir = mkdtempSync(join(tmpdir(), 'rolematrix-bench-cli-'));
  try {
    writeGenerated(dir, generateCatalog(1000));
    const cases = [
      { name: '--version', args: [BIN, '--version'], target: TARGET.version },
      {
        name: 'compare (shipped catalog)',
        args: [BIN, 'compare', 'customer-service-manager', 'project-manager'],
        target: TARGET.compare,
      },
      { name: 'list (1,000-role directory)', args: [BIN, 'list', '--dir', dir], target: undefined },
    ];
    let ok = true;
    console.log(`command-line start-up: whole process, median of ${RUNS} runs, each paired with node -e 0`);
    for (const c of cases) {
      wall(c.args); // warm the file cache
      const base: number[] = [];
      const ours: number[] = [];
      for (let r = 0; r < RUNS; r++) {
        base.push(wall(['-e', '0']));
        ours.push(wall(c.args));
      }
      const b = median(base);
      const o = median(ours);
      const ratio = o / b;
      const verdict = c.target === undefined ? '(reported)' : ratio <= c.target ? 'OK' : 'OVER TARGET';
      if (c.target !== undefined && ratio > c.target) ok = false;
      console.log(
        `  ${c.name.padEnd(30)} ${o.toFixed(0).padStart(6)} ms  node -e 0 ${b.toFixed(0)} ms  ratio ${ratio.toFixed(1)}x${c.target === undefined ? '' : ` (target <= ${c.target}x)`} ${verdict}`,
      );
    }
    return ok;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
