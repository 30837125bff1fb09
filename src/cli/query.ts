import type { Catalog } from '../catalog/catalog.js';
import { formatQueryError, query } from '../query/index.js';
import { queryData } from '../render/query-data.js';
import { queryTable } from '../render/query-table.js';
import { print, type TableOptions } from './compare.js';
import { EXIT, printJson, UsageError, type CliIO } from './io.js';

/**
 * `query "<expr>"`: the matching roles and why each matched; a malformed expression is shown with a caret under its
 * column.
 */
export function queryCommand(io: CliIO, opts: TableOptions, catalog: Catalog, expr: string): number {
  if (expr.trim() === '')
    throw new UsageError(
      opts.lang === 'zh'
        ? '请给出查询表达式，例如：rolematrix query "kpi:customer-satisfaction"'
        : 'Give an expression, e.g. `rolematrix query "kpi:customer-satisfaction"`.',
    );
  const result = query(catalog, expr);
  if (!result.ok) {
    io.stderr(`${formatQueryError(expr, result.error, opts.lang)}\n`);
    return EXIT.usage;
  }
  // For programs: the matches and their reasons (docs/json-output.md), not the table drawn from them.
  if (opts.format === 'json') printJson(io, queryData(result, catalog));
  else print(io, opts, queryTable(result, catalog, opts.lang));
  return EXIT.ok;
}
