// China's occupational classification, 2022 edition (《中华人民共和国职业分类大典（2022年版）》), as a table the user keeps:
// one row per occupation (细类) with its code (大类-中类-小类-细类, e.g. 4-07-02-03), name, definition, main tasks and
// the job titles it includes. The dictionary is published as a book, not as a data file, so columns are found by
// header, in Chinese or English (CSCO_COLUMNS), from a CSV file or the first sheet of an XLSX workbook.
import { type Diagnostic } from '../errors.js';
import { cellDiagnostic, mapColumns, readCsvTable, readXlsxTable, type ColumnSpec, type TableInput } from './table.js';

/** The columns read, each with the headers it is known by (compared without spaces, case or full-width forms). */
export const CSCO_COLUMNS = {
  code: { headers: ['职业编码', '职业代码', '编码', '代码', 'code', 'occupation code', 'cn2022'], required: true },
  name: { headers: ['职业名称', '名称', 'name', 'title', 'occupation'], required: true },
  definition: { headers: ['定义', '职业定义', 'definition', 'description'], required: false },
  tasks: { headers: ['主要工作任务', '工作任务', '主要任务', 'tasks', 'main tasks'], required: false },
  titles: {
    headers: [
      '本职业包含工种',
      '包含工种',
      '工种',
      '市场名称',
      '市场岗位名称',
      'market titles',
      'job titles',
      'aliases',
    ],
    required: false,
  },
  // Read so that they are not reported as unknown; the code already says which groups an occupation is in.
  groups: { headers: ['大类', '中类', '小类', 'major group', 'sub-major group', 'minor group'], required: false },
  marks: { headers: ['标识', '标注', 'marks'], required: false },
} as const satisfies Record<string, ColumnSpec>;

/** One occupation (细类) of the 2022 classification. */
export interface CscoOccupation {
  /** `4-07-02-03`: 大类-中类-小类-细类. */
  code: string;
  name: string;
  definition: string;
  /** 主要工作任务, one item each (the numbering removed). */
  tasks: string[];
  /** The job titles (工种) the occupation includes, and market titles. */
  titles: string[];
  at: { file: string; line: number };
}

const CODE = /^(\d-\d{2}-\d{2}-\d{2})(?:\s*[(（]?\s*[LS](?:\s*[/、,，]?\s*[LS])?\s*[)）]?)?$/;

/**
 * Reads a table of the 2022 classification: a `.csv` (UTF-8) or `.xlsx` file, columns found by their header. A row
 * whose code is not of the form 4-07-02-03 (a trailing green or digital mark, L or S, is allowed) is an INVALID_VALUE
 * error at that cell; an unknown column is a warning.
 */
export async function readCscoTable(
  input: TableInput,
  options: { occupations?: ReadonlySet<string> } = {},
): Promise<{ occupations: Map<string, CscoOccupation>; diagnostics: Diagnostic[] }> {
  const diagnostics: Diagnostic[] = [];
  const occupations = new Map<string, CscoOccupation>();
  const xlsx = /\.xlsx$/i.test(input.file);
  const table = xlsx ? await readXlsxTable(input, diagnostics) : readCsvTable(input, diagnostics);
  if (table === undefined) return { occupations, diagnostics };
  const at = mapColumns(table, CSCO_COLUMNS, diagnostics, { unknown: true });
  if (at === undefined) return { occupations, diagnostics };
  table.rows.forEach((row, r) => {
    const raw = (row[at.code] ?? '').normalize('NFKC').trim();
    const m = CODE.exec(raw);
    if (m === null) {
      // Rows of the higher groups (大类 1, 中类 4-07, 小类 4-07-02) are not occupations: skipped without a word.
      if (/^\d(?:-\d{2}){0,2}$/.test(raw)) return;
      diagnostics.push(
        cellDiagnostic(table, r, at.code, 'INVALID_VALUE', {
          en: `"${raw}" is not an occupation code of the 2022 classification (like 4-07-02-03); the row is skipped.`,
          zh: `“${raw}”不是 2022 年版职业分类的职业编码（形如 4-07-02-03），已跳过该行。`,
        }),
      );
      return;
    }
    const code = m[1]!;
    if (options.occupations !== undefined && !options.occupations.has(code)) return;
    occupations.set(code, {
      code,
      name: row[at.name] ?? '',
      definition: at.definition >= 0 ? (row[at.definition] ?? '') : '',
      tasks: at.tasks >= 0 ? taskItems(row[at.tasks] ?? '') : [],
      titles: at.titles >= 0 ? titleList(row[at.titles] ?? '') : [],
      at: { file: table.file, line: table.lines[r]! },
    });
  });
  return { occupations, diagnostics };
}

/**
 * The items of a 主要工作任务 text: numbered `1.` `2、` `（3）` items, else one per line or per `；`. Numbering and
 * the closing `；` or `。` are removed.
 */
export function taskItems(text: string): string[] {
  const t = text.trim();
  if (t === '') return [];
  const marker = /(?:^|(?<=[;；。\n\s]))(?:\d{1,2}\s*[.．、)）]|[(（]\d{1,2}[)）])\s*/g;
  const starts = [...t.matchAll(marker)].map((m) => ({ at: m.index, len: m[0].length }));
  const parts =
    starts.length >= 2 || (starts.length === 1 && starts[0]!.at === 0)
      ? starts.map((s, i) => t.slice(s.at + s.len, starts[i + 1]?.at ?? t.length))
      : t.split(/[\n;；]+/);
  return parts.map((p) => p.trim().replace(/[;；。,，\s]+$/u, '')).filter((p) => p !== '');
}

/** Job titles listed with `、` `，` `;` `/` or line breaks between them. */
export function titleList(text: string): string[] {
  const seen = new Set<string>();
  for (const p of text.split(/[、,，;；/／\n]+/)) {
    const s = p.trim();
    if (s !== '') seen.add(s);
  }
  return [...seen];
}

/** Whether `code` has the form of an occupation code of the 2022 classification (4-07-02-03). */
export function isCscoCode(code: string): boolean {
  return /^\d-\d{2}-\d{2}-\d{2}$/.test(code);
}
