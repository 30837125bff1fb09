import { APPEARANCE } from '../messages.js';
import type { JdRule } from '../rule.js';
import { phraseScanner } from '../scan.js';

/**
 * 五官端正, 相貌姣好, 身高160cm以上, 体重50公斤以下, 身材匀称; 形象气质佳, 无纹身.
 *
 * Severity: error for looks, height, weight and figure, which exclude by the body; warning for 形象气质佳 / 形象好
 * (often meant as grooming, still read as looks: ask for a dress code instead) and 无纹身 (a dress code some jobs
 * lawfully keep). 品牌形象, 专业形象 and 身高体重指数 (BMI as data) are not flagged; 颜值 is reported by JD_GENDER_CODED.
 */
export const zhAppearance: JdRule = {
  code: 'JD_APPEARANCE',
  locale: 'zh',
  severity: 'error',
  ...APPEARANCE,
  check: phraseScanner([
    {
      re: /(?:五官|相貌|长相|容貌|外貌|面容|样貌|外表|外形|长得)\s*(?:端正|端庄|姣好|好|佳|出众|清秀|甜美|周正|漂亮|俊朗|靓丽|大方|帅气|好看)/u,
    },
    {
      re: /身高[^\n,\uFF0C;\uFF1B。]{0,8}?(?:\d{3}|1\.\d{1,2})\s*(?:cm|厘米|公分|米|m)?(?:\s*(?:及以上|以上|以下|左右|之间))?/u,
    },
    { re: /(?:(?:男|女)(?:生|性)?\s*)?1(?<![\d.]1)[4-9]\d\s*(?:cm|厘米|公分)\s*(?:及以上|以上|以下)/u },
    { re: /体重[^\n,\uFF0C;\uFF1B。]{0,8}?\d{2,3}\s*(?:kg|公斤|斤|千克)(?:\s*(?:及以下|以下|以内|左右|之间))?/u },
    {
      re: /体重(?:适中|标准|匀称|正常|要求|不超标|不超重)|(?:体型|身材|体态)(?:匀称|适中|苗条|标准|好|佳|姣好|高挑|健美|纤细|偏瘦)/u,
    },
    { re: /身高体重(?:比例)?(?:协调|匀称|相称|成比例|适中|标准)|体重\s*[:\uFF1A]\s*\d/u },
    { re: /(?:皮肤|肤色)(?:白皙|白|好|光洁)/u },
    // 声音甜美, 嗓音好听: the voice as looks, not as clear speech (普通话标准 is a skill)
    { re: /(?:声音|嗓音|音色|声线)\s*(?:甜美|甜|好听|悦耳|动听|温柔|有磁性)/u },
    // 男性178以上: a height after a gender, without a unit
    { re: /1(?<=(?:男|女)(?:性|生|士)?\s*1)[5-9]\d\s*(?:及以上|以上|左右)/u },
    {
      re: /形象(?<!(?:品牌|公司|企业|产品|店铺|专业|职业|门店|城市|视觉)形象)(?:气质)?(?:好|佳|优|良好|出众|较好|俱佳|端正|靓丽)|气质(?:形象)?(?:佳|好|优雅|出众|俱佳|良好)/u,
      severity: 'warning',
    },
    { re: /无(?:明显)?(?:纹身|文身|刺青|疤痕|伤疤)/u, severity: 'warning' },
  ]),
  examples: {
    bad: [
      '- 五官端正',
      '- 身高160cm以上',
      '- 女生165cm以上',
      '- 体重50公斤以下',
      '- 身材匀称',
      '- 形象气质佳',
      '- 无明显纹身',
      '- 普通话标准，声音甜美',
      '1、男性178以上，年龄18-45岁',
    ],
    good: ['- 维护公司品牌形象', '- 负责体重管理产品的运营', '- 身高不限', '- 着装整洁,符合公司着装规范'],
  },
};
