import type { Authority } from '../../model/scales.js';

// Thresholds and weights of JD matching, in one place (tests/jd/match.test.ts pins their effect).

/** A JD item covers a duty, KPI or skill when their match score reaches this (scores run from 0 to 1). */
export const MATCH_THRESHOLD = 0.5;
/** Below this an item is no evidence at all; between it and MATCH_THRESHOLD it counts in part when roles are ranked. */
export const PARTIAL_THRESHOLD = 0.25;
/**
 * A duty item is role creep when no duty of the role covers it (below MATCH_THRESHOLD), another role's duty does,
 * and by at least this much more.
 */
export const CREEP_MARGIN = 0.25;
/** How well another role's duty must match a JD item before the item counts as that role's work (role creep). */
export const CREEP_MIN = 0.45;
/** `--role auto` picks no role when the best fit scores below this. */
export const NO_GOOD_MATCH_THRESHOLD = 0.3;
/**
 * Between this and NO_GOOD_MATCH_THRESHOLD the best fit is named as a low-confidence guess ("probably X"), and not
 * checked against; below it the JD is taken to be for a role the catalog lacks.
 */
export const LOW_CONFIDENCE_THRESHOLD = 0.15;
/** Claims below this grade describe the work, not a right over it ("handle complaints"), and are not checked. */
export const CHECKED_AUTHORITY: Authority = 'decides';
/** An authority claim is about a permission when their words match at least this well. */
export const PERMISSION_MATCH = 0.34;

/**
 * Weight of evidence that counts in full: about two distinctive words. A phrase or an overlap lighter than this
 * (one common word such as "培训" or "budget") is scaled down, so a generic word does not make a match on its own.
 */
export const FULL_WEIGHT = 9;
/** How many other words may come between the words of a phrase an item carries. */
export const PHRASE_GAP = 1;
/** The share of a phrase of three words or more an item must carry (by weight) to count. */
export const PHRASE_PART = 0.65;
/** How much each part counts in a role's fit score; the title part is left out when the JD has no title. */
export const FIT_WEIGHTS = { duties: 0.5, title: 0.3, kpis: 0.1, skills: 0.1 } as const;
/**
 * What a fit score is multiplied by when the JD's years of experience, or its education, contradict the role; and
 * when its title or duties name a kind of job the role's texts never do (a sales quota or commission, see
 * `BuiltinSynonyms.defining`).
 */
export const CONTRADICTION_FACTOR = { experience: 0.85, education: 0.9, otherJob: 0.6 } as const;

/**
 * Importance of what a JD leaves out, highest first: duties (in the role's order) before KPIs (by weight) before
 * skills (by level) before education and experience. Severity: a missing duty is a warning; a KPI weighing 20% or
 * more, or a skill needed at expert level, is a warning; everything else is info.
 */
export const IMPORTANCE = { duty: 4, kpi: 3, skill: 2, education: 1, experience: 1 } as const;
/**
 * With `--role auto`, how many of the most important gaps become findings; every gap stays in the result's
 * `missing` (and in JSON). A role named with `--role` reports them all.
 */
export const GAPS_SHOWN_WHEN_PICKED = 5;
/** A missing KPI weighing this much (percent) or more is a warning. */
export const KPI_WARNING_WEIGHT = 20;
/** A missing skill needed at this level is a warning. */
export const SKILL_WARNING_LEVEL = 'expert';
