import type { Authority, EducationLevel } from '../model/scales.js';
import { positionAt } from './position.js';
import type { JdItem, JdPosition, JdSectionKind, JobDescription } from './types.js';

/** Where a claim was found: the phrase as written and its position in the JD. */
interface ClaimPlace extends JdPosition {
  /** 0-based offset of the phrase in the whole text. */
  offset: number;
  /** The phrase as written, e.g. `3年以上`, `at least 5 years`, `审批退款和补偿申请`. */
  excerpt: string;
  /** The kind of section the phrase is in. */
  section: JdSectionKind;
}

/** Years of experience asked for: `3-5年` is `{ min: 3, max: 5 }`, `3年以上` and `3+ years` are `{ min: 3 }`. */
export interface YearsClaim extends ClaimPlace {
  min: number;
  max?: number;
  /** True when the years are of managing people (`2年以上管理经验`, `2 years managing a team`). */
  management: boolean;
}

/** An education level the JD asks for (the lowest one it accepts; a level marked preferred is not a requirement). */
export interface EducationClaim extends ClaimPlace {
  level: EducationLevel;
}

/** An authority the JD grants the holder: the verb's grade and what it is over (the rest of the phrase). */
export interface AuthorityClaim extends ClaimPlace {
  authority: Authority;
  /** The verb as written (`审批`, `approve`). */
  verb: string;
  /** What the authority is over, e.g. `退款和补偿申请`; never empty. */
  object: string;
}

interface JdClaims {
  years: YearsClaim[];
  education: EducationClaim[];
  authority: AuthorityClaim[];
}

/** A match inside one string: where it starts and the phrase. */
interface Found<T> {
  index: number;
  excerpt: string;
  value: T;
}

// ---- numbers ----

const CN_DIGITS: Record<string, number> = {
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const EN_NUMBERS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
};

