import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { hasErrors, type Diagnostic } from '../errors.js';
import type { Lang } from '../model/text.js';
import type { Loaded } from './commands.js';
import type { TableOptions } from './compare.js';
import { EXIT, UsageError, printDiagnostics, type CliIO, type CommonOptions } from './io.js';
import type { TableFormat } from '../render/table.js';
import pkg from '../../package.json' with { type: 'json' };

// Start-up: this module holds only argument parsing and help. A command's code, and the catalog it reads, are
// imported when that command runs, so `--version` or `--help` load nothing else and `compare` loads compare.

export type { CliIO } from './io.js';

/** The package's version (package.json, inlined by the build). */
const VERSION: string = pkg.version;

const HELP: Record<Lang, string> = {
  en: `rolematrix — roles and responsibilities as code

Usage:
  rolematrix init [dir] [--vocabulary shipped|empty]   start a catalog: settings, vocabularies, an example role
  rolematrix validate [dir]            check a catalog; every problem as file:line:col path: message [CODE]
  rolematrix list                      list the roles
  rolematrix show <id>                 show one role with its graded authorities
  rolematrix schema [--dir d] [--out f] print the JSON Schema for role files (with --dir: that catalog's own ids)
  rolematrix schema <output>           the JSON Schema of a command's --format json output: compare,
                                       diff, matrix, overlaps, query, raci
  rolematrix compare <a> <b>           compare two roles, dimension by dimension
  rolematrix matrix <ids…>             the N-role comparison table
  rolematrix matrix [ids…] --scores    the N×N similarity matrix (all roles by default)
  rolematrix overlaps                  near-duplicate roles and duties held by several roles
  rolematrix diff <old.yaml> <new.yaml>    what changed between two versions of a role
  rolematrix diff --since <git-rev> [dir]  what changed in a catalog since a git revision
  rolematrix query "<expr>"            find roles, e.g. "permission:budget>=decides and level>=manager"
  rolematrix raci <matrix>             a responsibility matrix as a letter grid, with its rule findings
  rolematrix raci --role <id>          one role's letters across every matrix
  rolematrix raci --draft <matrix>     letters proposed from the roles' duties and permissions, for review
  rolematrix lint                      catalog health: near duplicates, career dead ends, KPIs without data, …
  rolematrix check-jd <file…> [--role <id>|auto] [--config f]   check job descriptions (zh/en)
  rolematrix export <target> [--out dir|-] [ids…]   json | jsonld | jdx | odoo | frappe | orangehrm | xlsx | csv
  rolematrix import <file…> [--from json|csv|xlsx] [--out dir]   back into YAML files (comments kept)
  rolematrix report [--out report.html|-] [ids…]    one self-contained HTML page: overview, comparison, RACI

Options:
  --dir <dir>          use the catalog in <dir> (default: the nearest catalog.yaml from here up, else the
                       shipped catalog)
  --out <path>         export, import: the directory to write into (default: here); report: the file
                       (default report.html); export (one text file), report: - for standard output
  --lang zh|en         language of the output (default: en, or zh when LANG starts with zh)
  --format <fmt>       text | json (validate, list); text | json | yaml (show);
                       text | md | csv | json | html (compare, matrix, overlaps, diff, query, raci);
                       text | json | sarif (lint, check-jd)
  --threshold <0–1>    compare: how close two items must read to count as similar (0.3);
                       overlaps: how similar roles and duties must be to be listed (0.6);
                       lint: how similar two roles must be to count as near duplicates (0.8)
  --width <n>          text tables: wrap to n columns (default 100)
  --vocabulary <v>     init: shipped (build on the shipped vocabularies) or empty (own files; default)
  --fail-on <sev>      validate, raci, lint, check-jd: exit 1 at error (default) or warning
  -h, --help           this help
  -v, --version        the version

Exit codes: 0 ok, 1 findings, 2 usage or input error.
`,
  zh: `rolematrix —— 以代码管理岗位职责

用法：
  rolematrix init [目录] [--vocabulary shipped|empty]  新建岗位目录：目录设置、词汇表和一个示例岗位
  rolematrix validate [目录]           校验岗位目录；每个问题输出为 文件:行:列 路径: 说明 [代码]
  rolematrix list                      列出全部岗位
  rolematrix show <编号>               查看一个岗位及其分级权限
  rolematrix schema [--dir 目录] [--out 文件]  输出岗位文件的 JSON Schema（带 --dir 时含该目录自己的编号）
  rolematrix schema <输出>             某个命令 --format json 输出的 JSON Schema：compare、diff、matrix、overlaps、query、raci
  rolematrix compare <甲> <乙>         按维度对比两个岗位
  rolematrix matrix <编号…>            多岗位对比表
  rolematrix matrix [编号…] --scores   岗位相似度矩阵（默认全部岗位）
  rolematrix overlaps                  相近岗位及多个岗位共有的职责
  rolematrix diff <旧.yaml> <新.yaml>      同一岗位两个版本之间的变更
  rolematrix diff --since <版本> [目录]    自某个 git 版本以来目录中的变更
  rolematrix query "<表达式>"          查询岗位，例如 "permission:budget>=decides and level>=manager"
  rolematrix raci <矩阵>               以字母表格显示职责矩阵及检查结果
  rolematrix raci --role <编号>        某个岗位在所有矩阵中的字母
  rolematrix raci --draft <矩阵>       根据岗位职责和权限草拟字母，供人工复核
  rolematrix lint                      目录健康检查：相近岗位、晋升死路、缺少数据来源的指标等
  rolematrix check-jd <文件…> [--role <编号>|auto] [--config 文件]   检查职位描述（中英文）
  rolematrix export <目标> [--out 目录|-] [编号…]   json | jsonld | jdx | odoo | frappe | orangehrm | xlsx | csv
  rolematrix import <文件…> [--from json|csv|xlsx] [--out 目录]   导回 YAML 文件（保留注释）
  rolematrix report [--out report.html|-] [编号…]   单个自包含 HTML 页面：总览、对比、RACI

选项：
  --dir <目录>         使用 <目录> 中的岗位目录（默认：自当前目录向上最近的 catalog.yaml 所在目录，
                       找不到时用内置目录）
  --out <路径>         export、import：写入的目录（默认当前目录）；report：写入的文件（默认 report.html）；
                       export（单个文本文件）、report：写 - 表示输出到标准输出
  --lang zh|en         输出语言（默认 en；LANG 以 zh 开头时为 zh）
  --format <格式>      text | json（validate、list）；text | json | yaml（show）；
                       text | md | csv | json | html（compare、matrix、overlaps、diff、query、raci）；
                       text | json | sarif（lint、check-jd）
  --threshold <0–1>    compare：条目文字多接近才算相近（默认 0.3）；
                       overlaps：岗位和职责多相似才列出（默认 0.6）；
                       lint：两个岗位多相似才算相近重复（默认 0.8）
  --width <列数>       文本表格按此宽度换行（默认 100）
  --vocabulary <v>     init：shipped（以内置词汇表为基础）或 empty（自带词汇文件；默认）
  --fail-on <级别>     validate、raci、lint、check-jd：遇到 error（默认）或 warning 时退出码为 1
  -h, --help           显示帮助
  -v, --version        显示版本

退出码：0 正常，1 有问题，2 用法或输入错误。
`,
};

