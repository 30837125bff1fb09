import { defineConfig, type Options } from 'tsup';
import { readCatalogSources } from './src/node/files.js';

const VIRTUAL = 'virtual:rolematrix-catalog-sources';

/** Embeds roles/**\/*.yaml as text so `rolematrix/catalog` needs no file system. */
const embedCatalog: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'rolematrix-embed-catalog',
  setup(build) {
    build.onResolve({ filter: /^virtual:rolematrix-catalog-sources$/ }, () => ({
      path: VIRTUAL,
      namespace: 'rolematrix',
    }));
    build.onLoad({ filter: /.*/, namespace: 'rolematrix' }, () => {
      const sources = readCatalogSources('roles');
      return {
        contents: `export default ${JSON.stringify(sources)};`,
        loader: 'js',
        watchFiles: sources.map((s) => s.path),
      };
    });
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
const ESM_ONLY = ['string-width'];

export default defineConfig([
  // The matrix worker is one ESM file that both builds start (`new URL('./matrix-worker.js', import.meta.url)`).
  {
    ...library,
    entry: { ...library.entry, 'node/matrix-worker': 'src/node/matrix-worker.ts' },
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
