// Shell completion generated from the command definitions. The scripts for bash, zsh and fish are thin: on each
// TAB they call `rolematrix __complete <shell> -- <words…>`, and `candidates` below answers from the definitions
// (commands, options, option values, arguments' fixed values) and from the catalog the command line works on (role
// and matrix ids). One implementation for the three shells.

import type { Catalog } from '../catalog/catalog.js';
import type { Lang } from '../model/text.js';
import type { Completion } from './define.js';
import { COMMANDS } from './defs/index.js';
import { GLOBAL_OPTIONS } from './options.js';
import { langOf, optionsOf, parseCommandLine } from './parse.js';

export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

/** What `candidates` answers: words to offer (with a description), or "complete a file / directory name". */
export type Candidates = { kind: 'words'; words: { value: string; help?: string }[] } | { kind: 'file' | 'dir' };

/** Where the completion of ids reads the catalog from. */
export type CatalogAt = (dir: string | undefined) => Promise<Catalog | undefined>;

/**
 * What may follow `words` (the words after `rolematrix`, the last being the word under the cursor, possibly empty).
 * The words before the cursor are read by the CLI's own parser (parse.ts), options before the command included; an
 * option at the end waiting for its value is what is completed. Descriptions are in the line's `--lang`, else `lang`.
 * bash splits `--format=js` into `--format`, `=`, `js`: such pieces are joined first.
 */
export async function candidates(raw: readonly string[], lang: Lang, catalogAt: CatalogAt): Promise<Candidates> {
  const words = joinEquals(raw.length === 0 ? [''] : raw);
  const current = words.at(-1)!;
  const line = parseCommandLine(words.slice(0, -1));
  const { command } = line;
  const say = langOf(line.values, lang);
  const dir = typeof line.values.dir === 'string' ? line.values.dir : undefined;
  const ctx = {
    catalog: async () => {
      const c = await catalogAt(dir);
      if (c === undefined) throw new Error('no catalog');
      return c;
    },
  };
  const matching = (list: { value: string; help?: string }[]): Candidates => ({
    kind: 'words',
    words: list.filter((c) => c.value.startsWith(current)),
  });
  const offer = async (complete: Completion | undefined, choices: readonly string[] | undefined, prefix = '') => {
    if (choices !== undefined) return matching(choices.map((value) => ({ value: prefix + value })));
    if (complete === 'file' || complete === 'dir') return { kind: complete } as const;
    if (complete === undefined) return matching([]);
    try {
      return matching((await complete(ctx)).map((value) => ({ value: prefix + value })));
    } catch {
      return matching([]); // a catalog with errors, or none: nothing to offer
    }
  };

  if (line.name !== undefined && command === undefined) return matching([]); // an unknown command
  if (line.pending !== undefined) return offer(line.pending.def.complete, line.pending.def.choices);
  if (current.startsWith('-')) {
    const options = optionsOf(command);
    const eq = current.indexOf('=');
    if (eq >= 0) {
      const name = current.slice(2, eq);
      const o = Object.hasOwn(options, name) ? options[name] : undefined;
      return o === undefined ? matching([]) : offer(o.complete, o.choices, current.slice(0, eq + 1));
    }
    return matching(Object.entries(options).map(([n, o]) => ({ value: `--${n}`, help: o.help[say] })));
  }
  if (command === undefined) {
    const commands = COMMANDS.map((c) => ({ value: c.name, help: c.summary[say] }));
    return matching(line.helpWord ? commands : [...commands, { value: 'help', help: GLOBAL_OPTIONS.help.help[say] }]);
  }
  if (line.helpWord) return matching([]); // `help <command>` takes nothing more
  const arg = command.args[line.args.length] ?? (command.args.at(-1)?.many ? command.args.at(-1) : undefined);
  if (arg === undefined) return matching([]);
  return offer(arg.complete, arg.choices);
}

/**
 * The words as the command would receive them. bash's COMP_WORDS holds them as typed, so `--dir 'my roles'` and
 * `--dir my\ roles` are unquoted here; the zsh script unquotes with `${(Q)…}` and fish's `commandline -o` already
 * has. Not an evaluation: `$var` and `$(…)` stay as written.
 */
export function typedWords(shell: Shell, words: readonly string[]): string[] {
  return shell === 'bash' ? words.map(unquote) : [...words];
}

