import type { Diagnostic, PathSegment } from '../errors.js';
import type { SourceDocument } from '../source/document.js';
import { locate } from '../source/locate.js';
import type { ValidDocument } from '../load/validate.js';
import type { ResponsibilityMatrix } from '../model/matrix.js';
import { REQUIRED_ROLE_FIELDS, type Role, type RoleDocument } from '../model/role.js';
import type { RoleId } from '../model/ids.js';
import type { CatalogSettings } from '../model/vocabulary.js';
import { LANGS } from '../model/text.js';
import { ARCHITECTURE_KINDS, BUILTIN_LISTS, type ArchitectureKind } from '../model/defaults.js';
import { VOCABULARY_KINDS, type VocabularyKind } from '../model/enums.js';
import type { VocabularyEntry } from '../model/vocabulary.js';
import { Architecture } from './architecture.js';
import { Catalog, emptyVocabularies } from './catalog.js';
import { makeReporter, type CatalogContext, type Located } from './context.js';
import { mergeRole } from './merge.js';
import { CATALOG_RULES } from './rules/index.js';

export interface BuildOptions {
  /** A catalog the documents build on: its roles and vocabularies can be referenced and extended. */
  base?: Catalog | undefined;
  /** Ids from documents that failed their schema, so references to them are not reported twice. */
  unvalidated?: UnvalidatedIds | undefined;
}

export interface UnvalidatedIds {
  roles: Set<string>;
  vocabularies: Map<string, Set<string>>;
  /** Role documents that failed their schema: their references are still checked, so one pass finds everything. */
  roleDocuments: SourceDocument[];
  /** What could be read of catalog settings that failed their schema: their architecture, base and languages. */
  settings?: { value: Partial<CatalogSettings>; source: SourceDocument } | undefined;
}

/** Indexes validated documents, applies `extends` and runs the cross-document rules. */
export function buildCatalog(
  docs: readonly ValidDocument[],
  diagnostics: Diagnostic[],
  options: BuildOptions = {},
): Catalog {
  const report = makeReporter(diagnostics);
  let settings: Located<CatalogSettings> | undefined;
  const roles = new Map<string, Located<RoleDocument>>();
  const matrices = new Map<string, Located<ResponsibilityMatrix>>();
  const vocabularies = Object.fromEntries(
    Object.keys(emptyVocabularies()).map((k) => [k, new Map()]),
  ) as CatalogContext['vocabularies'];

  for (const d of docs) {
    if (d.kind === 'Catalog') {
      if (settings) {
        const first = where(settings);
        report(
          d.source,
          ['kind'],
          'DUPLICATE_CATALOG_SETTINGS',
          {
            en: 'A catalog has one `kind: Catalog` document, and this is a second one.',
            zh: '一个目录只能有一个 `kind: Catalog` 文档，这是第二个。',
          },
          {
            hint: {
              en: `The first is at ${first}; merge the two into one.`,
              zh: `第一个位于 ${first}；请将两者合并为一个。`,
            },
          },
        );
      } else settings = { value: d.value, source: d.source, path: [] };
    } else if (d.kind === 'ResponsibilityMatrix') {
      const prev = matrices.get(d.value.id);
      if (prev) {
        const first = where(prev, ['id']);
        report(
          d.source,
          ['id'],
          'DUPLICATE_ID',
          {
            en: `The matrix id "${d.value.id}" is already taken by another matrix.`,
            zh: `职责矩阵编号 "${d.value.id}" 已被另一个矩阵使用。`,
          },
          {
            hint: {
              en: `Matrix ids are unique across the catalog; the first definition is at ${first}.`,
              zh: `矩阵编号在整个目录中必须唯一；第一次定义位于 ${first}。`,
            },
          },
        );
      } else matrices.set(d.value.id, { value: d.value, source: d.source, path: [] });
    } else if (d.kind === 'Role') {
      const prev = roles.get(d.value.id);
      if (prev) {
        const first = where(prev, ['id']);
        report(
          d.source,
          ['id'],
          'DUPLICATE_ID',
          {
            en: `The role id "${d.value.id}" is already taken by another role.`,
            zh: `岗位编号 "${d.value.id}" 已被另一个岗位使用。`,
          },
          {
            hint: {
              en: `Role ids are unique across the catalog; the first definition is at ${first}. Rename one of the roles.`,
              zh: `岗位编号在整个目录中必须唯一；第一次定义位于 ${first}。请为其中一个岗位改名。`,
            },
          },
        );
      } else roles.set(d.value.id, { value: d.value, source: d.source, path: [] });
    } else {
      const map = vocabularies[d.value.vocabulary];
      d.value.entries.forEach((entry, i) => {
        const prev = map.get(entry.id);
        if (prev) {
          const first = where(prev);
          report(
            d.source,
            ['entries', i, 'id'],
            'DUPLICATE_ID',
            {
              en: `The ${d.value.vocabulary} entry "${entry.id}" is defined twice.`,
              zh: `词汇表 ${d.value.vocabulary} 中的条目 "${entry.id}" 重复定义。`,
            },
            {
              hint: {
                en: `Each vocabulary entry has one id across the catalog; the first definition is at ${first}. Remove or rename one of them.`,
                zh: `词汇条目的编号在整个目录中必须唯一；第一次定义位于 ${first}。请删除或改名其中一个。`,
              },
            },
          );
        } else map.set(entry.id, { value: entry, source: d.source, path: ['entries', i] });
      });
    }
  }

  // Settings that failed their schema still lend the catalog their architecture and languages (see load.ts).
  const salvaged = settings === undefined ? options.unvalidated?.settings : undefined;
  if (salvaged !== undefined)
    settings = { value: salvaged.value as CatalogSettings, source: salvaged.source, path: [] };
  const outVocab = effectiveVocabularies(vocabularies, options.base);
  const architecture = new Architecture(settings?.value.architecture, options.base?.architecture);
  const ctx: CatalogContext = {
    languages: settings?.value.languages ?? options.base?.languages ?? LANGS,
    settings,
    architecture,
    lists: outVocab,
    roles,
    matrices,
    resolved: resolveAll(roles, options.base),
    vocabularies,
    base: options.base,
    unvalidated: options.unvalidated ?? { roles: new Set(), vocabularies: new Map(), roleDocuments: [] },
    report,
    diagnostics,
  };
  for (const rule of CATALOG_RULES) rule(ctx);

  const sources = new Map<string, string>([...roles].map(([id, r]) => [id, r.source.file]));
  return new Catalog({
    settings: (salvaged === undefined ? settings?.value : undefined) ?? options.base?.settings,
    architecture,
    roles: ctx.resolved,
    vocabularies: outVocab,
    sources,
    matrices: new Map([...(options.base?.matrices ?? []), ...[...matrices].map(([id, m]) => [id, m.value] as const)]),
    matrixSources: new Map([
      ...(options.base?.matrixSources ?? []),
      ...[...matrices].map(([id, m]) => [id, m.source] as const),
    ]),
  });
}

