// The public, browser-safe API: no file system here (see `rolematrix/node`).
export { DIAGNOSTIC_CODES, formatDiagnostic, formatPath, hasErrors, sortDiagnostics } from './errors.js';
export {
  LANGS,
  LangSchema,
  LocalizedTextSchema,
  LocalizedListSchema,
  textIn,
  languagesOf,
  ID_PATTERN,
  RoleIdSchema,
  DutyIdSchema,
  PermissionIdSchema,
  VocabIdSchema,
  LEVEL,
  AUTHORITY,
  EDUCATION,
  SKILL_LEVEL,
  SCALES,
  DUTY_CATEGORIES,
  DutySchema,
  PERMISSION_DOMAINS,
  PermissionSchema,
  YearsRangeSchema,
  EducationSchema,
  ExperienceSchema,
  SkillRequirementSchema,
  QualificationsSchema,
  KPI_UNITS,
  KPI_FREQUENCIES,
  KPI_OPERATORS,
  KpiTargetSchema,
  RoleKpiSchema,
  StakeholderSchema,
  CAREER_TRACKS,
  CareerStepSchema,
  API_VERSION,
  ORIENTATIONS,
  WORK_SETTINGS,
  WorkEnvironmentSchema,
  ClassificationSchema,
  REQUIRED_ROLE_FIELDS,
  RoleSchema,
  VOCABULARY_KINDS,
  VocabularyEntrySchema,
  VocabularySchema,
  CatalogSettingsSchema,
  DOCUMENT_SCHEMAS,
  DOCUMENT_KINDS,
  roleJsonSchema,
} from './model/index.js';
export { loadDocuments, loadText } from './load/load.js';
export { parseYaml, FORBIDDEN_KEYS, DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_ALIAS_COUNT } from './load/parse.js';
export { Catalog } from './catalog/catalog.js';
export { mergeRole } from './catalog/merge.js';
export {
  compareRoles,
  similarity,
  DIMENSION_WEIGHTS,
  CHANGED_CREDIT,
  DEFAULT_SIMILAR_THRESHOLD,
} from './compare/compare.js';
export { compareMany, similarityMatrix } from './compare/many.js';
export { findOverlaps } from './compare/overlaps.js';
export { diffRole, diffCatalogs, CHANGE_KINDS } from './compare/diff.js';
export { DIMENSIONS } from './compare/types.js';
export {
  query,
  evaluate,
  parseQuery,
  formatQuery,
  formatQueryError,
  q,
  queryTable,
  QUERY_FIELDS,
} from './query/index.js';
export { renderTable } from './render/render.js';
export { cell, TABLE_FORMATS } from './render/table.js';
export { comparisonTable, manyTable, matrixTable, overlapsTable, diffTable } from './render/compare-table.js';
export { renderRoleText } from './render/role-text.js';
export { checkMatrix, applySeverities, MATRIX_RULES } from './raci/check.js';
export { draftMatrix } from './raci/draft.js';
export { lintCatalog, LINT_SEVERITIES } from './lint/lint.js';
export { parseSources } from './lint/sources.js';
export { toSarif } from './lint/sarif.js';
export { checkJobDescription } from './jd/check.js';
export { parseJobDescription } from './jd/parse.js';
export { rankRoles } from './jd/match/rank.js';
export { autoRole, checkAgainstRole } from './jd/checks/index.js';
export { JD_RULES, runLanguageRules } from './jd/rules/index.js';
export { raciTable, draftTable, roleLettersTable } from './render/raci-table.js';
export { RACI_LETTERS, ResponsibilityMatrixSchema, ActivitySchema } from './model/matrix.js';
export { words, textWords } from './text/segment.js';
export { exportCatalog, EXPORT_FORMATS } from './export/index.js';
export { jsonLdDocument, occupationId, jobPostingId, termSetId } from './export/jsonld.js';
export { jdxJobDescription, jdxFileName, JDX_ROLE_SET } from './export/jdx.js';
export {
  odooXmlId,
  ODOO_JOB_COLUMNS,
  ODOO_DEPARTMENT_COLUMNS,
  ODOO_SKILL_TYPE_COLUMNS,
  ODOO_JOB_SKILL_COLUMNS,
} from './export/odoo.js';
export {
  FRAPPE_SKILL_COLUMNS,
  FRAPPE_KRA_COLUMNS,
  FRAPPE_APPRAISAL_TEMPLATE_COLUMNS,
  FRAPPE_DESIGNATION_COLUMNS,
  FRAPPE_DATA_MAX,
} from './export/frappe.js';
export { ORANGEHRM_LIMITS } from './export/orangehrm.js';
export { catalogSheets, headerRow, sheetName, SHEET_SPECS, EXCEL_CELL_LIMIT } from './export/sheets.js';
export { readSheets } from './import/sheets.js';
export { importDocuments, IMPORT_FORMATS } from './import/index.js';
export { readJson } from './import/json.js';
export { planImport } from './import/write.js';
export { toYamlText, updateYamlText } from './import/yaml.js';
export { roleDelta } from './import/delta.js';
export {
  catalogExport,
  catalogExportJsonSchema,
  CatalogExportSchema,
  ExportedRoleSchema,
  RoleLabelsSchema,
  CATALOG_JSON_FILE,
  CATALOG_SCHEMA_FILE,
} from './export/canonical.js';
export {
  renderReport,
  renderReportPage,
  buildReportData,
  choosePairs,
  DEFAULT_MAX_PAIRS,
  MATRIX_MAX_ROLES,
  REPORT_LABELS,
} from './report/index.js';

