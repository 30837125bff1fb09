// Tables as the classification sources ship them: tab-separated text (the O*NET text layout), CSV, or the first sheet
// of an XLSX workbook (the O*NET Excel layout, a CSCO table kept in Excel). Columns are found by their header, never by
// position, and every cell keeps its row and column so a diagnostic can point at it.
import { parseCsvRows } from '../text/csv.js';
import { readUtf8 } from '../text/decode.js';
import readExcelFile from 'read-excel-file/universal';
import { zipTooLarge } from '../text/zip.js';
import {
  fileDiagnostic,
  texts,
  type Bilingual,
  type Diagnostic,
  type DiagnosticCode,
  type Severity,
} from '../errors.js';

/** One file to read: its name as diagnostics show it, and its bytes (or text). */
export interface TableInput {
  file: string;
  data: string | Uint8Array;
}

/** A table as read: the header row and the data rows, each cell trimmed text ('' when empty). */
export interface SourceTable {
  file: string;
  /** The file name without directories and extension, used in cell addresses (`Skills!C5`). */
  name: string;
  header: string[];
  rows: string[][];
  /** The 1-based row (line) number of `rows[i]` in the file. */
  lines: number[];
}

/** A column the reader looks for: a key for the code, and the headers it may have (compared as `headerKey`). */
export interface ColumnSpec {
  readonly headers: readonly string[];
  readonly required: boolean;
}

/** Header text as compared: NFKC (full-width brackets become ASCII), lower case, without spaces. */
export function headerKey(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

/** The text of a table file; a file that is not UTF-8 text is FILE_ENCODING at its first offending byte. */
export function decodeText(input: TableInput, diagnostics: Diagnostic[]): string | undefined {
  if (typeof input.data === 'string') return input.data.replace(/^\uFEFF/, '');
  return readUtf8(input.file, input.data, diagnostics, 'csv');
}

function baseName(file: string): string {
  return (file.split(/[\\/]/).pop() ?? file).replace(/\.[^.]*$/, '');
}

/**
 * A tab-separated text file with a header row (the O*NET text layout: no quoting, one record per line). Blank lines
 * are skipped.
 */
export function readTsv(input: TableInput, diagnostics: Diagnostic[]): SourceTable | undefined {
  const text = decodeText(input, diagnostics);
  if (text === undefined) return undefined;
  const lines = text.split(/\r?\n/);
  const header = (lines[0] ?? '').split('\t').map((h) => h.trim());
  const rows: string[][] = [];
  const at: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') continue;
    rows.push(line.split('\t').map((c) => c.trim()));
    at.push(i + 1);
  }
  return { file: input.file, name: baseName(input.file), header, rows, lines: at };
}

/** A CSV file (comma, semicolon or tab, guessed) with a header row; quoted cells may hold line breaks. */
export function readCsvTable(input: TableInput, diagnostics: Diagnostic[]): SourceTable | undefined {
  const text = decodeText(input, diagnostics);
  if (text === undefined) return undefined;
  return fromRows(input.file, parseCsvRows(text, input.file, diagnostics));
}

/**
 * The sheets of an XLSX workbook, each as its rows of raw cell values; undefined, with one IMPORT_SYNTAX for the file,
 * when it is not a workbook, is damaged, or would unpack to too much (`zipTooLarge`). The one workbook reader of the
 * sheet importer and the classification tables.
 */
export async function readWorkbookSheets(
  input: TableInput,
  diagnostics: Diagnostic[],
): Promise<{ sheet: string; data: unknown[][] }[] | undefined> {
  const bytes = typeof input.data === 'string' ? new TextEncoder().encode(input.data) : input.data;
  try {
    const tooLarge = zipTooLarge(bytes);
    if (tooLarge !== undefined) throw new Error(tooLarge);
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    return await readExcelFile(buffer, { trim: false });
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    diagnostics.push(
      fileDiagnostic(
        input.file,
        'IMPORT_SYNTAX',
        {
          en: `The file cannot be read as an XLSX workbook (${reason}).`,
          zh: '无法将该文件读取为 XLSX 工作簿：它不是有效的 .xlsx 文件，或已损坏。',
        },
        {
          en: 'Save the file from Excel, WPS or LibreOffice as "Excel Workbook (.xlsx)"; .xls and .numbers files are not read.',
          zh: '请在 Excel、WPS 或 LibreOffice 中另存为“Excel 工作簿（.xlsx）”；不支持 .xls 和 .numbers 文件。',
        },
      ),
    );
    return undefined;
  }
}

