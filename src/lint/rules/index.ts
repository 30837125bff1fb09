import type { LintRule } from '../context.js';
import { careerCycles } from './career-cycles.js';
import { careerDeadEnds } from './career-dead-ends.js';
import { draftRole } from './draft-role.js';
import { kpiNoDataSource } from './kpi-data-source.js';
import { kpiNoFrequency } from './kpi-frequency.js';
import { kpiNoRubric } from './kpi-rubric.js';
import { listTranslations } from './list-translations.js';
import { nearDuplicateRoles } from './near-duplicates.js';
import { reportsToLevel } from './reports-to-level.js';
import { roleWithoutKpi } from './role-without-kpi.js';
import { unusedVocabulary } from './unused-vocabulary.js';

/** Every catalog health check, in the order they run. */
export const LINT_RULES: readonly LintRule[] = [
  nearDuplicateRoles,
  careerDeadEnds,
  careerCycles,
  reportsToLevel,
  kpiNoRubric,
  kpiNoDataSource,
  kpiNoFrequency,
  roleWithoutKpi,
  listTranslations,
  unusedVocabulary,
  draftRole,
];
