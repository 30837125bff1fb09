import { GENDER } from '../messages.js';
import type { JdRule } from '../rule.js';
import { phraseScanner } from '../scan.js';

/** A gender as JDs write it; a bare 男/女 must not start a word such as 女装 (womenswear). */
const G = '(?:男性|女性|男士|女士|男生|女生|男孩|女孩|(?:男|女)(?![装鞋包款式婴童性士生孩]))';

/** A height stated for each gender in one sentence. */
const BOTH_HEIGHTS =
  /男[性生士]?\s*1\d\d[^。；;\n]*女[性生士]?\s*1\d\d|女[性生士]?\s*1\d\d[^。；;\n]*男[性生士]?\s*1\d\d/u;

/**
 * 限男性, 男性优先, 仅招女生, 女士优先, 性别:男 …
 *
 * Severity: error for every explicit limit, preference or exclusion (限/优先/勿扰/性别:男); warning for
 * 适合女性 ("suits women"), which steers rather than excludes. 男女不限 and 性别不限 are never flagged.
 */
export const zhGender: JdRule = {
  code: 'JD_GENDER',
  locale: 'zh',
  severity: 'error',
  ...GENDER,
  check: phraseScanner([
    // 性别:男 / 性别要求:女性 — but not 性别:男女不限, 性别:男、女均可
    {
      re: /性别(?:要求|限制)?\s*[:\uFF1A]?\s*(?:限|仅限|要求)?\s*(?:男|女)(?:性|士|生)?(?![男女/、]?\s*(?:不限|均可|皆可|都可|不拘))/u,
    },
    // 限男性, 仅限女生, 只招女士 — but not 不限男女
    { re: new RegExp(`限(?<![不无仅只]限)定?\\s*${G}`, 'u') },
    { re: new RegExp(`[仅只](?<!不[仅只])(?:限定?|招收?|要|收|聘|录用?)\\s*${G}`, 'u') },
    { re: new RegExp(`限招\\s*${G}`, 'u') },
    // 不招女性, 谢绝男士; 女士勿扰
    { re: new RegExp(`(?:不招|不收|不要|不考虑|谢绝|拒绝|不接受|不录用)\\s*${G}`, 'u') },
    { re: new RegExp(`${G}\\s*(?:勿扰|免谈|勿投|止步|慎投|不考虑|除外)`, 'u') },
    // 男性优先, 女士优先, 男生者为佳
    { re: new RegExp(`${G}\\s*(?:者)?(?:优先|为佳|更佳|最佳|为宜)`, 'u') },
    // 诚聘女文员, 招聘男司机
    { re: /(?:招聘|诚聘|急聘|急招|招收|聘请|聘用|招)(?:男|女)(?:性|士|生)?(?![装鞋包款式婴童])/u },
    // an item that is just a gender: "- 男,25-35岁"
    {
      re: /(?:男性|女性|男|女)(?<=(?:^|\n)[ \t]*(?:(?:[-*+•·]|\d{1,2}[.、)\uFF09])[ \t]*)?(?:男性|女性|男|女))(?=[ \t]*(?:[,\uFF0C;\uFF1B、。]|\r?\n|$))/u,
    },
    // 本科学历，女，22-30岁 / （2）女性，年龄20-30岁 / 1、男性178以上: a gender as one item among the requirements
    {
      re: /(?:男性|女性|男|女)(?<=(?:^|[\n，,、；;：:（(）)]|\d[、.])[ \t]{0,2}(?:男性|女性|男|女))(?![男女])(?=[ \t]*(?:[，,、；;][ \t]*(?:\d{2}|年龄|年纪|身高|学历|本科|大专|中专|高中)|1[5-9]\d))/u,
      // "男170cm以上，女160cm以上" names both genders: a height rule (JD_APPEARANCE), not a gender limit
      keep: (m) => !BOTH_HEIGHTS.test(m.sentence),
    },
    // 宝妈优先: a preference for mothers (also a family-status finding)
    { re: /(?:宝妈|妈妈|全职妈妈|已育女性)\s*(?:优先|为佳|更佳)/u },
    { re: /(?:仅适合|只适合|更适合|适合)\s*(?:男|女)(?:性|生|士)/u, severity: 'warning' },
  ]),
  examples: {
    bad: [
      '限男性',
      '- 销售代表,男性优先',
      '仅招女生',
      '女士优先',
      '性别:男',
      '诚聘女文员',
      '- 男,有驾照',
      '本岗位更适合女性',
      '女性勿扰',
      '任职要求：本科学历，女，22-30岁',
      '（2）女性，年龄20-30岁',
      '1、男性178以上，年龄18-45岁',
      '2、宝妈优先，喜欢孩子',
    ],
    good: [
      '男女不限',
      '性别不限',
      '- 有女性用户产品运营经验者优先',
      '- 熟悉女装品类',
      '性别:男女不限',
      '- 不限男女,欢迎投递',
      '- 服务对象为女性，年龄在60岁以上',
      '- 男女比例均衡的团队',
      '2、形象好，男170cm以上，女160cm以上；',
    ],
  },
};
