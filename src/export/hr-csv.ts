import Papa from 'papaparse';
import { FORMULA } from '../render/csv.js';

interface ImportCsvOptions {
  /**
   * Write a UTF-8 byte-order mark. Odoo's importer detects and drops it (and Excel needs it to read Chinese);
   * Frappe releases that decode uploads as plain UTF-8 keep it as part of the first header, so Frappe files go without.
   */
  bom: boolean;
}

/**
 * Rows (the header first) as RFC 4180 CSV for an HR tool's importer: CRLF between records, a cell's own line breaks
 * kept as `\n` inside quotes, and a leading `'` on fields a spreadsheet would take for a formula.
 */
export function importCsv(rows: readonly (readonly string[])[], options: ImportCsvOptions): string {
  const body = Papa.unparse(
    rows.map((r) => [...r]),
    { newline: '\r\n', escapeFormulae: FORMULA },
  );
  return `${options.bom ? '\uFEFF' : ''}${body}\r\n`;
}

/** Length in Unicode code points, the way the targets' databases and validators count characters. */
export function codePoints(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}
