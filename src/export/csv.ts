import Papa from 'papaparse';
import { FORMULA } from '../render/csv.js';
import {
  headerRow,
  catalogSheets,
  lineBreakDiagnostics,
  longCellDiagnostics,
  matrixLeftOut,
  type CellValue,
} from './sheets.js';
import type { Exporter } from './types.js';

/**
 * Fields a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR first) — and text that already starts with
 * `'` before such a field — get one leading `'`, so that `unescapeFormula` can take exactly that quote off again.
 * A plain signed number such as `-5` or `+12.5%` is left alone.
 */
function needsQuote(s: string): boolean {
  return FORMULA.test(s) || (s.startsWith("'") && needsQuote(s.slice(1)));
}

/** Guards a CSV field against formula injection; the inverse of `unescapeFormula`. */
export function escapeFormula(s: string): string {
  return needsQuote(s) ? `'${s}` : s;
}

/** Takes off the `'` that `escapeFormula` added, and only that one. */
export function unescapeFormula(s: string): string {
  return s.startsWith("'") && needsQuote(s.slice(1)) ? s.slice(1) : s;
}

/**
 * The catalog as one CSV file per sheet (`roles.csv`, `duties.csv`, …, `matrix.csv` for up to 500 roles): RFC 4180 with a UTF-8 BOM (so
 * Excel reads Chinese), CRLF line ends, the bilingual header row, and a cell's lines joined by `\n`.
 */
export const exportCsv: Exporter = (ctx) => {
  const sheets = catalogSheets(ctx.catalog, ctx.roles, ctx.lang, ctx.onProgress);
  const diagnostics = [
    ...longCellDiagnostics(ctx, sheets, 'warning'),
    ...lineBreakDiagnostics(ctx),
    ...matrixLeftOut(ctx.roles, 'matrix.csv'),
  ];
  const files = sheets.map((sheet) => {
    const records = [headerRow(sheet).map(escapeFormula), ...sheet.rows.map((row) => row.map(field))];
    return {
      name: `${sheet.key}.csv`,
      content: `\uFEFF${Papa.unparse(records, { newline: '\r\n' })}\r\n`,
      mediaType: 'text/csv; charset=utf-8',
    };
  });
  return { files, diagnostics };
};

function field(cell: CellValue): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell);
  return escapeFormula(cell);
}
