import type { Exporter } from './types.js';

// Placeholder until this target is written; exportCatalog dispatches here.
export const exportFrappe: Exporter = () => {
  throw new Error('frappe export is not written yet');
};
