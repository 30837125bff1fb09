import { displayWidth } from '../text/width.js';
import { hasErrors } from '../errors.js';
import {
  catalogSheets,
  droppedCharacterDiagnostics,
  headerRow,
  lineBreakDiagnostics,
  longCellDiagnostics,
  matrixLeftOut,
  sheetName,
  type Sheet,
} from './sheets.js';
import type { Exporter } from './types.js';
import { writeWorkbook, type Worksheet } from './spreadsheetml.js';

const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const MIN_WIDTH = 8;
const MAX_WIDTH = 60;

/**
 * The catalog as one workbook, `rolematrix.xlsx`: a sheet per dimension with bilingual headers (bold, frozen) and the
 * similarity matrix last (for up to 500 roles). Text stays text (no formulas); a cell over Excel's 32,767 characters is an EXPORT_TOO_LONG
 * error.
 */
export const exportXlsx: Exporter = (ctx) => {
  const sheets = catalogSheets(ctx.catalog, ctx.roles, ctx.lang, ctx.onProgress);
  const diagnostics = [
    ...longCellDiagnostics(ctx, sheets, 'error'),
    ...lineBreakDiagnostics(ctx),
    ...matrixLeftOut(ctx.roles, 'rolematrix.xlsx'),
    ...droppedCharacterDiagnostics(ctx),
  ];
  if (hasErrors(diagnostics)) return { files: [], diagnostics };
  const content = writeWorkbook(sheets.map(worksheet));
  return { files: [{ name: 'rolematrix.xlsx', content, mediaType: XLSX_MEDIA_TYPE }], diagnostics };
};

/**
 * A sheet as the workbook writer takes it: the bilingual header row first (bold on a fill, frozen with the first
 * column). No workbook font: cells take the reader's body font (Excel's default theme font).
 */
function worksheet(sheet: Sheet): Worksheet {
  const matrix = sheet.key === 'matrix';
  // A row is taller than a line only when a cell in it wraps: then its cells align at the top, so each reads from the
  // row's first line, and its long texts wrap. Other rows' cells need no style.
  const tall = sheet.rows.map((row) => row.some(wraps));
  return {
    name: sheetName(sheet.key),
    rows: [headerRow(sheet), ...sheet.rows],
    style: (r, c, value) => {
      if (r === 0) return 'header';
      if (matrix && c >= 2 && typeof value === 'number') return 'decimal2';
      if (!tall[r - 1]) return undefined;
      return wraps(value) ? 'wrapTop' : 'top';
    },
    widths: sheet.columns.map((_, c) => columnWidth(sheet, c)),
    frozen: { rows: 1, columns: 1 },
  };
}

/** Whether a cell's text wraps: it has several lines, or is longer than the widest column. */
function wraps(value: string | number | null): boolean {
  return typeof value === 'string' && (value.includes('\n') || value.length > MAX_WIDTH);
}

/** Width in characters: the widest line of the column (wide CJK characters count twice), within sensible bounds. */
function columnWidth(sheet: Sheet, c: number): number {
  let widest = 0;
  for (const line of headerRow(sheet)[c]?.split(' / ') ?? []) widest = Math.max(widest, displayWidth(line));
  // Lines are measured only while they could change the answer: a line of n code units is at most 2n wide, and once
  // the column is at its widest no line can widen it (a sheet of 3,000 roles has a million cells).
  for (const row of sheet.rows) {
    if (widest + 2 >= MAX_WIDTH) break;
    const v = row[c];
    if (v === null || v === undefined) continue;
    if (typeof v === 'number') widest = Math.max(widest, v.toFixed(2).length);
    else if (2 * v.length > widest)
      for (const line of v.split('\n')) if (2 * line.length > widest) widest = Math.max(widest, displayWidth(line));
  }
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widest + 2));
}
