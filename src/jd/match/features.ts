import type { Catalog } from '../../catalog/catalog.js';
import type { Duty, LocalizedText, Role, VocabularyEntry } from '../../model/index.js';
import { AUTHORITY, type Authority } from '../../model/scales.js';
import { PHRASE_PART } from './thresholds.js';
import { matcherOf, type Matcher } from '../../match/matcher.js';
import { inverseFrequency, TermIndex, type TermWeights } from '../../match/weights.js';

// The catalog side of matching: its duties, KPIs, skills, titles and permissions as weighted word ids, once.

function localized(t: LocalizedText | undefined): string[] {
  if (t === undefined) return [];
  if (typeof t === 'string') return [t];
  return [t.zh, t.en].filter((s): s is string => s !== undefined);
}

/** What a target is: a duty, a KPI or skill name, or a role title. */
export const enum TargetKind {
  Duty,
  Kpi,
  Skill,
  Title,
}

/** A phrase of a target (a title, keyword, activity, label or alias) as word ids, with its weight. */
export interface Phrase {
  target: number;
  /** Whether an item may carry part of the phrase (KPI and skill names; a duty's phrases must be carried whole). */
  partial: boolean;
  words: Int32Array;
  weight: number;
}

interface Target {
  kind: TargetKind;
  /** The role (duties, titles) or the vocabulary id (KPIs, skills). */
  owner: string;
  id: string;
  /** Index of the target among those of its kind. */
  index: number;
  words: Int32Array;
}

/** A permission of a role, as words to match authority claims with. */
export interface PermissionFeature {
  id: string;
  title: LocalizedText;
  authority: Authority;
  /** Title, limit and description, each language on its own: an English claim is matched with English text. */
  parts: { words: Int32Array; weight: number }[];
}

/** What matching knows of one role. */
export interface RoleFeature {
  role: Role;
  /** Indexes into `Features.duties`. */
  duties: number[];
  titlePhrases: Phrase[];
  kpis: { ref: string; weight: number; index: number }[];
  skills: { ref: string; level: string; index: number }[];
  permissions: PermissionFeature[];
  /** The highest authority any permission of the role reaches. */
  ceiling: Authority | undefined;
  /** The concepts marking a kind of job (`Matcher.defining`, as ids) that the role's own texts name. */
  defining: Set<number>;
}

interface ReadText {
  ids: Int32Array;
  /** The text's terms in order as ids (-1 for a term the catalog lacks), and the place of each among its words. */
  seq: Int32Array;
  places: Int32Array;
  weight: number;
}
const READ_CACHE_LIMIT = 20_000;

/**
 * What matching needs from a catalog, computed once per catalog (see `featuresOf`): every word of its duties,
 * permissions, KPI and skill names and role titles as a number with its inverse document frequency; each duty,
 * KPI, skill and title as a target with its phrases; postings from words to duties and to the phrases they can
 * trigger; and per role its duties, KPIs, skills, permissions and highest authority.
 */
export class Features {
  readonly ids = new TermIndex();
  /** The ids of the concepts marking a kind of job (`Matcher.defining`). */
  readonly definingIds = new Set<number>();
  readonly matcher: Matcher;
  private readonly readCache = new Map<string, ReadText>();
  idf: Float64Array = new Float64Array(0);
  /** `idf` and `unseen` as the match module's term weights. */
  weights: TermWeights = { weights: new Float64Array(0), unseen: 0 };
  unseen = 0;
  readonly targets: Target[] = [];
  /** Duty targets in order; their `index` is their place here. */
  readonly duties: Target[] = [];
  readonly dutyOwner: number[] = [];
  readonly dutyOf: Duty[] = [];
  readonly kpis = new Map<string, Target>();
  readonly skills = new Map<string, Target>();
  readonly phrases: Phrase[] = [];
  readonly roles: RoleFeature[] = [];
  readonly roleIndex = new Map<string, number>();
  /** Word → duty targets having it (for word overlap). */
  dutyPostings: Int32Array[] = [];
  /**
   * Word → phrases it can trigger: the heaviest words of each phrase that together weigh more than the part a
   * phrase may miss (PHRASE_PART). An item with none of them cannot carry the phrase, so the rest are not looked at.
   */
  phraseTriggers: Int32Array[] = [];
  /** How many targets there are of each kind (a target's `index` counts within its kind). */
  readonly kindSize = [0, 0, 0, 0];

