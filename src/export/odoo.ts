import type { Exporter } from './types.js';

// Placeholder until this target is written; exportCatalog dispatches here.
export const exportOdoo: Exporter = () => {
  throw new Error('odoo export is not written yet');
};
