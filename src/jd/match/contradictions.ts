import type { Role } from '../../model/index.js';
import { EDUCATION } from '../../model/scales.js';
import type { EducationClaim, YearsClaim } from '../extract.js';

// Where a JD's claims contradict a role: they lower its fit, and two role checks report them.

/** The years a JD asks for fall outside the role's range (of management experience, when they are of managing). */
export function yearsContradict(claim: YearsClaim, role: Role): boolean {
  const range = claim.management
    ? role.qualifications?.experience?.management?.years
    : role.qualifications?.experience?.years;
  if (!range) return false;
  if (range.min !== undefined && claim.min < range.min) return true;
  return range.max !== undefined && claim.min > range.max;
}

/** The JD accepts an education below the role's minimum. */
export function educationBelow(claim: EducationClaim, role: Role): boolean {
  const min = role.qualifications?.education?.minimum;
  return min !== undefined && EDUCATION.compare(claim.level, min) < 0;
}
