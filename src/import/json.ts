import { Document, isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import {
  fileDiagnostic,
  formatPath,
  hasErrors,
  sortDiagnostics,
  texts,
  type Bilingual,
  type Diagnostic,
  type PathSegment,
} from '../errors.js';
import { inModelOrder } from '../export/canonical.js';
import { FORBIDDEN_KEYS } from '../load/parse.js';
import type { SourceDocument } from '../source/document.js';
import { locate } from '../source/locate.js';
import { diagnosticAt } from '../source/report.js';
import { suggestion } from '../load/suggest.js';
import { validateDocument, type ValidDocument } from '../load/validate.js';
import type { Catalog } from '../catalog/catalog.js';
import { importLists, listValueProblems } from '../catalog/rules/architecture-values.js';
import { API_VERSION } from '../model/role.js';
import { deepEqual } from './delta.js';
import { EXPECTED, scanJson, syntaxHint } from './json-scan.js';
import type { ImportedDocument, ImportInput, ImportResult } from './types.js';
import { scalarString } from '../text/scalar.js';
import { readUtf8 } from '../text/decode.js';

export interface ImportOptions {
  /**
   * Largest import file accepted, in bytes (UTF-8). Default 8 MiB: a whole catalog as JSON is larger than one YAML
   * file.
   */
  maxFileBytes?: number;
  /**
   * The catalog the documents go into: roles' levels, tracks, duty categories, permission domains, orientations and
   * work settings are checked against its lists, unless the import carries its own catalog settings (then they and the
   * import's vocabularies decide). Default: the built-in lists.
   */
  catalog?: Catalog | undefined;
}

export const DEFAULT_MAX_IMPORT_BYTES = 8 * 1024 * 1024;

/** Top-level keys of `rolematrix.catalog.json`; `$schema` and `generator` are read and dropped. */
const EXPORT_KEYS = [
  '$schema',
  'apiVersion',
  'kind',
  'generator',
  'catalog',
  'roles',
  'vocabularies',
  'matrices',
] as const;
/** Keys an export adds to a role document, dropped on import. */
const ROLE_EXTRAS = ['labels', '$schema'];

/** Which document kind each list of the export holds. */
const SLOTS = {
  catalog: 'Catalog',
  roles: 'Role',
  vocabularies: 'Vocabulary',
  matrices: 'ResponsibilityMatrix',
} as const;

/**
 * Reads JSON files back into rolematrix documents: the canonical export (`rolematrix.catalog.json`), a single document
 * (a role, vocabulary, matrix or catalog settings) or an array of them. Only strict JSON is read: YAML syntax,
 * comments,
 * single quotes, trailing commas and duplicate keys are reported at their line and column. The value comes from
 * `JSON.parse`; the YAML parser (JSON is YAML) is run only when a diagnostic needs a line and column inside a valid
 * file.
 * Each document is validated by the loader's own schema checks; a file that holds no document is an error.
 */
export function readJson(inputs: readonly ImportInput[], options: ImportOptions = {}): ImportResult {
  const diagnostics: Diagnostic[] = [];
  const valid: { doc: ValidDocument; path: PathSegment[] }[] = [];
  const failedRoles: FailedRole[] = [];
  const limit = options.maxFileBytes ?? DEFAULT_MAX_IMPORT_BYTES;
  for (const input of inputs) {
    const size = typeof input.data === 'string' ? utf8Length(input.data, limit) : input.data.byteLength;
    if (size > limit) {
      diagnostics.push(
        fileDiagnostic(
          input.file,
          'FILE_TOO_LARGE',
          {
            en: `The file is ${size} bytes, over the import limit of ${limit} bytes; it was not read.`,
            zh: `文件大小为 ${size} 字节，超过导入上限 ${limit} 字节，未予读取。`,
          },
          {
            en: 'Split it into smaller files, or raise the maxFileBytes option.',
            zh: '请拆分为较小的文件，或调高 maxFileBytes 选项。',
          },
        ),
      );
      continue;
    }
    const text = decodeUtf8(input, diagnostics);
    if (text === undefined) continue;
    const src = jsonSource(text, input.file, diagnostics);
    if (src === undefined) continue;
    const before = diagnostics.length;
    const found = readDocumentTree(src, diagnostics, valid, failedRoles);
    // An empty list or object, or an export with empty lists: said once, unless the file's problems say more already.
    if (found === 0 && !hasErrors(diagnostics.slice(before))) diagnostics.push(noDocuments(input.file));
  }
  const documents = collect(checkLists(valid, failedRoles, diagnostics, options.catalog), diagnostics);
  return { documents, diagnostics: sortDiagnostics(diagnostics) };
}

/** A role document that failed its schema: its list values are still checked. */
interface FailedRole {
  source: LazySource;
  path: PathSegment[];
  value: unknown;
}

/**
 * Roles whose levels, tracks or list values are not on the lists of the catalog imported into (or of the import's own
 * catalog settings and vocabularies) are reported where they are and left out, as a schema error would be.
 */
function checkLists(
  valid: readonly { doc: ValidDocument; path: PathSegment[] }[],
  failedRoles: readonly FailedRole[],
  diagnostics: Diagnostic[],
  catalog: Catalog | undefined,
): { doc: ValidDocument; path: PathSegment[] }[] {
  const docs = valid.map((v) => v.doc);
  const settings = docs.find((d) => d.kind === 'Catalog')?.value;
  const lists = importLists(
    catalog,
    settings,
    docs.filter((d) => d.kind === 'Vocabulary').map((d) => d.value),
  );
  // Roles that failed their schema are checked too, so one pass reports every problem.
  for (const f of failedRoles)
    for (const p of listValueProblems(f.value, lists))
      diagnostics.push(diagnosticAt(f.source, [...f.path, ...p.path], 'INVALID_VALUE', p.message, { hint: p.hint }));
  return valid.filter((v) => {
    if (v.doc.kind !== 'Role') return true;
    const problems = listValueProblems(v.doc.value, lists);
    for (const p of problems)
      diagnostics.push(
        diagnosticAt(v.doc.source, [...v.path, ...p.path], 'INVALID_VALUE', p.message, { hint: p.hint }),
      );
    return problems.length === 0;
  });
}

/** UTF-8 byte length of `text`, computed only when it could be over `limit`. */
function utf8Length(text: string, limit: number): number {
  return text.length * 3 <= limit ? text.length : new TextEncoder().encode(text).length;
}

function noDocuments(file: string): Diagnostic {
  return fileDiagnostic(
    file,
    'IMPORT_SYNTAX',
    {
      en: 'The file holds no documents, so there is nothing to import.',
      zh: '该文件中没有任何文档，没有可导入的内容。',
    },
    {
      en: 'Import the rolematrix.catalog.json that `rolematrix export json` writes, a role object, or an array of them.',
      zh: '请导入 rolematrix export json 生成的 rolematrix.catalog.json、单个岗位对象或它们组成的数组。',
    },
  );
}

/**
 * Import file bytes as text: strict UTF-8 (a byte sequence that is not UTF-8 is reported once for the file, not
 * replaced), without a leading BOM. Text given as a string is taken as it is, less the BOM.
 */
export function decodeUtf8(
  input: ImportInput,
  diagnostics: Diagnostic[],
  format: 'json' | 'csv' = 'json',
): string | undefined {
  if (typeof input.data === 'string') return input.data.charCodeAt(0) === 0xfeff ? input.data.slice(1) : input.data;
  return readUtf8(input.file, input.data, diagnostics, format === 'csv' ? 'csv' : undefined);
}

/** An IMPORT_SYNTAX error at a line and column of the JSON file. */
function syntaxAt(
  file: string,
  pos: { line: number; column: number },
  message: Bilingual,
  hint?: Bilingual,
): Diagnostic {
  return {
    code: 'IMPORT_SYNTAX',
    severity: 'error',
    file,
    path: '',
    line: pos.line,
    column: pos.column,
    ...texts(message, hint),
  };
}

/**
 * A JSON file as a located document: undefined (with diagnostics) when it is empty or not strict JSON. Keys that could
 * reach Object.prototype are removed and reported.
 */
function jsonSource(text: string, file: string, diagnostics: Diagnostic[]): LazySource | undefined {
  if (text.trim() === '') {
    diagnostics.push(noDocuments(file));
    return undefined;
  }
  const scan = scanJson(text);
  const at = (offset: number) => positionOf(text, offset);
  if (scan.error?.expected === 'nesting') {
    diagnostics.push(
      fileDiagnostic(file, 'IMPORT_SYNTAX', {
        en: 'The JSON is nested too deeply to read; no rolematrix document nests more than a few levels.',
        zh: 'JSON 嵌套层级过深，无法读取；rolematrix 的文档只有几层嵌套。',
      }),
    );
    return undefined;
  }
  if (scan.error !== undefined) {
    const { offset, expected } = scan.error;
    const pos = at(offset);
    const token = offset >= text.length ? undefined : String.fromCodePoint(text.codePointAt(offset)!);
    const what =
      token === undefined
        ? { en: 'the file ends', zh: '文件在此处结束' }
        : { en: `\`${token}\` is not expected`, zh: `不应出现 \`${token}\`` };
    diagnostics.push(
      syntaxAt(
        file,
        pos,
        {
          en: `The JSON is malformed here: ${what.en} (${EXPECTED[expected].en} was expected).`,
          zh: `JSON 格式有误：此处${what.zh}（应为${EXPECTED[expected].zh}）。`,
        },
        syntaxHint(token, expected),
      ),
    );
    return undefined;
  }
  if (scan.duplicates.length > 0) {
    for (const d of scan.duplicates) {
      const pos = at(d.offset);
      const first = at(d.first);
      diagnostics.push(
        syntaxAt(
          file,
          pos,
          {
            en: `The key ${JSON.stringify(d.key)} is given twice in this object; JSON allows each key once.`,
            zh: `此对象中的键 ${JSON.stringify(d.key)} 出现了两次；JSON 中每个键只能出现一次。`,
          },
          {
            en: `The first is at line ${first.line}, column ${first.column}; keep one of them.`,
            zh: `第一个位于第 ${first.line} 行第 ${first.column} 列；请只保留一个。`,
          },
        ),
      );
    }
    return undefined;
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // The scan accepts what JSON.parse does; this is for an engine limit of JSON.parse itself.
    diagnostics.push(
      fileDiagnostic(file, 'IMPORT_SYNTAX', {
        en: 'The JSON is nested too deeply to read; no rolematrix document nests more than a few levels.',
        zh: 'JSON 嵌套层级过深，无法读取；rolematrix 的文档只有几层嵌套。',
      }),
    );
    return undefined;
  }
  const src = lazySource(file, text, value);
  removeForbiddenKeys(value, [], (path) =>
    diagnostics.push(
      diagnosticAt(
        src,
        path,
        'FORBIDDEN_KEY',
        {
          en: `The key "${String(path[path.length - 1])}" is not allowed: it could tamper with object prototypes.`,
          zh: `不允许使用键 "${String(path[path.length - 1])}"：它可能篡改对象原型。`,
        },
        {
          at: 'key',
          hint: { en: 'Rename or remove the key; it has been ignored.', zh: '请改名或删除该键；它已被忽略。' },
        },
      ),
    ),
  );
  return src;
}

function removeForbiddenKeys(value: unknown, path: PathSegment[], report: (path: PathSegment[]) => void): void {
  // Iterative: a valid JSON file may nest deeper than the call stack allows.
  const stack: { v: unknown; path: PathSegment[] }[] = [{ v: value, path }];
  while (stack.length > 0) {
    const { v, path: p } = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ v: v[i], path: [...p, i] });
      continue;
    }
    const obj = v as Record<string, unknown>;
    const keys = Object.keys(obj);
    for (let i = keys.length - 1; i >= 0; i--) {
      const k = keys[i]!;
      if (FORBIDDEN_KEYS.has(k)) {
        report([...p, k]);
        delete obj[k];
      } else stack.push({ v: obj[k], path: [...p, k] });
    }
  }
}