const COMMANDS = [
  'init',
  'validate',
  'list',
  'show',
  'schema',
  'compare',
  'matrix',
  'overlaps',
  'diff',
  'query',
  'raci',
  'lint',
  'check-jd',
  'export',
  'import',
  'report',
] as const;
type Command = (typeof COMMANDS)[number];

/** How many arguments each command takes after its name (extra ones are a usage error, not silently ignored). */
const MAX_ARGS: Record<Command, number> = {
  init: 1,
  validate: 1,
  list: 0,
  show: 1,
  schema: 1,
  compare: 2,
  matrix: Number.POSITIVE_INFINITY,
  overlaps: 0,
  diff: 2,
  query: Number.POSITIVE_INFINITY,
  raci: 1,
  lint: 1,
  'check-jd': Number.POSITIVE_INFINITY,
  export: Number.POSITIVE_INFINITY,
  import: Number.POSITIVE_INFINITY,
  report: Number.POSITIVE_INFINITY,
};

const TABLE = ['text', 'md', 'csv', 'json', 'html'] as const;
/** The formats each command takes; the first is the default. */
const FORMATS: Record<Command, readonly string[]> = {
  init: ['text'],
  validate: ['text', 'json'],
  list: ['text', 'json'],
  show: ['text', 'json', 'yaml'],
  schema: ['json'],
  compare: TABLE,
  matrix: TABLE,
  overlaps: TABLE,
  diff: TABLE,
  query: TABLE,
  raci: TABLE,
  lint: ['text', 'json', 'sarif'],
  'check-jd': ['text', 'json', 'sarif'],
  // The target of an export is its first argument, and import takes --from: neither has a --format.
  export: ['text'],
  import: ['text'],
  report: ['html'],
};

