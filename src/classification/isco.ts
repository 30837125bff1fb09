// The International Standard Classification of Occupations (ISCO-08) as the ILO publishes its structure: one table
// ("ISCO-08 EN Structure and definitions", XLSX) with a row per group of every level, its code, English title,
// definition, the tasks it includes and the occupations it includes. Read for its unit groups (4-digit codes), the
// level `classification.isco08` holds. Columns are found by header (ISCO_COLUMNS), from a CSV file or an XLSX workbook.
import { type Diagnostic } from '../errors.js';
import { cellDiagnostic, mapColumns, readCsvTable, readXlsxTable, type ColumnSpec, type TableInput } from './table.js';

/** The columns read, each with the headers it is known by (compared without spaces, case or full-width forms). */
export const ISCO_COLUMNS = {
  code: { headers: ['ISCO 08 Code', 'ISCO-08 Code', 'ISCO 08', 'isco08', 'code'], required: true },
  title: { headers: ['Title EN', 'Title', 'name'], required: true },
  definition: { headers: ['Definitions', 'Definition', 'description'], required: false },
  tasks: { headers: ['Tasks include', 'Tasks', 'tasks included'], required: false },
  included: { headers: ['Included occupations', 'Included', 'aliases'], required: false },
  // Read so that they are not reported as unknown; the code already says the level.
  level: { headers: ['Level'], required: false },
  excluded: { headers: ['Excluded occupations'], required: false },
  notes: { headers: ['Notes'], required: false },
} as const satisfies Record<string, ColumnSpec>;

/** One unit group of ISCO-08. */
export interface IscoOccupation {
  /** Four digits: `4222`. */
  code: string;
  title: string;
  definition: string;
  /** The tasks the group includes, one item each (the `(a)` lettering removed). */
  tasks: string[];
  /** The occupations the group includes. */
  titles: string[];
  at: { file: string; line: number };
}

/**
 * Reads an ISCO-08 structure table: a `.csv` (UTF-8) or `.xlsx` file, columns found by their header. Rows of the higher
 * levels (codes of 1 to 3 digits) are skipped; any other code that is not four digits is an INVALID_VALUE error at its
 * cell; an unknown column is a warning.
 */
export async function readIscoTable(
  input: TableInput,
): Promise<{ occupations: Map<string, IscoOccupation>; diagnostics: Diagnostic[] }> {
  const diagnostics: Diagnostic[] = [];
  const occupations = new Map<string, IscoOccupation>();
  const xlsx = /\.xlsx$/i.test(input.file);
  const table = xlsx ? await readXlsxTable(input, diagnostics) : readCsvTable(input, diagnostics);
  if (table === undefined) return { occupations, diagnostics };
  const at = mapColumns(table, ISCO_COLUMNS, diagnostics, { unknown: true });
  if (at === undefined) return { occupations, diagnostics };
  table.rows.forEach((row, r) => {
    // A spreadsheet may hold the code as a number: 0110 (armed forces) then reads 110, one digit short.
    const raw = (row[at.code] ?? '').normalize('NFKC').trim();
    if (/^\d{1,3}$/.test(raw)) return;
    if (!/^\d{4}$/.test(raw)) {
      diagnostics.push(
        cellDiagnostic(table, r, at.code, 'INVALID_VALUE', {
          en: `"${raw}" is not an ISCO-08 code (one to four digits, a unit group has four); the row is skipped.`,
          zh: `“${raw}”不是 ISCO-08 代码（1 至 4 位数字，细类为 4 位），已跳过该行。`,
        }),
      );
      return;
    }
    occupations.set(raw, {
      code: raw,
      title: row[at.title] ?? '',
      definition: at.definition >= 0 ? (row[at.definition] ?? '') : '',
      tasks: at.tasks >= 0 ? iscoTasks(row[at.tasks] ?? '') : [],
      titles: at.included >= 0 ? lines(row[at.included] ?? '') : [],
      at: { file: table.file, line: table.lines[r]! },
    });
  });
  return { occupations, diagnostics };
}

/** The items of a "Tasks include" text: lettered `(a)` items or lines; lettering and closing `;` `.` `and` removed. */
export function iscoTasks(text: string): string[] {
  return text
    .split(/\n|(?=\([a-z]\)\s)/)
    .map((p) =>
      p
        .replace(/^\s*\([a-z]\)\s*/, '')
        .replace(/[;.]?\s*(?:and|or)?\s*$/, '')
        .replace(/[;.,\s]+$/, '')
        .trim(),
    )
    .filter((p) => p !== '');
}

/** The occupations a group includes, one a line (a title may hold a comma: "Clerk, complaints"). */
function lines(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\n;]+/)
        .map((s) => s.trim())
        .filter((s) => s !== ''),
    ),
  ];
}

/** Whether `code` is an ISCO-08 unit group (four digits). */
export function isIscoCode(code: string): boolean {
  return /^\d{4}$/.test(code);
}
