import type { KPI_FREQUENCIES, KPI_UNITS } from './model/kpi.js';
import type { INTENSITIES, ROUTINES } from './model/enums.js';
import type { CAREER_TRACKS } from './model/stakeholder.js';
import type { Classification } from './model/role.js';
import type { Lang } from './model/text.js';

type Labels<K extends string> = Readonly<Record<K, Readonly<Record<Lang, string>>>>;

/** Every user-facing label, in both languages. */
export const LABELS = {
  id: { zh: '编号', en: 'Id' },
  title: { zh: '岗位', en: 'Title' },
  aliases: { zh: '别称', en: 'Also known as' },
  family: { zh: '岗位族', en: 'Family' },
  level: { zh: '层级', en: 'Level' },
  reportsTo: { zh: '汇报对象', en: 'Reports to' },
  dottedReportsTo: { zh: '虚线汇报', en: 'Dotted line to' },
  grade: { zh: '职级', en: 'Grade' },
  track: { zh: '职业通道', en: 'Track' },
  extends: { zh: '继承自', en: 'Extends' },
  orientation: { zh: '导向', en: 'Orientation' },
  summary: { zh: '概述', en: 'Summary' },
  focus: { zh: '工作重心', en: 'Focus' },
  workEnvironment: { zh: '工作环境', en: 'Work environment' },
  classification: { zh: '职业分类', en: 'Classification' },
  duties: { zh: '岗位职责', en: 'Duties' },
  permissions: { zh: '岗位权限', en: 'Permissions' },
  qualifications: { zh: '任职资格', en: 'Qualifications' },
  education: { zh: '学历', en: 'Education' },
  fields: { zh: '优先专业', en: 'Preferred fields' },
  experience: { zh: '工作经验', en: 'Experience' },
  management: { zh: '管理经验', en: 'Management experience' },
  experienceAreas: { zh: '经验领域', en: 'Experience in' },
  skills: { zh: '技能', en: 'Skills' },
  traits: { zh: '素质', en: 'Traits' },
  certifications: { zh: '证书', en: 'Certifications' },
  tools: { zh: '工具与方法', en: 'Tools and methods' },
  knowledge: { zh: '专业知识', en: 'Knowledge' },
  kpis: { zh: '绩效指标', en: 'KPIs' },
  target: { zh: '目标', en: 'Target' },
  frequency: { zh: '频率', en: 'Frequency' },
  weight: { zh: '权重', en: 'Weight' },
  dataSource: { zh: '数据来源', en: 'Data source' },
  stakeholders: { zh: '沟通对象与方式', en: 'Stakeholders and channels' },
  career: { zh: '职业发展', en: 'Career' },
  limit: { zh: '限度', en: 'Limit' },
  escalateTo: { zh: '超出时上报', en: 'Beyond that, escalate to' },
  authority: { zh: '权限等级', en: 'Authority' },
  domain: { zh: '权限领域', en: 'Domain' },
  years: { zh: '年', en: 'years' },
  orMore: { zh: '以上', en: 'or more' },
  upTo: { zh: '以内', en: 'at most' },
  valid: { zh: '目录有效', en: 'The catalog is valid' },
  roles: { zh: '个岗位', en: 'roles' },
  vocabularyEntries: { zh: '个词汇条目', en: 'vocabulary entries' },
  errors: { zh: '个错误', en: 'errors' },
  warnings: { zh: '个警告', en: 'warnings' },
  none: { zh: '无', en: 'none' },
} as const satisfies Record<string, Record<Lang, string>>;
type LabelKey = keyof typeof LABELS;

/** The catalog's languages by name, in both languages: `Chinese (zh)`, `中文（zh）`. */
export const LANG_NAMES = {
  zh: { en: 'Chinese (zh)', zh: '中文（zh）' },
  en: { en: 'English (en)', zh: '英文（en）' },
} as const satisfies Record<Lang, Record<Lang, string>>;

