import { terminalSafe } from '../text/terminal.js';
import { clustersOf, displayWidth } from '../text/width.js';
import type { Cell, CellMark, Row, Table } from './table.js';

/** The short symbol each mark gets in text formats (terminal, Markdown, CSV, the HTML legend). */
export const MARK_SYMBOLS: Readonly<Record<CellMark, string>> = {
  shared: '=',
  similar: '≈',
  onlyA: 'A',
  onlyB: 'B',
  changed: 'Δ',
  raised: '↑',
  lowered: '↓',
  error: '✗',
  warning: '!',
};

/** The table's legend as `[mark, words]` pairs, in the fixed order of `MARK_SYMBOLS`. */
export function legendEntries(table: Table): [CellMark, string][] {
  const legend = table.legend ?? {};
  return (Object.keys(MARK_SYMBOLS) as CellMark[]).flatMap((m) =>
    legend[m] ? [[m, legend[m]] as [CellMark, string]] : [],
  );
}

const EMPTY: Cell = { lines: [] };

/** The cell at column `i` of a row; a short row is padded with empty cells. */
export function cellAt(row: Row, i: number): Cell {
  return row.cells[i] ?? EMPTY;
}

/** A section row whose label is its first cell alone, so it can span the whole table. */
export function isSpanningSection(row: Row): boolean {
  return row.section === true && row.cells.slice(1).every((c) => c.lines.length === 0 && c.mark === undefined);
}

export interface TextOptions {
  /** The widest a line may be, in terminal columns (default 100). */
  width?: number;
}

const DEFAULT_WIDTH = 100;
/** The narrowest a column is shrunk to (two Chinese characters); a table too wide even then overflows `width`. */
const MIN_COLUMN = 4;

/**
 * The table for a terminal: box-drawn columns measured in display cells (a Chinese character is two), lines wrapped to
 * `width` by shrinking the widest columns first, marks as a symbol before the cell, the legend underneath.
 */
export function renderText(table: Table, options: TextOptions = {}): string {
  const width = options.width ?? DEFAULT_WIDTH;
  if (!Number.isInteger(width) || width < 1)
    throw new RangeError(`The text width must be a positive integer, got ${width}.`);
  const out: string[] = [];
  for (const t of [table.title, table.caption])
    if (t) for (const line of textLines(t)) for (const x of wrap(line, width)) out.push(x);
  if (out.length > 0) out.push('');
  if (table.columns.length > 0) for (const x of grid(table, width)) out.push(x);
  const legend = legendEntries(table).map(([m, words]) => `${MARK_SYMBOLS[m]} ${textLines(words).join(' ')}`);
  if (legend.length > 0) for (const x of ['', ...pack(legend, width, '  ')]) out.push(x);
  return out.join('\n') + '\n';
}

/** A cell's text lines with its mark symbol before the first and the others indented to match. */
interface Block {
  lines: string[];
  indent: number;
  mark?: string;
  clip?: boolean;
}

function block(cell: Cell): Block {
  const lines = cell.lines.flatMap(textLines);
  const clip = cell.clip === true ? { clip: true } : {};
  if (cell.mark === undefined) return { lines, indent: 0, ...clip };
  const mark = MARK_SYMBOLS[cell.mark];
  return { lines, indent: displayWidth(mark) + 1, mark, ...clip };
}

/**
 * The narrowest a block's column may be: its indent and one wide character, and for a clipped block the ellipsis
 * after it (`客…`), so a clipped line always fits.
 */
function narrowest(b: Block): number {
  return b.indent + (b.clip === true ? 3 : 2);
}

/** The widest word of a block (with its indent): narrower, the column would split it. */
function longestWord(b: Block): number {
  if (b.clip === true) return narrowest(b);
  let w = 0;
  for (const line of b.lines) for (const u of units(line)) w = Math.max(w, u.width);
  return b.indent + w;
}

function naturalWidth(b: Block): number {
  return b.lines.reduce((w, l) => Math.max(w, b.indent + displayWidth(l)), b.mark === undefined ? 0 : b.indent - 1);
}

/** A list bullet at the start of a line (`· `, `- `, `1. `, `2、`): wrapped lines hang under the text after it. */
const BULLET = /^(?:[·•◦‣▪] *|[*-] +|\d{1,3}[.)] +|\d{1,3}、 *)/;

