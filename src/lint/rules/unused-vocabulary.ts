import { architectureValues } from '../../catalog/rules/architecture-values.js';
import { roleReferences } from '../../catalog/rules/references.js';
import { REFERENCED_KINDS, type ReferencedKind } from '../../model/enums.js';
import type { LintRule } from '../context.js';
import { VOCABULARY_NAMES } from '../names.js';

/**
 * A vocabulary entry no role refers to, by any kind of reference (family, fields, skills, traits, certifications,
 * tools, KPIs, audiences, channels, and the catalog's own duty categories, permission domains, orientations and work
 * settings). Synonyms are for matching, not for roles to refer to. Entries the catalog builds on (the shipped vocabularies, the built-in lists) are not its to trim.
 */
export const unusedVocabulary: LintRule = {
  code: 'LINT_UNUSED_VOCABULARY',
  severity: 'info',
  check(ctx) {
    const used = new Map<ReferencedKind, Set<string>>(REFERENCED_KINDS.map((k) => [k, new Set()]));
    for (const r of ctx.catalog.roles.values()) {
      for (const ref of roleReferences(r)) if (ref.target !== 'role') used.get(ref.target)!.add(ref.id);
      for (const v of architectureValues(r))
        if (v.list !== 'levels' && v.list !== 'tracks') used.get(v.list)!.add(v.value);
    }
    for (const kind of REFERENCED_KINDS) {
      const name = VOCABULARY_NAMES[kind];
      for (const id of ctx.catalog.vocabularies[kind].keys()) {
        if (used.get(kind)!.has(id) || !ctx.ownsEntry(kind, id)) continue;
        ctx.entry(
          kind,
          id,
          [],
          { en: `The ${name.en} "${id}" is used by no role.`, zh: `${name.zh} "${id}" 没有被任何岗位使用。` },
          {
            en: `Refer to it from a role (\`${name.field}\`), or remove it from the ${kind} vocabulary.`,
            zh: `请在岗位中引用它（\`${name.field}\`），或从 ${kind} 词汇表中删除。`,
          },
        );
      }
    }
  },
};