interface SyntaxTree {
  doc: Document.Parsed;
  lineCounter: LineCounter;
}

/** A source document whose syntax tree is built on first use. */
type LazySource = SourceDocument & { tree: () => SyntaxTree };

/**
 * A source whose YAML syntax tree is built on first use: a valid import never needs it, a diagnostic does. The tree
 * of `text` is shared by every sub-document (`at` is the path of the node that is the document).
 */
function lazySource(
  file: string,
  text: string,
  value: unknown,
  root?: LazySource,
  at: readonly PathSegment[] = [],
): LazySource {
  let cached: SyntaxTree | undefined;
  const tree =
    root?.tree ??
    (() => {
      if (cached === undefined) {
        const lineCounter = new LineCounter();
        let doc: Document.Parsed;
        try {
          doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false, logLevel: 'silent' });
        } catch {
          // Nested deeper than the parser's recursion: positions fall back to the start of the file.
          doc = new Document() as Document.Parsed;
        }
        cached = { doc, lineCounter };
      }
      return cached;
    });
  let sub: Document.Parsed | undefined;
  return {
    file,
    index: 0,
    value,
    tree,
    get doc(): Document.Parsed {
      if (at.length === 0) return tree().doc;
      if (sub === undefined) {
        sub = new Document() as Document.Parsed;
        sub.contents = (nodeAt(tree().doc, at) ?? null) as Document.Parsed['contents'];
      }
      return sub;
    },
    get lineCounter(): LineCounter {
      return tree().lineCounter;
    },
  };
}

