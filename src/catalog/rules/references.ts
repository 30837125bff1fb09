import type { PathSegment } from '../../errors.js';
import { didYouMean } from '../../load/suggest.js';
import type { RoleDocument, VocabularyKind } from '../../model/index.js';
import type { CatalogContext, CatalogRule } from '../context.js';

type Ref = { path: PathSegment[]; id: string; target: 'role' | VocabularyKind; what: string };

/** Every reference a role makes, with the path it sits at. */
export function roleReferences(role: RoleDocument): Ref[] {
  const refs: Ref[] = [];
  const add = (path: PathSegment[], id: string | undefined, target: Ref['target'], what: string) => {
    if (id !== undefined) refs.push({ path, id, target, what });
  };
  add(['extends'], role.extends, 'role', 'extends');
  add(['reportsTo'], role.reportsTo, 'role', 'reportsTo');
  add(['family'], role.family, 'families', 'job family');
  role.career?.forEach((c, i) => add(['career', i, 'to'], c.to, 'role', 'career target'));
  role.permissions?.forEach((p, i) => add(['permissions', i, 'escalateTo'], p.escalateTo, 'role', 'escalation target'));
  const q = role.qualifications;
  q?.education?.fields?.forEach((f, i) => add(['qualifications', 'education', 'fields', i], f, 'fields', 'field of study'));
  q?.skills?.forEach((s, i) => add(['qualifications', 'skills', i, 'ref'], s.ref, 'skills', 'skill'));
  q?.traits?.forEach((t, i) => add(['qualifications', 'traits', i], t, 'traits', 'trait'));
  q?.certifications?.forEach((c, i) => add(['qualifications', 'certifications', i], c, 'certifications', 'certification'));
  q?.tools?.forEach((t, i) => add(['qualifications', 'tools', i], t, 'tools', 'tool'));
  role.kpis?.forEach((k, i) => add(['kpis', i, 'ref'], k.ref, 'kpis', 'KPI'));
  role.stakeholders?.forEach((s, i) => {
    add(['stakeholders', i, 'audience'], s.audience, 'audiences', 'audience');
    s.channels?.forEach((c, j) => add(['stakeholders', i, 'channels', j], c, 'channels', 'channel'));
  });
  return refs;
}

function known(ctx: CatalogContext, target: Ref['target']): { has(id: string): boolean; ids(): string[] } {
  if (target === 'role') {
    return {
      has: (id) => ctx.roles.has(id) || ctx.unvalidated.roles.has(id) || (ctx.base?.has(id) ?? false),
      ids: () => [...ctx.roles.keys(), ...(ctx.base ? ctx.base.roles.keys() : [])],
    };
  }
  const local = ctx.vocabularies[target];
  const base = ctx.base?.vocabularies[target];
  const unvalidated = ctx.unvalidated.vocabularies.get(target);
  return { has: (id) => local.has(id) || (unvalidated?.has(id) ?? false) || (base?.has(id) ?? false), ids: () => [...local.keys(), ...(base ? base.keys() : [])] };
}

/** References to roles and vocabulary entries that do not exist. */
export const danglingReferences: CatalogRule = (ctx) => {
  for (const { value: role, source, path: base } of ctx.roles.values()) {
    for (const ref of roleReferences(role)) {
      const set = known(ctx, ref.target);
      if (set.has(ref.id)) continue;
      const where = ref.target === 'role' ? 'the catalog has no role' : `the ${ref.target} vocabulary has no entry`;
      ctx.report(source, [...base, ...ref.path], 'DANGLING_REFERENCE', `The ${ref.what} "${ref.id}" does not exist: ${where} with that id.`, {
        hint: didYouMean(ref.id, set.ids()) ?? (ref.target === 'role' ? 'Add the role, or correct the id.' : `Add "${ref.id}" to roles/vocabulary/${ref.target}.yaml, or use an existing id.`),
      });
    }
  }
};
