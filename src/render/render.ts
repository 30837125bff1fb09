import { renderCsv } from './csv.js';
import { renderHtml, type HtmlOptions } from './html.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import { checkRows, TABLE_FORMATS, type Table, type TableFormat } from './table.js';
import { renderText, type TextOptions } from './text.js';

/** Options for `renderTable`; each applies to the formats named. */
interface RenderOptions extends TextOptions, HtmlOptions {}

/**
 * Draws a neutral table in one format: `text` (terminal), `md`, `csv`, `json` or `html`. Throws (a programmer error)
 * for an unknown format or a row with more cells than the table has columns; a shorter row is padded with empty cells.
 */
export function renderTable(table: Table, format: TableFormat, options: RenderOptions = {}): string {
  checkRows(table);
  switch (format) {
    case 'text':
      return renderText(table, options);
    case 'md':
      return renderMarkdown(table);
    case 'csv':
      return renderCsv(table);
    case 'json':
      return renderJson(table);
    case 'html':
      return renderHtml(table, options);
    default:
      throw new RangeError(
        `Unknown table format ${JSON.stringify(format satisfies never)}; use one of ${TABLE_FORMATS.join(', ')}.`,
      );
  }
}
