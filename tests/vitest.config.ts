import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { readCatalogSources } from '../src/node/files.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const VIRTUAL = 'virtual:rolematrix-catalog-sources';

export default defineConfig({
  root,
  plugins: [
    {
      name: 'rolematrix-embed-catalog',
      resolveId: (id) => (id === VIRTUAL ? `\0${VIRTUAL}` : undefined),
      load: (id) =>
        id === `\0${VIRTUAL}` ? `export default ${JSON.stringify(readCatalogSources(`${root}roles`))};` : undefined,
    },
  ],
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
