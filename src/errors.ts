/** Every diagnostic code rolematrix reports. Codes are permanent: never rename one. */
export const DIAGNOSTIC_CODES = {
  YAML_SYNTAX: 'The file is not well-formed YAML.',
  YAML_WARNING: 'The YAML parser warns about something that is probably a mistake.',
  FILE_TOO_LARGE: 'The file exceeds the size limit and was not read.',
  ALIAS_LIMIT: 'The file expands too many YAML aliases (a possible alias bomb).',
  FORBIDDEN_KEY: 'A key such as __proto__ that could tamper with objects.',
  NOT_A_DOCUMENT: 'The YAML document is not a mapping with a known `kind`.',
  UNKNOWN_KIND: 'The `kind` is not one rolematrix knows.',
  UNKNOWN_KEY: 'A key the model does not define.',
  MISSING_KEY: 'A required key is absent.',
  INVALID_TYPE: 'A value has the wrong type.',
  INVALID_VALUE: 'A value has the right type but is not allowed (enum, pattern, range).',
  DUPLICATE_ID: 'Two items share an id (within a role, a vocabulary or the catalog).',
  DANGLING_REFERENCE: 'A reference to a role or vocabulary entry that does not exist.',
  EXTENDS_CYCLE: 'Roles extend each other in a loop.',
  REPORTS_TO_CYCLE: 'Roles report to each other in a loop.',
  SELF_REFERENCE: 'After `extends`, a role escalates to or reports to itself.',
  KPI_WEIGHTS_SUM: 'KPI weights are given but do not sum to 100.',
  MISSING_TRANSLATION: 'A label lacks one of the languages the catalog declares.',
  DUPLICATE_CATALOG_SETTINGS: 'More than one `kind: Catalog` document.',
  FILE_ENCODING: 'A file is not UTF-8 text (GBK, UTF-16 or binary); save it as UTF-8.',
  IO_ERROR: 'A file or directory could not be read.',
  // Responsibility matrices (rolematrix raci): src/raci/rules/
  RACI_NO_ACCOUNTABLE: 'An activity has no A: nobody owns the outcome.',
  RACI_MULTIPLE_ACCOUNTABLE: 'An activity has more than one A.',
  RACI_NO_RESPONSIBLE: 'An activity has no R: nobody does the work.',
  RACI_UNKNOWN_ROLE: 'A matrix names a role the catalog does not have.',
  RACI_UNKNOWN_ITEM: 'A matrix links an activity to a duty or permission the role does not have.',
  RACI_LETTER_NOT_ALLOWED: 'The letter S in a matrix that is not RASCI.',
  RACI_ACCOUNTABLE_WITHOUT_AUTHORITY: 'The A of an activity has no matching permission graded decides or above.',
  RACI_RESPONSIBLE_WITHOUT_DUTY: 'An R of an activity has no duty that covers it.',
  RACI_OVERLOAD: 'A role is A on more activities than the configured maximum.',
  RACI_GAP: 'An activity is linked to no duty of any role.',
  RACI_OMISSION: 'A duty of a role in the matrix is covered by no activity.',
  RACI_OVERLAP: 'Two roles both decide (or approve) over the same activity.',
  // Catalog health (rolematrix lint): src/lint/rules/
  LINT_NEAR_DUPLICATE_ROLES: 'Two roles are so similar they may be one role.',
  LINT_CAREER_DEAD_END: 'A role below the top of its family has no career step.',
  LINT_CAREER_CYCLE: 'Career steps lead back to where they started.',
  LINT_REPORTS_TO_LEVEL: 'A role reports to a role that is not above it in level.',
  LINT_KPI_NO_RUBRIC: 'A qualitative KPI has no rubric to judge it by.',
  LINT_KPI_NO_DATA_SOURCE: 'A KPI says nowhere where its measurement comes from.',
  LINT_KPI_NO_FREQUENCY: 'A KPI of a role has no measuring frequency.',
  LINT_ROLE_WITHOUT_KPI: 'A role is measured on no KPI.',
  LINT_MISSING_TRANSLATION: 'A list of names (aliases, keywords) lacks one of the catalog languages.',
  LINT_UNUSED_VOCABULARY: 'A vocabulary entry that no role uses.',
  LINT_DRAFT_ROLE: 'A role imported as a draft still has values marked to review or fill in.',
  // Job descriptions (rolematrix check-jd): src/jd/
  JD_SYNTAX: 'A structured (YAML or JSON) job description cannot be read.',
  JD_MISSING_SECTION: 'The job description lacks a section readers expect (duties, requirements).',
  JD_TOO_LONG: 'The job description or one of its items is too long to read well.',
  JD_VAGUE: 'A vague, unmeasurable statement.',
  JD_GENDER: 'A requirement on gender.',
  JD_AGE: 'A requirement on age.',
  JD_MARITAL: 'A requirement on marital or childbearing status.',
  JD_ETHNICITY: 'A requirement on ethnicity, nationality or religion.',
  JD_REGION: 'A requirement on region of origin or household registration (户口).',
  JD_APPEARANCE: 'A requirement on appearance, height or weight.',
  JD_HEALTH: 'A requirement on health status unrelated to the job.',
  JD_GENDER_CODED: 'Wording that signals a gender without saying so.',
  JD_MISSING_DUTY: 'A duty of the role the job description does not mention.',
  JD_MISSING_KPI: 'A KPI of the role the job description does not mention.',
  JD_MISSING_SKILL: 'A skill or qualification of the role the job description does not ask for.',
  JD_EXPERIENCE_MISMATCH: "Years of experience outside the role's range.",
  JD_EDUCATION_BELOW_MINIMUM: "An education requirement below the role's minimum.",
  JD_AUTHORITY_ABOVE_GRADE: 'The job description grants an authority above what the role holds.',
  JD_ROLE_CREEP: 'A duty that belongs to another role in the catalog.',
  JD_NO_GOOD_MATCH: 'No role in the catalog fits the job description well.',
  // Job descriptions written from roles (rolematrix jd): src/jd/generate/
  POSTING_SHORTENED:
    'A generated job description leaves out key activities of a duty to stay within the length limits.',
  // Exports to HR tools (rolematrix export): src/export/
  EXPORT_TOO_LONG: 'A value is longer than the target tool accepts; it would be cut or refused.',
  EXPORT_WEIGHTS_SUM: 'Weights the target tool needs to sum to exactly 100 do not (or are missing).',
  EXPORT_DUPLICATE: 'Two records would collide on a value the target tool keeps unique.',
  EXPORT_MISSING_VALUE: 'A value the target tool requires is missing.',
  EXPORT_UNKNOWN_ROLE: 'A role asked for in the export is not in the catalog.',
  EXPORT_FORMULA_ESCAPED:
    'A value starts like a spreadsheet formula, so the CSV file writes it with a leading apostrophe the target tool would keep.',
  EXPORT_LINE_BREAK: 'A list item holds a line break, which a one-item-per-line spreadsheet cell cannot carry.',
  EXPORT_MATRIX_LEFT_OUT:
    'A spreadsheet export of more roles than its similarity sheet is written for leaves that sheet out.',
  EXPORT_CHARACTER_DROPPED: 'A text holds a character (NUL, another control character) that an XLSX file cannot hold.',
  // Imports back into YAML (rolematrix import): src/import/
  IMPORT_SYNTAX: 'An import file cannot be read as the format given (JSON, CSV or XLSX).',
  IMPORT_UNKNOWN_COLUMN: 'A CSV or XLSX column (or sheet) the importer does not know.',
  IMPORT_MISSING_COLUMN: 'A CSV or XLSX sheet lacks a column the importer needs.',
  IMPORT_NOT_PROVIDED:
    'A CSV or XLSX import lacks a sheet or column; the values it would hold are left as they are in the catalog.',
  IMPORT_ORPHAN_ROW: 'A row refers to a role that no row of the roles sheet defines.',
  IMPORT_INHERITED_LOST:
    'An imported role that extends another drops or reorders something it inherits, which `extends` cannot express.',
  IMPORT_MISSING_FILE: 'A file of the O*NET database that the import reads is not in the folder.',
  IMPORT_UNKNOWN_OCCUPATION: 'An occupation code asked for is not in the O*NET database or the classification table.',
  IMPORT_DRAFT:
    'Imported draft roles have values to review or fill in: level, family, orientation, Chinese or English title, permissions.',
  IMPORT_NOT_MAPPED: "A value of the classification source has no place on the catalog's scales or lists.",
} as const;
export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;

