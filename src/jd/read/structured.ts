import { isMap, isScalar, isSeq, parseDocument, type Scalar, type YAMLMap } from 'yaml';
import { texts, type Bilingual, type Diagnostic } from '../../errors.js';
import type { SourcePosition } from '../../source/position.js';
import { scalarString } from '../../text/scalar.js';
import { positionsOfJd } from '../position.js';
import type { JdSection, JobDescription } from '../types.js';
import { compact, isJdKey, looseKind, TITLE_KEYS } from './headings.js';
import { CONTENT, DIRECTIVE_LINE, ItemReader, markerEnd, skipWs, trimEnd, isWs, type Emit } from './scanner.js';
import { sentence } from '../../text/sentence.js';

// The structured reader: a JD written as a YAML or JSON mapping of sections.

/**
 * By extension or a `{ … }` text (errors are reported), or detected from YAML-shaped text (errors only when `strong`).
 */
type Mode = 'json' | 'yaml' | 'detected' | 'detected-strong';

// `[^:\n]*` already takes the spaces before the colon: no second quantifier over them, so no backtracking blow-up.
const KEY_LINE = /^(?:"[^"\n]*"|'[^'\n]*'|[^\s#:"'\-[\]{}][^:\n]*):(?:[ \t]|$)/;
const NESTED_KEY_LINE = /^[ \t]+(?:"[^"\n]*"|'[^'\n]*'|[^\s#:"'\-[\]{}][^:\n]*):(?:[ \t]|$)/;
const YAML_VALUE = /^[ \t]*[|>[{]/;

/**
 * Whether to read `s` as structured: by extension, by a leading `{`, or — without an extension — when every line at
 * the margin is a YAML key, list item or comment and the first key is a JD key. `detected` means a parse error is
 * reported only when the text also shows YAML-only syntax (nested keys, `|`, flow collections, `---`); a plain-text
 * JD like `Responsibilities:\n- …` that trips the YAML parser is read as text instead.
 */
export function structuredMode(s: string, file: string): Mode | undefined {
  const ext = /\.([A-Za-z]+)$/.exec(file)?.[1]?.toLowerCase();
  if (ext === 'json') return 'json';
  if (ext === 'yaml' || ext === 'yml') return 'yaml';
  if (ext === 'md' || ext === 'markdown' || ext === 'txt' || ext === 'text') return undefined;
  const first = skipWs(s, 0, s.length);
  if (s.charCodeAt(first) === 0x7b && s.charCodeAt(trimEnd(s, first, s.length) - 1) === 0x7d) return 'json'; // { … }
  let firstKey: string | undefined;
  let strong = false;
  let lineStart = 0;
  let count = 0;
  while (lineStart < s.length) {
    const nl = s.indexOf('\n', lineStart);
    const end = nl < 0 ? s.length : nl;
    const line = s.slice(lineStart, end).replace(/\r$/, '');
    lineStart = end + 1;
    if (line.trim() === '') continue;
    const c = line.charCodeAt(0);
    if (c === 0x20 || c === 0x09) {
      if (!strong && NESTED_KEY_LINE.test(line) && !/^[ \t]+- /.test(line)) strong = true;
      continue;
    }
    // A `#` line at the margin is a YAML comment or a Markdown heading; without an extension, take it for Markdown.
    if (c === 0x23) {
      if (DIRECTIVE_LINE.test(line)) continue;
      return undefined;
    }
    if (line === '---' || line === '...' || line.startsWith('--- ') || line.startsWith('%YAML')) {
      if (count === 0) strong = true;
      continue;
    }
    if (c === 0x2d && (line.length === 1 || line.charCodeAt(1) === 0x20)) continue; // - item
    const key = KEY_LINE.exec(line);
    if (key === null) return undefined;
    if (!strong && YAML_VALUE.test(line.slice(key[0].length))) strong = true;
    if (firstKey === undefined) {
      firstKey = key[0].replace(/[ \t]*:[ \t]*$/, '').replace(/^["']|["']$/g, '');
      if (!isJdKey(firstKey)) return undefined;
    }
    count++;
  }
  if (firstKey === undefined) return undefined;
  return strong ? 'detected-strong' : 'detected';
}

/** Reads a structured JD into `jd`; false when it turns out to be text after all. */
export function readStructured(
  s: string,
  file: string,
  mode: Mode,
  jd: JobDescription,
  diagnostics: Diagnostic[],
): boolean {
  // Not the parser's own LineCounter: after some syntax errors it misses line breaks and points a line too high.
  const at = positionsOfJd(jd);
  const deep = tooDeep(s);
  if (deep >= 0) {
    // the yaml parser recurses per bracket and can exhaust memory on a few thousand unclosed ones
    diagnostics.push(tooDeepDiagnostic(file, at(deep)));
    return true;
  }
  const doc = parseDocument(s, { prettyErrors: false, uniqueKeys: true, logLevel: 'silent' });
  if (doc.errors.length > 0) {
    if (mode === 'detected') return false;
    const format = mode === 'json' ? 'JSON' : 'YAML';
    for (const e of doc.errors)
      diagnostics.push(malformedDiagnostic(file, format, at(Math.min(e.pos[0], s.length)), e.message, e.code));
    return true;
  }
  const root = doc.contents;
  if (isSeq(root)) {
    diagnostics.push(listDiagnostic(file, at(root.range?.[0] ?? 0)));
    return true;
  }
  if (!isMap(root)) return root === null || (isScalar(root) && root.value === null); // empty; a bare string is text
  new SectionReader(s, jd, at).read(root);
  return true;
}

/** Where an offset of the structured text is. */
type Locate = (offset: number) => SourcePosition;

function syntaxDiagnostic(file: string, place: SourcePosition, message: Bilingual, hint: Bilingual): Diagnostic {
  return {
    code: 'JD_SYNTAX',
    severity: 'error',
    file,
    path: '',
    line: place.line,
    column: place.column,
    ...texts(message, hint),
  };
}

function tooDeepDiagnostic(file: string, place: SourcePosition): Diagnostic {
  return syntaxDiagnostic(
    file,
    place,
    {
      en: `The job description nests brackets more than ${MAX_FLOW_DEPTH} deep; it was not read.`,
      zh: `职位描述的括号嵌套超过 ${MAX_FLOW_DEPTH} 层，未予读取。`,
    },
    {
      en: 'Write the sections as plain lists; a job description needs no deep nesting.',
      zh: '请把各部分写成简单的列表；职位描述不需要深层嵌套。',
    },
  );
}

function malformedDiagnostic(
  file: string,
  format: string,
  place: SourcePosition,
  error: string,
  code: string,
): Diagnostic {
  const en = sentence(error);
  return syntaxDiagnostic(
    file,
    place,
    {
      en: `The job description is not well-formed ${format}: ${en}`,
      zh: `职位描述不是格式正确的 ${format}（${code}）。`,
    },
    {
      en: 'Check indentation, quoting and brackets around this position, or write the job description as Markdown or plain text.',
      zh: '请检查此处附近的缩进、引号和括号，或改用 Markdown 或纯文本书写职位描述。',
    },
  );
}

function listDiagnostic(file: string, place: SourcePosition): Diagnostic {
  return syntaxDiagnostic(
    file,
    place,
    {
      en: 'A structured job description must be a mapping of sections, not a list.',
      zh: '结构化职位描述必须是由各部分组成的映射，而不是列表。',
    },
    {
      en: 'Use keys such as title, duties and requirements.',
      zh: '请使用 title、duties、requirements 或 岗位职责、任职要求 等键。',
    },
  );
}

/** Reads the top-level mapping of a structured JD: the title key, then one section per other key. */
class SectionReader {
  constructor(
    private readonly s: string,
    private readonly jd: JobDescription,
    private readonly at: Locate,
  ) {}

  read(root: YAMLMap): void {
    for (const pair of root.items) {
      const key = pair.key;
      if (!isScalar(key) || key.value === null || typeof key.value === 'object') continue;
      const name = scalarString(key.value);
      if (TITLE_KEYS.has(compact(name)) && this.jd.title === undefined) {
        const title = scalarStrings(pair.value).join(' / ').trim();
        if (title !== '') {
          this.jd.title = title;
          continue;
        }
      }
      const { line, column } = this.at(contentStart(this.s, key));
      const section: JdSection = { kind: looseKind(name) ?? 'other', heading: name, line, column, items: [] };
      this.jd.sections.push(section);
      this.collect(section, pair.value, false);
    }
  }

  /** Items from a value: list entries whole, other strings read like text (list markers, sentences). */
  private collect(section: JdSection, node: unknown, asListItem: boolean): void {
    if (isSeq(node)) {
      for (const child of node.items) this.collect(section, child, true);
    } else if (isMap(node)) {
      for (const p of node.items) {
        const k = p.key;
        const v = p.value;
        // `满意度: ≥95%` keeps its name; `{ zh: …, en: … }` and `{ title: …, description: … }` are just their values
        if (
          isScalar(k) &&
          isScalar(v) &&
          v.range &&
          (typeof k.value === 'string' || typeof k.value === 'number') &&
          !VALUE_ONLY_KEYS.has(compact(String(k.value)))
        ) {
          this.pairItem(section, k, v);
        } else this.collect(section, v, true);
      }
    } else if (isScalar(node) && node.range) {
      this.scalarItems(section, node, asListItem);
    }
  }

  /** A string value: one item when it is a list entry, else read line by line like text. */
  private scalarItems(section: JdSection, node: Scalar, asListItem: boolean): void {
    const { s } = this;
    const from = contentStart(s, node);
    const to = Math.max(from, node.range?.[1] ?? from);
    let v: string;
    if (typeof node.value === 'string') v = node.value;
    else if (typeof node.value === 'number')
      v = s.slice(from, to).trim(); // as written: `0x10`, `95.0`
    else return;
    // The value's text may differ from the source (escapes, folding): each item is found in the source after the last.
    let cursor = from;
    const push: Emit = (a, b) => {
      const t = v.slice(a, b);
      const offset = locate(s, t, cursor, to);
      cursor = offset + 1;
      const { line, column } = this.at(offset);
      section.items.push({ text: t, line, column, offset });
    };
    if (asListItem) {
      const a0 = skipWs(v, 0, v.length);
      const m = markerEnd(v, a0, v.length);
      const a = m >= 0 ? m : a0;
      const b = trimEnd(v, a, v.length);
      if (b > a && CONTENT.test(v.slice(a, b))) push(a, b);
      return;
    }
    const reader = new ItemReader(v, push);
    for (let ls = 0; ls <= v.length;) {
      const nl = v.indexOf('\n', ls);
      const le = nl < 0 ? v.length : nl;
      const cs = skipWs(v, ls, le);
      if (cs >= le) reader.flush();
      else reader.line(cs, trimEnd(v, cs, le), cs - ls);
      if (nl < 0) break;
      ls = nl + 1;
    }
    reader.flush();
  }

  /** `key: value` in a nested mapping, as one item at the key. */
  private pairItem(section: JdSection, key: Scalar, value: Scalar): void {
    const { s } = this;
    let v: string;
    if (typeof value.value === 'string') v = value.value.trim();
    else if (typeof value.value === 'number') v = s.slice(contentStart(s, value), value.range?.[1]).trim();
    else return;
    const k = String(key.value).trim();
    if (k === '') return this.scalarItems(section, value, true);
    if (!CONTENT.test(k + v)) return;
    const offset = contentStart(s, key);
    const { line, column } = this.at(offset);
    section.items.push({ text: v === '' ? k : `${k}: ${v}`, line, column, offset });
  }
}

/** Keys of a nested mapping that only label their value (localized text, a duty written as an object). */
const VALUE_ONLY_KEYS: ReadonlySet<string> = new Set(
  [
    'zh',
    'en',
    'title',
    'name',
    'text',
    'description',
    'desc',
    'detail',
    'details',
    'value',
    'item',
    '名称',
    '标题',
    '描述',
    '内容',
    '说明',
  ].map(compact),
);

const MAX_FLOW_DEPTH = 100;

/** The offset of the first `[` or `{` nested deeper than MAX_FLOW_DEPTH (brackets in strings count too), or -1. */
function tooDeep(s: string): number {
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x5b || c === 0x7b) {
      if (++depth > MAX_FLOW_DEPTH) return i;
    } else if ((c === 0x5d || c === 0x7d) && depth > 0) depth--;
  }
  return -1;
}

/** Where a scalar's text starts in the source: after an opening quote, or on the line after a `|` / `>` header. */
function contentStart(s: string, node: Scalar): number {
  const start = node.range?.[0] ?? 0;
  switch (node.type) {
    case 'QUOTE_DOUBLE':
    case 'QUOTE_SINGLE':
      return start + 1;
    case 'BLOCK_LITERAL':
    case 'BLOCK_FOLDED': {
      const nl = s.indexOf('\n', start);
      return nl < 0 ? start : skipWs(s, nl + 1, node.range?.[1] ?? s.length);
    }
    default:
      return start;
  }
}

/**
 * Where `text` (a piece of a scalar's value) starts in the source, searching `[from, to)`; escapes and folding may
 * differ, so search by a prefix.
 */
function locate(s: string, text: string, from: number, to: number): number {
  let n = 0;
  while (n < text.length && n < 12) {
    const c = text.charCodeAt(n);
    if (isWs(c) || c === 0x5c || c === 0x22 || c === 0x27) break;
    n++;
  }
  for (const prefix of n > 0 ? [text.slice(0, n), text.charAt(0)] : [text.charAt(0)]) {
    const at = s.indexOf(prefix, from);
    if (at >= 0 && at < to) return at;
  }
  return Math.min(from, Math.max(0, s.length - 1));
}

function scalarStrings(node: unknown): string[] {
  if (isScalar(node)) return node.value === null || typeof node.value === 'object' ? [] : [scalarString(node.value)];
  if (isMap(node)) return node.items.flatMap((p) => scalarStrings(p.value));
  if (isSeq(node)) return node.items.flatMap((i) => scalarStrings(i));
  return [];
}
