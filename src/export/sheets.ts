import type { Catalog } from '../catalog/catalog.js';
import { similarityScores, type Progress } from '../compare/many.js';
import { fileDiagnostic, type Bilingual, type Diagnostic, type PathSegment, type Severity } from '../errors.js';
import type { LocalizedList, LocalizedText, Role } from '../model/index.js';
import { LANGS, textIn, type Lang } from '../model/text.js';
import type { ExportContext } from './types.js';
import {
  COLUMN_LABELS,
  SHEET_LABELS,
  bilingualHeader,
  columnHeader,
  type ColumnLabel,
  type SheetKey,
} from './sheet-labels.js';
import { scalarString } from '../text/scalar.js';
import { stringify } from 'yaml';
import { exportedMatrices, inModelOrder, vocabularyDocuments } from './canonical.js';
import { NOT_IN_XML } from './spreadsheetml.js';
import { MATRIX_SHEET_MAX_ROLES } from './matrix-limit.js';

export { MATRIX_SHEET_MAX_ROLES } from './matrix-limit.js';

export { SHEET_LABELS, COLUMN_LABELS, sheetName, bilingualHeader, type SheetKey } from './sheet-labels.js';

/** A cell of the neutral sheet model: text (lines joined by `\n`), a number, or empty. */
export type CellValue = string | number | null;

/**
 * How a model field is laid out in cells:
 * `value` one id or enum value; `number`; `ids` a list of ids, one per line; `text` a LocalizedText as a zh and an en
 * column; `texts` a list of LocalizedText as a zh and an en column, item i on line i of both; `words` a LocalizedList
 * as a zh and an en column, one word per line.
 */
type FieldKind = 'value' | 'number' | 'ids' | 'text' | 'texts' | 'words';

/** One model field of a sheet's item. */
export interface SheetField {
  /** Stable key; the columns of a bilingual field are `<key>.zh` and `<key>.en`. */
  key: string;
  /** Path of the value inside the item; empty when the item is the value itself (focus, traits, …). */
  path: readonly string[];
  kind: FieldKind;
  label: Bilingual;
  /** The model requires the field: a sheet without its column(s) cannot be imported completely. */
  required?: boolean;
}

/**
 * What a sheet holds: one row per role (`single`) or one row per item of a list in the role; or, for the catalog's
 * other documents, one row per vocabulary entry (`owner: 'vocabulary'`, the vocabulary's kind first) or one row per
 * document as YAML (`documents`).
 */
export interface SheetSpec {
  key: Exclude<SheetKey, 'matrix'>;
  /**
   * Which document a row belongs to, named by the sheet's first column: a role (`role`, the role id column; the roles
   * sheet is the role itself), a vocabulary (`vocabulary`, its kind), or none (`documents`: each row is a document).
   */
  owner: 'role' | 'vocabulary' | 'none';
  /**
   * Where the items are in a role: the list (`duties`) or the object (`qualifications.education`); empty for the role
   * itself.
   */
  at: readonly string[];
  single: boolean;
  fields: readonly SheetField[];
}

const f = (
  key: string,
  kind: FieldKind,
  label: ColumnLabel,
  required = false,
  path?: readonly string[],
): SheetField => ({
  key,
  path: path ?? key.split('.'),
  kind,
  label: COLUMN_LABELS[label],
  ...(required ? { required } : {}),
});
/** A sheet whose items are bare values (a LocalizedText, an id): the item is the field. */
const bare = (key: string, kind: FieldKind, label: ColumnLabel): SheetField => f(key, kind, label, true, []);

/** The role id column that every sheet but `roles` starts with. */
export const ROLE_COLUMN = 'role';

