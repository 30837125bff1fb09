import { VAGUE } from '../messages.js';
import type { JdRule } from '../rule.js';
import { phraseScanner, type PhraseMatch } from '../scan.js';

const OVERTIME = {
  message: {
    en: 'The job description asks candidates to accept overtime without saying how much or how it is paid.',
    zh: '职位描述要求接受加班，却没有说明加班的频率和补偿方式。',
  },
  hint: {
    en: 'State how often overtime happens and how it is compensated (pay or time off), within the legal limits.',
    zh: '写明加班的频率和补偿方式（加班费或调休），并符合法定工时上限。',
  },
};

/** Specifics (a number, an example, a list) make a phrase concrete. */
const noSpecifics = (m: PhraseMatch) => !/\d|如|例如|比如|包括|[:\uFF1A(\uFF08]/u.test(m.sentence);
/** Overtime with its frequency or pay stated is concrete. */
const overtimeUnspecified = (m: PhraseMatch) => !/\d|调休|加班费|补贴|补偿|每月|每周|倒休/u.test(m.sentence);
/** A soft skill that is the whole item says nothing; in a sentence with more, it is context. */
const alone = (m: PhraseMatch) =>
  m.sentence.replace(/[\s,\uFF0C。.;\uFF1B、!\uFF01\-*•·]|^\d+[.、]/gu, '').length <= m.text.length + 4;

/**
 * 负责其他相关工作, 领导交办的其他任务, 抗压能力强, 吃苦耐劳, 快节奏, 团队合作精神 (alone); 能接受加班.
 *
 * Severity: info for catch-all duties and unmeasurable traits (they weaken a JD but harm nobody); warning for
 * 能接受加班 without frequency or pay, which hides a working condition candidates need to know.
 */
export const zhVague: JdRule = {
  code: 'JD_VAGUE',
  locale: 'zh',
  severity: 'info',
  ...VAGUE,
  check: phraseScanner(
    [
      {
        re: /(?:负责|完成|处理|承担|做好|协助)?(?:(?:上级|领导|主管|经理|公司|部门)(?:临时)?(?:交办|安排|交代|指派|布置|分配)的?)?(?:其他|其它)(?:相关|临时性?|日常|零星|各项)?的?(?:工作|任务|事项|事务|事宜)/u,
      },
      {
        re: /(?:完成|负责|做好)?(?:上级|领导|主管|经理)(?:临时)?(?:交办|安排|交代|指派|布置)的?(?:各项|临时性?)?(?:工作|任务|事项)/u,
      },
      {
        re: /(?:具备|具有|有)?(?:较强|很强|良好|强大)?的?抗压能力(?:强|较强|佳|好)?|(?:能|可|能够)?承受(?:较大的?|一定的?)?(?:工作)?压力/u,
        keep: noSpecifics,
      },
      { re: /吃苦耐劳|能吃苦/u },
      { re: /(?:适应|习惯)?快节奏(?:的)?(?:工作)?(?:环境|节奏)?/u },
      {
        re: /(?:具有|具备|有)?(?:良好的?|较强的?|强烈的?)?(?:团队合作|团队协作)(?:精神|意识)|责任心强|有责任心|积极主动|认真负责/u,
        keep: alone,
      },
      {
        re: /(?:能|可以?|愿意|能够)?(?:接受|适应|承受)(?:(?:高强度|阶段性|偶尔|不定期|经常性?|频繁|长期)的?)?加班/u,
        severity: 'warning',
        keep: overtimeUnspecified,
        ...OVERTIME,
      },
    ],
    {
      skipEqualOpportunity: false,
      trigger:
        /其[他它]|交办|安排|交代|指派|布置|抗压|压力|吃苦|快节奏|团队(?:合作|协作)|责任心|积极主动|认真负责|加班/u,
    },
  ),
  examples: {
    bad: [
      '- 负责其他相关工作',
      '- 完成领导交办的其他任务',
      '- 抗压能力强',
      '- 能接受加班',
      '- 具有团队合作精神',
      '- 适应快节奏工作环境',
    ],
    good: [
      '- 每月完成不少于20次客户回访',
      '- 能应对促销季的高峰(如双十一期间日均处理300单)',
      '- 旺季偶有加班,按国家规定支付加班费或安排调休',
      '- 与设计、研发团队协作,按时交付版本',
    ],
  },
};
