import { readWorkbookSheets } from '../classification/table.js';
import { parseDocument, LineCounter } from 'yaml';
import {
  fileDiagnostic,
  formatPath,
  sortDiagnostics,
  texts,
  type Bilingual,
  type Diagnostic,
  type DiagnosticCode,
  type PathSegment,
  type Severity,
} from '../errors.js';
import { unescapeFormula } from '../export/csv.js';
import { SHEET_LABELS, bilingualHeader, sheetName, type SheetKey } from '../export/sheet-labels.js';
import {
  ROLE_COLUMN,
  SHEET_SPECS,
  VOCABULARY_COLUMN,
  sheetColumns,
  type SheetColumn,
  type SheetField,
  type SheetSpec,
} from '../export/sheets.js';
import { suggestion } from '../load/suggest.js';
import { validateDocument } from '../load/validate.js';
import {
  BUILTIN_ALLOWED,
  importLists,
  listValueProblems,
  type AllowedLists,
} from '../catalog/rules/architecture-values.js';
import type { Catalog } from '../catalog/catalog.js';
import type { CatalogSettings, Vocabulary } from '../model/vocabulary.js';
import { API_VERSION } from '../model/role.js';
import type { LocalizedText } from '../model/text.js';
import { deepEqual } from './delta.js';
import { LIST_KEYS } from './yaml.js';
import { decodeUtf8, partsDiffer } from './json.js';
import type { ImportedDocument, ImportInput, ImportResult } from './types.js';
import { parseCsvRows } from '../text/csv.js';
import { scalarString } from '../text/scalar.js';

/** A cell as read: text, a number, or empty (booleans and dates are turned into text). */
type Raw = string | number | null;

/** One sheet as read from a workbook or a CSV file. */
interface RawSheet {
  file: string;
  /** The worksheet name, or the CSV file name without directories. */
  name: string;
  rows: Raw[][];
}

/** Where a value came from: a cell of a sheet. */
interface Cell {
  file: string;
  sheet: string;
  row: number;
  column: number;
}

/** A recognised sheet: its spec, and for each of its columns the index in the rows (or -1). */
interface Table {
  raw: RawSheet;
  spec: SheetSpec;
  /** Key used in cell addresses (`duties!C5`). */
  key: SheetKey;
  columns: SheetColumn[];
  index: Map<string, number>;
  /** Required fields the sheet has no column for. */
  missing: Set<string>;
  /** False when the id (or role) column is missing: the rows cannot be told apart and are not read. */
  usable: boolean;
}

/**
 * Reads spreadsheets written by `rolematrix export xlsx|csv` (and edited by people) back into role documents. An XLSX
 * workbook is read sheet by sheet; with CSV each file is one sheet, recognised by its name or its header row. Headers
 * may be the bilingual header, its Chinese or English half, or the column key. Every problem is reported, located at
 * the sheet's row and column (path `duties!C5`); each role is checked against the model. The matrix sheet is ignored.
 */
export async function readSheets(
  inputs: readonly ImportInput[],
  from: 'csv' | 'xlsx',
  catalog?: Catalog,
): Promise<ImportResult> {
  const diagnostics: Diagnostic[] = [];
  const raws: RawSheet[] = [];
  for (const input of inputs) {
    if (from === 'xlsx') for (const x of await readWorkbook(input, diagnostics)) raws.push(x);
    else {
      const sheet = readCsv(input, diagnostics);
      if (sheet !== undefined) raws.push(sheet);
    }
  }
  const tables: Table[] = [];
  for (const raw of raws) {
    const table = recognise(raw, from, diagnostics);
    if (table !== undefined) tables.push(table);
  }
  // Files that could not be read at all are reported already; sheets that were read need a roles sheet among them.
  const documents = raws.length > 0 ? assemble(tables, raws, from, diagnostics, catalog) : [];
  return { documents, diagnostics: sortDiagnostics(diagnostics) };
}

// ---------------------------------------------------------------------------------------------------------------------
// Reading files

async function readWorkbook(input: ImportInput, diagnostics: Diagnostic[]): Promise<RawSheet[]> {
  const sheets = await readWorkbookSheets(input, diagnostics);
  return (sheets ?? []).map((s) => ({ file: input.file, name: s.sheet, rows: s.data.map((row) => row.map(rawCell)) }));
}

function rawCell(v: unknown): Raw {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string') return v;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return scalarString(v);
}

function readCsv(input: ImportInput, diagnostics: Diagnostic[]): RawSheet | undefined {
  const text = decodeUtf8(input, diagnostics, 'csv');
  if (text === undefined) return undefined;
  const data = parseCsvRows(text, input.file, diagnostics);
  const rows = data.map((r) => r.map((c): Raw => (c === '' ? null : unescapeFormula(c))));
  // Papa reads the CRLF after the last record as one more, empty row.
  while (rows.length > 0 && rows[rows.length - 1]!.every((c) => c === null)) rows.pop();
  return { file: input.file, name: baseName(input.file), rows };
}

