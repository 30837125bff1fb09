// The options several commands share, defined once; a command's definition lists the ones it takes.

import type { Bilingual, OptionDef } from './define.js';
import { UsageError } from './io.js';

/** An option that takes a value (typed so that `run` sees a string). */
type StringOption = OptionDef & { readonly type: 'string' };

/** Options every command takes. */
export const GLOBAL_OPTIONS = {
  lang: {
    type: 'string',
    value: { en: 'zh|en', zh: 'zh|en' },
    choices: ['zh', 'en'],
    help: {
      en: 'language of the output (default: en, or zh when LANG starts with zh)',
      zh: '输出语言（默认 en；环境变量 LANG 以 zh 开头时为 zh）',
    },
  },
  help: { type: 'boolean', short: 'h', help: { en: 'this help', zh: '显示帮助' } },
  version: { type: 'boolean', short: 'v', help: { en: 'the version', zh: '显示版本' } },
} as const satisfies Record<string, OptionDef>;

export const dirOption = {
  type: 'string',
  value: { en: 'dir', zh: '目录' },
  complete: 'dir',
  help: {
    en: 'the catalog in <dir> (default: the nearest catalog.yaml from here up, else the shipped catalog)',
    zh: '使用 <目录> 中的岗位目录（默认：自当前目录向上最近的 catalog.yaml 所在目录，找不到时用内置目录）',
  },
} as const satisfies OptionDef;

/**
 * The catalog directory a command with a `[dir]` argument works on: the argument or `--dir`; naming both is a usage
 * error (one of them would be ignored).
 */
export function argOrDir(command: string, arg: string | undefined, dir: string | undefined): string | undefined {
  if (arg !== undefined && dir !== undefined)
    throw new UsageError({
      en: `${command}: name the catalog directory once, as the argument ("${arg}") or with --dir ("${dir}"), not both.`,
      zh: `${command}：岗位目录只需给出一次，作为参数（"${arg}"）或用 --dir（"${dir}"），不要同时给出。`,
    });
  return arg ?? dir;
}

/** The table formats of the comparison commands. */
export const TABLE_FORMATS = ['text', 'md', 'csv', 'json', 'html'] as const;

/** `--format`: the formats a command prints, the first being the default. */
export function formatOption(formats: readonly string[]): StringOption & { choices: readonly string[] } {
  return {
    type: 'string',
    value: { en: 'format', zh: '格式' },
    choices: formats,
    default: formats[0]!,
    help: {
      en: formats.includes('json')
        ? 'output format; json is data for programs, see docs/json-output.md'
        : 'output format',
      zh: formats.includes('json') ? '输出格式；json 为供程序读取的数据，见 docs/json-output.md' : '输出格式',
    },
  };
}

export const failOnOption = {
  type: 'string',
  value: { en: 'severity', zh: '级别' },
  choices: ['error', 'warning'],
  default: 'error',
  help: {
    en: 'the lowest severity that makes the exit code 1',
    zh: '达到此级别的问题使退出码为 1',
  },
} as const satisfies OptionDef;

export const widthOption = {
  type: 'string',
  value: { en: 'n', zh: '列数' },
  help: {
    en: 'text tables: fit n terminal columns (default: the terminal width, else 100)',
    zh: '文本表格按此宽度排版（默认：终端宽度，无终端时 100）',
  },
  check: (raw) => {
    const n = Number(raw);
    return Number.isInteger(n) && n >= 20
      ? undefined
      : {
          en: `--width must be a whole number of at least 20, not "${raw}".`,
          zh: `--width 应为不小于 20 的整数，不能是 "${raw}"。`,
        };
  },
} as const satisfies OptionDef;

/** `--threshold` given, as its number (the parser has checked it with `thresholdOption`'s check). */
export function thresholdValue(raw: string | undefined): number | undefined {
  return raw === undefined || raw.trim() === '' ? undefined : Number(raw);
}

/** `--threshold`: a similarity from 0 to 1, with what it means for the command. The one place it is checked. */
export function thresholdOption(fallback: number, help: Bilingual): StringOption {
  return {
    type: 'string',
    value: { en: '0–1', zh: '0–1' },
    default: String(fallback),
    help,
    check: (raw) => {
      const n = thresholdValue(raw) ?? Number.NaN;
      return Number.isFinite(n) && n >= 0 && n <= 1
        ? undefined
        : {
            en: `--threshold must be a number from 0 to 1, not "${raw}".`,
            zh: `--threshold 应为 0 到 1 之间的数，不能是 "${raw}"。`,
          };
    },
  };
}

/** `--out`, with what it writes for the command. */
export function outOption(help: Bilingual, complete: 'file' | 'dir' = 'file'): StringOption {
  return { type: 'string', value: { en: 'path', zh: '路径' }, complete, help };
}
