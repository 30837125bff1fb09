import type { Catalog } from '../catalog/catalog.js';
import { applySeverities, badArgument, sortDiagnostics, type Diagnostic } from '../errors.js';
import type { ResponsibilityMatrix } from '../model/matrix.js';
import { makeContext, type MatrixCheckOptions, type MatrixRule } from './context.js';
import { MATRIX_RULES } from './rules/index.js';

/**
 * Checks a responsibility matrix against the catalog's roles: one A and at least one R per activity, authority
 * behind the A, duties behind each R, overload, gaps, omissions and overlaps. Findings point into the matrix's YAML
 * when the catalog read it from a file; severities follow the catalog document's `rules`.
 */
export function checkMatrix(
  matrix: ResponsibilityMatrix,
  catalog: Catalog,
  options: MatrixCheckOptions = {},
): Diagnostic[] {
  // A matrix that failed the model gets diagnostics from the loader; here a value of another kind is a programming error.
  if (
    matrix === null ||
    typeof matrix !== 'object' ||
    typeof matrix.id !== 'string' ||
    !Array.isArray(matrix.activities)
  )
    throw badArgument('checkMatrix', 'matrix', 'a ResponsibilityMatrix (with `id` and `activities`)', matrix);
  const out: Diagnostic[] = [];
  const source = catalog.matrices.get(matrix.id) === matrix ? catalog.matrixSources.get(matrix.id) : undefined;
  const ctx = makeContext(matrix, catalog, source, out, options);
  for (const rule of MATRIX_RULES as readonly MatrixRule[]) rule.check(ctx);
  return sortDiagnostics(applySeverities(out, catalog.settings?.rules));
}
