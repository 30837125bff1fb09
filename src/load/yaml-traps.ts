import { isMap, isPair, isScalar, Parser, type Document, type LineCounter } from 'yaml';
import type { Bilingual, PathSegment } from '../errors.js';

/** Characters that mean something else at the start of a plain YAML value. */
const INDICATORS = new Set(['>', '|', '*', '&', '!', '%', '@', '`']);

/** The text of the line holding `offset`, and the offset where that line starts. */
function lineAt(source: string, lineCounter: LineCounter, offset: number): { text: string; start: number } {
  const { line } = lineCounter.linePos(offset);
  const start = lineCounter.lineStarts[line - 1] ?? 0;
  const end = source.indexOf('\n', start);
  return { text: source.slice(start, end < 0 ? source.length : end).replace(/\r$/, ''), start };
}

/** `key: value` or `- value` on one line: the key (if any) and the value as written. */
function keyAndValue(line: string): { key: string | undefined; value: string } | undefined {
  // Plain string steps, no backtracking regex: the line may be a hostile megabyte.
  const comment = line.search(/\s#/);
  let s = (comment >= 0 ? line.slice(0, comment) : line).trim();
  if (s.startsWith('- ')) s = s.slice(2).trimStart();
  const colon = s.indexOf(': ');
  const key = colon > 0 && !/[\s#]/.test(s.charAt(0)) ? s.slice(0, colon) : undefined;
  const value = (key === undefined ? s : s.slice(colon + 2)).trim();
  return value === '' ? undefined : { key, value };
}

function nextSeparator(text: string, from: number): number {
  const ends = [text.indexOf(',', from), text.indexOf('}', from)].filter((i) => i >= 0);
  return ends.length > 0 ? Math.min(...ends) : text.length;
}

const quoted = (key: string | undefined, text: string) =>
  `${key === undefined ? '' : `${key}: `}"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/**
 * A hint that says what to do about the YAML traps people write into role files: a value that starts with an
 * indicator (`op: >=`, `title: @team`) or contains `: ` (`en: Note: more`) needs quotes. Undefined when the error is
 * something else.
 */
export function trapHint(
  source: string,
  lineCounter: LineCounter,
  offset: number,
  code: string,
): Bilingual | undefined {
  return trap(source, lineCounter, offset, code)?.hint;
}

/** The line's value in quotes, when it starts with `*` (an alias that may have been meant as text). */
export function aliasAsText(source: string, lineCounter: LineCounter, offset: number): string | undefined {
  return trap(source, lineCounter, offset, 'ALIAS')?.example;
}

function trap(
  source: string,
  lineCounter: LineCounter,
  offset: number,
  code: string,
): { hint: Bilingual; example: string } | undefined {
  const { text, start } = lineAt(source, lineCounter, offset);
  // In a one-line { … }, the entry in error is the one between the separators around the error.
  const at = offset - start;
  const entry =
    text.lastIndexOf('{', at) >= 0
      ? text.slice(Math.max(text.lastIndexOf('{', at), text.lastIndexOf(',', at)) + 1, nextSeparator(text, at))
      : text;
  const target = keyAndValue(entry);
  if (!target) return undefined;
  const first = target.value.charAt(0);
  // A tag on a mapping or list (`title: !custom { … }`) is no text to quote.
  if (code === 'TAG_RESOLVE_FAILED' && /^!\S*\s+[[{]/.test(target.value)) return undefined;
  if (
    INDICATORS.has(first) &&
    (code === 'BAD_SCALAR_START' || code === 'UNEXPECTED_TOKEN' || code === 'ALIAS' || code === 'TAG_RESOLVE_FAILED')
  ) {
    const example = quoted(target.key, target.value);
    // A backtick cannot be shown in backticks: it is named instead.
    const what =
      first === '`' ? { en: 'a backtick (`)', zh: '反引号（`）' } : { en: `\`${first}\``, zh: `\`${first}\`` };
    const hint = {
      en: `A value that starts with ${what.en} means something else in YAML. Put the text in quotes: \`${example}\`.`,
      zh: `在 YAML 中，以 ${what.zh} 开头的值另有含义。请给文字加引号：\`${example}\`。`,
    };
    return { hint, example };
  }
  if ((code === 'BLOCK_AS_IMPLICIT_KEY' || code === 'BLOCK_IN_FLOW') && target.value.includes(': ')) {
    const example = quoted(target.key, target.value);
    const hint = {
      en: `The text contains \`: \`, which YAML reads as the start of another key. Put the whole text in quotes: \`${example}\`.`,
      zh: `文字中含有 \`: \`，YAML 会把它当作另一个键的开始。请给整段文字加引号：\`${example}\`。`,
    };
    return { hint, example };
  }
  return undefined;
}

/**
 * Where an unclosed `[` or `{` was opened: the parser reports it where it gave up (often the end of the file or the
 * next key), which is far from the bracket to close. Undefined when every flow collection is closed.
 */
export function unclosedBracket(source: string): { offset: number; bracket: '[' | '{' } | undefined {
  // Iterative: hostile input nests brackets thousands deep.
  const stack: unknown[] = [...new Parser().parse(source)].reverse();
  while (stack.length > 0) {
    const token = stack.pop();
    if (token === null || typeof token !== 'object') continue;
    const t = token as { type?: string; start?: { offset: number; source: string }; end?: { source: string }[] };
    if (t.type === 'flow-collection' && t.start && (t.start.source === '[' || t.start.source === '{')) {
      const close = t.start.source === '[' ? ']' : '}';
      if (!(t.end ?? []).some((e) => e.source === close)) return { offset: t.start.offset, bracket: t.start.source };
    }
    const children: unknown[] = Object.values(token).flatMap((v: unknown): unknown[] =>
      Array.isArray(v) ? (v as unknown[]) : [v],
    );
    for (let k = children.length - 1; k >= 0; k--) {
      const c: unknown = children[k];
      if (c !== null && typeof c === 'object') stack.push(c);
    }
  }
  return undefined;
}

/**
 * A comma inside a one-line `{ … }` ends the text before it: `{ en: Secure, well-tested code }` is the text "Secure"
 * and a key "well-tested code" with no value. For such a key, the hint that puts the whole text in quotes.
 */
export function commaSplitHint(doc: Document, path: readonly PathSegment[], key: string): Bilingual | undefined {
  const map: unknown = path.length === 0 ? doc.contents : doc.getIn(path, true);
  if (!isMap(map) || !map.flow) return undefined;
  const i = map.items.findIndex((p) => isPair(p) && isScalar(p.key) && p.key.value === key);
  const pair = map.items[i];
  const before = map.items[i - 1];
  if (!pair || !before) return undefined;
  const empty = pair.value === null || (isScalar(pair.value) && pair.value.value === null);
  if (!empty || !isScalar(before.value) || typeof before.value.value !== 'string') return undefined;
  const beforeKey = isScalar(before.key) ? String(before.key.value) : undefined;
  const example = quoted(beforeKey, `${before.value.value}, ${key}`);
  return {
    en: `A comma inside { … } ends the text "${before.value.value}", so "${key}" became a key. Put the whole text in quotes: \`${example}\`.`,
    zh: `在 { … } 中，逗号截断了文字 "${before.value.value}"，"${key}" 被当成了键。请给整段文字加引号：\`${example}\`。`,
  };
}
