import type { Catalog, TextReading } from '../catalog/catalog.js';
import type { LocalizedList, LocalizedText } from '../model/text.js';
import { REFERENCED_KINDS } from '../model/enums.js';
import { ARCHITECTURE_KINDS } from '../model/defaults.js';
import { BUILTIN_SYNONYMS } from './synonyms.js';
import { conceptTerm, Thesaurus, type Analysed, type SynonymGroup } from './thesaurus.js';
import { CONCEPT_MARK } from './tokens.js';

// The one reader of text for matching: every engine that asks "do these texts mean the same?" reads through here.

/** The texts remembered, by count and by total length (a job description can be long; 32,000 characters at most). */
const CACHE_LIMIT = 50_000;
const CACHE_CHARS = 4_000_000;

/** The vocabularies whose entries name things roles do or know (their label and aliases are synonyms); a job family is a
 * broad grouping of roles, not a name of one thing. */
const NAMING_KINDS = REFERENCED_KINDS.filter(
  (k) => k !== 'families' && !(ARCHITECTURE_KINDS as readonly string[]).includes(k),
);

/**
 * Reads texts into terms (src/match/tokens.ts) with a thesaurus (src/match/thesaurus.ts), and remembers what it read:
 * catalogs and job descriptions repeat their texts.
 */
export class Matcher {
  /** The concepts (as terms) that mark a kind of job. */
  readonly defining: ReadonlySet<string>;
  private readonly groups: readonly SynonymGroup[];
  private made: Thesaurus | undefined;
  private readonly cache = new Map<string, Analysed>();
  private cachedChars = 0;
  /** Texts whose terms were read before (a compiled catalog's, or on worker threads): their terms. */
  private readonly known: Map<string, readonly string[]>;

  /** @param readings Texts already read with this thesaurus, with their terms (a compiled catalog's). */
  constructor(groups: Iterable<SynonymGroup>, readings: readonly TextReading[] = []) {
    this.groups = [...groups];
    this.defining = new Set(this.groups.filter((g) => g.defining).map((g) => conceptTerm(g.key)));
    this.known = new Map(readings.map((r) => [r.text, r.terms]));
  }

  /** Takes the terms of texts read elsewhere with the same synonym groups (`terms` then answers without reading). */
  learn(readings: Iterable<{ readonly text: string; readonly terms: readonly string[] }>): void {
    for (const r of readings) this.known.set(r.text, r.terms);
  }

  /** The thesaurus, built when a text is first read that was not read before (building it takes a while). */
  get thesaurus(): Thesaurus {
    return (this.made ??= new Thesaurus(this.groups));
  }

  /** A text's terms, places and synonyms. */
  analyse(text: string): Analysed {
    const hit = this.cache.get(text);
    if (hit) return hit;
    const a = this.thesaurus.analyse(text);
    if (this.cache.size >= CACHE_LIMIT || this.cachedChars + text.length > CACHE_CHARS) {
      this.cache.clear();
      this.cachedChars = 0;
    }
    this.cache.set(text, a);
    this.cachedChars += text.length;
    return a;
  }

  /** Every text read and still remembered, with its terms, as plain data (what a compiled catalog keeps). */
  readings(): TextReading[] {
    const out = new Map<string, readonly string[]>(this.known);
    for (const [text, a] of this.cache) out.set(text, a.terms);
    return [...out].map(([text, terms]) => ({ text, terms: [...terms] }));
  }

  /** A text's terms in order. */
  terms(text: string): readonly string[] {
    return this.known.get(text) ?? this.analyse(text).terms;
  }

  /**
   * A text's terms without the concepts added beside the words of a name: what a phrase must carry. Each name of a
   * group is its own phrase, so the words say all the concept would.
   */
  phraseTerms(text: string): readonly string[] {
    const a = this.analyse(text);
    return a.beside.size === 0 ? a.terms : a.terms.filter((_, i) => !a.beside.has(i));
  }

