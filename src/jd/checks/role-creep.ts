import type { Catalog } from '../../catalog/catalog.js';
import type { Role } from '../../model/index.js';
import { textIn } from '../../model/text.js';
import { CREEP_MARGIN, CREEP_MIN, MATCH_THRESHOLD } from '../match/thresholds.js';
import { bilingual, type RoleCheck } from './check.js';

/**
 * JD_ROLE_CREEP: a duty item that another role's duty matches well (CREEP_MIN) and clearly better (CREEP_MARGIN) than
 * any of this role's duties, where the other role is not one that reports to this one. A duty this role inherits or hands down through `extends`, under the same id, is the same duty refined: not
 * creep.
 */
export const roleCreep: RoleCheck<'JD_ROLE_CREEP'> = {
  code: 'JD_ROLE_CREEP',
  check(ctx) {
    const { analysis: a, features: rf, role, roleTitle, catalog } = ctx;
    const f = a.f;
    const nd = f.duties.length;
    const own = new Set(rf.duties);
    const kin = extendsKin(catalog, role);
    const below = reportsUnder(catalog, role.id);
    const ownIds = new Set<string>((role.duties ?? []).map((d) => d.id));
    for (let d = 0; d < nd; d++) if (ownIds.has(f.duties[d]!.id) && kin.has(f.duties[d]!.owner)) own.add(d);
    for (let row = 0; row < a.items.length; row++) {
      if (!a.items[row]!.duty) continue;
      let mine = 0;
      for (const d of own) mine = Math.max(mine, a.dutyScores[row * nd + d]!);
      let other = 0;
      let otherDuty = -1;
      for (let d = 0; d < nd; d++) {
        if (own.has(d)) continue;
        const s = a.dutyScores[row * nd + d]!;
        if (s > other) {
          other = s;
          otherDuty = d;
        }
      }
      // Creep only when no duty of the role covers the item, another role's does, and clearly better.
      if (mine >= MATCH_THRESHOLD || other < CREEP_MIN || other - mine < CREEP_MARGIN) continue;
      const owner = f.roles[f.dutyOwner[otherDuty]!]!.role;
      // A manager's posting that names the work of its own team (training agents, taking complaints) describes what
      // it oversees: creep is work of a role above it or beside it, not below it.
      if (below.has(owner.id)) continue;
      const duty = f.dutyOf[otherDuty]!;
      const ot = bilingual(owner.title);
      const { item } = a.items[row]!;
      const message = {
        en: `This duty belongs to another role: it matches "${textIn(duty.title, 'en')}" of ${owner.id} (${ot.en}) better than any duty of ${role.id} (${roleTitle.en}).`,
        zh: `这项职责属于其他岗位：它与${ot.zh}（${owner.id}）的职责“${textIn(duty.title, 'zh')}”更吻合，而不是${roleTitle.zh}（${role.id}）的任何职责。`,
      };
      const hint = {
        en: `Remove it, or check whether the position is really ${owner.id}.`,
        zh: `删除这一项，或确认这个职位是否其实是${ot.zh}。`,
      };
      ctx.report(ctx.diagnostic('warning', item, message, hint, item.text));
    }
  },
};

/** The roles that report to `id`, directly or through others. */
function reportsUnder(catalog: Catalog, id: string): Set<string> {
  const out = new Set<string>();
  for (const r of catalog.roles.values()) {
    const seen = new Set<string>();
    for (let boss = r.reportsTo; boss !== undefined && !seen.has(boss); boss = catalog.find(boss)?.reportsTo) {
      seen.add(boss);
      if (boss === id) {
        out.add(r.id);
        break;
      }
    }
  }
  return out;
}

/** The roles related to `role` by \`extends\`, either way: their duties are its own, not creep. */
function extendsKin(catalog: Catalog, role: Role): Set<string> {
  return new Set([...catalog.roles.keys()].filter((id) => id !== role.id && catalog.inherits(id, role.id)));
}
