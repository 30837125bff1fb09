import { badArgument, sortDiagnostics, type Diagnostic } from '../errors.js';
import { parseSource, type parseYaml, type ParseOptions } from '../load/parse.js';
import { validateDocument, type ValidDocument } from '../load/validate.js';
import type { SourceDocument, SourceFile } from '../source/document.js';
import { buildCatalog, type BuildOptions, type UnvalidatedIds } from './build.js';
import type { Catalog } from './catalog.js';
import { ArchitectureSchema } from '../model/architecture.js';
import { CatalogSettingsSchema } from '../model/vocabulary.js';
import { diagnosticAt } from '../source/report.js';

export interface LoadOptions extends ParseOptions, BuildOptions {
  /**
   * The catalog a `buildsOn:` in catalog.yaml names (today only `shipped`). The Node loader and the CLI pass the shipped
   * vocabularies; without it, a catalog that builds on them gets a diagnostic.
   */
  resolveBase?: ((name: 'shipped') => Catalog) | undefined;
}

export interface LoadResult {
  /** The catalog built from every document that passed its schema; check `diagnostics` before trusting it. */
  catalog: Catalog;
  /** Every problem found, in one pass, sorted by file and position. */
  diagnostics: Diagnostic[];
  /**
   * Every YAML document read, located, in file order (also those that failed their schema), for findings that point at
   * lines.
   */
  documents: SourceDocument[];
}

/** Loads a set of YAML texts into a catalog. Works anywhere (no file system): the browser-side loader. */
export function loadDocuments(files: readonly SourceFile[], options: LoadOptions = {}): LoadResult {
  const given: unknown = files;
  if (!Array.isArray(given)) throw badArgument('loadDocuments', 'files', 'an array of { path, text }', given);
  for (const f of given as unknown[]) {
    const file = f as Partial<SourceFile> | null;
    if (file === null || typeof file !== 'object' || typeof file.path !== 'string' || typeof file.text !== 'string')
      throw badArgument('loadDocuments', 'files[]', '{ path: string, text: string }', f);
  }
  return loadParsed(
    files.map((f) => parseSource(f.text, f.path, options)),
    options,
  );
}

/** What `parseYaml` makes of one file, however it was parsed (here, or by a worker thread and `locatedLater`). */
export type ParsedSource = ReturnType<typeof parseYaml>;

/** Builds the catalog from files already parsed, one entry per file in order: the loader after parsing. */
export function loadParsed(parsed: readonly ParsedSource[], options: LoadOptions = {}): LoadResult {
  const diagnostics: Diagnostic[] = [];
  const valid: ValidDocument[] = [];
  const unvalidated: UnvalidatedIds = { roles: new Set(), vocabularies: new Map(), roleDocuments: [] };
  const all: SourceDocument[] = [];
  for (const { documents, diagnostics: parseDiags, salvaged } of parsed) {
    for (const id of salvaged.roles) unvalidated.roles.add(id);
    for (const v of salvaged.vocabularies) {
      const set = unvalidated.vocabularies.get(v.vocabulary) ?? new Set<string>();
      for (const id of v.ids) set.add(id);
      unvalidated.vocabularies.set(v.vocabulary, set);
    }
    for (const x of parseDiags) diagnostics.push(x);
    for (const x of documents) all.push(x);
    for (const src of documents) {
      const v = validateDocument(src, diagnostics);
      if (v) valid.push(v);
      else harvestIds(src, unvalidated);
    }
  }
  const base = options.base ?? buildsOn(valid, unvalidated, diagnostics, options);
  const catalog = buildCatalog(valid, diagnostics, { ...options, base, unvalidated });
  return { catalog, diagnostics: sortDiagnostics(diagnostics), documents: all };
}

/** The catalog the settings' `buildsOn` names, if any; a diagnostic when it cannot be had here. */
function buildsOn(
  valid: readonly ValidDocument[],
  unvalidated: UnvalidatedIds,
  diagnostics: Diagnostic[],
  options: LoadOptions,
): Catalog | undefined {
  const found = valid.find((d) => d.kind === 'Catalog');
  const settings = found?.kind === 'Catalog' ? found : unvalidated.settings;
  if (settings?.value.buildsOn === undefined) return undefined;
  if (options.resolveBase !== undefined) return options.resolveBase(settings.value.buildsOn);
  diagnostics.push(
    diagnosticAt(
      settings.source,
      ['buildsOn'],
      'INVALID_VALUE',
      {
        en: 'The catalog builds on the shipped vocabularies, which this loader was not given.',
        zh: '该目录以内置目录的词汇表为基础，但加载时没有提供这些词汇表。',
      },
      {
        hint: {
          en: "Load it with rolematrix/node's loadCatalog, or pass `resolveBase: () => shippedVocabularies()` from 'rolematrix/catalog'.",
          zh: "请用 rolematrix/node 的 loadCatalog 加载，或传入来自 'rolematrix/catalog' 的 `resolveBase: () => shippedVocabularies()`。",
        },
      },
    ),
  );
  return undefined;
}

/** Loads the documents of one YAML text (one file, possibly several `---` documents). */
export function loadText(text: string, file = '<input>', options: LoadOptions = {}): LoadResult {
  if (typeof text !== 'string') throw badArgument('loadText', 'text', 'a string', text);
  return loadDocuments([{ path: file, text }], options);
}

/**
 * Ids defined by documents that failed their schema (references to them are not reported as dangling too), and the
 * failed role documents, whose own references are still checked.
 */
function harvestIds(src: SourceDocument, into: UnvalidatedIds): void {
  const value = src.value;
  if (value === null || typeof value !== 'object') return;
  const doc = value as { kind?: unknown; id?: unknown; vocabulary?: unknown; entries?: unknown };
  if (doc.kind === 'Role') into.roleDocuments.push(src);
  if (doc.kind === 'Catalog' && into.settings === undefined) {
    // The rest of the catalog still stands on the settings' architecture and base when only another key is wrong:
    // a misspelt `tracks` must not turn every role's level into an error.
    const raw = value as { architecture?: unknown; buildsOn?: unknown; languages?: unknown };
    const architecture = ArchitectureSchema.safeParse(raw.architecture);
    const languages = CatalogSettingsSchema.shape.languages.safeParse(raw.languages);
    into.settings = {
      source: src,
      value: {
        ...(raw.architecture !== undefined && architecture.success ? { architecture: architecture.data } : {}),
        ...(raw.buildsOn === 'shipped' ? { buildsOn: 'shipped' as const } : {}),
        ...(languages.success ? { languages: languages.data } : {}),
      },
    };
  }
  if (doc.kind === 'Role' && typeof doc.id === 'string') into.roles.add(doc.id);
  if (doc.kind === 'Vocabulary' && typeof doc.vocabulary === 'string' && Array.isArray(doc.entries)) {
    const set = into.vocabularies.get(doc.vocabulary) ?? new Set<string>();
    for (const e of doc.entries)
      if (e && typeof (e as { id?: unknown }).id === 'string') set.add((e as { id: string }).id);
    into.vocabularies.set(doc.vocabulary, set);
  }
}
