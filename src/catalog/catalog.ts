import { badArgument } from '../errors.js';
import { Architecture } from './architecture.js';
import { isBuiltinEntry } from '../model/defaults.js';
import { LANGS, textIn, type Lang } from '../model/text.js';
import type {
  Role,
  RoleId,
  VocabId,
  VocabularyEntry,
  VocabularyKind,
  CatalogSettings,
  ResponsibilityMatrix,
} from '../model/index.js';
import type { SourceDocument } from '../source/document.js';
import { VOCABULARY_KINDS } from '../model/enums.js';

/** A text and its terms as the matcher reads them (src/match/matcher.ts `Matcher.terms`), as plain data. */
export interface TextReading {
  text: string;
  terms: string[];
}

type Vocabularies = { readonly [K in VocabularyKind]: ReadonlyMap<string, VocabularyEntry> };

/** An indexed, cross-checked set of roles (with `extends` applied) and the vocabularies they use. */
export class Catalog {
  readonly settings: CatalogSettings | undefined;
  /** The level ladder, career tracks and authority names the roles are placed on. */
  readonly architecture: Architecture;
  readonly roles: ReadonlyMap<RoleId, Role>;
  readonly vocabularies: Vocabularies;
  /** The file each role came from. */
  readonly sources: ReadonlyMap<string, string>;
  /** Responsibility matrices, by id. */
  readonly matrices: ReadonlyMap<string, ResponsibilityMatrix>;
  /** Where each matrix was read from, so checks on it can point at lines (absent for matrices built in code). */
  readonly matrixSources: ReadonlyMap<string, SourceDocument>;
  /**
   * Texts of the catalog as the matcher reads them, worked out when the catalog was compiled (src/catalog/compiled.ts):
   * the matcher starts with them instead of reading every role again. Empty for a catalog loaded from files.
   */
  readonly readings: readonly TextReading[];

  constructor(init: {
    settings?: CatalogSettings | undefined;
    architecture?: Architecture | undefined;
    roles: ReadonlyMap<RoleId, Role>;
    vocabularies: Vocabularies;
    sources?: ReadonlyMap<string, string>;
    matrices?: ReadonlyMap<string, ResponsibilityMatrix>;
    matrixSources?: ReadonlyMap<string, SourceDocument>;
    readings?: readonly TextReading[];
  }) {
    this.settings = init.settings;
    this.architecture = init.architecture ?? Architecture.BUILTIN;
    this.roles = init.roles;
    this.vocabularies = init.vocabularies;
    this.sources = init.sources ?? new Map();
    this.matrices = init.matrices ?? new Map();
    this.matrixSources = init.matrixSources ?? new Map();
    this.readings = init.readings ?? [];
  }

  static empty(): Catalog {
    return new Catalog({ roles: new Map(), vocabularies: emptyVocabularies() });
  }

  /** Languages every label is expected in. */
  get languages(): readonly Lang[] {
    return this.settings?.languages ?? LANGS;
  }

  /** The role with this id (`extends` applied), if the catalog has it. */
  get(id: RoleId): Role | undefined {
    return this.roles.get(id);
  }

  /** Whether the catalog has a role with this id; narrows a plain string (user input, a YAML value) to a `RoleId`. */
  has(id: string): id is RoleId {
    return this.roles.has(id as RoleId);
  }

  /** The role a plain string names (user input, a YAML value), if the catalog has it. */
  find(id: string): Role | undefined {
    return this.has(id) ? this.roles.get(id) : undefined;
  }

  /** The roles a role extends, nearest first (its parent, its parent's parent, …); empty for an unknown id. */
  ancestors(id: string): RoleId[] {
    const out: RoleId[] = [];
    for (let cur = this.find(id)?.extends; cur !== undefined && !out.includes(cur); cur = this.get(cur)?.extends)
      out.push(cur);
    return out;
  }

  /** Whether one of two roles extends the other, directly or through others: a variant, not a duplicate. */
  inherits(a: string, b: string): boolean {
    return this.ancestors(a).includes(b as RoleId) || this.ancestors(b).includes(a as RoleId);
  }

  /** Roles ordered by family, then from the most senior level down, then by id. */
  list(): Role[] {
    return [...this.roles.values()].sort(
      (a, b) =>
        (a.family < b.family ? -1 : a.family > b.family ? 1 : 0) ||
        this.architecture.compare(b.level, a.level) ||
        (a.id < b.id ? -1 : 1),
    );
  }

  /** How many vocabulary entries the catalog defines (or builds on), leaving out the built-in lists. */
  entryCount(): number {
    let n = 0;
    for (const map of Object.values<ReadonlyMap<string, VocabularyEntry>>(this.vocabularies))
      for (const e of map.values()) if (!isBuiltinEntry(e)) n++;
    return n;
  }

  entry(kind: VocabularyKind, id: VocabId | string): VocabularyEntry | undefined {
    return this.vocabularies[kind].get(id);
  }

  /** The label of a vocabulary entry in `lang`, or the id itself when the entry is unknown. */
  label(kind: VocabularyKind, id: string, lang: Lang): string {
    const vocabulary = this.vocabularies[kind] as ReadonlyMap<string, VocabularyEntry> | undefined;
    if (vocabulary === undefined)
      throw badArgument(
        'Catalog.label',
        'kind',
        `a vocabulary kind (${Object.keys(this.vocabularies).join(', ')})`,
        kind,
      );
    const e = vocabulary.get(id);
    return e === undefined ? id : textIn(e.label, lang);
  }
}

export function emptyVocabularies(): { [K in VocabularyKind]: Map<string, VocabularyEntry> } {
  return Object.fromEntries(VOCABULARY_KINDS.map((k) => [k, new Map()])) as {
    [K in VocabularyKind]: Map<string, VocabularyEntry>;
  };
}
