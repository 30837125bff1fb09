import type { Bilingual, Diagnostic, DiagnosticCode, PathSegment, Severity } from '../errors.js';
import type { SourceDocument } from '../source/document.js';
import { diagnosticAt } from '../source/report.js';
import type {
  Lang,
  ResponsibilityMatrix,
  Role,
  RoleId,
  RoleDocument,
  VocabularyEntry,
  VocabularyKind,
} from '../model/index.js';
import type { CatalogSettings } from '../model/vocabulary.js';
import type { Architecture } from './architecture.js';
import type { Catalog } from './catalog.js';

/** Where something was defined: its document and its path there. */
export interface Located<T> {
  value: T;
  source: SourceDocument;
  path: PathSegment[];
}

/** What cross-document rules see. A rule reads it and pushes diagnostics; adding a rule touches one file. */
export interface CatalogContext {
  languages: readonly Lang[];
  /** The catalog settings document, if the catalog has one. */
  settings: Located<CatalogSettings> | undefined;
  /** The level ladder and tracks roles are placed on (the catalog's own, else the base's, else the built-in one). */
  architecture: Architecture;
  /** Every vocabulary as the catalog ends up with it: base and built-in entries included. */
  lists: { readonly [K in VocabularyKind]: ReadonlyMap<string, VocabularyEntry> };
  /** Role documents as written, by id (the first definition wins when ids clash). */
  roles: Map<string, Located<RoleDocument>>;
  /** Responsibility matrices as written, by id. */
  matrices: Map<string, Located<ResponsibilityMatrix>>;
  /** Roles with `extends` applied; only roles whose chain resolved. */
  resolved: Map<RoleId, Role>;
  vocabularies: { [K in VocabularyKind]: Map<string, Located<VocabularyEntry>> };
  /** A catalog the documents build on (e.g. the shipped one), for references and `extends`. */
  base: Catalog | undefined;
  /** Ids from documents that failed their schema: they exist, but are not in the catalog. */
  unvalidated: {
    roles: ReadonlySet<string>;
    vocabularies: ReadonlyMap<string, ReadonlySet<string>>;
    roleDocuments: readonly SourceDocument[];
  };
  report(
    src: SourceDocument,
    path: readonly PathSegment[],
    code: DiagnosticCode,
    message: Bilingual,
    opts?: { at?: 'key' | 'value'; hint?: Bilingual | undefined; severity?: Severity },
  ): void;
  diagnostics: Diagnostic[];
}

export type CatalogRule = (ctx: CatalogContext) => void;

export function makeReporter(diagnostics: Diagnostic[]): CatalogContext['report'] {
  return (src, path, code, message, opts) => diagnostics.push(diagnosticAt(src, path, code, message, opts));
}
