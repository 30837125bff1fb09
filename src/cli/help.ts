// Help generated from the command definitions: `rolematrix --help`, `rolematrix <command> --help` and the
// Markdown reference in docs/cli-reference.md (en) and docs/cli-reference.zh.md (zh).

import { displayWidth } from '../text/width.js';
import type { Lang } from '../model/text.js';
import { wrap } from '../render/text.js';
import type { ArgDef, CommandDef, OptionDef } from './define.js';
import { COMMANDS } from './defs/index.js';
import { GLOBAL_OPTIONS } from './options.js';
import { or } from './parse.js';

const DEFAULT_WIDTH = 100;

/** `<a> <b>`, `[dir]`, `<files…>`, `[ids…]`. */
export function argSynopsis(args: readonly ArgDef[], lang: Lang): string {
  return args
    .map((a) => {
      const name = `${a.name[lang]}${a.many ? '…' : ''}`;
      return a.optional ? `[${name}]` : `<${name}>`;
    })
    .join(' ');
}

/** Every way to call a command: its arguments, then its other forms. */
function usages(def: CommandDef, lang: Lang): { synopsis: string; help: string }[] {
  return [
    { synopsis: `${def.name} ${argSynopsis(def.args, lang)}`.trimEnd(), help: def.summary[lang] },
    ...(def.forms ?? []).map((f) => ({ synopsis: `${def.name} ${f.synopsis[lang]}`, help: f.help[lang] })),
  ];
}

/** `--dir <dir>`, `-h, --help`. */
function optionLabel(name: string, o: OptionDef, lang: Lang): string {
  // A value written as its choices (`zh|en`) is shown as is; a name in angle brackets (`<dir>`).
  const value = o.value === undefined ? '' : o.value.en.includes('|') ? ` ${o.value[lang]}` : ` <${o.value[lang]}>`;
  return `${o.short === undefined ? '' : `-${o.short}, `}--${name}${value}`;
}

/** An option's help with its allowed values and default. */
function optionHelp(o: OptionDef, lang: Lang): string {
  const parts: string[] = [];
  if (o.choices !== undefined && o.value?.en !== o.choices.join('|')) parts.push(or(o.choices, lang));
  if (o.default !== undefined) parts.push(lang === 'zh' ? `默认 ${o.default}` : `default: ${o.default}`);
  if (parts.length === 0) return o.help[lang];
  return lang === 'zh' ? `${o.help.zh}（${parts.join('；')}）` : `${o.help.en} (${parts.join('; ')})`;
}

/** Two columns: names on the left, their help wrapped to the width on the right. */
function twoColumns(rows: readonly (readonly [string, string])[], width: number, indent = 2): string[] {
  const left = Math.min(Math.max(...rows.map(([l]) => displayWidth(l))) + 2, 36);
  const right = Math.max(width - indent - left, 20);
  const lines: string[] = [];
  for (const [l, r] of rows) {
    const wrapped = wrap(r, right);
    const w = displayWidth(l);
    if (w + 2 > left) {
      lines.push(`${' '.repeat(indent)}${l}`);
      for (const line of wrapped) lines.push(`${' '.repeat(indent + left)}${line}`);
    } else {
      lines.push(`${' '.repeat(indent)}${l}${' '.repeat(left - w)}${wrapped[0] ?? ''}`.trimEnd());
      for (const line of wrapped.slice(1)) lines.push(`${' '.repeat(indent + left)}${line}`);
    }
  }
  return lines;
}

const GLOBAL_ROWS = (lang: Lang) =>
  Object.entries(GLOBAL_OPTIONS).map(([n, o]) => [optionLabel(n, o, lang), optionHelp(o, lang)] as const);

/** `rolematrix --help`: every command with its usages, and the options every command takes. */
export function mainHelp(lang: Lang, width = DEFAULT_WIDTH): string {
  const zh = lang === 'zh';
  const rows = COMMANDS.flatMap((c) => usages(c, lang).map((u) => [u.synopsis, u.help] as const));
  return [
    zh ? 'rolematrix —— 以代码管理岗位职责' : 'rolematrix — roles and responsibilities as code',
    '',
    zh ? '用法：rolematrix <命令> [参数] [选项]' : 'Usage: rolematrix <command> [arguments] [options]',
    '',
    zh ? '命令：' : 'Commands:',
    ...twoColumns(rows, width),
    '',
    zh ? '所有命令通用的选项：' : 'Options of every command:',
    ...twoColumns(GLOBAL_ROWS(lang), width),
    '',
    zh
      ? '运行 rolematrix <命令> --help 查看该命令的选项和示例。不带 --dir 时，命令使用自当前目录向上最近的 catalog.yaml 所在目录，找不到时用内置目录。'
      : 'Run `rolematrix <command> --help` for its options and examples. Without --dir, a command works on the nearest catalog.yaml from the working directory up, else on the shipped catalog.',
    zh
      ? '退出码：0 正常，1 有问题，2 用法或输入错误，70 内部错误（程序缺陷，请报告）。'
      : 'Exit codes: 0 ok, 1 findings, 2 usage or input error, 70 internal error (a bug: please report it).',
    '',
  ]
    .flatMap((l) => (displayWidth(l) > width && !l.startsWith(' ') ? wrap(l, width) : [l]))
    .join('\n');
}

