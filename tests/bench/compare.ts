import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { diff as jsondiff } from 'jsondiffpatch';
import { compareRoles, similarity } from '../../src/compare/compare.js';
import { similarityMatrix } from '../../src/compare/many.js';
import { loadDocuments } from '../../src/catalog/load.js';
import { generateCatalog } from './generate.js';
import { median, time } from './util.js';

/** Issue 13: the 1,000-role matrix in under 2 s on 2 cores; compareRoles at most 0.2x jsondiffpatch.diff a pair. */
const TARGET = { matrixMs: 2000, compareRatio: 0.2 } as const;

/**
 * The full similarity matrix of 1,000 generated roles, and the cost of one comparison as a ratio to
 * jsondiffpatch.diff of the same two role objects, on the same sample of pairs in the same run.
 */
export async function benchCompare(): Promise<boolean> {
  const ROLES = 1000;
  const { catalog, diagnostics } = loadDocuments(generateCatalog(ROLES));
  if (diagnostics.length > 0) throw new Error('the generated catalog should be valid');
  const roles = catalog.list();
  const pairs = (ROLES * (ROLES - 1)) / 2;

  const serialMs = time(() => similarityMatrix(roles, catalog));
  // The parallel matrix runs worker threads from the built package (npm run bench builds it first).
  const dist = (await import(
    pathToFileURL(resolve('dist/node/index.js')).href
  )) as typeof import('../../src/node/index.js');
  const threads = availableParallelism();
  const t0 = performance.now();
  const parallel = await dist.similarityMatrixParallel(roles, catalog, { threads });
  const matrixMs = performance.now() - t0;
  const serial = similarityMatrix(roles.slice(0, 40), catalog).scores;
  for (let i = 0; i < 40; i++)
    for (let j = 0; j < 40; j++)
      if (Math.abs(serial[i]![j]! - parallel.scores[i]![j]!) > 1e-9)
        throw new Error('parallel and serial matrices differ');

  // Per-pair cost on a fixed sample of pairs (every 25th), three alternating rounds, medians.
  const sample: [number, number][] = [];
  for (let i = 0, k = 0; i < ROLES; i++) for (let j = i + 1; j < ROLES; j++, k++) if (k % 25 === 0) sample.push([i, j]);
  const rounds = { jsondiffpatch: [] as number[], compareRoles: [] as number[], similarity: [] as number[] };
  for (let r = 0; r < 3; r++) {
    rounds.jsondiffpatch.push(
      time(() => {
        for (const [i, j] of sample) jsondiff(roles[i], roles[j]);
      }),
    );
    rounds.compareRoles.push(
      time(() => {
        for (const [i, j] of sample) compareRoles(roles[i]!, roles[j]!, catalog);
      }),
    );
    rounds.similarity.push(
      time(() => {
        for (const [i, j] of sample) similarity(roles[i]!, roles[j]!, catalog);
      }),
    );
  }
  const per = (xs: number[]) => (median(xs) * 1000) / sample.length;
  const base = per(rounds.jsondiffpatch);
  const full = per(rounds.compareRoles);
  const score = per(rounds.similarity);
  console.log(`pairwise comparison: ${ROLES} generated roles, ${pairs.toLocaleString('en')} pairs`);
  console.log(
    `  similarity matrix, ${threads} threads    ${(matrixMs / 1000).toFixed(2)} s   (target < ${TARGET.matrixMs / 1000} s) ${matrixMs < TARGET.matrixMs ? 'OK' : 'OVER TARGET'}`,
  );
  console.log(`  similarity matrix, 1 thread     ${(serialMs / 1000).toFixed(2)} s`);
  console.log(`  per pair, on ${sample.length.toLocaleString('en')} sampled pairs (median of 3 rounds):`);
  console.log(`    jsondiffpatch.diff (baseline)   ${base.toFixed(1)} µs`);
  console.log(
    `    compareRoles (full result)      ${full.toFixed(1)} µs   ratio ${(full / base).toFixed(2)}x (target <= ${TARGET.compareRatio.toFixed(2)}x) ${full <= TARGET.compareRatio * base ? 'OK' : 'OVER TARGET'}`,
  );
  console.log(`    similarity (score only)         ${score.toFixed(1)} µs   ratio ${(score / base).toFixed(2)}x`);
  return matrixMs < TARGET.matrixMs && full <= TARGET.compareRatio * base;
}