/** The workbook layout, sheet by sheet, in the order of the model; shared by the exporters and the importer. */
export const SHEET_SPECS: readonly SheetSpec[] = [
  {
    key: 'roles',
    owner: 'role',
    at: [],
    single: true,
    fields: [
      f('id', 'value', 'id', true),
      f('extends', 'value', 'extends'),
      f('title', 'text', 'title', true),
      f('aliases', 'words', 'aliases'),
      f('family', 'value', 'family', true),
      f('level', 'value', 'level', true),
      f('track', 'value', 'roleTrack'),
      f('reportsTo', 'value', 'reportsTo'),
      f('dottedReportsTo', 'ids', 'dottedReportsTo'),
      f('orientation', 'value', 'orientation', true),
      f('summary', 'text', 'summary', true),
      f('workEnvironment.settings', 'ids', 'settings'),
      f('workEnvironment.intensity', 'value', 'intensity'),
      f('workEnvironment.routine', 'value', 'routine'),
      f('workEnvironment.description', 'text', 'environment'),
      f('classification.isco08', 'value', 'isco08'),
      f('classification.onetSoc', 'value', 'onetSoc'),
      f('classification.cn2022', 'value', 'cn2022'),
    ],
  },
  { key: 'focus', owner: 'role', at: ['focus'], single: false, fields: [bare('focus', 'text', 'focus')] },
  {
    key: 'duties',
    owner: 'role',
    at: ['duties'],
    single: false,
    fields: [
      f('id', 'value', 'dutyId', true),
      f('title', 'text', 'dutyTitle', true),
      f('description', 'text', 'description'),
      f('category', 'value', 'category'),
      f('activities', 'texts', 'activities'),
      f('keywords', 'words', 'keywords'),
    ],
  },
  {
    key: 'permissions',
    owner: 'role',
    at: ['permissions'],
    single: false,
    fields: [
      f('id', 'value', 'permissionId', true),
      f('title', 'text', 'permissionTitle', true),
      f('domain', 'value', 'domain', true),
      f('authority', 'value', 'authority', true),
      f('limit', 'text', 'limit'),
      f('escalateTo', 'value', 'escalateTo'),
      f('description', 'text', 'description'),
    ],
  },
  {
    key: 'education',
    owner: 'role',
    at: ['qualifications', 'education'],
    single: true,
    fields: [f('minimum', 'value', 'minimum', true), f('fields', 'ids', 'fields'), f('note', 'text', 'note')],
  },
  {
    key: 'experience',
    owner: 'role',
    at: ['qualifications', 'experience'],
    single: true,
    fields: [
      f('years.min', 'number', 'yearsMin'),
      f('years.max', 'number', 'yearsMax'),
      f('management.years.min', 'number', 'managementMin'),
      f('management.years.max', 'number', 'managementMax'),
      f('areas', 'texts', 'areas'),
    ],
  },
  {
    key: 'skills',
    owner: 'role',
    at: ['qualifications', 'skills'],
    single: false,
    fields: [f('ref', 'value', 'skill', true), f('level', 'value', 'skillLevel', true)],
  },
  {
    key: 'traits',
    owner: 'role',
    at: ['qualifications', 'traits'],
    single: false,
    fields: [bare('trait', 'value', 'trait')],
  },
  {
    key: 'certifications',
    owner: 'role',
    at: ['qualifications', 'certifications'],
    single: false,
    fields: [bare('certification', 'value', 'certification')],
  },
  {
    key: 'tools',
    owner: 'role',
    at: ['qualifications', 'tools'],
    single: false,
    fields: [bare('tool', 'value', 'tool')],
  },
  {
    key: 'knowledge',
    owner: 'role',
    at: ['qualifications', 'knowledge'],
    single: false,
    fields: [bare('knowledge', 'text', 'knowledge')],
  },
  {
    key: 'kpis',
    owner: 'role',
    at: ['kpis'],
    single: false,
    fields: [
      f('ref', 'value', 'kpi', true),
      f('target.op', 'value', 'targetOp'),
      f('target.value', 'number', 'targetValue'),
      f('target.max', 'number', 'targetMax'),
      f('target.unit', 'value', 'targetUnit'),
      f('target.text', 'text', 'targetText'),
      f('frequency', 'value', 'frequency'),
      f('dataSource', 'text', 'dataSource'),
      f('weight', 'number', 'weight'),
      f('note', 'text', 'note'),
    ],
  },
  {
    key: 'stakeholders',
    owner: 'role',
    at: ['stakeholders'],
    single: false,
    fields: [
      f('audience', 'value', 'audience', true),
      f('channels', 'ids', 'channels'),
      f('purpose', 'text', 'purpose'),
      f('style', 'text', 'style'),
    ],
  },
  {
    key: 'career',
    owner: 'role',
    at: ['career'],
    single: false,
    fields: [
      f('to', 'value', 'careerTo'),
      f('title', 'text', 'careerTitle'),
      f('track', 'value', 'track', true),
      f('note', 'text', 'note'),
    ],
  },
  {
    key: 'vocabularies',
    owner: 'vocabulary',
    at: ['entries'],
    single: false,
    fields: [
      f('id', 'value', 'id', true),
      f('label', 'text', 'label', true),
      f('description', 'text', 'description'),
      f('aliases', 'words', 'aliases'),
      f('type', 'value', 'kpiType'),
      f('unit', 'value', 'unit'),
      f('direction', 'value', 'direction'),
      f('rubric', 'texts', 'rubric'),
      f('dataSource', 'text', 'dataSource'),
    ],
  },
  {
    key: 'documents',
    owner: 'none',
    at: [],
    single: true,
    fields: [f('kind', 'value', 'documentKind', true), f('id', 'value', 'id', true), f('yaml', 'value', 'yaml', true)],
  },
];

