import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Scalar } from 'yaml';
import { texts, type Diagnostic } from '../errors.js';
import type { Lang } from '../model/text.js';
import { parseDisableComments } from './disable.js';
import { positionsOfJd } from './position.js';
import type { JdItem, JdSection, JdSectionKind, JobDescription } from './types.js';
import { scalarString } from '../text/scalar.js';

// Positions: lines are split on "\n" only (a "\r" before it is not counted), columns are 1-based UTF-16 code units
// (JS string indexes) within the line, a tab counts 1, and line 1 starts after a removed BOM. This is what the `yaml`
// package's LineCounter does, so text and structured JDs agree.

/** Characters NFKC changes in headings (full-width forms, ideographic space); other text skips the costly normalize. */
const NEEDS_NFKC = /[\u3000\uff00-\uffef\u2460-\u24ff]/;

/**
 * Headings in both languages, by the section they open. Matched whole, ignoring case, width, spaces and apostrophes.
 */
const HEADINGS: Record<JdSectionKind, readonly string[]> = {
  duties: [
    '岗位职责',
    '工作职责',
    '职位职责',
    '职位描述',
    '岗位描述',
    '工作描述',
    '工作内容',
    '主要职责',
    '职责描述',
    '岗位内容',
    '职责',
    '主要工作',
    '工作任务',
    '日常工作',
    '你的职责',
    '你将负责',
    '你要做什么',
    '岗位职能',
    'responsibilities',
    'duties',
    'job duties',
    'main duties',
    'key responsibilities',
    'main responsibilities',
    'your responsibilities',
    'roles and responsibilities',
    'role and responsibilities',
    'duties and responsibilities',
    'responsibilities and duties',
    "what you'll do",
    'what you will do',
    "what you'll be doing",
    'what you will be doing',
    'job description',
    'job responsibilities',
    'role responsibilities',
    'the job',
    'your role',
    'your tasks',
    'tasks',
    'day to day',
    'day-to-day',
    'your mission',
    'accountabilities',
    'key accountabilities',
  ],
  requirements: [
    '任职要求',
    '任职资格',
    '岗位要求',
    '职位要求',
    '任职条件',
    '资格要求',
    '应聘要求',
    '招聘要求',
    '应聘条件',
    '任职资格要求',
    '技能要求',
    '能力要求',
    '素质要求',
    '职位资格',
    '岗位资格',
    '我们希望你',
    '你需要具备',
    '加分项',
    '优先条件',
    '要求',
    'requirements',
    'qualifications',
    'job requirements',
    'requirements and qualifications',
    'qualifications and requirements',
    'minimum qualifications',
    'basic qualifications',
    'preferred qualifications',
    'required qualifications',
    "what we're looking for",
    'what we are looking for',
    'who you are',
    'about you',
    'you have',
    'what you have',
    "what you'll need",
    'what you will need',
    'what you need',
    "you'll need",
    'skills',
    'required skills',
    'skills and experience',
    'experience',
    'education',
    'competencies',
    'must have',
    'must-have',
    'must haves',
    'must-haves',
    'nice to have',
    'nice-to-have',
    'nice to haves',
    'bonus points',
    'candidate profile',
    'your profile',
    'profile',
  ],
  kpis: [
    '考核',
    '考核指标',
    '考核标准',
    '考核方式',
    '考核内容',
    '绩效',
    '绩效考核',
    '绩效指标',
    '关键绩效指标',
    '衡量标准',
    '工作目标',
    '岗位目标',
    'kpi',
    'kpis',
    'kpi考核',
    'key performance indicators',
    'performance',
    'performance metrics',
    'performance indicators',
    "how you'll be measured",
    'how you will be measured',
    'how we measure success',
    'success metrics',
    'what success looks like',
    'success looks like',
    'metrics',
    'goals',
    'objectives',
  ],
  benefits: [
    '福利',
    '福利待遇',
    '薪资待遇',
    '薪酬福利',
    '薪资福利',
    '待遇',
    '薪资',
    '薪酬',
    '我们提供',
    '公司福利',
    '员工福利',
    '薪资范围',
    'benefits',
    'what we offer',
    'we offer',
    'perks',
    'perks and benefits',
    'benefits and perks',
    'compensation',
    'compensation and benefits',
    'salary',
    'salary and benefits',
    'why join us',
    'why us',
    'package',
  ],
  summary: [
    '职位概述',
    '岗位概述',
    '职位简介',
    '岗位简介',
    '职位概要',
    '岗位概要',
    '职位介绍',
    '岗位介绍',
    '岗位目的',
    '岗位定位',
    '概述',
    '简介',
    'about the role',
    'about this role',
    'about the job',
    'about the position',
    'the role',
    'summary',
    'job summary',
    'role summary',
    'position summary',
    'overview',
    'role overview',
    'job overview',
    'position overview',
    'introduction',
    'purpose',
    'role purpose',
    'job purpose',
  ],
  other: [
    '公司介绍',
    '公司简介',
    '关于我们',
    '工作地点',
    '工作时间',
    '联系方式',
    '投递方式',
    '应聘方式',
    '其他',
    '备注',
    'about us',
    'about the company',
    'the company',
    'who we are',
    'location',
    'working hours',
    'how to apply',
    'contact',
    'notes',
    'other',
  ],
};

/** Keys and `Key: value` lines that give the JD's title. */
const TITLE_KEYS: ReadonlySet<string> = new Set(
  [
    'title',
    'job title',
    'position',
    'job',
    'role',
    'role title',
    'position title',
    '职位',
    '职位名称',
    '岗位',
    '岗位名称',
    '招聘职位',
    '招聘岗位',
    '职位标题',
  ].map(compact),
);

