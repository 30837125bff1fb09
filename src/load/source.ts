import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';
import type { Diagnostic, DiagnosticCode, PathSegment, Severity } from '../errors.js';
import { formatPath, texts, type Bilingual } from '../errors.js';

/** One parsed YAML document and what is needed to point into it. */
export interface SourceDocument {
  file: string;
  /** 0-based index of the document in a multi-document file. */
  index: number;
  doc: Document.Parsed;
  lineCounter: LineCounter;
  /** The plain JS value, or undefined when the document could not be converted. */
  value: unknown;
}

export interface Position {
  line: number;
  column: number;
}

/**
 * Where a path points in a document: the key node with `at: 'key'`, else the value node; the nearest existing ancestor
 * when the path does not exist.
 */
export function locate(src: SourceDocument, path: readonly PathSegment[], at: 'key' | 'value' = 'value'): Position {
  let node: unknown = src.doc.contents;
  let offset = offsetOf(node) ?? 0;
  for (let i = 0; i < path.length; i++) {
    if (isAlias(node)) node = node.resolve(src.doc);
    const seg = path[i];
    let next: unknown;
    let keyNode: unknown;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && keyString(p.key) === String(seg));
      if (pair !== undefined) {
        keyNode = pair.key;
        next = pair.value ?? pair.key;
      }
    } else if (isSeq(node) && typeof seg === 'number') {
      next = node.items[seg];
    }
    if (next === undefined && keyNode === undefined) break;
    const last = i === path.length - 1;
    const target = last && at === 'key' && keyNode !== undefined ? keyNode : next;
    offset = offsetOf(target) ?? offsetOf(keyNode) ?? offset;
    node = next;
  }
  const pos = src.lineCounter.linePos(offset);
  return { line: pos.line, column: pos.col };
}

function keyString(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value);
  return undefined;
}

function offsetOf(node: unknown): number | undefined {
  const range = (node as Node | null | undefined)?.range;
  return range === undefined || range === null ? undefined : range[0];
}

/** Builds a diagnostic located in `src`. */
export function diagnosticAt(
  src: SourceDocument,
  path: readonly PathSegment[],
  code: DiagnosticCode,
  message: Bilingual,
  opts: { at?: 'key' | 'value'; hint?: Bilingual | undefined; severity?: Severity } = {},
): Diagnostic {
  const pos = locate(src, path, opts.at);
  return {
    code,
    severity: opts.severity ?? 'error',
    file: src.file,
    path: formatPath(path),
    line: pos.line,
    column: pos.column,
    ...texts(message, opts.hint),
  };
}
