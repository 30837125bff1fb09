// A catalog compiled to plain data: validated and resolved once (at build time, for the shipped catalog), then
// rebuilt without reading YAML or checking schemas again.
import type { CatalogSettings, ResponsibilityMatrix, Role, VocabularyEntry, VocabularyKind } from '../model/index.js';
import { ARCHITECTURE_KINDS, BUILTIN_LISTS, isBuiltinEntry, type ArchitectureKind } from '../model/defaults.js';
import { VOCABULARY_KINDS } from '../model/enums.js';
import type { SourceDocument, SourceFile } from '../source/document.js';
import { Architecture } from './architecture.js';
import { Catalog, type TextReading } from './catalog.js';

/** A catalog as JSON: its settings, resolved roles, vocabularies and matrices, and where each came from. */
export interface CompiledCatalog {
  format: 'rolematrix/compiled-catalog@1';
  settings?: CatalogSettings;
  roles: Role[];
  vocabularies: Partial<Record<VocabularyKind, [string, VocabularyEntry][]>>;
  /** The file each role came from, by role id. */
  sources: [string, string][];
  matrices: [string, ResponsibilityMatrix][];
  /** The file (and document in it) each matrix was read from: read again only when a check points at its lines. */
  matrixFiles: [id: string, file: string, index: number][];
  /** Entries that are the built-in lists' own (a catalog that defines none of their kind), by kind and id. */
  builtin: [kind: ArchitectureKind, id: string][];
  /**
   * Its texts as the matcher reads them (`catalogReadings` of src/compare/compare.ts, added by the build: this stage
   * cannot read text); absent, the matcher reads them when asked.
   */
  readings?: TextReading[];
}

/**
 * A catalog as plain data. Only a catalog without a base can be compiled (its architecture comes from its own
 * settings); the catalog must be valid, or what is compiled is not what a reader of its files would get.
 */
export function compileCatalog(catalog: Catalog): CompiledCatalog {
  const out: CompiledCatalog = {
    format: 'rolematrix/compiled-catalog@1',
    roles: [...catalog.roles.values()],
    vocabularies: Object.fromEntries(VOCABULARY_KINDS.map((k) => [k, [...catalog.vocabularies[k].entries()]])),
    sources: [...catalog.sources.entries()],
    matrices: [...catalog.matrices.entries()],
    matrixFiles: [...catalog.matrixSources.entries()].map(([id, s]) => [id, s.file, s.index]),
    builtin: ARCHITECTURE_KINDS.flatMap((k) =>
      [...catalog.vocabularies[k].values()]
        .filter((e) => isBuiltinEntry(e))
        .map((e) => [k, e.id] as [ArchitectureKind, string]),
    ),
  };
  if (catalog.settings !== undefined) out.settings = catalog.settings;
  if (catalog.readings.length > 0) out.readings = [...catalog.readings];
  // A JSON round trip: what is compiled is what is read back (no undefined fields, no shared objects).
  return JSON.parse(JSON.stringify(out)) as CompiledCatalog;
}

/** Parses YAML texts into located documents (src/load/parse.ts `parseSources`). */
export type SourceParser = (files: readonly SourceFile[]) => SourceDocument[];

/**
 * The catalog a `compileCatalog` result stands for; `files` are the texts it was compiled from. A matrix's lines (for
 * the RACI findings) are read from them with `parser` when first asked for; the parser is passed rather than
 * imported, so that a program that never asks (compare, query) does not load the YAML parser. Without a parser yet,
 * the matrices have no lines, and the map is asked again next time.
 */
export function catalogFromCompiled(
  compiled: CompiledCatalog,
  files: readonly SourceFile[],
  parser: () => SourceParser | undefined,
): Catalog {
  const vocabularies = Object.fromEntries(
    VOCABULARY_KINDS.map((k) => [k, new Map(compiled.vocabularies[k] ?? [])]),
  ) as unknown as Record<VocabularyKind, Map<string, VocabularyEntry>>;
  // A built-in entry is known by identity (`isBuiltinEntry`): put the built-in object back.
  for (const [kind, id] of compiled.builtin) {
    const entry = BUILTIN_LISTS[kind].find((e) => e.id === id);
    if (entry) vocabularies[kind].set(id, entry as VocabularyEntry);
  }
  return new Catalog({
    settings: compiled.settings,
    architecture: new Architecture(compiled.settings?.architecture),
    roles: new Map(compiled.roles.map((r) => [r.id, r])),
    vocabularies: vocabularies,
    sources: new Map(compiled.sources),
    matrices: new Map(compiled.matrices),
    readings: compiled.readings ?? [],
    matrixSources: new LazyMap(() => {
      const parse = parser();
      if (parse === undefined) return undefined;
      const wanted = new Set(compiled.matrixFiles.map(([, file]) => file));
      const docs = parse(files.filter((f) => wanted.has(f.path)));
      const out = new Map<string, SourceDocument>();
      for (const [id, file, index] of compiled.matrixFiles) {
        const doc = docs.find((d) => d.file === file && d.index === index);
        if (doc) out.set(id, doc);
      }
      return out;
    }),
  });
}

/** A read-only map made when first read (empty, and made again when next read, while `make` cannot yet). */
class LazyMap<K, V> implements ReadonlyMap<K, V> {
  private made: Map<K, V> | undefined;
  constructor(private readonly make: () => Map<K, V> | undefined) {}
  private get map(): Map<K, V> {
    return (this.made ??= this.make()) ?? new Map<K, V>();
  }
  get size(): number {
    return this.map.size;
  }
  get(key: K): V | undefined {
    return this.map.get(key);
  }
  has(key: K): boolean {
    return this.map.has(key);
  }
  forEach(fn: (value: V, key: K, map: ReadonlyMap<K, V>) => void, thisArg?: unknown): void {
    this.map.forEach((v, k) => fn.call(thisArg, v, k, this));
  }
  entries(): MapIterator<[K, V]> {
    return this.map.entries();
  }
  keys(): MapIterator<K> {
    return this.map.keys();
  }
  values(): MapIterator<V> {
    return this.map.values();
  }
  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.map[Symbol.iterator]();
  }
}
