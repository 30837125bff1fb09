import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import type { Catalog } from '../catalog/catalog.js';
import { fileDiagnostic, hasErrors, type Diagnostic } from '../errors.js';
import { EXPORT_FORMATS, exportCatalog, type ExportFormat } from '../export/index.js';
import { importDocuments } from '../import/index.js';
import { shippedVocabularies } from '../node/load.js';
import { catalogJsonSchema } from '../catalog/schema.js';
import { DEFAULT_MAX_IMPORT_BYTES } from '../import/json.js';
import { planImport } from '../import/write.js';
import { loadDocuments } from '../catalog/load.js';
import type { SourceDocument, SourceFile } from '../source/document.js';
import type { Lang } from '../model/text.js';
import type { ImportedDocument, ImportFormat, ImportInput, ImportResult } from '../import/types.js';
import { listYamlFiles } from '../node/files.js';
import { writeAll } from './write.js';
import { PROGRESS_LABELS, PROGRESS_MIN_ROLES, progressLine } from './progress.js';
import { EXIT, InputError, UsageError, printDiagnostics, type CliIO, type CommonOptions } from './io.js';
import { readTextFiles } from './read.js';

interface ExportCommandOptions extends CommonOptions {
  out: string | undefined;
  version: string;
}

/** `--out -`: the export's one text file on stdout instead of in a directory. */
const STDOUT = '-';

/**
 * `export <target> [ids…] [--out dir]`: the catalog (or the roles named) for an HR tool or standard. Diagnostics go to
 * stderr; with any error nothing is written and the exit code is 1. Otherwise every file goes into `--out` (default:
 * the
 * current directory, created if needed), all or none (a file that cannot be written is a usage error, exit 2), and each
 * is named on stdout; `--out -` prints a single-file text export instead.
 */
export async function exportCommand(
  io: CliIO,
  opts: ExportCommandOptions,
  catalog: Catalog,
  documents: readonly SourceDocument[],
  args: readonly string[],
): Promise<number> {
  const [target, ...roles] = args;
  const zh = opts.lang === 'zh';
  if (target === undefined) {
    throw new UsageError({
      en: `Name the export target: ${EXPORT_FORMATS.join(', ')}.`,
      zh: `请指定导出目标：${EXPORT_FORMATS.join('、')}。`,
    });
  }
  // The target is one of EXPORT_FORMATS: the command line is checked against the definition (defs/export.ts).
  const count = roles.length > 0 ? roles.length : catalog.roles.size;
  const progress = progressLine(io, PROGRESS_LABELS.pairs, opts.lang, count >= PROGRESS_MIN_ROLES);
  const result = await progress.during((onProgress) =>
    exportCatalog(catalog, target as ExportFormat, {
      roles,
      lang: opts.lang,
      documents,
      generator: `rolematrix ${opts.version}`,
      onProgress,
    }),
  );
  printDiagnostics(io, result.diagnostics, opts.lang);
  if (hasErrors(result.diagnostics)) {
    io.stderr(zh ? '导出有错误，未写入任何文件。\n' : 'The export has errors; no file was written.\n');
    return EXIT.findings;
  }
  if (opts.out === STDOUT) {
    const only = result.files[0];
    if (result.files.length !== 1 || only === undefined || typeof only.content !== 'string') {
      throw new UsageError({
        en: `--out - prints a single text file, but the ${target} export writes ${result.files.length === 1 ? 'bytes' : `${result.files.length} files`}; give a directory.`,
        zh: `--out - 只能输出单个文本文件，而 ${target} 导出${result.files.length === 1 ? '的是二进制内容' : `有 ${result.files.length} 个文件`}；请指定目录。`,
      });
    }
    io.stdout(only.content);
    return EXIT.ok;
  }
  const dir = opts.out ?? '.';
  const written = writeAll(result.files.map((f) => ({ path: join(dir, f.name), content: f.content })));
  for (const path of written) io.stdout(zh ? `已写入 ${path}\n` : `Wrote ${path}\n`);
  return EXIT.ok;
}

interface ImportCommandOptions extends CommonOptions {
  out: string | undefined;
  from: string | undefined;
}

const EXTENSIONS: Record<string, ImportFormat> = { '.json': 'json', '.csv': 'csv', '.xlsx': 'xlsx' };
const STATUS: Record<'created' | 'updated' | 'unchanged', Record<Lang, string>> = {
  created: { en: 'created', zh: '新建' },
  updated: { en: 'updated', zh: '更新' },
  unchanged: { en: 'unchanged', zh: '未变' },
};

