import type { Exporter } from './types.js';

// Placeholder until this target is written; exportCatalog dispatches here.
export const exportCsv: Exporter = () => {
  throw new Error('csv export is not written yet');
};