  constructor(readonly catalog: Catalog) {
    const docs: Int32Array[] = [];
    const matcher = (this.matcher = matcherOf(catalog));
    const matchWords = (s: string) => matcher.terms(s);
    const intern = (ws: Iterable<string>): Int32Array => this.ids.intern(ws);
    const textWordsOf = (ts: (LocalizedText | undefined)[]): string[] =>
      ts.flatMap(localized).flatMap((s) => [...matchWords(s)]);
    const addTarget = (kind: TargetKind, owner: string, id: string, body: string[], phrases: string[]): Target => {
      const t: Target = { kind, owner, id, index: this.kindSize[kind]!++, words: intern(body) };
      this.targets.push(t);
      docs.push(t.words);
      for (const p of phrases) {
        const w = intern(matcher.phraseTerms(p));
        if (w.length > 0)
          this.phrases.push({
            target: this.targets.length - 1,
            partial: kind !== TargetKind.Duty,
            words: w,
            weight: 0,
          });
      }
      return t;
    };
    const vocabTarget = (
      kind: TargetKind.Kpi | TargetKind.Skill,
      id: string,
      entry: VocabularyEntry | undefined,
    ): Target => {
      const names = entry
        ? [...localized(entry.label), ...(entry.aliases?.zh ?? []), ...(entry.aliases?.en ?? [])]
        : [id];
      return addTarget(
        kind,
        id,
        id,
        names.flatMap((n) => [...matchWords(n)]),
        names,
      );
    };

    for (const role of catalog.list()) {
      const rf: RoleFeature = {
        role,
        duties: [],
        titlePhrases: [],
        kpis: [],
        skills: [],
        permissions: [],
        ceiling: undefined,
        defining: new Set(),
      };
      const noteDefining = (texts: readonly (LocalizedText | undefined)[]) => {
        for (const t of texts.flatMap(localized))
          for (const w of matcher.terms(t)) if (matcher.defining.has(w)) rf.defining.add(this.ids.add(w));
      };
      noteDefining([role.title, role.summary]);
      this.roleIndex.set(role.id, this.roles.length);
      for (const duty of role.duties ?? []) {
        const phrases = [
          ...localized(duty.title),
          ...(duty.keywords?.zh ?? []),
          ...(duty.keywords?.en ?? []),
          ...(duty.activities ?? []).flatMap(localized),
        ];
        const t = addTarget(
          TargetKind.Duty,
          role.id,
          duty.id,
          textWordsOf([duty.title, duty.description, ...(duty.activities ?? [])]).concat(
            phrases.flatMap((p) => [...matchWords(p)]),
          ),
          phrases,
        );
        noteDefining([duty.title, duty.description, ...(duty.activities ?? [])]);
        rf.duties.push(this.duties.length);
        this.duties.push(t);
        this.dutyOwner.push(this.roles.length);
        this.dutyOf.push(duty);
      }
      const titleNames = [...localized(role.title), ...(role.aliases?.zh ?? []), ...(role.aliases?.en ?? [])];
      const before = this.phrases.length;
      addTarget(
        TargetKind.Title,
        role.id,
        role.id,
        titleNames.flatMap((n) => [...matchWords(n)]),
        titleNames,
      );
      rf.titlePhrases = this.phrases.slice(before);
      for (const k of role.kpis ?? []) {
        let t = this.kpis.get(k.ref);
        if (!t) this.kpis.set(k.ref, (t = vocabTarget(TargetKind.Kpi, k.ref, catalog.entry('kpis', k.ref))));
        rf.kpis.push({ ref: k.ref, weight: k.weight ?? 0, index: t.index });
        noteDefining([catalog.entry('kpis', k.ref)?.label]);
      }
      for (const s of role.qualifications?.skills ?? []) {
        let t = this.skills.get(s.ref);
        if (!t) this.skills.set(s.ref, (t = vocabTarget(TargetKind.Skill, s.ref, catalog.entry('skills', s.ref))));
        rf.skills.push({ ref: s.ref, level: s.level, index: t.index });
      }
      for (const p of role.permissions ?? []) {
        docs.push(intern(textWordsOf([p.title, p.limit, p.description])));
        const parts = [p.title, p.limit, p.description]
          .flatMap(localized)
          .map((t) => ({ words: intern(matchWords(t)), weight: 0 }));
        rf.permissions.push({ id: p.id, title: p.title, authority: p.authority, parts });
        if (rf.ceiling === undefined || AUTHORITY.compare(p.authority, rf.ceiling) > 0) rf.ceiling = p.authority;
      }
      this.roles.push(rf);
    }

    // The concepts marking a kind of job get ids even when no text of the catalog names them, so a JD that does is
    // seen to (their weight is that of a word one document has).
    for (const c of matcher.defining) this.definingIds.add(this.ids.add(c));
    // Inverse document frequency over every target and permission of the catalog.
    this.idf = inverseFrequency(docs, this.ids.size).weights;
    // A word the catalog never uses weighs like a rare one: an item made of such words is about something else.
    this.unseen = Math.log(1 + docs.length / 2);
    this.weights = { weights: this.idf, unseen: this.unseen };
    for (const p of this.phrases) p.weight = this.weightOf(p.words);
    for (const rf of this.roles)
      for (const p of rf.permissions) for (const part of p.parts) part.weight = this.weightOf(part.words);

    const dutyLists: number[][] = Array.from({ length: this.ids.size }, () => []);
    for (const t of this.duties) for (const w of t.words) dutyLists[w]!.push(t.index);
    this.dutyPostings = dutyLists.map((l) => Int32Array.from(l));
    const triggerLists: number[][] = Array.from({ length: this.ids.size }, () => []);
    this.phrases.forEach((p, i) => {
      const byWeight = [...p.words].sort((x, y) => this.idf[y]! - this.idf[x]! || x - y);
      // Phrases of one or two words must be carried whole: their heaviest word decides.
      const may = p.words.length < 3 || !p.partial ? 0 : (1 - PHRASE_PART) * p.weight;
      let sum = 0;
      for (const w of byWeight) {
        triggerLists[w]!.push(i);
        sum += this.idf[w]!;
        if (sum > may) break;
      }
    });
    this.phraseTriggers = triggerLists.map((l) => Int32Array.from(l));
  }

