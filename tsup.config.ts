import { defineConfig, type Options } from 'tsup';
import { COMPILED_MODULE, compiledModule, SOURCES_MODULE, sourcesModule } from './src/node/embed.js';

/** The embedded modules, made once for the several builds of one run. */
const built: Record<string, string> = {};

/** Embeds roles/**\/*.yaml as text, and the catalog compiled from it, so `rolematrix/catalog` reads no files. */
const embedCatalog: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'rolematrix-embed-catalog',
  setup(build) {
    const modules: Record<string, () => string> = {
      [SOURCES_MODULE]: () => (built[SOURCES_MODULE] ??= sourcesModule('roles')),
      [COMPILED_MODULE]: () => (built[COMPILED_MODULE] ??= compiledModule('roles')),
    };
    build.onResolve({ filter: /^virtual:rolematrix-catalog-/ }, (args) => ({
      path: args.path,
      namespace: 'rolematrix',
    }));
    build.onLoad({ filter: /.*/, namespace: 'rolematrix' }, (args) => ({
      contents: modules[args.path]!(),
      loader: 'js',
    }));
  },
};

const library: Options = {
  entry: { index: 'src/index.ts', 'node/index': 'src/node/index.ts', 'catalog/shipped': 'src/catalog/shipped.ts' },
  // SARIF's types come from @types/sarif (a dev dependency); inline them so users need not install it.
  dts: { resolve: ['sarif'] },
  sourcemap: true,
  target: 'node20',
  esbuildPlugins: [embedCatalog],
};

/**
 * ESM-only dependencies: `require()` cannot load them before Node 20.19, and from 20.19 on it returns their namespace,
 * which tsup's interop takes for `module.exports` (so the default export is not a function). The CJS build bundles
 * them.
 */
const ESM_ONLY = ['get-east-asian-width', 'strip-ansi'];

export default defineConfig([
  // The worker scripts are ESM files that both builds start (src/node/workers.ts finds them).
  {
    ...library,
    entry: {
      ...library.entry,
      'node/matrix-worker': 'src/node/matrix-worker.ts',
      'node/parse-worker': 'src/node/parse-worker.ts',
      'node/read-worker': 'src/node/read-worker.ts',
      'node/rows-worker': 'src/node/rows-worker.ts',
    },
    format: ['esm'],
    clean: true,
  },
  { ...library, format: ['cjs'], noExternal: ESM_ONLY, shims: true },
  {
    entry: { 'cli/bin': 'src/cli/bin.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    esbuildPlugins: [embedCatalog],
  },
]);
