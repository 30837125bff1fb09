import { hasErrors, type Diagnostic } from '../errors.js';
import type { Lang } from '../model/text.js';
import type { Loaded } from './commands.js';
import { CatalogError, EXIT, InputError, UsageError, printDiagnostics, type CliIO } from './io.js';
import { langOf, parseCommandLine } from './parse.js';
import pkg from '../../package.json' with { type: 'json' };

// Start-up: this module and the command definitions (defs/) hold only argument parsing. A command's code, and the
// catalog it reads, are imported when that command runs, so `--version` loads nothing else and `compare` loads
// compare; help and completion are imported when asked for.

export type { CliIO } from './io.js';

/** The package's version (package.json, inlined by the build). */
const VERSION: string = pkg.version;

/** The CLI as a plain function: argv (without node and script) in, a promise of the exit code out. */
export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  const envLang: Lang = /^zh/i.test(io.env?.LANG ?? '') ? 'zh' : 'en';
  let lang = envLang; // --lang once the line is read: even an error about the other options is in that language
  let name: string | undefined; // the command, once known: usage errors point to its help
  try {
    if (argv[0] === '__complete') return await complete(argv.slice(1), io, envLang);
    const line = parseCommandLine(argv);
    lang = langOf(line.values, envLang);
    name = line.command?.name;
    if (line.problems.length > 0)
      throw new UsageError({
        en: line.problems.map((p) => p.en).join('\n'),
        zh: line.problems.map((p) => p.zh).join('\n'),
      });
    const { command, args, values } = line;
    if (values.version === true) {
      io.stdout(`${VERSION}\n`);
      return EXIT.ok;
    }
    if (values.help === true || command === undefined) {
      const { mainHelp, commandHelp } = await import('./help.js');
      const width = io.columns ?? undefined;
      io.stdout(command === undefined ? mainHelp(lang, width) : commandHelp(command, lang, width));
      return command === undefined && values.help !== true ? EXIT.usage : EXIT.ok;
    }
    const format = typeof values.format === 'string' ? values.format : (command.options.format?.choices?.[0] ?? 'text');
    const width = typeof values.width === 'string' ? Number(values.width) : io.columns;
    const load = (dir: string | undefined) => loadFor(dir);
    return await command.run({
      io,
      lang,
      version: VERSION,
      args,
      values,
      format,
      failOn: values['fail-on'] === 'warning' ? 'warning' : 'error',
      width,
      catalogDir: async (named) => named ?? (await discoverCatalog(io, lang, format)),
      load,
      catalog: async (dir) => {
        const loaded = await load(dir);
        if (hasErrors(loaded.diagnostics)) throw new CatalogError(loaded.diagnostics);
        return loaded.catalog;
      },
    });
  } catch (err) {
    if (err instanceof CatalogError) return catalogErrors(io, err.diagnostics, lang);
    if (err instanceof InputError) {
      printDiagnostics(io, err.diagnostics, lang);
      return EXIT.usage;
    }
    return usageExit(err, io, lang, name);
  }
}

/** `__complete <shell> -- <words…>`: the candidates for the shell completion scripts (complete.ts). */
async function complete(argv: readonly string[], io: CliIO, lang: Lang): Promise<number> {
  const { candidates, candidateLines, expandHome, typedWords, SHELLS } = await import('./complete.js');
  const shell = SHELLS.find((s) => s === argv[0]) ?? 'bash';
  const words = typedWords(shell, argv.slice(argv[1] === '--' ? 2 : 1));
  const home = io.env?.HOME ?? (await import('node:os')).homedir();
  const result = await candidates(words, lang, async (dir) => {
    const named =
      dir !== undefined ? expandHome(dir, home) : await discoverCatalog({ ...io, stderr: () => {} }, lang, 'json');
    const loaded = await loadFor(named);
    return hasErrors(loaded.diagnostics) ? undefined : loaded.catalog;
  });
  io.stdout(candidateLines(result, shell));
  return EXIT.ok;
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
  if (dir !== undefined) {
    const { loadCatalogDir } = await import('./load-dir.js');
    return loadCatalogDir(dir);
  }
  const { catalog, catalogDiagnostics } = await import('../catalog/shipped-data.js');
  return { catalog, diagnostics: catalogDiagnostics };
}

/**
 * Prints a usage error in `lang` and gives exit code 2; anything else is a bug and is rethrown.
 */
function usageExit(err: unknown, io: CliIO, lang: Lang, command: string | undefined): number {
  if (err instanceof UsageError) {
    const message = lang === 'zh' ? err.zh : err.message;
    const help = command === undefined ? 'rolematrix --help' : `rolematrix ${command} --help`;
    io.stderr(`${message}\n${lang === 'zh' ? `运行 ${help} 查看用法。` : `Run \`${help}\` for usage.`}\n`);
    return EXIT.usage;
  }
  // Anything else is a bug in rolematrix: say so in the user's language, with what is needed to report it, and exit
  // with a code no input error uses.
  const what = err instanceof Error ? (err.stack ?? `${err.name}: ${err.message}`) : String(err);
  io.stderr(
    lang === 'zh'
      ? `rolematrix 内部错误（这是程序缺陷，不是输入的问题）。请把所运行的命令和以下信息报告给我们：\n${what}\n`
      : `rolematrix failed with an internal error (a bug, not a problem with the input). Please report it with the command you ran and these lines:\n${what}\n`,
  );
  return EXIT.internal;
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
