import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, relative, sep } from 'node:path';
import type { Catalog } from '../catalog/catalog.js';
import { fileDiagnostic, hasErrors, type Diagnostic } from '../errors.js';
import { EXPORT_FORMATS, exportCatalog, type ExportFormat } from '../export/index.js';
import { importDocuments } from '../import/index.js';
import { IMPORT_FORMATS, type ImportFormat, type ImportInput, type ImportResult } from '../import/types.js';
import { planImport } from '../import/write.js';
import { loadDocuments, type SourceFile } from '../load/load.js';
import type { SourceDocument } from '../load/source.js';
import { suggestion } from '../load/suggest.js';
import { roleJsonSchema } from '../model/document.js';
import type { Lang } from '../model/text.js';
import { listYamlFiles } from '../node/index.js';
import { EXIT, UsageError, printDiagnostics, type CliIO, type CommonOptions } from './io.js';

export interface ExportCommandOptions extends CommonOptions {
  out: string | undefined;
  version: string;
}

/** `--out -`: the export's one text file on stdout instead of in a directory. */
const STDOUT = '-';

/**
 * `export <target> [ids…] [--out dir]`: the catalog (or the roles named) for an HR tool or standard. Diagnostics go to
 * stderr; with any error nothing is written and the exit code is 1. Otherwise every file goes into `--out` (default: the
 * current directory, created if needed) and each is named on stdout; `--out -` prints a single-file text export instead.
 */
export async function exportCommand(io: CliIO, opts: ExportCommandOptions, catalog: Catalog, documents: readonly SourceDocument[], args: readonly string[]): Promise<number> {
  const [target, ...roles] = args;
  const zh = opts.lang === 'zh';
  if (target === undefined) {
    throw new UsageError({ en: `Name the export target: ${EXPORT_FORMATS.join(', ')}.`, zh: `请指定导出目标:${EXPORT_FORMATS.join('、')}。` });
  }
  if (!(EXPORT_FORMATS as readonly string[]).includes(target)) {
    const hint = suggestion(target, EXPORT_FORMATS);
    throw new UsageError({
      en: `Unknown export target "${target}". Targets: ${EXPORT_FORMATS.join(', ')}.${hint ? ` ${hint.en}` : ''}`,
      zh: `未知的导出目标 "${target}"。可用目标:${EXPORT_FORMATS.join('、')}。${hint ? hint.zh : ''}`,
    });
  }
  const result = await exportCatalog(catalog, target as ExportFormat, { roles, lang: opts.lang, documents, generator: `rolematrix ${opts.version}` });
  printDiagnostics(io, result.diagnostics, opts.lang);
  if (hasErrors(result.diagnostics)) {
    io.stderr(zh ? '导出有错误,未写入任何文件。\n' : 'The export has errors; no file was written.\n');
    return EXIT.findings;
  }
  if (opts.out === STDOUT) {
    const only = result.files[0];
    if (result.files.length !== 1 || only === undefined || typeof only.content !== 'string') {
      throw new UsageError({
        en: `--out - prints a single text file, but the ${target} export writes ${result.files.length === 1 ? 'bytes' : `${result.files.length} files`}; give a directory.`,
        zh: `--out - 只能输出单个文本文件,而 ${target} 导出${result.files.length === 1 ? '的是二进制内容' : `有 ${result.files.length} 个文件`};请指定目录。`,
      });
    }
    io.stdout(only.content);
    return EXIT.ok;
  }
  const dir = opts.out ?? '.';
  makeDirectory(dir);
  for (const f of result.files) {
    const path = join(dir, f.name);
    write(path, f.content);
    io.stdout(zh ? `已写入 ${path}\n` : `Wrote ${path}\n`);
  }
  return EXIT.ok;
}

