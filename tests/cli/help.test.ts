import { describe, expect, test } from 'vitest';
import { run } from '../run-cli.js';
import { COMMANDS } from '../../src/cli/defs/index.js';
import { commandHelp, mainHelp, referenceMarkdown } from '../../src/cli/help.js';
import { parseCommandLine } from '../../src/cli/parse.js';
import { GLOBAL_OPTIONS } from '../../src/cli/options.js';
import { displayWidth } from '../../src/text/width.js';

/** A command line as a shell splits it: words, "quoted words"; a redirection ends it. */
function words(line: string): string[] {
  const out: string[] = [];
  for (const m of line.matchAll(/"([^"]*)"|(\S+)/gu)) {
    if (m[2]?.startsWith('>')) break;
    out.push(m[1] ?? m[2]!);
  }
  return out;
}

describe('the command definitions', () => {
  test('every command, argument, option and example has its text in both languages', () => {
    for (const c of COMMANDS) {
      const texts = [
        c.summary,
        ...(c.description ? [c.description] : []),
        ...c.args.map((a) => a.name),
        ...Object.values(c.options).map((o) => o.help),
        ...c.examples.map((e) => e.help),
        ...(c.forms ?? []).flatMap((f) => [f.synopsis, f.help]),
      ];
      for (const t of texts) {
        expect(t.en.trim(), c.name).not.toBe('');
        expect(t.zh.trim(), c.name).not.toBe('');
      }
      // Chinese copy uses full-width punctuation.
      for (const t of texts) expect(t.zh, `${c.name}: ${t.zh}`).not.toMatch(/[\u4e00-\u9fff][,;:()](?![\w-])/u);
      expect(c.examples.length, c.name).toBeGreaterThan(0);
    }
  });

  test('an option name means the same kind of option in every command (the command is found before it is known)', () => {
    const kinds = new Map<string, string>();
    for (const c of COMMANDS)
      for (const [name, o] of Object.entries({ ...c.options, ...GLOBAL_OPTIONS })) {
        expect(kinds.get(name) ?? o.type, `--${name} in ${c.name}`).toBe(o.type);
        kinds.set(name, o.type);
      }
  });

  test('every example is a command line the parser accepts', () => {
    for (const c of COMMANDS)
      for (const e of c.examples) {
        const line = parseCommandLine(words(e.line));
        expect(line.problems, e.line).toEqual([]);
        expect(line.command?.name, e.line).toBe(c.name);
      }
  });
});

describe('usage errors come from the definitions, all at once, in --lang', () => {
  test('an option of another command: where it belongs, and the closest of this one', async () => {
    const r = await run('compare', 'a', 'b', '--thresold', '--scores', '--format', 'jsn');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      [
        'Unknown option --thresold for compare. Did you mean --threshold?',
        'Unknown option --scores for compare. (--scores is an option of matrix.)',
        '--format must be text, md, csv, json or html for compare, not "jsn". Did you mean "json"?',
        'Run `rolematrix compare --help` for usage.',
        '',
      ].join('\n'),
    );
    const zh = await run('compare', 'a', 'b', '--thresold', '--lang', 'zh');
    expect(zh.stderr).toBe(
      'compare 没有选项 --thresold。是不是要写 --threshold？\n运行 rolematrix compare --help 查看用法。\n',
    );
  });

  test('a flag with a value, an option without one, one argument too many, an unknown command', async () => {
    expect((await run('matrix', '--scores=yes')).stderr.split('\n')[0]).toBe('The option --scores takes no value.');
    expect((await run('list', '--dir')).stderr.split('\n')[0]).toBe(
      'The option --dir needs a value; write --dir=<value> when the value starts with "-".',
    );
    expect((await run('show', 'a', 'b')).stderr.split('\n')[0]).toBe(
      'show takes at most one argument; "b" is one too many.',
    );
    const typo = await run('comapre', 'a', 'b', '--lang', 'zh');
    expect(typo.code).toBe(2);
    expect(typo.stderr.split('\n')[0]).toMatch(
      /^未知命令 "comapre"。是不是要写 "compare"？可用命令：init、validate、/u,
    );
  });

  test('an option given twice: the last one wins, --lang included', async () => {
    const r = await run('show', 'project-manger', '--lang', 'en', '--lang', 'zh');
    expect(r.stderr.split('\n')[0]).toBe('目录中没有岗位 "project-manger"。是不是要写 "project-manager"？');
  });

  test('--lang is read once, by the parser: after `--` it is an argument, not the language', async () => {
    const r = await run('query', '--', '--lang', 'zh');
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').slice(0, 2)).toEqual(['Query: --lang zh', 'No role matches.']);
    expect((await run('frobnicate', '--', '--lang', 'zh')).stderr).toMatch(/^Unknown command "frobnicate"\./);
  });

  test('an unknown command still reads --lang (and options it cannot know take their values)', async () => {
    const r = await run('frobnicate', '--dir', 'zh', '--lang', 'zh');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^未知命令 "frobnicate"。可用命令：init、validate、/u);
    expect(r.stderr.endsWith('\n运行 rolematrix --help 查看用法。\n')).toBe(true);
    expect(parseCommandLine(['frobnicate', '--lang', 'zh', '--bogus'])).toMatchObject({
      command: undefined,
      values: { lang: 'zh' },
      problems: [{ en: expect.stringMatching(/^Unknown command "frobnicate"/) }],
    });
  });

  test('the command may follow `--`: `rolematrix -- list` is list', async () => {
    const r = await run('--format', 'json', '--', 'list');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).roles).toHaveLength(12);
    expect(parseCommandLine(['--', 'query', '--lang', 'zh'])).toMatchObject({ args: ['--lang', 'zh'], values: {} });
  });

  test('an unknown role suggests the closest id in the language asked for', async () => {
    const r = await run('show', 'project-manger', '--lang', 'zh');
    expect(r.stderr.split('\n')[0]).toBe('目录中没有岗位 "project-manger"。是不是要写 "project-manager"？');
  });

  test('the command is found wherever its options are put', () => {
    const line = parseCommandLine(['--dir', 'x', '--lang', 'zh', 'matrix', 'a', 'b', '--scores']);
    expect(line.command?.name).toBe('matrix');
    expect(line.args).toEqual(['a', 'b']);
    expect(line.values).toEqual({ dir: 'x', lang: 'zh', scores: true });
    expect(line.problems).toEqual([]);
  });
});

