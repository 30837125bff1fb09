import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { generateCatalog, type GenerateOptions, writeGenerated } from './generate.js';
import { load } from 'js-yaml';
import { median, time } from './util.js';

/**
 * Issue 16: every command on a big input finishes within 3x its time on the small input of the same shape scaled
 * linearly, and no command takes over 10 s on 3,000 roles. Four shapes, each a small and a big catalog:
 *   roles     1,000 generated roles against 3,000 (every role with the same seven duties);
 *   distinct  the same with duties written for each role, as a real catalog has them;
 *   duties  3 roles with 1,000 duties each against 5,000 each;
 *   text    one role whose summary and first duty hold 16,000 Chinese characters against 80,000.
 * Times are whole processes of the built CLI minus the start-up of `--version` measured in the same run, so the
 * ratio compares the work, not node's start-up.
 */
const TARGET = { ratio: 3, maxMs: 10_000 } as const;
const BIN = 'dist/cli/bin.js';

interface Shape {
  name: string;
  small: GenerateOptions;
  big: GenerateOptions;
  /** How many times bigger the big input is. */
  factor: number;
  /** Matrix --scores is N×N by nature: compared against the square of the factor. */
  quadratic?: readonly string[];
}

const SHAPES: readonly Shape[] = [
  {
    name: 'roles',
    small: { roles: 1000 },
    big: { roles: 3000 },
    factor: 3,
    quadratic: ['matrix --scores', 'matrix --scores json'],
  },
  {
    name: 'distinct',
    small: { roles: 1000, distinct: true },
    big: { roles: 3000, distinct: true },
    factor: 3,
    quadratic: ['matrix --scores', 'matrix --scores json'],
  },
  { name: 'duties', small: { roles: 3, duties: 1000 }, big: { roles: 3, duties: 5000 }, factor: 5 },
  { name: 'text', small: { roles: 3, longText: 16_000 }, big: { roles: 3, longText: 80_000 }, factor: 5 },
];

interface Case {
  name: string;
  args: (dir: string, out: string) => string[];
  /** Shapes it runs on; all when absent. */
  only?: readonly string[];
}

const CASES: readonly Case[] = [
  { name: 'validate', args: (d) => ['validate', d] },
  { name: 'list', args: (d) => ['list', '--dir', d] },
  { name: 'show', args: (d) => ['show', 'role-0', '--dir', d] },
  { name: 'compare', args: (d) => ['compare', 'role-0', 'role-1', '--dir', d] },
  { name: 'matrix', args: (d) => ['matrix', 'role-0', 'role-1', 'role-2', '--dir', d] },
  { name: 'matrix --scores', args: (d) => ['matrix', '--scores', '--dir', d, '--format', 'csv'] },
  {
    name: 'matrix --scores json',
    args: (d) => ['matrix', '--scores', '--dir', d, '--format', 'json'],
  },
  { name: 'overlaps', args: (d) => ['overlaps', '--dir', d] },
  { name: 'overlaps json', args: (d) => ['overlaps', '--dir', d, '--format', 'json'] },
  { name: 'query', args: (d) => ['query', '投诉', '--dir', d] },
  { name: 'lint', args: (d) => ['lint', d] },
  { name: 'check-jd', args: (d) => ['check-jd', join(d, 'posting.txt'), '--role', 'role-0', '--dir', d] },
  { name: 'jd', args: (d) => ['jd', 'role-0', '--dir', d] },
  { name: 'export json', args: (d, o) => ['export', 'json', '--dir', d, '--out', join(o, 'json')] },
  { name: 'export xlsx', args: (d, o) => ['export', 'xlsx', '--dir', d, '--out', join(o, 'xlsx')] },
  { name: 'export csv', args: (d, o) => ['export', 'csv', '--dir', d, '--out', join(o, 'csv')] },
  { name: 'export jsonld', args: (d, o) => ['export', 'jsonld', '--dir', d, '--out', join(o, 'jsonld')] },
  { name: 'export jdx', args: (d, o) => ['export', 'jdx', '--dir', d, '--out', join(o, 'jdx')] },
  { name: 'export odoo', args: (d, o) => ['export', 'odoo', '--dir', d, '--out', join(o, 'odoo')] },
  { name: 'report', args: (d, o) => ['report', '--dir', d, '--out', join(o, 'report.html')] },
];

