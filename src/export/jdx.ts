import type { Exporter } from './types.js';

// Placeholder until this target is written; exportCatalog dispatches here.
export const exportJdx: Exporter = () => {
  throw new Error('jdx export is not written yet');
};
