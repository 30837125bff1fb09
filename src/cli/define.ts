// Commands as definitions: each command of the CLI is one `CommandDef` (src/cli/defs/<name>.ts) holding its
// arguments, options, help in both languages and examples. The argument parser (parse.ts), the help (help.ts),
// the shell completion (complete.ts) and docs/cli-reference*.md are all generated from these definitions, so an
// option cannot be accepted without being documented, nor documented without being accepted.
//
// A definition module holds data and a `run` that imports the command's code on demand: the CLI imports every
// definition at start-up, so they must stay cheap (no zod, no catalog).

import type { Catalog } from '../catalog/catalog.js';
import type { Bilingual, Severity } from '../errors.js';
import type { Lang } from '../model/text.js';
import type { Loaded } from './commands.js';
import type { CliIO } from './io.js';

export type { Bilingual } from '../errors.js';

/**
 * What a value can be completed from in a shell: files, directories, or candidates computed on demand (role ids from
 * the catalog the command line names, matrix ids, …).
 */
export type Completion = 'file' | 'dir' | ((ctx: CompletionContext) => Promise<readonly string[]>);

export interface CompletionContext {
  /** The catalog the command line so far works on (its `--dir`, else the discovered or shipped one). */
  catalog(): Promise<Catalog>;
}

export interface OptionDef {
  readonly type: 'string' | 'boolean';
  readonly short?: string;
  /** The value's name in help, e.g. `dir` / `目录` for `--dir <dir>`. */
  readonly value?: Bilingual;
  /** The values allowed; anything else is a usage error with a did-you-mean. */
  readonly choices?: readonly string[];
  /** The value used when the option is absent (shown in help). */
  readonly default?: string;
  readonly help: Bilingual;
  /** Checks a value beyond `choices`: the problem in both languages, or undefined when the value is good. */
  readonly check?: (raw: string) => Bilingual | undefined;
  readonly complete?: Completion;
  /** May be given more than once: the values reach `run` joined by line breaks (otherwise the last one counts). */
  readonly repeatable?: boolean;
}

export interface ArgDef {
  readonly name: Bilingual;
  /** Optional arguments are shown in brackets: `[dir]`. */
  readonly optional?: boolean;
  /** Takes every remaining argument: `<files…>`. */
  readonly many?: boolean;
  readonly choices?: readonly string[];
  readonly complete?: Completion;
}

export interface Example {
  /** The command line after `rolematrix`. */
  readonly line: string;
  readonly help: Bilingual;
}

export type OptionDefs = Readonly<Record<string, OptionDef>>;

/** The parsed options of a command: a string for each string option given, true for each flag given. */
export type Values<O extends OptionDefs> = {
  readonly [K in keyof O]?: O[K]['type'] extends 'boolean'
    ? boolean
    : O[K]['type'] extends 'string'
      ? string
      : string | boolean;
};

/** What a command's `run` receives. */
export interface RunContext<O extends OptionDefs> {
  readonly io: CliIO;
  readonly lang: Lang;
  readonly version: string;
  /** The positional arguments after the command name. */
  readonly args: readonly string[];
  readonly values: Values<O>;
  /** `--format`, or the first of the command's formats when absent. */
  readonly format: string;
  /** `--fail-on`, default error. */
  readonly failOn: Severity;
  /** `--width` as a number, when given. */
  readonly width: number | undefined;
  /**
   * The catalog directory this command works on: the one named (`--dir`, or the argument of validate and lint), else
   * the nearest `catalog.yaml` from the working directory up (said on stderr for text output), else undefined: the
   * shipped catalog.
   */
  catalogDir(named?: string): Promise<string | undefined>;
  /** The catalog in `dir` (or the shipped one) with the loader's diagnostics. */
  load(dir: string | undefined): Promise<Loaded>;
  /** The catalog in `dir`; a catalog with errors ends the command (diagnostics, exit 2). */
  catalog(dir: string | undefined): Promise<Catalog>;
}

export interface CommandDef<O extends OptionDefs = OptionDefs> {
  readonly name: string;
  readonly summary: Bilingual;
  /** More of what the command does, shown in its own help under the usage line. */
  readonly description?: Bilingual;
  readonly args: readonly ArgDef[];
  /** Other ways to call the command, shown as extra usage lines: `--scores`, `--since <rev> [dir]`. */
  readonly forms?: readonly { readonly synopsis: Bilingual; readonly help: Bilingual }[];
  readonly options: O;
  readonly examples: readonly Example[];
  run(ctx: RunContext<O>): Promise<number>;
}

/** A command definition, with its option names kept as literal types for `run`. */
export function defineCommand<const O extends OptionDefs>(def: CommandDef<O>): CommandDef<O> {
  return def;
}
