// `rolematrix import onet <folder>` and `rolematrix import csco <file>`: draft roles from an occupational classification
// the user downloaded, written into the catalog directory like any import (all or nothing, validated first).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ONET_FILES, readOnetDatabase } from '../classification/onet.js';
import { readCscoTable } from '../classification/csco.js';
import { loadDocuments } from '../catalog/load.js';
import { fileDiagnostic, hasErrors, sortDiagnostics, type Diagnostic } from '../errors.js';
import { draftCscoRoles, draftOnetRoles, type DraftResult } from '../import/draft.js';
import { shippedVocabularies } from '../node/load.js';
import type { Lang } from '../model/text.js';
import { EXIT, UsageError, printDiagnostics, type CliIO } from './io.js';
import { readCatalogDirectory, writeImported } from './interchange.js';

export const CLASSIFICATION_SOURCES = ['onet', 'csco'] as const;
export type ClassificationSource = (typeof CLASSIFICATION_SOURCES)[number];

interface ClassificationImportOptions {
  lang: Lang;
  out: string | undefined;
  occupation: string | undefined;
  all: boolean;
}

/** O*NET files are larger than export files (Task Ratings is over 10 MB); this bounds what is read into memory. */
const MAX_SOURCE_BYTES = 256 * 1024 * 1024;

/** The codes of `--occupation`: separated by commas or spaces. */
function codesOf(opts: ClassificationImportOptions, source: ClassificationSource): string[] | 'all' {
  if (opts.all && opts.occupation !== undefined)
    throw new UsageError({
      en: 'Give either --occupation or --all, not both.',
      zh: '--occupation 和 --all 只能二选一。',
    });
  if (opts.all) return 'all';
  const codes = (opts.occupation ?? '').split(/[\s,，]+/).filter((c) => c !== '');
  if (codes.length === 0)
    throw new UsageError({
      en: `Name the occupations to draft, e.g. \`--occupation ${source === 'onet' ? '43-4051.00,11-1021.00' : '4-07-02-03'}\`, or give --all.`,
      zh: `请指定要起草的职业，例如 --occupation ${source === 'onet' ? '43-4051.00,11-1021.00' : '4-07-02-03'}，或使用 --all。`,
    });
  return codes;
}

/** The O*NET files in `folder` (or in its one subfolder that holds them, as an unzipped download does). */
export function onetFiles(folder: string): { dir: string; files: string[] } {
  const wanted = new Set(
    [...Object.values(ONET_FILES).flatMap((f) => f.names), 'Read Me'].flatMap((n) => [
      `${n.toLowerCase()}.txt`,
      `${n.toLowerCase()}.xlsx`,
    ]),
  );
  const pick = (dir: string) => readdirSync(dir).filter((n) => wanted.has(n.toLowerCase()));
  let dir = folder;
  let files = pick(dir);
  if (!files.some((f) => /^occupation data\./i.test(f))) {
    const subs = readdirSync(dir).filter((n) => statSync(join(dir, n)).isDirectory());
    const inner = subs.filter((s) => pick(join(dir, s)).some((f) => /^occupation data\./i.test(f)));
    if (inner.length === 1) {
      dir = join(dir, inner[0]!);
      files = pick(dir);
    }
  }
  return { dir, files: files.sort() };
}

export function readBytes(path: string): Uint8Array {
  const size = statSync(path).size;
  if (size > MAX_SOURCE_BYTES)
    throw new UsageError({
      en: `"${path}" is ${size} bytes, more than the ${MAX_SOURCE_BYTES} bytes an import reads.`,
      zh: `"${path}" 有 ${size} 字节，超过导入可读取的 ${MAX_SOURCE_BYTES} 字节。`,
    });
  return new Uint8Array(readFileSync(path));
}

/**
 * Drafts roles from an O*NET database folder or a CSCO table into `--out` (default: here). Diagnostics of the source
 * and of the drafting go to stderr; with any error nothing is written (exit 1). Then the files are written as by
 * `import` (validated first).
 */
