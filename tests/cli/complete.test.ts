import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { main } from '../../src/cli/main.js';
import { completionScript, unquote } from '../../src/cli/complete.js';
import { COMMANDS } from '../../src/cli/defs/index.js';

async function complete(shell: string, ...words: string[]): Promise<string[]> {
  let stdout = '';
  const code = await main(['__complete', shell, '--', ...words], {
    stdout: (s) => (stdout += s),
    stderr: () => {},
    cwd: tmpdir(), // no catalog.yaml up from here: the shipped catalog
  });
  expect(code).toBe(0);
  return stdout.split('\n').filter((l) => l !== '');
}
const values = (lines: string[]) => lines.map((l) => l.split('\t')[0]);
const matrixScoresHelp = (lang: 'en' | 'zh') => COMMANDS.find((c) => c.name === 'matrix')!.options.scores!.help[lang];

describe('__complete answers from the definitions and the catalog', () => {
  test('commands, with their summaries for zsh and fish', async () => {
    expect(values(await complete('fish', ''))).toEqual([...COMMANDS.map((c) => c.name), 'help']);
    expect(await complete('zsh', 'comp')).toEqual([
      'compare\tcompare two roles, dimension by dimension',
      'completion\tthe shell completion script for bash, zsh or fish',
    ]);
    expect(await complete('bash', 'comp')).toEqual(['compare', 'completion']);
  });

  test('a command’s own options only', async () => {
    const options = values(await complete('bash', 'compare', '--'));
    expect(options).toContain('--width');
    expect(options).toContain('--threshold');
    expect(options).not.toContain('--scores');
    expect(values(await complete('bash', 'matrix', '--sc'))).toEqual(['--scores']);
  });

  test('role ids from the shipped catalog, or from the one --dir names', async () => {
    expect(await complete('bash', 'show', 'customer-service-m')).toEqual(['customer-service-manager']);
    expect(await complete('bash', 'compare', 'call-center-agent', 'project-m')).toEqual(['project-manager']);
    expect(await complete('bash', 'compare', 'a', 'b', 'c')).toEqual([]); // compare takes two
    const dir = resolve('examples/software-engineering');
    expect(await complete('bash', 'show', '--dir', dir, 'principal')).toEqual(['principal-engineer']);
    expect(await complete('bash', 'show', `--dir=${dir}`, 'principal')).toEqual(['principal-engineer']);
    expect(await complete('bash', 'raci', '--draft', 'complaint')).toEqual(['complaint-handling']);
    expect(await complete('bash', 'check-jd', 'x.md', '--role', 'au')).toEqual(['auto']);
  });

  test('the words are read by the CLI’s parser: options before the command, an option still waiting for its value', async () => {
    const dir = resolve('examples/software-engineering');
    expect(await complete('bash', '--dir', 'x', 'com')).toEqual(['compare', 'completion']);
    expect(await complete('bash', '--dir', dir, 'show', 'principal')).toEqual(['principal-engineer']);
    expect(await complete('bash', `--dir=${dir}`, '--lang', 'en', 'compare', 'staff-engineer', 'principal')).toEqual([
      'principal-engineer',
    ]);
    expect(await complete('bash', '--lang', 'zh', 'compare', '--format', 'c')).toEqual(['csv']);
    expect(await complete('bash', 'show', '--dir', '')).toEqual([':dir']);
    expect(await complete('bash', '--', 'show', 'project-m')).toEqual(['project-manager']);
  });

  test('`help <command>` takes nothing more; descriptions follow a --lang on the line', async () => {
    expect(await complete('bash', 'help', 'compare', '')).toEqual([]);
    expect(await complete('bash', 'help', 'comp')).toEqual(['compare', 'completion']);
    expect(await complete('zsh', '--lang', 'zh', 'comp')).toEqual([
      'compare\t按维度对比两个岗位',
      'completion\t输出 bash、zsh 或 fish 的命令补全脚本',
    ]);
    expect(await complete('fish', 'matrix', '--lang=zh', '--sc')).toEqual(['--scores\t' + matrixScoresHelp('zh')]);
  });

  test('fixed values of options and arguments; files where a file goes', async () => {
    expect(await complete('bash', 'compare', '--format', 'j')).toEqual(['json']);
    expect(await complete('fish', 'compare', '--format=j')).toEqual(['--format=json']);
    // bash splits --format=j into three words and completes only the part after "=".
    expect(await complete('bash', 'compare', '--format', '=', 'j')).toEqual(['json']);
    expect(await complete('bash', 'export', 'o')).toEqual(['odoo', 'orangehrm']);
    expect(await complete('bash', 'completion', '')).toEqual(['bash', 'zsh', 'fish']);
    expect(await complete('bash', 'schema', 'ra')).toEqual(['raci']);
    expect(await complete('bash', 'check-jd', '')).toEqual([':file']);
    expect(await complete('bash', 'validate', '')).toEqual([':dir']);
    expect(await complete('bash', 'frobnicate', '')).toEqual([]);
  });
});

