import type { EducationLevel, SkillLevel } from '../../model/scales.js';
import type { Lang } from '../../model/text.js';
import type { SalaryUnit } from '../../model/posting.js';
import type { KPI_OPERATORS } from '../../model/kpi.js';

// The fixed wording of a generated job description, in each language as recruiters write it. Every phrase is checked
// by the JD rules in the tests (no phrase of ours may raise a finding), and each language is written on its own: the
// Chinese is recruiting copy, not a translation of the English.

/** The sections a generated JD can have, in their order. */
export const POSTING_SECTIONS = [
  'summary',
  'duties',
  'requirements',
  'kpis',
  'benefits',
  'about',
  'location',
  'apply',
] as const;
export type PostingSectionKey = (typeof POSTING_SECTIONS)[number];

export interface Phrases {
  /** Section headings; each is one check-jd reads as the section's kind. */
  heading: Readonly<Record<PostingSectionKey, string>>;
  /** Joins a list of words: `A、B、C` / `A, B and C`. */
  list(words: readonly string[]): string;
  /** Joins a list of alternatives: `A、B` / `A or B`. */
  either(words: readonly string[]): string;
  /** `title：detail` / `title: detail`. */
  titled(title: string, detail: string): string;
  /** Joins a duty's key activities. */
  activities(acts: readonly string[]): string;
  /** Ends a list item (`；` and `。` for the last in Chinese; `.` in English). */
  endItem(text: string, last: boolean): string;
  /** Ends a sentence. */
  endSentence(text: string): string;
  reportsTo(title: string): string;
  dottedTo(titles: readonly string[]): string;
  team(titles: readonly string[]): string;
  education(level: EducationLevel, fields: readonly string[]): string;
  experience(years: string | undefined, areas: readonly string[]): string;
  /** `years` is the phrase of yearsOf for management experience. */
  management(years: string): string;
  /** What yearsOf is given for the years of general experience, by whether areas are named. */
  experienceWhat(areas: readonly string[]): { zh: string; en: string };
  managementWhat: { zh: string; en: string };
  skills(level: SkillLevel, labels: readonly string[]): string;
  tools(labels: readonly string[]): string;
  knowledge(labels: readonly string[]): string;
  traits(labels: readonly string[]): string;
  certifications(labels: readonly string[]): string;
  kpi(label: string, target: string | undefined, frequency: string | undefined): string;
  /** A numeric KPI target, by its operator. */
  target(op: (typeof KPI_OPERATORS)[number], value: string, max: string | undefined, unit: string): string;
  salary(amount: string, unit: SalaryUnit, currency: string): string;
  openings(n: number): string;
  remote(countries: readonly string[]): string;
  /** A place of work; `home` when the country goes without saying in this language's market (China in Chinese). */
  place(parts: { street: string; locality: string; region: string; country: string; home: boolean }): string;
}

/** Lower-cases a capitalised first word (`Customer service` → `customer service`), not an acronym or a name like SaaS. */
export function lowerFirst(s: string): string {
  return /^[A-Z][a-z]*(?=[\s,.;:)-]|$)/.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s;
}

/**
 * Lower-cases a tool's capitalised first word only when the name is several words and no other word is capitalised
 * (`Customer service system` → `customer service system`): a one-word name (`Excel`) or `Microsoft Teams` is a name.
 */
export function lowerName(s: string): string {
  const words = s.split(/\s+/);
  return words.length > 1 && words.slice(1).every((w) => !/^[A-Z]/.test(w)) ? lowerFirst(s) : s;
}

/** Drops the sentence's own final punctuation, so the phrase can add its own. */
export function bare(s: string): string {
  return s.trim().replace(/[\s。．.；;，,、：:！!]+$/u, '');
}

/** An English sentence starts with a capital. */
const upperFirst = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

