// The command line read against the command definitions (define.ts), with node:util parseArgs doing the
// tokenizing: every problem of a command line (unknown option, missing value, value not allowed, one argument too
// many) is found in one pass and reported together, each in both languages with a did-you-mean. The one reader of a
// command line: main() runs what it reads, and shell completion (complete.ts) reads the words before the cursor with
// it.

import { parseArgs } from 'node:util';
import { closest } from '../load/suggest.js';
import type { Lang } from '../model/text.js';
import type { Bilingual, CommandDef, OptionDef, OptionDefs } from './define.js';
import { COMMANDS, findCommand } from './defs/index.js';
import { GLOBAL_OPTIONS } from './options.js';

export interface CommandLine {
  /** The command named, or undefined when the line names none (`rolematrix --help`) or an unknown one. */
  command: CommandDef | undefined;
  /** The command word as given, known or not. */
  name: string | undefined;
  /** The line is `help [command]`. */
  helpWord: boolean;
  /** A string option at the very end still waiting for its value (`show --dir`): what completion offers next. */
  pending: { name: string; def: OptionDef } | undefined;
  /** Its positional arguments. */
  args: string[];
  /** The options given: strings for string options, true for flags. */
  values: Record<string, string | boolean>;
  /** Everything wrong with the line; empty when it can run. */
  problems: Bilingual[];
}

/** The options a command accepts: its own and the global ones. */
export function optionsOf(def: CommandDef | undefined): OptionDefs {
  return def === undefined ? GLOBAL_OPTIONS : { ...def.options, ...GLOBAL_OPTIONS };
}

type Token = NonNullable<ReturnType<typeof parseArgs>['tokens']>[number];

/** Tokens of `argv` read with `options` (parseArgs, not strict: unknown options are tokens too, checked here). */
function tokenize(argv: readonly string[], options: OptionDefs): Token[] {
  const config: Record<string, { type: 'string' | 'boolean'; short?: string }> = {};
  for (const [name, o] of Object.entries(options))
    config[name] = o.short === undefined ? { type: o.type } : { type: o.type, short: o.short };
  return parseArgs({ args: [...argv], options: config, strict: false, allowPositionals: true, tokens: true }).tokens;
}

/** Every option of every command, so the command name is found wherever the options are put. */
function allOptions(): OptionDefs {
  const all: Record<string, OptionDef> = {};
  for (const c of COMMANDS) Object.assign(all, c.options);
  return { ...all, ...GLOBAL_OPTIONS };
}

/**
 * Reads `argv` (without node and the script): the command, its arguments and options, and what is wrong. The command
 * is the first positional, also after `--` (`rolematrix -- list` is list). For an unknown command the line still gives
 * the global options (`--lang`), so the error is in the language asked for.
 */
/** The most arguments a command line may have. */
export const MAX_ARGUMENTS = 10_000;

export function parseCommandLine(argv: readonly string[]): CommandLine {
  // Node's parseArgs takes time growing with the square of the arguments (70,000 took minutes); no command needs this
  // many (3,000 role ids are 3,000).
  if (argv.length > MAX_ARGUMENTS)
    return {
      command: undefined,
      name: undefined,
      helpWord: false,
      pending: undefined,
      args: [],
      values: {},
      problems: [
        {
          en: `The command line has ${argv.length} arguments; at most ${MAX_ARGUMENTS} are read. Give fewer (a query of a few words, a catalog directory with --dir instead of its roles one by one).`,
          zh: `命令行有 ${argv.length} 个参数，最多读取 ${MAX_ARGUMENTS} 个。请少给一些（查询只写几个词；用 --dir 指定目录，而不是逐个列出岗位）。`,
        },
      ],
    };
  const first = tokenize(argv, allOptions()).find((t) => t.kind === 'positional');
  const name = first?.value;
  const rest = first === undefined ? [...argv] : argv.filter((_, i) => i !== first.index);
  // `help <command>` is the command's help.
  if (name === 'help') {
    const line = parseCommandLine(rest);
    return { ...line, helpWord: true, values: { ...line.values, help: true } };
  }
  const command = name === undefined ? undefined : findCommand(name);
  const { args, values, problems, pending } = readOptions(rest, command);
  const read = { name, helpWord: false, pending };
  if (name !== undefined && command === undefined) {
    const names = COMMANDS.map((c) => c.name);
    const hint = closest(name, names);
    const unknown = {
      en: `Unknown command "${name}".${hint ? ` Did you mean "${hint}"?` : ''} Commands: ${names.join(', ')}.`,
      zh: `未知命令 "${name}"。${hint ? `是不是要写 "${hint}"？` : ''}可用命令：${names.join('、')}。`,
    };
    // Its options are unknown too; of the line only the unknown command is reported.
    return { ...read, command: undefined, args: [], values, problems: [unknown] };
  }
  if (command !== undefined) for (const x of argumentProblems(command, args)) problems.push(x);
  return { ...read, command, args, values, problems };
}

/**
 * The positionals and options after the command name. Without a command the line is tokenized with every command's
 * options, so `--dir x` takes its value wherever it is; only the global options are accepted.
 */