export async function classificationImport(
  io: CliIO,
  source: ClassificationSource,
  path: string | undefined,
  opts: ClassificationImportOptions,
): Promise<number> {
  if (path === undefined)
    throw new UsageError(
      source === 'onet'
        ? {
            en: 'Name the folder of the O*NET database, e.g. `rolematrix import onet db_29_1_text --occupation 43-4051.00`.',
            zh: '请指定 O*NET 数据库所在的文件夹，例如 rolematrix import onet db_29_1_text --occupation 43-4051.00',
          }
        : {
            en: 'Name the table of the 2022 classification, e.g. `rolematrix import csco occupations.xlsx --occupation 4-07-02-03`.',
            zh: '请指定 2022 年版职业分类表，例如 rolematrix import csco occupations.xlsx --occupation 4-07-02-03',
          },
    );
  const codes = codesOf(opts, source);
  const dir = opts.out ?? '.';
  const existing = readCatalogDirectory(dir);
  const withBase = { resolveBase: shippedVocabularies };
  const target = existing.length > 0 ? loadDocuments(existing, withBase).catalog : undefined;
  const draftOptions = { catalog: target, existing };

  let result: DraftResult;
  let diagnostics: Diagnostic[];
  if (source === 'onet') {
    if (!existsSync(path) || !statSync(path).isDirectory())
      throw new UsageError({
        en: `"${path}" is not a folder; give the folder of the unzipped O*NET database (text or Excel).`,
        zh: `"${path}" 不是文件夹；请指定解压后的 O*NET 数据库文件夹（文本或 Excel 版）。`,
      });
    const { dir: folder, files } = onetFiles(path);
    const inputs = files.map((f) => ({ file: join(folder, f), data: readBytes(join(folder, f)) }));
    const read = await readOnetDatabase(inputs, {
      folder,
      ...(codes === 'all' ? {} : { occupations: new Set(codes) }),
    });
    diagnostics = read.diagnostics;
    result = draftOnetRoles(read.database, codes, draftOptions);
  } else {
    if (!existsSync(path) || !statSync(path).isFile())
      throw new UsageError({ en: `"${path}" is not a file.`, zh: `"${path}" 不是文件。` });
    if (!/\.(csv|xlsx)$/i.test(path))
      throw new UsageError({
        en: `"${path}" is neither .csv nor .xlsx; save the table as CSV UTF-8 or as an Excel workbook.`,
        zh: `"${path}" 既不是 .csv 也不是 .xlsx；请将表格另存为 CSV UTF-8 或 Excel 工作簿。`,
      });
    const read = await readCscoTable(
      { file: path, data: readBytes(path) },
      codes === 'all' ? {} : { occupations: new Set(codes) },
    );
    diagnostics = read.diagnostics;
    result = draftCscoRoles(read.occupations, codes, { ...draftOptions, file: path });
  }
  // Findings about a draft point at the file it is written to, in the catalog directory.
  const written = new Set(result.documents.map((d) => d.file));
  const located = result.diagnostics.map((d) => (written.has(d.file) ? { ...d, file: join(dir, d.file) } : d));
  diagnostics = sortDiagnostics([...diagnostics, ...located]);
  printDiagnostics(io, diagnostics, opts.lang);
  if (hasErrors(diagnostics) || result.documents.length === 0) {
    if (!hasErrors(diagnostics))
      printDiagnostics(
        io,
        [
          fileDiagnostic(path, 'IMPORT_SYNTAX', {
            en: 'The import drafts no role, so there is nothing to write.',
            zh: '导入没有起草任何岗位，没有可写入的内容。',
          }),
        ],
        opts.lang,
      );
    io.stderr(opts.lang === 'zh' ? '导入有错误，未写入任何文件。\n' : 'The import has errors; no file was written.\n');
    return diagnostics.some((d) => d.code === 'FILE_ENCODING') ? EXIT.usage : EXIT.findings;
  }
  return writeImported(io, opts.lang, dir, existing, result.documents);
}