  weightOf(ws: Int32Array): number {
    let sum = 0;
    for (const w of ws) sum += this.idf[w]!;
    return sum;
  }

  /**
   * Known word ids of a text (sorted, once each), its word sequence as ids (-1 for unknown words), and the weight
   * of all its words (unknown ones at the `unseen` weight).
   */
  read(text: string): ReadText {
    const hit = this.readCache.get(text);
    if (hit) return hit;
    const seen = new Set<string>();
    const { terms: ws, places } = this.matcher.analyse(text);
    const seq = new Int32Array(ws.length);
    const ids: number[] = [];
    let weight = 0;
    ws.forEach((w, i) => {
      const id = this.ids.id(w);
      seq[i] = id ?? -1;
      if (seen.has(w)) return;
      seen.add(w);
      if (id === undefined) weight += this.unseen;
      else {
        ids.push(id);
        weight += this.idf[id]!;
      }
    });
    const out = { ids: Int32Array.from(ids).sort(), seq, places: Int32Array.from(places), weight };
    // JDs repeat their lines (templates, boilerplate): remember what a line reads as, within bounds.
    if (this.readCache.size >= READ_CACHE_LIMIT) this.readCache.clear();
    this.readCache.set(text, out);
    return out;
  }
}

const featureCache = new WeakMap<Catalog, Features>();
/** The features of a catalog, computed once per catalog. */
export function featuresOf(catalog: Catalog): Features {
  let f = featureCache.get(catalog);
  if (!f) featureCache.set(catalog, (f = new Features(catalog)));
  return f;
}