const HAN = /\p{Script=Han}/u;
const LATIN_WORD = /\p{Script=Latin}{2}/u;
const CONTENT = /[\p{L}\p{N}]/u;
/** Longest heading we try to recognise; longer lines are content. */
const MAX_HEADING = 40;

const HEADING_KIND = new Map<string, JdSectionKind>();
/** Keywords looked for inside a line that is clearly a heading (`## Key Responsibilities`, `【岗位职责及要求】`). */
const LOOSE: { word: string; kind: JdSectionKind; han: boolean }[] = [];
for (const kind of Object.keys(HEADINGS) as JdSectionKind[]) {
  for (const h of HEADINGS[kind]) {
    HEADING_KIND.set(compact(h), kind);
    const han = HAN.test(h);
    LOOSE.push({ word: han ? compact(h) : spaced(h), kind, han });
  }
}
LOOSE.sort((a, b) => b.word.length - a.word.length);

function spaced(s: string): string {
  return (NEEDS_NFKC.test(s) ? s.normalize('NFKC') : s)
    .toLowerCase()
    .replace(/[\u2018\u2019`\u00b4]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The lookup form of a heading: NFKC (full width → ASCII), lower case, no spaces, no apostrophes, no end punctuation.
 */
function compact(s: string): string {
  return spaced(s)
    .replace(/[\s'"]+/g, '')
    .replace(/[:.!?。！？]+$/u, '');
}

/** First characters of every heading, folded: a line starting otherwise is no heading, and skips normalising. */
const HEADING_FIRST = new Set([...HEADING_KIND.keys()].map((k) => k.charAt(0)));
/** Headings repeat across JDs; remember what they were read as. */
const KIND_CACHE = new Map<string, JdSectionKind | null>();

/** The section kind a heading names, matched whole (or each part of a bilingual `岗位职责 / Responsibilities`). */
function exactKind(heading: string): JdSectionKind | undefined {
  const c0 = heading.charCodeAt(0);
  const first = c0 >= 0x41 && c0 <= 0x5a ? String.fromCharCode(c0 + 32) : heading.charAt(0);
  if (!HEADING_FIRST.has(first) && !NEEDS_NFKC.test(first)) return undefined;
  const cached = KIND_CACHE.get(heading);
  if (cached !== undefined) return cached ?? undefined;
  const kind = exactKindUncached(heading);
  if (KIND_CACHE.size > 10_000) KIND_CACHE.clear();
  KIND_CACHE.set(heading, kind ?? null);
  return kind;
}

function exactKindUncached(heading: string): JdSectionKind | undefined {
  const hit = HEADING_KIND.get(compact(heading));
  if (hit !== undefined) return hit;
  const parts = spaced(heading)
    .split(/[/|()（）【】[\]]+|\s+(?=\p{Script=Han})|(?<=\p{Script=Han})\s+/u)
    .filter((p) => p.trim() !== '');
  if (parts.length < 2) return undefined;
  let kind: JdSectionKind | undefined;
  for (const p of parts) {
    const k = HEADING_KIND.get(compact(p));
    if (k === undefined || (kind !== undefined && k !== kind)) return undefined;
    kind = k;
  }
  return kind;
}

/** The kind of a heading that contains a known heading word; the earliest (then longest) word wins. */
function looseKind(heading: string): JdSectionKind | undefined {
  const exact = exactKind(heading);
  if (exact !== undefined) return exact;
  const cached = LOOSE_CACHE.get(heading);
  if (cached !== undefined) return cached ?? undefined;
  const kind = looseKindUncached(heading);
  if (LOOSE_CACHE.size > 10_000) LOOSE_CACHE.clear();
  LOOSE_CACHE.set(heading, kind ?? null);
  return kind;
}
const LOOSE_CACHE = new Map<string, JdSectionKind | null>();

function looseKindUncached(heading: string): JdSectionKind | undefined {
  const sp = spaced(heading);
  const cp = sp.replace(/\s+/g, '');
  let best: { at: number; kind: JdSectionKind } | undefined;
  for (const { word, kind, han } of LOOSE) {
    const at = han ? cp.indexOf(word) : wordIndex(sp, word);
    if (at >= 0 && (best === undefined || at < best.at)) best = { at, kind };
  }
  return best?.kind;
}

/** Index of `word` in `s` standing as whole words (not inside a longer Latin word), or -1. */
function wordIndex(s: string, word: string): number {
  for (let at = s.indexOf(word); at >= 0; at = s.indexOf(word, at + 1)) {
    const before = at === 0 ? '' : s.charAt(at - 1);
    const after = s.charAt(at + word.length);
    if (!/[a-z0-9]/.test(before) && !/[a-z0-9]/.test(after)) return at;
  }
  return -1;
}

// ---------------------------------------------------------------------------------------------------------------------
// Characters

function isWs(c: number): boolean {
  return (
    c === 0x20 ||
    c === 0x09 ||
    c === 0x0d ||
    c === 0x0a ||
    c === 0x0b ||
    c === 0x0c ||
    c === 0xa0 ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
function isDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
}
function isLowerLatin(c: number): boolean {
  return c >= 0x61 && c <= 0x7a;
}
function isHanCode(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
}
const CN_NUMERALS = '一二三四五六七八九十';
/** Bullets that need no space after them. `-`, `*`, `+` and dashes need one. */
const BULLETS = new Set('•·●○◦▪▫■□◆◇►▸▹‣⁃∙・✓✔☐☑★☆➢➤→'.split('').map((c) => c.charCodeAt(0)));
const SPACED_BULLETS = new Set([0x2d, 0x2a, 0x2b, 0x2013, 0x2014]); // - * + – —
/** Closing quotes and brackets that stay with the sentence they end. */
const CLOSERS = new Set('"\'”’)）」』】》'.split('').map((c) => c.charCodeAt(0)));

function skipWs(s: string, i: number, end: number): number {
  while (i < end && isWs(s.charCodeAt(i))) i++;
  return i;
}
function trimEnd(s: string, start: number, end: number): number {
  while (end > start && isWs(s.charCodeAt(end - 1))) end--;
  return end;
}

/**
 * If a list marker starts at `i` (`-`, `•`, `1.`, `1)`, `1、`, `（1）`, `①`, `一、` …), the index of the text after
 * it and its spaces; otherwise -1. Markers followed by nothing return `end`.
 */
function markerEnd(s: string, i: number, end: number): number {
  if (i >= end) return -1;
  const c = s.charCodeAt(i);
  let j = -1;
  if (SPACED_BULLETS.has(c)) {
    if (i + 1 === end || isWs(s.charCodeAt(i + 1))) j = i + 1;
  } else if (BULLETS.has(c)) {
    j = i + 1;
  } else if ((c >= 0x2460 && c <= 0x2473) || (c >= 0x2474 && c <= 0x249b) || (c >= 0x3251 && c <= 0x325f)) {
    j = i + 1; // ① … ⑳, ⑴ … ⒇, ⒈ … ⒛, ㉑ …
  } else if (isDigit(c)) {
    let k = i + 1;
    while (k < end && k < i + 3 && isDigit(s.charCodeAt(k))) k++;
    const d = s.charCodeAt(k);
    const next = k + 1 < end ? s.charCodeAt(k + 1) : -1;
    if (d === 0x3001 || d === 0xff09 || d === 0x29)
      j = k + 1; // 、 ） )
    else if ((d === 0x2e || d === 0xff0e) && !isDigit(next)) j = k + 1; // "1." but not "1.5"
  } else if (c === 0x28 || c === 0xff08) {
    // (1) （1） （一）
    let k = i + 1;
    while (k < end && k < i + 4 && (isDigit(s.charCodeAt(k)) || CN_NUMERALS.includes(s.charAt(k)))) k++;
    const d = s.charCodeAt(k);
    if (k > i + 1 && (d === 0x29 || d === 0xff09)) j = k + 1;
  } else if (CN_NUMERALS.includes(s.charAt(i))) {
    let k = i + 1;
    while (k < end && k < i + 3 && CN_NUMERALS.includes(s.charAt(k))) k++;
    const d = s.charCodeAt(k);
    if (d === 0x3001 || d === 0xff0e || d === 0x2e) j = k + 1; // 一、 一． 一.
  }
  if (j < 0) return -1;
  return skipWs(s, j, end);
}

// ---------------------------------------------------------------------------------------------------------------------
// Items: list items whole, paragraphs split into sentences

interface Segment {
  line: number;
  start: number;
  end: number;
}
/** Receives an item as `[start, end)` in the text being read, and the 0-based line it starts on. */
type Emit = (start: number, end: number, line: number) => void;

/**
 * Turns content lines into items: a list item (with its indented continuation lines) is one item; a paragraph is split
 * into sentences.
 */
class ItemReader {
  private para: Segment[] = [];
  private item: (Segment & { indent: number }) | undefined;
  constructor(
    private readonly s: string,
    private readonly emit: Emit,
  ) {}

  /** A non-blank line whose content is `[start, end)`, its first character `indent` code units into the line. */
  line(line: number, start: number, end: number, indent: number): void {
    const m = markerEnd(this.s, start, end);
    if (m >= 0) {
      this.flush();
      if (m < end) this.item = { line, start: m, end, indent };
      return;
    }
    if (this.item !== undefined && indent > this.item.indent) {
      this.item.end = end;
      return;
    }
    this.flushItem();
    this.para.push({ line, start, end });
  }

  /** Ends the open list item and paragraph (a blank line, a heading, a comment). */
  flush(): void {
    this.flushItem();
    this.flushParagraph();
  }

  /** A list item is one item, except `1、…；2、…` where each number after a sentence end starts the next. */
  private flushItem(): void {
    const item = this.item;
    if (item === undefined) return;
    this.item = undefined;
    const { s } = this;
    let cur = item.start;
    let curLine = item.line;
    let line = item.line; // continuation lines make an item span several
    for (let p = cur; p < item.end; p++) {
      const c = s.charCodeAt(p);
      if (c === 0x0a) line++;
      const q = sentenceEnd(s, p, item.end);
      if (q === 0) continue;
      const r = skipWs(s, q, item.end);
      const d = s.charCodeAt(r);
      const m = r < item.end && !SPACED_BULLETS.has(d) && !BULLETS.has(d) ? markerEnd(s, r, item.end) : -1;
      if (m < 0) continue;
      this.out(cur, q, curLine);
      for (let k = p + 1; k < m; k++) if (s.charCodeAt(k) === 0x0a) line++;
      cur = m;
      curLine = line;
      p = m - 1;
    }
    this.out(cur, item.end, curLine);
  }

  private out(start: number, end: number, line: number): void {
    const e = trimEnd(this.s, start, end);
    if (e > start && CONTENT.test(this.s.slice(start, e))) this.emit(start, e, line);
  }

  private flushParagraph(): void {
    const { s, para } = this;
    let cur = -1;
    let curLine = 0;
    for (let k = 0; k < para.length; k++) {
      const seg = para[k] as Segment;
      const { end } = seg;
      for (let p = seg.start; p < end; p++) {
        const c = s.charCodeAt(p);
        if (cur < 0) {
          if (isWs(c)) continue;
          const m = markerEnd(s, p, end); // "1、…；2、…" written as one paragraph
          if (m >= 0 && m >= end) break;
          cur = m >= 0 ? m : p;
          curLine = seg.line;
          p = cur;
        }
        const q = sentenceEnd(s, p, end);
        if (q > 0) {
          this.out(cur, q, curLine);
          cur = -1;
          p = q - 1;
        }
      }
      if (cur >= 0) {
        const next = para[k + 1];
        if (next === undefined || !continues(s, end, next.start)) {
          this.out(cur, end, curLine);
          cur = -1;
        }
      }
    }
    this.para = [];
  }
}

/** If a sentence ends with the character at `p`, the index after it (and any closing quotes); otherwise 0. */
function sentenceEnd(s: string, p: number, end: number): number {
  const c = s.charCodeAt(p);
  // called for every character: plain comparisons, no Set lookups
  const chinese = c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff1b; // 。！？；
  if (!chinese && c !== 0x2e && c !== 0x21 && c !== 0x3f && c !== 0x3b) return 0; // . ! ? ;
  let q = p + 1;
  while (q < end && CLOSERS.has(s.charCodeAt(q))) q++;
  if (chinese || q >= end) return q;
  const n = s.charCodeAt(q);
  if (c !== 0x2e) return isWs(n) || isHanCode(n) ? q : 0;
  if (!isWs(n)) return 0;
  // "e.g. this", "3 yrs. of": a period followed by a lower-case word or a number does not end the sentence
  const after = s.charCodeAt(skipWs(s, q, end));
  if (isLowerLatin(after) || isDigit(after)) return 0;
  if (p >= 2 && s.charCodeAt(p - 2) === 0x2e) return 0; // "i.e." "U.S."
  return q;
}

/**
 * A paragraph's line runs on into the next (a hard-wrapped sentence): it ends with a comma or the next starts lower
 * case.
 */
function continues(s: string, prevEnd: number, nextStart: number): boolean {
  const last = s.charCodeAt(prevEnd - 1);
  if (last === 0x2c || last === 0xff0c || last === 0x3001) return true; // , ， 、
  return isLowerLatin(s.charCodeAt(nextStart)) && !isHanCode(last);
}

// ---------------------------------------------------------------------------------------------------------------------
// Headings

interface HeadingHit {
  start: number;
  end: number;
  kind: JdSectionKind | undefined;
  /** `#` or setext: a heading even when its words are unknown. */
  markdown: boolean;
  /** A level-1 `#` or `===` heading. */
  top?: boolean;
  /** The words name a section whole, not just contain a heading word. */
  exact?: boolean;
  /** Text after `Heading:` on the same line. */
  rest?: { start: number; end: number };
}

interface Unwrapped {
  start: number;
  end: number;
  wrapped: boolean;
  colon: boolean;
}

const WRAPPERS: readonly [string, string][] = [
  ['**', '**'],
  ['__', '__'],
  ['【', '】'],
  ['[', ']'],
  ['〖', '〗'],
  ['「', '」'],
  ['<b>', '</b>'],
  ['<strong>', '</strong>'],
];

const WRAPPER_FIRST = new Set(WRAPPERS.map(([open]) => open.charCodeAt(0)));

/** Strips `**…**`, `【…】` and the like, and a trailing colon, from `[start, end)`. */
function unwrap(s: string, start: number, end: number): Unwrapped {
  let wrapped = false;
  let colon = false;
  for (let round = 0; round < 3; round++) {
    let changed = false;
    let e = trimEnd(s, start, end);
    while (e > start && (s.charCodeAt(e - 1) === 0x3a || s.charCodeAt(e - 1) === 0xff1a)) {
      e = trimEnd(s, start, e - 1);
      colon = true;
      changed = true;
    }
    end = e;
    if (!WRAPPER_FIRST.has(s.charCodeAt(start))) break;
    for (const [open, close] of WRAPPERS) {
      if (
        end - start > open.length + close.length &&
        s.startsWith(open, start) &&
        s.startsWith(close, end - close.length)
      ) {
        start = skipWs(s, start + open.length, end);
        end = trimEnd(s, start, end - close.length);
        wrapped = true;
        changed = true;
        break;
      }
    }
    if (!changed) break;
  }
  return { start, end, wrapped, colon };
}

/** Reads `[cs, ce)` (a trimmed line) as a heading, if it is one. */
function readHeading(s: string, cs: number, ce: number): HeadingHit | undefined {
  if (s.charCodeAt(cs) === 0x23) {
    let p = cs;
    while (p < ce && s.charCodeAt(p) === 0x23) p++;
    if (p - cs <= 6 && (p === ce || isWs(s.charCodeAt(p)))) {
      const hs = skipWs(s, p, ce);
      let he = ce;
      let q = he;
      while (q > hs && s.charCodeAt(q - 1) === 0x23) q--;
      if (q === hs || isWs(s.charCodeAt(q - 1))) he = trimEnd(s, hs, q); // closing #s
      const u = unwrap(s, hs, he);
      return markdownHeading(s, u.start, u.end, p - cs === 1);
    }
  }
  const m = markerEnd(s, cs, ce);
  const p = m >= 0 ? m : cs;
  if (p >= ce) return undefined;
  const numbered = m >= 0 && CN_NUMERALS.includes(s.charAt(cs));
  // `任职要求：本科以上` / `**Requirements:** 3 years`: a known heading, then its first content on the same line
  const colon = findColon(s, p, Math.min(ce, p + MAX_HEADING + 4));
  if (colon >= 0) {
    let rs = colon + 1;
    let ks = p;
    if (s.startsWith('**', rs) && s.startsWith('**', p)) {
      rs += 2;
      ks += 2;
    }
    rs = skipWs(s, rs, ce);
    if (rs < ce) {
      const u = unwrap(s, ks, colon);
      const key = s.slice(u.start, u.end);
      const kind = u.end > u.start ? (u.wrapped ? looseKind(key) : exactKind(key)) : undefined;
      if (kind !== undefined)
        return { start: u.start, end: u.end, kind, markdown: false, rest: { start: rs, end: ce } };
      return undefined;
    }
  }
  const u = unwrap(s, p, ce);
  const len = u.end - u.start;
  if (len <= 0 || len > MAX_HEADING) return undefined;
  const heading = s.slice(u.start, u.end);
  let kind = exactKind(heading);
  if (kind === undefined && (u.wrapped || u.colon || (numbered && len <= 10)) && len <= 30) kind = looseKind(heading);
  if (kind === undefined && u.wrapped && m < 0 && !u.colon) kind = 'other'; // a whole bold line: `**关于我们**`
  return kind === undefined ? undefined : { start: u.start, end: u.end, kind, markdown: false };
}

/** A `#` or setext heading: any short heading containing a heading word names a section. */
function markdownHeading(s: string, start: number, end: number, top: boolean): HeadingHit {
  const text = s.slice(start, end);
  const exact = exactKind(text);
  const kind = exact ?? (text.length <= 30 ? looseKind(text) : undefined);
  return { start, end, kind, markdown: true, top, exact: exact !== undefined };
}

function findColon(s: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x3a || c === 0xff1a) return i;
  }
  return -1;
}

