import type { Catalog } from '../catalog/catalog.js';
import type { Lang, VocabularyKind } from '../model/index.js';
import { textIn } from '../model/text.js';

/** A role as `"id" (title)` in one language, for messages. */
export function roleName(catalog: Catalog, id: string, lang: Lang): string {
  const r = catalog.find(id);
  if (r === undefined) return `"${id}"`;
  return lang === 'zh' ? `"${id}"（${textIn(r.title, 'zh')}）` : `"${id}" (${textIn(r.title, 'en')})`;
}

/** A level as `level` in English and `名称（level）` in Chinese, with its grade when the ladder has grades. */
export function levelName(catalog: Catalog, level: string, lang: Lang): string {
  const grade = catalog.architecture.grade(level);
  if (lang === 'zh')
    return `${catalog.architecture.label(level, 'zh')}（${level}${grade === undefined ? '' : `，职级 ${grade}`}）`;
  return grade === undefined ? level : `${level} at grade ${grade}`;
}

/** Names of the vocabularies and of the role field that refers to each. */
export const VOCABULARY_NAMES: Readonly<Record<VocabularyKind, { en: string; zh: string; field: string }>> = {
  families: { en: 'job family', zh: '岗位族', field: 'family' },
  kpis: { en: 'KPI', zh: '绩效指标', field: 'kpis[].ref' },
  skills: { en: 'skill', zh: '技能', field: 'qualifications.skills[].ref' },
  traits: { en: 'trait', zh: '素质', field: 'qualifications.traits' },
  tools: { en: 'tool', zh: '工具', field: 'qualifications.tools' },
  certifications: { en: 'certification', zh: '证书', field: 'qualifications.certifications' },
  fields: { en: 'field of study', zh: '专业', field: 'qualifications.education.fields' },
  audiences: { en: 'audience', zh: '沟通对象', field: 'stakeholders[].audience' },
  channels: { en: 'channel', zh: '沟通方式', field: 'stakeholders[].channels' },
  categories: { en: 'duty category', zh: '职责类别', field: 'duties[].category' },
  domains: { en: 'permission domain', zh: '权限领域', field: 'permissions[].domain' },
  orientations: { en: 'orientation', zh: '导向', field: 'orientation' },
  settings: { en: 'work setting', zh: '工作场所', field: 'workEnvironment.settings' },
  synonyms: { en: 'synonym group', zh: '同义词组', field: '' },
};

/** `a`, `a and b`, `a, b and c`. */
export function and(items: readonly string[], lang: Lang): string {
  if (lang === 'zh') return items.join('和');
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
