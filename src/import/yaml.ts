import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  parse,
  parseAllDocuments,
  Scalar,
  type Document,
  type Node,
  type Pair,
} from 'yaml';
import { deepEqual } from './delta.js';
import { scalarString } from '../text/scalar.js';
import { displayWidth } from '../text/width.js';

/** Lines of new YAML are kept within this many columns where the style allows (long texts stay on one line). */
const WIDTH = 110;

/** Keys of the small objects written inline, `{ zh: …, en: … }`, as the shipped role files do. */
const FLOW_KEYS = new Set(['zh', 'en', 'ref', 'level', 'min', 'max', 'op', 'value', 'unit', 'minimum']);

/** How list items are matched between an old and a new version: by their key, so a comment stays with its item. */
export const LIST_KEYS: Readonly<Record<string, (item: unknown) => string | undefined>> = {
  duties: byField('id'),
  permissions: byField('id'),
  entries: byField('id'),
  activities: byField('id'),
  kpis: byField('ref'),
  skills: byField('ref'),
  stakeholders: byField('audience'),
  career: (c) =>
    isObject(c) ? (c.to !== undefined ? `to:${scalarString(c.to)}` : `title:${JSON.stringify(c.title)}`) : undefined,
};

function byField(field: string): (item: unknown) => string | undefined {
  return (item) => (isObject(item) && item[field] !== undefined ? scalarString(item[field]) : undefined);
}

interface YamlTextOptions {
  /**
   * The JSON Schema named in the `# yaml-language-server` header, relative to the file; default
   * `./rolematrix.schema.json`.
   */
  schema?: string | undefined;
  /** Comment lines (without `#`) after the schema header. */
  header?: readonly string[] | undefined;
}

/**
 * A rolematrix document as the text of a new YAML file, in the style of the shipped catalog: the schema header for
 * editors, keys in the order given, `{ zh, en }` pairs and short id lists inline, long English texts folded.
 */
export function toYamlText(value: Record<string, unknown>, options: YamlTextOptions = {}): string {
  const comments = (options.header ?? []).map((l) => (l === '' ? '#\n' : `# ${l.replace(/\n/g, ' ')}\n`)).join('');
  return `# yaml-language-server: $schema=${options.schema ?? './rolematrix.schema.json'}\n${comments}${mapLines(value, 0).join('\n')}\n`;
}

/**
 * `existingText` with the document of `newValue` (found by its kind and id) changed to
 * `newValue`, touching only what changed: unchanged values keep their bytes and comments, changed scalars are
 * replaced in place, new keys go in where the order of `newValue` puts them, removed keys and items go with the comment
 * lines above them, list items are matched by their key (duties by id, KPIs by ref…). With nothing changed the text
 * comes back byte for byte. A document that is not in the file is appended as a new `---` document.
 */
export function updateYamlText(existingText: string, newValue: Record<string, unknown>): string {
  return patchYamlText(existingText, newValue) ?? rewrite(existingText, newValue);
}

/**
 * Like `updateYamlText`, but undefined when the file cannot be edited in place (then `updateYamlText` rewrites the
 * document, keeping the comment lines at its top).
 */
export function patchYamlText(existingText: string, newValue: Record<string, unknown>): string | undefined {
  const docs = parseAllDocuments(existingText);
  if (!Array.isArray(docs) || docs.some((d) => d.errors.length > 0)) return undefined;
  const index = findDocument(docs, newValue);
  if (index === undefined) {
    const sep = existingText === '' || existingText.endsWith('\n') ? '' : '\n';
    return `${existingText}${sep}---\n${mapLines(newValue, 0).join('\n')}\n`;
  }
  const doc = docs[index]!;
  if (deepEqual(doc.toJS(), newValue)) return existingText;
  const editor = new Editor(existingText, doc);
  try {
    const root = doc.contents;
    if (!isMap(root) || root.flow) return undefined;
    editor.blockMap(root, newValue);
  } catch (err) {
    if (err instanceof Unpatchable) return undefined;
    throw err;
  }
  const out = editor.apply();
  // The edit must read back as exactly the new value, and leave the file's other documents alone.
  const check = parseAllDocuments(out);
  if (!Array.isArray(check) || check.length !== docs.length || check.some((d) => d.errors.length > 0)) return undefined;
  const same = check.every((d, i) => deepEqual(d.toJS(), i === index ? newValue : docs[i]!.toJS()));
  return same ? out : undefined;
}