/** The CLI as a plain function: argv (without node and script) in, a promise of the exit code out. */
export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  const envLang: Lang = /^zh/i.test(io.env?.LANG ?? '') ? 'zh' : 'en';
  // Read --lang before parsing, so even an error about the other options is in the language asked for.
  const langArg = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const early =
    langArg < 0 ? undefined : argv[langArg]!.includes('=') ? argv[langArg]!.slice('--lang='.length) : argv[langArg + 1];
  let lang: Lang = early === 'zh' || early === 'en' ? early : envLang;
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        dir: { type: 'string' },
        lang: { type: 'string' },
        format: { type: 'string' },
        'fail-on': { type: 'string' },
        out: { type: 'string' },
        threshold: { type: 'string' },
        since: { type: 'string' },
        scores: { type: 'boolean' },
        role: { type: 'string' },
        draft: { type: 'string' },
        config: { type: 'string' },
        width: { type: 'string' },
        from: { type: 'string' },
        vocabulary: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
    if (values.lang !== undefined) {
      if (values.lang !== 'zh' && values.lang !== 'en')
        throw new UsageError(`--lang must be zh or en, not "${values.lang}".`);
      lang = values.lang;
    }
    if (values.version) {
      io.stdout(`${VERSION}\n`);
      return EXIT.ok;
    }
    const [command, ...rest] = positionals;
    if (values.help || command === undefined || command === 'help') {
      io.stdout(HELP[lang]);
      return command === undefined && !values.help ? EXIT.usage : EXIT.ok;
    }
    if (!(COMMANDS as readonly string[]).includes(command)) {
      throw new UsageError(
        lang === 'zh'
          ? `未知命令 "${command}"。可用命令：${COMMANDS.join('、')}。`
          : `Unknown command "${command}". Commands: ${COMMANDS.join(', ')}.`,
      );
    }
    const failOn = values['fail-on'] ?? 'error';
    if (failOn !== 'error' && failOn !== 'warning')
      throw new UsageError({
        en: `--fail-on must be error or warning, not "${failOn}".`,
        zh: `--fail-on 只能是 error 或 warning，不能是 "${failOn}"。`,
      });
    const cmd = command as Command;
    const allowed = FORMATS[cmd];
    const format = values.format ?? allowed[0]!;
    if (!allowed.includes(format)) {
      throw new UsageError({
        en: `--format must be ${allowed.slice(0, -1).join(', ')}${allowed.length > 1 ? ' or ' : ''}${allowed.at(-1)} for ${cmd}, not "${format}".`,
        zh: `${cmd} 的 --format 只能是 ${allowed.join('、')}，不能是 "${format}"。`,
      });
    }
    let width: number | undefined;
    if (values.width !== undefined) {
      width = Number(values.width);
      if (!Number.isInteger(width) || width < 20)
        throw new UsageError({
          en: `--width must be a whole number of at least 20, not "${values.width}".`,
          zh: `--width 应为不小于 20 的整数，不能是 "${values.width}"。`,
        });
    }
    const most = MAX_ARGS[cmd];
    if (rest.length > most) {
      throw new UsageError({
        en: `${cmd} takes ${most === 0 ? 'no arguments' : most === 1 ? 'at most one argument' : `at most ${most} arguments`}; "${rest[most]}" is one too many.`,
        zh: `${cmd} ${most === 0 ? '不接受参数' : `最多接受 ${most} 个参数`}；"${rest[most]}" 是多余的。`,
      });
    }
    const named = (command === 'validate' || command === 'lint') && rest[0] !== undefined ? rest[0] : values.dir;
    // Without one named, the nearest catalog.yaml from the working directory up; else the shipped catalog.
    const dir = named ?? (cmd === 'init' || cmd === 'import' ? undefined : await discoverCatalog(io, lang, format));
    const opts: CommonOptions = { lang, dir, format };
    const topts: TableOptions = { ...opts, format: format as TableFormat, width };

    if (cmd === 'init') {
      const { initCommand } = await import('./init.js');
      return initCommand(io, { lang, vocabulary: values.vocabulary }, rest[0]);
    }
    if (command === 'schema') {
      // With --dir: that catalog's own levels, tracks and vocabulary ids as enums, for completion in its role files.
      const { schemaText } = await import('./commands.js');
      let text = schemaText();
      if (rest[0] !== undefined) {
        // The schema of a command's --format json output (docs/json-output.md).
        const { OUTPUT_SCHEMAS, OUTPUT_NAMES } = await import('../render/output-schemas.js');
        const name = rest[0];
        const output = Object.hasOwn(OUTPUT_SCHEMAS, name)
          ? OUTPUT_SCHEMAS[name as keyof typeof OUTPUT_SCHEMAS]
          : undefined;
        if (values.dir !== undefined)
          throw new UsageError({
            en: `schema ${name} is the same for every catalog: leave out --dir.`,
            zh: `schema ${name} 与岗位目录无关：请去掉 --dir。`,
          });
        if (output === undefined)
          throw new UsageError({
            en: `No output is called "${rest[0]}"; schemas exist for: ${OUTPUT_NAMES.join(', ')}.`,
            zh: `没有名为 "${rest[0]}" 的输出；可用的输出结构：${OUTPUT_NAMES.join('、')}。`,
          });
        text = `${JSON.stringify(output.schema(), null, 2)}\n`;
      }
      if (values.dir !== undefined) {
        const [{ loadCatalog }, { catalogJsonSchema }] = await Promise.all([
          import('../node/load.js'),
          import('../catalog/schema.js'),
        ]);
        const input = loadCatalog(values.dir);
        if (hasErrors(input.diagnostics)) return catalogErrors(io, input.diagnostics, lang);
        text = `${JSON.stringify(catalogJsonSchema(input.catalog), null, 2)}\n`;
      }
      if (values.out !== undefined) {
        try {
          writeFileSync(values.out, text);
        } catch (err) {
          const code = (err as NodeJS.ErrnoException).code ?? 'error';
          throw new UsageError({
            en: `Cannot write "${values.out}" (${code}).`,
            zh: `无法写入 "${values.out}"（${code}）。`,
          });
        }
      } else io.stdout(text);
      return EXIT.ok;
    }
    if (cmd === 'import') {
      const { importCommand } = await import('./interchange.js');
      return await importCommand(io, { ...opts, out: values.out, from: values.from }, rest);
    }
    if (cmd === 'export' || cmd === 'lint') {
      const { loadLintInput, lintCommand } = await import('./lint.js');
      const input = loadLintInput(dir);
      if (cmd === 'lint')
        return lintCommand(io, { ...opts, threshold: values.threshold, version: VERSION }, input, failOn);
      if (hasErrors(input.diagnostics)) return catalogErrors(io, input.diagnostics, lang);
      const { exportCommand } = await import('./interchange.js');
      return await exportCommand(
        io,
        { ...opts, out: values.out, version: VERSION },
        input.catalog,
        input.documents,
        rest,
      );
    }
    // diff --since reads its own directory (old and new) and needs no other catalog to start from.
    const loaded = await loadFor(dir === undefined || (cmd === 'diff' && values.since !== undefined) ? undefined : dir);
    if (command === 'validate') {
      const { validateCommand } = await import('./commands.js');
      return validateCommand(io, opts, loaded, failOn);
    }
    if (hasErrors(loaded.diagnostics)) return catalogErrors(io, loaded.diagnostics, lang);
    const catalog = loaded.catalog;
    switch (cmd) {
      case 'list':
        return (await import('./commands.js')).listCommand(io, opts, catalog);
      case 'show':
        return (await import('./commands.js')).showCommand(io, opts, catalog, rest[0]);
      case 'compare':
        return (await import('./compare.js')).compareCommand(io, topts, catalog, rest, values.threshold);
      case 'matrix':
        return (await import('./compare.js')).matrixCommand(io, topts, catalog, rest, values.scores ?? false);
      case 'overlaps':
        return (await import('./compare.js')).overlapsCommand(io, topts, catalog, values.threshold);
      case 'diff':
        return await (await import('./compare.js')).diffCommand(io, topts, catalog, rest, values.since);
      case 'check-jd':
        return (await import('./check-jd.js')).checkJdCommand(
          io,
          { ...opts, role: values.role, config: values.config, version: VERSION },
          catalog,
          rest,
          failOn,
        );
      case 'report':
        return (await import('./report.js')).reportCommand(io, { ...opts, out: values.out }, catalog, rest);
      case 'raci':
        return (await import('./raci.js')).raciCommand(io, topts, catalog, rest, {
          role: values.role,
          draft: values.draft,
          failOn: failOn,
        });
      default:
        return (await import('./query.js')).queryCommand(io, topts, catalog, rest.join(' '));
    }
  } catch (err) {
    return usageExit(err, io, lang);
  }
}

