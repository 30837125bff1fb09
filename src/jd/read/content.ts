import type { JdSection, JdSectionKind } from '../types.js';
import { looseKind } from './headings.js';

// A section under a heading no list knows ("What your day looks like", 你将收获, "A bit about us") is read by what its
// items say: the work, what a candidate must bring, the offer, or the company and how to apply.

/** What an item of each kind tends to say, in either language. An item may say several; each counts once per kind. */
const CUES: readonly (readonly [Exclude<JdSectionKind, 'summary' | 'kpis' | 'other'>, RegExp])[] = [
  [
    'duties',
    new RegExp(
      [
        // a Chinese duty starts with what is done: 负责…, 处理…, 跟进…
        '^(?:\\d{1,2}[.、)）]\\s*)?(?:负责|协助|完成|处理|跟进|维护|制定|组织|参与|接听|解答|开展|执行|推动|管理|监控|收集|整理|撰写|编写|配合|对接|落实|指导|培训|审核|统计|分析|回访|受理|记录|拓展|策划|设计|开发|测试|带领|汇报|解决|答复|登记|建立|优化|协调)',
        // an English duty starts with a verb, or says it is the candidate's to do
        "^(?:you\\s+will\\s+|you[’']ll\\s+)?(?:answer|handle|respond|resolve|manage|lead|coordinate|develop|ensure|maintain|support|prepare|provide|monitor|assist|work\\s+with|collaborate|plan|organi[sz]e|track|report|review|process|conduct|deliver|build|design|write|train|coach|drive|own|oversee|identify|escalate|document|update|analy[sz]e|create|implement|communicate|follow\\s+up|serve|greet|log|record|take|make|run|set|help|partner|investigate|negotiate|sell|recruit|hire)\\b",
        '\\bresponsible\\s+for\\b',
      ].join('|'),
      'iu',
    ),
  ],
  [
    'requirements',
    new RegExp(
      [
        '学历|本科|大专|专科|硕士|中专|高中|毕业|经验|优先|熟悉|熟练|精通|掌握|具备|具有|年龄|持有|证书|资格|普通话|英语|善于|擅长',
        '\\b(?:degree|bachelor|diploma|graduate|qualifications?|certifi\\w*|experience|proficien\\w*|fluen\\w*|knowledge|familiar\\w*|ability|able\\s+to|must\\s+(?:have|be)|required|preferred|a\\s+plus|skills?|background\\s+in|comfortable\\s+with)\\b',
      ].join('|'),
      'iu',
    ),
  ],
  [
    'benefits',
    new RegExp(
      [
        '五险|一金|社保|公积金|带薪|年假|假期|补贴|补助|津贴|奖金|年终|福利|双休|包吃|包住|食宿|薪资|薪酬|底薪|月薪|工资|团建|体检|节日礼|晋升',
        '\\b(?:salary|pay|wages?|compensation|benefits?|bonus(?:es)?|paid\\s+(?:time\\s+off|leave|holidays?)|pto|vacation|holidays?|insurance|401\\s?\\(?k\\)?|pension|retirement|dental|perks?|discounts?|allowances?|equity|stock\\s+options?|gym|wellness|parental\\s+leave)\\b',
      ].join('|'),
      'iu',
    ),
  ],
  [
    'about',
    new RegExp(
      [
        '我们是|公司(?:成立|位于|是|简介|介绍|总部)|成立于|总部|旗下|致力于|工作地点|工作时间|上班时间|地址|简历|投递|联系(?:人|电话|方式)|邮箱',
        "\\b(?:we\\s+are|we[’']re|our\\s+(?:company|mission|story|customers\\s+include)|founded|headquartered|located\\s+in|leading\\s+provider|location|address|apply|send\\s+(?:your\\s+)?(?:cv|resume|application)|e-?mail|contact)\\b",
      ].join('|'),
      'iu',
    ),
  ],
];

/**
 * The kind a section's items read as: the kind whose cues most items hold, when that is at least half the items and
 * no other kind is as common; undefined when the items do not say clearly.
 */
export function kindByContent(items: readonly string[]): JdSectionKind | undefined {
  if (items.length === 0) return undefined;
  const counts = CUES.map(([kind, cue]) => ({ kind, n: items.filter((t) => cue.test(t.trim())).length }));
  counts.sort((a, b) => b.n - a.n);
  const [best, next] = counts;
  if (best === undefined || best.n * 2 < items.length || (next !== undefined && next.n === best.n)) return undefined;
  return best.kind;
}

/**
 * Gives each section whose heading names no kind (not even 其他 / Other) the kind its items read as (see
 * `kindByContent`); sections it cannot tell stay `other`.
 */
export function classifyUnknownSections(sections: readonly JdSection[]): void {
  for (const section of sections) {
    if (section.kind !== 'other' || section.heading === '' || looseKind(section.heading) !== undefined) continue;
    const kind = kindByContent(section.items.map((i) => i.text));
    if (kind !== undefined) section.kind = kind;
  }
}
