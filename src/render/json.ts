import type { Cell, CellMark, Table } from './table.js';
import { cellAt, legendEntries } from './text.js';

/** A cell in the JSON output: its lines, and also as one text for consumers that want a string. */
interface JsonCell {
  text: string;
  lines: string[];
  mark?: CellMark;
  value?: number;
}

/** The JSON document of a table. */
interface JsonTable {
  title?: string;
  caption?: string;
  columns: string[];
  rows: { section?: true; cells: JsonCell[] }[];
  legend?: Partial<Record<CellMark, string>>;
}

/** The table as pretty-printed JSON (2 spaces, trailing newline); short rows are padded, a non-finite value dropped. */
export function renderJson(table: Table): string {
  const legend = legendEntries(table);
  const doc: JsonTable = {
    title: table.title,
    caption: table.caption,
    columns: [...table.columns],
    rows: table.rows.map((r) => ({
      ...(r.section ? { section: true as const } : {}),
      cells: table.columns.map((_, i) => jsonCell(cellAt(r, i))),
    })),
    legend: legend.length > 0 ? Object.fromEntries(legend) : undefined,
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

function jsonCell(cell: Cell): JsonCell {
  const out: JsonCell = { text: cell.lines.join('\n'), lines: [...cell.lines] };
  if (cell.mark !== undefined) out.mark = cell.mark;
  if (cell.value !== undefined && Number.isFinite(cell.value)) out.value = cell.value;
  return out;
}
