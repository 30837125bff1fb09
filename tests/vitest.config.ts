import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { COMPILED_MODULE, compiledModule, SOURCES_MODULE, sourcesModule } from '../src/node/embed.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const MODULES: Record<string, () => string> = {
  [SOURCES_MODULE]: () => sourcesModule(`${root}roles`),
  [COMPILED_MODULE]: () => compiledModule(`${root}roles`),
};

export default defineConfig({
  root,
  plugins: [
    {
      name: 'rolematrix-embed-catalog',
      resolveId: (id) => (id in MODULES ? `\0${id}` : undefined),
      load: (id) => (id.startsWith('\0') && id.slice(1) in MODULES ? MODULES[id.slice(1)]!() : undefined),
    },
  ],
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
