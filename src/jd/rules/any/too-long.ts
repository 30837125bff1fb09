import type { JdFinding, JdRule } from '../rule.js';
import { measure } from '../scan.js';

/** Length limits for JD_TOO_LONG. */
export interface TooLongOptions {
  /** Han characters in the whole JD. Default 1200: about what a candidate reads in three minutes. */
  maxChars: number;
  /** English words in the whole JD. Default 700, the same reading time. */
  maxWords: number;
  /** Non-space characters in one item that contains Chinese. Default 120: beyond it, a bullet is a paragraph. */
  maxItemChars: number;
  /** Words in one English item. Default 40. */
  maxItemWords: number;
}

export const DEFAULT_TOO_LONG: Readonly<TooLongOptions> = {
  maxChars: 1200,
  maxWords: 700,
  maxItemChars: 120,
  maxItemWords: 40,
};

/** The first characters of a long item, to show which one it is. */
const EXCERPT = 24;

/**
 * A JD over `maxChars` Han characters or `maxWords` English words (each language counted on its own, so a bilingual
 * JD may hold both), or an item over `maxItemChars` characters (items with Chinese) or `maxItemWords` words.
 *
 * Severity: warning for the whole JD (candidates stop reading); info for one long item (split it). The whole-JD
 * finding is at line 1, column 1 with no excerpt; an item's is at the item, with its opening words as excerpt.
 */
export function tooLongRule(options: Partial<TooLongOptions> = {}): JdRule {
  const limits = { ...DEFAULT_TOO_LONG, ...options };
  for (const [k, v] of Object.entries(limits))
    if (!(Number.isInteger(v) && v > 0)) throw new RangeError(`${k} must be a positive integer, not ${v}.`);
  return {
    code: 'JD_TOO_LONG',
    locale: 'any',
    severity: 'warning',
    message: {
      en: 'The job description is too long: candidates skim long postings and miss what matters.',
      zh: '职位描述篇幅过长：求职者往往只会略读，容易漏掉重点。',
    },
    hint: {
      en: 'Keep the duties and requirements that decide a hire; move company background and benefits detail to a link.',
      zh: '保留决定录用的职责和要求，公司介绍和福利细节可改为链接。',
    },
    check(jd) {
      const out: JdFinding[] = [];
      const whole = measure(jd.text);
      if (whole.han > limits.maxChars)
        out.push({
          line: 1,
          column: 1,
          excerpt: '',
          message: {
            en: `The job description has ${whole.han} Chinese characters, more than ${limits.maxChars}; candidates skim long postings.`,
            zh: `职位描述共 ${whole.han} 个汉字，超过 ${limits.maxChars} 字；篇幅过长，求职者往往只会略读。`,
          },
        });
      if (whole.words > limits.maxWords)
        out.push({
          line: 1,
          column: 1,
          excerpt: '',
          message: {
            en: `The job description has ${whole.words} English words, more than ${limits.maxWords}; candidates skim long postings.`,
            zh: `职位描述共 ${whole.words} 个英文单词，超过 ${limits.maxWords} 个；篇幅过长，求职者往往只会略读。`,
          },
        });
      // An item no longer than this cannot exceed either limit (a word takes at least 2 characters with its space).
      const short = Math.min(limits.maxItemChars, 2 * limits.maxItemWords);
      for (const section of jd.sections)
        for (const item of section.items) {
          if (item.text.length <= short) continue;
          const m = measure(item.text);
          const chinese = m.han > 0;
          const size = chinese ? m.chars : m.words;
          const max = chinese ? limits.maxItemChars : limits.maxItemWords;
          if (size <= max) continue;
          const unit = chinese ? { en: 'characters', zh: '个字符' } : { en: 'words', zh: '个单词' };
          out.push({
            line: item.line,
            column: item.column,
            excerpt: item.text.length > EXCERPT ? `${item.text.slice(0, EXCERPT)}…` : item.text,
            severity: 'info',
            message: {
              en: `This item has ${size} ${unit.en}, more than ${max}; a bullet that long reads as a paragraph.`,
              zh: `这一条共 ${size} ${unit.zh}，超过 ${max}；过长的条目难以阅读。`,
            },
            hint: {
              en: 'Split it into separate items, one task or requirement each.',
              zh: '拆分为多条，每条只写一项职责或要求。',
            },
          });
        }
      return out;
    },
    examples: {
      bad: [
        `## 岗位职责\n- ${'负责客户来电的接听、记录与分派,'.repeat(8)}`,
        `## Responsibilities\n- ${'Answer calls, log them and route them to the right team, '.repeat(5)}`,
        `# 客服专员\n\n## 岗位职责\n${'- 负责客户来电的接听、记录与分派,跟进处理结果并回访客户\n'.repeat(50)}`,
      ],
      good: [
        '## 岗位职责\n- 负责客户来电的接听、记录与分派',
        '## Responsibilities\n- Answer calls, log them and route them to the right team',
      ],
    },
  };
}

/** JD_TOO_LONG with the default limits. */
export const tooLong: JdRule = tooLongRule();
