import type { Exporter } from './types.js';

// Placeholder until this target is written; exportCatalog dispatches here.
export const exportXlsx: Exporter = () => {
  throw new Error('xlsx export is not written yet');
};
