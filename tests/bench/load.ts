import { parse } from 'yaml';
import { loadDocuments } from '../../src/catalog/load.js';
import { generateCatalog } from './generate.js';
import { median, time } from './util.js';

/** Load-and-validate of 5,000 generated roles against plain yaml.parse of the same files. */
export function benchLoad(): boolean {
  const ROLES = 5000;
  const ROUNDS = 3;
  const files = generateCatalog(ROLES);
  const bytes = files.reduce((n, f) => n + f.text.length, 0);

  // Warm up both paths so the JIT has seen them.
  for (const f of files.slice(0, 200)) parse(f.text);
  loadDocuments(files.slice(0, 200));

  const baseline: number[] = [];
  const ours: number[] = [];
  let diagnostics = 0;
  for (let round = 0; round < ROUNDS; round++) {
    // Alternate the order so neither side always runs on a warmer heap.
    const runBase = () =>
      baseline.push(
        time(() => {
          for (const f of files) parse(f.text);
        }),
      );
    const runOurs = () =>
      ours.push(
        time(() => {
          diagnostics = loadDocuments(files).diagnostics.length;
        }),
      );
    if (round % 2 === 0) {
      runBase();
      runOurs();
    } else {
      runOurs();
      runBase();
    }
  }

  const b = median(baseline);
  const o = median(ours);
  const ratio = o / b;
  console.log(
    `load-and-validate: ${ROLES} generated roles + vocabularies, ${(bytes / 1024 / 1024).toFixed(1)} MiB of YAML, median of ${ROUNDS} rounds`,
  );
  console.log(`  yaml.parse (baseline)        ${b.toFixed(0)} ms`);
  console.log(`  loadDocuments (rolematrix)   ${o.toFixed(0)} ms   diagnostics: ${diagnostics}`);
  console.log(
    `  ratio                        ${ratio.toFixed(2)}x   (target <= 2.00x) ${ratio <= 2 ? 'OK' : 'OVER TARGET'}`,
  );
  if (diagnostics !== 0)
    console.error('The generated catalog should be valid; the benchmark is measuring error paths.');

  return ratio <= 2 && diagnostics === 0;
}
