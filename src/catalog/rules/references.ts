import type { Bilingual, PathSegment } from '../../errors.js';
import { suggestion } from '../../load/suggest.js';
import type { ReferencedKind, VocabularyKind } from '../../model/index.js';
import type { CatalogContext, CatalogRule } from '../context.js';

type Ref = { path: PathSegment[]; id: string; target: 'role' | ReferencedKind; message: Bilingual };

const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const obj = (v: unknown): Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};

/** Every reference a role makes, with the path it sits at. Reads defensively: the role may have failed its schema. */
export function roleReferences(roleValue: unknown): Ref[] {
  const role = obj(roleValue);
  const refs: Ref[] = [];
  const add = (path: PathSegment[], id: unknown, target: Ref['target'], message: (id: string) => Bilingual) => {
    if (typeof id === 'string') refs.push({ path, id, target, message: message(id) });
  };
  const vocab = (en: string, zh: string) => (id: string) => ({
    en: `The ${en} "${id}" is not in the vocabulary.`,
    zh: `词汇表中没有${zh} "${id}"。`,
  });
  const noRole = (id: string) => `，但目录中没有岗位 "${id}"。`;
  add(['extends'], role.extends, 'role', (id) => ({
    en: `This role extends "${id}", but the catalog has no such role.`,
    zh: `该岗位继承自 "${id}"${noRole(id)}`,
  }));
  add(['reportsTo'], role.reportsTo, 'role', (id) => ({
    en: `This role reports to "${id}", but the catalog has no such role.`,
    zh: `该岗位向 "${id}" 汇报${noRole(id)}`,
  }));
  list(role.dottedReportsTo).forEach((r, i) =>
    add(['dottedReportsTo', i], r, 'role', (id) => ({
      en: `This role has a dotted line to "${id}", but the catalog has no such role.`,
      zh: `该岗位虚线汇报给 "${id}"${noRole(id)}`,
    })),
  );
  add(['family'], role.family, 'families', (id) => ({
    en: `The job family "${id}" is not in the families vocabulary.`,
    zh: `岗位族词汇表中没有 "${id}"。`,
  }));
  list(role.career).forEach((c, i) =>
    add(['career', i, 'to'], obj(c).to, 'role', (id) => ({
      en: `The career step leads to "${id}", but the catalog has no such role.`,
      zh: `该发展路径通向 "${id}"${noRole(id)}`,
    })),
  );
  list(role.permissions).forEach((p, i) =>
    add(['permissions', i, 'escalateTo'], obj(p).escalateTo, 'role', (id) => ({
      en: `The permission escalates to "${id}", but the catalog has no such role.`,
      zh: `该权限超出时上报给 "${id}"${noRole(id)}`,
    })),
  );
  const q = obj(role.qualifications);
  list(obj(q.education).fields).forEach((f, i) =>
    add(['qualifications', 'education', 'fields', i], f, 'fields', vocab('field of study', '专业')),
  );
  list(q.skills).forEach((s, i) =>
    add(['qualifications', 'skills', i, 'ref'], obj(s).ref, 'skills', vocab('skill', '技能')),
  );
  list(q.traits).forEach((t, i) => add(['qualifications', 'traits', i], t, 'traits', vocab('trait', '素质')));
  list(q.certifications).forEach((c, i) =>
    add(['qualifications', 'certifications', i], c, 'certifications', vocab('certification', '证书')),
  );
  list(q.tools).forEach((t, i) => add(['qualifications', 'tools', i], t, 'tools', vocab('tool', '工具')));
  list(role.kpis).forEach((k, i) => add(['kpis', i, 'ref'], obj(k).ref, 'kpis', vocab('KPI', '绩效指标')));
  list(role.stakeholders).forEach((s, i) => {
    add(['stakeholders', i, 'audience'], obj(s).audience, 'audiences', vocab('audience', '沟通对象'));
    list(obj(s).channels).forEach((c, j) =>
      add(['stakeholders', i, 'channels', j], c, 'channels', vocab('channel', '沟通方式')),
    );
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
  return {
    has: (id) => local.has(id) || (unvalidated?.has(id) ?? false) || (base?.has(id) ?? false),
    ids: () => [...local.keys(), ...(base ? base.keys() : [])],
  };
}

/**
 * References to roles and vocabulary entries that do not exist, in valid role documents and in those that failed their
 * schema.
 */
export const danglingReferences: CatalogRule = (ctx) => {
  const docs = [
    ...[...ctx.roles.values()].map((r) => ({ value: r.value, source: r.source })),
    ...ctx.unvalidated.roleDocuments.map((s) => ({ value: s.value, source: s })),
  ];
  for (const { value, source } of docs) {
    for (const ref of roleReferences(value)) {
      const set = known(ctx, ref.target);
      if (set.has(ref.id)) continue;
      ctx.report(source, ref.path, 'DANGLING_REFERENCE', ref.message, {
        hint:
          suggestion(ref.id, set.ids()) ??
          (ref.target === 'role'
            ? { en: 'Add the role, or correct the id.', zh: '请添加该岗位，或更正编号。' }
            : addToVocabulary(ctx, ref.target, ref.id)),
      });
    }
  }
};

/** Where to add a missing vocabulary entry: the file of the catalog in use that holds that vocabulary, if any. */
function addToVocabulary(ctx: CatalogContext, kind: VocabularyKind, id: string): Bilingual {
  const first = ctx.vocabularies[kind].values().next();
  const file = first.done ? undefined : first.value.source.file;
  if (file !== undefined)
    return {
      en: `Add "${id}" to the ${kind} vocabulary in ${file}, or use an existing id.`,
      zh: `请把 "${id}" 加入 ${file} 中的 ${kind} 词汇表，或使用已有的编号。`,
    };
  return {
    en: `Add a \`kind: Vocabulary\` document with \`vocabulary: ${kind}\` and an entry "${id}" to the catalog, or use an existing id.`,
    zh: `请在目录中添加 \`kind: Vocabulary\`、\`vocabulary: ${kind}\` 的文档并加入条目 "${id}"，或使用已有的编号。`,
  };
}
