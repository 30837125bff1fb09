import type { Catalog } from '../catalog/catalog.js';
import type { Role } from '../model/role.js';
import { EDUCATION, SKILL_LEVEL } from '../model/scales.js';
import { textIn, type Lang } from '../model/text.js';
import { t } from '../labels.js';
import type { QueryEvidence, QueryReason, QuerySuccess } from '../query/result.js';
import { cell, type Table } from './table.js';
import { yearsRange } from '../text/years.js';

const WORDS = {
  why: { zh: '匹配依据', en: 'Why' },
  title: { zh: '查询', en: 'Query' },
  not: { zh: '非', en: 'not' },
  none: { zh: '没有符合条件的岗位。', en: 'No role matches.' },
  notStated: { zh: '未注明', en: 'not stated' },
  byScore: { zh: '按文本相关度排序。', en: 'Ordered by how well the text matches.' },
} as const satisfies Record<string, Record<Lang, string>>;

const paren = (s: string, lang: Lang): string => (lang === 'zh' ? `（${s}）` : ` (${s})`);

/** A query result as a neutral table (id, title, why) in one language, for any renderer. */
export function queryTable(result: QuerySuccess, catalog: Catalog, lang: Lang): Table {
  const n = result.matches.length;
  const count = lang === 'zh' ? `共 ${n} 个岗位。` : `${n} ${n === 1 ? 'role matches' : 'roles match'}.`;
  const scored = result.matches.some((m) => m.score !== undefined);
  return {
    title: `${WORDS.title[lang]}${lang === 'zh' ? '：' : ': '}${result.expr}`,
    caption: n === 0 ? WORDS.none[lang] : scored ? `${count}${lang === 'zh' ? '' : ' '}${WORDS.byScore[lang]}` : count,
    columns: [t('id', lang), t('title', lang), WORDS.why[lang]],
    rows: result.matches.map((m) => {
      const role = catalog.get(m.id);
      return {
        cells: [
          cell(m.id),
          cell(role ? textIn(role.title, lang) : m.id),
          cell(
            m.reasons.map((r) => reasonLine(r, role, catalog, lang)),
            undefined,
            m.score,
          ),
        ],
      };
    }),
  };
}

/** `permission:hiring>=decides → Hiring decisions (Decides)`; a term met by not matching starts with "not". */
export function reasonLine(r: QueryReason, role: Role | undefined, catalog: Catalog, lang: Lang): string {
  const head = r.holds ? r.predicate : `${WORDS.not[lang]} ${r.predicate}`;
  const items = r.items.map((e) => describe(e, role, catalog, lang));
  return items.length === 0 ? head : `${head} → ${items.join(lang === 'zh' ? '；' : '; ')}`;
}

function describe(e: QueryEvidence, role: Role | undefined, catalog: Catalog, lang: Lang): string {
  switch (e.kind) {
    case 'vocabulary': {
      const label = catalog.label(e.vocabulary, e.id, lang);
      return e.level === undefined ? label : `${label}${paren(SKILL_LEVEL.label(e.level, lang), lang)}`;
    }
    case 'permission': {
      const p = role?.permissions?.find((x) => x.id === e.id);
      return `${p ? textIn(p.title, lang) : e.id}${paren(catalog.architecture.authorityLabel(e.authority, lang), lang)}`;
    }
    case 'duty': {
      const d = role?.duties?.find((x) => x.id === e.id);
      return d ? textIn(d.title, lang) : e.id;
    }
    case 'role':
      return roleTitle(e.id, catalog, lang);
    case 'career':
      return e.to !== undefined ? roleTitle(e.to, catalog, lang) : textIn(e.title, lang);
    case 'level':
      return catalog.architecture.label(e.value, lang);
    case 'track': {
      const track = catalog.architecture.track(e.value);
      return track === undefined ? e.value : textIn(track.label, lang);
    }
    case 'education':
      return EDUCATION.label(e.value, lang);
    case 'orientation':
      return catalog.label('orientations', e.value, lang);
    case 'setting':
      return catalog.label('settings', e.value, lang);
    case 'experience': {
      if (!e.stated) return WORDS.notStated[lang];
      return yearsRange(e.max === undefined ? { min: e.min } : { min: e.min, max: e.max }, lang);
    }
    case 'text': {
      const sep = lang === 'zh' ? '：' : ': ';
      switch (e.place) {
        case 'title':
          return t('title', lang);
        case 'alias':
          return t('aliases', lang);
        case 'summary':
          return t('summary', lang);
        case 'focus':
          return t('focus', lang);
        case 'qualifications':
          return t('qualifications', lang);
        case 'duty': {
          const d = role?.duties?.find((x) => x.id === e.id);
          return `${t('duties', lang)}${sep}${d ? textIn(d.title, lang) : e.id}`;
        }
        case 'permission': {
          const p = role?.permissions?.find((x) => x.id === e.id);
          return `${t('permissions', lang)}${sep}${p ? textIn(p.title, lang) : e.id}`;
        }
      }
    }
  }
}

function roleTitle(id: string, catalog: Catalog, lang: Lang): string {
  const r = catalog.find(id);
  return r ? textIn(r.title, lang) : id;
}