function findDocument(docs: readonly Document.Parsed[], value: Record<string, unknown>): number | undefined {
  const identity = (v: unknown) =>
    isObject(v) && typeof v.kind === 'string'
      ? `${v.kind}:${String(v.kind === 'Vocabulary' ? v.vocabulary : v.kind === 'Catalog' ? '' : v.id)}`
      : undefined;
  const want = identity(value);
  const found = docs.findIndex((d) => identity(d.toJS()) === want);
  if (found >= 0) return found;
  // A file's lone document that is no rolematrix document at all is replaced; another role or vocabulary never is.
  return docs.length === 1 && identity(docs[0]!.toJS()) === undefined ? 0 : undefined;
}

/**
 * The last resort: the document's content written anew; the comments before and after it, and other documents, stay.
 */
function rewrite(existingText: string, value: Record<string, unknown>): string {
  const docs = parseAllDocuments(existingText);
  const index = Array.isArray(docs) && docs.every((d) => d.errors.length === 0) ? findDocument(docs, value) : undefined;
  const r = index === undefined ? undefined : (docs as Document.Parsed[])[index]!.contents?.range;
  if (r === undefined || r === null) return toYamlText(value);
  const nl = existingText.indexOf('\n', r[1] - 1);
  const end = r[1] > 0 && existingText[r[1] - 1] === '\n' ? r[1] : nl < 0 ? existingText.length : nl + 1;
  return `${existingText.slice(0, r[0])}${mapLines(value, 0).join('\n')}\n${existingText.slice(end)}`;
}

class Unpatchable extends Error {}

interface Edit {
  start: number;
  end: number;
  text: string;
  seq: number;
}

/**
 * Where a node sits, so it can be written anew when it cannot be edited: a map entry, a list item or inside a flow
 * collection.
 */
type Place =
  { kind: 'pair'; pair: Pair; indent: number } | { kind: 'item'; node: Node; indent: number } | { kind: 'flow' };

/** Collects text edits against the original text; nodes keep the offsets of that text. */
class Editor {
  private readonly edits: Edit[] = [];

  constructor(
    private readonly text: string,
    private readonly doc: Document.Parsed,
  ) {}

  apply(): string {
    const sorted = [...this.edits].sort((a, b) => b.start - a.start || b.end - a.end || b.seq - a.seq);
    let out = this.text;
    for (const e of sorted) out = out.slice(0, e.start) + e.text + out.slice(e.end);
    return out;
  }

  private edit(start: number, end: number, text: string): void {
    this.edits.push({ start, end, text, seq: this.edits.length });
  }

  /** Edits `node` (old value) into `value`; on a structure it cannot edit in place, writes the entry anew. */
  value(node: unknown, value: unknown, place: Place, listKey: string): void {
    const old = toJS(node);
    if (deepEqual(old, value)) return;
    const mark = this.edits.length;
    try {
      if (isAlias(node) || node === null || node === undefined) throw new Unpatchable();
      const n = node as Node;
      if (isScalar(n) && isScalarValue(value)) return this.scalar(n, value, place);
      if ((isMap(n) || isSeq(n)) && n.flow) {
        const flow = flowText(value);
        const fits =
          place.kind === 'flow' || (flowFriendly(value) && this.column(range(n)[0]) + displayWidth(flow) <= WIDTH);
        if (!fits) throw new Unpatchable();
        return this.edit(range(n)[0], range(n)[1], flow);
      }
      if (isMap(n) && isObject(value) && Object.keys(value).length > 0) return this.blockMap(n, value);
      if (isSeq(n) && Array.isArray(value) && value.length > 0) return this.blockSeq(n, value, listKey);
      throw new Unpatchable();
    } catch (err) {
      if (!(err instanceof Unpatchable) || place.kind === 'flow') throw err;
      this.edits.length = mark;
      this.rewriteEntry(place, value);
    }
  }

