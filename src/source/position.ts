import { LineCounter } from 'yaml';

/** A place in a text: 1-based line and 1-based column, columns counted in UTF-16 code units (JS string indexes). */
export interface SourcePosition {
  line: number;
  column: number;
}

/** Turns 0-based offsets of one text into positions; see `positionsOf`. */
export interface Positions {
  (offset: number): SourcePosition;
  /** The 0-based offset each line starts at: line `n` starts at `lineStarts[n - 1]`. */
  readonly lineStarts: readonly number[];
}

/**
 * A `yaml` LineCounter holding every line start of `text` (lines split on "\n"). Filled from the text, not by the
 * parser: the parser's lexer skips the line breaks inside a plain scalar it gave up on, which put every later error
 * on the wrong line.
 */
export function lineCounterOf(text: string): LineCounter {
  const counter = new LineCounter();
  counter.addNewLine(0);
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) counter.addNewLine(i + 1);
  return counter;
}

/**
 * Line and column of any offset in `text`, counted as the `yaml` package's `LineCounter` counts them: lines split on
 * "\n" only (a "\r" before it stays in the line), a tab counts 1. Pass the text its readers index, with a leading BOM
 * already removed (as every reader here does), so line 1 column 1 is the first character after the BOM. An offset
 * past the end stays on the last line.
 */
export function positionsOf(text: string): Positions {
  const counter = lineCounterOf(text);
  const at = (offset: number): SourcePosition => {
    const { line, col } = counter.linePos(offset);
    // LineCounter answers line 0 only before offset 0.
    return line === 0 ? { line: 1, column: 1 } : { line, column: col };
  };
  return Object.assign(at, { lineStarts: counter.lineStarts });
}
