import type { Catalog } from '../catalog/catalog.js';
import { suggestion } from '../load/suggest.js';
import { checkMatrix } from '../raci/check.js';
import { draftMatrix } from '../raci/draft.js';
import { raciDraftData, raciMatrixData, raciRoleData } from '../render/raci-data.js';
import { draftTable, raciTable, roleLettersTable } from '../render/raci-table.js';
import { print, type TableOptions } from './compare.js';
import { EXIT, printJson, UsageError, noSuchRole, printDiagnostics, type CliIO } from './io.js';
import { anyAtOrAbove, type Severity } from '../errors.js';

function matrixOf(catalog: Catalog, id: string | undefined) {
  const ids = [...catalog.matrices.keys()];
  if (id === undefined) {
    throw new UsageError({ en: `Name a matrix: ${ids.join(', ')}.`, zh: `请指定一个职责矩阵：${ids.join('、')}。` });
  }
  const m = catalog.matrices.get(id);
  if (m) return m;
  const hint = suggestion(id, ids);
  throw new UsageError({
    en: `The catalog has no matrix "${id}"; it has ${ids.join(', ') || 'none'}.${hint ? ` ${hint.en}` : ''}`,
    zh: `目录中没有职责矩阵 "${id}"；现有：${ids.join('、') || '无'}。${hint ? hint.zh : ''}`,
  });
}

/**
 * `raci <matrix>`: the letter grid with the rule findings marked (findings also on stderr; exit 1 at or above
 * `--fail-on`). `raci --role <id>`: one role's letters in every matrix. `raci --draft <matrix>`: proposed letters.
 */
export function raciCommand(
  io: CliIO,
  opts: TableOptions,
  catalog: Catalog,
  args: string[],
  flags: { role?: string | undefined; draft?: string | undefined; failOn: Severity },
): number {
  if (flags.role !== undefined) {
    if (!catalog.has(flags.role)) throw noSuchRole(catalog, flags.role);
    if (opts.format === 'json') printJson(io, raciRoleData(flags.role, catalog));
    else print(io, opts, roleLettersTable(flags.role, catalog, opts.lang));
    return EXIT.ok;
  }
  if (flags.draft !== undefined) {
    const matrix = matrixOf(catalog, flags.draft);
    const draft = draftMatrix(matrix, catalog);
    if (opts.format === 'json') printJson(io, raciDraftData(draft, matrix, catalog));
    else print(io, opts, draftTable(draft, catalog, opts.lang));
    return EXIT.ok;
  }
  const matrix = matrixOf(catalog, args[0]);
  const findings = checkMatrix(matrix, catalog);
  // For programs: the letters and findings as data (docs/json-output.md); the findings are in it, not on stderr.
  if (opts.format === 'json') printJson(io, raciMatrixData(matrix, catalog, findings));
  else {
    print(io, opts, raciTable(matrix, catalog, opts.lang, findings));
    printDiagnostics(io, findings, opts.lang);
  }
  return anyAtOrAbove(findings, flags.failOn) ? EXIT.findings : EXIT.ok;
}