  private scalar(node: Scalar, value: string | number | boolean | null, place: Place): void {
    const [start, end] = range(node);
    if (place.kind === 'flow') return this.edit(start, end, scalarText(value, true));
    const block = node.type === Scalar.BLOCK_FOLDED || node.type === Scalar.BLOCK_LITERAL;
    const indent = place.indent + 2;
    const lines = block && typeof value === 'string' ? fold(value, WIDTH - indent) : undefined;
    if (lines !== undefined)
      return this.edit(start, end, `>-\n${lines.map((l) => ' '.repeat(indent) + l).join('\n')}\n`);
    // A block scalar's range ends after its last line break; an inline replacement keeps that line break.
    return this.edit(start, end, `${scalarText(value, false)}${block && this.text[end - 1] === '\n' ? '\n' : ''}`);
  }

  /**
   * A block map: entries edited by key, removed ones deleted, new ones inserted after the key that precedes them in
   * `value`.
   */
  blockMap(map: Node & { items: Pair[] }, value: Record<string, unknown>): void {
    const pairs = map.items;
    if (pairs.length === 0) throw new Unpatchable();
    const keyOf = (p: Pair) => (isScalar(p.key) ? String(p.key.value) : undefined);
    if (pairs.some((p) => keyOf(p) === undefined)) throw new Unpatchable();
    const firstKey = range(pairs[0]!.key as Node)[0];
    const indent = this.column(firstKey);
    // The first key shares its line with a list dash (`- id: …`): nothing can go before it or be taken out.
    const dashLine = !/^[ \t]*$/.test(this.text.slice(this.lineStart(firstKey), firstKey));
    const old = new Map(pairs.map((p) => [keyOf(p)!, p]));
    pairs.forEach((p, i) => {
      const k = keyOf(p)!;
      if (k in value && value[k] !== undefined) this.value(p.value, value[k], { kind: 'pair', pair: p, indent }, k);
      else {
        if (i === 0 && dashLine) throw new Unpatchable();
        this.edit(this.commentStart(this.lineStart(range(p.key as Node)[0])), this.entryEnd(p), '');
      }
    });
    const keys = Object.keys(value).filter((k) => value[k] !== undefined);
    keys.forEach((k, i) => {
      if (old.has(k)) return;
      const before = keys
        .slice(0, i)
        .reverse()
        .find((b) => old.has(b));
      const lines = pairLines(k, value[k], indent);
      if (before === undefined) {
        if (dashLine) throw new Unpatchable();
        this.edit(
          this.commentStart(this.lineStart(firstKey)),
          this.commentStart(this.lineStart(firstKey)),
          `${lines.join('\n')}\n`,
        );
      } else {
        this.insertAfter(this.entryEnd(old.get(before)!), lines);
      }
    });
  }

