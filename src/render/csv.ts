import Papa from 'papaparse';
import type { Cell, Table } from './table.js';
import { MARK_SYMBOLS, cellAt } from './text.js';

/**
 * Fields a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR first) get a leading `'`, as OWASP
 * advises; a plain signed number such as `-5` or `+12.5%` is left alone. Every CSV rolematrix writes uses this test.
 */
export const FORMULA = /^(?![+-]\d+(?:\.\d+)?%?$)[=+\-@\t\r]/;

/**
 * The table as RFC 4180 CSV for spreadsheets: a UTF-8 byte-order mark (so Excel reads Chinese), CRLF line ends, the
 * header row, then one record per row with a cell's lines joined by `\n`. Pure data: no title, caption or legend.
 * A mark is a bracketed symbol before the text (`[=] …`), never a bare `=` that Excel would take for a formula.
 */
export function renderCsv(table: Table): string {
  return `\uFEFF${csvRecords([table.columns])}${renderCsvRows(table)}`;
}

/** The records of a table's rows alone, with no byte-order mark or header. */
function renderCsvRows(table: Table): string {
  return csvRecords(table.rows.map((r) => table.columns.map((_, i) => field(cellAt(r, i)))));
}

/**
 * One record whose first field is text and the others are already CSV-safe (digits and `%`, as in a similarity
 * matrix, nine million fields for 3,000 roles): only the first goes through the CSV writer. The same bytes as
 * `renderCsv` gives for such a row.
 */
export function csvRecordWithSafeFields(first: string, rest: readonly string[]): string {
  const head = csvRecords([[first]]);
  return rest.length === 0 ? head : `${head.slice(0, -2)},${rest.join(',')}\r\n`;
}

function csvRecords(records: readonly (readonly string[])[]): string {
  return records.length === 0
    ? ''
    : `${Papa.unparse(records as string[][], { newline: '\r\n', escapeFormulae: FORMULA })}\r\n`;
}

function field(cell: Cell): string {
  const text = cell.lines.join('\n');
  if (cell.mark === undefined) return text;
  const mark = `[${MARK_SYMBOLS[cell.mark]}]`;
  return text === '' ? mark : `${mark} ${text}`;
}