/** The column that says which vocabulary an entry row belongs to. */
export const VOCABULARY_COLUMN = 'vocabulary';

/** One column of a sheet. */
export interface SheetColumn {
  /** Stable key: `role`, `title.zh`, `target.value`, … (the importer accepts it as a header). */
  key: string;
  /** The header in both languages (`标题（中文）` / `Title (zh)`); the workbook writes `zh / en`. */
  header: Bilingual;
  /** The field the column writes (absent for the role column and the matrix). */
  field?: SheetField;
  /** The language of a bilingual field's column. */
  lang?: Lang;
  /** Numbers rather than text. */
  numeric?: boolean;
}

/** Where a row came from, so an exporter can point a diagnostic at the YAML behind a cell. */
interface RowOrigin {
  role: string;
  /** Path of the row's item in the resolved role, e.g. `['duties', 2]`. */
  path: PathSegment[];
}

/** One sheet of the neutral model, written as an XLSX worksheet or a CSV file. */
export interface Sheet {
  key: SheetKey;
  /** Name in both languages; the workbook writes `zh en` (see `sheetName`). */
  name: Bilingual;
  columns: SheetColumn[];
  rows: CellValue[][];
  /** Parallel to `rows` (absent for the matrix). */
  origins?: RowOrigin[];
}

/** The columns of a sheet: the role id first (except on `roles`), then a column per field and language. */
export function sheetColumns(spec: SheetSpec): SheetColumn[] {
  const columns: SheetColumn[] = [];
  if (spec.owner === 'role' && spec.key !== 'roles')
    columns.push({ key: ROLE_COLUMN, header: columnHeader(COLUMN_LABELS.role) });
  if (spec.owner === 'vocabulary')
    columns.push({ key: VOCABULARY_COLUMN, header: columnHeader(COLUMN_LABELS.vocabulary) });
  for (const field of spec.fields) {
    if (field.kind === 'text' || field.kind === 'texts' || field.kind === 'words') {
      for (const lang of LANGS)
        columns.push({ key: `${field.key}.${lang}`, header: columnHeader(field.label, lang), field, lang });
    } else {
      columns.push({
        key: field.key,
        header: columnHeader(field.label),
        field,
        ...(field.kind === 'number' ? { numeric: true } : {}),
      });
    }
  }
  return columns;
}

/** The header row as the workbook writes it. */
export function headerRow(sheet: Pick<Sheet, 'columns'>): string[] {
  return sheet.columns.map((c) => bilingualHeader(c.header));
}