/**
 * The catalog directory found from the working directory upward (src/node/files.ts `findCatalogDir`), said on
 * stderr for text output, since the user did not name it; undefined when there is none.
 */
async function discoverCatalog(io: CliIO, lang: Lang, format: string): Promise<string | undefined> {
  const { findCatalogDir } = await import('../node/files.js');
  let from = io.cwd;
  try {
    from ??= process.cwd();
  } catch {
    return undefined; // the working directory was removed: nothing to look in
  }
  const found = findCatalogDir(from);
  if (found !== undefined && format === 'text')
    io.stderr(
      lang === 'zh'
        ? `使用 ${found} 中的岗位目录（自当前目录向上找到）。\n`
        : `Using the catalog in ${found} (found from the working directory up).\n`,
    );
  return found;
}

/** The catalog a command works on: the one in `dir`, or the shipped one (compiled at build time). */
async function loadFor(dir: string | undefined): Promise<Loaded> {
  if (dir !== undefined) return (await import('../node/load.js')).loadCatalog(dir);
  const { catalog, catalogDiagnostics } = await import('../catalog/shipped.js');
  return { catalog, diagnostics: catalogDiagnostics };
}

/**
 * Prints a usage error (ours, or one of node:util parseArgs) in `lang` and gives exit code 2; anything else is a bug
 * and is rethrown.
 */
