import type { Bilingual } from '../errors.js';

/** Every class of change between two versions of one role, with its name in both languages. */
export const CHANGE_LABELS = {
  'role-added': { zh: '新增岗位', en: 'role added' },
  'role-removed': { zh: '删除岗位', en: 'role removed' },
  'duty-added': { zh: '新增职责', en: 'duty added' },
  'duty-removed': { zh: '删除职责', en: 'duty removed' },
  'duty-reworded': { zh: '职责改写', en: 'duty reworded' },
  'duty-changed': { zh: '职责调整', en: 'duty changed' },
  'permission-added': { zh: '新增权限', en: 'permission added' },
  'permission-removed': { zh: '删除权限', en: 'permission removed' },
  'authority-raised': { zh: '权限提高', en: 'authority raised' },
  'authority-lowered': { zh: '权限降低', en: 'authority lowered' },
  'permission-changed': { zh: '权限调整', en: 'permission changed' },
  'kpi-added': { zh: '新增指标', en: 'KPI added' },
  'kpi-removed': { zh: '删除指标', en: 'KPI removed' },
  'kpi-target-tightened': { zh: '指标目标提高', en: 'KPI target tightened' },
  'kpi-target-loosened': { zh: '指标目标放宽', en: 'KPI target loosened' },
  'kpi-changed': { zh: '指标调整', en: 'KPI changed' },
  'qualification-added': { zh: '新增任职要求', en: 'qualification added' },
  'qualification-removed': { zh: '删除任职要求', en: 'qualification removed' },
  'qualification-raised': { zh: '任职要求提高', en: 'qualification raised' },
  'qualification-lowered': { zh: '任职要求降低', en: 'qualification lowered' },
  'qualification-changed': { zh: '任职要求调整', en: 'qualification changed' },
  'stakeholder-added': { zh: '新增沟通对象', en: 'stakeholder added' },
  'stakeholder-removed': { zh: '删除沟通对象', en: 'stakeholder removed' },
  'stakeholder-changed': { zh: '沟通对象调整', en: 'stakeholder changed' },
  'career-step-added': { zh: '新增发展路径', en: 'career step added' },
  'career-step-removed': { zh: '删除发展路径', en: 'career step removed' },
  'career-step-changed': { zh: '发展路径调整', en: 'career step changed' },
  'level-raised': { zh: '层级提高', en: 'level raised' },
  'level-lowered': { zh: '层级降低', en: 'level lowered' },
  'field-changed': { zh: '字段变更', en: 'field changed' },
} as const satisfies Record<string, Bilingual>;

export type ChangeKind = keyof typeof CHANGE_LABELS;

/** Every class of change, in the order of `CHANGE_LABELS`. */
export const CHANGE_KINDS = Object.keys(CHANGE_LABELS) as ChangeKind[];
