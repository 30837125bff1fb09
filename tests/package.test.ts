import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { describe, expect, test } from 'vitest';

const root = new URL('../', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
const require = createRequire(import.meta.url);

describe('the published package', () => {
  test('every export target exists after the build (ESM, CJS and types)', () => {
    const targets: string[] = [];
    const collect = (v: unknown) => {
      if (typeof v === 'string') targets.push(v);
      else if (v && typeof v === 'object') Object.values(v).forEach(collect);
    };
    collect(pkg.exports);
    expect(targets.length).toBeGreaterThan(10);
    for (const t of targets) expect(existsSync(`${root}${t}`), `${t} (run npm run build)`).toBe(true);
    expect(pkg.bin.rolematrix).toBe('./dist/cli/bin.js');
    expect(readFileSync(`${root}dist/cli/bin.js`, 'utf8').startsWith('#!/usr/bin/env node')).toBe(true);
  });

  test('the CommonJS build loads and carries the shipped catalog', () => {
    const core = require(`${root}dist/index.cjs`);
    const shipped = require(`${root}dist/catalog/shipped.cjs`);
    expect(core.AUTHORITY.compare('proposes', 'decides')).toBeLessThan(0);
    expect(shipped.catalog.roles.size).toBe(12);
    expect(shipped.catalogDiagnostics).toEqual([]);
  });

  test('runtime dependencies stay dependencies; the toolchain is pinned for Node 20', () => {
    expect(Object.keys(pkg.dependencies)).toEqual(expect.arrayContaining(['zod', 'yaml']));
    expect(pkg.devDependencies.vitest).toMatch(/^~?4\.1\./);
    expect(pkg.devDependencies.tsup).toMatch(/^~?8\.5\./);
    expect(pkg.engines.node).toBe('>=20');
  });

  test.each([['dist/index.js'], ['dist/catalog/shipped.js']])(
    '%s bundles for the browser: no file system in the core',
    async (entry) => {
      const result = await build({
        entryPoints: [`${root}${entry}`],
        bundle: true,
        platform: 'browser',
        format: 'esm',
        write: false,
        logLevel: 'silent',
      });
      expect(result.errors).toEqual([]);
      const code = result.outputFiles[0]!.text;
      expect(code).not.toMatch(/["']node:/);
      if (entry.includes('shipped')) expect(code).toContain('id: customer-service-manager');
    },
  );
});

test('the parallel similarity matrix (worker threads of the built package) equals the serial one, in ESM and CJS', async () => {
  const { catalog } = await import('../src/catalog/shipped.js');
  const { similarityMatrix } = await import('../src/compare/many.js');
  const esm = await import(`${root}dist/node/index.js`);
  const cjs = require(`${root}dist/node/index.cjs`);
  const roles = catalog.list();
  const serial = similarityMatrix(roles, catalog);
  for (const lib of [esm, cjs]) {
    const parallel = await lib.similarityMatrixParallel(roles, catalog, { threads: 2 });
    expect(parallel.roles).toEqual(serial.roles);
    parallel.scores.forEach((row: number[], i: number) =>
      row.forEach((s, j) => expect(s).toBeCloseTo(serial.scores[i]![j]!, 12)),
    );
  }
  expect(
    serial.scores[roles.findIndex((r) => r.id === 'project-manager')]![
      roles.findIndex((r) => r.id === 'senior-project-manager')
    ],
  ).toBeGreaterThan(0.9);
});

// The worker starts while the roles are packed and takes rows beside this thread; which ones depends on timing (the
// test above has the workers score every row).
test('with threads for matrices on, a matrix of 300 roles or more and its copies score as in one thread', async () => {
  const { loadDocuments } = await import('../src/catalog/load.js');
  const { similarityMatrix } = await import('../src/compare/many.js');
  const { findOverlaps } = await import('../src/compare/overlaps.js');
  const { generateCatalog } = await import('./bench/generate.js');
  const files = generateCatalog(320, { distinct: true });
  // Copies of a role under other ids are one kind: scored once, spread to every copy.
  const copied = files.find((f) => f.path === 'roles/role-7.yaml')!;
  for (const k of [1, 2, 3])
    files.push({ path: `roles/copy-${k}.yaml`, text: copied.text.replace('id: role-7\n', `id: copy-${k}\n`) });
  const { catalog, diagnostics } = loadDocuments(files);
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const roles = catalog.list();
  expect(roles).toHaveLength(323);
  const serial = similarityMatrix(roles, catalog);
  const esm = await import(`${root}dist/node/index.js`);
  const core = await import(`${root}dist/index.js`);
  esm.useThreadsForMatrices(2);
  try {
    const threaded = core.similarityMatrix(roles, catalog);
    expect(threaded.roles).toEqual(serial.roles);
    expect(threaded.scores).toEqual(serial.scores);
    // Near-duplicate pairs: rows handed over one at a time, only the pairs over the floor kept.
    const overlaps = core.findOverlaps(catalog, 0.8);
    expect(overlaps.roles).toEqual(findOverlaps(catalog, 0.8).roles);
    expect(overlaps.roles.length).toBeGreaterThan(3);
    // A caller's progress that throws stops the matrix; the workers stay fit for the next one.
    expect(() =>
      core.similarityMatrix(roles, catalog, {
        onProgress: () => {
          throw new Error('stopped by the caller');
        },
      }),
    ).toThrow('stopped by the caller');
    expect(core.similarityMatrix(roles, catalog).scores).toEqual(serial.scores);
    const copy = (id: string) => roles.findIndex((r) => r.id === id);
    expect(threaded.scores[copy('copy-1')]![copy('role-7')]).toBe(serial.scores[copy('role-7')]![copy('copy-3')]);
  } finally {
    esm.useThreadsForMatrices(1);
  }
}, 60_000);
