import { displayWidth } from '../text/width.js';
import writeExcelFile, { type Cell, type Sheet as WorkbookSheet } from 'write-excel-file/universal';
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

const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const MIN_WIDTH = 8;
const MAX_WIDTH = 60;

/**
 * The catalog as one workbook, `rolematrix.xlsx`: a sheet per dimension with bilingual headers (bold, frozen) and the
 * similarity matrix last (for up to 500 roles). Text stays text (no formulas); a cell over Excel's 32,767 characters is an EXPORT_TOO_LONG
 * error.
 */
export const exportXlsx: Exporter = async (ctx) => {
  const sheets = catalogSheets(ctx.catalog, ctx.roles, ctx.lang, ctx.onProgress);
  const diagnostics = [
    ...longCellDiagnostics(ctx, sheets, 'error'),
    ...lineBreakDiagnostics(ctx),
    ...matrixLeftOut(ctx.roles, 'rolematrix.xlsx'),
    ...droppedCharacterDiagnostics(ctx),
  ];
  if (hasErrors(diagnostics)) return { files: [], diagnostics };
  const content = await workbookWriter(sheets.map(worksheet));
  return { files: [{ name: 'rolematrix.xlsx', content, mediaType: XLSX_MEDIA_TYPE }], diagnostics };
};

/** Writes a workbook's sheets as the bytes of an xlsx file. */
export type WorkbookWriter = (sheets: WorkbookSheet<never>[]) => Promise<Uint8Array>;

/**
 * write-excel-file's universal build, which runs anywhere: its zip (fflate's async one) compresses each large sheet on
 * a worker of its own.
 */
const universalWriter: WorkbookWriter = async (sheets) =>
  new Uint8Array(await (await writeExcelFile(sheets).toBlob()).arrayBuffer());

let workbookWriter: WorkbookWriter = universalWriter;

/**
 * How every workbook is written from now on (the universal build when undefined): Node sets write-excel-file's Node
 * build, which makes the same files and zips them on this thread (src/node/xlsx.ts `useNodeWorkbookWriter`).
 */
export function setWorkbookWriter(writer: WorkbookWriter | undefined): void {
  workbookWriter = writer ?? universalWriter;
}

/**
 * A sheet as write-excel-file takes it. No workbook font: cells take the reader's body font (Excel's default theme
 * font). A workbook font would give every cell a style of its own, and write-excel-file works out each cell's style by
 * serializing it (a third of its time on 3,000 roles).
 */
function worksheet(sheet: Sheet): WorkbookSheet<never> {
  const matrix = sheet.key === 'matrix';
  const header: Cell[] = headerRow(sheet).map((value) => ({
    value,
    fontWeight: 'bold',
    wrap: true,
    alignVertical: 'top',
    backgroundColor: '#E8EEF7',
  }));
  const body = sheet.rows.map((row) => {
    // A row is taller than a line only when a cell in it wraps: then its cells align at the top, so each reads from
    // the row's first line. Other rows' cells need no style.
    const tall = row.some(wraps);
    return row.map((value, c): Cell => {
      if (value === null) return null;
      if (typeof value === 'number') {
        if (matrix && c >= 2) return { value, type: Number, format: '0.00' };
        return tall ? { value, type: Number, alignVertical: 'top' } : { value, type: Number };
      }
      return tall ? { value, type: String, wrap: wraps(value), alignVertical: 'top' } : { value, type: String };
    });
  });
  return {
    data: [header, ...body],
    sheet: sheetName(sheet.key),
    columns: sheet.columns.map((_, c) => ({ width: columnWidth(sheet, c) })),
    stickyRowsCount: 1,
    stickyColumnsCount: 1,
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
