import type { PathSegment } from '../../errors.js';
import { didYouMean } from '../../load/suggest.js';
import type { RoleDocument, VocabularyKind } from '../../model/index.js';
import type { CatalogContext, CatalogRule } from '../context.js';

type Ref = { path: PathSegment[]; id: string; target: 'role' | VocabularyKind; message: string };

const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const obj = (v: unknown): Record<string, unknown> => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

/** Every reference a role makes, with the path it sits at. Reads defensively: the role may have failed its schema. */
export function roleReferences(roleValue: RoleDocument | unknown): Ref[] {
  const role = obj(roleValue);
  const refs: Ref[] = [];
  const add = (path: PathSegment[], id: unknown, target: Ref['target'], message: (id: string) => string) => {
    if (typeof id === 'string') refs.push({ path, id, target, message: message(id) });
  };
  const vocab = (what: string) => (id: string) => `The ${what} "${id}" is not in the vocabulary.`;
  add(['extends'], role.extends, 'role', (id) => `This role extends "${id}", but the catalog has no such role.`);
  add(['reportsTo'], role.reportsTo, 'role', (id) => `This role reports to "${id}", but the catalog has no such role.`);
  add(['family'], role.family, 'families', (id) => `The job family "${id}" is not in the families vocabulary.`);
  list(role.career).forEach((c, i) => add(['career', i, 'to'], obj(c).to, 'role', (id) => `The career step leads to "${id}", but the catalog has no such role.`));
  list(role.permissions).forEach((p, i) => add(['permissions', i, 'escalateTo'], obj(p).escalateTo, 'role', (id) => `The permission escalates to "${id}", but the catalog has no such role.`));
  const q = obj(role.qualifications);
  list(obj(q.education).fields).forEach((f, i) => add(['qualifications', 'education', 'fields', i], f, 'fields', vocab('field of study')));
  list(q.skills).forEach((s, i) => add(['qualifications', 'skills', i, 'ref'], obj(s).ref, 'skills', vocab('skill')));
  list(q.traits).forEach((t, i) => add(['qualifications', 'traits', i], t, 'traits', vocab('trait')));
  list(q.certifications).forEach((c, i) => add(['qualifications', 'certifications', i], c, 'certifications', vocab('certification')));
  list(q.tools).forEach((t, i) => add(['qualifications', 'tools', i], t, 'tools', vocab('tool')));
  list(role.kpis).forEach((k, i) => add(['kpis', i, 'ref'], obj(k).ref, 'kpis', vocab('KPI')));
  list(role.stakeholders).forEach((s, i) => {
    add(['stakeholders', i, 'audience'], obj(s).audience, 'audiences', vocab('audience'));
    list(obj(s).channels).forEach((c, j) => add(['stakeholders', i, 'channels', j], c, 'channels', vocab('channel')));
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

/** References to roles and vocabulary entries that do not exist, in valid role documents and in those that failed their schema. */
export const danglingReferences: CatalogRule = (ctx) => {
  const docs = [...[...ctx.roles.values()].map((r) => ({ value: r.value as unknown, source: r.source })), ...ctx.unvalidated.roleDocuments.map((s) => ({ value: s.value, source: s }))];
  for (const { value, source } of docs) {
    for (const ref of roleReferences(value)) {
      const set = known(ctx, ref.target);
      if (set.has(ref.id)) continue;
      ctx.report(source, ref.path, 'DANGLING_REFERENCE', ref.message, {
        hint: didYouMean(ref.id, set.ids()) ?? (ref.target === 'role' ? 'Add the role, or correct the id.' : `Add "${ref.id}" to the ${ref.target} vocabulary (roles/vocabulary/${ref.target}.yaml), or use an existing id.`),
      });
    }
  }
};
