/**
 * The neutral table every engine result is drawn into, already in one language. One renderer per format
 * (terminal text, GitHub Markdown, CSV, JSON, HTML) turns it into a string; none of them knows about roles.
 */

/** How a cell relates to a comparison: shown as a colour in HTML and a marker in text formats. */
export type CellMark =
  'shared' | 'similar' | 'onlyA' | 'onlyB' | 'changed' | 'raised' | 'lowered' | 'error' | 'warning';

export interface Cell {
  /** The cell's lines (items of a list, or wrapped paragraphs); an empty list is an empty cell. */
  lines: string[];
  mark?: CellMark;
  /** A number behind the cell, for heatmaps and machine formats (e.g. a similarity score 0–1). */
  value?: number;
  /**
   * Terminal text: each line is cut at a word to the column's width, with an ellipsis, instead of wrapping (a
   * summary's one-line items). Other formats show the whole text.
   */
  clip?: boolean;
}

export interface Row {
  /** A row that labels the group below it (spans the table in HTML, a bold line in Markdown). */
  section?: boolean;
  cells: Cell[];
}

export interface Table {
  title?: string;
  /** A sentence or two under the title (e.g. the similarity formula or a legend). */
  caption?: string;
  /** Column headers; the first column usually names the row. */
  columns: string[];
  rows: Row[];
  /** Words for the marks, in the table's language, for the legend. */
  legend?: Partial<Record<CellMark, string>>;
  /** Terminal text: no rule between body rows (rows of a line or two, the first column naming each). */
  compact?: boolean;
}

/** A cell from text or lines. */
export function cell(lines: string | readonly string[], mark?: CellMark, value?: number, clip?: boolean): Cell {
  const c: Cell = { lines: typeof lines === 'string' ? (lines === '' ? [] : [lines]) : [...lines] };
  if (mark !== undefined) c.mark = mark;
  if (value !== undefined) c.value = value;
  if (clip === true) c.clip = true;
  return c;
}

export const TABLE_FORMATS = ['text', 'md', 'csv', 'json', 'html'] as const;
export type TableFormat = (typeof TABLE_FORMATS)[number];

/** Throws (a programmer error) for a row with more cells than the table has columns; shorter rows are padded. */
export function checkRows(table: Table): Table {
  table.rows.forEach((row, i) => {
    if (row.cells.length > table.columns.length) {
      throw new RangeError(`Row ${i} has ${row.cells.length} cells but the table has ${table.columns.length} columns.`);
    }
  });
  return table;
}
