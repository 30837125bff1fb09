import type { Catalog } from '../../catalog/catalog.js';
import { texts, type Bilingual, type Diagnostic, type Severity } from '../../errors.js';
import type { LocalizedText, Role } from '../../model/index.js';
import { textIn } from '../../model/text.js';
import type { Analysis } from '../match/analysis.js';
import type { RoleFeature } from '../match/features.js';
import type { RoleRank } from '../match/rank.js';
import type { JdPosition, JdSectionKind, JobDescription } from '../types.js';

/** The codes of the checks against one role, one file each under `checks/`. */
export type RoleCheckCode =
  | 'JD_MISSING_DUTY'
  | 'JD_MISSING_KPI'
  | 'JD_MISSING_SKILL'
  | 'JD_EXPERIENCE_MISMATCH'
  | 'JD_EDUCATION_BELOW_MINIMUM'
  | 'JD_AUTHORITY_ABOVE_GRADE'
  | 'JD_ROLE_CREEP';

/** The codes of the checks on the ranking of every role (`--role auto`). */
export type AutoCheckCode = 'JD_NO_GOOD_MATCH';

/** What of a role a job description can cover or miss. */
export const COVERAGE_KINDS = ['duty', 'kpi', 'skill', 'education', 'experience'] as const;
export type CoverageKind = (typeof COVERAGE_KINDS)[number];

/** Something the role has that the JD covers, with the items that cover it. */
export interface Covered {
  kind: CoverageKind;
  id: string;
  score: number;
  items: { line: number; column: number; text: string }[];
}

/** Something the role has that the JD does not mention, in order of importance. */
export interface Missing {
  kind: CoverageKind;
  id: string;
  /** Higher is more important; `missing` is sorted by it. */
  importance: number;
  severity: Severity;
  label: { en: string; zh: string };
}

/** What every check gets: the JD, and a diagnostic of the check's own code at a place in it. */
interface CheckContext {
  jd: JobDescription;
  catalog: Catalog;
  /** A diagnostic of the check's code at `place` (line 1, column 1 for the whole JD). */
  diagnostic(severity: Severity, place: JdPosition, message: Bilingual, hint?: Bilingual, excerpt?: string): Diagnostic;
  /** Reports a finding. */
  report(diagnostic: Diagnostic): void;
}

/** What a check against one role reads and where it puts what it finds. */
export interface RoleCheckContext extends CheckContext {
  role: Role;
  /** The role's title in both languages, as messages name it. */
  roleTitle: Bilingual;
  /**
   * True when `--role auto` picked the role: the JD was not written for it, so what it leaves out of the role's
   * measurement (KPIs) is a note, not a warning.
   */
  picked: boolean;
  /** The JD scored against the catalog. */
  analysis: Analysis;
  /** The role's duties, KPIs, skills and permissions as matching reads them. */
  features: RoleFeature;
  /** Records something of the role the JD covers. */
  cover(covered: Covered): void;
  /** Records something of the role the JD leaves out; its diagnostic is reported in order of importance. */
  miss(missing: Missing, diagnostic: Diagnostic): void;
}

/** What a check on the ranking reads. */
interface AutoCheckContext extends CheckContext {
  /** Every role by fit, best first. */
  ranking: readonly RoleRank[];
}

/** A check of a JD against one role: a small function over its context, one file each, registered by its code. */
export interface RoleCheck<C extends RoleCheckCode = RoleCheckCode> {
  code: C;
  check(ctx: RoleCheckContext): void;
}

/** A check of a JD against the ranking of every role (`--role auto`). */
export interface AutoCheck<C extends AutoCheckCode = AutoCheckCode> {
  code: C;
  check(ctx: AutoCheckContext): void;
}

/** The `diagnostic` of a check's context: the JD's file, no path, the check's code. */
export function diagnosticOf(jd: JobDescription, code: RoleCheckCode | AutoCheckCode): CheckContext['diagnostic'] {
  return (severity, place, message, hint, excerpt) => {
    const d: Diagnostic = {
      code,
      severity,
      file: jd.file,
      path: '',
      line: place.line,
      column: place.column,
      ...texts(message, hint),
    };
    if (excerpt !== undefined) d.excerpt = excerpt;
    return d;
  };
}

/** A localized text in both languages. */
export const bilingual = (t: LocalizedText | undefined): Bilingual => ({ en: textIn(t, 'en'), zh: textIn(t, 'zh') });

/** How messages name the role: `id (title)` in English, `title（id）` in Chinese. */
export function roleName(ctx: RoleCheckContext): Bilingual {
  return { en: `${ctx.role.id} (${ctx.roleTitle.en})`, zh: `${ctx.roleTitle.zh}（${ctx.role.id}）` };
}

/** Where a missing thing belongs: the first section of that kind, or line 1 column 1. */
export function sectionPlace(jd: JobDescription, kinds: readonly JdSectionKind[]): JdPosition {
  for (const k of kinds) {
    const s = jd.sections.find((x) => x.kind === k && x.heading !== '');
    if (s) return { line: s.line, column: s.column };
  }
  return { line: 1, column: 1 };
}

/** The place and text of the JD item in row `row` of the analysis, as `Covered` lists it. */
export function itemOf(a: Analysis, row: number): Covered['items'][number] {
  const { item } = a.items[row]!;
  return { line: item.line, column: item.column, text: item.text };
}