/** The first sheet of an XLSX workbook with a header row. */
export async function readXlsxTable(input: TableInput, diagnostics: Diagnostic[]): Promise<SourceTable | undefined> {
  const sheets = await readWorkbookSheets(input, diagnostics);
  if (sheets === undefined) return undefined;
  return fromRows(
    input.file,
    (sheets[0]?.data ?? []).map((row) => row.map(cellText)),
  );
}

function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : JSON.stringify(v);
}

function fromRows(file: string, data: readonly (readonly string[])[]): SourceTable {
  const all = data.map((r) => r.map((c) => c.trim()));
  // The header is the first row that is not blank.
  let h = 0;
  while (h < all.length && all[h]!.every((c) => c === '')) h++;
  const header = all[h] ?? [];
  const rows: string[][] = [];
  const lines: number[] = [];
  for (let i = h + 1; i < all.length; i++) {
    if (all[i]!.every((c) => c === '')) continue;
    rows.push(all[i]!);
    lines.push(i + 1);
  }
  return { file, name: baseName(file), header, rows, lines };
}

/**
 * The index of each spec's column in `table` (-1 when absent), found by header. A required column that is missing is
 * an IMPORT_MISSING_COLUMN error; with `unknown`, a header no spec names is an IMPORT_UNKNOWN_COLUMN warning.
 */
export function mapColumns<K extends string>(
  table: SourceTable,
  specs: Readonly<Record<K, ColumnSpec>>,
  diagnostics: Diagnostic[],
  options: { unknown?: boolean } = {},
): Record<K, number> | undefined {
  const keys = table.header.map(headerKey);
  const index = {} as Record<K, number>;
  const used = new Set<number>();
  let complete = true;
  for (const key of Object.keys(specs) as K[]) {
    const spec = specs[key];
    const forms = spec.headers.map(headerKey);
    const at = keys.findIndex((h, i) => !used.has(i) && forms.includes(h));
    index[key] = at;
    if (at >= 0) used.add(at);
    else if (spec.required) {
      complete = false;
      diagnostics.push({
        code: 'IMPORT_MISSING_COLUMN',
        severity: 'error',
        file: table.file,
        path: `${table.name}!1`,
        line: 1,
        column: 1,
        ...texts(
          {
            en: `The table has no "${spec.headers[0]!}" column.`,
            zh: `该表没有“${spec.headers[0]!}”列。`,
          },
          {
            en: `Name a column in the header row ${spec.headers.map((x) => `"${x}"`).join(' or ')}.`,
            zh: `请在表头中将一列命名为 ${spec.headers.map((x) => `“${x}”`).join('或')}。`,
          },
        ),
      });
    }
  }
  if (options.unknown === true)
    table.header.forEach((h, i) => {
      if (used.has(i) || h === '') return;
      diagnostics.push(
        cellDiagnostic(
          table,
          -1,
          i,
          'IMPORT_UNKNOWN_COLUMN',
          {
            en: `The column "${h}" is not one the importer reads; it is ignored.`,
            zh: `导入程序不读取“${h}”列，已忽略。`,
          },
          undefined,
          'warning',
        ),
      );
    });
  return complete ? index : undefined;
}

/** `Skills!C5`: the table's name and the cell's address in A1 notation. */
function address(name: string, row: number, column: number): string {
  let col = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) col = String.fromCharCode(65 + ((n - 1) % 26)) + col;
  return `${name}!${col}${row}`;
}

/** A diagnostic at a cell: `row` indexes `table.rows` (-1 for the header row), `column` the header (0-based). */
export function cellDiagnostic(
  table: SourceTable,
  row: number,
  column: number,
  code: DiagnosticCode,
  message: Bilingual,
  hint?: Bilingual,
  severity: Severity = 'error',
): Diagnostic {
  const line = row < 0 ? 1 : (table.lines[row] ?? 1);
  const col = Math.max(column, 0) + 1;
  return {
    code,
    severity,
    file: table.file,
    path: address(table.name, line, col),
    line,
    column: col,
    ...texts(message, hint),
  };
}