  /** The terms of a localized text, both languages, added to `into`. */
  textTerms(t: LocalizedText | undefined, into: Set<string> = new Set()): Set<string> {
    if (t === undefined) return into;
    if (typeof t === 'string') for (const w of this.terms(t)) into.add(w);
    else {
      if (t.zh) for (const w of this.terms(t.zh)) into.add(w);
      if (t.en) for (const w of this.terms(t.en)) into.add(w);
    }
    return into;
  }

  /** The terms of a localized list (keywords, aliases), added to `into`. */
  listTerms(l: LocalizedList | undefined, into: Set<string> = new Set()): Set<string> {
    if (l === undefined) return into;
    for (const s of [...(l.zh ?? []), ...(l.en ?? [])]) for (const w of this.terms(s)) into.add(w);
    return into;
  }

  /**
   * Why two texts match: the terms they share, and the synonyms behind shared concepts (what each text said).
   * Terms are in the first text's order.
   */
  explain(a: string, b: string): MatchExplanation {
    const x = this.analyse(a);
    const y = this.analyse(b);
    const theirs = new Set(y.terms);
    const shared = [...new Set(x.terms.filter((t) => theirs.has(t)))];
    const synonyms = shared
      .filter((t) => t.startsWith(CONCEPT_MARK))
      .map((concept) => ({
        concept: concept.slice(CONCEPT_MARK.length),
        a: x.found.find((f) => f.concept === concept)!.text,
        b: y.found.find((f) => f.concept === concept)!.text,
      }));
    return { words: shared.filter((t) => !t.startsWith(CONCEPT_MARK)), synonyms };
  }
}

/** What two texts have in common: the words (in matching form) and the synonyms. */
export interface MatchExplanation {
  words: string[];
  /** A concept both name, with the member of its group each text holds ("complaint": 客诉 and grievance). */
  synonyms: { concept: string; a: string; b: string }[];
}

/**
 * The synonym groups a catalog matches with: the built-in thesaurus, with the catalog's `synonyms` vocabulary added
 * (an entry with a built-in group's id replaces it); each entry of the naming vocabularies (skills, KPIs, tools, …),
 * its label and aliases; and each role, its title and aliases.
 */
export function synonymGroups(catalog: Catalog | undefined): SynonymGroup[] {
  const own = catalog?.vocabularies.synonyms;
  const groups: SynonymGroup[] = BUILTIN_SYNONYMS.filter((g) => !own?.has(g.id)).map((g) => ({
    key: g.id,
    members: [...g.zh, ...g.en],
    ...(g.defining ? { defining: true } : {}),
    ...(g.except ? { except: g.except } : {}),
  }));
  // A catalog's group replacing a built-in one keeps what the built-in one marks (a kind of job) and its exceptions.
  const definingIds = new Set(BUILTIN_SYNONYMS.filter((g) => g.defining).map((g) => g.id));
  if (!catalog) return groups;
  const names = (label: LocalizedText, aliases: LocalizedList | undefined): string[] => [
    ...(typeof label === 'string' ? [label] : [label.zh, label.en].filter((s): s is string => s !== undefined)),
    ...(aliases?.zh ?? []),
    ...(aliases?.en ?? []),
  ];
  const builtinExcept = new Map(BUILTIN_SYNONYMS.filter((g) => g.except).map((g) => [g.id, g.except!]));
  for (const e of own?.values() ?? [])
    groups.push({
      key: e.id,
      members: names(e.label, e.aliases),
      ...(definingIds.has(e.id) ? { defining: true } : {}),
      ...(builtinExcept.has(e.id) ? { except: builtinExcept.get(e.id) } : {}),
    });
  for (const kind of NAMING_KINDS)
    for (const e of catalog.vocabularies[kind].values())
      groups.push({ key: `${kind}:${e.id}`, members: names(e.label, e.aliases), names: true });
  for (const r of catalog.roles.values())
    groups.push({ key: `role:${r.id}`, members: names(r.title, r.aliases), names: true });
  return groups;
}

const matchers = new WeakMap<Catalog, Matcher>();
let builtin: Matcher | undefined;

