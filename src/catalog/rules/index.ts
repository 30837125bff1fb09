import type { CatalogRule } from '../context.js';
import { architectureDefinition } from './architecture.js';
import { architectureValuesRule } from './architecture-values.js';
import { extendsCycles, reportsToCycles } from './cycles.js';
import { duplicateItems } from './duplicate-items.js';
import { kpiWeights } from './kpi-weights.js';
import { removals } from './removals.js';
import { reportingLines } from './reporting-lines.js';
import { selfReferences } from './self-references.js';
import { danglingReferences } from './references.js';
import { missingTranslations } from './translations.js';

/** The cross-document rules, run in this order after every document passed its schema. */
export const CATALOG_RULES: readonly CatalogRule[] = [
  architectureDefinition,
  architectureValuesRule,
  duplicateItems,
  danglingReferences,
  extendsCycles,
  reportsToCycles,
  selfReferences,
  reportingLines,
  removals,
  kpiWeights,
  missingTranslations,
];
