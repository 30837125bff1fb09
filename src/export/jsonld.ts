import type { Exporter } from './types.js';

// Placeholder until this target is written; exportCatalog dispatches here.
export const exportJsonLd: Exporter = () => {
  throw new Error('jsonld export is not written yet');
};
