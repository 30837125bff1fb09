import { MARITAL } from '../messages.js';
import type { JdRule } from '../rule.js';
import { phraseScanner, traitOfCandidate } from '../scan.js';

/**
 * 已婚已育优先, 未婚, 无生育计划, 婚育状况, 孕妇勿扰; 宝妈, 家庭稳定.
 *
 * Severity: error for any stated marital, childbearing or pregnancy condition; warning for 宝妈 and 家庭稳定,
 * which court or deter a group without stating a condition. 婚姻状况不限, benefits for 已婚员工, mothers as customers
 * (宝妈群体) and HR record-keeping (婚姻状况登记) are not flagged.
 */
export const zhMarital: JdRule = {
  code: 'JD_MARITAL',
  locale: 'zh',
  severity: 'error',
  ...MARITAL,
  check: phraseScanner(
    [
      { re: /已婚已育(?:者)?(?:优先|为佳)?/u },
      {
        re: /(?:已婚|未婚|已育|未育|单身|离异|宝妈|全职妈妈|已婚女性|已婚男性)(?:未育|已育|未孕)?(?:者|人士|人员)?\s*(?:优先|为佳|更佳)/u,
      },
      { re: /[已未]婚(?<!(?:解决|照顾)[已未]婚)(?!员工|职工|同事|人士享|配偶|夫妻)(?:未育|已育)?/u },
      { re: /(?:已婚|未婚|离异|单身|丧偶|已育|未育)(?:者|人士|人员)?\s*(?:勿扰|免谈|不考虑|除外)/u },
      { re: /已育|未育|未孕/u },
      // 无生育计划, 三年内无生育打算, 近期无结婚计划
      {
        re: /(?:无|没有|暂无|近期无|短期内无|\d年内无|[一二三两]年内无)\s*(?:生育|怀孕|婚育|结婚|育儿|生孩子|要孩子|生二胎|二胎|三胎)(?:计划|打算|需求|意向)?/u,
      },
      // 婚育状况 as a condition, but not 婚姻状况不限
      {
        re: /(?:婚育|婚姻|婚恋)(?:状况|情况|状态)(?![^\n。;\uFF1B,\uFF0C]{0,12}?(?:不限|均可|皆可|不作要求|无要求))|婚否/u,
        keep: traitOfCandidate,
      },
      {
        re: /(?:孕妇|孕期|哺乳期)(?:女性|员工|人员)?\s*(?:勿扰|免谈|不考虑|除外|不要)|(?:不招|不接受|不考虑|谢绝)\s*(?:孕妇|孕期|哺乳期)(?:女性|员工|人员)?/u,
      },
      // 宝妈群体 (mothers as customers) is an audience
      // 两年内不打算要孩子
      {
        re: /(?:(?:近期|短期内|\d年内|[一二三两]年内)\s*)?(?:不打算|不准备|不计划|暂不考虑|暂不)\s*(?:要孩子|生孩子|要小孩|生小孩|生育|怀孕|结婚|要二胎|生二胎)/u,
      },
      { re: /(?:宝妈|全职妈妈)(?!群体|用户|人群|客户|客群|消费者|市场|粉丝|社群|圈)/u, severity: 'warning' },
      { re: /(?:家庭稳定|有家室|已成家)(?:者)?(?:优先|为佳)?/u, severity: 'warning' },
    ],
    { trigger: /[婚育孕妈家孩胎]|单身|离异|丧偶|哺乳/u },
  ),
  examples: {
    bad: ['已婚已育优先', '- 未婚', '- 三年内无生育计划', '- 婚育状况:已婚', '孕妇勿扰', '- 单身优先', '- 适合宝妈'],
    good: ['- 婚姻状况不限', '- 已婚员工享受家属医疗保险', '- 提供产假、陪产假与哺乳假', '- 生育津贴按国家规定发放'],
  },
};