/** One shell word without its quoting: '…' is literal, in "…" a backslash escapes only $ ` " \, outside it anything. */
export function unquote(word: string): string {
  let out = '';
  let quote: "'" | '"' | undefined;
  for (let i = 0; i < word.length; i++) {
    const c = word[i]!;
    const next = word[i + 1];
    if (quote === "'") {
      if (c === "'") quote = undefined;
      else out += c;
    } else if (c === quote) quote = undefined;
    else if (quote === undefined && (c === "'" || c === '"')) quote = c;
    else if (c === '\\' && next !== undefined && (quote === undefined || '$`"\\'.includes(next))) {
      out += next;
      i++;
    } else out += c;
  }
  return out;
}

/**
 * A path with its leading `~` (`~`, `~/…`; not `~user`) expanded as the shell will when the line runs: the words
 * being completed still hold it.
 */
export function expandHome(path: string, home: string): string {
  return path === '~' || path.startsWith('~/') ? home + path.slice(1) : path;
}

/** bash's word splitting makes `--format=json` three words: `--format`, `=`, `json`. */
function joinEquals(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w === '=' && out.length > 0 && out.at(-1)!.startsWith('--') && !out.at(-1)!.includes('=')) {
      out[out.length - 1] += `=${words[i + 1] ?? ''}`;
      i++;
    } else out.push(w);
  }
  return out;
}

/**
 * The lines `__complete` prints: `:file` or `:dir` for the shell's own file completion, else one candidate per
 * line (with a tab and its description for zsh and fish). bash completes the part after `=` on its own, so it gets
 * only that part.
 */
export function candidateLines(c: Candidates, shell: Shell): string {
  if (c.kind !== 'words') return `:${c.kind}\n`;
  return c.words
    .map((w) => {
      const value =
        shell === 'bash' && w.value.startsWith('--') && w.value.includes('=')
          ? w.value.slice(w.value.indexOf('=') + 1)
          : w.value;
      return shell === 'bash' || w.help === undefined ? value : `${value}\t${w.help.replace(/\s+/g, ' ')}`;
    })
    .map((l) => `${l}\n`)
    .join('');
}

/** The completion script for `shell`, in `lang` for its comments. */
export function completionScript(shell: Shell | undefined, lang: Lang): string {
  const note =
    lang === 'zh'
      ? 'rolematrix 的命令补全（由 rolematrix completion 生成）；补全内容由 rolematrix __complete 按命令定义给出。'
      : 'rolematrix completion (written by `rolematrix completion`); the candidates come from `rolematrix __complete`.';
  switch (shell) {
    case 'zsh':
      return `#compdef rolematrix
# ${note}
_rolematrix() {
  local -a lines items
  local line v d
  lines=("\${(@f)$(rolematrix __complete zsh -- "\${(@Q)words[2,CURRENT]}" 2>/dev/null)}")
  case $lines[1] in
    :file) _files; return ;;
    :dir) _files -/; return ;;
  esac
  for line in $lines; do
    [[ -z $line ]] && continue
    v=\${line%%$'\\t'*}
    d=''
    [[ $v != "$line" ]] && d=\${line#*$'\\t'}
    items+=("\${v//:/\\\\:}\${d:+:$d}")
  done
  _describe -t rolematrix rolematrix items
}
if [[ $zsh_eval_context[-1] == loadautofunc ]]; then
  _rolematrix "$@"
else
  compdef _rolematrix rolematrix
fi
`;
    case 'fish':
      return `# ${note}
function __rolematrix_complete
    set -l current (commandline -ct)
    set -l tokens (commandline -opc) "$current"
    set -e tokens[1]
    set -l out (rolematrix __complete fish -- $tokens 2>/dev/null)
    switch "$out[1]"
        case :file
            __fish_complete_path "$current"
        case :dir
            __fish_complete_directories "$current"
        case '*'
            printf '%s\\n' $out
    end
end
complete -c rolematrix -f -a '(__rolematrix_complete)'
`;
    default:
      return `# ${note}
_rolematrix() {
  local cur=\${COMP_WORDS[COMP_CWORD]}
  [[ $cur == = ]] && cur=''
  local IFS=$'\\n'
  local out
  out=$(rolematrix __complete bash -- "\${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null) || return 0
  case $out in
    :file) COMPREPLY=($(compgen -f -- "$cur")) ;;
    :dir) COMPREPLY=($(compgen -d -- "$cur")) ;;
    *) COMPREPLY=($(compgen -W "$out" -- "$cur")) ;;
  esac
}
complete -o filenames -F _rolematrix rolematrix
`;
  }
}
