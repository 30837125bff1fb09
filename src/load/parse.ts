import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  parseAllDocuments,
  visit,
  type Alias,
  type Document,
  type ErrorCode,
  type LineCounter,
} from 'yaml';
import {
  fileDiagnostic,
  texts,
  type Bilingual,
  type Diagnostic,
  type DiagnosticCode,
  type Severity,
} from '../errors.js';
import { formatPath, type PathSegment } from '../errors.js';
import type { SourceDocument, SourceFile } from '../source/document.js';
import { MAX_NESTING, deepNestingAt } from '../source/nesting.js';
import { placesOf, type Places } from '../source/places.js';
import { lineCounterOf } from '../source/position.js';
import { sentence } from '../text/sentence.js';
import { FORBIDDEN_KEYS } from './forbidden.js';
import { parsePlain } from './plain.js';
import { aliasAsText, trapHint, unclosedBracket } from './yaml-traps.js';

export interface ParseOptions {
  /** Largest file accepted, in bytes (UTF-8). Default 1 MiB. */
  maxFileBytes?: number;
  /** Most alias expansions in one document before it counts as an alias bomb. Default 100. */
  maxAliasCount?: number;
}

export const DEFAULT_MAX_FILE_BYTES = 1024 * 1024;
const DEFAULT_MAX_ALIAS_COUNT = 100;

export { FORBIDDEN_KEYS };

/** UTF-8 byte length, computed only when the string could be over the limit. */
function overLimit(text: string, limit: number): number | undefined {
  if (text.length * 3 <= limit) return undefined;
  const bytes = new TextEncoder().encode(text).length;
  return bytes > limit ? bytes : undefined;
}

/**
 * The yaml library's errors and warnings in Chinese, by its error code (its own messages are English only). The
 * English diagnostic keeps the library's message, which names the exact token.
 */
const YAML_ERRORS_ZH: Readonly<Record<ErrorCode, string>> = {
  ALIAS_PROPS: '别名（`*name`）不能带标签或锚点。',
  BAD_ALIAS: '别名写法有误，或引用了不存在的锚点。',
  BAD_DIRECTIVE: '文档开头的 `%` 指令无法识别。',
  BAD_DQ_ESCAPE: '双引号字符串中有无效的转义序列（如 `\\x`）。',
  BAD_INDENT: '缩进不正确：同一层级的键和列表项必须对齐。',
  BAD_PROP_ORDER: '锚点和标签必须写在值的前面。',
  BAD_SCALAR_START: '这个值不能以此字符开头；以 `@`、`` ` ``、`%` 等开头的文字请加引号。',
  BLOCK_AS_IMPLICIT_KEY: '多行的块不能用作键。',
  BLOCK_IN_FLOW: '花括号或方括号内不能使用缩进块；请改写成一行，或去掉括号。',
  DUPLICATE_KEY: '同一个映射中出现了重复的键；每个键只能出现一次。',
  IMPOSSIBLE: 'YAML 解析器遇到了无法处理的内容。',
  KEY_OVER_1024_CHARS: '键过长（超过 1024 个字符）。',
  MISSING_CHAR: '缺少必需的字符，例如结束的引号、括号或键后的冒号。',
  MULTILINE_IMPLICIT_KEY: '键不能跨行；含冒号的文字请加引号。',
  MULTIPLE_ANCHORS: '一个值只能有一个锚点。',
  MULTIPLE_DOCS: '此处需要单个文档，却出现了多个（`---`）。',
  MULTIPLE_TAGS: '一个值只能有一个标签。',
  NON_STRING_KEY: '键必须是文字。',
  RESOURCE_EXHAUSTION: '文档展开后过大（别名过多），无法读取。',
  TAB_AS_INDENT: '缩进中使用了制表符（Tab）；YAML 只允许用空格缩进。',
  TAG_RESOLVE_FAILED: '无法识别的标签（`!…`）；请删除它，直接写出值。',
  UNEXPECTED_TOKEN: '此处出现了不应有的字符或符号。',
  BAD_COLLECTION_TYPE: '标签与值的类型不符（映射、列表或文字）。',
};