  /** A block list: items matched by their key (or value), edited, removed or inserted in place. */
  private blockSeq(seq: Node & { items: unknown[] }, value: unknown[], listKey: string): void {
    const items = seq.items as Node[];
    if (items.length === 0 || items.some((n) => n === null || isAlias(n))) throw new Unpatchable();
    const dash = items.map((n) => {
      const start = range(n)[0];
      const prefix = this.text.slice(this.lineStart(start), start);
      if (!/^[ \t]*- +$/.test(prefix)) throw new Unpatchable();
      return prefix.indexOf('-');
    });
    const indent = dash[0]!;
    const oldValues = items.map(toJS);
    const keyed = LIST_KEYS[listKey];
    const keyOf = (v: unknown) => (keyed !== undefined ? (keyed(v) ?? JSON.stringify(v)) : JSON.stringify(v));
    const pairs = matchLists(oldValues.map(keyOf), value.map(keyOf));
    // Unmatched items between two matches: in a plain list the n-th old becomes the n-th new (an edited text keeps its
    // comment).
    const steps = alignGaps(pairs, oldValues.length, value.length, keyed === undefined);
    const itemStart = (i: number) => this.commentStart(this.lineStart(range(items[i]!)[0]));
    // New items before every kept one go in front of the first item (and its comments); the others after the item
    // before them.
    let lastEnd: number | undefined;
    for (const step of steps) {
      if (step.old !== undefined && step.new !== undefined) {
        this.value(items[step.old], value[step.new], { kind: 'item', node: items[step.old]!, indent }, listKey);
        lastEnd = this.itemEnd(items[step.old]!);
      } else if (step.old !== undefined) {
        this.edit(itemStart(step.old), this.itemEnd(items[step.old]!), '');
      } else if (step.new !== undefined) {
        const lines = itemLines(value[step.new], indent);
        if (lastEnd === undefined) this.edit(itemStart(0), itemStart(0), `${lines.join('\n')}\n`);
        else this.insertAfter(lastEnd, lines);
      }
    }
  }

  private rewriteEntry(place: Place, value: unknown): void {
    if (place.kind === 'pair') {
      const key = place.pair.key as Node;
      const lines = pairLines(String((key as Scalar).value), value, place.indent);
      const start = range(key)[0];
      // The first line takes the key's place (possibly after a list dash); the others carry their own indentation.
      lines[0] = lines[0]!.slice(place.indent);
      this.edit(start, this.entryEnd(place.pair), `${lines.join('\n')}\n`);
      return;
    }
    if (place.kind === 'item') {
      const start = this.lineStart(range(place.node)[0]);
      this.edit(start, this.itemEnd(place.node), `${itemLines(value, place.indent).join('\n')}\n`);
      return;
    }
    throw new Unpatchable();
  }

  private insertAfter(offset: number, lines: string[]): void {
    const text = `${lines.join('\n')}\n`;
    this.edit(offset, offset, offset > 0 && this.text[offset - 1] !== '\n' ? `\n${text}` : text);
  }

  private column(offset: number): number {
    return offset - this.lineStart(offset);
  }

  private lineStart(offset: number): number {
    return this.text.lastIndexOf('\n', offset - 1) + 1;
  }

  /** Just after the line break ending the line that holds `offset - 1` (or the end of the text). */
  private lineEndAfter(offset: number): number {
    if (offset > 0 && this.text[offset - 1] === '\n') return offset;
    const nl = this.text.indexOf('\n', offset);
    return nl < 0 ? this.text.length : nl + 1;
  }

