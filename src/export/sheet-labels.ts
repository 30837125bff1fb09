import type { Bilingual } from '../errors.js';
import type { Lang } from '../model/text.js';

/**
 * Sheet names of the workbook, per sheet key. The workbook shows `zh en` (e.g. `岗位职责 Duties`); every name stays
 * within Excel's 31 characters and uses none of `[]:*?/\`.
 */
export const SHEET_LABELS = {
  roles: { zh: '岗位', en: 'Roles' },
  focus: { zh: '工作重心', en: 'Focus' },
  duties: { zh: '岗位职责', en: 'Duties' },
  permissions: { zh: '岗位权限', en: 'Permissions' },
  education: { zh: '学历要求', en: 'Education' },
  experience: { zh: '工作经验', en: 'Experience' },
  skills: { zh: '技能', en: 'Skills' },
  traits: { zh: '素质', en: 'Traits' },
  certifications: { zh: '证书', en: 'Certifications' },
  tools: { zh: '工具与方法', en: 'Tools' },
  knowledge: { zh: '专业知识', en: 'Knowledge' },
  kpis: { zh: '绩效指标', en: 'KPIs' },
  stakeholders: { zh: '沟通对象', en: 'Stakeholders' },
  career: { zh: '职业发展', en: 'Career' },
  vocabularies: { zh: '词汇表', en: 'Vocabularies' },
  documents: { zh: '目录文档', en: 'Catalog documents' },
  matrix: { zh: '相似度矩阵', en: 'Similarity matrix' },
} as const satisfies Record<string, Bilingual>;
export type SheetKey = keyof typeof SHEET_LABELS;

/** Column labels, without the language suffix that bilingual text columns add. */
export const COLUMN_LABELS = {
  id: { zh: '编号', en: 'Id' },
  role: { zh: '岗位编号', en: 'Role id' },
  roleTitle: { zh: '岗位名称', en: 'Role title' },
  extends: { zh: '继承自', en: 'Extends' },
  title: { zh: '岗位名称', en: 'Title' },
  aliases: { zh: '别称', en: 'Aliases' },
  family: { zh: '岗位族', en: 'Family' },
  level: { zh: '层级', en: 'Level' },
  roleTrack: { zh: '职业通道', en: 'Career track' },
  reportsTo: { zh: '汇报对象', en: 'Reports to' },
  dottedReportsTo: { zh: '虚线汇报', en: 'Dotted line to' },
  orientation: { zh: '导向', en: 'Orientation' },
  summary: { zh: '概述', en: 'Summary' },
  settings: { zh: '工作场所', en: 'Work settings' },
  intensity: { zh: '工作强度', en: 'Intensity' },
  routine: { zh: '工作规律', en: 'Routine' },
  environment: { zh: '工作环境', en: 'Work environment' },
  isco08: { zh: 'ISCO-08 代码', en: 'ISCO-08 code' },
  onetSoc: { zh: 'O*NET-SOC 代码', en: 'O*NET-SOC code' },
  cn2022: { zh: '职业分类大典代码', en: 'China 2022 code' },
  focus: { zh: '工作重心', en: 'Focus' },
  dutyId: { zh: '职责编号', en: 'Duty id' },
  dutyTitle: { zh: '职责名称', en: 'Duty' },
  description: { zh: '说明', en: 'Description' },
  category: { zh: '类别', en: 'Category' },
  activities: { zh: '具体工作', en: 'Activities' },
  keywords: { zh: '关键词', en: 'Keywords' },
  permissionId: { zh: '权限编号', en: 'Permission id' },
  permissionTitle: { zh: '权限事项', en: 'Permission' },
  domain: { zh: '权限领域', en: 'Domain' },
  authority: { zh: '权限等级', en: 'Authority' },
  limit: { zh: '限度', en: 'Limit' },
  escalateTo: { zh: '超出时上报', en: 'Escalate to' },
  minimum: { zh: '最低学历', en: 'Minimum education' },
  fields: { zh: '优先专业', en: 'Preferred fields' },
  note: { zh: '备注', en: 'Note' },
  yearsMin: { zh: '最少年限', en: 'Years (min)' },
  yearsMax: { zh: '最多年限', en: 'Years (max)' },
  managementMin: { zh: '管理经验最少年限', en: 'Management years (min)' },
  managementMax: { zh: '管理经验最多年限', en: 'Management years (max)' },
  areas: { zh: '经验领域', en: 'Experience areas' },
  skill: { zh: '技能', en: 'Skill' },
  skillLevel: { zh: '熟练程度', en: 'Proficiency' },
  trait: { zh: '素质', en: 'Trait' },
  certification: { zh: '证书', en: 'Certification' },
  tool: { zh: '工具与方法', en: 'Tool or method' },
  knowledge: { zh: '专业知识', en: 'Knowledge' },
  kpi: { zh: '绩效指标', en: 'KPI' },
  targetOp: { zh: '目标比较符', en: 'Target operator' },
  targetValue: { zh: '目标值', en: 'Target value' },
  targetMax: { zh: '目标上限', en: 'Target max' },
  targetUnit: { zh: '目标单位', en: 'Target unit' },
  targetText: { zh: '定性目标', en: 'Target text' },
  frequency: { zh: '考核频率', en: 'Frequency' },
  dataSource: { zh: '数据来源', en: 'Data source' },
  weight: { zh: '权重', en: 'Weight' },
  audience: { zh: '沟通对象', en: 'Audience' },
  channels: { zh: '沟通渠道', en: 'Channels' },
  purpose: { zh: '沟通目的', en: 'Purpose' },
  style: { zh: '沟通方式', en: 'Style' },
  careerTo: { zh: '目标岗位', en: 'To role' },
  careerTitle: { zh: '目标职位', en: 'Position' },
  track: { zh: '发展通道', en: 'Track' },
  vocabulary: { zh: '词汇表', en: 'Vocabulary' },
  label: { zh: '名称', en: 'Label' },
  kpiType: { zh: '指标类型', en: 'KPI type' },
  unit: { zh: '单位', en: 'Unit' },
  direction: { zh: '方向', en: 'Direction' },
  rubric: { zh: '评判标准', en: 'Rubric' },
  documentKind: { zh: '文档类型', en: 'Kind' },
  yaml: { zh: 'YAML 内容', en: 'YAML' },
} as const satisfies Record<string, Bilingual>;
export type ColumnLabel = keyof typeof COLUMN_LABELS;

/** The suffix a bilingual text column gets in each language's header: `（中文）` / `(zh)`. */
const LANG_SUFFIX: Record<Lang, Bilingual> = {
  zh: { zh: '（中文）', en: ' (zh)' },
  en: { zh: '（英文）', en: ' (en)' },
};

/** The header of a column in both languages; a text column for one language carries that language in its header. */
export function columnHeader(label: Bilingual, lang?: Lang): Bilingual {
  if (lang === undefined) return { zh: label.zh, en: label.en };
  return { zh: `${label.zh}${LANG_SUFFIX[lang].zh}`, en: `${label.en}${LANG_SUFFIX[lang].en}` };
}

/** The header as written in the workbook: `标题（中文） / Title (zh)`, or one text when both languages agree. */
export function bilingualHeader(h: Bilingual): string {
  return h.zh === h.en ? h.zh : `${h.zh} / ${h.en}`;
}

/** The sheet name as written in the workbook: `岗位职责 Duties`. */
export function sheetName(key: SheetKey): string {
  const l = SHEET_LABELS[key];
  return `${l.zh} ${l.en}`;
}
