import type { Lang } from '../model/text.js';

/** Every word the visual report shows, in both languages (Chinese with full-width punctuation). */
export const REPORT_LABELS = {
  defaultTitle: { zh: '岗位目录报告', en: 'Role catalog report' },
  generated: { zh: '由 rolematrix 生成，双击即可离线打开', en: 'Made by rolematrix; opens offline by double-click' },
  roleCount: { zh: '个岗位', en: 'roles' },
  roleCountOne: { zh: '个岗位', en: 'role' },
  toggle: { zh: 'English', en: '中文' },
  toggleHint: { zh: '切换为英文', en: 'Switch to Chinese' },
  search: { zh: '搜索岗位', en: 'Search roles' },
  searchPlaceholder: { zh: '名称、别称、概述或职责，例如 投诉', en: 'Title, alias, summary or duty, e.g. complaint' },
  matchCount: { zh: '{n} / {total} 个岗位匹配', en: '{n} of {total} roles match' },
  /** The count when exactly one of several roles matches. */
  matchCountOne: { zh: '{n} / {total} 个岗位匹配', en: '{n} of {total} roles matches' },
  /** The count when the report has a single role. */
  matchCountOfOne: { zh: '{n} / {total} 个岗位匹配', en: '{n} of {total} role matches' },
  overview: { zh: '目录总览', en: 'Catalog overview' },
  grid: { zh: '岗位族与层级', en: 'Families and levels' },
  level: { zh: '层级', en: 'Level' },
  graph: { zh: '晋升路径与汇报关系', en: 'Career ladder and reporting lines' },
  reportsTo: { zh: '汇报给', en: 'reports to' },
  careerStep: { zh: '可晋升/转岗至', en: 'can move on to' },
  legendReports: { zh: '实线：汇报关系', en: 'Solid line: reports to' },
  legendCareer: { zh: '虚线：职业发展', en: 'Dashed line: career step' },
  legendDotted: { zh: '点线：虚线汇报', en: 'Dotted line: dotted-line reporting' },
  dottedTo: { zh: '虚线汇报给', en: 'has a dotted line to' },
  grade: { zh: '职级', en: 'Grade' },
  /** In place of the diagram over LADDER_MAX_ROLES roles: `{n}` roles, `{max}` the most drawn. */
  ladderLeftOut: {
    zh: '本报告有 {n} 个岗位，图只为不超过 {max} 个岗位绘制；上方的岗位族与层级表列出了全部岗位。若要看图，请指定岗位（rolematrix report <编号…>）。',
    en: 'This report has {n} roles, and the diagram is drawn for up to {max}; the families and levels table above lists every role. To see the diagram, name the roles (rolematrix report <ids…>).',
  },
  pickHint: { zh: '点击岗位即可放入下方对比', en: 'Click a role to put it into the comparison below' },
  comparison: { zh: '两岗位对比', en: 'Compare two roles' },
  roleA: { zh: '左侧岗位', en: 'First role' },
  roleB: { zh: '右侧岗位', en: 'Second role' },
  swap: { zh: '交换', en: 'Swap' },
  needTwo: { zh: '报告中至少需要两个岗位才能对比。', en: 'The report needs at least two roles to compare.' },
  sameRole: { zh: '请选择两个不同的岗位。', en: 'Pick two different roles.' },
  /** The note for a pair the report holds no comparison of: `{n}` pairs compared of `{total}`. */
  pairOmitted: {
    zh: '本报告只包含 {total} 对岗位中 {n} 对的对比（先同一岗位族，再按相似度从高到低），不含这两个岗位。相似度矩阵仍显示它们的相似度。',
    en: 'This report holds the comparisons of {n} of {total} pairs of roles (same job family first, then the most similar), not of these two. The similarity matrix still shows how similar they are.',
  },
  pairCommand: {
    zh: '要对比这两个岗位，请用以下命令生成只含它们的报告：',
    en: 'To compare these two roles, write a report with just them:',
  },
  matrix: { zh: '岗位相似度矩阵', en: 'Role similarity matrix' },
  matrixHint: { zh: '点击单元格即可对比这两个岗位', en: 'Click a cell to compare those two roles' },
  /** The accessible name of a similarity-matrix cell: `{a}` and `{b}` the two role titles, `{p}` the similarity. */
  matrixCell: { zh: '对比{a}与{b}（相似度 {p}）', en: 'Compare {a} with {b} ({p} similar)' },
  raci: { zh: 'RACI 职责矩阵', en: 'RACI matrices' },
  raciLegend: {
    zh: 'R 执行 · A 负责批准 · S 协助 · C 征询 · I 知会',
    en: 'R responsible · A accountable · S supportive · C consulted · I informed',
  },
  activity: { zh: '活动', en: 'Activity' },
  findings: { zh: '检查结果', en: 'Findings' },
  noFindings: { zh: '没有发现问题。', en: 'No findings.' },
  noMatrices: { zh: '没有涉及所选岗位的职责矩阵。', en: 'No responsibility matrix involves the roles shown.' },
  error: { zh: '错误', en: 'error' },
  warning: { zh: '警告', en: 'warning' },
  // As formatDiagnostic calls the severity in Chinese (提示 is a hint there).
  info: { zh: '信息', en: 'info' },
  print: { zh: '打印', en: 'Print' },
} as const satisfies Record<string, Record<Lang, string>>;
export type ReportLabelKey = keyof typeof REPORT_LABELS;