/** Punctuation between a label and its value and between details: full-width in Chinese, as Chinese text is written. */
export const PUNCT = {
  colon: { zh: '：', en: ': ' },
  semicolon: { zh: '；', en: '; ' },
  list: { zh: '、', en: ', ' },
} as const satisfies Record<string, Record<Lang, string>>;

/** `text (details)` in English, `text（details）` in Chinese. */
export function paren(text: string, details: string, lang: Lang): string {
  return lang === 'zh' ? `${text}（${details}）` : `${text} (${details})`;
}

export function t(key: LabelKey, lang: Lang): string {
  return LABELS[key][lang];
}

/** Labels of enum values that are not ordinal scales. */
export const VALUE_LABELS = {
  track: {
    management: { zh: '管理通道', en: 'Management track' },
    professional: { zh: '专业通道', en: 'Professional track' },
    lateral: { zh: '转岗', en: 'Lateral move' },
  },
  frequency: {
    daily: { zh: '每日', en: 'daily' },
    weekly: { zh: '每周', en: 'weekly' },
    monthly: { zh: '每月', en: 'monthly' },
    quarterly: { zh: '每季度', en: 'quarterly' },
    semiannual: { zh: '每半年', en: 'semiannually' },
    annual: { zh: '每年', en: 'annually' },
    'per-project': { zh: '每个项目', en: 'per project' },
    'per-contact': { zh: '每次接触', en: 'per contact' },
    continuous: { zh: '持续', en: 'continuously' },
  },
  unit: {
    percent: { zh: '%', en: '%' },
    seconds: { zh: '秒', en: 's' },
    minutes: { zh: '分钟', en: 'min' },
    hours: { zh: '小时', en: 'h' },
    days: { zh: '天', en: 'days' },
    count: { zh: '次', en: '' },
    score: { zh: '分', en: 'points' },
    ratio: { zh: '', en: '' },
    currency: { zh: '元', en: 'CNY' },
  },
  intensity: {
    low: { zh: '强度低', en: 'low intensity' },
    moderate: { zh: '强度适中', en: 'moderate intensity' },
    high: { zh: '高强度', en: 'high intensity' },
  },
  routine: {
    standardized: { zh: '标准化流程', en: 'standardized processes' },
    mixed: { zh: '流程与变化兼有', en: 'a mix of routine and variety' },
    varied: { zh: '工作多变', en: 'varied work' },
  },
} as const satisfies {
  track: Labels<(typeof CAREER_TRACKS)[number]>;
  frequency: Labels<(typeof KPI_FREQUENCIES)[number]>;
  unit: Labels<(typeof KPI_UNITS)[number]>;
  intensity: Labels<(typeof INTENSITIES)[number]>;
  routine: Labels<(typeof ROUTINES)[number]>;
};
export type ValueGroup = keyof typeof VALUE_LABELS;

/** The labels of an enum value in both languages, or the value itself in both when the group has no such value. */
export function valueLabels(group: ValueGroup, value: string): Readonly<Record<Lang, string>> {
  const labels: Readonly<Record<string, Readonly<Record<Lang, string>> | undefined>> = VALUE_LABELS[group];
  return labels[value] ?? { zh: value, en: value };
}

/** The label of an enum value in `lang`, or the value itself when the group has no such value. */
export function valueLabel(group: ValueGroup, value: string, lang: Lang): string {
  return valueLabels(group, value)[lang];
}