/** One line wrapped to `width`, continuation lines indented past its bullet if it has one. */
function hang(line: string, width: number): string[] {
  const bullet = BULLET.exec(line)?.[0] ?? '';
  const indent = displayWidth(bullet);
  if (indent === 0 || width - indent < 2) return wrap(line, width);
  return wrap(line.slice(bullet.length), width - indent).map((l, i) => (i === 0 ? bullet : ' '.repeat(indent)) + l);
}

/** Spaces and separating punctuation a clipped line does not end on before its ellipsis. */
const CLIP_TRAILING = /[\s,，、;；:：·]+$/u;

/** One line cut to `width` at a word, with an ellipsis when anything was cut. */
function clipLine(line: string, width: number): string {
  if (displayWidth(line) <= width) return line;
  const kept = [...clustersOf(wrap(line, Math.max(1, width - 1))[0] ?? '')];
  // wrap() gives a character wider than the line a line of its own: drop graphemes until the ellipsis fits too.
  while (kept.length > 0 && displayWidth(kept.join('')) + 1 > width) kept.pop();
  return `${kept.join('').replace(CLIP_TRAILING, '')}…`;
}

/** The block's lines wrapped (or clipped) to `width`, the mark (if any) in front of the first. */
function layout(b: Block, width: number): string[] {
  const inner = Math.max(1, width - b.indent);
  const lines = b.clip === true ? b.lines.map((l) => clipLine(l, inner)) : b.lines.flatMap((l) => hang(l, inner));
  if (b.mark === undefined) return lines;
  if (lines.length === 0) return [b.mark];
  return lines.map((l, i) => (i === 0 ? `${b.mark} ` : ' '.repeat(b.indent)) + l);
}

function grid(table: Table, width: number): string[] {
  const n = table.columns.length;
  const header = table.columns.map((c) => block({ lines: [c] }));
  const body = table.rows.map((row) => ({
    span: isSpanningSection(row),
    blocks: table.columns.map((_, i) => block(cellAt(row, i))),
  }));
  // Each column costs its width plus "│ " … " "; the last adds the closing "│".
  const widths = columnWidths([header, ...body.filter((r) => !r.span).map((r) => r.blocks)], width - (3 * n + 1));
  const spanWidth = widths.reduce((a, b) => a + b, 0) + 3 * (n - 1);

  const drawn = body.map((r) =>
    r.span ? [layout(r.blocks[0]!, spanWidth)] : r.blocks.map((b, i) => layout(b, widths[i]!)),
  );
  const ruled = table.compact !== true && drawn.some((cells) => cells.some((lines) => lines.length > 1));
  const line = (cells: string[][], w: number[]) => {
    const height = Math.max(1, ...cells.map((c) => c.length));
    return Array.from({ length: height }, (_, k) => `│ ${cells.map((c, i) => pad(c[k] ?? '', w[i]!)).join(' │ ')} │`);
  };
  const rule = (left: string, right: string, up: boolean, down: boolean) => {
    const joint = up && down ? '┼' : up ? '┴' : down ? '┬' : '─';
    return left + widths.map((w) => '─'.repeat(w + 2)).join(joint) + right;
  };

  const out = [
    rule('┌', '┐', false, true),
    ...line(
      header.map((b, i) => layout(b, widths[i]!)),
      widths,
    ),
  ];
  let above = true; // whether the row above has column dividers
  body.forEach((r, k) => {
    if (k === 0 || ruled || r.span || body[k - 1]!.span) out.push(rule('├', '┤', above, !r.span));
    for (const x of r.span ? line(drawn[k]!, [spanWidth]) : line(drawn[k]!, widths)) out.push(x);
    above = !r.span;
  });
  out.push(rule('└', '┘', above, false));
  return out;
}

/**
 * Natural column widths, the widest shrunk one cell at a time until they fit `available`: first no narrower than a
 * column's longest word, so no word is split; only when even that is too wide, down to a few cells.
 */
