// The JSON Schemas of what commands print with --format json: one entry per kind of output, published under
// docs/schemas/ and printed by `rolematrix schema <name>`.
import { compareJsonSchema, diffJsonSchema, matrixJsonSchema, overlapsJsonSchema } from './compare-data-schema.js';
import { COMPARE_FORMAT, DIFF_FORMAT, MATRIX_FORMAT, OVERLAPS_FORMAT } from './compare-data.js';
import {
  LINT_FORMAT,
  lintJsonSchema,
  LIST_FORMAT,
  listJsonSchema,
  SHOW_FORMAT,
  showJsonSchema,
  VALIDATE_FORMAT,
  validateJsonSchema,
} from './catalog-data.js';
import { CLASSIFY_FORMAT, classifyJsonSchema } from './classify-data.js';
import { CHECK_JD_FORMAT, checkJdJsonSchema } from './jd-data.js';
import { JD_FORMAT, jdJsonSchema } from './posting-data.js';
import { queryJsonSchema, QUERY_FORMAT } from './query-data.js';
import { raciJsonSchema, RACI_FORMAT } from './raci-data.js';
import { OUTPUT_NAMES, type OutputName } from './output-names.js';

export const OUTPUT_SCHEMAS = {
  'check-jd': { format: CHECK_JD_FORMAT, schema: checkJdJsonSchema },
  classify: { format: CLASSIFY_FORMAT, schema: classifyJsonSchema },
  compare: { format: COMPARE_FORMAT, schema: compareJsonSchema },
  diff: { format: DIFF_FORMAT, schema: diffJsonSchema },
  jd: { format: JD_FORMAT, schema: jdJsonSchema },
  lint: { format: LINT_FORMAT, schema: lintJsonSchema },
  list: { format: LIST_FORMAT, schema: listJsonSchema },
  matrix: { format: MATRIX_FORMAT, schema: matrixJsonSchema },
  overlaps: { format: OVERLAPS_FORMAT, schema: overlapsJsonSchema },
  query: { format: QUERY_FORMAT, schema: queryJsonSchema },
  raci: { format: RACI_FORMAT, schema: raciJsonSchema },
  show: { format: SHOW_FORMAT, schema: showJsonSchema },
  validate: { format: VALIDATE_FORMAT, schema: validateJsonSchema },
} as const satisfies Record<OutputName, { format: string; schema: () => Record<string, unknown> }>;

export { OUTPUT_NAMES, type OutputName };
