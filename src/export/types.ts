import type { Catalog } from '../catalog/catalog.js';
import type { Bilingual, Diagnostic, DiagnosticCode, PathSegment, Severity } from '../errors.js';
import type { SourceDocument } from '../source/document.js';
import type { Role } from '../model/index.js';
import type { Lang } from '../model/text.js';
import type { Progress } from '../compare/many.js';

/** The targets `rolematrix export` writes. */
export const EXPORT_FORMATS = ['json', 'jsonld', 'jdx', 'odoo', 'frappe', 'orangehrm', 'xlsx', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** One file of an export: its suggested name, its content and its media type. */
export interface ExportFile {
  /** A file name without directories, e.g. `hr.job.csv`. */
  name: string;
  /** Text (UTF-8) or bytes (XLSX). */
  content: string | Uint8Array;
  mediaType: string;
}

/** What an export produced. When any diagnostic is an error, `files` is empty: the target would refuse the data. */
export interface ExportResult {
  format: ExportFormat;
  files: ExportFile[];
  diagnostics: Diagnostic[];
}

export interface ExportOptions {
  /** Roles to export (ids); all roles of the catalog by default. */
  roles?: readonly string[];
  /**
   * Language of single-language targets (Odoo, Frappe, OrangeHRM, JobPosting); default `en`. Bilingual targets carry
   * both.
   */
  lang?: Lang;
  /**
   * The parsed YAML documents behind the catalog, so diagnostics can point at lines; without them they point at the
   * role's file.
   */
  documents?: readonly SourceDocument[];
  /** The generator named in the files (e.g. `rolematrix 0.1.0`). */
  generator?: string;
  /** Told how many pairs of roles the similarity sheet (csv, xlsx) has compared so far. */
  onProgress?: Progress | undefined;
}

/** What each target's exporter gets. */
export interface ExportContext {
  catalog: Catalog;
  /** The roles to export, in catalog order (`catalog.list()`), with `extends` applied. */
  roles: Role[];
  lang: Lang;
  generator: string;
  onProgress?: Progress | undefined;
  /**
   * A diagnostic about `path` of role `roleId` (a path in the resolved role, e.g. `['title', 'en']` or `['kpis', 2,
   * 'weight']`),
   * located in the YAML file that writes that part when the documents are known.
   */
  diagnostic(
    roleId: string,
    path: readonly PathSegment[],
    code: DiagnosticCode,
    message: Bilingual,
    hint?: Bilingual,
    severity?: Severity,
  ): Diagnostic;
}

/** One target: synchronous for text formats, a promise for binary ones (XLSX). */
export type Exporter = (ctx: ExportContext) => Omit<ExportResult, 'format'> | Promise<Omit<ExportResult, 'format'>>;