const TOO_DEEP: Bilingual = {
  en: `The YAML is nested too deeply to read (more than ${MAX_NESTING} levels of brackets or indentation).`,
  zh: `YAML 嵌套层级过深（超过 ${MAX_NESTING} 层括号或缩进），无法读取。`,
};

/**
 * Parses YAML text (one or several documents) into located documents. Never throws on bad content:
 * syntax errors, forbidden keys, alias bombs and oversized input come back as diagnostics.
 */
export function parseYaml(
  text: string,
  file: string,
  options: ParseOptions = {},
): { documents: SourceDocument[]; diagnostics: Diagnostic[]; salvaged: SalvagedIds } {
  const diagnostics: Diagnostic[] = [];
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const size = overLimit(text, maxBytes);
  if (size !== undefined) {
    diagnostics.push(fileTooLarge(file, size, maxBytes));
    return { documents: [], diagnostics, salvaged: { roles: [], vocabularies: [] } };
  }
  // A BOM is legal at the start of a YAML stream; drop it so columns on line 1 count from the first real character.
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lineCounter = lineCounterOf(source);
  const deep = deepNestingAt(source);
  if (deep !== undefined) {
    // Not given to the parser at all: it recurses per level, and a stack overflow there can abort the process.
    const { line, col } = lineCounter.linePos(deep);
    diagnostics.push({ code: 'YAML_SYNTAX', severity: 'error', file, path: '', line, column: col, ...texts(TOO_DEEP) });
    return { documents: [], diagnostics, salvaged: { roles: [], vocabularies: [] } };
  }
  const parsed = parseAllDocuments(source, { prettyErrors: false, uniqueKeys: true, logLevel: 'error' }); // 'error': a library does not print warnings
  const docs: Document.Parsed[] = Array.isArray(parsed) ? parsed : [];
  const documents: SourceDocument[] = [];
  const salvaged: SalvagedIds = { roles: [], vocabularies: [] };
  // Where an unclosed [ or { opened: looked up once per file (a second parse), only when an error asks for it.
  let opener: ReturnType<typeof unclosedBracket> | null = null;
  const openingBracket = () => (opener === null ? (opener = unclosedBracket(source)) : opener);
  docs.forEach((doc, index) => {
    const push = (
      code: DiagnosticCode,
      offset: number,
      message: Bilingual,
      hint?: Bilingual,
      path = '',
      severity: Severity = 'error',
    ) => {
      const p = lineCounter.linePos(offset);
      diagnostics.push({ code, severity, file, path, line: p.line, column: p.col, ...texts(message, hint) });
    };
    // Lines whose error already says "put the text in quotes": the parser's follow-on errors there add nothing.
    const quotedLines = new Set<number>();
    // Asked once per document, not per error: a mangled file has thousands of errors.
    const deep = doc.errors.some((x) => /call stack/i.test(x.message));
    for (const e of doc.errors) {
      if (quotedLines.has(lineCounter.linePos(e.pos[0]).line)) continue;
      // The parser recurses per nesting level; hostile input nested thousands deep surfaces as a stack overflow.
      const tooDeep = /call stack/i.test(e.message);
      const en = tooDeep ? TOO_DEEP.en : sentence(e.message);
      // An unclosed [ or { is reported where the parser gave up; point at the bracket to close instead.
      const open = !deep && /end with an? [\]}]/.test(e.message) ? openingBracket() : undefined;
      const trap = open ? undefined : trapHint(source, lineCounter, e.pos[0], e.code);
      if (trap) quotedLines.add(lineCounter.linePos(e.pos[0]).line);
      push(
        'YAML_SYNTAX',
        open?.offset ?? e.pos[0],
        tooDeep ? TOO_DEEP : { en, zh: `YAML 语法错误：${YAML_ERRORS_ZH[e.code] ?? '此处的写法不符合 YAML 语法。'}` },
        open
          ? {
              en: `This \`${open.bracket}\` is never closed: add \`${open.bracket === '[' ? ']' : '}'}\` where the list or mapping ends, or put text containing \`${open.bracket}\` in quotes (YAML error ${e.code}).`,
              zh: `这里的 \`${open.bracket}\` 没有闭合：请在列表或映射结束处补上 \`${open.bracket === '[' ? ']' : '}'}\`，或给含有 \`${open.bracket}\` 的文字加引号（YAML 错误 ${e.code}）。`,
            }
          : trap
            ? { en: `${trap.en} (YAML error ${e.code}.)`, zh: `${trap.zh}（YAML 错误 ${e.code}）` }
            : {
                en: `YAML error ${e.code}. Check indentation, quoting and brackets around this position.`,
                zh: `YAML 错误 ${e.code}。请检查此处附近的缩进、引号和括号。`,
              },
      );
    }
    for (const w of doc.warnings) {
      const en = sentence(w.message);
      // `en: !important text` is a tag, not text: say to quote it.
      const trap = trapHint(source, lineCounter, w.pos[0], w.code);
      push(
        'YAML_WARNING',
        w.pos[0],
        { en, zh: `YAML 警告：${YAML_ERRORS_ZH[w.code] ?? '此处的写法可能有误。'}` },
        trap,
        '',
        'warning',
      );
    }
    // An anchor is written with `&`: a document without one has none to look for.
    for (const a of source.includes('&') ? unusedScalarAnchors(doc, source) : []) {
      // `en: &team lead` parses: `&team` becomes an anchor and the text is only "lead". Nothing refers to the anchor,
      // so it was most likely meant as text.
      push(
        'YAML_WARNING',
        a.offset,
        {
          en: `YAML reads \`&${a.anchor}\` as an anchor name, so the value is only "${a.value}".`,
          zh: `YAML 把 \`&${a.anchor}\` 当作锚点名称，因此取值只剩 "${a.value}"。`,
        },
        trapHint(source, lineCounter, a.offset, 'ALIAS'),
        '',
        'warning',
      );
    }
    if (doc.errors.length > 0) {
      salvageIds(doc, salvaged, docSource(doc, source));
      return;
    }
    if (isEmptyDocument(doc)) return; // e.g. a trailing `---`, or one followed only by comments
    removeForbiddenKeys(
      doc,
      (path, offset) =>
        push(
          'FORBIDDEN_KEY',
          offset,
          {
            en: `The key "${String(path[path.length - 1])}" is not allowed: it could tamper with object prototypes.`,
            zh: `不允许使用键 "${String(path[path.length - 1])}"：它可能篡改对象原型。`,
          },
          { en: 'Rename or remove the key; it has been ignored.', zh: '请改名或删除该键；它已被忽略。' },
          formatPath(path),
        ),
      (path, offset, what) =>
        push(
          'INVALID_TYPE',
          offset,
          {
            en: `A key must be text; this one is ${what === 'null' ? 'empty (null)' : `a ${what}`}, so it is ignored.`,
            zh: `键必须是文字；这个键是${what === 'null' ? '空值（null）' : what === 'list' ? '列表' : '映射'}，已被忽略。`,
          },
          {
            en: 'Write the key as a word (put it in quotes if it looks like something else, e.g. "null").',
            zh: '请把键写成文字（若它看起来像别的值，例如 "null"，请加引号）。',
          },
          formatPath(path),
        ),
    );
    const cycle = !source.includes('*')
      ? undefined
      : findFirstAliasOffset(doc, (alias, path) => {
          const target = alias.resolve(doc);
          return target !== undefined && path.includes(target);
        });
    if (cycle !== undefined) {
      // `&a [*a]` is a value that contains itself: no role field can hold it, and every reader that walks the value
      // (the import's comparison, the schema) would recurse for ever.
      push(
        'YAML_SYNTAX',
        cycle,
        {
          en: 'This alias points into the value it is part of, which would make the value contain itself; the document was not loaded.',
          zh: '这个别名指向它自身所在的值，该值将包含它自己；此文档未予加载。',
        },
        {
          en: 'Point the alias at an anchor defined before and outside this value, or write the content out.',
          zh: '请让别名指向在此值之前、之外定义的锚点，或直接写出内容。',
        },
      );
      return;
    }
    let value: unknown;
    const maxAliasCount = options.maxAliasCount ?? DEFAULT_MAX_ALIAS_COUNT;
    try {
      value = doc.toJS({ maxAliasCount });
    } catch (err) {
      // `*name` with no `&name` before it only shows up here, when the alias is resolved: it is a syntax error, not a
      // bomb.
      let name = '';
      const unresolved = findFirstAliasOffset(doc, (alias) => {
        name = alias.source;
        return alias.resolve(doc) === undefined;
      });
      if (unresolved !== undefined) {
        const en = sentence(err instanceof Error ? err.message : String(err));
        push(
          'YAML_SYNTAX',
          unresolved,
          { en, zh: `YAML 语法错误：别名 \`*${name}\` 找不到对应的锚点（锚点须在别名之前定义）。` },
          aliasHint(aliasAsText(source, lineCounter, unresolved)),
        );
      } else {
        push(
          'ALIAS_LIMIT',
          findFirstAliasOffset(doc) ?? 0,
          {
            en: `The document expands more than ${maxAliasCount} aliases, which looks like an alias bomb; it was not loaded.`,
            zh: `该文档展开的别名超过 ${maxAliasCount} 个，疑似“别名炸弹”，未予加载。`,
          },
          err instanceof Error && /alias/i.test(err.message)
            ? {
                en: 'Write the repeated content out, or use fewer nested aliases.',
                zh: '请直接写出重复的内容，或减少嵌套的别名。',
              }
            : { en: 'The document could not be converted.', zh: '该文档无法转换。' },
        );
      }
      return;
    }
    documents.push({ file, index, doc, lineCounter, value });
  });
  return { documents, diagnostics, salvaged };
}

