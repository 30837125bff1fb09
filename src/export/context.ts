import type { Catalog } from '../catalog/catalog.js';
import type { Bilingual, DiagnosticCode, PathSegment, Severity } from '../errors.js';
import { SourceIndex } from '../catalog/sources.js';
import { diagnosticFor } from '../source/report.js';
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
    onProgress: options.onProgress,
    diagnostic(
      roleId: string,
      path: readonly PathSegment[],
      code: DiagnosticCode,
      message: Bilingual,
      hint?: Bilingual,
      severity: Severity = 'error',
    ) {
      return diagnosticFor(index.role(roleId, path), code, message, { hint, severity });
    },
  };
}