function baseName(file: string): string {
  return (file.split(/[\\/]/).pop() ?? file).replace(/\.[^.]*$/, '');
}

// ---------------------------------------------------------------------------------------------------------------------
// Recognising sheets and columns

/** Header text as compared: NFKC (full-width brackets become ASCII), lower case, without spaces. */
function norm(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

function sheetNames(key: SheetKey): string[] {
  const l = SHEET_LABELS[key];
  return [key, l.zh, l.en, sheetName(key)];
}

function headerForms(c: SheetColumn): string[] {
  return [c.key, c.header.zh, c.header.en, bilingualHeader(c.header)];
}

const SPECS = new Map(SHEET_SPECS.map((s) => [s.key as SheetKey, s]));

/** The column a sheet's rows cannot be read without: the one that says which document a row belongs to. */
function structuralColumn(spec: SheetSpec): string {
  if (spec.key === 'roles') return 'id';
  if (spec.owner === 'vocabulary') return VOCABULARY_COLUMN;
  if (spec.owner === 'none') return 'kind';
  return ROLE_COLUMN;
}

function recognise(raw: RawSheet, from: 'csv' | 'xlsx', diagnostics: Diagnostic[]): Table | undefined {
  const header = raw.rows[0] ?? [];
  const byName = (Object.keys(SHEET_LABELS) as SheetKey[]).find((k) =>
    sheetNames(k).some((n) => norm(n) === norm(raw.name)),
  );
  let key: SheetKey | undefined = byName;
  if (key === undefined && from === 'csv') {
    // A CSV file renamed by hand: take the sheet whose columns its header row matches best.
    let best = 0;
    for (const spec of SHEET_SPECS) {
      const forms = new Set(sheetColumns(spec).flatMap((c) => headerForms(c).map(norm)));
      const hits = header.filter((h) => h !== null && forms.has(norm(String(h)))).length;
      if (hits > best) {
        best = hits;
        key = spec.key;
      }
    }
  }
  if (key === 'matrix') return undefined;
  const spec = key === undefined ? undefined : SPECS.get(key);
  if (key === undefined || spec === undefined) {
    const known = (Object.keys(SHEET_LABELS) as SheetKey[]).map(sheetName);
    diagnostics.push(
      fileDiagnostic(
        raw.file,
        'IMPORT_UNKNOWN_COLUMN',
        from === 'xlsx'
          ? {
              en: `The sheet "${raw.name}" is not one rolematrix writes; it is ignored.`,
              zh: `工作表“${raw.name}”不是 rolematrix 生成的工作表，已忽略。`,
            }
          : {
              en: 'Neither the file name nor the header row says which sheet this file is; it is ignored.',
              zh: '无法从文件名或表头判断该文件对应哪张工作表，已忽略。',
            },
        suggestion(raw.name, known) ?? {
          en: `Known sheets: ${known.join(', ')}.`,
          zh: `可识别的工作表：${known.join('、')}。`,
        },
        from === 'xlsx' ? 'warning' : 'error',
      ),
    );
    return undefined;
  }
  const columns = sheetColumns(spec);
  const lookup = new Map<string, SheetColumn>();
  for (const c of columns) for (const form of headerForms(c)) lookup.set(norm(form), c);
  const index = new Map<string, number>();
  header.forEach((h, i) => {
    if (h === null || String(h).trim() === '') return;
    const text = String(h).trim();
    const column = lookup.get(norm(text));
    const at = { file: raw.file, sheet: key, row: 1, column: i + 1 };
    if (column === undefined) {
      const candidates = columns.flatMap((c) => [c.header.en, c.header.zh, c.key]);
      diagnostics.push(
        cellDiag(
          at,
          'IMPORT_UNKNOWN_COLUMN',
          {
            en: `The column "${text}" is not one the ${SHEET_LABELS[key].en} sheet has; it is ignored.`,
            zh: `“${SHEET_LABELS[key].zh}”工作表没有“${text}”这一列，已忽略。`,
          },
          suggestion(text, candidates),
          'warning',
        ),
      );
      return;
    }
    if (index.has(column.key)) {
      diagnostics.push(
        cellDiag(
          at,
          'IMPORT_UNKNOWN_COLUMN',
          {
            en: `The column "${text}" appears twice; only the first is read.`,
            zh: `“${text}”列出现了两次，只读取第一列。`,
          },
          undefined,
          'warning',
        ),
      );
      return;
    }
    index.set(column.key, i);
  });
  const missing = new Set<string>();
  const structural = structuralColumn(spec);
  for (const c of columns) {
    const required = c.key === structural || c.field?.required === true;
    if (!required || index.has(c.key)) continue;
    // A bilingual field needs only one of its two columns.
    if (c.field !== undefined && c.lang !== undefined && columns.some((o) => o.field === c.field && index.has(o.key)))
      continue;
    const fieldKey = c.field?.key ?? c.key;
    if (missing.has(fieldKey)) continue;
    missing.add(fieldKey);
    const header = bilingualHeader(c.header);
    diagnostics.push(
      cellDiag(
        { file: raw.file, sheet: key, row: 1, column: 1 },
        'IMPORT_MISSING_COLUMN',
        {
          en: `The ${SHEET_LABELS[key].en} sheet has no column "${header}", which the model requires.`,
          zh: `“${SHEET_LABELS[key].zh}”工作表缺少必需的“${header}”列。`,
        },
        {
          en: `Add the column with the header "${header}" (or "${c.key}").`,
          zh: `请加上表头为“${header}”（或“${c.key}”）的列。`,
        },
      ),
    );
  }
  return { raw, spec, key, columns, index, missing, usable: index.has(structural) };
}

// ---------------------------------------------------------------------------------------------------------------------
// Rebuilding roles

interface Builder {
  id: string;
  value: Record<string, unknown>;
  /** Formatted model path → the cell it came from. */
  cells: Map<string, Cell>;
  /** Formatted paths of required keys whose column is missing (already reported once per sheet). */
  suppressed: Set<string>;
  /** Keys of the single-row sheets already seen for this role. */
  seen: Set<string>;
}

function assemble(
  tables: Table[],
  raws: readonly RawSheet[],
  from: 'csv' | 'xlsx',
  diagnostics: Diagnostic[],
  catalog: Catalog | undefined,
): ImportedDocument[] {
  // The workbook's own settings and vocabularies, first: with them, the roles' levels and lists are the workbook's.
  const others = [
    ...catalogDocuments(
      tables.filter((t) => t.key === 'documents' && t.usable),
      diagnostics,
    ),
    ...vocabularies(
      tables.filter((t) => t.key === 'vocabularies' && t.usable),
      diagnostics,
    ),
  ];
  const lists = importLists(
    catalog,
    others.find((d) => d.kind === 'Catalog')?.value as CatalogSettings | undefined,
    others.filter((d) => d.kind === 'Vocabulary').map((d) => d.value as unknown as Vocabulary),
  );
  const roleTables = tables.filter((t) => t.key === 'roles' && t.usable);
  // A roles sheet without its id column is reported already; with no roles sheet at all the import has nothing to build
  // on.
  if (!tables.some((t) => t.key === 'roles')) {
    diagnostics.push(
      fileDiagnostic(
        raws[0]!.file,
        'IMPORT_SYNTAX',
        { en: 'There is no roles sheet, so no role can be rebuilt.', zh: '没有“岗位”工作表，无法重建任何岗位。' },
        from === 'xlsx'
          ? {
              en: `Keep the sheet "${sheetName('roles')}" in the workbook.`,
              zh: `请在工作簿中保留“${sheetName('roles')}”工作表。`,
            }
          : {
              en: 'Import roles.csv together with the other CSV files.',
              zh: '请把 roles.csv 与其他 CSV 文件一起导入。',
            },
      ),
    );
  }
  if (roleTables.length === 0) return [];
  if (roleTables.every((t) => t.raw.rows.slice(1).every(blankRow))) {
    const first = roleTables[0]!;
    diagnostics.push(
      cellDiag(
        { file: first.raw.file, sheet: 'roles', row: 1, column: 1 },
        'IMPORT_SYNTAX',
        {
          en: 'The roles sheet has a header but no role rows: the file holds no documents.',
          zh: '“岗位”工作表只有表头，没有岗位行：该文件中没有任何文档。',
        },
        {
          en: 'Import the sheets `rolematrix export csv|xlsx` writes, with one row per role.',
          zh: '请导入 rolematrix export csv|xlsx 生成的工作表，每个岗位一行。',
        },
      ),
    );
    return [];
  }
  const roles = new Map<string, Builder>();
  for (const table of roleTables) {
    forEachRow(table, (row, r) => {
      const idAt = table.index.get('id')!;
      const id = textOf(row[idAt]);
      const at = cellAt(table, r, idAt);
      if (id === undefined) {
        diagnostics.push(
          cellDiag(
            at,
            'MISSING_KEY',
            { en: 'The row has no role id.', zh: '该行没有岗位编号。' },
            {
              en: 'Give every role an id, e.g. "customer-service-manager".',
              zh: '请为每个岗位填写编号，例如 "customer-service-manager"。',
            },
          ),
        );
        return;
      }
      if (roles.has(id)) {
        diagnostics.push(
          cellDiag(at, 'DUPLICATE_ID', {
            en: `The role "${id}" is on the roles sheet twice; this row is ignored.`,
            zh: `岗位“${id}”在岗位表中出现了两次，已忽略此行。`,
          }),
        );
        return;
      }
      const b: Builder = {
        id,
        value: { apiVersion: API_VERSION, kind: 'Role' },
        cells: new Map([['', at]]),
        suppressed: new Set(),
        seen: new Set(),
      };
      roles.set(id, b);
      fillItem(b, table, row, r, b.value, []);
    });
  }
  for (const table of tables) {
    if (table.key === 'roles' || table.spec.owner !== 'role' || !table.usable) continue;
    const roleAt = table.index.get(ROLE_COLUMN)!;
    forEachRow(table, (row, r) => {
      const at = cellAt(table, r, roleAt);
      const id = textOf(row[roleAt]);
      const b = id === undefined ? undefined : roles.get(id);
      if (b === undefined) {
        diagnostics.push(
          cellDiag(
            at,
            'IMPORT_ORPHAN_ROW',
            id === undefined
              ? { en: 'The row names no role; it is ignored.', zh: '该行没有填写岗位编号，已忽略。' }
              : {
                  en: `The row belongs to the role "${id}", which no row of the roles sheet defines; it is ignored.`,
                  zh: `该行属于岗位“${id}”，但岗位表中没有该岗位，已忽略。`,
                },
            (id === undefined ? undefined : suggestion(id, roles.keys())) ?? {
              en: `Use an id from the Id column of the sheet "${sheetName('roles')}".`,
              zh: `请使用“${sheetName('roles')}”工作表“编号”列中的岗位编号。`,
            },
          ),
        );
        return;
      }
      const spec = table.spec;
      if (spec.single) {
        if (b.seen.has(spec.key)) {
          diagnostics.push(
            cellDiag(at, 'DUPLICATE_ID', {
              en: `The role "${b.id}" has a second row on this sheet; only the first is read.`,
              zh: `岗位“${b.id}”在此表中有第二行，只读取第一行。`,
            }),
          );
          return;
        }
        b.seen.add(spec.key);
        const item: Record<string, unknown> = {};
        setAt(b.value, spec.at, item);
        b.cells.set(formatPath(spec.at), at);
        fillItem(b, table, row, r, item, spec.at);
        return;
      }
      // A row with nothing but the role id adds no item.
      if (row.every((c, i) => i === roleAt || textOf(c) === undefined)) return;
      const list = ensureList(b.value, spec.at);
      const path = [...spec.at, list.length];
      b.cells.set(formatPath(path), at);
      const holder: Record<string, unknown> = {};
      fillItem(b, table, row, r, holder, path);
      // Bare items (a focus text, a trait id) are the value of their one field; the holder keeps it under ''.
      list.push(spec.fields.length === 1 && spec.fields[0]!.path.length === 0 ? holder[''] : holder);
    });
  }
  if (catalog !== undefined) keepNotProvided(roles, tables, raws[0]!.file, from, catalog, diagnostics);
  const documents: ImportedDocument[] = [...others];
  for (const b of roles.values()) {
    const value = validate(b, diagnostics, lists);
    if (value !== undefined) documents.push({ kind: 'Role', id: b.id, file: `${b.id}.yaml`, value });
  }
  return documents;
}

/**
 * A sheet or column the import does not have says nothing about its values: a role already in the catalog imported
 * into keeps them (a missing duties sheet must not delete every duty). Said once per sheet or column, as information,
 * when a value was kept. List items on a sheet that lacks a column take that field from the item with the same key
 * (duty id, KPI ref…); a text with one language column missing keeps its other language.
 */
function keepNotProvided(
  roles: ReadonlyMap<string, Builder>,
  tables: readonly Table[],
  firstFile: string,
  from: 'csv' | 'xlsx',
  catalog: Catalog,
  diagnostics: Diagnostic[],
): void {
  for (const spec of SHEET_SPECS) {
    if (spec.owner !== 'role') continue;
    const table = tables.find((t) => t.key === spec.key && t.usable);
    const has = (c: SheetColumn) => table !== undefined && table.index.has(c.key);
    const columns = sheetColumns(spec);
    const absent = columns.filter((c) => c.field !== undefined && !has(c));
    if (absent.length === 0) continue;
    const whole =
      table === undefined ||
      (spec.key !== 'roles' && spec.fields.every((fl) => !columns.some((c) => c.field === fl && has(c))));
    const keyOf = LIST_KEYS[spec.at[spec.at.length - 1] ?? ''];
    let kept = false;
    for (const b of roles.values()) {
      const old = catalog.find(b.id) as unknown as Record<string, unknown> | undefined;
      if (old === undefined) continue;
      const before = valueAt(old, spec.at);
      if (whole) {
        if (before !== undefined && valueAt(b.value, spec.at) === undefined) {
          setAt(b.value, spec.at, structuredClone(before));
          kept = true;
        }
        continue;
      }
      // Pairs of (new item, the existing item it updates).
      const now = valueAt(b.value, spec.at);
      const pairs: [Record<string, unknown>, unknown][] = spec.single
        ? now !== undefined && before !== undefined
          ? [[now as Record<string, unknown>, before]]
          : []
        : Array.isArray(now) && Array.isArray(before) && keyOf !== undefined
          ? (now as Record<string, unknown>[]).map((item) => [item, before.find((o) => keyOf(o) === keyOf(item))])
          : [];
      for (const [item, prev] of pairs) {
        if (prev === undefined) continue;
        for (const field of spec.fields) {
          const cols = columns.filter((c) => c.field === field);
          if (cols.every(has)) continue;
          const was = valueAt(prev, field.path);
          if (was === undefined) continue;
          const is = valueAt(item, field.path);
          const value = cols.some(has)
            ? otherLanguage(field, is, was, cols.find(has)!.lang)
            : is === undefined
              ? was
              : is;
          if (value !== is) {
            setAt(item, field.path, structuredClone(value));
            kept = true;
          }
        }
      }
    }
    if (!kept) continue;
    const names = whole ? [] : absent.map((c) => bilingualHeader(c.header));
    diagnostics.push(
      fileDiagnostic(
        table?.raw.file ?? firstFile,
        'IMPORT_NOT_PROVIDED',
        whole
          ? {
              en: `The import has no ${SHEET_LABELS[spec.key].en} sheet${from === 'csv' ? ` (${spec.key}.csv)` : ''}, so it says nothing about those values: the roles already in the catalog keep theirs.`,
              zh: `导入内容中没有“${SHEET_LABELS[spec.key].zh}”工作表${from === 'csv' ? `（${spec.key}.csv）` : ''}，因此不涉及这些内容：目录中已有的岗位保留原值。`,
            }
          : {
              en: `The ${SHEET_LABELS[spec.key].en} sheet has no column ${names.map((n) => `"${n}"`).join(', ')}, so it says nothing about those values: the roles already in the catalog keep theirs.`,
              zh: `“${SHEET_LABELS[spec.key].zh}”工作表没有 ${names.map((n) => `“${n}”`).join('、')} 列，因此不涉及这些内容：目录中已有的岗位保留原值。`,
            },
        {
          en: 'To change or remove those values, import the sheet with the column (empty cells remove a value).',
          zh: '如需修改或删除这些内容，请导入带有该列的工作表（留空的单元格会删除该值）。',
        },
        'info',
      ),
    );
  }
}

/** A text field with one language column: the new text in that language, the existing one in the other. */
function otherLanguage(field: SheetField, is: unknown, was: unknown, lang: 'zh' | 'en' | undefined): unknown {
  if (field.kind !== 'text' || lang === undefined) return is;
  const other = lang === 'zh' ? 'en' : 'zh';
  const pick = (t: unknown, l: 'zh' | 'en') =>
    typeof t === 'string'
      ? t
      : t !== null && typeof t === 'object'
        ? (t as Record<string, string | undefined>)[l]
        : undefined;
  const given = pick(is, lang);
  const kept = pick(was, other);
  return lang === 'zh' ? localized(given, kept) : localized(kept, given);
}

function valueAt(root: unknown, path: readonly string[]): unknown {
  let cur = root;
  for (const seg of path)
    cur = cur !== null && typeof cur === 'object' ? (cur as Record<string, unknown>)[seg] : undefined;
  return cur;
}

/** The vocabularies of the Vocabularies sheet: one document per kind, its entries in row order. */
function vocabularies(tables: readonly Table[], diagnostics: Diagnostic[]): ImportedDocument[] {
  const byKind = new Map<string, Builder>();
  const ids = new Map<string, { cell: Cell; entry: Record<string, unknown> }>();
  for (const table of tables) {
    const kindAt = table.index.get(VOCABULARY_COLUMN)!;
    forEachRow(table, (row, r) => {
      const at = cellAt(table, r, kindAt);
      const kind = textOf(row[kindAt]);
      if (kind === undefined) {
        diagnostics.push(
          cellDiag(
            at,
            'MISSING_KEY',
            { en: 'The row names no vocabulary.', zh: '该行没有填写词汇表。' },
            {
              en: 'Write the vocabulary the entry belongs to, e.g. "skills".',
              zh: '请填写条目所属的词汇表，例如 "skills"。',
            },
          ),
        );
        return;
      }
      let b = byKind.get(kind);
      if (b === undefined) {
        b = {
          id: kind,
          value: { apiVersion: API_VERSION, kind: 'Vocabulary', vocabulary: kind, entries: [] },
          cells: new Map([
            ['', at],
            ['vocabulary', at],
          ]),
          suppressed: new Set(),
          seen: new Set(),
        };
        byKind.set(kind, b);
      }
      const idAt = table.index.get('id');
      const id = idAt === undefined ? undefined : textOf(row[idAt]);
      const holder: Record<string, unknown> = {};
      if (idAt !== undefined && id !== undefined) {
        const first = ids.get(`${kind}:${id}`);
        if (first !== undefined) {
          // The parts of an export made in groups each carry the vocabularies: the same entry again is merged.
          const again: Record<string, unknown> = {};
          fillItem({ ...b, cells: new Map(), suppressed: new Set() }, table, row, r, again, []);
          if (first.cell.file !== table.raw.file && deepEqual(first.entry, again)) return;
          diagnostics.push(
            cellDiag(
              cellAt(table, r, idAt),
              'DUPLICATE_ID',
              first.cell.file === table.raw.file
                ? {
                    en: `The ${kind} entry "${id}" is on the sheet twice (first at row ${first.cell.row}); this row is ignored.`,
                    zh: `词汇表 ${kind} 的条目“${id}”出现了两次（第一次在第 ${first.cell.row} 行），已忽略此行。`,
                  }
                : {
                    en: `The ${kind} entry "${id}" differs from the one in ${first.cell.file} (row ${first.cell.row}), another file of this import; this row is ignored.`,
                    zh: `词汇表 ${kind} 的条目“${id}”与本次导入的另一个文件 ${first.cell.file}（第 ${first.cell.row} 行）中的不同，已忽略此行。`,
                  },
              first.cell.file === table.raw.file ? undefined : partsDiffer(first.cell.file),
            ),
          );
          return;
        }
        ids.set(`${kind}:${id}`, { cell: cellAt(table, r, idAt), entry: holder });
      }
      const list = ensureList(b.value, ['entries']);
      const path = ['entries', list.length];
      b.cells.set(formatPath(path), at);
      fillItem(b, table, row, r, holder, path);
      list.push(holder);
    });
  }
  const out: ImportedDocument[] = [];
  for (const b of byKind.values()) {
    const value = validate(b, diagnostics, BUILTIN_ALLOWED);
    if (value !== undefined) out.push({ kind: 'Vocabulary', id: b.id, file: `vocabulary/${b.id}.yaml`, value });
  }
  return out;
}

/** The kinds of document the Catalog documents sheet carries, and the file each is written to. */
const DOCUMENT_FILES = {
  Catalog: () => 'catalog.yaml',
  ResponsibilityMatrix: (id: string) => `matrices/${id}.yaml`,
} as const;

/**
 * The catalog settings and responsibility matrices of the Catalog documents sheet: each row's YAML cell is read and
 * checked like a file of its own; a problem inside it is reported at the cell, with its line in the cell.
 */
function catalogDocuments(tables: readonly Table[], diagnostics: Diagnostic[]): ImportedDocument[] {
  const out: ImportedDocument[] = [];
  const seen = new Map<string, { cell: Cell; value: unknown }>();
  for (const table of tables) {
    const kindAt = table.index.get('kind')!;
    const idAt = table.index.get('id');
    const yamlAt = table.index.get('yaml');
    if (yamlAt === undefined) continue; // reported as a missing column already
    forEachRow(table, (row, r) => {
      const kindCell = cellAt(table, r, kindAt);
      const kind = textOf(row[kindAt]);
      if (kind !== 'Catalog' && kind !== 'ResponsibilityMatrix') {
        diagnostics.push(
          cellDiag(
            kindCell,
            kind === undefined ? 'MISSING_KEY' : 'INVALID_VALUE',
            kind === undefined
              ? { en: 'The row names no document kind.', zh: '该行没有填写文档类型。' }
              : {
                  en: `The kind "${kind}" is not one this sheet carries; the row is ignored.`,
                  zh: `此表不包含“${kind}”类型的文档，已忽略此行。`,
                },
            { en: 'Use Catalog or ResponsibilityMatrix.', zh: '请使用 Catalog 或 ResponsibilityMatrix。' },
          ),
        );
        return;
      }
      const yamlCell = cellAt(table, r, yamlAt);
      const text = row[yamlAt] === null || row[yamlAt] === undefined ? '' : String(row[yamlAt]);
      const lineCounter = new LineCounter();
      const doc = parseDocument(text, { lineCounter, uniqueKeys: true });
      if (doc.errors.length > 0) {
        for (const e of doc.errors) {
          const line = e.linePos?.[0]?.line ?? 1;
          diagnostics.push(
            cellDiag(
              yamlCell,
              'IMPORT_SYNTAX',
              {
                en: `The YAML in this cell cannot be read (line ${line} of the cell).`,
                zh: `该单元格中的 YAML 无法读取（单元格第 ${line} 行）。`,
              },
              { en: 'Correct the YAML, keeping its indentation.', zh: '请修正 YAML，并保持其缩进。' },
            ),
          );
        }
        return;
      }
      const found: Diagnostic[] = [];
      const valid = validateDocument(
        { file: yamlCell.file, index: 0, doc, lineCounter, value: doc.toJS() as unknown },
        found,
      );
      for (const d of found)
        diagnostics.push(
          cellDiag(
            yamlCell,
            d.code,
            {
              en: `${d.path === '' ? '' : `${d.path} (line ${d.line} of the cell): `}${d.message}`,
              zh: `${d.path === '' ? '' : `${d.path}（单元格第 ${d.line} 行）：`}${d.zh.message}`,
            },
            d.hint === undefined ? undefined : { en: d.hint, zh: d.zh.hint ?? d.hint },
            d.severity,
          ),
        );
      if (valid === undefined) return;
      if (valid.kind !== kind) {
        diagnostics.push(
          cellDiag(kindCell, 'INVALID_VALUE', {
            en: `The row says ${kind}, but its YAML is a ${valid.kind} document; the row is ignored.`,
            zh: `该行的类型是 ${kind}，但其 YAML 是 ${valid.kind} 文档，已忽略此行。`,
          }),
        );
        return;
      }
      const id = valid.kind === 'ResponsibilityMatrix' ? valid.value.id : 'catalog';
      const key = `${kind}:${id}`;
      const first = seen.get(key);
      if (first !== undefined) {
        // The parts of an export made in groups each carry the settings: the same document again is merged.
        const otherFile = first.cell.file !== yamlCell.file;
        if (otherFile && deepEqual(first.value, valid.value)) return;
        const what =
          kind === 'Catalog'
            ? { en: 'The catalog settings document', zh: '目录设置文档' }
            : { en: `The matrix "${id}"`, zh: `职责矩阵“${id}”` };
        diagnostics.push(
          cellDiag(
            yamlCell,
            kind === 'Catalog' ? 'DUPLICATE_CATALOG_SETTINGS' : 'DUPLICATE_ID',
            otherFile
              ? {
                  en: `${what.en} differs from the one in ${first.cell.file} (row ${first.cell.row}), another file of this import.`,
                  zh: `${what.zh}与本次导入的另一个文件 ${first.cell.file}（第 ${first.cell.row} 行）中的不同。`,
                }
              : kind === 'Catalog'
                ? { en: 'The sheet holds two catalog settings documents.', zh: '此表中有两个目录设置文档。' }
                : { en: `The matrix "${id}" is on the sheet twice.`, zh: `职责矩阵“${id}”出现了两次。` },
            otherFile
              ? partsDiffer(first.cell.file)
              : {
                  en: `The first is at row ${first.cell.row}; keep one of them.`,
                  zh: `第一个在第 ${first.cell.row} 行；请只保留一个。`,
                },
          ),
        );
        return;
      }
      seen.set(key, { cell: yamlCell, value: valid.value });
      const named = idAt === undefined ? undefined : textOf(row[idAt]);
      if (idAt !== undefined && named !== undefined && named !== id)
        diagnostics.push(
          cellDiag(
            cellAt(table, r, idAt),
            'INVALID_VALUE',
            {
              en: `The Id column says "${named}", but the document's id is "${id}"; the document's is used.`,
              zh: `“编号”列为“${named}”，但文档自身的编号是“${id}”；以文档为准。`,
            },
            undefined,
            'warning',
          ),
        );
      out.push({ kind, id, file: DOCUMENT_FILES[kind](id), value: valid.value });
    });
  }
  return out;
}

/** Calls `fn` for every data row that has anything in it, with its 0-based index in `raw.rows`. */
function forEachRow(table: Table, fn: (row: Raw[], r: number) => void): void {
  table.raw.rows.forEach((row, r) => {
    if (r === 0 || blankRow(row)) return;
    fn(row, r);
  });
}

function blankRow(row: readonly Raw[]): boolean {
  return row.every((c) => c === null || (typeof c === 'string' && c.trim() === ''));
}

function cellAt(table: Table, r: number, c: number): Cell {
  return { file: table.raw.file, sheet: table.key, row: r + 1, column: c + 1 };
}

/** Decodes the row's fields into `target` (the role, the single object, or a holder for a list item). */
function fillItem(
  b: Builder,
  table: Table,
  row: Raw[],
  r: number,
  target: Record<string, unknown>,
  base: readonly PathSegment[],
): void {
  for (const field of table.spec.fields) {
    const cols = table.columns.filter((c) => c.field === field);
    const present = cols.filter((c) => table.index.has(c.key));
    const fieldPath = [...base, ...field.path];
    if (present.length === 0) {
      if (field.required) b.suppressed.add(formatPath(fieldPath));
      continue;
    }
    const get = (lang?: 'zh' | 'en'): Raw => {
      const c = cols.find((x) => x.lang === lang);
      const i = c === undefined ? undefined : table.index.get(c.key);
      return i === undefined ? null : (row[i] ?? null);
    };
    b.cells.set(formatPath(fieldPath), cellAt(table, r, table.index.get(present[0]!.key)!));
    for (const c of present)
      if (c.lang !== undefined)
        b.cells.set(formatPath([...fieldPath, c.lang]), cellAt(table, r, table.index.get(c.key)!));
    const value = decode(field, get);
    if (value === undefined) continue;
    setAt(target, field.path.length === 0 ? [''] : field.path, value);
  }
}

function decode(field: SheetField, get: (lang?: 'zh' | 'en') => Raw): unknown {
  switch (field.kind) {
    case 'value':
      return textOf(get());
    case 'number': {
      const v = get();
      if (typeof v === 'number') return v;
      const s = textOf(v);
      if (s === undefined) return undefined;
      const n = Number(s);
      // Anything that is not plainly a number stays text, so the model reports it as the wrong type.
      return /^[-+]?(\d+(\.\d*)?|\.\d+)(e[-+]?\d+)?$/i.test(s) && Number.isFinite(n) ? n : s;
    }
    case 'ids': {
      const list = linesOf(get()).filter((l) => l !== '');
      return list.length === 0 ? undefined : list;
    }
    case 'text':
      return localized(textOf(get('zh')), textOf(get('en')));
    case 'texts': {
      const zh = linesOf(get('zh'));
      const en = linesOf(get('en'));
      const out: LocalizedText[] = [];
      for (let i = 0; i < Math.max(zh.length, en.length); i++) {
        const t = localized(zh[i] || undefined, en[i] || undefined);
        if (t !== undefined) out.push(t);
      }
      return out.length === 0 ? undefined : out;
    }
    case 'words': {
      const out: Record<string, string[]> = {};
      for (const lang of ['zh', 'en'] as const) {
        const list = linesOf(get(lang)).filter((l) => l !== '');
        if (list.length > 0) out[lang] = list;
      }
      return Object.keys(out).length === 0 ? undefined : out;
    }
  }
}

/** The same text in both columns is one text for every language; otherwise each language that has text. */
function localized(zh: string | undefined, en: string | undefined): LocalizedText | undefined {
  if (zh === undefined && en === undefined) return undefined;
  if (zh !== undefined && zh === en) return zh;
  return { ...(zh !== undefined ? { zh } : {}), ...(en !== undefined ? { en } : {}) };
}

function textOf(v: Raw | undefined): string | undefined {
  if (v === null || v === undefined) return undefined;
  const s = String(v).trim();
  return s === '' ? undefined : s;
}

function linesOf(v: Raw): string[] {
  if (v === null) return [];
  const lines = String(v)
    .split(/\r\n|\r|\n/)
    .map((l) => l.trim());
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

function setAt(target: Record<string, unknown>, path: readonly PathSegment[], value: unknown): void {
  let cur = target;
  path.forEach((seg, i) => {
    const key = String(seg);
    if (i === path.length - 1) {
      cur[key] = value;
      return;
    }
    const next = cur[key];
    if (next === null || typeof next !== 'object') cur[key] = {};
    cur = cur[key] as Record<string, unknown>;
  });
}

function ensureList(target: Record<string, unknown>, path: readonly string[]): unknown[] {
  let cur = target;
  for (const seg of path.slice(0, -1)) {
    if (cur[seg] === undefined) cur[seg] = {};
    cur = cur[seg] as Record<string, unknown>;
  }
  const last = path[path.length - 1]!;
  if (!Array.isArray(cur[last])) cur[last] = [];
  return cur[last] as unknown[];
}

/** Checks the rebuilt role against the model; issues are reported at the cells their values came from. */
function validate(b: Builder, diagnostics: Diagnostic[], lists: AllowedLists): Record<string, unknown> | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(JSON.stringify(b.value), { lineCounter });
  const found: Diagnostic[] = [];
  let valid = validateDocument({ file: b.id, index: 0, doc, lineCounter, value: b.value }, found);
  // Levels, tracks and the architecture lists are the catalog's: checked against the catalog imported into.
  const problems = b.value.kind === 'Role' ? listValueProblems(b.value, lists) : [];
  for (const p of problems)
    found.push({
      ...texts(p.message, p.hint),
      code: 'INVALID_VALUE',
      severity: 'error',
      file: b.id,
      path: formatPath(p.path),
      line: 1,
      column: 1,
    });
  if (problems.length > 0) valid = undefined;
  for (const d of found) {
    let path = d.path;
    if (d.code === 'MISSING_KEY') {
      // The loader points a missing key at its parent; the sheet has a cell for the key itself.
      const key = /`([^`]+)`/.exec(d.message)?.[1];
      if (key !== undefined) {
        const full = path === '' ? key : `${path}.${key}`;
        if (b.suppressed.has(full)) continue;
        if (b.cells.has(full)) path = full;
      }
    }
    const at = nearestCell(b, path);
    const { code, severity, message, hint, zh } = d;
    diagnostics.push({
      code,
      severity,
      file: at.file,
      path: address(at),
      line: at.row,
      column: at.column,
      message,
      zh,
      ...(hint !== undefined ? { hint } : {}),
    });
  }
  return valid === undefined ? undefined : valid.value;
}

/** The cell behind `path`, or behind its nearest ancestor (the role's id cell at worst). */
function nearestCell(b: Builder, path: string): Cell {
  let p = path;
  for (;;) {
    const cell = b.cells.get(p);
    if (cell !== undefined) return cell;
    if (p === '') return b.cells.get('')!;
    const cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
    p = cut <= 0 ? '' : p.slice(0, cut);
  }
}

// ---------------------------------------------------------------------------------------------------------------------
// Diagnostics

/** `duties!C5`: the sheet key and the cell's address in A1 notation. */
function address(at: Cell): string {
  let col = '';
  for (let n = at.column; n > 0; n = Math.floor((n - 1) / 26)) col = String.fromCharCode(65 + ((n - 1) % 26)) + col;
  return `${at.sheet}!${col}${at.row}`;
}

function cellDiag(
  at: Cell,
  code: DiagnosticCode,
  message: Bilingual,
  hint?: Bilingual,
  severity: Severity = 'error',
): Diagnostic {
  return { code, severity, file: at.file, path: address(at), line: at.row, column: at.column, ...texts(message, hint) };
}
