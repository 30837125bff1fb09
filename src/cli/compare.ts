import type { Catalog } from '../catalog/catalog.js';
import { compareRoles, DEFAULT_SIMILAR_THRESHOLD } from '../compare/compare.js';
import { diffCatalogs, diffRole, type RoleChange } from '../compare/diff.js';
import { compareMany, matrixOf, similarityScores } from '../compare/many.js';
import { findOverlaps } from '../compare/overlaps.js';
import { hasErrors } from '../errors.js';
import type { Role } from '../model/index.js';
import { GitError, readYamlAtRevision } from '../node/git.js';
import { matrixRowsOnThreads } from '../node/rows.js';
import {
  comparisonSummaryTable,
  comparisonTable,
  diffTable,
  manyTable,
  matrixCsv,
  matrixTable,
  overlapsTable,
} from '../render/compare-table.js';
import { comparisonData, diffData, matrixData, matrixScoresJson, overlapsData } from '../render/compare-data.js';
import { MATRIX_SHEET_MAX_ROLES } from '../export/matrix-limit.js';
import type { Table, TableFormat } from '../render/table.js';
import { PROGRESS_LABELS, PROGRESS_MIN_ROLES, progressLine } from './progress.js';
import {
  EXIT,
  printJson,
  UsageError,
  noSuchRole,
  printDiagnostics,
  writeBytes,
  type CliIO,
  type CommonOptions,
} from './io.js';

export interface TableOptions extends CommonOptions {
  format: TableFormat;
  width?: number | undefined;
  /** Draws a table in `format` (see `tableOptions`). */
  draw: (table: Table) => string;
}

/**
 * The options of a table command, with the drawing function for its format imported now: a terminal table loads
 * only the text renderer, not the CSV parser and the others (start-up, docs/cli.md).
 */
export async function tableOptions(
  ctx: { lang: CommonOptions['lang']; format: string; width: number | undefined },
  dir: string | undefined,
): Promise<TableOptions> {
  const format = ctx.format as TableFormat;
  const options = { lang: ctx.lang, ...(ctx.width ? { width: ctx.width } : {}) };
  let draw: TableOptions['draw'];
  if (format === 'text') {
    const [{ renderText }, { checkRows }] = await Promise.all([
      import('../render/text.js'),
      import('../render/table.js'),
    ]);
    draw = (table) => renderText(checkRows(table), options);
  } else {
    const { renderTable } = await import('../render/render.js');
    draw = (table) => renderTable(table, format, options);
  }
  return { lang: ctx.lang, dir, format, width: ctx.width, draw };
}

export function print(io: CliIO, opts: TableOptions, table: Table): void {
  io.stdout(opts.draw(table));
}

function need(catalog: Catalog, id: string): Role {
  const r = catalog.find(id);
  if (r) return r;
  throw noSuchRole(catalog, id);
}

/** `compare <a> <b>`: two roles side by side, dimension by dimension. */
export function compareCommand(
  io: CliIO,
  opts: TableOptions,
  catalog: Catalog,
  ids: string[],
  threshold = DEFAULT_SIMILAR_THRESHOLD,
  detail = false,
): number {
  if (ids.length !== 2)
    throw new UsageError(
      opts.lang === 'zh'
        ? '请给出两个岗位编号，例如：rolematrix compare customer-service-manager project-manager'
        : 'Name two roles, e.g. `rolematrix compare customer-service-manager project-manager`.',
    );
  const [a, b] = ids.map((id) => need(catalog, id)) as [Role, Role];
  const cmp = compareRoles(a, b, catalog, { similarThreshold: threshold });
  // For programs: the comparison itself (docs/json-output.md), not the table drawn from it.
  if (opts.format === 'json') printJson(io, comparisonData(cmp, catalog, threshold));
  else print(io, opts, (detail ? comparisonTable : comparisonSummaryTable)(cmp, catalog, opts.lang));
  return EXIT.ok;
}

/** How many near-duplicate role pairs `overlaps` shows in a table for people (text, md, html). */
const OVERLAP_PAIRS_SHOWN = 1000;

/** `matrix <ids…>`: the N-role table; with `--scores`, the N×N similarity matrix (all roles when none are named). */
export function matrixCommand(io: CliIO, opts: TableOptions, catalog: Catalog, ids: string[], scores: boolean): number {
  const roles = ids.length > 0 ? ids.map((id) => need(catalog, id)) : catalog.list();
  if (scores) {
    if (opts.format !== 'csv' && opts.format !== 'json' && roles.length > MATRIX_SHEET_MAX_ROLES) {
      const n = roles.length;
      const cells = (n * n).toLocaleString('en');
      throw new UsageError({
        en: `The similarity matrix of ${n} roles has ${cells} scores, too many for a table, which is drawn for up to ${MATRIX_SHEET_MAX_ROLES} roles. Write it as data with --format csv or --format json, or name at most ${MATRIX_SHEET_MAX_ROLES} roles to compare: rolematrix matrix --scores <id…>.`,
        zh: `${n} 个岗位的相似度矩阵有 ${cells} 个分数，数量过多，无法以表格显示（表格最多显示 ${MATRIX_SHEET_MAX_ROLES} 个岗位）。请用 --format csv 或 --format json 输出为数据，或指定不超过 ${MATRIX_SHEET_MAX_ROLES} 个要比较的岗位：rolematrix matrix --scores <编号…>。`,
      });
    }
    const scores = progressLine(io, PROGRESS_LABELS.pairs, opts.lang, roles.length >= PROGRESS_MIN_ROLES).during(
      (onProgress) => similarityScores(roles, catalog, { onProgress }),
    );
    // CSV is written a part of the rows at a time, without cells: thousands of roles are millions of scores.
    if (opts.format === 'csv') matrixCsv(scores, catalog, opts.lang, (bytes) => writeBytes(io, bytes));
    else if (opts.format === 'json') matrixScoresJson(scores, catalog, (text) => io.stdout(text), matrixRowsOnThreads);
    else print(io, opts, matrixTable(matrixOf(scores), catalog, opts.lang, { numbered: opts.format === 'text' }));
    return EXIT.ok;
  }
  if (roles.length < 2 || ids.length === 0)
    throw new UsageError(
      opts.lang === 'zh'
        ? '请给出至少两个岗位编号。'
        : 'Name at least two roles (or use --scores for the similarity matrix of the whole catalog).',
    );
  const many = compareMany(roles, catalog);
  if (opts.format === 'json') printJson(io, matrixData(catalog, many.matrix, many));
  else print(io, opts, manyTable(many, catalog, opts.lang));
  return EXIT.ok;
}