export type { Diagnostic, DiagnosticCode, Severity, PathSegment } from './errors.js';
export type {
  Lang,
  LocalizedText,
  LocalizedList,
  RoleId,
  DutyId,
  PermissionId,
  VocabId,
  Scale,
  Level,
  Authority,
  EducationLevel,
  SkillLevel,
  Duty,
  Permission,
  PermissionDomain,
  YearsRange,
  Education,
  Experience,
  SkillRequirement,
  Qualifications,
  KpiTarget,
  RoleKpi,
  Stakeholder,
  CareerStep,
  Orientation,
  WorkEnvironment,
  Classification,
  Role,
  RoleDocument,
  VocabularyKind,
  VocabularyEntry,
  Vocabulary,
  CatalogSettings,
  DocumentKind,
} from './model/index.js';
export type { SourceFile, LoadOptions, LoadResult } from './load/load.js';
export type { ParseOptions } from './load/parse.js';
export type { Vocabularies } from './catalog/catalog.js';
export type {
  Dimension,
  DimensionItems,
  DimensionComparison,
  DimensionComparisons,
  RoleComparison,
  CompareOptions,
  FieldChange,
  Effect,
  Keyed,
  Matched,
  Changed,
  Similar,
} from './compare/types.js';
export type { SimilarityMatrix, ManyComparison } from './compare/many.js';
export type { Overlaps, RoleOverlap, SharedDuty } from './compare/overlaps.js';
export type { RoleChange, ChangeKind, Demand } from './compare/diff.js';
export type {
  QueryNode,
  QueryError,
  QueryResult,
  QueryMatch,
  QueryReason,
  QuerySuccess,
  QueryFailure,
} from './query/index.js';
export type { Table, Row, Cell, CellMark, TableFormat } from './render/table.js';
export type { ResponsibilityMatrix, Activity, RaciLetter } from './model/matrix.js';
export type { MatrixCheckOptions } from './raci/context.js';
export type { DraftMatrix, DraftCell } from './raci/draft.js';
export type { Bilingual } from './errors.js';
export type { LintOptions } from './lint/lint.js';
export type { SarifOptions } from './lint/sarif.js';
export type { CheckJdOptions, JdReport } from './jd/check.js';
export type { JobDescription, JdSection, JdItem, JdSectionKind } from './jd/types.js';
export type { JdRule } from './jd/rules/index.js';
export type { RenderOptions } from './render/render.js';
export type { ExportFormat, ExportOptions, ExportResult, ExportFile, ExportContext } from './export/index.js';
export type { JsonLdDocument } from './export/jsonld.js';
export type { JdxJobDescription, JdxAnnotatedDefinedTerm } from './export/jdx.js';
export type { OrangeHrmJobTitle } from './export/orangehrm.js';
export type { Sheet, SheetColumn, CellValue, SheetKey } from './export/sheets.js';
export type { ImportFormat, ImportInput, ImportResult, ImportedDocument, ImportedKind } from './import/types.js';
export type { ImportOptions } from './import/json.js';
export type { ImportPlan, PlannedFile } from './import/write.js';
export type { RoleDelta } from './import/delta.js';
export type { YamlTextOptions } from './import/yaml.js';
export type { CatalogExport, RoleLabels } from './export/canonical.js';
export type { ReportOptions, ReportData, ReportPage, ReportDataOptions } from './report/index.js';