/** `rolematrix <command> --help`: usages, description, arguments with fixed values, options, examples. */
export function commandHelp(def: CommandDef, lang: Lang, width = DEFAULT_WIDTH): string {
  const zh = lang === 'zh';
  const lines: string[] = [];
  lines.push(`rolematrix ${def.name} — ${def.summary[lang]}`, '');
  lines.push(zh ? '用法：' : 'Usage:');
  for (const u of usages(def, lang)) lines.push(`  rolematrix ${u.synopsis}${zh ? ' [选项]' : ' [options]'}`);
  if (def.description !== undefined) lines.push('', wrap(def.description[lang], width).join('\n'));
  const fixed = def.args.filter((a) => a.choices !== undefined);
  if (fixed.length > 0) {
    lines.push('', zh ? '参数：' : 'Arguments:');
    lines.push(
      twoColumns(
        fixed.map((a) => [`<${a.name[lang]}>`, or(a.choices!, lang)] as const),
        width,
      ).join('\n'),
    );
  }
  const own = Object.entries(def.options).map(([n, o]) => [optionLabel(n, o, lang), optionHelp(o, lang)] as const);
  lines.push('', zh ? '选项：' : 'Options:', twoColumns([...own, ...GLOBAL_ROWS(lang)], width).join('\n'));
  if (def.examples.length > 0) {
    lines.push('', zh ? '示例：' : 'Examples:');
    for (const e of def.examples)
      lines.push(
        `  rolematrix ${e.line}`,
        wrap(e.help[lang], width - 6)
          .map((l) => `      ${l}`)
          .join('\n'),
      );
  }
  return `${lines.join('\n')}\n`;
}

/** A table cell in code: only the column separator is escaped (GitHub reads `\|` inside a cell's code as `|`). */
const cell = (s: string) => s.replace(/[|]/g, '\\|');
/** A table cell in prose. */
const md = (s: string) => s.replace(/[|]/g, '\\|').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The Markdown reference of every command (docs/cli-reference.md, docs/cli-reference.zh.md). */
export function referenceMarkdown(lang: Lang): string {
  const zh = lang === 'zh';
  const out: string[] = [
    zh ? '# rolematrix 命令参考' : '# rolematrix command reference',
    '',
    zh
      ? '<!-- 由 src/cli/defs/ 中的命令定义生成；修改定义后运行 `npx vitest run --config tests/vitest.config.ts tests/cli/help.test.ts -u`。 -->'
      : '<!-- Generated from the command definitions in src/cli/defs/; after changing one, run `npx vitest run --config tests/vitest.config.ts tests/cli/help.test.ts -u`. -->',
    '',
    zh
      ? `另见：[命令行总览](cli.md)、[English](cli-reference.md)。`
      : `See also: [the CLI overview](cli.md), [中文](cli-reference.zh.md).`,
    '',
    zh ? '## 所有命令通用的选项' : '## Options of every command',
    '',
    zh ? '| 选项 | 说明 |' : '| option | meaning |',
    '| --- | --- |',
    ...Object.entries(GLOBAL_OPTIONS).map(
      ([n, o]) => `| \`${cell(optionLabel(n, o, lang))}\` | ${md(optionHelp(o, lang))} |`,
    ),
  ];
  for (const def of COMMANDS) {
    out.push('', `## ${def.name}`, '', `${def.summary[lang]}${zh ? '。' : '.'}`, '', '```text');
    for (const u of usages(def, lang)) out.push(`rolematrix ${u.synopsis}`);
    out.push('```');
    if (def.description !== undefined) out.push('', md(def.description[lang]));
    for (const a of def.args.filter((x) => x.choices !== undefined))
      out.push(
        '',
        `\`<${a.name[lang]}>\`${zh ? '：' : ': '}${a.choices!.map((c) => `\`${c}\``).join(zh ? '、' : ', ')}`,
      );
    const options = Object.entries(def.options);
    if (options.length > 0) {
      out.push('', zh ? '| 选项 | 说明 |' : '| option | meaning |', '| --- | --- |');
      for (const [n, o] of options) out.push(`| \`${cell(optionLabel(n, o, lang))}\` | ${md(optionHelp(o, lang))} |`);
    }
    out.push('', zh ? '示例：' : 'Examples:', '', '```console');
    for (const e of def.examples) out.push(`$ rolematrix ${e.line}   # ${e.help[lang]}`);
    out.push('```');
  }
  return `${out.join('\n')}\n`;
}
