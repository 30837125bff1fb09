// The public, browser-safe API: no file system here (see `rolematrix/node`). What a user needs, and no more:
// tests/api/public-api.txt lists every name, so a change to the API is a deliberate one.

import {
  CSCO_COLUMNS,
  ISCO_COLUMNS,
  ONET_FILES,
  readCscoTable,
  readIscoTable,
  readOnetDatabase,
} from './classification/index.js';
import { classifyRoles, CLASSIFY_THRESHOLD, occupationCandidates } from './import/classify.js';
import { draftCscoRoles, draftIscoRoles, draftOnetRoles } from './import/draft.js';
import { DEFAULT_DRAFT_MAPPING } from './import/draft-mapping.js';

// Diagnostics
export { DIAGNOSTIC_CODES, formatDiagnostic, hasErrors } from './errors.js';
export type { Diagnostic, DiagnosticCode, Severity } from './errors.js';

// The model
export { RoleSchema, RoleIdSchema, AUTHORITY, EDUCATION, SKILL_LEVEL, textIn } from './model/index.js';
export { Architecture } from './catalog/architecture.js';
export type {
  Lang,
  LocalizedText,
  RoleId,
  Role,
  RoleDocument,
  Duty,
  Permission,
  VocabularyKind,
  ResponsibilityMatrix,
} from './model/index.js';

// Loading and the catalog
export { loadDocuments, loadText } from './catalog/load.js';
export type { LoadOptions, LoadResult } from './catalog/load.js';
export type { SourceFile } from './source/document.js';
export { Catalog } from './catalog/catalog.js';

// Comparing roles and versions
export { compareRoles, similarity } from './compare/compare.js';
export { compareMany, similarityMatrix } from './compare/many.js';
export { findOverlaps } from './compare/overlaps.js';
export { diffRole, diffCatalogs, CHANGE_KINDS } from './compare/diff.js';
export { DIMENSIONS } from './compare/types.js';
export type { Dimension, RoleComparison, CompareOptions, FieldChange } from './compare/types.js';
export type { RoleChange } from './compare/diff.js';

// Queries
export { query, parseQuery, formatQuery, formatQueryError, q } from './query/index.js';
export type { QueryNode, QueryResult } from './query/index.js';

// Tables for people
export { renderTable } from './render/render.js';
export { comparisonTable, manyTable, matrixTable, overlapsTable, diffTable } from './render/compare-table.js';
export { queryTable } from './render/query-table.js';
export { raciTable } from './render/raci-table.js';
export { renderRoleText } from './render/role-text.js';
export type { Table, TableFormat } from './render/table.js';

// Responsibility matrices, catalog health, job descriptions
export { checkMatrix } from './raci/check.js';
export { draftMatrix } from './raci/draft.js';
export { lintCatalog } from './lint/lint.js';
export { toSarif } from './lint/sarif.js';
export { checkJobDescription } from './jd/check.js';
export { parseJobDescription } from './jd/parse.js';
export { rankRoles } from './jd/match/rank.js';
export type { CheckJdOptions, JdReport } from './jd/check.js';
export { generateJobDescription } from './jd/generate/index.js';
export type { GenerateJdOptions, GeneratedJobDescription } from './jd/generate/index.js';
export { PostingSchema } from './model/posting.js';
export type { Posting } from './model/posting.js';
export { postingHtmlPage } from './render/job-description.js';

// Interchange and the report
export { exportCatalog, exportTarget, EXPORT_FORMATS } from './export/index.js';
export { jobPostingJsonLd } from './export/jsonld.js';
export type { JobPostingDocument } from './export/jsonld.js';
export type { ExportFormat, ExportOptions, ExportResult } from './export/index.js';
export { importDocuments } from './import/index.js';
export type { ImportResult } from './import/types.js';
export { planImport } from './import/write.js';
/**
 * Draft roles from occupational classifications (docs/classifications.md): `readOnetDatabase(files)` and
 * `readCscoTable(file)` give typed occupations, `draftOnetRoles` / `draftCscoRoles` turn them into documents for
 * `planImport`, with `DEFAULT_DRAFT_MAPPING` (or your own `DraftMapping`) saying how values land on the catalog.
 * `occupationCandidates(system, drafts)` and `classifyRoles(catalog, candidates)` suggest codes (`rolematrix classify`).
 */
export const classifications = {
  readOnetDatabase,
  readCscoTable,
  readIscoTable,
  draftOnetRoles,
  draftCscoRoles,
  draftIscoRoles,
  occupationCandidates,
  classifyRoles,
  CLASSIFY_THRESHOLD,
  ONET_FILES,
  CSCO_COLUMNS,
  ISCO_COLUMNS,
  DEFAULT_DRAFT_MAPPING,
} as const;
export type { DraftMapping } from './import/draft-mapping.js';
export { renderReport } from './report/index.js';
export type { ReportOptions } from './report/index.js';
