// The JSON Schemas of what commands print with --format json: one entry per kind of output, published under
// docs/schemas/ and printed by `rolematrix schema <name>`.
import { compareJsonSchema, diffJsonSchema, matrixJsonSchema, overlapsJsonSchema } from './compare-data-schema.js';
import { COMPARE_FORMAT, DIFF_FORMAT, MATRIX_FORMAT, OVERLAPS_FORMAT } from './compare-data.js';
import { queryJsonSchema, QUERY_FORMAT } from './query-data.js';
import { raciJsonSchema, RACI_FORMAT } from './raci-data.js';

export const OUTPUT_SCHEMAS = {
  compare: { format: COMPARE_FORMAT, schema: compareJsonSchema },
  diff: { format: DIFF_FORMAT, schema: diffJsonSchema },
  matrix: { format: MATRIX_FORMAT, schema: matrixJsonSchema },
  overlaps: { format: OVERLAPS_FORMAT, schema: overlapsJsonSchema },
  query: { format: QUERY_FORMAT, schema: queryJsonSchema },
  raci: { format: RACI_FORMAT, schema: raciJsonSchema },
} as const satisfies Record<string, { format: string; schema: () => Record<string, unknown> }>;

export type OutputName = keyof typeof OUTPUT_SCHEMAS;
export const OUTPUT_NAMES = Object.keys(OUTPUT_SCHEMAS) as OutputName[];
