import { Document, isMap, isSeq, type Node } from 'yaml';
import { fileDiagnostic, formatPath, sortDiagnostics, type Bilingual, type Diagnostic, type PathSegment } from '../errors.js';
import { inModelOrder } from '../export/canonical.js';
import { parseYaml, type ParseOptions } from '../load/parse.js';
import { diagnosticAt, locate, type SourceDocument } from '../load/source.js';
import { suggestion } from '../load/suggest.js';
import { validateDocument, type ValidDocument } from '../load/validate.js';
import { API_VERSION } from '../model/role.js';
import type { ImportedDocument, ImportInput, ImportResult } from './types.js';

export interface ImportOptions {
  /** Largest import file accepted, in bytes (UTF-8). Default 8 MiB: a whole catalog as JSON is larger than one YAML file. */
  maxFileBytes?: number;
}

export const DEFAULT_MAX_IMPORT_BYTES = 8 * 1024 * 1024;

/** Top-level keys of `rolematrix.catalog.json`; `$schema` and `generator` are read and dropped. */
const EXPORT_KEYS = ['$schema', 'apiVersion', 'kind', 'generator', 'catalog', 'roles', 'vocabularies', 'matrices'] as const;
/** Keys an export adds to a role document, dropped on import. */
const ROLE_EXTRAS = ['labels', '$schema'];

/** Which document kind each list of the export holds. */
const SLOTS = { catalog: 'Catalog', roles: 'Role', vocabularies: 'Vocabulary', matrices: 'ResponsibilityMatrix' } as const;

/**
 * Reads JSON files back into rolematrix documents: the canonical export (`rolematrix.catalog.json`), a single document
 * (a role, vocabulary, matrix or catalog settings) or an array of them. The text goes through the YAML parser (JSON is
 * YAML), so every problem is located by line and column; each document is validated by the loader's own schema checks.
 */
export function readJson(inputs: readonly ImportInput[], options: ImportOptions = {}): ImportResult {
  const diagnostics: Diagnostic[] = [];
  const valid: { doc: ValidDocument; path: PathSegment[] }[] = [];
  for (const input of inputs) {
    const text = decode(input, diagnostics);
    if (text === undefined) continue;
    const parseOptions: ParseOptions = { maxFileBytes: options.maxFileBytes ?? DEFAULT_MAX_IMPORT_BYTES };
    const parsed = parseYaml(text, input.file, parseOptions);
    diagnostics.push(...parsed.diagnostics.map(asJsonSyntax));
    for (const src of parsed.documents) readDocumentTree(src, diagnostics, valid);
  }
  const documents = collect(valid, diagnostics);
  return { documents, diagnostics: sortDiagnostics(diagnostics) };
}

/** The YAML parser's syntax errors, said in terms of JSON (the parser's own words stay in the hint). */
function asJsonSyntax(d: Diagnostic): Diagnostic {
  if (d.code !== 'YAML_SYNTAX') return d;
  return {
    ...d,
    code: 'IMPORT_SYNTAX',
    message: 'The JSON is malformed here: a comma, colon, quote or bracket is missing or out of place.',
    hint: `The parser says: ${d.message}`,
    zh: { message: 'JSON 格式有误:此处缺少或多出了逗号、冒号、引号或括号。', hint: `解析器提示:${d.message}` },
  };
}

function decode(input: ImportInput, diagnostics: Diagnostic[]): string | undefined {
  if (typeof input.data === 'string') return input.data;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(input.data);
  } catch {
    diagnostics.push(
      fileDiagnostic(input.file, 'IMPORT_SYNTAX', { en: 'The file is not UTF-8 text, so it cannot be JSON.', zh: '该文件不是 UTF-8 文本,不可能是 JSON。' }, {
        en: 'Save the file as UTF-8, or pass --from csv or --from xlsx if it is a spreadsheet.',
        zh: '请以 UTF-8 编码保存,若是电子表格请使用 --from csv 或 --from xlsx。',
      }),
    );
    return undefined;
  }
}

