import type { YearsRange } from '../model/index.js';
import type { Lang } from '../model/text.js';

const unit = (n: number, lang: Lang) => (lang === 'zh' ? '年' : n === 1 ? 'year' : 'years');

/**
 * A span of years as people write it: `3–5 years`, `3 years or more`, `at most 2 years`, `1 year`; in Chinese
 * `3–5 年`, `3 年以上`, `2 年以内`. Empty when the range gives neither bound.
 */
export function yearsRange(r: YearsRange, lang: Lang): string {
  const { min, max } = r;
  if (min !== undefined && max !== undefined && min !== max) return `${min}–${max} ${unit(max, lang)}`;
  if (min !== undefined && max === min) return `${min} ${unit(min, lang)}`;
  if (min !== undefined) return lang === 'zh' ? `${min} 年以上` : `${min} ${unit(min, lang)} or more`;
  if (max !== undefined) return lang === 'zh' ? `${max} 年以内` : `at most ${max} ${unit(max, lang)}`;
  return '';
}

/**
 * Years of something, as a requirement reads: `3–5 years of experience`, `at least 3 years of experience`,
 * `at most 2 years of …`; in Chinese `3 年以上工作经验`.
 */
export function yearsOf(r: YearsRange, what: { zh: string; en: string }, lang: Lang): string {
  if (yearsRange(r, lang) === '') return what[lang]; // a range with neither bound: the experience, no years
  if (lang === 'zh') return `${yearsRange(r, 'zh')}${what.zh}`;
  const { min, max } = r;
  const span = min !== undefined && max === undefined ? `at least ${min} ${unit(min, 'en')}` : yearsRange(r, 'en');
  return `${span} of ${what.en}`;
}