/** One file as parsed, as plain data (each document's value and index, every problem found): what a worker sends. */
export interface ParsedFile {
  documents: { index: number; value: unknown; places: Places }[];
  diagnostics: Diagnostic[];
  salvaged: SalvagedIds;
}

/**
 * A plain file (src/load/plain.ts) read by the fast path, with the checks `parseYaml` makes before it parses; undefined
 * when the yaml library must read it.
 */
function plainFile(text: string, options: ParseOptions): ParsedFile | undefined {
  if (overLimit(text, options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES) !== undefined) return undefined;
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (deepNestingAt(source) !== undefined) return undefined;
  const plain = parsePlain(source);
  if (plain === undefined) return undefined;
  return { documents: [{ index: 0, ...plain }], diagnostics: [], salvaged: { roles: [], vocabularies: [] } };
}

/** `parseYaml` without the YAML nodes: what a worker thread parses and sends back (see src/node/parse.ts). */
export function parseFile(text: string, file: string, options: ParseOptions = {}): ParsedFile {
  const plain = plainFile(text, options);
  if (plain !== undefined) return plain;
  const { documents, diagnostics, salvaged } = parseYaml(text, file, options);
  return {
    documents: documents.map(({ index, value, doc }) => ({ index, value, places: placesOf(doc) })),
    diagnostics,
    salvaged,
  };
}

