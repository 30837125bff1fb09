import { Catalog } from '../catalog/catalog.js';
import { applySeverities, badArgument, fileDiagnostic, sortDiagnostics, type Diagnostic } from '../errors.js';
import type { Role } from '../model/index.js';
import { isDisabled } from './disable.js';
import { autoRole, checkAgainstRole, type RoleCheckResult } from './checks/index.js';
import type { RoleRank } from './match/rank.js';
import { LOW_CONFIDENCE_THRESHOLD } from './match/thresholds.js';
import { parseJobDescription } from './parse.js';
import { runLanguageRules, type TooLongOptions } from './rules/index.js';
import type { JobDescription } from './types.js';

/** The longest text checked, in characters (about 16 times a typical 2 KB job description). */
const MAX_JD_CHARS = 32_000;

export interface CheckJdOptions {
  /** The file name shown in diagnostics; its extension also tells YAML/JSON from text. */
  file?: string;
  /** With a catalog: a role id to check against, or `auto` to pick the best-fitting role. Default `auto`. */
  role?: string;
  /** Severity per rule code (error, warning, info, off); defaults to the catalog document's `rules`. */
  rules?: Readonly<Record<string, string>>;
  /** Length limits for JD_TOO_LONG (Han characters, English words, per item); see DEFAULT_TOO_LONG. */
  tooLong?: Partial<TooLongOptions>;
}

export interface JdReport {
  file: string;
  jd: JobDescription;
  /** The role the JD was checked against (picked by `auto`, or given). */
  role?: string;
  /** With `auto`: every role by fit, best first; the first carries the evidence. */
  ranking?: RoleRank[];
  /**
   * With `auto`, when no role is picked: the best fit if it scores from LOW_CONFIDENCE_THRESHOLD up (a guess, not
   * checked against).
   */
  probable?: { role: string; score: number };
  /** Coverage of the role: what the JD covers and what it misses, by importance. */
  coverage?: Pick<RoleCheckResult, 'score' | 'covered' | 'missing'>;
  /** Every finding: reading, language rules, coverage, contradictions, role creep; sorted by position. */
  diagnostics: Diagnostic[];
}

/**
 * Checks a job description (Markdown, plain text, YAML or JSON; Chinese, English or both): the language rules
 * (discrimination, gender-coded and vague wording, missing sections, length) and, against a role, coverage of its
 * duties, KPIs and skills, contradictions with its requirements and authorities, and duties that belong to other
 * roles. `target` is a catalog (with `options.role` an id or `auto`) or a single role. Never throws on bad content (a
 * JD of any text gets diagnostics); a wrong argument is a programming error: `text` not a string is a TypeError, and
 * `options.role` naming a role the catalog does not have is a RangeError (check `catalog.has(id)` first, as the CLI
 * does).
 */
export function checkJobDescription(text: string, target: Catalog | Role, options: CheckJdOptions = {}): JdReport {
  if (typeof text !== 'string') throw badArgument('checkJobDescription', 'text', 'a string', text);
  const file = options.file ?? '<jd>';
  if (text.length > MAX_JD_CHARS) {
    // A real JD is a few kilobytes; refusing huge input keeps a hostile file from costing minutes.
    const { jd } = parseJobDescription('', file);
    const d = fileDiagnostic(
      file,
      'JD_TOO_LONG',
      {
        en: `The file has ${text.length} characters, over the ${MAX_JD_CHARS} a job description may have; it was not checked.`,
        zh: `文件有 ${text.length} 个字符，超过职位描述 ${MAX_JD_CHARS} 个字符的上限，未予检查。`,
      },
      {
        en: 'Check the job description itself, not a whole document or export that contains it.',
        zh: '请只检查职位描述本身，而不是包含它的整份文档或导出文件。',
      },
    );
    return { file, jd: { ...jd, text }, diagnostics: [d] };
  }
  const catalog =
    target instanceof Catalog
      ? target
      : new Catalog({ roles: new Map([[target.id, target]]), vocabularies: Catalog.empty().vocabularies });
  const rules = options.rules ?? catalog.settings?.rules;
  const { jd, diagnostics } = parseJobDescription(text, file);
  const out: Diagnostic[] = [
    ...diagnostics,
    ...runLanguageRules(jd, {
      ...(rules ? { rules } : {}),
      tooLong: options.tooLong,
    }),
  ];
  const report: JdReport = { file, jd, diagnostics: [] };

  let role: Role | undefined;
  if (!(target instanceof Catalog)) role = target;
  else if (options.role === undefined || options.role === 'auto') {
    const auto = autoRole(jd, catalog);
    report.ranking = auto.ranking;
    for (const x of auto.diagnostics) out.push(x);
    role = auto.role;
    const top = auto.ranking[0];
    if (!role && top && top.score >= LOW_CONFIDENCE_THRESHOLD) report.probable = { role: top.role, score: top.score };
  } else {
    role = catalog.find(options.role);
    if (!role) throw new RangeError(`checkJobDescription: the catalog has no role "${options.role}"`);
  }
  if (role) {
    const check = checkAgainstRole(jd, role, catalog, {
      picked: !(target instanceof Catalog) ? false : options.role === undefined || options.role === 'auto',
    });
    report.role = role.id;
    report.coverage = { score: check.score, covered: check.covered, missing: check.missing };
    for (const x of check.diagnostics.filter((d) => !isDisabled(jd, d.code, d.line))) out.push(x);
  }
  report.diagnostics = sortDiagnostics(applySeverities(out, rules));
  return report;
}