const enList = (words: readonly string[], last: string): string =>
  words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} ${last} ${words[words.length - 1]}`;

/** Chinese text ends with a full-width mark; a text with no Chinese in it (an English fallback) with an ASCII one. */
const zhEnd = (text: string, mark: '。' | '；'): string =>
  /\p{Script=Han}/u.test(text) ? `${text}${mark}` : `${text}${mark === '。' ? '.' : ';'}`;

const ZH_SALARY_UNIT: Record<SalaryUnit, string> = {
  HOUR: '时薪',
  DAY: '日薪',
  WEEK: '周薪',
  MONTH: '月薪',
  YEAR: '年薪',
};
const EN_SALARY_UNIT: Record<SalaryUnit, string> = {
  HOUR: 'per hour',
  DAY: 'per day',
  WEEK: 'per week',
  MONTH: 'per month',
  YEAR: 'per year',
};

const ZH_EDUCATION: Record<Exclude<EducationLevel, 'none'>, string> = {
  secondary: '高中或中专',
  associate: '大专',
  bachelor: '本科',
  master: '硕士研究生',
  doctorate: '博士研究生',
};
const EN_EDUCATION: Record<Exclude<EducationLevel, 'none'>, string> = {
  secondary: 'Secondary school education',
  associate: 'Associate degree',
  bachelor: "Bachelor's degree",
  master: "Master's degree",
  doctorate: 'Doctorate',
};

const ZH: Phrases = {
  heading: {
    summary: '岗位概述',
    duties: '岗位职责',
    requirements: '任职要求',
    kpis: '考核指标',
    benefits: '我们提供',
    about: '关于我们',
    location: '工作地点',
    apply: '应聘方式',
  },
  list: (w) => w.join('、'),
  either: (w) => w.join('、'),
  titled: (title, detail) => `${bare(title)}：${detail}`,
  activities: (acts) => acts.map(bare).join('，'),
  endItem: (text, last) => zhEnd(bare(text), last ? '。' : '；'),
  endSentence: (text) => zhEnd(bare(text), '。'),
  reportsTo: (title) => `本岗位向${title}汇报`,
  dottedTo: (titles) => `同时向${titles.join('、')}虚线汇报`,
  team: (titles) => `下属岗位：${titles.join('、')}`,
  education: (level, fields) =>
    level === 'none'
      ? '学历不限'
      : `${ZH_EDUCATION[level]}及以上学历${fields.length > 0 ? `，${fields.join('、')}等相关专业优先` : ''}`,
  experienceWhat: () => ({ zh: '相关工作经验', en: '' }),
  experience: (years, areas) =>
    years === undefined
      ? `具备${areas.join('、')}方面的工作经验`
      : `${years}${areas.length > 0 ? `，包括${areas.join('、')}` : ''}`,
  managementWhat: { zh: '团队管理经验', en: 'experience managing people' },
  management: (years) => `其中 ${years}`,
  skills: (level, labels) => {
    const w = labels.join('、');
    switch (level) {
      case 'expert':
        return `在${w}方面达到专家水平`;
      case 'advanced':
        return `精通${w}`;
      case 'working':
        return `熟练掌握${w}`;
      case 'basic':
        return `具备${w}的基础`;
    }
  },
  tools: (labels) => `熟练使用${labels.join('、')}`,
  knowledge: (labels) => `熟悉${labels.join('、')}`,
  traits: (labels) => `具备${labels.join('、')}等素质`,
  certifications: (labels) => `持有以下证书：${labels.join('、')}`,
  kpi: (label, target, frequency) =>
    `${label}${target === undefined ? '' : target}${frequency === undefined ? '' : `（${frequency}考核）`}`,
  target: (op, value, max, unit) => {
    const v = `${value}${unit === '' || unit === '%' ? unit : ` ${unit}`}`;
    switch (op) {
      case '>=':
        return `不低于 ${v}`;
      case '<=':
        return `不高于 ${v}`;
      case '>':
        return `高于 ${v}`;
      case '<':
        return `低于 ${v}`;
      case '=':
        return `达到 ${v}`;
      case 'between':
        return `保持在 ${value}–${max ?? value}${unit === '' || unit === '%' ? unit : ` ${unit}`}`;
    }
  },
  salary: (amount, unit, currency) => `${ZH_SALARY_UNIT[unit]} ${amount}${currency === 'CNY' ? ' 元' : ` ${currency}`}`,
  openings: (n) => `本次招聘 ${n} 人`,
  remote: (countries) => `可远程办公（${countries.join('、')}）`,
  place: ({ street, locality, region, country, home }) =>
    [home ? '' : country, region, locality, street].filter((v) => v !== '').join(''),
};

const EN: Phrases = {
  heading: {
    summary: 'About the role',
    duties: 'Responsibilities',
    requirements: 'Requirements',
    kpis: 'How we measure success',
    benefits: 'What we offer',
    about: 'About us',
    location: 'Location',
    apply: 'How to apply',
  },
  list: (w) => enList(w, 'and'),
  either: (w) => enList(w, 'or'),
  titled: (title, detail) => `${bare(title)}: ${detail}`,
  activities: (acts) => acts.map((a) => lowerFirst(bare(a))).join('; '),
  endItem: (text) => `${upperFirst(bare(text))}.`,
  endSentence: (text) => `${upperFirst(bare(text))}.`,
  reportsTo: (title) => `You report to the ${title}`,
  dottedTo: (titles) => `You also have a dotted-line report to the ${enList(titles, 'and')}`,
  team: (titles) => `Roles that report to you: ${enList(titles, 'and')}`,
  education: (level, fields) =>
    level === 'none'
      ? 'No degree required'
      : `${EN_EDUCATION[level]} or above${fields.length > 0 ? `; a degree in ${enList(fields.map(lowerFirst), 'or')} is preferred` : ''}`,
  experienceWhat: () => ({ zh: '', en: 'relevant work experience' }),
  experience: (years, areas) => {
    const list = enList(areas.map(lowerFirst), 'and');
    return years === undefined ? `Experience in ${list}` : `${years}${areas.length > 0 ? `, including ${list}` : ''}`;
  },
  managementWhat: { zh: '团队管理经验', en: 'experience managing people' },
  management: (years) => `with ${years}`,
  skills: (level, labels) => {
    const w = enList(labels.map(lowerFirst), 'and');
    switch (level) {
      case 'expert':
        return `Expert skills in ${w}`;
      case 'advanced':
        return `Advanced skills in ${w}`;
      case 'working':
        return `Working skills in ${w}`;
      case 'basic':
        return `Basic skills in ${w}`;
    }
  },
  tools: (labels) => `Proficient with ${enList(labels.map(lowerName), 'and')}`,
  knowledge: (labels) => `Knowledge of ${enList(labels.map(lowerFirst), 'and')}`,
  traits: (labels) => `Qualities we look for: ${enList(labels.map(lowerFirst), 'and')}`,
  certifications: (labels) => `${labels.length > 1 ? 'Certifications' : 'Certification'}: ${enList(labels, 'and')}`,
  kpi: (label, target, frequency) =>
    `${label}${target === undefined ? '' : `: ${target}`}${frequency === undefined ? '' : ` (measured ${frequency})`}`,
  target: (op, value, max, unit) => {
    const u = unit === '' || unit === '%' ? unit : ` ${unit}`;
    switch (op) {
      case '>=':
        return `at least ${value}${u}`;
      case '<=':
        return `at most ${value}${u}`;
      case '>':
        return `above ${value}${u}`;
      case '<':
        return `below ${value}${u}`;
      case '=':
        return `${value}${u}`;
      case 'between':
        return `between ${value} and ${max ?? value}${u}`;
    }
  },
  salary: (amount, unit, currency) => `Salary: ${currency} ${amount} ${EN_SALARY_UNIT[unit]}`,
  openings: (n) => (n === 1 ? 'We are hiring one person for this role' : `We are hiring ${n} people for this role`),
  remote: (countries) => `Fully remote, from ${enList(countries, 'or')}`,
  place: ({ street, locality, region, country }) =>
    [street, locality, region, country].filter((v) => v !== '').join(', '),
};

export const PHRASES: Readonly<Record<Lang, Phrases>> = { zh: ZH, en: EN };