describe('help', () => {
  test('the main help lists every command with its usages, in both languages', async () => {
    const en = (await run('--help')).stdout;
    for (const c of COMMANDS) expect(en).toMatch(new RegExp(`^ {2}${c.name}\\b`, 'mu'));
    expect(en).toMatch(/^ {2}matrix \[ids…\] --scores +the N×N similarity matrix/mu);
    const zh = (await run('--help', '--lang', 'zh')).stdout;
    expect(zh).toMatch(/^ {2}compare <甲> <乙> +按维度对比两个岗位$/mu);
    expect(zh).toContain('退出码：0 正常，1 有问题，2 用法或输入错误，70 内部错误（程序缺陷，请报告）。');
    expect((await run()).code).toBe(2);
  });

  test('a command’s help: usages, options with their values and defaults, examples; `help <command>` is the same', async () => {
    const r = await run('compare', '--help');
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('rolematrix compare — compare two roles, dimension by dimension');
    expect(lines).toContain('  rolematrix compare <a> <b> [options]');
    expect(r.stdout).toMatch(/^ {2}--format <format> +output format; json is data for programs, see/mu);
    expect(r.stdout.replace(/\s+/gu, ' ')).toContain('(text, md, csv, json or html; default: text)');
    expect(r.stdout).toMatch(
      /^ {2}--threshold <0–1> +how close two items must read to count as similar \(default: 0\.3\)$/mu,
    );
    expect(r.stdout).toContain('  rolematrix compare customer-service-manager project-manager --format json\n');
    expect((await run('help', 'compare')).stdout).toBe(r.stdout);
    const zh = await run('export', '--help', '--lang', 'zh');
    expect(zh.stdout).toMatch(/^ {2}<目标> +json、jsonld、jdx、odoo、frappe、orangehrm、xlsx、csv$/mu);
  });

  test('help fits the width it is given, Chinese counting double', () => {
    for (const lang of ['en', 'zh'] as const)
      for (const width of [60, 100]) {
        const texts = [mainHelp(lang, width), ...COMMANDS.map((c) => commandHelp(c, lang, width))];
        for (const line of texts.join('\n').split('\n'))
          if (!line.trimStart().startsWith('rolematrix ')) expect(displayWidth(line), line).toBeLessThanOrEqual(width);
      }
  });

  test('docs/cli-reference.md and its Chinese twin are generated from the definitions', async () => {
    await expect(referenceMarkdown('en')).toMatchFileSnapshot('../../docs/cli-reference.md');
    await expect(referenceMarkdown('zh')).toMatchFileSnapshot('../../docs/cli-reference.zh.md');
  });
});
