// The built-in job architecture: what a catalog gets when it defines none of its own. This is data, not model: a
// catalog replaces the level ladder with `architecture.levels` in catalog.yaml, and each list below with a vocabulary
// of the same kind (see docs/model.md, "Job architecture").
import type { LocalizedText } from './text.js';

/** One value of a catalog-defined list: an id and its name in both languages. */
export interface BuiltinEntry {
  readonly id: string;
  readonly label: { readonly zh: string; readonly en: string } & LocalizedText;
}

const entries = (rows: readonly (readonly [string, string, string])[]): readonly BuiltinEntry[] =>
  rows.map(([id, zh, en]) => ({ id, label: { zh, en } }));

/** The built-in seniority ladder, lowest first, with no grades. */
export const BUILTIN_LEVELS = entries([
  ['staff', '专员', 'Staff'],
  ['senior', '资深', 'Senior'],
  ['supervisor', '主管', 'Supervisor'],
  ['manager', '经理', 'Manager'],
  ['director', '总监', 'Director'],
  ['executive', '高管', 'Executive'],
]);

/** The kinds of list a catalog may define as vocabularies, on top of the level ladder. */
export const ARCHITECTURE_KINDS = ['categories', 'domains', 'orientations', 'settings'] as const;
export type ArchitectureKind = (typeof ARCHITECTURE_KINDS)[number];

/** The built-in lists, used by a catalog that has no vocabulary of that kind. */
export const BUILTIN_LISTS: Readonly<Record<ArchitectureKind, readonly BuiltinEntry[]>> = {
  categories: entries([
    ['team-leadership', '团队管理', 'Team leadership'],
    ['service-standards', '服务标准', 'Service standards'],
    ['customer-issues', '客户问题处理', 'Customer issues'],
    ['relationship', '客户关系', 'Relationship'],
    ['quality', '质量', 'Quality'],
    ['operations', '运营', 'Operations'],
    ['analysis', '分析', 'Analysis'],
    ['collaboration', '协作', 'Collaboration'],
    ['training', '培训', 'Training'],
    ['planning', '计划', 'Planning'],
    ['execution', '执行', 'Execution'],
    ['monitoring', '监控', 'Monitoring'],
    ['risk', '风险', 'Risk'],
    ['closing', '收尾', 'Closing'],
    ['commercial', '业绩', 'Commercial'],
    ['governance', '治理', 'Governance'],
    ['improvement', '改进', 'Improvement'],
  ]),
  domains: entries([
    ['people', '人事管理', 'People'],
    ['resources', '资源调配', 'Resources'],
    ['process', '流程与标准', 'Process and standards'],
    ['customer-issues', '客户问题处理', 'Customer issues'],
    ['budget', '预算', 'Budget'],
    ['information', '信息', 'Information'],
    ['scope', '范围', 'Scope'],
    ['schedule', '进度', 'Schedule'],
    ['quality', '质量', 'Quality'],
    ['risk', '风险', 'Risk'],
    ['vendors', '供应商', 'Vendors'],
  ]),
  orientations: entries([
    ['customer', '客户导向', 'Customer-oriented'],
    ['project', '项目目标导向', 'Project-goal-oriented'],
    ['operations', '运营导向', 'Operations-oriented'],
    ['commercial', '业绩导向', 'Commercially oriented'],
  ]),
  settings: entries([
    ['office', '办公室', 'office'],
    ['call-center', '呼叫中心', 'call center'],
    ['on-site', '现场', 'on site'],
    ['remote', '远程', 'remote'],
    ['travel', '出差', 'travel'],
  ]),
};

const BUILTIN_ENTRIES: ReadonlySet<object> = new Set(Object.values(BUILTIN_LISTS).flat());

/** Whether a vocabulary entry is one of the built-in ones (a catalog that defines none of that kind gets them). */
export function isBuiltinEntry(entry: object): boolean {
  return BUILTIN_ENTRIES.has(entry);
}