export interface ImportCommandOptions extends CommonOptions {
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
 * created, updated or unchanged; then the directory's catalog is loaded and its diagnostics printed (exit 1 on errors).
 */
export async function importCommand(io: CliIO, opts: ImportCommandOptions, args: readonly string[]): Promise<number> {
  const zh = opts.lang === 'zh';
  if (args.length === 0) {
    throw new UsageError({ en: 'Name the files to import, e.g. `rolematrix import rolematrix.catalog.json --out roles`.', zh: '请指定要导入的文件,例如:rolematrix import rolematrix.catalog.json --out roles' });
  }
  if (opts.from !== undefined && !(IMPORT_FORMATS as readonly string[]).includes(opts.from)) {
    const hint = suggestion(opts.from, IMPORT_FORMATS);
    throw new UsageError({
      en: `--from must be ${IMPORT_FORMATS.join(', ')}, not "${opts.from}".${hint ? ` ${hint.en}` : ''}`,
      zh: `--from 只能是 ${IMPORT_FORMATS.join('、')},不能是 "${opts.from}"。${hint ? hint.zh : ''}`,
    });
  }
  // Files in one format are read together (the sheets of a CSV export belong to each other).
  const groups = new Map<ImportFormat, ImportInput[]>();
  const unreadable: Diagnostic[] = [];
  for (const file of args) {
    const format = (opts.from as ImportFormat | undefined) ?? EXTENSIONS[extname(file).toLowerCase()];
    if (format === undefined) {
      throw new UsageError({
        en: `Cannot tell the format of "${file}" from its extension (.json, .csv or .xlsx); add --from json|csv|xlsx.`,
        zh: `无法从扩展名判断 "${file}" 的格式(.json、.csv 或 .xlsx);请加上 --from json|csv|xlsx。`,
      });
    }
    try {
      const bytes = readFileSync(file);
      groups.set(format, [...(groups.get(format) ?? []), { file, data: format === 'xlsx' ? new Uint8Array(bytes) : bytes.toString('utf8') }]);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? 'error';
      unreadable.push(fileDiagnostic(file, 'IO_ERROR', { en: `The file cannot be read (${code}).`, zh: `无法读取该文件(${code})。` }));
    }
  }
  if (unreadable.length > 0) {
    printDiagnostics(io, unreadable, opts.lang);
    return EXIT.usage;
  }
  const results: ImportResult[] = [];
  for (const [format, inputs] of groups) results.push(await importDocuments(inputs, format));
  const diagnostics = results.flatMap((r) => r.diagnostics);
  printDiagnostics(io, diagnostics, opts.lang);
  if (hasErrors(diagnostics)) {
    io.stderr(zh ? '导入文件有错误，未写入任何文件。\n' : 'The import has errors; no file was written.\n');
    return EXIT.findings;
  }
  const dir = opts.out ?? '.';
  const existing = readCatalogDirectory(dir);
  const plan = planImport(results.flatMap((r) => r.documents), existing);
  printDiagnostics(io, plan.diagnostics, opts.lang);
  if (hasErrors(plan.diagnostics)) {
    io.stderr(zh ? '目标目录中有文件无法更新，未写入任何文件。\n' : 'Files in the target directory cannot be updated; no file was written.\n');
    return EXIT.findings;
  }
  // The catalog as it would be after the import, checked before anything is written: a reference to a role that is
  // neither imported nor already there, or a cycle the import closes, stops the import like a bad value does.
  const after = new Map(existing.map((f) => [f.path, f.text]));
  for (const f of plan.files) after.set(f.file, f.text);
  const loaded = loadDocuments([...after].map(([path, text]) => ({ path: join(dir, ...path.split('/')), text })));
  const errors = loaded.diagnostics.filter((d) => d.severity === 'error').length;
  if (errors > 0) {
    printDiagnostics(io, loaded.diagnostics, opts.lang);
    io.stderr(
      zh
        ? `导入后 ${dir} 中的目录会有 ${errors} 个错误，未写入任何文件。\n`
        : `After this import the catalog in ${dir} would have ${errors} error${errors === 1 ? '' : 's'}; no file was written.\n`,
    );
    return EXIT.findings;
  }
  makeDirectory(dir);
  const files = [...plan.files];
  // Editors find the schema the files' headers name when the directory has one.
  if (!existsSync(join(dir, 'rolematrix.schema.json'))) files.push({ file: 'rolematrix.schema.json', text: `${JSON.stringify(roleJsonSchema(), null, 2)}\n`, status: 'created' });
  for (const f of files) {
    const path = join(dir, ...f.file.split('/'));
    if (f.status !== 'unchanged') {
      makeDirectory(dirname(path));
      write(path, f.text);
    }
    io.stdout(`${STATUS[f.status][opts.lang]} ${path}\n`);
  }
  printDiagnostics(io, loaded.diagnostics, opts.lang);
  io.stdout(zh ? `${dir} 中的目录有效：${loaded.catalog.roles.size} 个岗位。\n` : `The catalog in ${dir} is valid: ${loaded.catalog.roles.size} roles.\n`);
  return EXIT.ok;
}

/** The YAML files already in `dir`, with paths relative to it (none when it does not exist yet). */
function readCatalogDirectory(dir: string): SourceFile[] {
  if (!existsSync(dir)) return [];
  let paths: string[];
  try {
    if (!statSync(dir).isDirectory()) throw new UsageError({ en: `--out "${dir}" is not a directory.`, zh: `--out "${dir}" 不是目录。` });
    paths = listYamlFiles(dir);
    return paths.map((p) => ({ path: relative(dir, p).split(sep).join('/'), text: readFileSync(p, 'utf8') }));
  } catch (err) {
    if (err instanceof UsageError) throw err;
    const code = (err as NodeJS.ErrnoException).code ?? 'error';
    throw new UsageError({ en: `Cannot read the directory "${dir}" (${code}).`, zh: `无法读取目录 "${dir}"(${code})。` });
  }
}

function makeDirectory(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'error';
    throw new UsageError({ en: `Cannot create the directory "${dir}" (${code}).`, zh: `无法创建目录 "${dir}"(${code})。` });
  }
}

function write(path: string, content: string | Uint8Array): void {
  try {
    writeFileSync(path, content);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'error';
    throw new UsageError({ en: `Cannot write "${path}" (${code}).`, zh: `无法写入 "${path}"(${code})。` });
  }
}