function usageExit(err: unknown, io: CliIO, lang: Lang): number {
  if (
    err instanceof UsageError ||
    (err instanceof TypeError && 'code' in err && String(err.code).startsWith('ERR_PARSE_ARGS'))
  ) {
    const usage = err instanceof UsageError ? err : parseArgsError(err as TypeError & { code: string });
    const message = lang === 'zh' ? usage.zh : usage.message;
    io.stderr(
      `${message}\n${lang === 'zh' ? '运行 rolematrix --help 查看用法。' : 'Run `rolematrix --help` for usage.'}\n`,
    );
    return EXIT.usage;
  }
  throw err;
}

/** A catalog with errors cannot be worked on: its diagnostics, a pointer to validate, exit 2. */
function catalogErrors(io: CliIO, diagnostics: readonly Diagnostic[], lang: Lang): number {
  printDiagnostics(io, diagnostics, lang);
  io.stderr(
    lang === 'zh'
      ? '岗位目录有错误；请先运行 rolematrix validate 并修正。\n'
      : 'The catalog has errors; run `rolematrix validate` and fix them first.\n',
  );
  return EXIT.usage;
}

/** node:util parseArgs errors, reworded in both languages (its own messages are English and quote oddly). */
function parseArgsError(err: TypeError & { code: string }): UsageError {
  const option = /'(-[^' ]+)/.exec(err.message)?.[1] ?? '';
  if (err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    return new UsageError({ en: `Unknown option ${option}.`, zh: `未知选项 ${option}。` });
  }
  if (err.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return new UsageError({
      en: `The option ${option} needs a value; write ${option}=<value> when the value starts with "-".`,
      zh: `选项 ${option} 需要一个值；值以 "-" 开头时请写成 ${option}=<值>。`,
    });
  }
  return new UsageError({ en: err.message, zh: err.message });
}