/** Sorts out what the JSON holds (an export, one document, a list of documents) and validates each document in it. */
function readDocumentTree(src: SourceDocument, diagnostics: Diagnostic[], valid: { doc: ValidDocument; path: PathSegment[] }[]): void {
  const root = src.doc.contents;
  if (!((isMap(root) || isSeq(root)) && root.flow)) {
    diagnostics.push(
      diagnosticAt(src, [], 'IMPORT_SYNTAX', { en: 'The file is not JSON: it should be an object `{…}` or an array `[…]`.', zh: '该文件不是 JSON:应为对象 `{…}` 或数组 `[…]`。' }, {
        hint: { en: 'Import the rolematrix.catalog.json that `rolematrix export json` writes, a role object, or an array of them.', zh: '请导入 rolematrix export json 生成的 rolematrix.catalog.json、单个岗位对象或它们组成的数组。' },
      }),
    );
    return;
  }
  const value = src.value;
  const sub = (path: PathSegment[], kind?: string) => validateAt(src, path, diagnostics, valid, kind);
  if (Array.isArray(value)) {
    value.forEach((_, i) => sub([i]));
    return;
  }
  const obj = value as Record<string, unknown>;
  if (obj.kind !== 'CatalogExport') {
    sub([]);
    return;
  }
  for (const key of Object.keys(obj)) {
    if ((EXPORT_KEYS as readonly string[]).includes(key)) continue;
    diagnostics.push(
      diagnosticAt(src, [key], 'UNKNOWN_KEY', { en: `The key \`${key}\` is not part of a catalog export.`, zh: `目录导出文件中没有键 \`${key}\`。` }, {
        at: 'key',
        hint: suggestion(key, EXPORT_KEYS) ?? { en: `Allowed keys: ${EXPORT_KEYS.join(', ')}.`, zh: `允许的键:${EXPORT_KEYS.join('、')}。` },
      }),
    );
  }
  if (obj.apiVersion === undefined) {
    diagnostics.push(diagnosticAt(src, [], 'MISSING_KEY', { en: 'The required key `apiVersion` is missing.', zh: '缺少必填的键 `apiVersion`。' }, { hint: { en: `Add \`"apiVersion": "${API_VERSION}"\`.`, zh: `请加上 \`"apiVersion": "${API_VERSION}"\`。` } }));
  } else if (obj.apiVersion !== API_VERSION) {
    diagnostics.push(
      diagnosticAt(src, ['apiVersion'], 'INVALID_VALUE', {
        en: `${JSON.stringify(obj.apiVersion)} is not allowed here; use ${JSON.stringify(API_VERSION)}.`,
        zh: `此处不允许使用 ${JSON.stringify(obj.apiVersion)};请使用 ${JSON.stringify(API_VERSION)}。`,
      }),
    );
  }
  for (const [slot, kind] of Object.entries(SLOTS)) {
    const v = obj[slot];
    if (v === undefined) continue;
    if (slot === 'catalog') {
      sub(['catalog'], kind);
      continue;
    }
    if (!Array.isArray(v)) {
      diagnostics.push(wrongType(src, [slot], { en: `\`${slot}\` must be an array of ${kind} documents.`, zh: `\`${slot}\` 应为 ${kind} 文档的数组。` }));
      continue;
    }
    v.forEach((_, i) => sub([slot, i], kind));
  }
}

function wrongType(src: SourceDocument, path: PathSegment[], message: Bilingual): Diagnostic {
  return diagnosticAt(src, path, 'INVALID_TYPE', message);
}

/**
 * Validates the document at `path` with the loader's `validateDocument`, as if it were a YAML file of its own: the
 * node keeps its offsets, so diagnostics keep the JSON file's lines and columns; their paths are prefixed with `path`.
 */
function validateAt(src: SourceDocument, path: PathSegment[], diagnostics: Diagnostic[], valid: { doc: ValidDocument; path: PathSegment[] }[], kind?: string): void {
  const node = nodeAt(src, path);
  const raw = valueAt(src.value, path);
  let value = raw;
  if (raw !== null && typeof raw === 'object' && !Array.isArray(raw)) {
    const obj = raw as Record<string, unknown>;
    if (kind !== undefined && obj.kind !== undefined && obj.kind !== kind) {
      diagnostics.push(
        diagnosticAt(src, [...path, 'kind'], 'INVALID_VALUE', {
          en: `${JSON.stringify(obj.kind)} is not allowed here: \`${String(path[0])}\` holds ${kind} documents.`,
          zh: `此处不允许使用 ${JSON.stringify(obj.kind)}:\`${String(path[0])}\` 中只能是 ${kind} 文档。`,
        }),
      );
      return;
    }
    if (obj.kind === 'Role') value = Object.fromEntries(Object.entries(obj).filter(([k]) => !ROLE_EXTRAS.includes(k)));
  }
  const doc = new Document() as Document.Parsed;
  doc.contents = (node ?? null) as Document.Parsed['contents'];
  const sub: SourceDocument = { file: src.file, index: src.index, doc, lineCounter: src.lineCounter, value };
  const found: Diagnostic[] = [];
  const result = node === undefined ? undefined : validateDocument(sub, found);
  const prefix = formatPath(path);
  for (const d of found) diagnostics.push({ ...d, path: d.path === '' ? prefix : prefix === '' ? d.path : d.path.startsWith('[') ? `${prefix}${d.path}` : `${prefix}.${d.path}` });
  if (result !== undefined) valid.push({ doc: { ...result, source: { ...sub, doc: src.doc } } as ValidDocument, path });
}