/**
 * Reads many texts at once, with a thesaurus of `groups`: each text's terms, in order (as `Matcher.terms` gives them),
 * or undefined when it cannot. `here` reads one text in this thread, with the matcher's own thesaurus, for a reader
 * that shares the work. The Node build sets one that reads on worker threads too (src/node/read.ts).
 */
export type BulkReader = (
  groups: readonly SynonymGroup[],
  texts: readonly string[],
  here: (text: string) => readonly string[],
  /** Told, now and then while reading, how many texts from the first on have their terms, and the terms so far. */
  progress?: (done: number, terms: readonly (readonly string[] | undefined)[]) => void,
) => (readonly string[])[] | undefined;
let bulkReader: BulkReader | undefined;

/** Sets (or with undefined, removes) the reader `matcherOf` gives a large catalog's texts to. */
export function setBulkReader(reader: BulkReader | undefined): void {
  bulkReader = reader;
}

/**
 * Below this much distinct role and vocabulary text (UTF-16 code units), a catalog's texts are read when asked for:
 * reading takes about 1.2 s a million on one core, and each thread first builds its thesaurus (0.2–0.5 s). 1,000
 * generated roles whose duties are their own hold about 1.1 million, the shipped catalog 0.03 million.
 */
const BULK_MIN_CHARS = 500_000;

/**
 * The texts of a catalog's roles and vocabulary entries a comparison may read: every string, once each (ids too: a
 * keyword or an alias can look like one, and they are short). The vocabulary entries' first, then each role's.
 */
export function catalogTexts(catalog: Catalog): string[] {
  return textsByRole(catalog).texts;
}

/** `catalogTexts`, with how many of them are read once each role (in catalog order) has its texts. */
function textsByRole(catalog: Catalog): { texts: string[]; roleEnds: number[] } {
  const out = new Set<string>();
  const walk = (v: unknown): void => {
    if (typeof v === 'string') out.add(v);
    else if (Array.isArray(v)) for (const x of v) walk(x);
    else if (v !== null && typeof v === 'object') for (const x of Object.values(v)) walk(x);
  };
  for (const kind of NAMING_KINDS) for (const e of catalog.vocabularies[kind].values()) walk(e);
  const roleEnds: number[] = [];
  for (const r of catalog.roles.values()) {
    walk(r);
    roleEnds.push(out.size);
  }
  return { texts: [...out], roleEnds };
}

/**
 * The matcher of a catalog (built once per catalog), or with the built-in thesaurus alone. A large catalog's texts are
 * read at once by the bulk reader when one is set, so the comparisons that follow find their terms known.
 *
 * `rolesRead`, when this call reads the texts so, is told now and then while they are read how many of the catalog's
 * roles, from the first in catalog order, have every text known to the matcher: work on those roles can go on here
 * while other threads read the rest (the comparison engine reads roles so).
 */
export function matcherOf(catalog?: Catalog, rolesRead?: (count: number) => void): Matcher {
  if (!catalog) return (builtin ??= new Matcher(synonymGroups(undefined)));
  let m = matchers.get(catalog);
  if (m) return m;
  const groups = synonymGroups(catalog);
  m = new Matcher(groups, catalog.readings);
  matchers.set(catalog, m);
  if (bulkReader !== undefined && catalog.readings.length === 0) {
    const { texts, roleEnds } = textsByRole(catalog);
    let chars = 0;
    for (const t of texts) chars += t.length;
    if (chars < BULK_MIN_CHARS) return m;
    const matcher = m;
    let learnt = 0;
    let roles = 0;
    const learn = (done: number, terms: readonly (readonly string[] | undefined)[]) => {
      const batch: { text: string; terms: readonly string[] }[] = [];
      for (; learnt < done; learnt++) batch.push({ text: texts[learnt]!, terms: terms[learnt]! });
      matcher.learn(batch);
      const before = roles;
      while (roles < roleEnds.length && roleEnds[roles]! <= learnt) roles++;
      if (roles > before) rolesRead?.(roles);
    };
    const terms = bulkReader(groups, texts, (t) => matcher.thesaurus.analyse(t).terms, learn);
    if (terms !== undefined && terms.length === texts.length) learn(texts.length, terms);
  }
  return m;
}
