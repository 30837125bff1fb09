import type { JdSectionKind } from '../types.js';
import { HAN } from '../../match/tokens.js';
import { CN_NUMERALS, isWs, markerEnd, skipWs, trimEnd } from './scanner.js';

// Heading classification: which section a heading names, in both languages, and reading a line as a heading.

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
    'daily work',
    'your daily work',
    'work will include',
    'major duties',
    'key duties',
    'essential duties',
    'essential functions',
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
  about: [
    '公司介绍',
    '公司简介',
    '关于我们',
    '企业简介',
    '企业介绍',
    '工作地点',
    '工作地址',
    '上班地点',
    '工作时间',
    '上班时间',
    '联系方式',
    '联系人',
    '投递方式',
    '应聘方式',
    '简历投递',
    '备注',
    'about us',
    'about the company',
    'about the team',
    'the company',
    'company overview',
    'who we are',
    'our company',
    'location',
    'work location',
    'working hours',
    'schedule',
    'how to apply',
    'to apply',
    'application process',
    'contact',
    'notes',
    'equal opportunity',
    'equal opportunity employer',
    'eeo statement',
  ],
  other: ['其他', 'other'],
};

/** Keys and `Key: value` lines that give the JD's title. */
export const TITLE_KEYS: ReadonlySet<string> = new Set(
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
export function compact(s: string): string {
  return spaced(s)
    .replace(/[\s'"]+/g, '')
    .replace(/[:.!?。！？]+$/u, '');
}

/** First characters of every heading, folded: a line starting otherwise is no heading, and skips normalising. */
const HEADING_FIRST = new Set([...HEADING_KIND.keys()].map((k) => k.charAt(0)));
/** Headings repeat across JDs; remember what they were read as. */
const KIND_CACHE = new Map<string, JdSectionKind | null>();

/** The section kind a heading names, matched whole (or each part of a bilingual `岗位职责 / Responsibilities`). */
export function exactKind(heading: string): JdSectionKind | undefined {
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
export function looseKind(heading: string): JdSectionKind | undefined {
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
// Heading lines

/** A line read as a heading: `[start, end)` is its name. */
export interface HeadingHit {
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

/**
 * A colon as postings write it: `:`, the full-width `：`, and the presentation forms `︰` `︓` `﹕` that Chinese input
 * methods and PDF copies produce.
 */
export function isColon(c: number): boolean {
  return c === 0x3a || c === 0xff1a || c === 0xfe30 || c === 0xfe13 || c === 0xfe55;
}

/** Strips `**…**`, `【…】` and the like, and a trailing colon, from `[start, end)`. */
export function unwrap(s: string, start: number, end: number): Unwrapped {
  let wrapped = false;
  let colon = false;
  for (let round = 0; round < 3; round++) {
    let changed = false;
    let e = trimEnd(s, start, end);
    while (e > start && isColon(s.charCodeAt(e - 1))) {
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
export function readHeading(s: string, cs: number, ce: number): HeadingHit | undefined {
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
export function markdownHeading(s: string, start: number, end: number, top: boolean): HeadingHit {
  const text = s.slice(start, end);
  const exact = exactKind(text);
  const kind = exact ?? (text.length <= 30 ? looseKind(text) : undefined);
  return { start, end, kind, markdown: true, top, exact: exact !== undefined };
}

function findColon(s: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (isColon(c)) return i;
  }
  return -1;
}

/** A `Title: …` / `职位名称：…` line: the index of the title's text, or -1. */
export function titleLine(s: string, cs: number, ce: number): number {
  const colon = findColon(s, cs, Math.min(ce, cs + 20));
  if (colon < 0) return -1;
  const u = unwrap(s, cs, colon);
  if (!TITLE_KEYS.has(compact(s.slice(u.start, u.end)))) return -1;
  let rs = colon + 1;
  if (s.startsWith('**', rs)) rs += 2;
  rs = skipWs(s, rs, ce);
  return rs < ce ? rs : -1;
}

/** A key that names the title or a section a JD has (not `other`): how a structured JD is recognised. */
export function isJdKey(key: string): boolean {
  const c = compact(key);
  if (TITLE_KEYS.has(c)) return true;
  const kind = HEADING_KIND.get(c) ?? exactKind(key);
  return kind !== undefined && kind !== 'other';
}
