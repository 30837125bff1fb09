import { GENDER_CODED } from '../messages.js';
import type { JdRule } from '../rule.js';
import { phraseScanner } from '../scan.js';

/**
 * 狼性, 小姐姐, 小哥哥, 帅哥, 美女, 颜值, 妹子, 男神, 女汉子 ….
 *
 * Severity: warning: the words signal who is wanted without excluding anyone outright. 颜值 describing a product
 * (高颜值的产品设计) and 女神节 (a marketing date) are not flagged.
 */
export const zhGenderCoded: JdRule = {
  code: 'JD_GENDER_CODED',
  locale: 'zh',
  severity: 'warning',
  ...GENDER_CODED,
  check: phraseScanner([
    { re: /狼性(?:文化|团队|精神)?/u },
    {
      re: /小姐姐|小哥哥|帅哥|美女(?<!选美女)|妹子|御姐|软妹|靓女|靓仔|女汉子|纯爷们|爷们(?<!大老爷们)儿?|大老爷们|男子汉|男人味|女人味|铁娘子|(?:男|女)神(?!节)/u,
    },
    { re: /颜值(?<!(?:产品|设计|界面|包装)颜值)(?!的?(?:产品|设计|界面|UI|包装|作品|外观))/u },
  ]),
  examples: {
    bad: ['- 狼性团队,结果导向', '- 团队小姐姐多', '- 帅哥美女多', '- 颜值高者优先', '- 能吃苦的女汉子'],
    good: ['- 打造高颜值的产品设计', '- 策划女神节营销活动', '- 目标明确,结果导向', '- 与团队成员协作完成项目'],
  },
};