/**
 * `import <file…> [--from json|csv|xlsx] [--out dir]`: import files back into the YAML catalog in `--out` (default: the
 * current directory). The format comes from `--from` or each file's extension. With any error in the import files,
 * nothing is written (exit 1). Existing files are updated in place with their comments; each file is reported as
 * created, updated or unchanged. The catalog as it would be after the import is checked first (exit 1 on errors). Files
 * are read as bytes (over 8 MiB: FILE_TOO_LARGE, not read) and written all or none; an import with no documents is an
 * error.
 */
export async function importCommand(io: CliIO, opts: ImportCommandOptions, args: readonly string[]): Promise<number> {
  const zh = opts.lang === 'zh';
  if (args.length === 0) {
    throw new UsageError({
      en: 'Name the files to import, e.g. `rolematrix import rolematrix.catalog.json --out roles`.',
      zh: '请指定要导入的文件，例如：rolematrix import rolematrix.catalog.json --out roles',
    });
  }
  // --from is one of IMPORT_FORMATS: the command line is checked against the definition (defs/import.ts).
  // Files in one format are read together (the sheets of a CSV export belong to each other).
  const groups = new Map<ImportFormat, ImportInput[]>();
  const unreadable: Diagnostic[] = [];
  const tooLarge: Diagnostic[] = [];
  for (const file of args) {
    const format = (opts.from as ImportFormat | undefined) ?? EXTENSIONS[extname(file).toLowerCase()];
    if (format === undefined) {
      throw new UsageError({
        en: `Cannot tell the format of "${file}" from its extension (.json, .csv or .xlsx); add --from json|csv|xlsx.`,
        zh: `无法从扩展名判断 "${file}" 的格式（.json、.csv 或 .xlsx）；请加上 --from json|csv|xlsx。`,
      });
    }
    try {
      // The size first, so an oversized file is never read into memory.
      const size = statSync(file).size;
      if (size > DEFAULT_MAX_IMPORT_BYTES) {
        tooLarge.push(
          fileDiagnostic(
            file,
            'FILE_TOO_LARGE',
            {
              en: `The file is ${size} bytes, over the import limit of ${DEFAULT_MAX_IMPORT_BYTES} bytes (8 MiB); it was not read.`,
              zh: `文件大小为 ${size} 字节，超过导入上限 ${DEFAULT_MAX_IMPORT_BYTES} 字节（8 MiB），未予读取。`,
            },
            partsHint(format),
          ),
        );
        continue;
      }
      // Bytes for every format: the importers decode strictly, so a file that is not UTF-8 is said to be so.
      const data = new Uint8Array(readFileSync(file));
      groups.set(format, [...(groups.get(format) ?? []), { file, data }]);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? 'error';
      unreadable.push(
        fileDiagnostic(file, 'IO_ERROR', {
          en: `The file cannot be read (${code}).`,
          zh: `无法读取该文件（${code}）。`,
        }),
      );
    }
  }
  if (unreadable.length > 0) {
    printDiagnostics(io, unreadable, opts.lang);
    return EXIT.usage;
  }
  const dir = opts.out ?? '.';
  const existing = readCatalogDirectory(dir);
  // Roles are checked against the levels and lists of the catalog they go into (the built-in ones for a new catalog).
  const withBase = { resolveBase: shippedVocabularies };
  const target = existing.length > 0 ? loadDocuments(existing, withBase).catalog : undefined;
  const results: ImportResult[] = [];
  for (const [format, inputs] of groups) results.push(await importDocuments(inputs, format, { catalog: target }));
  const diagnostics = [...tooLarge, ...results.flatMap((r) => r.diagnostics)];
  if (!hasErrors(diagnostics) && results.every((r) => r.documents.length === 0)) {
    // Each importer says so per file; this covers inputs that were read but gave nothing, e.g. a workbook with no
    // sheets.
    diagnostics.push(
      fileDiagnostic(args[0]!, 'IMPORT_SYNTAX', {
        en: 'The import holds no documents, so there is nothing to write.',
        zh: '导入内容中没有任何文档，没有可写入的内容。',
      }),
    );
  }
  printDiagnostics(io, diagnostics, opts.lang);
  if (hasErrors(diagnostics)) {
    io.stderr(zh ? '导入文件有错误，未写入任何文件。\n' : 'The import has errors; no file was written.\n');
    // A file that is not UTF-8 text is an input the command cannot read (exit 2), as in every other reader.
    return diagnostics.some((d) => d.code === 'FILE_ENCODING') ? EXIT.usage : EXIT.findings;
  }
  return writeImported(
    io,
    opts.lang,
    dir,
    existing,
    results.flatMap((r) => r.documents),
  );
}

/**
 * The second half of every import: plan the files (existing ones updated in place, comments kept), check the catalog as
 * it would be after the import (nothing written when it would not validate), write all or nothing, report each file.
 */