export type Severity = 'error' | 'warning' | 'info';

/** The one diagnostic type: what is wrong, where, and what to do about it. */
export interface Diagnostic {
  code: DiagnosticCode;
  severity: Severity;
  /** The file as given to the loader (relative paths stay relative). */
  file: string;
  /** YAML path in the document, e.g. `duties[2].title`; empty for the document itself. */
  path: string;
  /** 1-based line of the offending node (its parent when a key is missing). */
  line: number;
  /** 1-based column. */
  column: number;
  /** A full sentence saying what is wrong. */
  message: string;
  /** What to do about it, where useful. */
  hint?: string;
  /** The message and hint in Chinese (`message` and `hint` are English). */
  zh: { message: string; hint?: string };
  /** The text the finding is about, where it helps to show it (a job description's phrase). */
  excerpt?: string;
}

/**
 * The TypeError of a public function given an argument of the wrong kind: a programmer's mistake, not bad content
 * (which gets diagnostics). Says which function, which argument, what it takes and what it got.
 */
export function badArgument(fn: string, name: string, expected: string, value: unknown): TypeError {
  const got =
    value === null
      ? 'null'
      : Array.isArray(value)
        ? 'an array'
        : typeof value === 'string'
          ? `"${value}"`
          : typeof value;
  return new TypeError(`${fn}: \`${name}\` must be ${expected}, not ${got}.`);
}