/** `overlaps`: near-duplicate roles and duties held by several roles. */
export function overlapsCommand(io: CliIO, opts: TableOptions, catalog: Catalog, threshold = 0.6): number {
  const overlaps = findOverlaps(catalog, threshold);
  // Thousands of roles can have hundreds of thousands of pairs: a pair or group per line, written as they are made.
  if (opts.format === 'json') printJson(io, overlapsData(overlaps, catalog), ['roles', 'duties']);
  else {
    // Tables for people show the most similar pairs; csv, like json, is data and lists them all.
    const maxPairs = opts.format === 'csv' ? undefined : OVERLAP_PAIRS_SHOWN;
    print(io, opts, overlapsTable(overlaps, catalog, opts.lang, maxPairs === undefined ? {} : { maxPairs }));
  }
  return EXIT.ok;
}

/** A diff as data (`--format json`, docs/json-output.md) or as a table. */
function emitDiff(io: CliIO, opts: TableOptions, changes: RoleChange[], catalog: Catalog): void {
  if (opts.format === 'json') printJson(io, diffData(changes, catalog));
  else print(io, opts, diffTable(changes, catalog, opts.lang));
}

/** One role from one YAML file, checked against the catalog it belongs to. */
function roleFromFile(
  io: CliIO,
  path: string,
  base: Catalog,
  lang: CommonOptions['lang'],
  load: typeof import('../node/load.js'),
): Role {
  const { catalog, diagnostics } = load.loadFiles([path], { base });
  if (hasErrors(diagnostics)) {
    printDiagnostics(io, diagnostics, lang);
    throw new UsageError(lang === 'zh' ? `${path} 有错误，请先修正。` : `${path} has errors; fix them first.`);
  }
  const roles = [...catalog.roles.values()];
  if (roles.length !== 1)
    throw new UsageError({
      en: `${path} must hold exactly one role; it holds ${roles.length}.`,
      zh: `${path} 应当只包含一个岗位，实际包含 ${roles.length} 个。`,
    });
  return roles[0]!;
}

/** `diff old.yaml new.yaml`, or `diff --since <rev> [dir]`: classified changes between versions. */
export async function diffCommand(
  io: CliIO,
  opts: TableOptions,
  catalog: Catalog,
  args: string[],
  since: string | undefined,
): Promise<number> {
  // The loader (YAML, schemas) only for diff: compare, matrix and overlaps start without it.
  const [load, { loadDocuments }] = await Promise.all([import('../node/load.js'), import('../catalog/load.js')]);
  if (since !== undefined) {
    if (args.length > 1)
      throw new UsageError({
        en: `diff --since takes one catalog directory; "${args[1]}" is one too many.`,
        zh: `diff --since 只接受一个岗位目录；"${args[1]}" 是多余的。`,
      });
    const dir = opts.dir ?? 'roles'; // the directory the definition chose: the one named, or found from here up
    let files;
    try {
      files = readYamlAtRevision(since, dir);
    } catch (err) {
      if (err instanceof GitError)
        throw new UsageError({
          en: `Cannot read ${dir} at ${since} through git: ${err.message}`,
          zh: `无法通过 git 读取 ${since} 版本的 ${dir}：${err.message}`,
        });
      throw err;
    }
    const before = loadDocuments(files, { resolveBase: load.shippedVocabularies });
    const after = load.loadCatalog(dir);
    if (hasErrors(after.diagnostics)) {
      printDiagnostics(io, after.diagnostics, opts.lang);
      throw new UsageError({
        en: `The catalog in ${dir} has errors; fix them first.`,
        zh: `${dir} 中的岗位目录有错误，请先修正。`,
      });
    }
    if (hasErrors(before.diagnostics))
      io.stderr(
        `${opts.lang === 'zh' ? `注意：${since} 版本的目录有错误，只比较能读取的岗位。` : `Note: the catalog at ${since} has errors; only the roles that load are compared.`}\n`,
      );
    emitDiff(io, opts, diffCatalogs(before.catalog, after.catalog), after.catalog);
    return EXIT.ok;
  }
  if (args.length !== 2)
    throw new UsageError(
      opts.lang === 'zh'
        ? '用法：rolematrix diff 旧.yaml 新.yaml，或 rolematrix diff --since <版本> [目录]'
        : 'Usage: `rolematrix diff old.yaml new.yaml` or `rolematrix diff --since <git-rev> [dir]`.',
    );
  const before = roleFromFile(io, args[0]!, catalog, opts.lang, load);
  const after = roleFromFile(io, args[1]!, catalog, opts.lang, load);
  emitDiff(io, opts, diffRole(before, after, catalog), catalog);
  return EXIT.ok;
}
