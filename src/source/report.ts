import type { Diagnostic, DiagnosticCode, PathSegment, Severity } from '../errors.js';
import { formatPath, texts, type Bilingual } from '../errors.js';
import type { SourceDocument } from './document.js';
import { locate } from './locate.js';

/** Where a finding points: a path in a parsed document, or only a file when no document is known. */
export type Target =
  { source: SourceDocument; path: readonly PathSegment[] } | { file: string; path: readonly PathSegment[] };

/** How a located diagnostic points (at a key or its value), what it suggests, and how severe it is. */
interface ReportOptions {
  at?: 'key' | 'value';
  hint?: Bilingual | undefined;
  severity?: Severity;
}

/** Builds a diagnostic located in `src`. */
export function diagnosticAt(
  src: SourceDocument,
  path: readonly PathSegment[],
  code: DiagnosticCode,
  message: Bilingual,
  opts: ReportOptions = {},
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

/** Builds a diagnostic at the YAML node `target` names, or at 1:1 of its file when no document is known. */
export function diagnosticFor(
  target: Target,
  code: DiagnosticCode,
  message: Bilingual,
  opts: ReportOptions = {},
): Diagnostic {
  if ('source' in target) return diagnosticAt(target.source, target.path, code, message, opts);
  return {
    code,
    severity: opts.severity ?? 'error',
    file: target.file,
    path: formatPath(target.path),
    line: 1,
    column: 1,
    ...texts(message, opts.hint),
  };
}