/** `3`, `十`, `十二`, `二十`, `three` as a number; NaN when it is none of these. */
export function parseNumber(s: string): number {
  if (/^\d+(?:\.\d+)?$/.test(s)) return Number(s);
  const en = EN_NUMBERS[s.toLowerCase()];
  if (en !== undefined) return en;
  // Chinese numerals up to 99: 十 = 10, 十二 = 12, 二十 = 20, 二十五 = 25.
  const m = /^([一二两三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(s);
  if (!m || s === '') return NaN;
  if (m[2] === undefined) return m[3] === undefined && m[1] !== undefined ? CN_DIGITS[m[1]]! : NaN;
  return (m[1] === undefined ? 1 : CN_DIGITS[m[1]]!) * 10 + (m[3] === undefined ? 0 : CN_DIGITS[m[3]]!);
}

const NUM_ZH = String.raw`(\d+|[一二两三四五六七八九十]{1,3})`;
const NUM_EN = String.raw`(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)`;
const DASH = String.raw`\s*(?:-|–|—|~|～|至|到|to)\s*`;

/** Clause delimiters: a claim's context and object never run past one. */
const CLAUSE_END = /[，,；;。.！!？?\n]/;

/** The start and end of the clause around `[index, index + length)`. */
/**
 * How far a clause reaches on each side of a phrase: a real clause is far shorter, and a bound keeps a 30,000-character
 * line without punctuation from being scanned whole for every number in it (which made check-jd quadratic).
 */
const MAX_CLAUSE_REACH = 200;

function clauseBounds(text: string, index: number, length: number): [number, number] {
  let start = index;
  const first = Math.max(0, index - MAX_CLAUSE_REACH);
  while (start > first && !CLAUSE_END.test(text[start - 1]!)) start--;
  let end = index + length;
  const last = Math.min(text.length, index + length + MAX_CLAUSE_REACH);
  while (end < last && !CLAUSE_END.test(text[end]!)) end++;
  return [start, end];
}

const EXPERIENCE_CONTEXT = /经验|经历|从业|工作年限|工龄|年资|experience|background|track record/i;
/** Managing people, not projects or processes: `1年以上团队管理经验`, `2 years leading a team`. */
const MANAGEMENT_CONTEXT =
  /(?<!项目|流程|质量|风险|客户|关系|时间|成本|预算|知识|信息)管理经验|团队管理|管理团队|带团队|带领团队|人员管理|管理岗|主管以上|经理以上|(?:team|people|staff|line) management|managing (?:a |the )?(?:teams?|people|staff)|leading (?:a |the )?teams?|team lead|people leadership|supervisory/i;
/** Years beyond this are a date or a typo, not an experience requirement. */
const MAX_YEARS = 50;
/** `of experience` and up to three words before it, so the excerpt reads as the requirement. */
const EN_TAIL = String.raw`(?:['’]?(?:\s+of)?(?:\s+[\w-]+){0,3}?\s+experience\b)?`;

const YEARS_PATTERNS: readonly { re: RegExp; read: (m: RegExpExecArray) => { min: number; max?: number } }[] = [
  // 3-5年, 三到五年
  {
    re: new RegExp(`${NUM_ZH}${DASH}${NUM_ZH}\\s*年(?:以上)?`, 'g'),
    read: (m) => ({ min: parseNumber(m[1]!), max: parseNumber(m[2]!) }),
  },
  // 至少3年, 不少于3年
  { re: new RegExp(`(?:至少|最少|不少于|不低于)\\s*${NUM_ZH}\\s*年`, 'g'), read: (m) => ({ min: parseNumber(m[1]!) }) },
  // 3年以上, 三年及以上, 3年或以上, 3年+, 3年（含）以上
  {
    re: new RegExp(`${NUM_ZH}\\s*年(?:（含）|\\(含\\))?\\s*(?:以上|及以上|或以上|\\+)`, 'g'),
    read: (m) => ({ min: parseNumber(m[1]!) }),
  },
  // 3年经验, 5年客服工作经验: a bare number of years, read as a minimum
  {
    re: new RegExp(`${NUM_ZH}\\s*年(?=[^，,；;。\\d]{0,12}(?:经验|经历))`, 'g'),
    read: (m) => ({ min: parseNumber(m[1]!) }),
  },
  // 3-5 years, 3 to 5 years
  {
    re: new RegExp(`\\b${NUM_EN}${DASH}${NUM_EN}\\s*\\+?\\s*years?${EN_TAIL}`, 'gi'),
    read: (m) => ({ min: parseNumber(m[1]!), max: parseNumber(m[2]!) }),
  },
  // 3+ years
  { re: new RegExp(`\\b${NUM_EN}\\s*\\+\\s*years?${EN_TAIL}`, 'gi'), read: (m) => ({ min: parseNumber(m[1]!) }) },
  // at least 5 years, a minimum of 5 years, more than 5 years, 5 or more years
  {
    re: new RegExp(
      `\\b(?:at least|a minimum of|minimum of|minimum|min\\.?|more than|over)\\s+${NUM_EN}\\s+(?:full[- ]time\\s+)?years?${EN_TAIL}`,
      'gi',
    ),
    read: (m) => ({ min: parseNumber(m[1]!) }),
  },
  { re: new RegExp(`\\b${NUM_EN}\\s+or more\\s+years?${EN_TAIL}`, 'gi'), read: (m) => ({ min: parseNumber(m[1]!) }) },
  // 5 years of experience, 5 years' experience, 5 years in customer service (with "experience" in the clause)
  { re: new RegExp(`\\b${NUM_EN}\\s+years?${EN_TAIL}`, 'gi'), read: (m) => ({ min: parseNumber(m[1]!) }) },
];

/** A cheap test first: most items name no years at all. */
const MAY_HAVE_YEARS = /年|years?\b/i;

/** Words that make the years after them a part of the total: 其中, including, of which. */
const SUBSET_BEFORE =
  /(?:其中|包括|包含)\s*(?:至少|不少于)?\s*$|\b(?:including|of\s+which|of\s+them)\s+(?:at\s+least\s+)?$/i;

/** Years of experience in one string, each phrase once (the first pattern that claims a span wins). */
export function findYears(text: string): Found<{ min: number; max?: number; management: boolean }>[] {
  const out: Found<{ min: number; max?: number; management: boolean }>[] = [];
  if (!MAY_HAVE_YEARS.test(text)) return out;
  const taken: [number, number][] = [];
  for (const { re, read } of YEARS_PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([a, b]) => start < b && end > a)) continue;
      const [cs, ce] = clauseBounds(text, start, m[0].length);
      if (!EXPERIENCE_CONTEXT.test(text.slice(cs, ce))) continue;
      const v = read(m);
      if (!(v.min >= 0 && v.min <= MAX_YEARS) || (v.max !== undefined && !(v.max >= v.min && v.max <= MAX_YEARS)))
        continue;
      taken.push([start, end]);
      // Only what follows the number says whose years they are: "3年以上客服经验，其中1年以上管理经验" is two claims.
      const management = MANAGEMENT_CONTEXT.test(text.slice(start, ce));
      // "5年以上工作经验，其中2年以上呼叫中心经验": the second is a part of the first, not the total asked for.
      if (!management && SUBSET_BEFORE.test(text.slice(cs, start))) continue;
      out.push({
        index: start,
        excerpt: m[0].trim(),
        value: v.max === undefined ? { min: v.min, management } : { min: v.min, max: v.max, management },
      });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

// ---- education ----

const EDUCATION_PATTERNS: readonly [RegExp, EducationLevel][] = [
  [/学历不限|不限学历|no degree required|no formal education required/gi, 'none'],
  // 博士研究生 / 硕士研究生 are one level each: 研究生 after the level is part of it, not a master's on its own.
  [/博士(?:研究生)?|doctorate|ph\.?\s?d\b/gi, 'doctorate'],
  [/硕士(?:研究生)?|研究生|master['’]?s(?: degree)?|\bmba\b|\bmsc\b/gi, 'master'],
  [/本科|学士|统招本科|bachelor['’]?s?(?: degree)?|undergraduate degree|university degree|\bb\.?sc?\b/gi, 'bachelor'],
  [
    /大专|专科|高职|associate['’]?s? degree|associate degree|two-year degree|higher (?:national )?diploma/gi,
    'associate',
  ],
  [/高中|中专|中技|技校|职高|high[- ]school|secondary school|\bged\b/gi, 'secondary'],
];
/** A level followed by these words is a preference, not a requirement: `本科优先`, `a master's is a plus`. */
const PREFERRED_AFTER =
  /^[^，,；;。.]{0,6}(?:优先|更佳|为佳|更好|preferred|is a plus|a plus|desirable|an advantage|nice to have)/i;

const MAY_HAVE_EDUCATION = new RegExp(EDUCATION_PATTERNS.map(([re]) => re.source).join('|'), 'i');

/** Education levels named in one string as requirements (preferences are left out). */
export function findEducation(text: string): Found<EducationLevel>[] {
  const out: Found<EducationLevel>[] = [];
  if (!MAY_HAVE_EDUCATION.test(text)) return out;
  const taken: [number, number][] = [];
  for (const [re, level] of EDUCATION_PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([a, b]) => start < b && end > a)) continue;
      taken.push([start, end]);
      if (PREFERRED_AFTER.test(text.slice(end))) continue;
      // Keep `及以上` / `or above` with the level, so the excerpt reads as the requirement.
      const tail = /^\s*(?:学历)?\s*(?:及以上|或以上|以上)(?:学历)?|^\s*(?:degree\s+)?or (?:above|higher)/i.exec(
        text.slice(end),
      );
      out.push({ index: start, excerpt: text.slice(start, end + (tail ? tail[0].length : 0)), value: level });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

// ---- authority ----

/** Verbs that grant an authority, longest first within each language so `负责执行` wins over `执行`. */
const AUTHORITY_VERBS_ZH: readonly [string, Authority][] = [
  ['有权决定', 'decides'],
  ['最终决定', 'decides'],
  ['负责执行', 'executes'],
  ['拍板', 'decides'],
  ['决定', 'decides'],
  ['审批', 'approves'],
  ['批准', 'approves'],
  ['核准', 'approves'],
  ['执行', 'executes'],
  ['参与', 'participates'],
  ['建议', 'proposes'],
  ['提出', 'proposes'],
];
const AUTHORITY_VERBS_EN: readonly [RegExp, Authority][] = [
  [/\b(?:has|have|having) (?:the )?final say(?: (?:on|over|in))?/gi, 'decides'],
  [/\bmakes? (?:the )?final decisions? (?:on|about)/gi, 'decides'],
  [/\b(?:approves?|approving|authori[sz]es?|authori[sz]ing|signs? off(?: on)?)\b/gi, 'approves'],
  [/\b(?:decides?|deciding)(?: (?:on|over|about))?\b/gi, 'decides'],
  [/\b(?:handles?|handling|executes?|executing|carr(?:y|ies) out)\b/gi, 'executes'],
  [/\b(?:participates?|participating|takes? part)(?: in)?\b/gi, 'participates'],
  [/\b(?:proposes?|proposing|recommends?|recommending|suggests?|suggesting)\b/gi, 'proposes'],
];
const ZH_VERB_RE = new RegExp(AUTHORITY_VERBS_ZH.map(([v]) => v).join('|'), 'g');
const ZH_VERB = new Map(AUTHORITY_VERBS_ZH);
const MAY_HAVE_AUTHORITY = new RegExp(
  [ZH_VERB_RE.source, ...AUTHORITY_VERBS_EN.map(([re]) => re.source)].join('|'),
  'i',
);

/**
 * Words before a verb that take the authority away from the holder: "须经主管审批" (needs the supervisor's
 * approval), "报主管审批", "无权决定", "协助审批", "熟悉审批流程", "cannot approve", "the supervisor approves".
 */
const NOT_THE_HOLDER_ZH =
  /(?:无权|不得|不能|不可|无需|协助|配合|参与|熟悉|了解|遵守|遵循|按照|根据|依据)[^，,；;。]{0,8}$|(?:需经|须经|需由|须由|交由|由|报|提交|送|经|待|需|须|请)\s*(?:\p{Script=Han}{0,4}(?:主管|经理|上级|领导|总监|部门|公司|负责人|组长|财务))?\s*$/u;
const NOT_THE_HOLDER_EN =
  /\b(?:not|cannot|can't|never|no|without|help|helps|assist|assists|support|supports|pending|seek|seeks|request|requests|supervisor|manager|lead|director|team leader|they)\s+(?:\w+\s+){0,2}$/i;
/** Leading words of the object that carry nothing: `对退款`, `on refunds`, `the refunds`. */
const OBJECT_LEAD = /^(?:\s+|对|关于|有关|(?:on|over|about|in|the|all|any|of)\b)+/i;

/** Authority claims in one string: the verb, its grade and what follows it up to the end of the clause. */
export function findAuthority(text: string): Found<{ authority: Authority; verb: string; object: string }>[] {
  const out: Found<{ authority: Authority; verb: string; object: string }>[] = [];
  if (!MAY_HAVE_AUTHORITY.test(text)) return out;
  const push = (index: number, verb: string, authority: Authority, before: RegExp) => {
    const [clauseStart] = clauseBounds(text, index, verb.length);
    if (before.test(text.slice(clauseStart, index))) return;
    let end = index + verb.length;
    while (end < text.length && !CLAUSE_END.test(text[end]!)) end++;
    let object = text.slice(index + verb.length, end);
    object = object.replace(OBJECT_LEAD, '').trim();
    // `建议` ends a noun phrase as often as it starts a verb phrase ("客户意见和建议"): no object, no claim.
    if (!/[\p{L}\p{N}]/u.test(object)) return;
    out.push({ index, excerpt: text.slice(index, end).trim(), value: { authority, verb, object } });
  };
  ZH_VERB_RE.lastIndex = 0;
  for (let m = ZH_VERB_RE.exec(text); m !== null; m = ZH_VERB_RE.exec(text))
    push(m.index, m[0], ZH_VERB.get(m[0])!, NOT_THE_HOLDER_ZH);
  for (const [re, authority] of AUTHORITY_VERBS_EN) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (out.some((f) => m.index >= f.index && m.index < f.index + f.value.verb.length)) continue;
      push(m.index, m[0], authority, NOT_THE_HOLDER_EN);
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

// ---- positions ----

/**
 * The line and column of character `index` of an item's text, read from the whole text when the item's offset agrees.
 */
function positionIn(jd: JobDescription, item: JdItem, index: number): JdPosition & { offset: number } {
  const offset = item.offset + index;
  if (jd.text.startsWith(item.text.slice(index, index + 8), offset) && offset <= jd.text.length) {
    const { line, column } = positionAt(jd, offset);
    return { line, column, offset };
  }
  return { line: item.line, column: item.column + index, offset };
}

const claimsCache = new WeakMap<JobDescription, JdClaims>();

/**
 * Years of experience, education levels and authority claims of a JD, each at its phrase. Benefits are not read:
 * "5 years of service earn an extra week of leave" is not a requirement.
 */
export function extractClaims(jd: JobDescription): JdClaims {
  const hit = claimsCache.get(jd);
  if (hit) return hit;
  const claims: JdClaims = { years: [], education: [], authority: [] };
  for (const section of jd.sections) {
    if (section.kind === 'benefits') continue;
    for (const item of section.items) {
      const place = (f: Found<unknown>): ClaimPlace => {
        const p = positionIn(jd, item, f.index);
        return { line: p.line, column: p.column, offset: p.offset, excerpt: f.excerpt, section: section.kind };
      };
      for (const f of findYears(item.text)) claims.years.push({ ...place(f), ...f.value });
      for (const f of findEducation(item.text)) claims.education.push({ ...place(f), level: f.value });
      for (const f of findAuthority(item.text)) claims.authority.push({ ...place(f), ...f.value });
    }
  }
  claimsCache.set(jd, claims);
  return claims;
}