/** A message given in both languages. */
export interface Bilingual {
  en: string;
  zh: string;
}

/** Builds the text fields of a diagnostic from bilingual message and hint. */
export function texts(message: Bilingual, hint?: Bilingual): Pick<Diagnostic, 'message' | 'hint' | 'zh'> {
  const out: Pick<Diagnostic, 'message' | 'hint' | 'zh'> = { message: message.en, zh: { message: message.zh } };
  if (hint !== undefined) {
    out.hint = hint.en;
    out.zh.hint = hint.zh;
  }
  return out;
}

/** A path as the list of keys and indexes from the document root. */
export type PathSegment = string | number;

/** Renders a path as `duties[2].title`. */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(seg)) out += out === '' ? seg : `.${seg}`;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}

/** A finding about a whole file (too large, unreadable, no match): it points at line 1, column 1. */
export function fileDiagnostic(
  file: string,
  code: DiagnosticCode,
  message: Bilingual,
  hint?: Bilingual,
  severity: Severity = 'error',
): Diagnostic {
  return { code, severity, file, path: '', line: 1, column: 1, ...texts(message, hint) };
}

/**
 * `file:line:col path: message [CODE]`, like tsc and eslint, in English or Chinese. The hint, if any, follows on its
 * own line.
 */
export function formatDiagnostic(d: Diagnostic, lang: 'zh' | 'en' = 'en'): string {
  const where = `${d.file}:${d.line}:${d.column}${d.path === '' ? '' : ` ${d.path}`}`;
  const zh = lang === 'zh';
  const message = zh ? d.zh.message : d.message;
  const hint = zh ? d.zh.hint : d.hint;
  const severity =
    d.severity === 'error' ? '' : zh ? `${d.severity === 'warning' ? '警告' : '信息'}：` : `${d.severity}: `;
  const head = `${where}: ${severity}${message} [${d.code}]`;
  return hint === undefined ? head : `${head}\n  ${zh ? '提示：' : 'hint: '}${hint}`;
}

/** Sorts diagnostics by file, then position, then code, for stable output. */
export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return list.sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.line - b.line ||
      a.column - b.column ||
      (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
}

/** A severity as a catalog's or a config's `rules` map sets it: `off` silences the code. */
export type RuleSetting = Severity | 'off';
const SETTINGS: readonly string[] = ['error', 'warning', 'info', 'off'];

/** What a `rules` map (code → error | warning | info | off) says of `code`; undefined when nothing valid. */
export function ruleSetting(
  rules: Readonly<Record<string, unknown>> | undefined,
  code: string,
): RuleSetting | undefined {
  const v = rules?.[code];
  return typeof v === 'string' && SETTINGS.includes(v) ? (v as RuleSetting) : undefined;
}

/** Applies a `rules` map to findings: its severity replaces theirs, and `off` drops them. */
export function applySeverities(
  diagnostics: readonly Diagnostic[],
  rules: Readonly<Record<string, unknown>> | undefined,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const d of diagnostics) {
    const s = ruleSetting(rules, d.code);
    if (s === 'off') continue;
    out.push(s === undefined ? d : { ...d, severity: s });
  }
  return out;
}

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { info: 0, warning: 1, error: 2 };

/** True when any diagnostic is at `level` or more severe (what `--fail-on` asks for). */
export function anyAtOrAbove(list: readonly Diagnostic[], level: Severity): boolean {
  return list.some((d) => SEVERITY_RANK[d.severity] >= SEVERITY_RANK[level]);
}

/** True when any diagnostic is an error. */
export function hasErrors(list: readonly Diagnostic[]): boolean {
  return list.some((d) => d.severity === 'error');
}
