import { AGE } from '../messages.js';
import type { JdRule } from '../rule.js';
import { phraseScanner, type PhraseMatch } from '../scan.js';

/** A two-digit age, in digits or Chinese numerals (三十五). */
const N = '(?:\\d{2}(?<!\\d\\d\\d)(?!\\d)|[一二三四五六]十[一二三四五六七八九]?|十[一二三四五六七八九])';
const PREFIX = '(?:(?:年龄|年纪)(?:要求|限制|范围)?\\s*[:\uFF1A]?\\s*(?:在\\s*)?)?';
const SEP = '\\s*(?:[-~～—–－至到])\\s*';
/** The lawful minimum working age (16) and age of majority (18). */
const LAWFUL_MINIMUM = 18;
/** Statutory retirement age (60 for men): 18–60 周岁 only restates the working-age span. */
const RETIREMENT = 60;

const DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
/** The ages a match states, in order. */
function ages(text: string): number[] {
  return [...text.matchAll(/\d{2}|[一二三四五六七八九十]+/gu)].map(([s]) => {
    if (/^\d/.test(s)) return Number(s);
    const [tens, ones] = s.split('十');
    return (tens === '' ? 1 : (DIGITS[tens!] ?? 0)) * 10 + (DIGITS[ones ?? ''] ?? 0);
  });
}
/** 学员年龄18-25岁, 服务对象为60岁以上老年人: the ages of the people served, not of the candidate. */
const SERVED_BEFORE =
  /(?:服务对象|学生|学员|儿童|孩子|幼儿|老人|老年人|用户|客户|患者|顾客|会员|读者|观众|受众)(?:的)?(?:年龄|年纪)?(?:为|是|在|均为)?\s*$/u;
const SERVED_AFTER = /^(?:的)?(?:老年人|老人|儿童|学生|学员|用户|客户|患者|顾客|人群|群体|青少年|孩子|幼儿|会员)/u;
const aboutCandidate = (m: PhraseMatch) => !SERVED_BEFORE.test(m.before) && !SERVED_AFTER.test(m.after);
/** Drops a lower bound at the lawful minimum (18周岁以上, 年满16周岁). */
const notLawfulMinimum = (m: PhraseMatch) => aboutCandidate(m) && (ages(m.text)[0] ?? 0) > LAWFUL_MINIMUM;
/** Drops 18–60 周岁 (the span the law allows anyway), keeps 18–35. */
const notWorkingAgeSpan = (m: PhraseMatch) => {
  const [lo = 0, hi = 0] = ages(m.text);
  return aboutCandidate(m) && (lo > LAWFUL_MINIMUM || hi < RETIREMENT);
};
/** 年轻 describing an audience or a brand (年轻用户, 品牌年轻化) is no requirement on the candidate. */
const AUDIENCE =
  /年轻(?:用户|消费者|客群|客户|市场|人群|群体|受众|粉丝|一代|化的?(?:品牌|产品|营销|战略|转型)|人(?:的|喜|群|市场|消费|爱))|(?:品牌|产品|用户|客群|消费者|市场)年轻/u;

/**
 * 35岁以下, 年龄25-35岁, 18至30周岁, 不超过35岁, 90后优先, 大龄勿扰; 年轻, 90后.
 *
 * Severity: error for stated ages, ranges, bounds and "… 优先/勿扰"; warning for 年轻 and a bare 90后, which signal
 * an age preference without stating it. 年满18周岁 / 18周岁以上 (the lawful minimum), 18-60周岁, the ages of the people
 * served (服务对象为60岁以上老年人, 学员年龄18-25岁) and audiences (年轻用户, 品牌年轻化) are not flagged.
 */
