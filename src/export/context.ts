import type { Catalog } from '../catalog/catalog.js';
import { formatPath, texts, type Bilingual, type DiagnosticCode, type PathSegment, type Severity } from '../errors.js';
import { SourceIndex } from '../lint/sources.js';
import { diagnosticAt } from '../load/source.js';
import type { Role } from '../model/index.js';
import type { ExportContext, ExportOptions } from './types.js';

/** The context every exporter gets: the chosen roles and a way to point diagnostics at the YAML that wrote a value. */
export function exportContext(catalog: Catalog, roles: Role[], options: ExportOptions): ExportContext {
  const index = new SourceIndex(catalog, options.documents ?? []);
  return {
    catalog,
    roles,
    lang: options.lang ?? 'en',
    generator: options.generator ?? 'rolematrix',
    diagnostic(
      roleId: string,
      path: readonly PathSegment[],
      code: DiagnosticCode,
      message: Bilingual,
      hint?: Bilingual,
      severity: Severity = 'error',
    ) {
      const target = index.role(roleId, path);
      if ('source' in target) return diagnosticAt(target.source, target.path, code, message, { hint, severity });
      return { code, severity, file: target.file, path: formatPath(path), line: 1, column: 1, ...texts(message, hint) };
    },
  };
}
