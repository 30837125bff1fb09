import type { Authority } from '../../model/scales.js';
import { commonWeight } from '../../match/weights.js';
import { AUTHORITY } from '../../model/scales.js';
import { textIn } from '../../model/text.js';
import type { AuthorityClaim } from '../extract.js';
import type { Analysis } from '../match/analysis.js';
import type { PermissionFeature, RoleFeature } from '../match/features.js';
import { CHECKED_AUTHORITY, PERMISSION_MATCH } from '../match/thresholds.js';
import type { RoleCheck } from './check.js';

/**
 * JD_AUTHORITY_ABOVE_GRADE: the JD lets the holder decide or approve something the role may only propose or execute
 * (an agent approving refunds); an error.
 */
export const authorityAboveGrade: RoleCheck<'JD_AUTHORITY_ABOVE_GRADE'> = {
  code: 'JD_AUTHORITY_ABOVE_GRADE',
  check(ctx) {
    const { analysis: a, features: rf, role, roleTitle, catalog } = ctx;
    for (const c of a.claims.authority) {
      const over = authorityOver(a, rf, c);
      if (!over) continue;
      // The catalog's own names for the fixed scale, when it renames them.
      const name = (x: Authority, lang: 'zh' | 'en') => catalog.architecture.authorityLabel(x, lang);
      const claimed = { en: name(c.authority, 'en').toLowerCase(), zh: name(c.authority, 'zh') };
      const held = { en: name(over.grade, 'en').toLowerCase(), zh: name(over.grade, 'zh') };
      const message = over.permission
        ? {
            en: `The job description lets the holder ${AUTHORITY_BASE[c.authority]} "${c.object}", but on "${textIn(over.permission.title, 'en')}" the role ${role.id} (${roleTitle.en}) only ${AUTHORITY_VERB[over.grade]}.`,
            zh: `职位描述赋予任职者对“${c.object}”的${claimed.zh}权，但岗位${roleTitle.zh}（${role.id}）在“${textIn(over.permission.title, 'zh')}”上只有${held.zh}权。`,
          }
        : {
            en: `The job description lets the holder ${AUTHORITY_BASE[c.authority]} "${c.object}", but no right of the role ${role.id} (${roleTitle.en}) reaches beyond "${held.en}".`,
            zh: `职位描述赋予任职者对“${c.object}”的${claimed.zh}权，但岗位${roleTitle.zh}（${role.id}）的权限最高只到“${held.zh}”。`,
          };
      const escalateId = over.permission
        ? role.permissions?.find((p) => p.id === over.permission!.id)?.escalateTo
        : undefined;
      const escalate = escalateId === undefined ? undefined : catalog.get(escalateId);
      const hint = escalate
        ? {
            en: `Say that the holder ${AUTHORITY_VERB[over.grade]} and the ${textIn(escalate.title, 'en')} ${AUTHORITY_VERB[c.authority]}, as the role defines.`,
            zh: `改为由任职者${held.zh}、由${textIn(escalate.title, 'zh')}${claimed.zh}，与岗位定义一致。`,
          }
        : {
            en: `Grant no more than "${held.en}" here, as the role defines, or leave the right to the role that holds it.`,
            zh: `这里的权限不应超过“${held.zh}”，与岗位定义一致；或交由拥有该权限的岗位。`,
          };
      ctx.report(ctx.diagnostic('error', c, message, hint, c.excerpt));
    }
  },
};

const AUTHORITY_VERB: Record<Authority, string> = {
  informed: 'is informed',
  consulted: 'is consulted',
  proposes: 'proposes',
  participates: 'participates',
  executes: 'executes',
  decides: 'decides',
  approves: 'approves',
};
const AUTHORITY_BASE: Record<Authority, string> = {
  informed: 'be informed of',
  consulted: 'be consulted on',
  proposes: 'propose',
  participates: 'take part in',
  executes: 'carry out',
  decides: 'decide',
  approves: 'approve',
};

/**
 * Whether an authority claim goes beyond the role: the claim is at CHECKED_AUTHORITY or above, and exceeds every
 * permission its object matches (PERMISSION_MATCH), or, when it matches none, the highest authority the role holds.
 */
function authorityOver(
  a: Analysis,
  rf: RoleFeature,
  c: AuthorityClaim,
): { grade: Authority; permission: PermissionFeature | undefined } | undefined {
  if (AUTHORITY.compare(c.authority, CHECKED_AUTHORITY) < 0) return undefined;
  const f = a.f;
  const { ids, weight } = f.read(c.object);
  // The permissions the object matches; the claim stands if any of them reaches its grade (benefit of the doubt),
  // and is reported against the best-matching one otherwise.
  let best: PermissionFeature | undefined;
  let bestScore = 0;
  let matched = false;
  for (const p of rf.permissions) {
    let s = 0;
    for (const part of p.parts) {
      const common = commonWeight(f.weights, ids, part.words);
      // Overlap against the smaller side: a short object can match a long limit, a long object a short title.
      if (common > 0) s = Math.max(s, common / Math.min(weight, part.weight));
    }
    if (s < PERMISSION_MATCH) continue;
    matched = true;
    if (AUTHORITY.compare(c.authority, p.authority) <= 0) return undefined;
    if (s > bestScore) {
      bestScore = s;
      best = p;
    }
  }
  if (matched && best) return { grade: best.authority, permission: best };
  if (rf.ceiling === undefined) return undefined;
  return AUTHORITY.compare(c.authority, rf.ceiling) > 0 ? { grade: rf.ceiling, permission: undefined } : undefined;
}
