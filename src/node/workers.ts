import { existsSync } from 'node:fs';

/**
 * A built worker script by name (`matrix-worker`, `parse-worker`): beside the calling module (CJS build), under node/
 * when the ESM build put the caller in a shared chunk, or in ../node/ from the command line's bundle (dist/cli/).
 * Undefined when running from the sources (tests), where there is no built worker.
 */
export function workerFile(name: string): URL | undefined {
  const candidates = [
    new URL(`./${name}.js`, import.meta.url),
    new URL(`./node/${name}.js`, import.meta.url),
    new URL(`../node/${name}.js`, import.meta.url),
  ];
  return candidates.find((u) => existsSync(u));
}