/** A `Title: …` / `职位名称：…` line: the index of the title's text, or -1. */
function titleLine(s: string, cs: number, ce: number): number {
  const colon = findColon(s, cs, Math.min(ce, cs + 20));
  if (colon < 0) return -1;
  const u = unwrap(s, cs, colon);
  if (!TITLE_KEYS.has(compact(s.slice(u.start, u.end)))) return -1;
  let rs = colon + 1;
  if (s.startsWith('**', rs)) rs += 2;
  rs = skipWs(s, rs, ce);
  return rs < ce ? rs : -1;
}

const FENCE_OR_RULE = /^(?:`{3,}|~{3,}|[-*_=—─ \t]{3,}|[|:\- \t]{3,})$/;
const SETEXT = /^(?:=+|-{2,})[ \t]*$/;
const DIRECTIVE_LINE = /^(?:#|\/\/)[ \t]*rolematrix-/;

// ---------------------------------------------------------------------------------------------------------------------
// The parser

export interface ParsedJobDescription {
  jd: JobDescription;
  diagnostics: Diagnostic[];
}

/**
 * Reads a job description — Markdown or plain text in Chinese, English or both, or a structured YAML/JSON mapping —
 * into a title, sections and located items. Never throws on bad content: a structured JD that cannot be read gives
 * `JD_SYNTAX` diagnostics. `file` is only copied into the result and diagnostics, and its extension decides the format
 * (`.yaml`, `.yml`, `.json` structured; `.md`, `.txt` text); otherwise the content does.
 */
export function parseJobDescription(text: string, file = '<jd>'): ParsedJobDescription {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const diagnostics: Diagnostic[] = [];
  const jd: JobDescription = { file, text: source, langs: [], sections: [], disabled: parseDisableComments(source) };
  const mode = structuredMode(source, file);
  let done = false;
  if (mode !== undefined) done = readStructured(source, file, mode, jd, diagnostics);
  if (!done) readText(source, jd);
  jd.langs = languages(jd, !done);
  return { jd, diagnostics };
}

function languages(jd: JobDescription, withHeadings: boolean): Lang[] {
  let zh = false;
  let en = false;
  const see = (t: string) => {
    if (!zh && HAN.test(t)) zh = true;
    if (!en && LATIN_WORD.test(t)) en = true;
  };
  if (jd.title !== undefined) see(jd.title);
  for (const section of jd.sections) {
    if (withHeadings) see(section.heading);
    for (const item of section.items) {
      if (zh && en) break;
      see(item.text);
    }
  }
  const out: Lang[] = [];
  if (zh) out.push('zh');
  if (en) out.push('en');
  return out;
}

/** A text JD: headings, items, title. */
function readText(s: string, jd: JobDescription): void {
  let section: JdSection | undefined;
  let lineNo = 0;
  let seenContent = false; // any line before the current one that was read as content or heading
  /** Inside a `<!-- … -->` over several lines: the offset of its `-->`, or -1 when it never closes. */
  let commentEnd: number | undefined;
  let nextHtml = s.indexOf('<!--');
  let nextDirective = s.indexOf('rolematrix-');

  const positions = positionsOfJd(jd);
  /** Each line's content, without its line break and a "\r" before it. */
  const lines = positions.lineStarts.map((start, i, starts) => {
    const next = starts[i + 1];
    const end = next === undefined ? s.length : next - 1;
    return { start, end: end > start && s.charCodeAt(end - 1) === 0x0d ? end - 1 : end };
  });

  const emit: Emit = (start, end) => {
    const item: JdItem = { text: s.slice(start, end), ...positions(start), offset: start };
    if (section === undefined) {
      section = { kind: 'summary', heading: '', line: item.line, column: item.column, items: [] };
      jd.sections.push(section);
    }
    section.items.push(item);
  };
  const reader = new ItemReader(s, emit);

  for (lineNo = 0; lineNo < lines.length; lineNo++) {
    const { start: ls, end: le } = lines[lineNo] as { start: number; end: number };
    if (commentEnd !== undefined) {
      if (commentEnd >= 0 && commentEnd < le) commentEnd = undefined;
      continue;
    }
    const cs = skipWs(s, ls, le);
    if (cs >= le) {
      reader.flush();
      continue;
    }
    if (s.startsWith('<!--', cs)) {
      const close = s.indexOf('-->', cs + 4);
      reader.flush();
      if (close < 0 || close >= le) commentEnd = close;
      else if (trimEnd(s, close + 3, le) > close + 3) {
        // text after an inline comment at the start of a line is unusual; keep it as content
        readLine(skipWs(s, close + 3, le));
      }
      continue;
    }
    if (DIRECTIVE_LINE.test(s.slice(cs, Math.min(le, cs + 40)))) {
      reader.flush();
      continue;
    }
    readLine(cs);
  }
  reader.flush();

  /** One line from its first non-space character `cs`. */
  function readLine(cs: number): void {
    const { start: ls, end: rawLe } = lines[lineNo] as { start: number; end: number };
    // a trailing `<!-- … -->` or `# rolematrix-disable-line` comment is not part of the content
    let le = rawLe;
    if (nextHtml >= 0 && nextHtml < cs) nextHtml = s.indexOf('<!--', cs);
    if (nextHtml >= 0 && nextHtml < le) {
      le = nextHtml;
      const close = s.indexOf('-->', nextHtml + 4);
      if (close < 0 || close >= rawLe) commentEnd = close; // the comment goes on over the next lines
    }
    if (nextDirective >= 0 && nextDirective < cs) nextDirective = s.indexOf('rolematrix-', cs);
    if (nextDirective >= 0 && nextDirective < le) {
      const k = trimEnd(s, cs, nextDirective);
      if (k > cs && s.charCodeAt(k - 1) === 0x23) le = k - 1;
      else if (k > cs + 1 && s.charCodeAt(k - 1) === 0x2f && s.charCodeAt(k - 2) === 0x2f) le = k - 2;
    }
    const ce = trimEnd(s, cs, le);
    if (ce <= cs) return;
    const trimmed = s.slice(cs, ce);

    // setext heading: a line underlined with === or ---
    const under = lines[lineNo + 1];
    let heading: HeadingHit | undefined;
    if (
      under !== undefined &&
      !inParagraph() &&
      markerEnd(s, cs, ce) < 0 &&
      SETEXT.test(s.slice(skipWs(s, under.start, under.end), under.end))
    ) {
      const u = unwrap(s, cs, ce);
      heading = markdownHeading(s, u.start, u.end, s.charCodeAt(skipWs(s, under.start, under.end)) === 0x3d);
      lineNo++;
    } else if (FENCE_OR_RULE.test(trimmed)) {
      reader.flush();
      return;
    } else {
      heading = readHeading(s, cs, ce);
    }

    if (heading !== undefined) {
      reader.flush();
      const name = s.slice(heading.start, heading.end);
      // the first `#` heading names the job, unless it names a section: `# Responsibilities`, `## Key responsibilities`
      const first = section === undefined && jd.title === undefined && !seenContent;
      if (first && heading.markdown && heading.exact !== true && (heading.kind === undefined || heading.top === true)) {
        jd.title = name;
      } else if (heading.end > heading.start || heading.rest !== undefined) {
        section = { kind: heading.kind ?? 'other', heading: name, ...positions(heading.start), items: [] };
        jd.sections.push(section);
        if (heading.rest !== undefined) {
          reader.line(lineNo, heading.rest.start, heading.rest.end, heading.rest.start - ls);
          reader.flush();
        }
      }
      seenContent = true;
      return;
    }

    if (section === undefined && jd.title === undefined) {
      const t = titleLine(s, cs, ce);
      if (t >= 0) {
        reader.flush();
        jd.title = s.slice(t, ce);
        seenContent = true;
        return;
      }
      if (!seenContent && looksLikeTitle(s, cs, ce, lines[lineNo + 1])) {
        jd.title = trimmed;
        seenContent = true;
        return;
      }
    }
    seenContent = true;
    reader.line(lineNo, cs, ce, cs - ls);
  }

  function inParagraph(): boolean {
    const prev = lines[lineNo - 1];
    return prev !== undefined && skipWs(s, prev.start, prev.end) < prev.end;
  }
}

