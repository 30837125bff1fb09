import type { Catalog } from '../catalog/catalog.js';
import { fileDiagnostic, texts, type Diagnostic, type DiagnosticCode, type Severity } from '../errors.js';
import type { Duty, LocalizedText, Role, VocabularyEntry } from '../model/index.js';
import { AUTHORITY, EDUCATION, SKILL_LEVEL, type Authority } from '../model/scales.js';
import { textIn } from '../model/text.js';
import { stem, words } from '../text/segment.js';
import { extractClaims, type AuthorityClaim, type EducationClaim, type YearsClaim } from './extract.js';
import type { JdItem, JdSection, JdSectionKind, JobDescription } from './types.js';

// ---------------------------------------------------------------------------------------------------------------
// Thresholds and weights (tests/jd/match.test.ts pins their effect)

/** A JD item covers a duty, KPI or skill when their match score reaches this (scores run from 0 to 1). */
export const MATCH_THRESHOLD = 0.5;
/** Below this an item is no evidence at all; between it and MATCH_THRESHOLD it counts in part when roles are ranked. */
export const PARTIAL_THRESHOLD = 0.25;
/**
 * A duty item is role creep when no duty of the role covers it (below MATCH_THRESHOLD), another role's duty does,
 * and by at least this much more.
 */
export const CREEP_MARGIN = 0.25;
/** `--role auto` picks no role when the best fit scores below this. */
export const NO_GOOD_MATCH_THRESHOLD = 0.3;
/** Claims below this grade describe the work, not a right over it ("handle complaints"), and are not checked. */
export const CHECKED_AUTHORITY: Authority = 'decides';
/** An authority claim is about a permission when their words match at least this well. */
export const PERMISSION_MATCH = 0.34;

/**
 * Weight of evidence that counts in full: about two distinctive words. A phrase or an overlap lighter than this
 * (one common word such as "培训" or "budget") is scaled down, so a generic word does not make a match on its own.
 */
export const FULL_WEIGHT = 9;
/** How many other words may come between the words of a phrase an item carries. */
export const PHRASE_GAP = 1;
/** The share of a phrase of three words or more an item must carry (by weight) to count. */
export const PHRASE_PART = 0.65;
/** How much each part counts in a role's fit score; the title part is left out when the JD has no title. */
export const FIT_WEIGHTS = { duties: 0.6, title: 0.2, kpis: 0.1, skills: 0.1 } as const;
/** What a fit score is multiplied by when the JD's years of experience, or its education, contradict the role. */
export const CONTRADICTION_FACTOR = { experience: 0.85, education: 0.9 } as const;

// ---------------------------------------------------------------------------------------------------------------
// Words

/** Words that carry no meaning for matching duties: JD boilerplate in both languages. */
const GLUE = new Set([
  'you',
  'your',
  'we',
  'our',
  'us',
  'will',
  'can',
  'who',
  'that',
  'this',
  'these',
  'those',
  'all',
  'any',
  'etc',
  'able',
  'abilit',
  'strong',
  'good',
  'excellent',
  'great',
  'such',
  'includ',
  'within',
  'across',
  'other',
  'more',
  'than',
  'into',
  'about',
  'up',
  'out',
  'when',
  'where',
  'what',
  'how',
  'have',
  'has',
  'had',
  'do',
  'does',
  'not',
  'but',
  'so',
  'if',
  'was',
  'were',
  'been',
  'it',
  'they',
  'them',
  'he',
  'she',
  'his',
  'her',
  'also',
  'well',
  'very',
  'per',
  'via',
  'each',
  'every',
  'ensur',
  'make',
  'take',
  'keep',
  'help',
  'get',
  'i',
  'e',
  'g',
  'is',
  'are',
  'be',
  'an',
  'a',
  'and',
  'the',
  'of',
  'to',
  'in',
  'on',
  'for',
  'with',
  'by',
  'or',
  'as',
  'at',
  'from',
  'its',
  'their',
  'day',
  'role',
  'job',
  'year',
  'plus',
  'own',
  'join',
  'always',
  'never',
  'ideal',
  'candid',
  'look',
  'seek',
  '负责',
  '能够',
  '具备',
  '具有',
  '良好',
  '优秀',
  '相关',
  '进行',
  '以及',
  '通过',
  '确保',
  '做好',
  '我们',
  '你',
  '您',
  '有',
  '是',
  '要',
  '会',
  '能',
  '可',
  '并且',
  '以',
  '于',
  '从',
  '到',
  '由',
  '被',
  '所',
  '按',
  '给',
  '向',
  '让',
  '使',
  '各',
  '各类',
  '一定',
  '较强',
  '强',
  '熟悉',
  '了解',
  '掌握',
  '年',
  '以上',
  '及以上',
  '优先',
  '者',
  '等',
  '各种',
  '日常',
  '工作',
  '岗位',
  '公司',
]);
/** Boilerplate caught before stemming, where the stem would meet a meaningful word ("responsible" → "response"). */
const RAW_GLUE = new Set(['responsible', 'responsibility', 'responsibilities']);
const HAN = /\p{Script=Han}/u;
const LATIN_WORD = /[\p{L}\p{N}]+/gu;

/**
 * A further, cruder stem for matching JDs: "handle"/"handling", "manage"/"manager"/"management" and
 * "escalate"/"escalation" meet. Words are cut to six letters after `stem`; digits are kept as written.
 */
function norm(w: string): string {
  if (HAN.test(w) || /\d/.test(w)) return w;
  let s = stem(w);
  if (s.length > 7 && s.endsWith('ship')) s = s.slice(0, -4);
  if (s.length > 5 && s.endsWith('er')) s = s.slice(0, -2);
  if (s.length > 4 && s.endsWith('e')) s = s.slice(0, -1);
  if (s.length > 6) s = s.slice(0, 6);
  if (s.length > 4 && s.endsWith('e')) s = s.slice(0, -1);
  return s;
}

const tokenCache = new Map<string, readonly string[]>();
const TOKEN_CACHE_LIMIT = 50_000;

/**
 * The matching words of a text. Text with Chinese goes through `words` (Intl.Segmenter, cached); text without it
 * is split on letters and digits, which gives the same words as the segmenter for English at a fraction of its cost.
 */
