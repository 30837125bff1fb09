import { HEALTH } from '../messages.js';
import type { JdRule } from '../rule.js';
import { asRequirement, phraseScanner, type PhraseMatch } from '../scan.js';

const CONTAGIOUS = {
  message: {
    en: 'The job description excludes people with an infectious disease; only some jobs (food, healthcare, childcare) may lawfully ask for a health certificate.',
    zh: '职位描述排除患有传染病的人；只有食品、医疗、托育等岗位可依法要求健康证明。',
  },
  hint: {
    en: 'Where the law requires it, ask for the certificate it names (e.g. a food handler health certificate); otherwise remove it.',
    zh: '法律有要求时，写明所需的证明（如"持有效健康证"）；否则请删除。',
  },
};

/** Health offered or cared for (关注员工身心健康, a benefits section) or served (为用户提供身体健康咨询) is no requirement. */
const aRequirement = (m: PhraseMatch) =>
  asRequirement(m) &&
  !/用户|客户|患者|服务对象|产品|咨询|关注|关心|关爱|保障|促进|维护|守护|呵护|福利|保险|(?:免费|年度|定期|健康)体检/u.test(
    m.sentence,
  );

/**
 * 无乙肝, 乙肝携带者勿扰, 无残疾, 四肢健全, 无精神病史; 身体健康, 无传染病, 无色盲.
 *
 * Severity: error for hepatitis B status (screening for it is unlawful in China outside a few listed jobs),
 * disability and medical history; warning for a blanket 身体健康 / 身体素质好, for 无传染病 (lawful for food,
 * healthcare and childcare jobs) and 无色盲 (job-relevant for some), where the fix is to name the real demand.
 * Health the employer offers (关注员工身心健康) or the job serves (为用户提供健康咨询) is not flagged.
 */
export const zhHealth: JdRule = {
  code: 'JD_HEALTH',
  locale: 'zh',
  severity: 'error',
  ...HEALTH,
  check: phraseScanner(
    [
      {
        re: /(?:无|非|没有|排除|不接受|不招|谢绝)\s*(?:乙肝|乙型肝炎|肝炎)(?:病毒)?(?:携带者|患者|病史|小三阳|大三阳)?|(?:乙肝|乙型肝炎)(?:病毒)?(?:携带者|患者)?\s*(?:勿扰|免谈|除外|不予录用|不录用|不考虑|不要|阴性)|乙肝(?:两对半|五项)|澳抗(?:阴性)?|[大小]三阳/u,
      },
      {
        re: /(?:无|非|没有)\s*(?:任何)?(?:身体残疾|肢体残疾|残疾|身体缺陷|生理缺陷|重大疾病|重大病史|家族病史|家族遗传病|遗传病|精神病史?|精神疾病|慢性病|心脏病|艾滋病|HIV|癫痫|病史|疾病史?)/u,
      },
      { re: /(?:四肢|肢体|身体|五官)健全/u },
      {
        re: /(?:残疾人?|残障人士?|伤残)\s*(?:勿扰|免谈|除外|不考虑|不要)|(?:不招|谢绝|不接受|不考虑)\s*(?:残疾人?|残障人士?)|(?:艾滋病|HIV)(?:携带者|感染者)?\s*(?:勿扰|免谈|除外|不要)/u,
      },
      { re: /(?:无|没有)(?:任何)?(?:传染病|传染性疾病)(?:史)?/u, severity: 'warning', ...CONTAGIOUS },
      { re: /无色盲(?:色弱)?|无色弱|色盲色弱者?\s*(?:勿扰|免谈|除外)/u, severity: 'warning' },
      {
        re: /(?:身体|身心)健康|身体素质(?:好|佳|良好|过硬|较好)|体格健壮|身体强壮|体魄强健/u,
        severity: 'warning',
        keep: aRequirement,
      },
    ],
    { trigger: /[肝病残疾障]|澳抗|三阳|缺陷|健全|传染|色[盲弱]|健康|身体|体格|体魄|癫痫|HIV/u },
  ),
  examples: {
    bad: ['- 无乙肝', '- 乙肝携带者勿扰', '- 无残疾', '- 四肢健全', '- 无精神病史', '- 身体健康', '- 无传染病'],
    good: [
      '- 持有效健康证(食品从业人员)',
      '- 能完成每天6小时站立工作',
      '- 公司每年组织员工体检,关注员工身心健康',
      '- 熟悉残疾人就业保障政策',
    ],
  },
};