function readOptions(
  argv: readonly string[],
  command: CommandDef | undefined,
): Pick<CommandLine, 'args' | 'values' | 'problems' | 'pending'> {
  const options = optionsOf(command);
  const known = command === undefined ? allOptions() : options;
  const values: Record<string, string | boolean> = {};
  const args: string[] = [];
  const problems: Bilingual[] = [];
  let pending: CommandLine['pending'];
  const tokens = tokenize(argv, known);
  for (const token of tokens) {
    if (token.kind === 'positional') args.push(token.value);
    if (token.kind !== 'option') continue;
    const kind = Object.hasOwn(known, token.name) ? known[token.name] : undefined;
    if (kind?.type === 'string' && token.value === undefined && token === tokens.at(-1))
      pending = { name: token.name, def: kind };
    const def = Object.hasOwn(options, token.name) ? options[token.name] : undefined;
    if (def === undefined) {
      problems.push(unknownOption(token.rawName, command, options));
      continue;
    }
    const flag = `--${token.name}`;
    if (def.type === 'boolean') {
      if (token.inlineValue) problems.push({ en: `The option ${flag} takes no value.`, zh: `选项 ${flag} 不带值。` });
      else values[token.name] = true;
      continue;
    }
    const value = token.value;
    if (value === undefined || (!token.inlineValue && value.startsWith('-') && value !== '-')) {
      problems.push({
        en: `The option ${flag} needs a value; write ${flag}=<value> when the value starts with "-".`,
        zh: `选项 ${flag} 需要一个值；值以 "-" 开头时请写成 ${flag}=<值>。`,
      });
      continue;
    }
    const problem = badValue(flag, value, def, command);
    const before = values[token.name];
    if (problem) problems.push(problem);
    else values[token.name] = def.repeatable === true && typeof before === 'string' ? `${before}\n${value}` : value;
  }
  return { args, values, problems, pending };
}

/** Too many arguments, and arguments outside their fixed values. */
function argumentProblems(command: CommandDef, args: readonly string[]): Bilingual[] {
  const problems: Bilingual[] = [];
  const most = command.args.some((a) => a.many) ? Number.POSITIVE_INFINITY : command.args.length;
  if (args.length > most) {
    problems.push({
      en: `${command.name} takes ${most === 0 ? 'no arguments' : most === 1 ? 'at most one argument' : `at most ${most} arguments`}; "${args[most]}" is one too many.`,
      zh: `${command.name} ${most === 0 ? '不接受参数' : `最多接受 ${most} 个参数`}；"${args[most]}" 是多余的。`,
    });
  }
  command.args.forEach((a, i) => {
    const given = a.many ? args.slice(i) : args.slice(i, i + 1);
    for (const v of given) {
      if (a.choices !== undefined && !a.choices.includes(v)) {
        const hint = closest(v, a.choices);
        problems.push({
          en: `${command.name}: <${a.name.en}> must be ${or(a.choices, 'en')}, not "${v}".${hint ? ` Did you mean "${hint}"?` : ''}`,
          zh: `${command.name} 的 <${a.name.zh}> 只能是 ${or(a.choices, 'zh')}，不能是 "${v}"。${hint ? `是不是要写 "${hint}"？` : ''}`,
        });
      }
    }
  });
  return problems;
}

/** `--lang` as read (a value the parser accepted), else `fallback`: the language of the environment. */
export function langOf(values: CommandLine['values'], fallback: Lang): Lang {
  return values.lang === 'zh' || values.lang === 'en' ? values.lang : fallback;
}

/** "a, b or c" / "a、b、c". */
export function or(items: readonly string[], lang: 'en' | 'zh'): string {
  if (lang === 'zh') return items.join('、');
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} or ${items.at(-1)}` : (items[0] ?? '');
}

function badValue(flag: string, value: string, def: OptionDef, command: CommandDef | undefined): Bilingual | undefined {
  if (def.choices !== undefined && !def.choices.includes(value)) {
    const hint = closest(value, def.choices);
    const forEn = command === undefined || flag === '--lang' ? '' : ` for ${command.name}`;
    const forZh = command === undefined || flag === '--lang' ? '' : `${command.name} 的 `;
    return {
      en: `${flag} must be ${or(def.choices, 'en')}${forEn}, not "${value}".${hint ? ` Did you mean "${hint}"?` : ''}`,
      zh: `${forZh}${flag} 只能是 ${or(def.choices, 'zh')}，不能是 "${value}"。${hint ? `是不是要写 "${hint}"？` : ''}`,
    };
  }
  return def.check?.(value);
}

/** An option the command does not take: the closest of its own, and which commands take it when others do. */
function unknownOption(raw: string, command: CommandDef | undefined, options: OptionDefs): Bilingual {
  const name = raw.replace(/^-+/, '');
  const own = Object.keys(options).map((o) => `--${o}`);
  const hint = closest(`--${name}`, own);
  const elsewhere = COMMANDS.filter((c) => c !== command && Object.hasOwn(c.options, name)).map((c) => c.name);
  const of = command === undefined ? '' : ` for ${command.name}`;
  let en = `Unknown option ${raw}${of}.`;
  let zh = command === undefined ? `未知选项 ${raw}。` : `${command.name} 没有选项 ${raw}。`;
  if (hint !== undefined) {
    en += ` Did you mean ${hint}?`;
    zh += `是不是要写 ${hint}？`;
  }
  // Worth saying for an option of a command or two (--scores, --since), not for one most commands take (--format).
  if (elsewhere.length > 0 && elsewhere.length <= 3) {
    en += ` (${raw} is an option of ${or(elsewhere, 'en')}.)`;
    zh += `（${raw} 是 ${or(elsewhere, 'zh')} 的选项。）`;
  }
  return { en, zh };
}
