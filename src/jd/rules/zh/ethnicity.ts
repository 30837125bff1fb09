import { ETHNICITY, NATIONALITY, NATIVE_SPEAKER } from '../messages.js';
import type { JdRule } from '../rule.js';
import { phraseScanner } from '../scan.js';

const ETHNIC = '(?:汉|回|藏|维吾尔|维|蒙古|壮|满|苗|彝|土家|朝鲜|哈萨克|侗|瑶|傣|黎|少数民)族';
const LANGUAGE = '(?:英|日|韩|法|德|俄|泰|越南|西班牙|葡萄牙|意大利|阿拉伯)语';

/**
 * 汉族, 限汉族, 民族:汉, 少数民族勿扰, 外籍勿扰, 白人外教, 无宗教信仰; 限中国国籍, 英语为母语.
 *
 * Severity: error for ethnicity, religion and exclusions of foreigners, none of which a private employer may ask;
 * warning for a nationality limit (限中国国籍), which a law or security clearance can require, and for
 * "英语为母语", a proxy for origin rather than an exclusion (ask for 英语流利 instead).
 */
export const zhEthnicity: JdRule = {
  code: 'JD_ETHNICITY',
  locale: 'zh',
  severity: 'error',
  ...ETHNICITY,
  check: phraseScanner(
    [
      { re: new RegExp(`(?:限|仅限|只限|只招|只要|要求|须为|需为|必须是)\\s*${ETHNIC}`, 'u') },
      { re: new RegExp(`(?:不招|不要|谢绝|不考虑|不接受)\\s*${ETHNIC}`, 'u') },
      { re: new RegExp(`${ETHNIC}\\s*(?:者|人士)?(?:优先|为佳|为主|勿扰|免谈|除外|不考虑)`, 'u') },
      { re: /汉族/u },
      { re: /民族\s*[:\uFF1A]\s*(?!不限|不拘|均可)\p{Script=Han}{1,3}/u },
      {
        re: /(?:不招|不要|谢绝|不考虑|不接受)\s*(?:外籍|外国)(?:人士?|人员|员工)?|(?:外籍|外国)(?:人士?|人员)?\s*(?:勿扰|免谈|除外)/u,
      },
      {
        re: /(?:外籍|外国人|欧美人|白人)(?:人士|者|外教|面孔)?\s*(?:优先|为佳|更佳)|[白黑]人(?<![明拉][白黑]人)|欧美面孔|外国面孔|洋面孔|金发碧眼/u,
      },
      {
        re: /(?:无|没有|不得有|不能有)\s*宗教信仰|不信(?:仰)?宗?教|宗教信仰\s*[:\uFF1A]\s*(?!不限|自由)|无神论(?:者)?/u,
      },
      {
        re: /(?:信仰|信奉)\s*(?:基督教|佛教|伊斯兰教|天主教|道教)(?:者)?(?:优先)?|(?:基督徒|佛教徒|穆斯林|教徒)\s*(?:优先|勿扰|免谈|除外)|(?:不招|谢绝|不要)\s*(?:穆斯林|教徒|信教者)/u,
      },
      {
        re: /(?:限|仅限|只限|要求|须为|需为|必须为?)\s*(?:中国|本国|大陆|内地)\s*(?:国籍|籍|公民)|(?:中国|本国)国籍(?:者)?(?:优先)?|本国籍/u,
        severity: 'warning',
        ...NATIONALITY,
      },
      {
        re: new RegExp(
          `(?:以?${LANGUAGE}为母语|母语(?:为|是)\\s*${LANGUAGE}|${LANGUAGE}母语)(?:者|人士|的人)?(?:优先)?`,
          'u',
        ),
        severity: 'warning',
        ...NATIVE_SPEAKER,
      },
    ],
    { trigger: /[族籍教]|外国|[白黑]人|欧美|面孔|碧眼|无神论|穆斯林|教徒|母语|公民/u },
  ),
  examples: {
    bad: [
      '- 汉族',
      '- 限汉族',
      '- 民族:汉',
      '- 外籍人士勿扰',
      '- 白人外教优先',
      '- 无宗教信仰',
      '- 限中国国籍',
      '- 英语为母语者优先',
    ],
    good: ['- 民族不限', '- 英语流利,能作为工作语言', '- 负责少数民族地区的市场拓展', '- 持有有效工作签证'],
  },
};
