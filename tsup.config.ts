import { defineConfig, type Options } from 'tsup';
import { readCatalogSources } from './src/node/files.js';

const VIRTUAL = 'virtual:rolematrix-catalog-sources';

/** Embeds roles/**\/*.yaml as text so `rolematrix/catalog` needs no file system. */
const embedCatalog: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'rolematrix-embed-catalog',
  setup(build) {
    build.onResolve({ filter: /^virtual:rolematrix-catalog-sources$/ }, () => ({ path: VIRTUAL, namespace: 'rolematrix' }));
    build.onLoad({ filter: /.*/, namespace: 'rolematrix' }, () => {
      const sources = readCatalogSources('roles');
      return { contents: `export default ${JSON.stringify(sources)};`, loader: 'js', watchFiles: sources.map((s) => s.path) };
    });
  },
};

export default defineConfig([
  {
    entry: { index: 'src/index.ts', 'node/index': 'src/node/index.ts', 'catalog/shipped': 'src/catalog/shipped.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: true,
    target: 'node20',
    esbuildPlugins: [embedCatalog],
  },
  {
    entry: { 'cli/bin': 'src/cli/bin.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    esbuildPlugins: [embedCatalog],
  },
]);