/**
 * The catalog's roles as sheets: `roles` (one row per role, scalar fields), one sheet per list dimension (one row per
 * item, the role id first), and last the N×N similarity matrix of the roles (export only). Roles are taken as given
 * (resolved, `extends` kept). `lang` picks the language of the role titles heading the matrix.
 */
export function catalogSheets(
  catalog: Catalog,
  roles: readonly Role[],
  lang: Lang = 'en',
  onProgress?: Progress,
): Sheet[] {
  const sheets: Sheet[] = SHEET_SPECS.filter((spec) => spec.owner === 'role').map((spec) => {
    const columns = sheetColumns(spec);
    const rows: CellValue[][] = [];
    const origins: RowOrigin[] = [];
    for (const role of roles) {
      const at = valueAt(role, spec.at);
      const items: [unknown, PathSegment[]][] = spec.single
        ? at === undefined
          ? []
          : [[at, [...spec.at]]]
        : Array.isArray(at)
          ? at.map((item, i) => [item, [...spec.at, i]])
          : [];
      for (const [item, path] of items) {
        rows.push(
          columns.map((c) => (c.field === undefined ? role.id : encode(c.field, valueAt(item, c.field.path), c.lang))),
        );
        origins.push({ role: role.id, path });
      }
    }
    return { key: spec.key, name: { ...SHEET_LABELS[spec.key] }, columns, rows, origins };
  });
  sheets.push(vocabularySheet(catalog), documentsSheet(catalog, roles));
  if (roles.length <= MATRIX_SHEET_MAX_ROLES) sheets.push(matrixSheet(catalog, roles, lang, onProgress));
  return sheets;
}

/** The note that a workbook (or the CSV files) has no similarity sheet, because it has too many roles. */
export function matrixLeftOut(roles: readonly Role[], file: string): Diagnostic[] {
  if (roles.length <= MATRIX_SHEET_MAX_ROLES) return [];
  const n = roles.length;
  return [
    fileDiagnostic(
      file,
      'EXPORT_MATRIX_LEFT_OUT',
      {
        en: `The similarity sheet is left out: ${n} roles would make ${(n * n).toLocaleString('en')} cells, and it is written for up to ${MATRIX_SHEET_MAX_ROLES} roles.`,
        zh: `未写入相似度表：${n} 个岗位会有 ${(n * n).toLocaleString('en')} 个单元格，相似度表只为不超过 ${MATRIX_SHEET_MAX_ROLES} 个岗位写入。`,
      },
      {
        en: 'Export fewer roles (rolematrix export xlsx <ids…>), or write the matrix on its own: rolematrix matrix --scores --format csv.',
        zh: '请少导出一些岗位（rolematrix export xlsx <编号…>），或单独生成矩阵：rolematrix matrix --scores --format csv。',
      },
      'info',
    ),
  ];
}

const specOf = (key: SheetSpec['key']): SheetSpec => SHEET_SPECS.find((s) => s.key === key)!;

/** Every entry of the catalog's own vocabularies (not the built-in lists), the vocabulary's kind first. */
function vocabularySheet(catalog: Catalog): Sheet {
  const spec = specOf('vocabularies');
  const columns = sheetColumns(spec);
  const rows = vocabularyDocuments(catalog).flatMap((v) =>
    v.entries.map((entry) =>
      columns.map((c) =>
        c.field === undefined ? v.vocabulary : encode(c.field, valueAt(entry, c.field.path), c.lang),
      ),
    ),
  );
  return { key: 'vocabularies', name: { ...SHEET_LABELS.vocabularies }, columns, rows };
}

/**
 * The catalog settings and the responsibility matrices (those whose roles are all exported), each as a YAML document in
 * one cell: structures a spreadsheet has no better layout for, carried so that an import rebuilds the whole catalog.
 */
function documentsSheet(catalog: Catalog, roles: readonly Role[]): Sheet {
  const spec = specOf('documents');
  const columns = sheetColumns(spec);
  const rows: CellValue[][] = [];
  if (catalog.settings !== undefined)
    rows.push(['Catalog', 'catalog', yamlText(inModelOrder('Catalog', catalog.settings))]);
  for (const m of exportedMatrices(catalog, roles))
    rows.push(['ResponsibilityMatrix', m.id, yamlText(inModelOrder('ResponsibilityMatrix', m))]);
  return { key: 'documents', name: { ...SHEET_LABELS.documents }, columns, rows };
}