/**
 * Sorts out what the JSON holds (an export, one document, a list of documents) and validates each document in it;
 * returns how many documents it found.
 */
function readDocumentTree(
  src: LazySource,
  diagnostics: Diagnostic[],
  valid: { doc: ValidDocument; path: PathSegment[] }[],
  failedRoles: FailedRole[],
): number {
  const value = src.value;
  if (value === null || typeof value !== 'object') {
    diagnostics.push(
      diagnosticAt(
        src,
        [],
        'IMPORT_SYNTAX',
        {
          en: `The file is JSON but holds no catalog, role or list of documents: it is ${describe(value)}.`,
          zh: `该文件是 JSON，但其中没有目录、岗位或文档列表：它是${describeZh(value)}。`,
        },
        {
          hint: {
            en: 'Import the rolematrix.catalog.json that `rolematrix export json` writes, a role object `{…}`, or an array `[…]` of them.',
            zh: '请导入 rolematrix export json 生成的 rolematrix.catalog.json、单个岗位对象 `{…}` 或它们组成的数组 `[…]`。',
          },
        },
      ),
    );
    return -1;
  }
  let found = 0;
  const sub = (path: PathSegment[], kind?: string) => {
    found++;
    validateAt(src, path, diagnostics, valid, failedRoles, kind);
  };
  if (Array.isArray(value)) {
    value.forEach((_, i) => sub([i]));
    return found;
  }
  const obj = value as Record<string, unknown>;
  if (Object.keys(obj).length === 0) return 0;
  if (obj.kind !== 'CatalogExport') {
    sub([]);
    return found;
  }
  for (const key of Object.keys(obj)) {
    if ((EXPORT_KEYS as readonly string[]).includes(key)) continue;
    diagnostics.push(
      diagnosticAt(
        src,
        [key],
        'UNKNOWN_KEY',
        { en: `The key \`${key}\` is not part of a catalog export.`, zh: `目录导出文件中没有键 \`${key}\`。` },
        {
          at: 'key',
          hint: suggestion(key, EXPORT_KEYS) ?? {
            en: `Allowed keys: ${EXPORT_KEYS.join(', ')}.`,
            zh: `允许的键：${EXPORT_KEYS.join('、')}。`,
          },
        },
      ),
    );
  }
  if (obj.apiVersion === undefined) {
    diagnostics.push(
      diagnosticAt(
        src,
        [],
        'MISSING_KEY',
        { en: 'The required key `apiVersion` is missing.', zh: '缺少必填的键 `apiVersion`。' },
        { hint: { en: `Add \`"apiVersion": "${API_VERSION}"\`.`, zh: `请加上 \`"apiVersion": "${API_VERSION}"\`。` } },
      ),
    );
  } else if (obj.apiVersion !== API_VERSION) {
    diagnostics.push(
      diagnosticAt(src, ['apiVersion'], 'INVALID_VALUE', {
        en: `${JSON.stringify(obj.apiVersion)} is not allowed here; use ${JSON.stringify(API_VERSION)}.`,
        zh: `此处不允许使用 ${JSON.stringify(obj.apiVersion)}；请使用 ${JSON.stringify(API_VERSION)}。`,
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
      diagnostics.push(
        wrongType(src, [slot], {
          en: `\`${slot}\` must be an array of ${kind} documents.`,
          zh: `\`${slot}\` 应为 ${kind} 文档的数组。`,
        }),
      );
      continue;
    }
    v.forEach((_, i) => sub([slot, i], kind));
  }
  return found;
}

function describe(v: unknown): string {
  return v === null
    ? 'null'
    : typeof v === 'string'
      ? `the text ${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)}`
      : `the ${typeof v} ${scalarString(v)}`;
}

function describeZh(v: unknown): string {
  return v === null
    ? ' null'
    : typeof v === 'string'
      ? `文字 ${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)}`
      : typeof v === 'number'
        ? `数字 ${v}`
        : `布尔值 ${scalarString(v)}`;
}

function wrongType(src: SourceDocument, path: PathSegment[], message: Bilingual): Diagnostic {
  return diagnosticAt(src, path, 'INVALID_TYPE', message);
}

/**
 * Validates the document at `path` with the loader's `validateDocument`, as if it were a YAML file of its own: the
 * node keeps its offsets, so diagnostics keep the JSON file's lines and columns; their paths are prefixed with `path`.
 */
function validateAt(
  src: LazySource,
  path: PathSegment[],
  diagnostics: Diagnostic[],
  valid: { doc: ValidDocument; path: PathSegment[] }[],
  failedRoles: FailedRole[],
  kind?: string,
): void {
  const raw = valueAt(src.value, path);
  let value = raw;
  if (raw !== null && typeof raw === 'object' && !Array.isArray(raw)) {
    const obj = raw as Record<string, unknown>;
    if (kind !== undefined && obj.kind !== undefined && obj.kind !== kind) {
      diagnostics.push(
        diagnosticAt(src, [...path, 'kind'], 'INVALID_VALUE', {
          en: `${JSON.stringify(obj.kind)} is not allowed here: \`${String(path[0])}\` holds ${kind} documents.`,
          zh: `此处不允许使用 ${JSON.stringify(obj.kind)}：\`${String(path[0])}\` 中只能是 ${kind} 文档。`,
        }),
      );
      return;
    }
    if (obj.kind === 'Role') value = Object.fromEntries(Object.entries(obj).filter(([k]) => !ROLE_EXTRAS.includes(k)));
  }
  // The document is validated as if it were a file of its own; its node keeps the offsets of the whole file.
  const sub = lazySource(src.file, '', value, src, path);
  const found: Diagnostic[] = [];
  const result = raw === undefined ? undefined : validateDocument(sub, found);
  const prefix = formatPath(path);
  for (const d of found)
    diagnostics.push({
      ...d,
      path:
        d.path === ''
          ? prefix
          : prefix === ''
            ? d.path
            : d.path.startsWith('[')
              ? `${prefix}${d.path}`
              : `${prefix}.${d.path}`,
    });
  if (result !== undefined) valid.push({ doc: { ...result, source: lazySource(src.file, '', src.value, src) }, path });
  else if (raw !== null && typeof raw === 'object' && (raw as { kind?: unknown }).kind === 'Role')
    failedRoles.push({ source: src, path, value });
}

function nodeAt(doc: Document.Parsed, path: readonly PathSegment[]): Node | undefined {
  let node: unknown = doc.contents;
  for (const seg of path) {
    if (isMap(node))
      node =
        node.items.find((p) => String((p.key as { value?: unknown } | null)?.value) === String(seg))?.value ??
        undefined;
    else if (isSeq(node) && typeof seg === 'number') node = node.items[seg];
    else return undefined;
  }
  return (node ?? undefined) as Node | undefined;
}

function valueAt(root: unknown, path: readonly PathSegment[]): unknown {
  let cur = root;
  for (const seg of path)
    cur = cur !== null && typeof cur === 'object' ? (cur as Record<string | number, unknown>)[seg] : undefined;
  return cur;
}

/** 1-based line and column (in UTF-16 code units, as the YAML parser counts) of `offset` in `text`. */
function positionOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

/** What to do when a part of a grouped export disagrees with another on what they both carry. */
export function partsDiffer(file: string): Bilingual {
  return {
    en: `Export all the parts from the same catalog at the same time, or make this copy the same as the one in ${file}, and import again.`,
    zh: `请从同一目录同时导出所有部分，或将此处改为与 ${file} 中的相同，然后重新导入。`,
  };
}

/** The file a document belongs in, in the layout of the shipped catalog. */
function defaultFile(doc: Pick<ImportedDocument, 'kind' | 'id'>): string {
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

/**
 * Turns validated documents into imported ones: one per role, matrix and vocabulary kind; duplicates reported where
 * they are.
 */
function collect(
  valid: readonly { doc: ValidDocument; path: PathSegment[] }[],
  diagnostics: Diagnostic[],
): ImportedDocument[] {
  const out = new Map<string, ImportedDocument>();
  const first = new Map<string, { doc: ValidDocument; path: PathSegment[]; value: unknown }>();
  const where = (v: { doc: ValidDocument; path: PathSegment[] }, sub: PathSegment[]) => {
    const p = locate(v.doc.source, [...v.path, ...sub]);
    return `${v.doc.source.file}:${p.line}:${p.column}`;
  };
  /**
   * True when the document or entry at `sub` was seen before: a repeat within one file is an error; a repeat in another
   * file (the parts of an export made in groups each carry the settings and vocabularies) is merged when it is the same,
   * and an error naming the part it disagrees with when it is not.
   */
  const duplicate = (
    v: { doc: ValidDocument; path: PathSegment[] },
    sub: PathSegment[],
    key: string,
    value: unknown,
    what: { twice: Bilingual; differs: Bilingual },
  ) => {
    const prev = first.get(key);
    if (prev === undefined) {
      first.set(key, { doc: v.doc, path: [...v.path, ...sub], value });
      return false;
    }
    const at = where(prev, []);
    const code = key.startsWith('catalog') ? 'DUPLICATE_CATALOG_SETTINGS' : 'DUPLICATE_ID';
    if (prev.doc.source.file === v.doc.source.file) {
      diagnostics.push(
        diagnosticAt(v.doc.source, [...v.path, ...sub], code, what.twice, {
          hint: { en: `The first is at ${at}; keep one of them.`, zh: `第一个位于 ${at}；请只保留一个。` },
        }),
      );
    } else if (!deepEqual(prev.value, value)) {
      const part = prev.doc.source.file;
      // Pointed at the first key that differs, within the document or entry that `sub` names the id of.
      const a = prev.value as Record<string, unknown>;
      const b = value as Record<string, unknown>;
      const differs = [...new Set([...Object.keys(b), ...Object.keys(a)])].find((k) => !deepEqual(a[k], b[k]));
      const within = differs !== undefined && differs in b ? [...sub.slice(0, -1), differs] : sub;
      const there =
        differs !== undefined && differs in a && differs in b
          ? where({ doc: prev.doc, path: prev.path.slice(0, -1) }, [differs])
          : at;
      diagnostics.push(
        diagnosticAt(
          v.doc.source,
          [...v.path, ...within],
          code,
          {
            en: `${what.differs.en} differs from the one in ${part}, another file of this import (at ${there}); parts of one export carry the same copy.`,
            zh: `${what.differs.zh}与本次导入的另一个文件 ${part} 中的不同（位于 ${there}）；同一次导出的各部分应带有相同的副本。`,
          },
          { hint: partsDiffer(part) },
        ),
      );
    }
    return true;
  };
  const vocabEntries = new Map<string, unknown[]>();
  for (const v of valid) {
    const d = v.doc;
    if (d.kind === 'Vocabulary') {
      const entries = vocabEntries.get(d.value.vocabulary) ?? [];
      vocabEntries.set(d.value.vocabulary, entries);
      d.value.entries.forEach((e, i) => {
        if (
          !duplicate(v, ['entries', i, 'id'], `vocabulary:${d.value.vocabulary}:${e.id}`, e, {
            twice: {
              en: `The ${d.value.vocabulary} entry "${e.id}" is given twice.`,
              zh: `词汇表 ${d.value.vocabulary} 中的条目 "${e.id}" 出现了两次。`,
            },
            differs: {
              en: `The ${d.value.vocabulary} entry "${e.id}"`,
              zh: `词汇表 ${d.value.vocabulary} 中的条目 "${e.id}" `,
            },
          })
        )
          entries.push(e);
      });
      continue;
    }
    if (d.kind === 'Catalog') {
      if (
        !duplicate(v, ['kind'], 'catalog', d.value, {
          twice: { en: 'The import holds two catalog settings documents.', zh: '导入内容中有两个目录设置文档。' },
          differs: { en: 'The catalog settings document', zh: '目录设置文档' },
        })
      ) {
        out.set('Catalog:catalog', {
          kind: 'Catalog',
          id: 'catalog',
          file: defaultFile({ kind: 'Catalog', id: 'catalog' }),
          value: inModelOrder('Catalog', d.value),
        });
      }
      continue;
    }
    const id = d.value.id;
    const label = d.kind === 'Role' ? { en: 'role', zh: '岗位' } : { en: 'matrix', zh: '职责矩阵' };
    if (
      duplicate(v, ['id'], `${d.kind}:${id}`, d.value, {
        twice: { en: `The ${label.en} id "${id}" is given twice.`, zh: `${label.zh}编号 "${id}" 出现了两次。` },
        differs: { en: `The ${label.en} "${id}"`, zh: `${label.zh} "${id}" ` },
      })
    )
      continue;
    out.set(`${d.kind}:${id}`, {
      kind: d.kind,
      id,
      file: defaultFile({ kind: d.kind, id }),
      value: inModelOrder(d.kind, d.value),
    });
  }
  for (const [kind, entries] of vocabEntries) {
    const value = inModelOrder('Vocabulary', {
      apiVersion: API_VERSION,
      kind: 'Vocabulary',
      vocabulary: kind,
      entries,
    });
    out.set(`Vocabulary:${kind}`, {
      kind: 'Vocabulary',
      id: kind,
      file: defaultFile({ kind: 'Vocabulary', id: kind }),
      value,
    });
  }
  const order = { Catalog: 0, Vocabulary: 1, Role: 2, ResponsibilityMatrix: 3 } as const;
  return [...out.values()].sort((a, b) => order[a.kind] - order[b.kind] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
