import type { Catalog } from '../../catalog/catalog.js';
import type { JobDescription } from '../types.js';
import { analyse, type Analysis } from './analysis.js';
import { educationBelow, yearsContradict } from './contradictions.js';
import { CONTRADICTION_FACTOR, FIT_WEIGHTS, MATCH_THRESHOLD, PARTIAL_THRESHOLD } from './thresholds.js';

// Ranking: every role's fit for a JD, for `--role auto` and for the score of a role check.

/** Full credit at MATCH_THRESHOLD, none below PARTIAL_THRESHOLD, linear between. */
function credit(score: number): number {
  if (score >= MATCH_THRESHOLD) return 1;
  if (score <= PARTIAL_THRESHOLD) return 0;
  return (score - PARTIAL_THRESHOLD) / (MATCH_THRESHOLD - PARTIAL_THRESHOLD);
}

/** One piece of evidence: a JD item that matched a duty, KPI or skill of the role. */
interface MatchEvidence {
  /** What it matched: `duty:inbound-contacts`, `kpi:customer-satisfaction`, `skill:communication`. */
  what: string;
  line: number;
  column: number;
  text: string;
  score: number;
}

/** A role's fit for a JD: best first in `rankRoles`. */
export interface RoleRank {
  role: string;
  /** 0–1; see FIT_WEIGHTS and CONTRADICTION_FACTOR. */
  score: number;
  /** The role's duties, KPIs and skills the JD covers, as `duty:…`, `kpi:…`, `skill:…`, in the role's order. */
  matched: string[];
  /** The JD items behind `matched`, best match per entry. */
  evidence: MatchEvidence[];
  /** The parts of the score: duty F-measure, title, KPI and skill coverage, and the contradiction factor. */
  parts: { duties: number; title: number | undefined; kpis: number; skills: number; factor: number };
}

/**
 * A role's fit: the F-measure of duty recall (the role's duties the JD covers) and duty precision (the JD's duty
 * items that belong to the role), weighed with title, KPI and skill coverage (FIT_WEIGHTS), then lowered when the
 * JD's years or education contradict the role (CONTRADICTION_FACTOR). Items between PARTIAL_THRESHOLD and
 * MATCH_THRESHOLD count in part. With `explain`, the JD items behind each match are kept as evidence.
 */
export function fit(a: Analysis, r: number, explain: boolean): RoleRank {
  const f = a.f;
  const rf = f.roles[r]!;
  const nd = f.duties.length;
  const matched: string[] = [];
  const evidence: MatchEvidence[] = [];
  const note = (what: string, row: number, score: number) => {
    matched.push(what);
    if (!explain || row < 0) return;
    const { item } = a.items[row]!;
    evidence.push({ what, line: item.line, column: item.column, text: item.text, score: round(score) });
  };
  // Duty recall: how well the role's duties are covered by any item.
  let recall = 0;
  for (const d of rf.duties) {
    let best = 0;
    let at = -1;
    for (let row = 0; row < a.items.length; row++) {
      const s = a.dutyScores[row * nd + d]!;
      if (s > best) {
        best = s;
        at = row;
      }
    }
    recall += credit(best);
    if (best >= MATCH_THRESHOLD) note(`duty:${f.duties[d]!.id}`, at, best);
  }
  recall = rf.duties.length === 0 ? 0 : recall / rf.duties.length;
  // Duty precision: how many of the JD's duty items belong to the role.
  let precision = 0;
  let dutyItems = 0;
  for (let row = 0; row < a.items.length; row++) {
    if (!a.items[row]!.duty) continue;
    dutyItems++;
    let best = 0;
    for (const d of rf.duties) best = Math.max(best, a.dutyScores[row * nd + d]!);
    precision += credit(best);
  }
  precision = dutyItems === 0 ? recall : precision / dutyItems;
  const duties = recall + precision === 0 ? 0 : (2 * recall * precision) / (recall + precision);

  let kpiWeight = 0;
  let kpiCovered = 0;
  for (const k of rf.kpis) {
    const w = k.weight > 0 ? k.weight : 1;
    kpiWeight += w;
    const s = a.kpiBest[k.index]!;
    kpiCovered += w * credit(s);
    if (s >= MATCH_THRESHOLD) note(`kpi:${k.ref}`, a.kpiItem[k.index]!, s);
  }
  let skillCovered = 0;
  for (const s of rf.skills) {
    const v = a.skillBest[s.index]!;
    skillCovered += credit(v);
    if (v >= MATCH_THRESHOLD) note(`skill:${s.ref}`, a.skillItem[s.index]!, v);
  }
  const kpis = kpiWeight === 0 ? 0 : kpiCovered / kpiWeight;
  const skills = rf.skills.length === 0 ? 0 : skillCovered / rf.skills.length;
  const title = a.titles?.[r];
  let score = FIT_WEIGHTS.duties * duties + FIT_WEIGHTS.kpis * kpis + FIT_WEIGHTS.skills * skills;
  score = title === undefined ? score / (1 - FIT_WEIGHTS.title) : score + FIT_WEIGHTS.title * title;
  let factor = 1;
  if (a.claims.years.some((c) => !c.management && yearsContradict(c, rf.role)))
    factor *= CONTRADICTION_FACTOR.experience;
  if (a.claims.education.some((c) => educationBelow(c, rf.role))) factor *= CONTRADICTION_FACTOR.education;
  for (const w of a.defining)
    if (!rf.defining.has(w)) {
      factor *= CONTRADICTION_FACTOR.otherJob;
      break;
    }
  return {
    role: rf.role.id,
    score: round(score * factor),
    matched,
    evidence,
    parts: {
      duties: round(duties),
      title: title === undefined ? undefined : round(title),
      kpis: round(kpis),
      skills: round(skills),
      factor,
    },
  };
}

/** A score to three decimals, as reports show it. */
export const round = (x: number) => Math.round(x * 1000) / 1000;

/** Every role of the catalog with its fit for the JD, best first (ties by role id). */
export function rankRoles(jd: JobDescription, catalog: Catalog): RoleRank[] {
  const a = analyse(jd, catalog);
  const ranks = a.f.roles.map((_, r) => fit(a, r, false));
  ranks.sort((x, y) => y.score - x.score || (x.role < y.role ? -1 : 1));
  // Explain the top match (the rest stay cheap: `matched` only).
  if (ranks[0]) ranks[0] = fit(a, a.f.roleIndex.get(ranks[0].role)!, true);
  return ranks;
}

/**
 * One role's fit for the JD (undefined when the catalog lacks the role), with the JD items behind it when `explain`:
 * for a caller that ranks several JDs for one role (`classifyRoles`, each occupation a JD).
 */
export function fitRole(jd: JobDescription, catalog: Catalog, role: string, explain = false): RoleRank | undefined {
  const a = analyse(jd, catalog);
  const r = a.f.roleIndex.get(role);
  return r === undefined ? undefined : fit(a, r, explain);
}