export function matchWords(text: string): readonly string[] {
  const hit = tokenCache.get(text);
  if (hit) return hit;
  const out: string[] = [];
  const push = (w: string) => {
    if (RAW_GLUE.has(w)) return;
    const n = norm(w);
    if (n.length === 0 || GLUE.has(n) || /^\d+$/.test(n)) return;
    if (n.length === 1 && !HAN.test(n)) return;
    out.push(n);
  };
  if (HAN.test(text)) {
    for (const w of words(text, 'zh')) {
      // The segmenter keeps some four-character compounds whole ("妥善处理", "客服团队") that catalog phrases write
      // apart ("投诉处理"); both sides go through here, so two halves meet where the whole would not.
      if (w.length === 4 && /^\p{Script=Han}{4}$/u.test(w)) {
        push(w.slice(0, 2));
        push(w.slice(2));
      } else push(w);
    }
  } else for (const m of text.toLowerCase().matchAll(LATIN_WORD)) push(m[0]);
  if (tokenCache.size >= TOKEN_CACHE_LIMIT) tokenCache.clear();
  tokenCache.set(text, out);
  return out;
}

function localized(t: LocalizedText | undefined): string[] {
  if (t === undefined) return [];
  if (typeof t === 'string') return [t];
  return [t.zh, t.en].filter((s): s is string => s !== undefined);
}

// ---------------------------------------------------------------------------------------------------------------
// Per-catalog features, computed once

const enum TargetKind {
  Duty,
  Kpi,
  Skill,
  Title,
}