/** Words used by comparison, matrix, overlap and diff tables. */
export const COMPARE_LABELS = {
  dimension: { zh: '维度', en: 'Dimension' },
  aspect: { zh: '比较', en: 'Aspect' },
  similarity: { zh: '相似度', en: 'Similarity' },
  overall: { zh: '总体相似度', en: 'Overall similarity' },
  value: { zh: '取值', en: 'Value' },
  shared: { zh: '共有', en: 'Shared' },
  changed: { zh: '同项不同', en: 'Same item, different details' },
  similar: { zh: '相近', en: 'Similar' },
  distinct: { zh: '各自独有', en: 'Only in one role' },
  onlyA: { zh: '仅左侧岗位', en: 'Only in the first role' },
  onlyB: { zh: '仅右侧岗位', en: 'Only in the second role' },
  raised: { zh: '提高', en: 'raised' },
  lowered: { zh: '降低', en: 'lowered' },
  role: { zh: '岗位', en: 'Role' },
  roles: { zh: '岗位', en: 'Roles' },
  duty: { zh: '职责', en: 'Duty' },
  change: { zh: '变更', en: 'Change' },
  item: { zh: '条目', en: 'Item' },
  fromTo: { zh: '变更前 → 变更后', en: 'Before → after' },
  demand: { zh: '对任职者的要求', en: 'Demand on the holder' },
  raises: { zh: '提高', en: 'raises' },
  lowers: { zh: '降低', en: 'lowers' },
  neutral: { zh: '不变', en: 'neutral' },
  compareTitle: { zh: '岗位对比', en: 'Role comparison' },
  summaryHint: {
    zh: '每个维度只列出造成差异的几项；加 --detail 查看全部条目。',
    en: 'Each dimension shows the few items that make the difference; --detail lists every item.',
  },
  moreItems: { zh: '另有 {n} 项', en: '+{n} more' },
  sharedItems: { zh: '{n} 项共有', en: '{n} shared' },
  similarItems: { zh: '{n} 项相近', en: '{n} similar' },
  changedItems: { zh: '{n} 项细节不同', en: '{n} differ in details' },
  matrixTitle: { zh: '多岗位对比', en: 'Role comparison table' },
  similarityTitle: { zh: '岗位相似度矩阵', en: 'Role similarity matrix' },
  numberedMatrix: {
    zh: '相似度以百分数表示；各列编号与行首编号对应。',
    en: 'Similarity in percent; the columns are numbered as the rows.',
  },
  overlapsTitle: { zh: '相近岗位', en: 'Near-duplicate roles' },
  morePairs: {
    zh: '……另有 {n} 对（--format json 或 csv 列出全部）',
    en: '… and {n} more pairs (--format json or csv lists them all)',
  },
  sharedDutiesTitle: { zh: '多个岗位共有的职责', en: 'Duties held by several roles' },
  diffTitle: { zh: '岗位变更', en: 'Role changes' },
  noChanges: { zh: '没有变更', en: 'No changes' },
  none: { zh: '（无）', en: '(none)' },
  management: { zh: '管理', en: 'management' },
} as const satisfies Record<string, Record<Lang, string>>;

/** Words of `rolematrix classify`: the classifications by their `classification` key, and what is said of a code. */
export const CLASSIFY_LABELS = {
  systems: {
    onetSoc: { zh: 'O*NET-SOC', en: 'O*NET-SOC' },
    cn2022: { zh: '职业分类大典 2022', en: 'China 2022' },
    isco08: { zh: 'ISCO-08', en: 'ISCO-08' },
  } satisfies Labels<keyof Classification>,
  classified: { zh: '已有代码', en: 'has' },
  proposed: { zh: '建议', en: 'proposed' },
  written: { zh: '已写入', en: 'written' },
  unmatched: { zh: '无足够匹配的职业', en: 'no occupation matches well enough' },
  closest: { zh: '最接近', en: 'closest' },
  noSource: { zh: '未提供来源（--with）', en: 'no source given (--with)' },
  score: { zh: '匹配度', en: 'score' },
  next: { zh: '次选', en: 'next' },
  title: { zh: '名称', en: 'title' },
  duty: { zh: '职责', en: 'duty' },
  kpi: { zh: '指标', en: 'KPI' },
  skill: { zh: '技能', en: 'skill' },
  summary: {
    zh: '{proposed} 项建议（{roles} 个岗位）；匹配度低于 {threshold} 的职业不予建议。',
    en: '{proposed} codes proposed for {roles} roles; occupations scoring under {threshold} are not proposed.',
  },
  writeHint: {
    zh: '请核对后加 --write 将建议写入岗位文件。',
    en: 'Review them, then add --write to add them to the role files.',
  },
} as const;