export const zhAge: JdRule = {
  code: 'JD_AGE',
  locale: 'zh',
  severity: 'error',
  ...AGE,
  check: phraseScanner(
    [
      // 年龄25-35岁, 18至30周岁, 25~35岁之间
      {
        re: new RegExp(`${PREFIX}${N}\\s*(?:周?岁)?${SEP}${N}\\s*周?岁(?:\\s*(?:之间|以内|左右))?`, 'u'),
        keep: notWorkingAgeSpan,
      },
      // 35岁以下, 年龄35周岁以内, 25岁左右, 45岁以上
      {
        re: new RegExp(
          `${PREFIX}(?:限\\s*)?${N}\\s*周?岁\\s*(?:及以下|以下|以内|之内|之前|以前|及以上|以上|左右|上下)`,
          'u',
        ),
        keep: (m) => (/以上$/u.test(m.text) ? notLawfulMinimum(m) : aboutCandidate(m)),
      },
      // 不超过35岁, 年龄不大于30周岁
      {
        re: new RegExp(
          `${PREFIX}(?:不超过|不大于|不高于|不得超过|不得高于|不超|小于|低于|未满|不满|不到|最大|最高)\\s*${N}\\s*周?岁`,
          'u',
        ),
        keep: aboutCandidate,
      },
      // 年满40周岁 (a lower bound above the lawful minimum)
      { re: new RegExp(`${PREFIX}(?:年满|满|不低于|不小于|大于|超过)\\s*${N}\\s*周?岁`, 'u'), keep: notLawfulMinimum },
      // 年龄:30岁
      { re: new RegExp(`(?:年龄|年纪)(?:要求)?\\s*[:\uFF1A]?\\s*(?:在\\s*)?${N}\\s*周?岁`, 'u'), keep: aboutCandidate },
      // 年龄22-35, 年龄在18-30: a range after 年龄 needs no 岁
      {
        re: new RegExp(
          `(?:年龄|年纪)(?:要求|限制|范围)?\\s*[:\uFF1A]?\\s*(?:在\\s*)?${N}${SEP}${N}(?!\\s*(?:cm|厘米|公斤|kg|年|个|人|元|万|%))`,
          'u',
        ),
        keep: notWorkingAgeSpan,
      },
      // 1990年以后出生, 1985-1995年之间出生, 92年以后: a birth year is an age
      { re: /(?:19|20)\d{2}\s*(?:[-~～—–至到]\s*(?:19|20)?\d{2}\s*)?年(?:之间|间|以后|以前|之后|之前|后|前)?\s*出生/u },
      {
        re: /(?<![\d年])(?:[5-9]\d|0\d)\s*年(?:以后|以前|之后|之前)(?:出生)?(?!\s*(?:成立|创立|注册|上市|毕业|入职|的公司))/u,
      },
      // 大龄勿扰, 年龄偏大者不考虑
      { re: /(?:大龄|超龄|年龄偏大|年纪偏大|年龄过大)(?:者|人员|人士)?\s*(?:勿扰|免谈|不考虑|除外|不要)/u },
      // 90后优先; a bare 90后 is a warning
      { re: /(?:[5-9][05]|0[05])(?<!\d\d\d)\s*后\s*(?:者)?(?:优先|为佳|更佳)/u },
      {
        re: /(?:[5-9][05]|0[05])(?<!\d\d\d)\s*后(?=\s*(?:为主|的?(?:年轻)?(?:团队|小伙伴|同事)|[,\uFF0C、;\uFF1B。)\uFF09]|\s|$))/u,
        severity: 'warning',
      },
      { re: /年轻(?:化|人)?/u, severity: 'warning', keep: (m) => !AUDIENCE.test(m.sentence) },
    ],
    { trigger: /[岁后龄轻生]|年纪/u },
  ),
  examples: {
    bad: [
      '35岁以下',
      '- 年龄22-35，大专以上学历',
      '- 1995年以后出生',
      '- 1985-1995年之间出生',
      '- 92年以后，性格开朗',
      '- 年龄25-35岁,本科以上学历',
      '18至30周岁',
      '- 年龄不超过35岁',
      '90后优先',
      '- 年轻有活力',
      '年龄要求:三十五岁以下',
      '大龄勿扰',
    ],
    good: [
      '年满18周岁',
      '- 18周岁以上',
      '- 3-5年工作经验',
      '- 面向年轻用户的产品运营',
      '- 负责品牌年轻化战略',
      '年龄不限',
      '- 年龄18-60周岁',
    ],
  },
};