/** A document as YAML text for a cell: block style, no trailing line break. */
function yamlText(value: unknown): string {
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

function matrixSheet(catalog: Catalog, roles: readonly Role[], lang: Lang, onProgress?: Progress): Sheet {
  const m = similarityScores(roles, catalog, { onProgress });
  const columns: SheetColumn[] = [
    { key: ROLE_COLUMN, header: columnHeader(COLUMN_LABELS.role) },
    { key: 'title', header: columnHeader(COLUMN_LABELS.roleTitle) },
    ...roles.map((r): SheetColumn => {
      const title = textIn(r.title, lang);
      return { key: r.id, header: { zh: title, en: title }, numeric: true };
    }),
  ];
  const rows = roles.map((r, i): CellValue[] => [r.id, textIn(r.title, lang), ...roles.map((_, j) => m.score(i, j))]);
  return { key: 'matrix', name: { ...SHEET_LABELS.matrix }, columns, rows };
}

/** The value at `path` inside `v`, or undefined. */
function valueAt(v: unknown, path: readonly PathSegment[]): unknown {
  let cur = v;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[seg];
  }
  return cur;
}

function encode(field: SheetField, value: unknown, lang: Lang | undefined): CellValue {
  if (value === undefined || value === null) return null;
  switch (field.kind) {
    case 'value':
      return scalarString(value);
    case 'number':
      return typeof value === 'number' ? value : scalarString(value);
    case 'ids':
      return lines((value as string[]).map(String));
    case 'text':
      return textCell(value, lang ?? 'en');
    case 'texts': {
      const cells = (value as LocalizedText[]).map((t) => textCell(t, lang ?? 'en') ?? '');
      return cells.every((c) => c === '') ? null : cells.join('\n');
    }
    case 'words':
      return lines((value as LocalizedList)[lang ?? 'en'] ?? []);
  }
}

/** A LocalizedText in one language's column: a plain string (same text for every language) fills both columns. */
function textCell(t: LocalizedText, lang: Lang): string | null {
  if (typeof t === 'string') return t;
  return t[lang] ?? null;
}

function lines(list: readonly string[]): string | null {
  return list.length === 0 ? null : list.join('\n');
}

/**
 * Items of the lists a cell writes one per line (aliases, keywords, activities, experience areas, ids) that hold a line
 * break themselves: read back, such an item would be two. A warning per item, at its YAML line; the file is written.
 */
export function lineBreakDiagnostics(ctx: ExportContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const role of ctx.roles) {
    for (const spec of SHEET_SPECS.filter((x) => x.owner === 'role')) {
      const at = valueAt(role, spec.at);
      const items: [unknown, PathSegment[]][] = spec.single
        ? at === undefined
          ? []
          : [[at, [...spec.at]]]
        : Array.isArray(at)
          ? at.map((item, i) => [item, [...spec.at, i]])
          : [];
      for (const [item, base] of items) {
        for (const field of spec.fields) {
          if (field.kind !== 'ids' && field.kind !== 'texts' && field.kind !== 'words') continue;
          const value = valueAt(item, field.path);
          const lists: [readonly unknown[], PathSegment[]][] =
            field.kind === 'words'
              ? (['zh', 'en'] as const).map((l) => [
                  (value as LocalizedList | undefined)?.[l] ?? [],
                  [...base, ...field.path, l],
                ])
              : [[Array.isArray(value) ? value : [], [...base, ...field.path]]];
          for (const [list, path] of lists) {
            list.forEach((entry, i) => {
              const texts =
                typeof entry === 'string'
                  ? [entry]
                  : entry !== null && typeof entry === 'object'
                    ? Object.values(entry as Record<string, unknown>)
                    : [];
              if (!texts.some((t) => typeof t === 'string' && /[\r\n]/.test(t))) return;
              out.push(
                ctx.diagnostic(
                  role.id,
                  [...path, i],
                  'EXPORT_LINE_BREAK',
                  {
                    en: 'This item holds a line break; the spreadsheet writes such lists one item per line, so it would come back as two items.',
                    zh: '该条目中含有换行；电子表格把这类列表按每行一项写出，导回时它会变成两项。',
                  },
                  {
                    en: 'Write the item on one line (or split it into two items yourself).',
                    zh: '请把该条目写成一行（或自行拆成两项）。',
                  },
                  'warning',
                ),
              );
            });
          }
        }
      }
    }
  }
  return out;
}

