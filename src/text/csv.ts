import Papa from 'papaparse';
import { texts, type Diagnostic } from '../errors.js';

/**
 * The rows of a CSV text, every problem an IMPORT_SYNTAX error at its row. Excel in some locales saves CSV with
 * semicolons or tabs, so the delimiter is guessed among `,` `;` and tab (a file of one column has none to find: comma
 * then). A missing or extra field is no problem (short rows read as empty cells), nor a delimiter there was no need
 * for. The one CSV reader of the importers and the classification tables.
 */
export function parseCsvRows(text: string, file: string, diagnostics: Diagnostic[]): string[][] {
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false, delimitersToGuess: [',', ';', '\t'] });
  for (const e of parsed.errors) {
    if (e.type === 'FieldMismatch' || e.type === 'Delimiter') continue;
    const row = (e.row ?? 0) + 1;
    diagnostics.push({
      code: 'IMPORT_SYNTAX',
      severity: 'error',
      file,
      path: '',
      line: row,
      column: 1,
      ...texts(
        {
          en: `Row ${row} is not well-formed CSV (${e.message}).`,
          zh: `第 ${row} 行不是格式正确的 CSV（${e.message}）。`,
        },
        {
          en: 'Check the quotes in that row: a quoted field must end with a quote.',
          zh: '请检查该行的引号：用引号括起的字段必须以引号结束。',
        },
      ),
    });
  }
  return parsed.data;
}
