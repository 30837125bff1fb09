// The names of the JSON outputs with a published schema, as a plain list the CLI's definitions can read without
// loading the schemas (and zod): output-schemas.ts must give each one its schema, a compile error otherwise.

export const OUTPUT_NAMES = [
  'check-jd',
  'classify',
  'compare',
  'diff',
  'jd',
  'lint',
  'list',
  'matrix',
  'overlaps',
  'query',
  'raci',
  'show',
  'validate',
] as const;
export type OutputName = (typeof OUTPUT_NAMES)[number];