/**
 * XLSX only: a role's text holding a character an XLSX file cannot carry (NUL and other control characters) is
 * written without it; a warning at the value's YAML line says which, rather than losing it silently.
 */
export function droppedCharacterDiagnostics(ctx: ExportContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  // One path array, grown and shrunk as the walk goes (a catalog of 3,000 roles has millions of values), copied for a
  // finding.
  const path: PathSegment[] = [];
  const walk = (id: string, v: unknown) => {
    if (typeof v === 'string') {
      const found = [...new Set(v.match(NOT_IN_XML) ?? [])];
      if (found.length === 0) return;
      const codes = found.map((c) => `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`).join(', ');
      out.push(
        ctx.diagnostic(
          id,
          [...path],
          'EXPORT_CHARACTER_DROPPED',
          {
            en: `This text holds ${codes}, which an XLSX file cannot hold; the workbook writes the text without it.`,
            zh: `该文字中含有 XLSX 文件无法保存的字符 ${codes}；工作簿中写出的文字不含该字符。`,
          },
          {
            en: 'Remove the character from the YAML (it is usually pasted in by accident), or export CSV or JSON, which keep it.',
            zh: '请从 YAML 中删除该字符（它通常是误粘贴进来的），或改为导出 CSV 或 JSON，它们会保留该字符。',
          },
          'warning',
        ),
      );
    } else if (Array.isArray(v))
      for (let i = 0; i < v.length; i++) {
        path.push(i);
        walk(id, v[i]);
        path.pop();
      }
    else if (v !== null && typeof v === 'object')
      for (const k of Object.keys(v)) {
        path.push(k);
        walk(id, (v as Record<string, unknown>)[k]);
        path.pop();
      }
  };
  for (const role of ctx.roles) walk(role.id, role);
  return out;
}

/** The most characters an Excel cell holds. */
export const EXCEL_CELL_LIMIT = 32_767;

/**
 * EXPORT_TOO_LONG for every text cell over Excel's limit, located at the YAML value behind it. `severity` is an error
 * for XLSX (the file would be refused) and a warning for CSV (Excel cuts the cell when it opens the file).
 */
export function longCellDiagnostics(ctx: ExportContext, sheets: readonly Sheet[], severity: Severity): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const sheet of sheets) {
    sheet.rows.forEach((row, r) => {
      row.forEach((cell, c) => {
        if (typeof cell !== 'string' || cell.length <= EXCEL_CELL_LIMIT) return;
        const origin = sheet.origins?.[r];
        const column = sheet.columns[c];
        if (origin === undefined || column?.field === undefined) return;
        const path = [
          ...origin.path,
          ...column.field.path,
          ...(column.lang !== undefined && column.field.kind !== 'texts' ? [column.lang] : []),
        ];
        out.push(
          ctx.diagnostic(
            origin.role,
            path,
            'EXPORT_TOO_LONG',
            {
              en: `The text has ${cell.length} characters; an Excel cell holds at most ${EXCEL_CELL_LIMIT}.`,
              zh: `该文字有 ${cell.length} 个字符，而 Excel 单元格最多容纳 ${EXCEL_CELL_LIMIT} 个。`,
            },
            { en: 'Shorten the text, or split it into several items.', zh: '请缩短文字，或拆分为多个条目。' },
            severity,
          ),
        );
      });
    });
  }
  return out;
}