test.each([
  [`'my roles'`, 'my roles'],
  [`"my roles"`, 'my roles'],
  ['my\\ roles', 'my roles'],
  [`"a\\"b\\c"`, 'a"b\\c'],
  [`'a\\b'`, 'a\\b'],
  [`'it'\\''s'`, "it's"],
  [`'~/x'`, '~/x'],
  [`'unfinished`, 'unfinished'],
  ['$HOME/$(date)', '$HOME/$(date)'],
])('a bash word %s is %s to the command', (typed, word) => {
  expect(unquote(typed)).toBe(word);
});

test('completion without a shell is a usage error in --lang', async () => {
  let stderr = '';
  const code = await main(['completion', '--lang', 'zh'], { stdout: () => {}, stderr: (s) => (stderr += s) });
  expect(code).toBe(2);
  expect(stderr).toBe(
    '请指定 shell：rolematrix completion bash、zsh 或 fish。\n运行 rolematrix completion --help 查看用法。\n',
  );
});

describe('the scripts, in the real shells', () => {
  const bin = resolve('dist/cli/bin.js');
  const tmp = mkdtempSync(join(tmpdir(), 'rolematrix-complete-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  // `rolematrix` on the PATH, as an installed package puts it there.
  writeFileSync(join(tmp, 'rolematrix'), `#!/bin/sh\nexec "${process.execPath}" "${bin}" "$@"\n`);
  chmodSync(join(tmp, 'rolematrix'), 0o755);
  const env = { ...process.env, PATH: `${tmp}:${process.env.PATH}`, HOME: tmp, LANG: 'C.UTF-8' };
  // A catalog whose path has a space, written quoted or escaped on the line; HOME is tmp, so also ~/my\ roles.
  const spaced = join(tmp, 'my roles');
  cpSync('examples/software-engineering', spaced, { recursive: true });
  /** `s` as one single-quoted word of bash or zsh. */
  const sq = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
  const shell = (name: string, args: string[]) => spawnSync(name, args, { encoding: 'utf8', cwd: tmp, env });
  const available = (name: string) => spawnSync(name, ['-c', 'exit 0']).status === 0;
  // CI installs zsh and fish (.ci/run); elsewhere a missing shell skips its test.
  const required = process.env.CI !== undefined;

  test('bash: COMPREPLY from the definitions and the catalog', () => {
    const script = join(tmp, 'rolematrix.bash');
    writeFileSync(script, completionScript('bash', 'en'));
    const reply = (...words: string[]) => {
      const r = shell('bash', [
        '-c',
        `source ${script}; COMP_WORDS=(rolematrix ${words.map(sq).join(' ')}); COMP_CWORD=${words.length}; _rolematrix; printf '%s\\n' "\${COMPREPLY[@]}"`,
      ]);
      expect(r.stderr).toBe('');
      return r.stdout.split('\n').filter((l) => l !== '');
    };
    expect(reply('sh')).toEqual(['show']);
    expect(reply('show', 'customer-service-d')).toEqual(['customer-service-director']);
    expect(reply('compare', '--format', '=', 'cs')).toEqual(['csv']);
    expect(reply('matrix', '--sco')).toEqual(['--scores']);
    // COMP_WORDS keeps the quoting as typed: `--dir '…/my roles'`, `--dir …/my\ roles`, `--dir ~/my\ roles`.
    expect(reply('show', '--dir', sq(spaced), 'princ')).toEqual(['principal-engineer']);
    expect(reply('show', '--dir', `"${spaced}"`, 'princ')).toEqual(['principal-engineer']);
    expect(reply('show', '--dir', spaced.replace(/ /g, '\\ '), 'princ')).toEqual(['principal-engineer']);
    expect(reply('--dir', '~/my\\ roles', 'compare', 'staff-engineer', 'princ')).toEqual(['principal-engineer']);
  });

  test.skipIf(!required && !available('zsh'))('zsh: the function offers the candidates with descriptions', () => {
    const script = join(tmp, '_rolematrix');
    writeFileSync(script, completionScript('zsh', 'en'));
    // _describe and compdef come with compinit; stand-ins print what the function hands them.
    const r = shell('zsh', [
      '-c',
      `compdef() { :; }; _describe() { print -rl -- "\${(@P)\${@[-1]}}"; }; _files() { print -r -- FILES "$@"; }; source ${script}; words=(rolematrix show customer-service-r); CURRENT=3; _rolematrix; words=(rolematrix check-jd ''); CURRENT=3; _rolematrix`,
    ]);
    expect(r.stderr).toBe('');
    expect(r.stdout.split('\n')).toEqual(['customer-service-representative', 'FILES', '']);
    const commands = shell('zsh', [
      '-c',
      `compdef() { :; }; _describe() { print -rl -- "\${(@P)\${@[-1]}}"; }; source ${script}; words=(rolematrix ov); CURRENT=2; _rolematrix`,
    ]);
    expect(commands.stdout).toBe('overlaps:near-duplicate roles and duties held by several roles\n');
    // $words keeps the quoting as typed; the script hands the words over with ${(Q)…}.
    const quoted = shell('zsh', [
      '-c',
      `compdef() { :; }; _describe() { print -rl -- "\${(@P)\${@[-1]}}"; }; source ${script}; words=(rolematrix show --dir ${sq(sq(spaced))} princ); CURRENT=5; _rolematrix; words=(rolematrix show --dir ${sq('~/my\\ roles')} princ); CURRENT=5; _rolematrix`,
    ]);
    expect(quoted.stderr).toBe('');
    expect(quoted.stdout).toBe('principal-engineer\nprincipal-engineer\n');
  });

  test.skipIf(!required && !available('fish'))('fish: complete -C lists candidates with descriptions', () => {
    const script = join(tmp, 'rolematrix.fish');
    writeFileSync(script, completionScript('fish', 'en'));
    const r = shell('fish', [
      '-c',
      `source ${script}; complete -C 'rolematrix show customer-service-s'; complete -C 'rolematrix export j'`,
    ]);
    expect(r.stderr).toBe('');
    expect(r.stdout.split('\n')).toEqual(['customer-service-supervisor', 'jdx', 'json', 'jsonld', '']);
    const quoted = shell('fish', [
      '-c',
      `source ${script}; complete -C ${sq(`rolematrix show --dir ${sq(spaced)} princ`)}; complete -C 'rolematrix show --dir ~/my\\\\ roles princ'`,
    ]);
    expect(quoted.stderr).toBe('');
    expect(quoted.stdout).toBe('principal-engineer\nprincipal-engineer\n');
  });
});
