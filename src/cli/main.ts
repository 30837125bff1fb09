import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { catalog as shipped, catalogDiagnostics } from '../catalog/shipped.js';
import type { Severity } from '../errors.js';
import type { Lang } from '../model/text.js';
import { loadCatalog } from '../node/index.js';
import { listCommand, schemaText, showCommand, validateCommand, type Loaded } from './commands.js';
import { EXIT, UsageError, printDiagnostics, type CliIO, type CommonOptions } from './io.js';

export type { CliIO } from './io.js';

const VERSION = '0.1.0';

const HELP: Record<Lang, string> = {
  en: `rolematrix — roles and responsibilities as code

Usage:
  rolematrix validate [dir]            check a catalog; every problem as file:line:col path: message [CODE]
  rolematrix list                      list the roles
  rolematrix show <id>                 show one role with its graded authorities
  rolematrix schema [--out file]       print the JSON Schema for role files

Options:
  --dir <dir>          use the catalog in <dir> instead of the shipped one
  --lang zh|en         language of the output (default: en, or zh when LANG starts with zh)
  --format <fmt>       text | json (validate, list); text | json | yaml (show)
  --fail-on <sev>      validate: exit 1 at error (default) or warning
  -h, --help           this help
  -v, --version        the version

Exit codes: 0 ok, 1 findings, 2 usage or input error.
`,
  zh: `rolematrix —— 以代码管理岗位职责

用法:
  rolematrix validate [目录]           校验岗位目录;每个问题输出为 文件:行:列 路径: 说明 [代码]
  rolematrix list                      列出全部岗位
  rolematrix show <编号>               查看一个岗位及其分级权限
  rolematrix schema [--out 文件]       输出岗位文件的 JSON Schema

选项:
  --dir <目录>         使用 <目录> 中的岗位目录,而非内置目录
  --lang zh|en         输出语言(默认 en;LANG 以 zh 开头时为 zh)
  --format <格式>      text | json(validate、list);text | json | yaml(show)
  --fail-on <级别>     validate:遇到 error(默认)或 warning 时退出码为 1
  -h, --help           显示帮助
  -v, --version        显示版本

退出码:0 正常,1 有问题,2 用法或输入错误。
`,
};

const COMMANDS = ['validate', 'list', 'show', 'schema'] as const;

/** The CLI as a plain function: argv (without node and script) in, exit code out. */
export function main(argv: readonly string[], io: CliIO): number {
  const envLang: Lang = /^zh/i.test(io.env?.LANG ?? '') ? 'zh' : 'en';
  let lang: Lang = envLang;
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
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
    if (values.lang !== undefined) {
      if (values.lang !== 'zh' && values.lang !== 'en') throw new UsageError(`--lang must be zh or en, not "${values.lang}".`);
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
      throw new UsageError(lang === 'zh' ? `未知命令 "${command}"。可用命令:${COMMANDS.join('、')}。` : `Unknown command "${command}". Commands: ${COMMANDS.join(', ')}.`);
    }
    const failOn = values['fail-on'] ?? 'error';
    if (failOn !== 'error' && failOn !== 'warning') throw new UsageError(`--fail-on must be error or warning, not "${failOn}".`);
    const format = values.format;
    if (format !== undefined && !['text', 'json', 'yaml'].includes(format)) throw new UsageError(`--format must be text, json or yaml, not "${format}".`);
    const dir = command === 'validate' && rest[0] !== undefined ? rest[0] : values.dir;
    const opts: CommonOptions = { lang, dir, format };

    if (command === 'schema') {
      if (values.out !== undefined) writeFileSync(values.out, schemaText());
      else io.stdout(schemaText());
      return EXIT.ok;
    }
    const loaded: Loaded = dir === undefined ? { catalog: shipped, diagnostics: catalogDiagnostics } : loadCatalog(dir);
    if (command === 'validate') return validateCommand(io, opts, loaded, failOn as Severity);
    if (loaded.diagnostics.some((d) => d.severity === 'error')) {
      printDiagnostics(io, loaded.diagnostics);
      io.stderr(lang === 'zh' ? '岗位目录有错误;请先运行 rolematrix validate 并修正。\n' : 'The catalog has errors; run `rolematrix validate` and fix them first.\n');
      return EXIT.usage;
    }
    if (command === 'list') return listCommand(io, opts, loaded.catalog);
    return showCommand(io, opts, loaded.catalog, rest[0]);
  } catch (err) {
    if (err instanceof UsageError || (err instanceof TypeError && 'code' in err && String(err.code).startsWith('ERR_PARSE_ARGS'))) {
      io.stderr(`${err.message}\n${lang === 'zh' ? '运行 rolematrix --help 查看用法。' : 'Run `rolematrix --help` for usage.'}\n`);
      return EXIT.usage;
    }
    throw err;
  }
}