  /** The start of the comment lines directly above the line at `lineStart` (no blank line in between). */
  private commentStart(lineStart: number): number {
    let start = lineStart;
    while (start > 0) {
      const prev = this.text.lastIndexOf('\n', start - 2) + 1;
      if (!/^[ \t]*#/.test(this.text.slice(prev, start - 1))) break;
      start = prev;
    }
    return start;
  }

  private entryEnd(pair: Pair): number {
    const v = pair.value as Node | null;
    return this.lineEndAfter(
      v !== null && v !== undefined && range(v) !== undefined ? range(v)[1] : range(pair.key as Node)[1],
    );
  }

  private itemEnd(node: Node): number {
    return this.lineEndAfter(range(node)[1]);
  }
}

function range(node: Node): [number, number, number] {
  const r = node.range;
  if (r === undefined || r === null) throw new Unpatchable();
  return r;
}

function toJS(node: unknown): unknown {
  if (node === null || node === undefined) return null;
  return (node as { toJSON(): unknown }).toJSON();
}

/** Longest common subsequence of two key lists, as index pairs. */
function matchLists(a: readonly string[], b: readonly string[]): [number, number][] {
  const n = a.length;
  const m = b.length;
  const dp: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      dp[i]![j] = a[i] === b[j] ? dp[i + 1]![j + 1]! + 1 : Math.max(dp[i + 1]![j]!, dp[i]![j + 1]!);
  const out: [number, number][] = [];
  for (let i = 0, j = 0; i < n && j < m;) {
    if (a[i] === b[j]) out.push([i++, j++]);
    else if (dp[i + 1]![j]! >= dp[i]![j + 1]!) i++;
    else j++;
  }
  return out;
}

/**
 * The matches with the unmatched items between them: pairs, removals (old only) and insertions (new only), in order.
 */
function alignGaps(
  pairs: readonly [number, number][],
  n: number,
  m: number,
  pairUp: boolean,
): { old?: number; new?: number }[] {
  const steps: { old?: number; new?: number }[] = [];
  let i = 0;
  let j = 0;
  for (const [pi, pj] of [...pairs, [n, m] as [number, number]]) {
    const olds: number[] = [];
    const news: number[] = [];
    for (; i < pi; i++) olds.push(i);
    for (; j < pj; j++) news.push(j);
    const both = pairUp ? Math.min(olds.length, news.length) : 0;
    for (let k = 0; k < both; k++) steps.push({ old: olds[k]!, new: news[k]! });
    for (const o of olds.slice(both)) steps.push({ old: o });
    for (const w of news.slice(both)) steps.push({ new: w });
    if (pi < n && pj < m) steps.push({ old: pi, new: pj });
    i = pi + 1;
    j = pj + 1;
  }
  return steps;
}

// ---- writing new YAML -------------------------------------------------------------------------------------------

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function isScalarValue(v: unknown): v is string | number | boolean | null {
  return v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
}

/** Small objects of known inline keys, and lists of plain values, read best on one line. */
function flowFriendly(v: unknown): boolean {
  if (Array.isArray(v)) return v.every(isScalarValue);
  if (!isObject(v)) return true;
  const entries = Object.entries(v).filter(([, x]) => x !== undefined);
  return (
    entries.length <= 4 &&
    entries.every(([k, x]) => FLOW_KEYS.has(k) && (isScalarValue(x) || (Array.isArray(x) && x.every(isScalarValue))))
  );
}

function mapLines(obj: Record<string, unknown>, indent: number): string[] {
  return Object.entries(obj)
    .filter(([, v]) => v !== undefined)
    .flatMap(([k, v]) => pairLines(k, v, indent));
}

function pairLines(key: string, v: unknown, indent: number): string[] {
  const pad = ' '.repeat(indent);
  const head = `${pad}${scalarText(key, false)}:`;
  if (isScalarValue(v)) {
    const text = scalarText(v, false);
    const folded =
      typeof v === 'string' && displayWidth(`${head} ${text}`) > WIDTH ? fold(v, WIDTH - indent - 2) : undefined;
    return folded !== undefined ? [`${head} >-`, ...folded.map((l) => `${pad}  ${l}`)] : [`${head} ${text}`];
  }
  if (Array.isArray(v)) {
    if (v.length === 0) return [`${head} []`];
    const flow = flowText(v);
    if (flowFriendly(v) && displayWidth(`${head} ${flow}`) <= WIDTH) return [`${head} ${flow}`];
    return [head, ...v.flatMap((x) => itemLines(x, indent + 2))];
  }
  if (isObject(v)) {
    const entries = Object.entries(v).filter(([, x]) => x !== undefined);
    if (entries.length === 0) return [`${head} {}`];
    const flow = flowText(v);
    if (flowFriendly(v) && displayWidth(`${head} ${flow}`) <= WIDTH) return [`${head} ${flow}`];
    return [head, ...mapLines(v, indent + 2)];
  }
  return [`${head} null`];
}

function itemLines(v: unknown, indent: number): string[] {
  const pad = ' '.repeat(indent);
  if (isScalarValue(v)) return [`${pad}- ${scalarText(v, false)}`];
  const flow = flowText(v);
  const empty = Array.isArray(v) ? v.length === 0 : isObject(v) && Object.keys(v).length === 0;
  if (empty || (flowFriendly(v) && displayWidth(`${pad}- ${flow}`) <= WIDTH)) return [`${pad}- ${flow}`];
  const inner = Array.isArray(v)
    ? v.flatMap((x) => itemLines(x, indent + 2))
    : mapLines(v as Record<string, unknown>, indent + 2);
  return [`${pad}- ${inner[0]!.slice(indent + 2)}`, ...inner.slice(1)];
}

/** The value on one line in flow style: `{ zh: …, en: … }`, `[a, b]`. */
function flowText(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(flowText).join(', ')}]`;
  if (isObject(v)) {
    const entries = Object.entries(v).filter(([, x]) => x !== undefined);
    return entries.length === 0
      ? '{}'
      : `{ ${entries.map(([k, x]) => `${scalarText(k, true)}: ${flowText(x)}`).join(', ')} }`;
  }
  return scalarText(v as string | number | boolean | null, true);
}

/** A scalar as YAML: plain where it reads back as the same string, else double-quoted (JSON escapes are valid YAML). */
export function scalarText(v: string | number | boolean | null, inFlow: boolean): string {
  if (v === null) return 'null';
  if (typeof v !== 'string') return String(v);
  return plainSafe(v, inFlow) ? v : JSON.stringify(v);
}

const INDICATOR_START = /^[-?:,[\]{}#&*!|>'"%@`]/;