export function writeImported(
  io: CliIO,
  lang: Lang,
  dir: string,
  existing: readonly SourceFile[],
  documents: readonly ImportedDocument[],
): number {
  const zh = lang === 'zh';
  const withBase = { resolveBase: shippedVocabularies };
  const plan = planImport(documents, existing, withBase);
  printDiagnostics(io, plan.diagnostics, lang);
  if (hasErrors(plan.diagnostics)) {
    io.stderr(
      zh
        ? '目标目录中有文件无法更新，未写入任何文件。\n'
        : 'Files in the target directory cannot be updated; no file was written.\n',
    );
    return EXIT.findings;
  }
  // The catalog as it would be after the import, checked before anything is written: a reference to a role that is
  // neither imported nor already there, or a cycle the import closes, stops the import like a bad value does.
  const after = new Map(existing.map((f) => [f.path, f.text]));
  for (const f of plan.files) after.set(f.file, f.text);
  const loaded = loadDocuments(
    [...after].map(([path, text]) => ({ path: join(dir, ...path.split('/')), text })),
    withBase,
  );
  const errors = loaded.diagnostics.filter((d) => d.severity === 'error').length;
  if (errors > 0) {
    printDiagnostics(io, loaded.diagnostics, lang);
    io.stderr(
      zh
        ? `导入后 ${dir} 中的目录会有 ${errors} 个错误，未写入任何文件。\n`
        : `After this import the catalog in ${dir} would have ${errors} error${errors === 1 ? '' : 's'}; no file was written.\n`,
    );
    return EXIT.findings;
  }
  const files = [...plan.files];
  // Editors find the schema the files' headers name when the directory has one (written only along with a YAML file):
  // the catalog's own, so its levels and lists complete.
  const changes = files.some((f) => f.status !== 'unchanged');
  if (changes && !existsSync(join(dir, 'rolematrix.schema.json')))
    files.push({
      file: 'rolematrix.schema.json',
      text: `${JSON.stringify(catalogJsonSchema(loaded.catalog), null, 2)}\n`,
      status: 'created',
    });
  const at = (f: { file: string }) => join(dir, ...f.file.split('/'));
  writeAll(files.filter((f) => f.status !== 'unchanged').map((f) => ({ path: at(f), content: f.text })));
  for (const f of files) io.stdout(`${STATUS[f.status][lang]} ${at(f)}\n`);
  printDiagnostics(io, loaded.diagnostics, lang);
  io.stdout(
    zh
      ? `${dir} 中的目录有效：${loaded.catalog.roles.size} 个岗位。\n`
      : `The catalog in ${dir} is valid: ${loaded.catalog.roles.size} roles.\n`,
  );
  return EXIT.ok;
}

/**
 * What to do with an import file over the limit: export the roles in groups and import the parts together (each part
 * repeats the catalog settings and vocabularies, which the import merges; references between parts resolve).
 */
function partsHint(format: ImportFormat): { en: string; zh: string } {
  const files =
    format === 'json'
      ? 'part1/rolematrix.catalog.json part2/rolematrix.catalog.json'
      : format === 'xlsx'
        ? 'part1/rolematrix.xlsx part2/rolematrix.xlsx'
        : 'part1/*.csv part2/*.csv';
  return {
    en: `Split it into files under 8 MiB and import them together: export the roles in groups, e.g. \`rolematrix export ${format} <ids…> --out part1\` and \`rolematrix export ${format} <other ids…> --out part2\`, then \`rolematrix import ${files} --out <dir>\`.`,
    zh: `请拆分为每个小于 8 MiB 的文件后一起导入：分批导出岗位，例如 rolematrix export ${format} <编号…> --out part1 和 rolematrix export ${format} <其余编号…> --out part2，然后运行 rolematrix import ${files} --out <目录>。`,
  };
}

/** The YAML files already in `dir`, with paths relative to it (none when it does not exist yet). */
export function readCatalogDirectory(dir: string): SourceFile[] {
  if (!existsSync(dir)) return [];
  let paths: string[];
  try {
    if (!statSync(dir).isDirectory())
      throw new UsageError({ en: `--out "${dir}" is not a directory.`, zh: `--out "${dir}" 不是目录。` });
    paths = listYamlFiles(dir);
    // A file to be updated keeps its comments: one that is not UTF-8 would have them rewritten as U+FFFD for good.
    const encoding: Diagnostic[] = [];
    const texts = readTextFiles(paths, { en: 'The file', zh: '文件' }, encoding);
    if (encoding.length > 0) throw new InputError(encoding);
    return paths.map((p, i) => ({ path: relative(dir, p).split(sep).join('/'), text: texts[i]! }));
  } catch (err) {
    if (err instanceof UsageError || err instanceof InputError) throw err;
    const code = (err as NodeJS.ErrnoException).code ?? 'error';
    throw new UsageError({
      en: `Cannot read the directory "${dir}" (${code}).`,
      zh: `无法读取目录 "${dir}"（${code}）。`,
    });
  }
}
