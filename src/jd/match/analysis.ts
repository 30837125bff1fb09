import type { Catalog } from '../../catalog/catalog.js';
import { extractClaims } from '../extract.js';
import type { JdItem, JdSection, JdSectionKind, JobDescription } from '../types.js';
import { featuresOf, TargetKind, type Features, type Phrase } from './features.js';
import { FULL_WEIGHT, PHRASE_GAP, PHRASE_PART } from './thresholds.js';
import { conceptTerm } from '../../match/thesaurus.js';

/** How the matcher reads a role's title or alias: `≈role:` and the role's id. */
const ROLE_CONCEPT = conceptTerm('role:');

// The JD side of matching: every item scored against every duty, KPI and skill of the catalog, once per JD.

/** A JD item as matching reads it. */
interface ReadItem {
  item: JdItem;
  section: JdSection;
  /** Whether the item describes the work (a duty section, or the summary when there is none). */
  duty: boolean;
}

/** A JD scored against a catalog: what ranking and the role checks read. */
export interface Analysis {
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
  /** Concepts marking a kind of job (`Matcher.defining`, as ids) that the title or a duty item names. */
  defining: Set<number>;
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

/** Scores every item of the JD against the catalog, once per JD and catalog. */
export function analyse(jd: JobDescription, catalog: Catalog): Analysis {
  let perCatalog = analyses.get(jd);
  const hit = perCatalog?.get(catalog);
  if (hit) return hit;
  const f = featuresOf(catalog);
  const hasDutySection = jd.sections.some((s) => DUTY_KINDS.includes(s.kind) && s.items.length > 0);
  const items: ReadItem[] = [];
  for (const section of jd.sections) {
    // The offer and the company (about us, place, hours, how to apply) are neither the work nor its requirements.
    if (section.kind === 'benefits' || section.kind === 'about') continue;
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
    defining: new Set(),
  };
  const noteDefining = (seq: Int32Array) => {
    for (const w of seq) if (f.definingIds.has(w)) a.defining.add(w);
  };
  if (jd.title !== undefined) noteDefining(f.read(jd.title).seq);
  const touchedDuties: number[] = [];
  const dutyScores = a.dutyScores;
  for (let row = 0; row < items.length; row++) {
    const { ids, seq, places, weight } = f.read(items[row]!.item.text);
    if (ids.length === 0) continue;
    if (items[row]!.duty && f.definingIds.size > 0) noteDefining(seq);
    if (++epoch >= 0x7fffffff) {
      epoch = 1;
      wordEpoch.fill(0);
      phraseEpoch.fill(0);
    }
    for (let k = seq.length - 1; k >= 0; k--) {
      const w = seq[k]!;
      if (w >= 0) {
        wordEpoch[w] = epoch;
        wordPlace[w] = places[k]!;
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
        const score = phraseScore(f, phrase, seq, places, t.kind === TargetKind.Duty);
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
  if (jd.title !== undefined && jd.title.trim() !== '') a.titles = titleFit(f, jd.title);
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
function phraseScore(f: Features, phrase: Phrase, seq: Int32Array, places: Int32Array, scaled: boolean): number {
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
  if (count > 1 && last - first + 1 > n + PHRASE_GAP && minWindow(seq, places, words, count) > n + PHRASE_GAP) {
    // One word far from the rest ("处理 客户投诉和突发事件" for 突发事件处理): the rest may still carry the phrase in part.
    return phrase.partial && count >= 2 ? dropOneScore(f, phrase, seq, places, common, count, scaled) : 0;
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
  places: Int32Array,
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
    if (minWindow(seq, places, others, count - 1) > words.length - 1 + PHRASE_GAP) continue;
    best = rest / phrase.weight;
  }
  return scaled ? best * Math.min(1, phrase.weight / FULL_WEIGHT) : best;
}

/** The fewest consecutive words (by their `places`) of `seq` holding `need` distinct words of `words` (sorted). */
function minWindow(seq: Int32Array, places: Int32Array, words: Int32Array, need: number): number {
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
      best = Math.min(best, places[right]! - places[left]! + 1);
      const l = slot(seq[left++]!);
      if (l >= 0 && --counts[l]! === 0) distinct--;
    }
  }
  return best;
}

/**
 * How well a JD's title names each role. A title that holds a role's title or one of its aliases (the matcher reads
 * them as the role's concept, the longest name winning: 高级项目经理 names the senior project manager) names the role:
 * 1. Otherwise: how much of the role's name is in the title, times how much of the title the name explains. Words
 * the catalog never uses (a city, a shift, 急招) are left out of the title's weight: they say nothing about the role.
 */
function titleFit(f: Features, title: string): Float32Array {
  const read = f.matcher.analyse(title);
  const out = new Float32Array(f.roles.length);
  const named = new Set(read.terms.filter((t) => t.startsWith(ROLE_CONCEPT)).map((t) => t.slice(ROLE_CONCEPT.length)));
  const set = new Set<number>();
  let weight = 0;
  read.terms.forEach((t, i) => {
    const id = f.ids.id(t);
    if (read.beside.has(i) || id === undefined || id >= f.idf.length || set.has(id)) return;
    set.add(id);
    weight += f.idf[id]!;
  });
  f.roles.forEach((rf, r) => {
    if (named.has(rf.role.id)) {
      out[r] = 1;
      return;
    }
    let best = 0;
    for (const p of rf.titlePhrases) {
      let common = 0;
      for (const w of p.words) if (set.has(w)) common += f.idf[w]!;
      const s = weight === 0 || p.weight === 0 ? 0 : (common / p.weight) * (common / weight);
      if (s > best) best = s;
    }
    out[r] = best;
  });
  return out;
}