/**
 * The machine's speed at the moment: a fixed workload that none of rolematrix's code is in (js-yaml reading 300
 * generated roles' files, as the loader's fast path does; once to warm up, then the median of three, times three),
 * in this process. This machine's speed drifts by a quarter and more from one hour to the next; a run whose workload
 * is slower than usual has every command slower too, so the 10 s line is read beside it.
 */
function machineSpeed(): number {
  const texts = generateCatalog(300, { roles: 300, distinct: true }).map((f) => f.text);
  const once = () => time(() => texts.forEach((t) => load(t)));
  once();
  return median([once(), once(), once()]) * 3;
}

/** Wall time of one command; `failed` says why when it did not finish (exit 1 means findings, which is fine). */
function wall(args: readonly string[]): { ms: number; failed?: string } {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [BIN, ...args], {
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 1 << 30,
    timeout: 300_000,
  });
  const ms = performance.now() - t0;
  if (r.status === 0 || r.status === 1) return { ms };
  const why = r.signal === 'SIGTERM' ? 'over 300 s' : `exit ${r.status ?? r.signal}`;
  return { ms, failed: `${why}: ${String(r.stderr).split('\n').slice(0, 2).join(' ')}` };
}

function writeCatalog(dir: string, options: GenerateOptions): void {
  writeGenerated(dir, generateCatalog(options.roles, options));
  const long = '客户投诉处理，'.repeat(Math.ceil((options.longText ?? 0) / 7));
  writeFileSync(
    join(dir, 'posting.txt'),
    `岗位职责：负责客户投诉的受理与跟进。${long}\n任职要求：本科及以上学历，3-5年相关工作经验。\n`,
  );
}

export function benchScale(filter?: string): boolean {
  const root = mkdtempSync(join(tmpdir(), 'rolematrix-bench-scale-'));
  let ok = true;
  try {
    const startup = median([0, 1, 2].map(() => wall(['--version']).ms));
    console.log(`scale: whole processes of the built CLI, start-up (${startup.toFixed(0)} ms) subtracted`);
    const speed = machineSpeed();
    const shapeNames = SHAPES.map((x) => x.name);
    for (const shape of SHAPES) {
      if (filter !== undefined && shapeNames.includes(filter) && filter !== shape.name) continue;
      const small = join(root, `${shape.name}-small`);
      const big = join(root, `${shape.name}-big`);
      writeCatalog(small, shape.small);
      writeCatalog(big, shape.big);
      console.log(`  ${shape.name}: ${describe(shape.small)} against ${describe(shape.big)}`);
      for (const c of CASES) {
        if (filter !== undefined && !shapeNames.includes(filter) && !c.name.includes(filter)) continue;
        const out = join(root, 'out', shape.name, c.name.replace(/\W+/gu, '-'));
        const sw = wall(c.args(small, `${out}-s`));
        const b = wall(c.args(big, `${out}-b`));
        if (sw.failed !== undefined || b.failed !== undefined) {
          ok = false;
          console.log(`    ${c.name.padEnd(20)} FAILED ${sw.failed ?? b.failed}`);
          continue;
        }
        const s = Math.max(1, sw.ms - startup);
        const bigMs = Math.max(1, b.ms - startup);
        const factor = shape.quadratic?.includes(c.name) ? shape.factor ** 2 : shape.factor;
        const ratio = bigMs / (s * factor);
        const tooSlow = (shape.name === 'roles' || shape.name === 'distinct') && b.ms > TARGET.maxMs;
        const verdict = ratio <= TARGET.ratio && !tooSlow ? 'OK' : 'OVER TARGET';
        if (verdict !== 'OK') ok = false;
        console.log(
          `    ${c.name.padEnd(20)} ${s.toFixed(0).padStart(7)} ms ${bigMs.toFixed(0).padStart(7)} ms  ratio ${ratio.toFixed(2)} of ${factor}x linear (target <= ${TARGET.ratio})${tooSlow ? ` over ${TARGET.maxMs / 1000} s` : ''} ${verdict}`,
        );
      }
    }
    console.log(
      `  machine: a fixed workload (js-yaml reading 300 generated roles' files three times, no rolematrix code) took ${speed.toFixed(0)} ms before the commands and ${machineSpeed().toFixed(0)} ms after`,
    );
    return ok;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

function describe(o: GenerateOptions): string {
  return [
    `${o.roles} roles`,
    o.duties ? `${o.duties} duties each` : '',
    o.longText ? `${o.longText} chars of text` : '',
  ]
    .filter(Boolean)
    .join(', ');
}
