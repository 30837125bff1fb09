import { REGION } from '../messages.js';
import type { JdRule } from '../rule.js';
import { phraseScanner, type PhraseMatch } from '../scan.js';

/** Provinces, large cities and the words JDs use for "here" and "not here". */
const PLACE =
  '(?:本地|本市|本省|当地|本区|本县|本镇|外地|外省|城镇|农村|非农业?|常住|东北|西北|华北|华南|江浙沪?|潮汕|两广|闽南|' +
  '北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古?|广西|西藏|宁夏|新疆|香港|澳门|' +
  '深圳|广州|杭州|南京|武汉|成都|西安|苏州|郑州|长沙|青岛|大连|厦门|宁波|沈阳|哈尔滨)';

/** 可解决北京户口 is a benefit, and 户籍政策 a subject to know, not a requirement. */
const notABenefit = (m: PhraseMatch) =>
  m.kind !== 'benefits' &&
  !/解决|落户|办理|协助|申请|积分|指标|福利/u.test(m.sentence) &&
  !/^(?:政策|制度|管理|改革|档案|迁移|本|簿)/u.test(m.after);

/**
 * 本地户口, 本市户籍, 限河南籍, 本地人优先, 外地人勿扰, 户籍:北京.
 *
 * Severity: error throughout: every form states an origin or household registration as a condition of hiring.
 * Household registration offered as a benefit (可解决北京户口, in a benefits section) is not flagged; neither is
 * a work location (工作地点:北京) or knowledge of registration policy (了解户籍政策).
 */
export const zhRegion: JdRule = {
  code: 'JD_REGION',
  locale: 'zh',
  severity: 'error',
  ...REGION,
  check: phraseScanner(
    [
      {
        re: new RegExp(
          `(?:限|仅限|只限|只招|仅招|只要)(?<![不无](?:限|仅限|只限|只招|仅招|只要))\\s*(?:${PLACE}(?:户口|户籍|籍|人)|(?!中国|本国|外国|外籍)\\p{Script=Han}{2,4}?(?:户口|户籍|籍))`,
          'u',
        ),
        keep: notABenefit,
      },
      {
        re: new RegExp(
          `(?:要求|须为|需为|必须是|必须为|需有|须有|需具有|须具有|具有)\\s*${PLACE}\\s*(?:户口|户籍|籍|人)`,
          'u',
        ),
        keep: notABenefit,
      },
      {
        re: new RegExp(`${PLACE}\\s*(?:户口|户籍|籍贯|籍)(?:者|人士|人员)?(?:优先|为佳|为主)?`, 'u'),
        keep: notABenefit,
      },
      { re: new RegExp(`${PLACE}人\\s*(?:优先|为佳|为主)`, 'u') },
      {
        re: /(?:外地|外省|非本地|非本市|外来)\s*(?:人员?|户口|户籍|人士)?\s*(?:勿扰|免谈|不要|不考虑|谢绝|除外)|(?:不招|不要|谢绝|不考虑|不接受)\s*(?:外地|外省|非本地|非本市)(?:人员?|户口|户籍|人士)?/u,
      },
      { re: /(?:户籍(?:所在地)?|籍贯|户口所在地)\s*(?:要求|限制)?\s*[:\uFF1A]\s*(?!不限|不拘)\p{Script=Han}{1,6}/u },
    ],
    { trigger: /[户籍人]|外地|外省|非本|外来/u },
  ),
  examples: {
    bad: [
      '- 本地户口',
      '- 本市户籍优先',
      '- 限河南籍',
      '- 本地人优先',
      '- 外地人勿扰',
      '- 户籍:北京',
      '- 须有上海户口',
    ],
    good: ['- 工作地点:北京市朝阳区', '- 可协助办理上海户口', '- 熟悉上海本地市场', '- 户籍不限', '- 能适应在杭州办公'],
  },
};