interface Phrase {
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

interface PermissionFeature {
  id: string;
  title: LocalizedText;
  authority: Authority;
  /** Title, limit and description, each language on its own: an English claim is matched with English text. */
  parts: { words: Int32Array; weight: number }[];
}

interface RoleFeature {
  role: Role;
  /** Indexes into `Features.duties`. */
  duties: number[];
  titlePhrases: Phrase[];
  kpis: { ref: string; weight: number; index: number }[];
  skills: { ref: string; level: string; index: number }[];
  permissions: PermissionFeature[];
  /** The highest authority any permission of the role reaches. */
  ceiling: Authority | undefined;
}

interface ReadText {
  ids: Int32Array;
  seq: Int32Array;
  weight: number;
}
const READ_CACHE_LIMIT = 20_000;

/**
 * What matching needs from a catalog, computed once per catalog (see `featuresOf`): every word of its duties,
 * permissions, KPI and skill names and role titles as a number with its inverse document frequency; each duty,
 * KPI, skill and title as a target with its phrases; postings from words to duties and to the phrases they can
 * trigger; and per role its duties, KPIs, skills, permissions and highest authority.
 */
class Features {
  readonly ids = new Map<string, number>();
  private readonly readCache = new Map<string, ReadText>();
  idf: Float64Array = new Float64Array(0);
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
    const intern = (ws: Iterable<string>): Int32Array => {
      const out = new Set<number>();
      for (const w of ws) {
        let id = this.ids.get(w);
        if (id === undefined) this.ids.set(w, (id = this.ids.size));
        out.add(id);
      }
      return Int32Array.from(out).sort();
    };
    const textWordsOf = (ts: (LocalizedText | undefined)[]): string[] =>
      ts.flatMap(localized).flatMap((s) => [...matchWords(s)]);
    const addTarget = (kind: TargetKind, owner: string, id: string, body: string[], phrases: string[]): Target => {
      const t: Target = { kind, owner, id, index: this.kindSize[kind]!++, words: intern(body) };
      this.targets.push(t);
      docs.push(t.words);
      for (const p of phrases) {
        const w = intern(matchWords(p));
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
      };
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

    // Inverse document frequency over every target and permission of the catalog.
    const df = new Float64Array(this.ids.size);
    for (const d of docs) for (const w of d) df[w]!++;
    this.idf = Float64Array.from(df, (n) => Math.log(1 + docs.length / Math.max(n, 1)));
    // A word the catalog never uses weighs like a rare one: an item made of such words is about something else.
    this.unseen = Math.log(1 + docs.length / 2);
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
    const ws = matchWords(text);
    const seq = new Int32Array(ws.length);
    const ids: number[] = [];
    let weight = 0;
    ws.forEach((w, i) => {
      const id = this.ids.get(w);
      seq[i] = id ?? -1;
      if (seen.has(w)) return;
      seen.add(w);
      if (id === undefined) weight += this.unseen;
      else {
        ids.push(id);
        weight += this.idf[id]!;
      }
    });
    const out = { ids: Int32Array.from(ids).sort(), seq, weight };
    // JDs repeat their lines (templates, boilerplate): remember what a line reads as, within bounds.
    if (this.readCache.size >= READ_CACHE_LIMIT) this.readCache.clear();
    this.readCache.set(text, out);
    return out;
  }
}

const featureCache = new WeakMap<Catalog, Features>();
function featuresOf(catalog: Catalog): Features {
  let f = featureCache.get(catalog);
  if (!f) featureCache.set(catalog, (f = new Features(catalog)));
  return f;
}

// ---------------------------------------------------------------------------------------------------------------
// Per-JD analysis: every item scored against every duty, KPI and skill of the catalog, once

interface ReadItem {
  item: JdItem;
  section: JdSection;
  /** Whether the item describes the work (a duty section, or the summary when there is none). */
  duty: boolean;
}

interface Analysis {
  f: Features;
  items: ReadItem[];
  /** items × duties, row-major. */
  dutyScores: Float32Array;
  /** Best score and item per KPI / skill target. */
  kpiBest: Float32Array;
  kpiItem: Int32Array;
  skillBest: Float32Array;
  skillItem: Int32Array;
  /** Title fit per role, or undefined when the JD states no title. */
  titles: Float32Array | undefined;
  claims: ReturnType<typeof extractClaims>;
}

/** Sections whose items describe the work, in order of preference. */
const DUTY_KINDS: readonly JdSectionKind[] = ['duties'];
const FALLBACK_DUTY_KINDS: readonly JdSectionKind[] = ['summary', 'other'];

// Scratch buffers, reused: analysis does not re-enter.
let dutyCommon = new Float64Array(256);
/** Per word: the item it was last seen in (an epoch number) and its first place there. */
let wordEpoch = new Int32Array(1024);
let wordPlace = new Int32Array(1024);
/** Per phrase: the item it was last looked at for. */
let phraseEpoch = new Int32Array(1024);
let epoch = 0;

const analyses = new WeakMap<JobDescription, WeakMap<Catalog, Analysis>>();

function analyse(jd: JobDescription, catalog: Catalog): Analysis {
  let perCatalog = analyses.get(jd);
  const hit = perCatalog?.get(catalog);
  if (hit) return hit;
  const f = featuresOf(catalog);
  const hasDutySection = jd.sections.some((s) => DUTY_KINDS.includes(s.kind) && s.items.length > 0);
  const items: ReadItem[] = [];
  for (const section of jd.sections) {
    if (section.kind === 'benefits') continue;
    const duty = hasDutySection ? DUTY_KINDS.includes(section.kind) : FALLBACK_DUTY_KINDS.includes(section.kind);
    for (const item of section.items) items.push({ item, section, duty });
  }
  const nd = f.duties.length;
  const nk = f.kindSize[TargetKind.Kpi]!;
  const ns = f.kindSize[TargetKind.Skill]!;
  if (dutyCommon.length < nd) dutyCommon = new Float64Array(nd * 2);
  if (wordEpoch.length < f.ids.size) {
    wordEpoch = new Int32Array(f.ids.size * 2);
    wordPlace = new Int32Array(f.ids.size * 2);
  }
  if (phraseEpoch.length < f.phrases.length) phraseEpoch = new Int32Array(f.phrases.length * 2);
  const a: Analysis = {
    f,
    items,
    dutyScores: new Float32Array(items.length * nd),
    kpiBest: new Float32Array(nk),
    kpiItem: new Int32Array(nk).fill(-1),
    skillBest: new Float32Array(ns),
    skillItem: new Int32Array(ns).fill(-1),
    titles: undefined,
    claims: extractClaims(jd),
  };
  const touchedDuties: number[] = [];
  const dutyScores = a.dutyScores;
  for (let row = 0; row < items.length; row++) {
    const { ids, seq, weight } = f.read(items[row]!.item.text);
    if (ids.length === 0) continue;
    if (++epoch >= 0x7fffffff) {
      epoch = 1;
      wordEpoch.fill(0);
      phraseEpoch.fill(0);
    }
    for (let k = seq.length - 1; k >= 0; k--) {
      const w = seq[k]!;
      if (w >= 0) {
        wordEpoch[w] = epoch;
        wordPlace[w] = k;
      }
    }
    const base = row * nd;
    // Word overlap: the share of the item's words the duty has, scaled down when the common words weigh little.
    for (let k = 0; k < ids.length; k++) {
      const w = ids[k]!;
      const idf = f.idf[w]!;
      const post = f.dutyPostings[w]!;
      for (let j = 0; j < post.length; j++) {
        const d = post[j]!;
        if (dutyCommon[d] === 0) touchedDuties.push(d);
        dutyCommon[d]! += idf;
      }
    }
    for (const d of touchedDuties) {
      const common = dutyCommon[d]!;
      dutyCommon[d] = 0;
      dutyScores[base + d] = (common / weight) * Math.min(1, common / FULL_WEIGHT);
    }
    touchedDuties.length = 0;
    // Phrase coverage: the share of a title, keyword, activity, label or alias the item carries.
    for (let k = 0; k < ids.length; k++) {
      const trig = f.phraseTriggers[ids[k]!]!;
      for (let j = 0; j < trig.length; j++) {
        const p = trig[j]!;
        if (phraseEpoch[p] === epoch) continue;
        phraseEpoch[p] = epoch;
        const phrase = f.phrases[p]!;
        const t = f.targets[phrase.target]!;
        const score = phraseScore(f, phrase, seq, t.kind === TargetKind.Duty);
        if (score === 0) continue;
        if (t.kind === TargetKind.Duty) {
          if (score > dutyScores[base + t.index]!) dutyScores[base + t.index] = score;
        } else if (t.kind === TargetKind.Kpi) {
          if (score > a.kpiBest[t.index]!) {
            a.kpiBest[t.index] = score;
            a.kpiItem[t.index] = row;
          }
        } else if (t.kind === TargetKind.Skill) {
          if (score > a.skillBest[t.index]!) {
            a.skillBest[t.index] = score;
            a.skillItem[t.index] = row;
          }
        }
      }
    }
  }
  if (jd.title !== undefined && jd.title.trim() !== '') {
    const { ids, weight } = f.read(jd.title);
    const set = new Set(ids);
    a.titles = new Float32Array(f.roles.length);
    f.roles.forEach((rf, r) => {
      let best = 0;
      for (const p of rf.titlePhrases) {
        let common = 0;
        for (const w of p.words) if (set.has(w)) common += f.idf[w]!;
        // How much of the role's name is in the title, times how much of the title the name explains.
        const s = weight === 0 || p.weight === 0 ? 0 : (common / p.weight) * (common / weight);
        if (s > best) best = s;
      }
      a.titles![r] = best;
    });
  }
  if (!perCatalog) analyses.set(jd, (perCatalog = new WeakMap()));
  perCatalog.set(catalog, a);
  return a;
}

/**
 * How well an item carries a phrase (a title, keyword, activity, label or alias): all its words close together
 * (PHRASE_GAP other words at most), or, for KPI and skill names of three words or more, all but the lightest 35% of
 * their weight ("on-time delivery" for "On-time delivery rate").
 * For duties the score is scaled down when the phrase weighs less than FULL_WEIGHT, so one common word
 * ("培训", "review") is not a match on its own; a skill or KPI named in one word ("Leadership") is.
 */
function phraseScore(f: Features, phrase: Phrase, seq: Int32Array, scaled: boolean): number {
  const words = phrase.words;
  const n = words.length;
  let common = 0;
  let count = 0;
  let first = Infinity;
  let last = -1;
  for (let k = 0; k < n; k++) {
    const w = words[k]!;
    if (wordEpoch[w] !== epoch) continue;
    common += f.idf[w]!;
    count++;
    const at = wordPlace[w]!;
    if (at < first) first = at;
    if (at > last) last = at;
  }
  if (count === 0 || (count < n && (!phrase.partial || n < 3 || count < 2 || common < PHRASE_PART * phrase.weight)))
    return 0;
  // Close together: first places usually tell; a word said twice needs the exact window.
  if (count > 1 && last - first + 1 > n + PHRASE_GAP && minWindow(seq, words, count) > n + PHRASE_GAP) {
    // One word far from the rest ("处理 客户投诉和突发事件" for 突发事件处理): the rest may still carry the phrase in part.
    return phrase.partial && n >= 3 && count >= 3 ? dropOneScore(f, phrase, seq, common, count, scaled) : 0;
  }
  const coverage = common / phrase.weight;
  return scaled ? coverage * Math.min(1, phrase.weight / FULL_WEIGHT) : coverage;
}

/**
 * The best partial score of a phrase without one of its words, for when all are in the item but not together:
 * the others must still be close and weigh PHRASE_PART of the phrase.
 */
function dropOneScore(
  f: Features,
  phrase: Phrase,
  seq: Int32Array,
  common: number,
  count: number,
  scaled: boolean,
): number {
  const words = phrase.words;
  let best = 0;
  for (let k = 0; k < words.length; k++) {
    const dropped = words[k]!;
    if (wordEpoch[dropped] !== epoch) continue;
    const rest = common - f.idf[dropped]!;
    if (rest < PHRASE_PART * phrase.weight || rest / phrase.weight <= best) continue;
    const others = words.filter((w) => w !== dropped && wordEpoch[w] === epoch);
    if (minWindow(seq, others, count - 1) > words.length - 1 + PHRASE_GAP) continue;
    best = rest / phrase.weight;
  }
  return scaled ? best * Math.min(1, phrase.weight / FULL_WEIGHT) : best;
}

/** The fewest consecutive words of `seq` holding `need` distinct words of `words` (sorted). */
function minWindow(seq: Int32Array, words: Int32Array, need: number): number {
  const counts = new Int32Array(words.length);
  const slot = (id: number) => {
    for (let i = 0; i < words.length; i++) if (words[i] === id) return i;
    return -1;
  };
  let distinct = 0;
  let best = Infinity;
  let left = 0;
  for (let right = 0; right < seq.length; right++) {
    const r = slot(seq[right]!);
    if (r < 0) continue;
    if (counts[r]!++ === 0) distinct++;
    while (distinct >= need) {
      best = Math.min(best, right - left + 1);
      const l = slot(seq[left++]!);
      if (l >= 0 && --counts[l]! === 0) distinct--;
    }
  }
  return best;
}

/** Full credit at MATCH_THRESHOLD, none below PARTIAL_THRESHOLD, linear between. */
function credit(score: number): number {
  if (score >= MATCH_THRESHOLD) return 1;
  if (score <= PARTIAL_THRESHOLD) return 0;
  return (score - PARTIAL_THRESHOLD) / (MATCH_THRESHOLD - PARTIAL_THRESHOLD);
}

// ---------------------------------------------------------------------------------------------------------------
// Fit of one role

/** One piece of evidence: a JD item that matched a duty, KPI or skill of the role. */
export interface MatchEvidence {
  /** What it matched: `duty:inbound-contacts`, `kpi:customer-satisfaction`, `skill:communication`. */
  what: string;
  line: number;
  column: number;
  text: string;
  score: number;
}

/** A role's fit for a JD: best first in `rankRoles`. */
export interface RoleRank {
  role: string;
  /** 0–1; see FIT_WEIGHTS and CONTRADICTION_FACTOR. */
  score: number;
  /** The role's duties, KPIs and skills the JD covers, as `duty:…`, `kpi:…`, `skill:…`, in the role's order. */
  matched: string[];
  /** The JD items behind `matched`, best match per entry. */
  evidence: MatchEvidence[];
  /** The parts of the score: duty F-measure, title, KPI and skill coverage, and the contradiction factor. */
  parts: { duties: number; title: number | undefined; kpis: number; skills: number; factor: number };
}

function yearsContradict(claim: YearsClaim, role: Role): boolean {
  const range = claim.management
    ? role.qualifications?.experience?.management?.years
    : role.qualifications?.experience?.years;
  if (!range) return false;
  if (range.min !== undefined && claim.min < range.min) return true;
  return range.max !== undefined && claim.min > range.max;
}

function educationBelow(claim: EducationClaim, role: Role): boolean {
  const min = role.qualifications?.education?.minimum;
  return min !== undefined && EDUCATION.compare(claim.level, min) < 0;
}

/**
 * A role's fit: the F-measure of duty recall (the role's duties the JD covers) and duty precision (the JD's duty
 * items that belong to the role), weighed with title, KPI and skill coverage (FIT_WEIGHTS), then lowered when the
 * JD's years or education contradict the role (CONTRADICTION_FACTOR). Items between PARTIAL_THRESHOLD and
 * MATCH_THRESHOLD count in part. With `explain`, the JD items behind each match are kept as evidence.
 */
function fit(a: Analysis, r: number, explain: boolean): RoleRank {
  const f = a.f;
  const rf = f.roles[r]!;
  const nd = f.duties.length;
  const matched: string[] = [];
  const evidence: MatchEvidence[] = [];
  const note = (what: string, row: number, score: number) => {
    matched.push(what);
    if (!explain || row < 0) return;
    const { item } = a.items[row]!;
    evidence.push({ what, line: item.line, column: item.column, text: item.text, score: round(score) });
  };
  // Duty recall: how well the role's duties are covered by any item.
  let recall = 0;
  for (const d of rf.duties) {
    let best = 0;
    let at = -1;
    for (let row = 0; row < a.items.length; row++) {
      const s = a.dutyScores[row * nd + d]!;
      if (s > best) {
        best = s;
        at = row;
      }
    }
    recall += credit(best);
    if (best >= MATCH_THRESHOLD) note(`duty:${f.duties[d]!.id}`, at, best);
  }
  recall = rf.duties.length === 0 ? 0 : recall / rf.duties.length;
  // Duty precision: how many of the JD's duty items belong to the role.
  let precision = 0;
  let dutyItems = 0;
  for (let row = 0; row < a.items.length; row++) {
    if (!a.items[row]!.duty) continue;
    dutyItems++;
    let best = 0;
    for (const d of rf.duties) best = Math.max(best, a.dutyScores[row * nd + d]!);
    precision += credit(best);
  }
  precision = dutyItems === 0 ? recall : precision / dutyItems;
  const duties = recall + precision === 0 ? 0 : (2 * recall * precision) / (recall + precision);

  let kpiWeight = 0;
  let kpiCovered = 0;
  for (const k of rf.kpis) {
    const w = k.weight > 0 ? k.weight : 1;
    kpiWeight += w;
    const s = a.kpiBest[k.index]!;
    kpiCovered += w * credit(s);
    if (s >= MATCH_THRESHOLD) note(`kpi:${k.ref}`, a.kpiItem[k.index]!, s);
  }
  let skillCovered = 0;
  for (const s of rf.skills) {
    const v = a.skillBest[s.index]!;
    skillCovered += credit(v);
    if (v >= MATCH_THRESHOLD) note(`skill:${s.ref}`, a.skillItem[s.index]!, v);
  }
  const kpis = kpiWeight === 0 ? 0 : kpiCovered / kpiWeight;
  const skills = rf.skills.length === 0 ? 0 : skillCovered / rf.skills.length;
  const title = a.titles?.[r];
  let score = FIT_WEIGHTS.duties * duties + FIT_WEIGHTS.kpis * kpis + FIT_WEIGHTS.skills * skills;
  score = title === undefined ? score / (1 - FIT_WEIGHTS.title) : score + FIT_WEIGHTS.title * title;
  let factor = 1;
  if (a.claims.years.some((c) => !c.management && yearsContradict(c, rf.role)))
    factor *= CONTRADICTION_FACTOR.experience;
  if (a.claims.education.some((c) => educationBelow(c, rf.role))) factor *= CONTRADICTION_FACTOR.education;
  return {
    role: rf.role.id,
    score: round(score * factor),
    matched,
    evidence,
    parts: {
      duties: round(duties),
      title: title === undefined ? undefined : round(title),
      kpis: round(kpis),
      skills: round(skills),
      factor,
    },
  };
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** Every role of the catalog with its fit for the JD, best first (ties by role id). */
export function rankRoles(jd: JobDescription, catalog: Catalog): RoleRank[] {
  const a = analyse(jd, catalog);
  const ranks = a.f.roles.map((_, r) => fit(a, r, false));
  ranks.sort((x, y) => y.score - x.score || (x.role < y.role ? -1 : 1));
  // Explain the top match (the rest stay cheap: `matched` only).
  if (ranks[0]) ranks[0] = fit(a, a.f.roleIndex.get(ranks[0].role)!, true);
  return ranks;
}

export interface AutoRoleResult {
  /** The best-fitting role, or undefined when none fits well enough. */
  role: Role | undefined;
  /** Its entry in `ranking`, with the evidence. */
  best: RoleRank | undefined;
  ranking: RoleRank[];
  /** JD_NO_GOOD_MATCH when no role is picked. */
  diagnostics: Diagnostic[];
}

/**
 * The role that fits the JD best, or none (with JD_NO_GOOD_MATCH) when the best fit is below NO_GOOD_MATCH_THRESHOLD.
 */
export function autoRole(jd: JobDescription, catalog: Catalog): AutoRoleResult {
  const ranking = rankRoles(jd, catalog);
  const top = ranking[0];
  if (top && top.score >= NO_GOOD_MATCH_THRESHOLD)
    return { role: catalog.find(top.role), best: top, ranking, diagnostics: [] };
  const title = top ? catalog.find(top.role)?.title : undefined;
  const best = top
    ? {
        en: ` The closest is ${top.role} (${textIn(title, 'en')}) at ${top.score.toFixed(2)}, below ${NO_GOOD_MATCH_THRESHOLD}.`,
        zh: `最接近的是 ${textIn(title, 'zh')}（${top.role}），得分 ${top.score.toFixed(2)}，低于 ${NO_GOOD_MATCH_THRESHOLD}。`,
      }
    : { en: ' The catalog has no roles.', zh: '目录中没有岗位。' };
  return {
    role: undefined,
    best: undefined,
    ranking,
    diagnostics: [
      fileDiagnostic(
        jd.file,
        'JD_NO_GOOD_MATCH',
        {
          en: `No role in the catalog fits the job description well.${best.en}`,
          zh: `目录中没有与职位描述足够吻合的岗位。${best.zh}`,
        },
        {
          en: 'Name the role with --role, or add the role this job description is for to the catalog.',
          zh: '用 --role 指定岗位，或把这个职位描述对应的岗位加入目录。',
        },
        'warning',
      ),
    ],
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Checking a JD against one role

export type CoverageKind = 'duty' | 'kpi' | 'skill' | 'education' | 'experience';

/** Something the role has that the JD covers, with the items that cover it. */
export interface Covered {
  kind: CoverageKind;
  id: string;
  score: number;
  items: { line: number; column: number; text: string }[];
}

/** Something the role has that the JD does not mention, in order of importance. */
export interface Missing {
  kind: CoverageKind;
  id: string;
  /** Higher is more important; `missing` is sorted by it. */
  importance: number;
  severity: Severity;
  label: { en: string; zh: string };
}

export interface RoleCheck {
  role: string;
  /** The role's fit for the JD, as in `rankRoles`. */
  score: number;
  covered: Covered[];
  missing: Missing[];
  diagnostics: Diagnostic[];
}

/**
 * Importance of what a JD leaves out, highest first: duties (in the role's order) before KPIs (by weight) before
 * skills (by level) before education and experience. Severity: a missing duty is a warning; a KPI weighing 20% or
 * more, or a skill needed at expert level, is a warning; everything else is info.
 */
export const IMPORTANCE = { duty: 4, kpi: 3, skill: 2, education: 1, experience: 1 } as const;
export const KPI_WARNING_WEIGHT = 20;
export const SKILL_WARNING_LEVEL = 'expert';

const bi = (t: LocalizedText | undefined): { en: string; zh: string } => ({ en: textIn(t, 'en'), zh: textIn(t, 'zh') });

/** Where a missing thing belongs: the first section of that kind, or line 1 column 1. */
function sectionPlace(jd: JobDescription, kinds: readonly JdSectionKind[]): { line: number; column: number } {
  for (const k of kinds) {
    const s = jd.sections.find((x) => x.kind === k && x.heading !== '');
    if (s) return { line: s.line, column: s.column };
  }
  return { line: 1, column: 1 };
}

/**
 * Checks a JD against one role: coverage of its duties, KPIs, skills and qualifications (missing ones ranked by
 * IMPORTANCE), contradictions (years of experience, education, authority above the role's grade) and role creep.
 */
export function checkAgainstRole(jd: JobDescription, role: Role, catalog: Catalog): RoleCheck {
  const a = analyse(jd, catalog);
  const f = a.f;
  const r = f.roleIndex.get(role.id);
  if (r === undefined || f.roles[r]!.role !== role)
    throw new TypeError(`The role ${role.id} is not in the catalog given.`);
  const rf = f.roles[r]!;
  const nd = f.duties.length;
  const roleTitle = bi(role.title);
  const covered: Covered[] = [];
  const missing: Missing[] = [];
  const diagnostics: Diagnostic[] = [];
  const at = (row: number) => {
    const { item } = a.items[row]!;
    return { line: item.line, column: item.column, text: item.text };
  };
  const diag = (
    code: DiagnosticCode,
    severity: Severity,
    place: { line: number; column: number },
    message: { en: string; zh: string },
    hint?: { en: string; zh: string },
    excerpt?: string,
  ): Diagnostic => {
    const d: Diagnostic = {
      code,
      severity,
      file: jd.file,
      path: '',
      line: place.line,
      column: place.column,
      ...texts(message, hint),
    };
    if (excerpt !== undefined) d.excerpt = excerpt;
    return d;
  };

  // Duties.
  rf.duties.forEach((d, i) => {
    const duty = f.dutyOf[d]!;
    const rows: number[] = [];
    let best = 0;
    for (let row = 0; row < a.items.length; row++) {
      const s = a.dutyScores[row * nd + d]!;
      if (s >= MATCH_THRESHOLD) rows.push(row);
      best = Math.max(best, s);
    }
    if (rows.length > 0) covered.push({ kind: 'duty', id: duty.id, score: round(best), items: rows.map(at) });
    else
      missing.push({
        kind: 'duty',
        id: duty.id,
        importance: IMPORTANCE.duty + (1 - i / Math.max(rf.duties.length, 1)) / 2,
        severity: 'warning',
        label: bi(duty.title),
      });
  });
  // KPIs.
  for (const k of rf.kpis) {
    const s = a.kpiBest[k.index]!;
    const entry = catalog.entry('kpis', k.ref);
    if (s >= MATCH_THRESHOLD)
      covered.push({ kind: 'kpi', id: k.ref, score: round(s), items: [at(a.kpiItem[k.index]!)] });
    else
      missing.push({
        kind: 'kpi',
        id: k.ref,
        importance: IMPORTANCE.kpi + k.weight / 200,
        severity: k.weight >= KPI_WARNING_WEIGHT ? 'warning' : 'info',
        label: entry ? bi(entry.label) : { en: k.ref, zh: k.ref },
      });
  }
  // Skills.
  for (const sk of rf.skills) {
    const s = a.skillBest[sk.index]!;
    const entry = catalog.entry('skills', sk.ref);
    if (s >= MATCH_THRESHOLD)
      covered.push({ kind: 'skill', id: sk.ref, score: round(s), items: [at(a.skillItem[sk.index]!)] });
    else {
      const level = SKILL_LEVEL.rank(sk.level as never);
      missing.push({
        kind: 'skill',
        id: sk.ref,
        importance: IMPORTANCE.skill + level / 8,
        severity: sk.level === SKILL_WARNING_LEVEL ? 'warning' : 'info',
        label: entry ? bi(entry.label) : { en: sk.ref, zh: sk.ref },
      });
    }
  }
  // Qualifications: that the JD states them at all; contradictions come below.
  const education = role.qualifications?.education?.minimum;
  if (education !== undefined && education !== 'none') {
    const c = a.claims.education[0];
    if (c)
      covered.push({
        kind: 'education',
        id: education,
        score: 1,
        items: [{ line: c.line, column: c.column, text: c.excerpt }],
      });
    else
      missing.push({
        kind: 'education',
        id: education,
        importance: IMPORTANCE.education + 0.1,
        severity: 'info',
        label: { en: EDUCATION.label(education, 'en'), zh: EDUCATION.label(education, 'zh') },
      });
  }
  const years = role.qualifications?.experience?.years;
  if (years) {
    const c = a.claims.years.find((y) => !y.management);
    const label = { en: yearsText(years, 'en'), zh: yearsText(years, 'zh') };
    if (c)
      covered.push({
        kind: 'experience',
        id: 'years',
        score: 1,
        items: [{ line: c.line, column: c.column, text: c.excerpt }],
      });
    else missing.push({ kind: 'experience', id: 'years', importance: IMPORTANCE.experience, severity: 'info', label });
  }
  missing.sort((x, y) => y.importance - x.importance);
  for (const m of missing) diagnostics.push(missingDiagnostic(jd, role, roleTitle, m, diag));

  // Contradictions.
  for (const c of a.claims.years) {
    if (!yearsContradict(c, role)) continue;
    const range = (c.management ? role.qualifications?.experience?.management?.years : years)!;
    const what = c.management ? { en: 'management experience', zh: '管理经验' } : { en: 'experience', zh: '工作经验' };
    const asked =
      c.max === undefined
        ? { en: `${c.min}+ years`, zh: `${c.min}年以上` }
        : { en: `${c.min}–${c.max} years`, zh: `${c.min}–${c.max}年` };
    const dir = c.min < (range.min ?? 0) ? { en: 'below', zh: '低于' } : { en: 'above', zh: '高于' };
    diagnostics.push(
      diag(
        'JD_EXPERIENCE_MISMATCH',
        'warning',
        c,
        {
          en: `The job description asks for ${asked.en} of ${what.en}, ${dir.en} the ${yearsText(range, 'en')} the role ${role.id} (${roleTitle.en}) calls for.`,
          zh: `职位描述要求${asked.zh}${what.zh}，${dir.zh}岗位${roleTitle.zh}（${role.id}）要求的${yearsText(range, 'zh')}。`,
        },
        {
          en: `Ask for ${yearsText(range, 'en')}, or check that the role is the right one.`,
          zh: `改为${yearsText(range, 'zh')}，或确认所选岗位是否正确。`,
        },
        c.excerpt,
      ),
    );
  }
  for (const c of a.claims.education) {
    if (!educationBelow(c, role)) continue;
    const min = education!;
    diagnostics.push(
      diag(
        'JD_EDUCATION_BELOW_MINIMUM',
        'warning',
        c,
        {
          en: `The job description accepts ${EDUCATION.label(c.level, 'en').toLowerCase()}, below the ${EDUCATION.label(min, 'en').toLowerCase()} the role ${role.id} (${roleTitle.en}) requires.`,
          zh: `职位描述接受${EDUCATION.label(c.level, 'zh')}学历，低于岗位${roleTitle.zh}（${role.id}）要求的${EDUCATION.label(min, 'zh')}。`,
        },
        {
          en: `Ask for ${EDUCATION.label(min, 'en').toLowerCase()} or above.`,
          zh: `改为${EDUCATION.label(min, 'zh')}及以上。`,
        },
        c.excerpt,
      ),
    );
  }
  for (const c of a.claims.authority) {
    const over = authorityOver(a, rf, c);
    if (!over) continue;
    const claimed = { en: AUTHORITY.label(c.authority, 'en').toLowerCase(), zh: AUTHORITY.label(c.authority, 'zh') };
    const held = { en: AUTHORITY.label(over.grade, 'en').toLowerCase(), zh: AUTHORITY.label(over.grade, 'zh') };
    const message = over.permission
      ? {
          en: `The job description lets the holder ${AUTHORITY_BASE[c.authority]} "${c.object}", but on "${textIn(over.permission.title, 'en')}" the role ${role.id} (${roleTitle.en}) only ${AUTHORITY_VERB[over.grade]}.`,
          zh: `职位描述赋予任职者对“${c.object}”的${claimed.zh}权，但岗位${roleTitle.zh}（${role.id}）在“${textIn(over.permission.title, 'zh')}”上只有${held.zh}权。`,
        }
      : {
          en: `The job description lets the holder ${AUTHORITY_BASE[c.authority]} "${c.object}", but no right of the role ${role.id} (${roleTitle.en}) reaches beyond "${held.en}".`,
          zh: `职位描述赋予任职者对“${c.object}”的${claimed.zh}权，但岗位${roleTitle.zh}（${role.id}）的权限最高只到“${held.zh}”。`,
        };
    const escalateId = over.permission
      ? role.permissions?.find((p) => p.id === over.permission!.id)?.escalateTo
      : undefined;
    const escalate = escalateId === undefined ? undefined : catalog.get(escalateId);
    const hint = escalate
      ? {
          en: `Say that the holder ${AUTHORITY_VERB[over.grade]} and the ${textIn(escalate.title, 'en')} ${AUTHORITY_VERB[c.authority]}, as the role defines.`,
          zh: `改为由任职者${held.zh}、由${textIn(escalate.title, 'zh')}${claimed.zh}，与岗位定义一致。`,
        }
      : {
          en: `Grant no more than "${held.en}" here, as the role defines, or leave the right to the role that holds it.`,
          zh: `这里的权限不应超过“${held.zh}”，与岗位定义一致；或交由拥有该权限的岗位。`,
        };
    diagnostics.push(diag('JD_AUTHORITY_ABOVE_GRADE', 'error', c, message, hint, c.excerpt));
  }

  // Role creep: a duty item that another role's duty matches clearly better than any of this role's duties. A
  // duty this role inherits or hands down through `extends`, under the same id, is the same duty refined: not creep.
  const own = new Set(rf.duties);
  const kin = extendsKin(catalog, role);
  const ownIds = new Set<string>((role.duties ?? []).map((d) => d.id));
  for (let d = 0; d < nd; d++) if (ownIds.has(f.duties[d]!.id) && kin.has(f.duties[d]!.owner)) own.add(d);
  for (let row = 0; row < a.items.length; row++) {
    if (!a.items[row]!.duty) continue;
    let mine = 0;
    for (const d of own) mine = Math.max(mine, a.dutyScores[row * nd + d]!);
    let other = 0;
    let otherDuty = -1;
    for (let d = 0; d < nd; d++) {
      if (own.has(d)) continue;
      const s = a.dutyScores[row * nd + d]!;
      if (s > other) {
        other = s;
        otherDuty = d;
      }
    }
    // Creep only when no duty of the role covers the item, another role's does, and clearly better.
    if (mine >= MATCH_THRESHOLD || other < MATCH_THRESHOLD || other - mine < CREEP_MARGIN) continue;
    const owner = f.roles[f.dutyOwner[otherDuty]!]!.role;
    const duty = f.dutyOf[otherDuty]!;
    const ot = bi(owner.title);
    const { item } = a.items[row]!;
    diagnostics.push(
      diag(
        'JD_ROLE_CREEP',
        'warning',
        item,
        {
          en: `This duty belongs to another role: it matches "${textIn(duty.title, 'en')}" of ${owner.id} (${ot.en}) better than any duty of ${role.id} (${roleTitle.en}).`,
          zh: `这项职责属于其他岗位：它与${ot.zh}（${owner.id}）的职责“${textIn(duty.title, 'zh')}”更吻合，而不是${roleTitle.zh}（${role.id}）的任何职责。`,
        },
        {
          en: `Remove it, or check whether the position is really ${owner.id}.`,
          zh: `删除这一项，或确认这个职位是否其实是${ot.zh}。`,
        },
        item.text,
      ),
    );
  }

  return { role: role.id, score: fit(a, r, false).score, covered, missing, diagnostics };
}

/** Roles related to `role` through `extends`, in either direction and at any depth. */
function extendsKin(catalog: Catalog, role: Role): Set<string> {
  const kin = new Set<string>();
  for (let r: Role | undefined = role; r?.extends !== undefined && !kin.has(r.extends); r = catalog.get(r.extends))
    kin.add(r.extends);
  for (const other of catalog.roles.values()) {
    for (
      let r: Role | undefined = other, depth = 0;
      r?.extends !== undefined && depth < 32;
      r = catalog.get(r.extends), depth++
    ) {
      if (r.extends === role.id) {
        kin.add(other.id);
        break;
      }
    }
  }
  return kin;
}

function yearsText(range: { min?: number | undefined; max?: number | undefined }, lang: 'en' | 'zh'): string {
  const { min, max } = range;
  if (lang === 'zh')
    return min !== undefined && max !== undefined
      ? `${min}–${max}年`
      : min !== undefined
        ? `${min}年以上`
        : `${max}年以内`;
  return min !== undefined && max !== undefined
    ? `${min}–${max} years`
    : min !== undefined
      ? `${min}+ years`
      : `up to ${max} years`;
}

type DiagFn = (
  code: DiagnosticCode,
  severity: Severity,
  place: { line: number; column: number },
  message: { en: string; zh: string },
  hint?: { en: string; zh: string },
  excerpt?: string,
) => Diagnostic;

function missingDiagnostic(
  jd: JobDescription,
  role: Role,
  roleTitle: { en: string; zh: string },
  m: Missing,
  diag: DiagFn,
): Diagnostic {
  const who = { en: `${role.id} (${roleTitle.en})`, zh: `${roleTitle.zh}（${role.id}）` };
  switch (m.kind) {
    case 'duty': {
      const duty = role.duties?.find((d) => d.id === m.id);
      const example = duty?.activities?.[0];
      return diag(
        'JD_MISSING_DUTY',
        m.severity,
        sectionPlace(jd, ['duties', 'summary']),
        {
          en: `The job description does not mention the duty "${m.label.en}" of the role ${who.en}.`,
          zh: `职位描述没有提到岗位${who.zh}的职责“${m.label.zh}”。`,
        },
        example
          ? {
              en: `Add a duty that covers it, e.g. "${textIn(example, 'en')}", or check that the role is the right one.`,
              zh: `补充一项涵盖它的职责，例如“${textIn(example, 'zh')}”；或确认所选岗位是否正确。`,
            }
          : {
              en: 'Add a duty that covers it, or check that the role is the right one.',
              zh: '补充一项涵盖它的职责，或确认所选岗位是否正确。',
            },
      );
    }
    case 'kpi':
      return diag(
        'JD_MISSING_KPI',
        m.severity,
        sectionPlace(jd, ['kpis']),
        {
          en: `The job description does not say the holder is measured on "${m.label.en}", a KPI of the role ${who.en}.`,
          zh: `职位描述没有说明任职者按“${m.label.zh}”考核，这是岗位${who.zh}的考核指标。`,
        },
        {
          en: 'Name the KPI and its target, so candidates know how the work is judged.',
          zh: '写明该指标及目标值，让应聘者了解工作如何评价。',
        },
      );
    case 'skill':
      return diag(
        'JD_MISSING_SKILL',
        m.severity,
        sectionPlace(jd, ['requirements']),
        {
          en: `The job description does not ask for "${m.label.en}", a skill of the role ${who.en}.`,
          zh: `职位描述没有要求“${m.label.zh}”，这是岗位${who.zh}需要的技能。`,
        },
        { en: 'Add it to the requirements.', zh: '在任职要求中补充这一项。' },
      );
    default:
      return diag(
        'JD_MISSING_SKILL',
        m.severity,
        sectionPlace(jd, ['requirements']),
        m.kind === 'education'
          ? {
              en: `The job description states no education requirement; the role ${who.en} requires ${m.label.en.toLowerCase()} or above.`,
              zh: `职位描述没有写明学历要求；岗位${who.zh}要求${m.label.zh}及以上。`,
            }
          : {
              en: `The job description states no years of experience; the role ${who.en} calls for ${m.label.en}.`,
              zh: `职位描述没有写明工作年限；岗位${who.zh}要求${m.label.zh}。`,
            },
        { en: 'Add it to the requirements.', zh: '在任职要求中补充这一项。' },
      );
  }
}

/** The weight of the words two sorted id arrays share. */
function commonWeight(f: Features, a: Int32Array, b: Int32Array): number {
  let common = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      common += f.idf[x]!;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return common;
}

const AUTHORITY_VERB: Record<Authority, string> = {
  informed: 'is informed',
  consulted: 'is consulted',
  proposes: 'proposes',
  participates: 'participates',
  executes: 'executes',
  decides: 'decides',
  approves: 'approves',
};
const AUTHORITY_BASE: Record<Authority, string> = {
  informed: 'be informed of',
  consulted: 'be consulted on',
  proposes: 'propose',
  participates: 'take part in',
  executes: 'carry out',
  decides: 'decide',
  approves: 'approve',
};

/**
 * Whether an authority claim goes beyond the role: the claim is at CHECKED_AUTHORITY or above, and exceeds every
 * permission its object matches (PERMISSION_MATCH), or, when it matches none, the highest authority the role holds.
 */
function authorityOver(
  a: Analysis,
  rf: RoleFeature,
  c: AuthorityClaim,
): { grade: Authority; permission: PermissionFeature | undefined } | undefined {
  if (AUTHORITY.compare(c.authority, CHECKED_AUTHORITY) < 0) return undefined;
  const f = a.f;
  const { ids, weight } = f.read(c.object);
  // The permissions the object matches; the claim stands if any of them reaches its grade (benefit of the doubt),
  // and is reported against the best-matching one otherwise.
  let best: PermissionFeature | undefined;
  let bestScore = 0;
  let matched = false;
  for (const p of rf.permissions) {
    let s = 0;
    for (const part of p.parts) {
      const common = commonWeight(f, ids, part.words);
      // Overlap against the smaller side: a short object can match a long limit, a long object a short title.
      if (common > 0) s = Math.max(s, common / Math.min(weight, part.weight));
    }
    if (s < PERMISSION_MATCH) continue;
    matched = true;
    if (AUTHORITY.compare(c.authority, p.authority) <= 0) return undefined;
    if (s > bestScore) {
      bestScore = s;
      best = p;
    }
  }
  if (matched && best) return { grade: best.authority, permission: best };
  if (rf.ceiling === undefined) return undefined;
  return AUTHORITY.compare(c.authority, rf.ceiling) > 0 ? { grade: rf.ceiling, permission: undefined } : undefined;
}
