import { loadCatalog } from '../node/load.js';
import { useThreadsForMatrices } from '../node/matrix.js';
import { useThreadsForReading } from '../node/read.js';

/**
 * A catalog directory as every command loads it. It may be large: its files are parsed, its texts read and its
 * similarity matrices scored on every core (the shipped catalog's 12 roles never need that).
 */
export function loadCatalogDir(dir: string): ReturnType<typeof loadCatalog> {
  useThreadsForMatrices();
  useThreadsForReading();
  return loadCatalog(dir);
}
