import type { Exporter } from './types.js';

// Placeholder until this target is written; exportCatalog dispatches here.
export const exportJson: Exporter = () => {
  throw new Error('canonical export is not written yet');
};