/**
 * What `parseYaml` gives, read by the fast path when the file is plain: the YAML nodes of such a file are made (by
 * `parseYaml`) only when something asks for them, as for a file parsed on a worker thread.
 */
export function parseSource(
  text: string,
  file: string,
  options: ParseOptions = {},
): { documents: SourceDocument[]; diagnostics: Diagnostic[]; salvaged: SalvagedIds } {
  const plain = plainFile(text, options);
  return plain === undefined ? parseYaml(text, file, options) : locatedLater(text, file, plain, options);
}

/**
 * The documents of a file parsed elsewhere: their values as parsed there, their YAML nodes made here (by the same
 * `parseYaml`) only when something asks where a path is, so a catalog that is never pointed into is parsed once.
 */
export function locatedLater(
  text: string,
  file: string,
  parsed: ParsedFile,
  options: ParseOptions = {},
): { documents: SourceDocument[]; diagnostics: Diagnostic[]; salvaged: SalvagedIds } {
  let again: SourceDocument[] | undefined;
  const nodes = (index: number): SourceDocument => {
    again ??= parseYaml(text, file, options).documents;
    const found = again.find((d) => d.index === index);
    if (found === undefined) throw new Error(`${file}: document ${index} is not there when parsed again`);
    return found;
  };
  // Lines are counted in the text parseYaml reads (without a BOM), and without parsing it again.
  let lines: LineCounter | undefined;
  const lineCounter = () => (lines ??= lineCounterOf(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text));
  const documents = parsed.documents.map(({ index, value, places }): SourceDocument => ({
    file,
    index,
    value,
    places,
    text,
    get doc() {
      return nodes(index).doc;
    },
    get lineCounter() {
      return lineCounter();
    },
  }));
  return { documents, diagnostics: parsed.diagnostics, salvaged: parsed.salvaged };
}

