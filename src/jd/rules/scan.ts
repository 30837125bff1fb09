import type { Bilingual, Severity } from '../../errors.js';
import { positionAt, positionsOfJd } from '../position.js';
import type { JdSection, JdSectionKind, JobDescription } from '../types.js';
import type { JdFinding } from './rule.js';

/** Where an item's text lies in the JD's text, and which section it belongs to. */
interface ItemSpan {
  start: number;
  end: number;
  section: number;
  item: number;
  kind: JdSectionKind;
  text: string;
}

/** What the rules need to know about a JD's text, computed once per JD. */
interface TextIndex {
  /** Items in document order. */
  items: ItemSpan[];
  /** Spans no rule reads: comments (where disable directives and their reasons live). */
  skipped: [number, number][];
  /**
   * Per 0-based line, the first line of the stretch a rule reads it in: an item hard-wrapped over several lines ("We
   * are looking for a⏎female receptionist") is read whole, so a phrase may run over its line breaks; any other line
   * is read alone.
   */
  unitStart: Int32Array;
}

const indexes = new WeakMap<JobDescription, TextIndex>();
/**
 * HTML comments, and `# rolematrix-disable…` / `// rolematrix-disable…` directives, whose reasons may quote a phrase.
 */
const COMMENT = /<!--[\s\S]*?(?:-->|$)|(?:#|\/\/)[ \t]*rolematrix-[^\n]*/g;

function textIndex(jd: JobDescription): TextIndex {
  let idx = indexes.get(jd);
  if (idx !== undefined) return idx;
  const items: ItemSpan[] = [];
  jd.sections.forEach((s, section) =>
    s.items.forEach((it, item) =>
      items.push({ start: it.offset, end: it.offset + it.text.length, section, item, kind: s.kind, text: it.text }),
    ),
  );
  items.sort((a, b) => a.start - b.start);
  const skipped: [number, number][] = [];
  if (jd.text.includes('<!--') || jd.text.includes('rolematrix-'))
    for (const m of jd.text.matchAll(COMMENT)) skipped.push([m.index, m.index + m[0].length]);
  const positions = positionsOfJd(jd);
  const unitStart = Int32Array.from(positions.lineStarts.keys());
  for (const it of items) {
    const first = positions(it.start).line - 1;
    const last = positions(Math.max(it.start, it.end - 1)).line - 1;
    for (let l = first + 1; l <= last; l++) unitStart[l] = unitStart[first]!;
  }
  idx = { items, skipped, unitStart };
  indexes.set(jd, idx);
  return idx;
}

/** Index of the last element of the sorted `list` whose key is at most `value`, or -1. */
function lastAtMost<T>(list: readonly T[], value: number, key: (t: T) => number): number {
  let lo = 0;
  let hi = list.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (key(list[mid]!) <= value) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The 0-based offset of a 1-based line and column, or undefined when the line does not exist. */
export function offsetAt(jd: JobDescription, line: number, column: number): number | undefined {
  const start = positionsOfJd(jd).lineStarts[line - 1];
  return start === undefined ? undefined : start + column - 1;
}

/** Where a section's heading text starts (past any `#`), whatever column the parser gave the section. */
export function headingPosition(jd: JobDescription, section: JdSection): { line: number; column: number } {
  const start = positionsOfJd(jd).lineStarts[section.line - 1];
  if (start === undefined || section.heading === '') return { line: section.line, column: section.column };
  const end = jd.text.indexOf('\n', start);
  const at = jd.text.slice(start, end === -1 ? undefined : end).indexOf(section.heading);
  return at === -1 ? { line: section.line, column: section.column } : { line: section.line, column: at + 1 };
}

/** The item whose text contains `offset`, if any. */
export function itemAt(jd: JobDescription, offset: number): ItemSpan | undefined {
  const { items } = textIndex(jd);
  const i = lastAtMost(items, offset, (s) => s.start);
  const span = i === -1 ? undefined : items[i];
  return span !== undefined && offset < Math.max(span.end, span.start + 1) ? span : undefined;
}

/**
 * The sentence (or clause ended by ; or a line break) holding the span, within [from, to): a line break inside that
 * stretch (a hard-wrapped item) is a space, not an end.
 */
function sentenceAround(text: string, start: number, end: number, from: number, to: number): string {
  const isEnd = (i: number) => {
    const c = text[i];
    if (c === '\n') return i < from || i >= to;
    if (c === '。' || c === '！' || c === '？' || c === ';' || c === '；') return true;
    return (c === '.' || c === '!' || c === '?') && (i + 1 >= text.length || /\s/.test(text[i + 1]!));
  };
  let a = start;
  while (a > 0 && !isEnd(a - 1)) a--;
  let b = end;
  while (b < text.length && !isEnd(b)) b++;
  return text.slice(a, b);
}

/** What a phrase's `keep` test sees about a match. */
export interface PhraseMatch {
  /** The matched phrase. */
  text: string;
  /** Its 0-based offset in the JD's text. */
  index: number;
  /** The item holding it; undefined in a heading or text the parser kept out of items. */
  item: ItemSpan | undefined;
  /** The kind of section it is in, when it is in an item. */
  kind: JdSectionKind | undefined;
  /** The sentence holding it. */
  sentence: string;
  /** The whole job description, for tests that depend on what kind of posting it is (a federal one). */
  document: string;
  /** The whole line holding it (for an item hard-wrapped over several lines, the whole item's lines). */
  line: string;
  /** The line's text before the phrase. */
  before: string;
  /** The line's text after the phrase. */
  after: string;
}

const NOT_REQUIREMENTS: ReadonlySet<JdSectionKind> = new Set(['duties', 'kpis', 'benefits']);
/**
 * A bare trait name ("marital status", 婚姻状况) is a requirement where requirements are written — a requirements or
 * untitled section, a heading — or where a value follows (`Ethnicity: …`); in duties ("report on the ethnicity pay
 * gap")
 * or benefits it is the work or the offer.
 */
export function asRequirement(m: PhraseMatch): boolean {
  return m.kind === undefined || !NOT_REQUIREMENTS.has(m.kind) || /^\s*[:\uFF1A]/u.test(m.after);
}

/** HR record-keeping and reporting name traits as data: "report on the ethnicity pay gap", 登记员工婚姻状况. */
const RECORD_BEFORE =
  /(?:\b(?:report(?:s|ing)?|record(?:s|ing)?|track(?:s|ing)?|monitor(?:s|ing)?|analy[sz]\w*|collect(?:s|ing)?|manag(?:e|es|ing)|updat(?:e|es|ing)|process(?:es|ing)?|on|about|by)\s+(?:(?:the|our|employee|employees'?|staff|customer|customers'?|workforce|pay|gender)\s+)*|登记|统计|记录|收集|核实|更新|管理)$/iu;
const RECORD_AFTER =
  /^(?:\s+(?:pay|data|monitoring|gap|reporting|statistics|changes?|tracking|records?|information|fields?|categories)\b|登记|信息|变更|统计|档案)/iu;
/** A bare trait name stated of the candidate: in a requirement, not in record-keeping. */
export function traitOfCandidate(m: PhraseMatch): boolean {
  return asRequirement(m) && !RECORD_BEFORE.test(m.before) && !RECORD_AFTER.test(m.after);
}

/** One phrase a rule looks for. */
interface Phrase {
  /** The pattern: its source and flags are used (`g` is added); it must have no capturing groups. */
  re: RegExp;
  severity?: Severity;
  message?: Bilingual;
  hint?: Bilingual;
  /** False drops the match: a lawful minimum age, a benefits section, an audience rather than a candidate. */
  keep?: (m: PhraseMatch) => boolean;
}

/** Equal-opportunity statements name protected traits to say they do not count; they are not requirements. */
const EQUAL_OPPORTUNITY_EN =
  /\b(?:regardless of|without regard to|irrespective of|discriminat\w*|equal (?:employment )?opportunit\w*|on the basis of|protected (?:characteristics?|status|class(?:es)?|veteran)|reasonable accommodations?|affirmative action|all (?:ages|backgrounds|genders|races|ethnicities|nationalities|religions|abilities)|(?:welcome|encourage) (?:all )?(?:applications|applicants|candidates)|(?:applications|applicants|candidates) (?:are )?(?:particularly |especially |strongly )?(?:welcome|encouraged)|plays? no (?:part|role)|(?:is|are) not (?:a )?factors?|(?:has|have) no bearing)\b/i;
const EQUAL_OPPORTUNITY_ZH = /歧视|不论|无论|不因|不分|平等|一视同仁|多元|包容/;

/** True when the phrase sits in an equal-opportunity statement. */
function inEqualOpportunityStatement(m: PhraseMatch): boolean {
  return EQUAL_OPPORTUNITY_ZH.test(m.sentence) || EQUAL_OPPORTUNITY_EN.test(m.sentence);
}

interface ScannerOptions {
  /**
   * Skip matches inside equal-opportunity statements (default true: every discriminatory-requirement rule wants it).
   */
  skipEqualOpportunity?: boolean;
  /**
   * A cheap pattern that every match contains on its line (e.g. /[户籍人]/ for region phrases). Only lines holding it are
   * scanned: V8 runs a long alternation of Chinese words at every position of the text, a few characters it skips fast.
   */
  trigger?: RegExp;
  /**
   * English words of which every match holds at least one, in lower case; `word*` stands for any word starting so
   * ("year*": year, years). Only lines holding one are scanned, found in the JD's word index (built once per JD for
   * every rule) instead of running the phrases over the whole text: an English rule's alternation of phrases costs
   * V8 about as much at every position as the rest of check-jd together.
   */
  words?: readonly string[];
}

/**
 * The word filters of every scanner built with `words`, each one bit of a mask. A word's mask (which filters it
 * passes) is worked out once and remembered: postings reuse the same few thousand words.
 */
const filters: { exact: Set<string>; prefixes: string[] }[] = [];
/** Filters past this many read every line (a mask has 31 usable bits). */
const MAX_FILTERS = 31;
const wordMasks = new Map<string, number>();
const WORD_MASKS_LIMIT = 100_000;

/** Registers a words filter; returns its bit, or 0 when there are too many (that scanner then reads every line). */
function addFilter(words: readonly string[]): number {
  if (filters.length >= MAX_FILTERS) return 0;
  filters.push({
    exact: new Set(words.filter((w) => !w.endsWith('*'))),
    prefixes: words.filter((w) => w.endsWith('*')).map((w) => w.slice(0, -1)),
  });
  wordMasks.clear();
  return 1 << (filters.length - 1);
}

/** The filters a word (as written) passes, as a mask. */
function maskOf(word: string): number {
  let mask = wordMasks.get(word);
  if (mask !== undefined) return mask;
  const lower = word.toLowerCase();
  mask = 0;
  filters.forEach((f, i) => {
    if (f.exact.has(lower) || f.prefixes.some((p) => lower.startsWith(p))) mask! |= 1 << i;
  });
  if (wordMasks.size >= WORD_MASKS_LIMIT) wordMasks.clear();
  wordMasks.set(word, mask);
  return mask;
}

/** Per 0-based line of a JD, the filters its English words (runs of ASCII letters) pass; built once per JD. */
const lineMasks = new WeakMap<JobDescription, { filters: number; masks: Int32Array }>();

function linesMasks(jd: JobDescription): Int32Array {
  const hit = lineMasks.get(jd);
  // A scanner built after this JD was indexed has a bit the masks lack: index it again.
  if (hit !== undefined && hit.filters === filters.length) return hit.masks;
  const text = jd.text;
  const masks = new Int32Array(positionsOfJd(jd).lineStarts.length);
  let line = 0;
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0;
    const lower = c | 0x20;
    if (lower >= 0x61 && lower <= 0x7a) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0) {
      masks[line]! |= maskOf(text.slice(start, i));
      start = -1;
    }
    if (c === 0x0a) line++;
  }
  lineMasks.set(jd, { filters: filters.length, masks });
  return masks;
}