function plainSafe(s: string, inFlow: boolean): boolean {
  if (s === '' || s !== s.trim() || INDICATOR_START.test(s)) return false;
  // eslint-disable-next-line no-control-regex -- a control character cannot be written plain
  if (/[\x00-\x1f\x7f-\x9f\ufeff\u2028\u2029]/.test(s)) return false;
  if (s.includes(': ') || s.includes(' #') || s.endsWith(':')) return false;
  if (inFlow && /[,[\]{}]/.test(s)) return false;
  // Numbers, booleans and null are spelt with ASCII letters, digits and `.+-~` only; any other character (a space, a
  // Chinese character) makes a string that passed the checks above plain text. In flow style `:` `?` `#` are left to
  // the parser.
  if (/[^0-9A-Za-z.+\-~]/.test(s) && !(inFlow && /[:?#]/.test(s))) return true;
  // Whatever YAML would read as something else (a number, true, null, a date-like tag) is quoted. Short words repeat a
  // lot (ids, levels), so the parser's verdict is remembered.
  const key = `${inFlow ? 'f' : 'b'}${s}`;
  const known = PLAIN_SAFE.get(key);
  if (known !== undefined) return known;
  let safe: boolean;
  try {
    const back: unknown = parse(inFlow ? `[${s}]` : s);
    safe = inFlow ? Array.isArray(back) && back.length === 1 && back[0] === s : back === s;
  } catch {
    safe = false;
  }
  if (PLAIN_SAFE.size >= 10_000) PLAIN_SAFE.clear();
  PLAIN_SAFE.set(key, safe);
  return safe;
}

/** The parser's verdicts on short words, by `b`/`f` (block or flow) and the word. */
const PLAIN_SAFE = new Map<string, boolean>();

/**
 * Single-spaced text with no line breaks, folded (`>-`) into lines of at most `width` columns, which YAML reads back
 * as the same text; undefined when it cannot be folded that way or would fit on one line anyway.
 */
function fold(s: string, width: number): string[] | undefined {
  // eslint-disable-next-line no-control-regex -- a control character cannot be folded
  if (!/^[^\s#]\S*(?: \S+)+$/.test(s) || /[\x00-\x1f\x7f-\x9f\ufeff\u2028\u2029]/.test(s)) return undefined;
  const lines: string[] = [];
  let line = '';
  for (const word of s.split(' ')) {
    if (line !== '' && displayWidth(`${line} ${word}`) > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  lines.push(line);
  return lines.length > 1 && lines.every((l) => displayWidth(l) <= width) ? lines : undefined;
}
