import type { Diagnostic } from '../errors.js';

/** The formats `rolematrix import` reads. */
export const IMPORT_FORMATS = ['json', 'csv', 'xlsx'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** One file to import: its name (for diagnostics) and its content. */
export interface ImportInput {
  file: string;
  /**
   * The file's bytes (any format), or text for JSON and CSV. Bytes of JSON and CSV are decoded as strict UTF-8: a file
   * in
   * another encoding is one IMPORT_SYNTAX, not text with replacement characters. A leading BOM is dropped.
   */
  data: string | Uint8Array;
}

export type ImportedKind = 'Role' | 'Vocabulary' | 'ResponsibilityMatrix' | 'Catalog';

/** A document read from an import, ready to be written as YAML. */
export interface ImportedDocument {
  kind: ImportedKind;
  /** The role id, vocabulary kind, matrix id, or `catalog`. */
  id: string;
  /**
   * Where it belongs in a catalog directory, e.g. `project-manager.yaml`, `vocabulary/skills.yaml`,
   * `matrices/complaint-handling.yaml`, `catalog.yaml`.
   */
  file: string;
  /**
   * The document as plain data with `apiVersion` and `kind`. Roles come resolved (with `extends` applied, `extends`
   * kept as a field); the YAML writer turns a role that extends another back into its delta.
   */
  value: Record<string, unknown>;
  /** Comment lines (without `#`) to put at the top of the file when it is created, e.g. a source's credit line. */
  header?: readonly string[];
}

export interface ImportResult {
  documents: ImportedDocument[];
  /** Problems located in the import file (line and column; for CSV/XLSX the row and the column number). */
  diagnostics: Diagnostic[];
}