function columnWidths(rows: Block[][], available: number): number[] {
  // The widest of a measure over a column (a loop: a table may have more rows than a call can take arguments).
  const widest = (i: number, measure: (b: Block) => number, least: number) => {
    let w = least;
    for (const r of rows) w = Math.max(w, measure(r[i]!));
    return w;
  };
  const natural = rows[0]!.map((_, i) => widest(i, naturalWidth, 1));
  const words = natural.map((w, i) => Math.min(w, widest(i, longestWord, MIN_COLUMN)));
  const floor =
    words.reduce((a, b) => a + b, 0) <= available
      ? words
      : natural.map((w, i) => Math.min(w, widest(i, narrowest, MIN_COLUMN)));
  const widths = [...natural];
  let excess = widths.reduce((a, b) => a + b, 0) - available;
  while (excess > 0) {
    let widest = -1;
    widths.forEach((w, i) => {
      if (w > floor[i]! && (widest < 0 || w >= widths[widest]!)) widest = i;
    });
    if (widest < 0) break; // every column at its floor: the table is wider than asked
    widths[widest]!--;
    excess--;
  }
  return widths;
}

function pad(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - displayWidth(s)));
}

/** Greedy lines of whole items joined by `sep`; an item wider than the line is wrapped on its own. */
function pack(items: string[], width: number, sep: string): string[] {
  const out: string[] = [];
  let line = '';
  for (const item of items) {
    if (line !== '' && displayWidth(line + sep + item) <= width) line += sep + item;
    else {
      if (line !== '') out.push(line);
      const pieces = wrap(item, width);
      line = pieces.pop()!;
      for (const x of pieces) out.push(x);
    }
  }
  if (line !== '') out.push(line);
  return out;
}

/** Text safe for a terminal (src/text/terminal.ts). */
const clean = terminalSafe;

/** A string's own lines, cleaned. */
function textLines(s: string): string[] {
  return clean(s).split(/\r\n|\r|\n/);
}

/** Breakable spaces: the ASCII space and the ideographic space (a no-break space stays inside its word). */
const SPACE = /^[ \u3000]+$/;
/** Punctuation that must not begin a line (kinsoku): it stays with the character before it. */
const NO_START = new Set([...'，。、；：！？）」』》〉】〕〗｝”’…—～·%,.;:!?)]}']);
/** Punctuation that must not end a line: it stays with the character after it. */
const NO_END = new Set([...'（「『《〈【〔〖｛“‘([{']);

/**
 * A run that is never broken inside (a Latin word, one CJK character with its punctuation) and the spaces before it.
 */
interface Unit {
  text: string;
  width: number;
  space: string;
  wideEnd: boolean;
}

/** Whether `next` may start a line after `before`: a letter after a hyphen that follows a letter. */
function afterHyphen(before: string, next: string): boolean {
  // The cheap test first: most characters follow no hyphen.
  return before.endsWith('-') && /\p{L}-$/u.test(before) && /^\p{L}/u.test(next);
}

function units(text: string): Unit[] {
  const out: Unit[] = [];
  let space = '';
  let glue = false;
  for (const g of clustersOf(text)) {
    if (SPACE.test(g)) {
      space += g;
      glue = false;
      continue;
    }
    const w = displayWidth(g);
    const wide = w >= 2;
    const last = out.at(-1);
    // No break between two narrow characters (a Latin word) except after a hyphen between letters; a break is allowed
    // on either side of a wide one.
    if (
      last !== undefined &&
      space === '' &&
      (glue || NO_START.has(g) || (!wide && !last.wideEnd && !afterHyphen(last.text, g)))
    ) {
      last.text += g;
      last.width += w;
      last.wideEnd = wide;
    } else out.push({ text: g, width: w, space, wideEnd: wide });
    space = '';
    glue = NO_END.has(g);
  }
  return out;
}

/**
 * Lines of `text` at most `width` display cells wide: Latin text breaks at spaces and after a hyphen inside a word,
 * Chinese between any two characters (never before a closing or after an opening punctuation mark), and a word longer
 * than the line anywhere.
 * Written here rather than taken from wrap-ansi, which treats a space-less Chinese run as one word.
 */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  let used = 0;
  for (const u of units(text)) {
    const gap = line === '' ? 0 : displayWidth(u.space);
    if (line !== '' && used + gap + u.width <= width) {
      line += u.space + u.text;
      used += gap + u.width;
      continue;
    }
    if (line !== '') lines.push(line);
    line = '';
    used = 0;
    if (u.width <= width) {
      line = u.text;
      used = u.width;
      continue;
    }
    for (const g of clustersOf(u.text)) {
      const w = displayWidth(g);
      if (line !== '' && used + w > width) {
        lines.push(line);
        line = '';
        used = 0;
      }
      line += g;
      used += w;
    }
  }
  if (line !== '' || lines.length === 0) lines.push(line);
  return lines;
}