/** Ids a document with a syntax error still defines, read from what the parser made of it. */
export interface SalvagedIds {
  roles: string[];
  vocabularies: { vocabulary: string; ids: string[] }[];
}

/**
 * Reads `kind`, `id` and vocabulary entry ids from a document that has syntax errors (the parser still builds what it
 * can), so that one broken file does not make every reference to what it defines a dangling one too.
 */
/** The text of one document of a (possibly multi-document) file. */
function docSource(doc: Document.Parsed, source: string): string {
  return source.slice(doc.range[0], doc.range[2]);
}

function salvageIds(doc: Document.Parsed, into: SalvagedIds, source: string): void {
  const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
  try {
    const kind = text(doc.get('kind'));
    const id = text(doc.get('id'));
    if (kind === 'Role' && id !== undefined) into.roles.push(id);
    else {
      // A syntax error can swallow the lines after it (an unclosed quote takes in `id:`): the top-level `kind: Role` and
      // `id:` lines as written still say which role the broken file is, so a role that extends it is not told that the
      // role does not exist (the syntax error is the one problem to fix).
      const kindLine = /^kind:[ \t]*["']?Role["']?[ \t]*(?:#.*)?$/m.test(source);
      const idLine = /^id:[ \t]*["']?([a-z0-9]+(?:-[a-z0-9]+)*)["']?[ \t]*(?:#.*)?$/m.exec(source);
      if (kindLine && idLine !== null) into.roles.push(idLine[1]!);
    }
    const vocabulary = text(doc.get('vocabulary'));
    const entries: unknown = doc.get('entries', true);
    if (kind === 'Vocabulary' && vocabulary !== undefined && isSeq(entries)) {
      const ids = entries.items.flatMap((e) => {
        const entryId = isMap(e) ? text(e.get('id')) : undefined;
        return entryId === undefined ? [] : [entryId];
      });
      into.vocabularies.push({ vocabulary, ids });
    }
  } catch {
    // a document too broken to read anything from contributes nothing
  }
}

/** The hint for an unresolved alias, and the quotes it needs if it was meant as text (`title: "*Always* …"`). */
function aliasHint(asText: string | undefined): Bilingual {
  const define = {
    en: 'Define the anchor (`&name`) before the alias (`*name`) that refers to it.',
    zh: '请先定义锚点（`&name`），再使用引用它的别名（`*name`）。',
  };
  if (asText === undefined) return define;
  return {
    en: `${define.en} If it was meant as text, put it in quotes: \`${asText}\`.`,
    zh: `${define.zh}如果这里本意是文字，请加引号：\`${asText}\`。`,
  };
}

/**
 * Parses YAML texts into located documents, for `lintCatalog` and the exporters to point at lines. Syntax problems are
 * the loader's to report, so they are dropped here.
 */
export function parseSources(files: readonly SourceFile[], options: ParseOptions = {}): SourceDocument[] {
  return files.flatMap((f) => parseYaml(f.text, f.path, options).documents);
}

/** No content at all: the parser gives an empty `---` document a zero-width null scalar, not `contents: null`. */
function isEmptyDocument(doc: Document.Parsed): boolean {
  const c = doc.contents;
  return (
    c === null ||
    (isScalar(c) && c.value === null && c.range !== undefined && c.range !== null && c.range[0] === c.range[1])
  );
}

export function fileTooLarge(file: string, size: number, limit: number): Diagnostic {
  return fileDiagnostic(
    file,
    'FILE_TOO_LARGE',
    {
      en: `The file is ${size} bytes, over the limit of ${limit} bytes; it was not read.`,
      zh: `文件大小为 ${size} 字节，超过 ${limit} 字节的上限，未予读取。`,
    },
    {
      en: 'Split it into smaller files, or raise the limit with the maxFileBytes option.',
      zh: '请拆分为较小的文件，或用 maxFileBytes 选项提高上限。',
    },
  );
}

/**
 * Takes out the keys that could tamper with object prototypes (`__proto__`, `constructor`, `prototype`), written
 * plainly or through an alias (`? *k` where `&k __proto__`), and the keys that are not text at all (`null:`, `[a, b]:`,
 * `{a: b}:`), each reported at the key itself.
 */
function removeForbiddenKeys(
  doc: Document.Parsed,
  report: (path: PathSegment[], offset: number) => void,
  notText: (path: PathSegment[], offset: number, what: 'null' | 'list' | 'mapping') => void,
): void {
  visit(doc, {
    Pair(_key, pair, path) {
      const written: unknown = pair.key;
      const offset = (written as { range?: [number, number, number] } | null)?.range?.[0] ?? 0;
      const key: unknown = isAlias(written) ? written.resolve(doc) : written;
      if (isScalar(key) && typeof key.value === 'string' && FORBIDDEN_KEYS.has(key.value)) {
        report([...pathOf(path), key.value], offset);
        return visit.REMOVE;
      }
      if (key === null || (isScalar(key) && key.value === null)) {
        notText(pathOf(path), offset, 'null');
        return visit.REMOVE;
      }
      if (isSeq(key) || isMap(key)) {
        notText(pathOf(path), offset, isSeq(key) ? 'list' : 'mapping');
        return visit.REMOVE;
      }
      return undefined;
    },
  });
}

/** Reconstructs the key/index path from the ancestors `visit` hands over. */
function pathOf(ancestors: readonly unknown[]): PathSegment[] {
  const out: PathSegment[] = [];
  for (let i = 0; i < ancestors.length; i++) {
    const node = ancestors[i] as { items?: unknown[]; key?: unknown } | null;
    const child = ancestors[i + 1];
    if (node && 'key' in node && 'value' in node) {
      const k = node.key;
      out.push(isScalar(k) ? String(k.value) : '?');
    } else if (node && Array.isArray(node.items) && child !== undefined) {
      const idx = node.items.indexOf(child);
      if (idx >= 0 && !(child && typeof child === 'object' && 'key' in child && 'value' in child)) out.push(idx);
    }
  }
  return out;
}

/** Anchors on scalar values that no alias of the document uses, with where the `&` is. */
function unusedScalarAnchors(
  doc: Document.Parsed,
  source: string,
): { anchor: string; value: string; offset: number }[] {
  const used = new Set<string>();
  const anchored: { anchor: string; value: string; start: number }[] = [];
  visit(doc, {
    Alias(_k, node) {
      used.add(node.source);
    },
    Scalar(_k, node) {
      if (node.anchor !== undefined && node.range !== undefined && node.range !== null)
        anchored.push({ anchor: node.anchor, value: String(node.value), start: node.range[0] });
    },
  });
  return anchored
    .filter((a) => !used.has(a.anchor))
    .map((a) => ({ ...a, offset: Math.max(0, source.lastIndexOf(`&${a.anchor}`, a.start)) }));
}

function findFirstAliasOffset(
  doc: Document.Parsed,
  where: (alias: Alias, path: readonly unknown[]) => boolean = () => true,
): number | undefined {
  let offset: number | undefined;
  visit(doc, {
    Alias(_k, node, path) {
      if (!where(node, path)) return undefined;
      offset = node.range?.[0];
      return visit.BREAK;
    },
  });
  return offset;
}
