import { loadCatalog } from '../node/load.js';
import { useThreadsForMatrices } from '../node/matrix.js';

/**
 * A catalog directory as every command loads it. It may be large: its files are parsed, and its similarity matrices
 * scored, on every core (the shipped catalog's 12 roles never need that).
 */
export function loadCatalogDir(dir: string): ReturnType<typeof loadCatalog> {
  useThreadsForMatrices();
  return loadCatalog(dir);
}