/**
 * The vocabularies the catalog ends up with. On a base catalog, the documents' entries add to the base's (an entry
 * with the same id replaces the base's). Without one, each architecture list (categories, domains, orientations,
 * settings) is the catalog's own when it has entries of that kind, else the built-in list.
 */
function effectiveVocabularies(
  local: CatalogContext['vocabularies'],
  base: Catalog | undefined,
): { [K in VocabularyKind]: Map<string, VocabularyEntry> } {
  const out = emptyVocabularies();
  for (const kind of VOCABULARY_KINDS) {
    if (base) for (const [id, e] of base.vocabularies[kind]) out[kind].set(id, e);
    else if (isArchitectureKind(kind) && local[kind].size === 0)
      for (const e of BUILTIN_LISTS[kind]) out[kind].set(e.id, e as VocabularyEntry);
    for (const [id, e] of local[kind]) out[kind].set(id, e.value);
  }
  return out;
}

function isArchitectureKind(kind: VocabularyKind): kind is ArchitectureKind {
  return (ARCHITECTURE_KINDS as readonly string[]).includes(kind);
}

function where(l: Located<unknown>, sub: PathSegment[] = []): string {
  const pos = locate(l.source, [...l.path, ...sub]);
  return `${l.source.file}:${pos.line}:${pos.column}`;
}

/** Applies `extends` along each chain; roles in a loop, or extending a missing role, are left out. */
function resolveAll(roles: ReadonlyMap<string, Located<RoleDocument>>, base: Catalog | undefined): Map<RoleId, Role> {
  const resolved = new Map<RoleId, Role>();
  const failed = new Set<string>();
  const resolve = (id: string, stack: Set<string>): Role | undefined => {
    const done = resolved.get(id as RoleId);
    if (done) return done;
    if (failed.has(id)) return undefined;
    const entry = roles.get(id);
    if (!entry) return base?.find(id);
    const doc = entry.value;
    let role: Role | undefined;
    if (doc.extends === undefined) {
      role = doc as Role;
    } else if (!stack.has(id)) {
      stack.add(id);
      const parent = resolve(doc.extends, stack);
      stack.delete(id);
      if (parent) role = mergeRole(parent, doc);
    }
    if (role && REQUIRED_ROLE_FIELDS.every((k) => role[k] !== undefined)) {
      resolved.set(id as RoleId, role);
      return role;
    }
    failed.add(id);
    return undefined;
  };
  for (const id of roles.keys()) resolve(id, new Set());
  return resolved;
}
