import type { Catalog } from '../../catalog/catalog.js';
import type { Diagnostic } from '../../errors.js';
import type { Role } from '../../model/index.js';
import { analyse } from '../match/analysis.js';
import { fit, rankRoles, type RoleRank } from '../match/rank.js';
import { GAPS_SHOWN_WHEN_PICKED, NO_GOOD_MATCH_THRESHOLD } from '../match/thresholds.js';
import type { JobDescription } from '../types.js';
import { authorityAboveGrade } from './authority-above-grade.js';
import {
  bilingual,
  diagnosticOf,
  type AutoCheck,
  type AutoCheckCode,
  type Covered,
  type Missing,
  type RoleCheck,
  type RoleCheckCode,
} from './check.js';
import { educationBelowMinimum } from './education-below-minimum.js';
import { experienceMismatch } from './experience-mismatch.js';
import { missingDuty } from './missing-duty.js';
import { missingKpi } from './missing-kpi.js';
import { missingSkill } from './missing-skill.js';
import { noGoodMatch } from './no-good-match.js';
import { roleCreep } from './role-creep.js';

export type { Covered, CoverageKind, Missing, RoleCheckCode, AutoCheckCode } from './check.js';

/**
 * Every check against one role, by its code, in the order they run: coverage first (what the role has and the JD
 * leaves out, reported by importance), then contradictions and role creep. A code without its check does not compile.
 */
export const ROLE_CHECKS: { readonly [C in RoleCheckCode]: RoleCheck<C> } = {
  JD_MISSING_DUTY: missingDuty,
  JD_MISSING_KPI: missingKpi,
  JD_MISSING_SKILL: missingSkill,
  JD_EXPERIENCE_MISMATCH: experienceMismatch,
  JD_EDUCATION_BELOW_MINIMUM: educationBelowMinimum,
  JD_AUTHORITY_ABOVE_GRADE: authorityAboveGrade,
  JD_ROLE_CREEP: roleCreep,
};

/** Every check on the ranking of all roles (`--role auto`), by its code. */
export const AUTO_CHECKS: { readonly [C in AutoCheckCode]: AutoCheck<C> } = {
  JD_NO_GOOD_MATCH: noGoodMatch,
};

/** What a JD covers of one role and what it gets wrong about it. */
export interface RoleCheckResult {
  role: string;
  /** The role's fit for the JD, as in `rankRoles`. */
  score: number;
  covered: Covered[];
  missing: Missing[];
  diagnostics: Diagnostic[];
}

/**
 * Checks a JD against one role: coverage of its duties, KPIs, skills and qualifications (missing ones ranked by
 * IMPORTANCE), contradictions (years of experience, education, authority above the role's grade) and role creep.
 */
export function checkAgainstRole(
  jd: JobDescription,
  role: Role,
  catalog: Catalog,
  options: { picked?: boolean } = {},
): RoleCheckResult {
  const picked = options.picked ?? false;
  const analysis = analyse(jd, catalog);
  const r = analysis.f.roleIndex.get(role.id);
  if (r === undefined || analysis.f.roles[r]!.role !== role)
    throw new TypeError(`The role ${role.id} is not in the catalog given.`);
  const covered: Covered[] = [];
  const missing: { missing: Missing; diagnostic: Diagnostic }[] = [];
  const reported: Diagnostic[] = [];
  const roleTitle = bilingual(role.title);
  const features = analysis.f.roles[r]!;
  const report = (d: Diagnostic) => void reported.push(d);
  const cover = (c: Covered) => void covered.push(c);
  const miss = (m: Missing, d: Diagnostic) => void missing.push({ missing: m, diagnostic: d });
  // Contexts written out, not spread from a common base: a spread here cost as much as the checks themselves.
  for (const check of Object.values(ROLE_CHECKS)) {
    const diagnostic = diagnosticOf(jd, check.code);
    check.check({ jd, catalog, role, roleTitle, picked, analysis, features, diagnostic, report, cover, miss });
  }
  missing.sort((x, y) => y.missing.importance - x.missing.importance);
  return {
    role: role.id,
    score: fit(analysis, r, false).score,
    covered,
    missing: missing.map((m) => m.missing),
    // Picked by auto, the JD was not written against this role: its top gaps are findings, all of them are data.
    diagnostics: [
      ...(picked ? missing.slice(0, GAPS_SHOWN_WHEN_PICKED) : missing).map((m) => m.diagnostic),
      ...reported,
    ],
  };
}

/** The role `--role auto` picks, the ranking it picked from, and JD_NO_GOOD_MATCH when it picks none. */
interface AutoRoleResult {
  /** The best-fitting role, or undefined when none fits well enough. */
  role: Role | undefined;
  /** Its entry in `ranking`, with the evidence. */
  best: RoleRank | undefined;
  ranking: RoleRank[];
  /** JD_NO_GOOD_MATCH when no role is picked. */
  diagnostics: Diagnostic[];
}

/**
 * The role that fits the JD best, or none (with JD_NO_GOOD_MATCH) when the best fit is below NO_GOOD_MATCH_THRESHOLD.
 */
export function autoRole(jd: JobDescription, catalog: Catalog): AutoRoleResult {
  const ranking = rankRoles(jd, catalog);
  const diagnostics: Diagnostic[] = [];
  for (const check of Object.values(AUTO_CHECKS))
    check.check({ jd, catalog, ranking, diagnostic: diagnosticOf(jd, check.code), report: (d) => diagnostics.push(d) });
  const top = ranking[0];
  if (top && top.score >= NO_GOOD_MATCH_THRESHOLD)
    return { role: catalog.find(top.role), best: top, ranking, diagnostics };
  return { role: undefined, best: undefined, ranking, diagnostics };
}