function nodeAt(src: SourceDocument, path: readonly PathSegment[]): Node | undefined {
  let node: unknown = src.doc.contents;
  for (const seg of path) {
    if (isMap(node)) node = node.items.find((p) => String((p.key as { value?: unknown } | null)?.value) === String(seg))?.value ?? undefined;
    else if (isSeq(node) && typeof seg === 'number') node = node.items[seg];
    else return undefined;
  }
  return (node ?? undefined) as Node | undefined;
}

function valueAt(root: unknown, path: readonly PathSegment[]): unknown {
  let cur = root;
  for (const seg of path) cur = cur !== null && typeof cur === 'object' ? (cur as Record<string | number, unknown>)[seg] : undefined;
  return cur;
}

/** The file a document belongs in, in the layout of the shipped catalog. */
export function defaultFile(doc: Pick<ImportedDocument, 'kind' | 'id'>): string {
  switch (doc.kind) {
    case 'Role':
      return `${doc.id}.yaml`;
    case 'Vocabulary':
      return `vocabulary/${doc.id}.yaml`;
    case 'ResponsibilityMatrix':
      return `matrices/${doc.id}.yaml`;
    default:
      return 'catalog.yaml';
  }
}

/** Turns validated documents into imported ones: one per role, matrix and vocabulary kind; duplicates reported where they are. */
function collect(valid: readonly { doc: ValidDocument; path: PathSegment[] }[], diagnostics: Diagnostic[]): ImportedDocument[] {
  const out = new Map<string, ImportedDocument>();
  const first = new Map<string, { doc: ValidDocument; path: PathSegment[] }>();
  const where = (v: { doc: ValidDocument; path: PathSegment[] }, sub: PathSegment[]) => {
    const p = locate(v.doc.source, [...v.path, ...sub]);
    return `${v.doc.source.file}:${p.line}:${p.column}`;
  };
  const duplicate = (v: { doc: ValidDocument; path: PathSegment[] }, sub: PathSegment[], key: string, what: Bilingual) => {
    const prev = first.get(key);
    if (prev === undefined) {
      first.set(key, { doc: v.doc, path: [...v.path, ...sub] });
      return false;
    }
    const at = where(prev, []);
    diagnostics.push(
      diagnosticAt(v.doc.source, [...v.path, ...sub], key.startsWith('catalog') ? 'DUPLICATE_CATALOG_SETTINGS' : 'DUPLICATE_ID', what, {
        hint: { en: `The first is at ${at}; keep one of them.`, zh: `第一个位于 ${at};请只保留一个。` },
      }),
    );
    return true;
  };
  const vocabEntries = new Map<string, unknown[]>();
  for (const v of valid) {
    const d = v.doc;
    if (d.kind === 'Vocabulary') {
      const entries = vocabEntries.get(d.value.vocabulary) ?? [];
      vocabEntries.set(d.value.vocabulary, entries);
      d.value.entries.forEach((e, i) => {
        if (!duplicate(v, ['entries', i, 'id'], `vocabulary:${d.value.vocabulary}:${e.id}`, { en: `The ${d.value.vocabulary} entry "${e.id}" is given twice.`, zh: `词汇表 ${d.value.vocabulary} 中的条目 "${e.id}" 出现了两次。` })) entries.push(e);
      });
      continue;
    }
    if (d.kind === 'Catalog') {
      if (!duplicate(v, ['kind'], 'catalog', { en: 'The import holds two catalog settings documents.', zh: '导入内容中有两个目录设置文档。' })) {
        out.set('Catalog:catalog', { kind: 'Catalog', id: 'catalog', file: defaultFile({ kind: 'Catalog', id: 'catalog' }), value: inModelOrder('Catalog', d.value) as Record<string, unknown> });
      }
      continue;
    }
    const id = d.value.id as string;
    const label = d.kind === 'Role' ? { en: 'role', zh: '岗位' } : { en: 'matrix', zh: '职责矩阵' };
    if (duplicate(v, ['id'], `${d.kind}:${id}`, { en: `The ${label.en} id "${id}" is given twice.`, zh: `${label.zh}编号 "${id}" 出现了两次。` })) continue;
    out.set(`${d.kind}:${id}`, { kind: d.kind, id, file: defaultFile({ kind: d.kind, id }), value: inModelOrder(d.kind, d.value) as Record<string, unknown> });
  }
  for (const [kind, entries] of vocabEntries) {
    const value = inModelOrder('Vocabulary', { apiVersion: API_VERSION, kind: 'Vocabulary', vocabulary: kind, entries });
    out.set(`Vocabulary:${kind}`, { kind: 'Vocabulary', id: kind, file: defaultFile({ kind: 'Vocabulary', id: kind }), value });
  }
  const order = { Catalog: 0, Vocabulary: 1, Role: 2, ResponsibilityMatrix: 3 } as const;
  return [...out.values()].sort((a, b) => order[a.kind] - order[b.kind] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
