import type { Exporter } from './types.js';

// Placeholder until this target is written; exportCatalog dispatches here.
export const exportOrangeHrm: Exporter = () => {
  throw new Error('orangehrm export is not written yet');
};