/** A rule's check, with the same check reading every line (what the `words` filter must never change). */
export type PhraseCheck = ((jd: JobDescription) => JdFinding[]) & { everyLine: (jd: JobDescription) => JdFinding[] };

/**
 * Compiles phrases into one regular expression (one pass over the text per rule) and returns a `check` that reports
 * each match at the phrase itself. Matches never overlap; at one position the earlier phrase wins.
 */
export function phraseScanner(phrases: readonly Phrase[], options: ScannerOptions = {}): PhraseCheck {
  // All phrases of a rule share flags. English rules use `i` without `u`: V8 runs `iu` patterns tens of times slower.
  const flags = phrases[0]?.re.flags.replace('g', '') ?? '';
  const sources = phrases.map((p) => {
    if (p.re.flags.replace('g', '') !== flags)
      throw new Error(`The phrases of a rule must share flags: ${p.re} is not /${flags}.`);
    const groups = new RegExp(`${p.re.source}|`, flags).exec('')!.length - 1;
    if (groups > 0) throw new Error(`A phrase pattern must not capture (use (?:…)): ${p.re}`);
    return `(${p.re.source})`;
  });
  const re = new RegExp(sources.join('|'), `g${flags}`);
  const trigger =
    options.trigger === undefined
      ? undefined
      : new RegExp(options.trigger.source, `g${options.trigger.flags.replace('g', '')}`);
  const skipEqualOpportunity = options.skipEqualOpportunity ?? true;

  /**
   * Reports the matches in [from, to), where `to` ends a line: the subject ends there too, so no phrase runs on into
   * the
   * next line (`\s` matches a newline) and `$` means the end of the line.
   */
  function scanLine(jd: JobDescription, from: number, to: number, out: JdFinding[]): void {
    const text = jd.text;
    const subject = to >= text.length ? text : text.slice(0, to);
    re.lastIndex = from;
    for (let m = re.exec(subject); m !== null; m = re.exec(subject)) {
      if (m[0] === '') {
        re.lastIndex++;
        continue;
      }
      let k = 1;
      while (m[k] === undefined) k++;
      const phrase = phrases[k - 1]!;
      const index = m.index;
      const end = index + m[0].length;
      const item = itemAt(jd, index);
      // The stretch read (a line, or a whole hard-wrapped item) is the match's line: what comes before and after it.
      const line = text.slice(from, to).replace(/\r$/u, '');
      const start = from;
      const ctx: PhraseMatch = {
        text: m[0],
        index,
        item,
        kind: item?.kind,
        sentence: sentenceAround(text, index, end, from, to),
        document: text,
        line,
        before: line.slice(0, index - start),
        after: line.slice(end - start),
      };
      if (
        textIndex(jd).skipped.some(([a, b]) => index >= a && index < b) ||
        (skipEqualOpportunity && inEqualOpportunityStatement(ctx)) ||
        (phrase.keep !== undefined && !phrase.keep(ctx))
      ) {
        // A dropped phrase is benign as a whole: do not report a shorter phrase inside it (18 in "over 18").
        re.lastIndex = end;
        continue;
      }
      // a phrase over a hard-wrapped line break shows it as one space
      const f: JdFinding = { ...positionAt(jd, index), excerpt: m[0].replace(/[ \t]*\r?\n\s*/gu, ' ') };
      if (phrase.severity !== undefined) f.severity = phrase.severity;
      if (phrase.message !== undefined) f.message = phrase.message;
      if (phrase.hint !== undefined) f.hint = phrase.hint;
      out.push(f);
    }
  }

  /**
   * Reads the stretch of lines starting at 0-based line `first` (one line, or every line of a hard-wrapped item, see
   * `TextIndex.unitStart`); returns the line after it.
   */
  function scanUnit(jd: JobDescription, first: number, out: JdFinding[]): number {
    const { unitStart } = textIndex(jd);
    const { lineStarts } = positionsOfJd(jd);
    let next = first + 1;
    while (next < unitStart.length && unitStart[next] === first) next++;
    scanLine(jd, lineStarts[first]!, (lineStarts[next] ?? jd.text.length + 1) - 1, out);
    return next;
  }

  /** Reads every line. */
  function everyLine(jd: JobDescription): JdFinding[] {
    const out: JdFinding[] = [];
    const lines = positionsOfJd(jd).lineStarts.length;
    for (let line = 0; line < lines;) line = scanUnit(jd, line, out);
    return out;
  }

  if (trigger !== undefined) {
    const finder = trigger;
    /** Reads the lines the trigger finds. */
    const triggered = (jd: JobDescription): JdFinding[] => {
      const out: JdFinding[] = [];
      const text = jd.text;
      const positions = positionsOfJd(jd);
      const { unitStart } = textIndex(jd);
      finder.lastIndex = 0;
      for (let t = finder.exec(text); t !== null; t = finder.exec(text)) {
        const next = scanUnit(jd, unitStart[positions(t.index).line - 1]!, out);
        finder.lastIndex = positions.lineStarts[next] ?? text.length;
        if (next >= positions.lineStarts.length) break;
      }
      return out;
    };
    return Object.assign(triggered, { everyLine });
  }
  const bit = options.words === undefined ? 0 : addFilter(options.words);
  if (bit === 0) return Object.assign(everyLine, { everyLine });
  /** Reads only the lines holding one of the rule's words (a wrapped item whole, when any of its lines does). */
  function wordLines(jd: JobDescription): JdFinding[] {
    const out: JdFinding[] = [];
    const masks = linesMasks(jd);
    const { unitStart } = textIndex(jd);
    for (let line = 0; line < masks.length;) {
      let next = line + 1;
      let mask = masks[line]!;
      while (next < masks.length && unitStart[next] === line) mask |= masks[next++]!;
      if ((mask & bit) !== 0) scanUnit(jd, line, out);
      line = next;
    }
    return out;
  }
  return Object.assign(wordLines, { everyLine });
}

/** Counts of what a stretch of text holds: Han characters, English words, and non-space characters (UTF-16 units). */
export function measure(text: string): { han: number; words: number; chars: number } {
  let han = 0;
  let chars = 0;
  // A word is a run of ASCII letters; an apostrophe or hyphen between letters joins (don't, full-time).
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const lower = c | 0x20;
    if (lower >= 0x61 && lower <= 0x7a) {
      if (!inWord) words++;
      inWord = true;
      chars++;
      continue;
    }
    if (inWord && !((c === 0x27 || c === 0x2019 || c === 0x2d) && isLetter(text.charCodeAt(i + 1)))) inWord = false;
    if (c <= 0x20 || c === 0xa0 || c === 0x3000) continue;
    chars++;
    // The unified and extension-A blocks and compatibility ideographs: everything a JD uses in practice.
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff)) han++;
  }
  return { han, words, chars };
}

const isLetter = (c: number) => (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
