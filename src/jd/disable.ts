import { positionsOf } from '../source/position.js';
import type { JobDescription } from './types.js';

/** Rule codes switched off per line (0 = the whole file), as `JobDescription['disabled']`. */
type DisabledRules = JobDescription['disabled'];

/**
 * A directive inside a comment: `<!-- rolematrix-disable… -->` in Markdown, `# rolematrix-disable…` in YAML or plain
 * text, `// rolematrix-disable…` in plain text. The tail (`[^\n]*`) is cut at `-->` for HTML comments. No nested
 * quantifiers, so matching stays linear.
 */
const DIRECTIVE = /(<!--|#|\/\/)[ \t]*rolematrix-(disable-next-line|disable-line|disable)(?![\w-])([^\n]*)/g;
const CODE = /^[A-Za-z][A-Za-z0-9_]*$/;

/**
 * Reads the inline disable comments of a job description:
 * `rolematrix-disable [CODES]` switches codes off from its line to the end of the file (the whole file when only blank
 * lines and other directives precede it), `rolematrix-disable-next-line [CODES]` for the following line,
 * `rolematrix-disable-line [CODES]` for its own line. No codes means every rule. Codes are separated by commas or
 * spaces; ` -- ` starts a free-text reason.
 */
export function parseDisableComments(text: string): DisabledRules {
  const out: DisabledRules = new Map();
  if (!text.includes('rolematrix-disable')) return out;
  const positions = positionsOf(text);
  const totalLines = positions.lineStarts.length;
  const re = new RegExp(DIRECTIVE.source, 'g');
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const { line } = positions(m.index);
    const [, opener, kind, tail = ''] = m;
    let args = tail;
    if (opener === '<!--') {
      const close = tail.indexOf('-->');
      if (close >= 0) {
        args = tail.slice(0, close);
        re.lastIndex = m.index + m[0].length - tail.length + close + 3; // a second comment may follow on the line
      }
    }
    const codes = parseCodes(args);
    if (kind === 'disable-line') add(out, line, codes);
    else if (kind === 'disable-next-line') add(out, line + 1, codes);
    else if (onlyDirectivesBefore(text, m.index)) add(out, 0, codes);
    else for (let l = line; l <= totalLines; l++) add(out, l, codes);
  }
  return out;
}

/**
 * True when `code` is switched off at `line` (1-based), by a comment on that line, before it, or for the whole file.
 */
export function isDisabled(jd: Pick<JobDescription, 'disabled'>, code: string, line: number): boolean {
  return covers(jd.disabled.get(0), code) || covers(jd.disabled.get(line), code);
}

function covers(entry: Set<string> | 'all' | undefined, code: string): boolean {
  return entry === 'all' || (entry !== undefined && entry.has(code));
}

function parseCodes(args: string): Set<string> | 'all' {
  const reason = args.search(/(^|\s)--(\s|$)/);
  const list = (reason >= 0 ? args.slice(0, reason) : args).split(/[\s,，、]+/).filter((t) => t !== '');
  if (list.length === 0) return 'all';
  return new Set(list.filter((t) => CODE.test(t)).map((t) => t.toUpperCase()));
}

/** Sets are shared between lines (a file-rest directive fills many), so merging makes a new one. */
function add(map: DisabledRules, line: number, codes: Set<string> | 'all'): void {
  const old = map.get(line);
  if (old === 'all') return;
  if (codes === 'all' || old === undefined) map.set(line, codes);
  else map.set(line, new Set([...old, ...codes]));
}

/** The lines before the one holding `offset` are blank or hold directives only. */
function onlyDirectivesBefore(text: string, offset: number): boolean {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const before = text.slice(lineStart, offset).trim();
  if (before !== '') return false;
  for (const l of text.slice(0, lineStart).split('\n')) {
    const t = l.trim();
    if (t !== '' && !/^(<!--|#|\/\/)[ \t]*rolematrix-/.test(t)) return false;
  }
  return true;
}