/**
 * The first line of a text is its title when short, not a list item, not a sentence, and not run on by the next line.
 */
function looksLikeTitle(s: string, cs: number, ce: number, next: { start: number; end: number } | undefined): boolean {
  if (ce - cs > 60 || markerEnd(s, cs, ce) >= 0) return false;
  const last = s.charCodeAt(ce - 1);
  if (last === 0x2c || last === 0xff0c || last === 0x3a || last === 0xff1a) return false; // , ， : ：
  for (let i = cs; i < ce; i++) if (sentenceEnd(s, i, ce) > 0) return false;
  if (!CONTENT.test(s.slice(cs, ce))) return false;
  if (next !== undefined) {
    const ns = skipWs(s, next.start, next.end);
    if (ns < next.end && continues(s, ce, ns)) return false;
  }
  return true;
}

// ---------------------------------------------------------------------------------------------------------------------
// Structured (YAML / JSON) JDs

/**
 * By extension or a `{ … }` text (errors are reported), or detected from YAML-shaped text (errors only when `strong`).
 */
type Mode = 'json' | 'yaml' | 'detected' | 'detected-strong';

// `[^:\n]*` already takes the spaces before the colon: no second quantifier over them, so no backtracking blow-up.
const KEY_LINE = /^(?:"[^"\n]*"|'[^'\n]*'|[^\s#:"'\-[\]{}][^:\n]*):(?:[ \t]|$)/;
const NESTED_KEY_LINE = /^[ \t]+(?:"[^"\n]*"|'[^'\n]*'|[^\s#:"'\-[\]{}][^:\n]*):(?:[ \t]|$)/;
const YAML_VALUE = /^[ \t]*[|>[{]/;

/**
 * Whether to read `s` as structured: by extension, by a leading `{`, or — without an extension — when every line at
 * the margin is a YAML key, list item or comment and the first key is a JD key. `detected` means a parse error is
 * reported only when the text also shows YAML-only syntax (nested keys, `|`, flow collections, `---`); a plain-text
 * JD like `Responsibilities:\n- …` that trips the YAML parser is read as text instead.
 */
function structuredMode(s: string, file: string): Mode | undefined {
  const ext = /\.([A-Za-z]+)$/.exec(file)?.[1]?.toLowerCase();
  if (ext === 'json') return 'json';
  if (ext === 'yaml' || ext === 'yml') return 'yaml';
  if (ext === 'md' || ext === 'markdown' || ext === 'txt' || ext === 'text') return undefined;
  const first = skipWs(s, 0, s.length);
  if (s.charCodeAt(first) === 0x7b && s.charCodeAt(trimEnd(s, first, s.length) - 1) === 0x7d) return 'json'; // { … }
  let firstKey: string | undefined;
  let strong = false;
  let lineStart = 0;
  let count = 0;
  while (lineStart < s.length) {
    const nl = s.indexOf('\n', lineStart);
    const end = nl < 0 ? s.length : nl;
    const line = s.slice(lineStart, end).replace(/\r$/, '');
    lineStart = end + 1;
    if (line.trim() === '') continue;
    const c = line.charCodeAt(0);
    if (c === 0x20 || c === 0x09) {
      if (!strong && NESTED_KEY_LINE.test(line) && !/^[ \t]+- /.test(line)) strong = true;
      continue;
    }
    // A `#` line at the margin is a YAML comment or a Markdown heading; without an extension, take it for Markdown.
    if (c === 0x23) {
      if (DIRECTIVE_LINE.test(line)) continue;
      return undefined;
    }
    if (line === '---' || line === '...' || line.startsWith('--- ') || line.startsWith('%YAML')) {
      if (count === 0) strong = true;
      continue;
    }
    if (c === 0x2d && (line.length === 1 || line.charCodeAt(1) === 0x20)) continue; // - item
    const key = KEY_LINE.exec(line);
    if (key === null) return undefined;
    if (!strong && YAML_VALUE.test(line.slice(key[0].length))) strong = true;
    if (firstKey === undefined) {
      firstKey = key[0].replace(/[ \t]*:[ \t]*$/, '').replace(/^["']|["']$/g, '');
      if (!isJdKey(firstKey)) return undefined;
    }
    count++;
  }
  if (firstKey === undefined) return undefined;
  return strong ? 'detected-strong' : 'detected';
}

function isJdKey(key: string): boolean {
  const c = compact(key);
  if (TITLE_KEYS.has(c)) return true;
  const kind = HEADING_KIND.get(c) ?? exactKind(key);
  return kind !== undefined && kind !== 'other';
}

/** Reads a structured JD into `jd`; false when it turns out to be text after all. */
function readStructured(s: string, file: string, mode: Mode, jd: JobDescription, diagnostics: Diagnostic[]): boolean {
  const format = mode === 'json' ? 'JSON' : 'YAML';
  const lineCounter = new LineCounter();
  const deep = tooDeep(s);
  if (deep >= 0) {
    // the yaml parser recurses per bracket and can exhaust memory on a few thousand unclosed ones
    diagnostics.push({
      code: 'JD_SYNTAX',
      severity: 'error',
      file,
      path: '',
      ...positionsOfJd(jd)(deep),
      ...texts(
        {
          en: `The job description nests brackets more than ${MAX_FLOW_DEPTH} deep; it was not read.`,
          zh: `职位描述的括号嵌套超过 ${MAX_FLOW_DEPTH} 层，未予读取。`,
        },
        {
          en: 'Write the sections as plain lists; a job description needs no deep nesting.',
          zh: '请把各部分写成简单的列表；职位描述不需要深层嵌套。',
        },
      ),
    });
    return true;
  }
  const doc = parseDocument(s, { lineCounter, prettyErrors: false, uniqueKeys: true, logLevel: 'silent' });
  if (doc.errors.length > 0) {
    if (mode === 'detected') return false;
    for (const e of doc.errors) {
      const pos = lineCounter.linePos(Math.min(e.pos[0], s.length));
      const en = sentence(e.message);
      diagnostics.push({
        code: 'JD_SYNTAX',
        severity: 'error',
        file,
        path: '',
        line: pos.line,
        column: pos.col,
        ...texts(
          {
            en: `The job description is not well-formed ${format}: ${en}`,
            zh: `职位描述不是格式正确的 ${format}：${en}`,
          },
          {
            en: 'Check indentation, quoting and brackets around this position, or write the job description as Markdown or plain text.',
            zh: '请检查此处附近的缩进、引号和括号，或改用 Markdown 或纯文本书写职位描述。',
          },
        ),
      });
    }
    return true;
  }
  const root = doc.contents;
  if (!isMap(root)) {
    if (isSeq(root)) {
      const at = lineCounter.linePos(root.range?.[0] ?? 0);
      diagnostics.push({
        code: 'JD_SYNTAX',
        severity: 'error',
        file,
        path: '',
        line: at.line,
        column: at.col,
        ...texts(
          {
            en: 'A structured job description must be a mapping of sections, not a list.',
            zh: '结构化职位描述必须是由各部分组成的映射，而不是列表。',
          },
          {
            en: 'Use keys such as title, duties and requirements.',
            zh: '请使用 title、duties、requirements 或 岗位职责、任职要求 等键。',
          },
        ),
      });
      return true;
    }
    return root === null || (isScalar(root) && root.value === null); // an empty document; a bare string is text
  }

  /** Items from a value: list entries whole, other strings read like text (list markers, sentences). */
  const collect = (section: JdSection, node: unknown, asListItem: boolean): void => {
    if (isSeq(node)) {
      for (const child of node.items) collect(section, child, true);
    } else if (isMap(node)) {
      for (const p of node.items) {
        const k = p.key;
        const v = p.value;
        // `满意度: ≥95%` keeps its name; `{ zh: …, en: … }` and `{ title: …, description: … }` are just their values
        if (
          isScalar(k) &&
          isScalar(v) &&
          v.range &&
          (typeof k.value === 'string' || typeof k.value === 'number') &&
          !VALUE_ONLY_KEYS.has(compact(String(k.value)))
        ) {
          pairItem(section, k, v);
        } else collect(section, v, true);
      }
    } else if (isScalar(node) && node.range) {
      scalarItems(section, node, asListItem);
    }
  };

  const scalarItems = (section: JdSection, node: Scalar, asListItem: boolean): void => {
    const from = contentStart(s, node);
    const to = Math.max(from, node.range?.[1] ?? from);
    let v: string;
    if (typeof node.value === 'string') v = node.value;
    else if (typeof node.value === 'number')
      v = s.slice(from, to).trim(); // as written: `0x10`, `95.0`
    else return;
    let cursor = from;
    const push: Emit = (a, b) => {
      const t = v.slice(a, b);
      const offset = locate(s, t, cursor, to);
      cursor = offset + 1;
      const p = lineCounter.linePos(offset);
      section.items.push({ text: t, line: p.line, column: p.col, offset });
    };
    if (asListItem) {
      const a0 = skipWs(v, 0, v.length);
      const m = markerEnd(v, a0, v.length);
      const a = m >= 0 ? m : a0;
      const b = trimEnd(v, a, v.length);
      if (b > a && CONTENT.test(v.slice(a, b))) push(a, b, 0);
      return;
    }
    const reader = new ItemReader(v, push);
    let ls = 0;
    for (let n = 0; ls <= v.length; n++) {
      const nl = v.indexOf('\n', ls);
      const le = nl < 0 ? v.length : nl;
      const cs = skipWs(v, ls, le);
      if (cs >= le) reader.flush();
      else reader.line(n, cs, trimEnd(v, cs, le), cs - ls);
      if (nl < 0) break;
      ls = nl + 1;
    }
    reader.flush();
  };

  /** `key: value` in a nested mapping, as one item at the key. */
  const pairItem = (section: JdSection, key: Scalar, value: Scalar): void => {
    let v: string;
    if (typeof value.value === 'string') v = value.value.trim();
    else if (typeof value.value === 'number') v = s.slice(contentStart(s, value), value.range?.[1]).trim();
    else return;
    const k = String(key.value).trim();
    if (k === '') return scalarItems(section, value, true);
    if (!CONTENT.test(k + v)) return;
    const offset = contentStart(s, key);
    const p = lineCounter.linePos(offset);
    section.items.push({ text: v === '' ? k : `${k}: ${v}`, line: p.line, column: p.col, offset });
  };

  for (const pair of root.items) {
    const key = pair.key;
    if (!isScalar(key) || key.value === null || typeof key.value === 'object') continue;
    const name = scalarString(key.value);
    if (TITLE_KEYS.has(compact(name)) && jd.title === undefined) {
      const title = scalarStrings(pair.value).join(' / ').trim();
      if (title !== '') {
        jd.title = title;
        continue;
      }
    }
    const p = lineCounter.linePos(contentStart(s, key));
    const section: JdSection = {
      kind: looseKind(name) ?? 'other',
      heading: name,
      line: p.line,
      column: p.col,
      items: [],
    };
    jd.sections.push(section);
    collect(section, pair.value, false);
  }
  return true;
}

/** Keys of a nested mapping that only label their value (localized text, a duty written as an object). */
const VALUE_ONLY_KEYS: ReadonlySet<string> = new Set(
  [
    'zh',
    'en',
    'title',
    'name',
    'text',
    'description',
    'desc',
    'detail',
    'details',
    'value',
    'item',
    '名称',
    '标题',
    '描述',
    '内容',
    '说明',
  ].map(compact),
);

const MAX_FLOW_DEPTH = 100;

/** The offset of the first `[` or `{` nested deeper than MAX_FLOW_DEPTH (brackets in strings count too), or -1. */
function tooDeep(s: string): number {
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x5b || c === 0x7b) {
      if (++depth > MAX_FLOW_DEPTH) return i;
    } else if ((c === 0x5d || c === 0x7d) && depth > 0) depth--;
  }
  return -1;
}

/** Where a scalar's text starts in the source: after an opening quote, or on the line after a `|` / `>` header. */
function contentStart(s: string, node: Scalar): number {
  const start = node.range?.[0] ?? 0;
  switch (node.type) {
    case 'QUOTE_DOUBLE':
    case 'QUOTE_SINGLE':
      return start + 1;
    case 'BLOCK_LITERAL':
    case 'BLOCK_FOLDED': {
      const nl = s.indexOf('\n', start);
      return nl < 0 ? start : skipWs(s, nl + 1, node.range?.[1] ?? s.length);
    }
    default:
      return start;
  }
}

/**
 * Where `text` (a piece of a scalar's value) starts in the source, searching `[from, to)`; escapes and folding may
 * differ, so search by a prefix.
 */
function locate(s: string, text: string, from: number, to: number): number {
  let n = 0;
  while (n < text.length && n < 12) {
    const c = text.charCodeAt(n);
    if (isWs(c) || c === 0x5c || c === 0x22 || c === 0x27) break;
    n++;
  }
  for (const prefix of n > 0 ? [text.slice(0, n), text.charAt(0)] : [text.charAt(0)]) {
    const at = s.indexOf(prefix, from);
    if (at >= 0 && at < to) return at;
  }
  return Math.min(from, Math.max(0, s.length - 1));
}

function scalarStrings(node: unknown): string[] {
  if (isScalar(node)) return node.value === null || typeof node.value === 'object' ? [] : [scalarString(node.value)];
  if (isMap(node)) return node.items.flatMap((p) => scalarStrings(p.value));
  if (isSeq(node)) return node.items.flatMap((i) => scalarStrings(i));
  return [];
}

function sentence(msg: string): string {
  const trimmed = msg.trim();
  const cap = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(cap) ? cap : `${cap}.`;
}
