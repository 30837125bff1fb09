import type { Catalog } from '../catalog/catalog.js';
import type { Bilingual } from '../errors.js';
import { PUNCT, paren, t, valueLabel } from '../labels.js';
import type {
  CareerStep,
  Duty,
  KpiTarget,
  LocalizedText,
  Permission,
  Role,
  RoleKpi,
  SkillRequirement,
  Stakeholder,
  VocabularyKind,
} from '../model/index.js';
import { INTENSITIES } from '../model/enums.js';
import { AUTHORITY, EDUCATION, SKILL_LEVEL, type Scale } from '../model/scales.js';
import { textIn, type Lang } from '../model/text.js';
import { canonicalJson } from '../text/canonical.js';
import { matcherOf } from '../match/matcher.js';
import type { ChangeKind } from './changes.js';
import { kpiTarget } from './format.js';
import type {
  ChangeSpec,
  Demand,
  DimensionSpec,
  Effect,
  FieldChange,
  FieldSpec,
  FieldSpecs,
  ListSpec,
  ScalarPart,
} from './types.js';

// ---------------------------------------------------------------------------------------------------------------------
// Building blocks shared by several dimensions.

const SEP = PUNCT.colon;
const textKey = (t: LocalizedText) => (typeof t === 'string' ? t : `${t.zh ?? ''}|${t.en ?? ''}`).trim().toLowerCase();

/** Terms of the texts given, in both languages, as the catalog's matcher reads them (src/match/). */
function wordsOf(catalog: Catalog, texts: readonly (LocalizedText | undefined)[]): Set<string> {
  const m = matcherOf(catalog);
  const set = new Set<string>();
  for (const x of texts) m.textTerms(x, set);
  return set;
}

const vocabMemo = new WeakMap<Catalog, Map<string, Set<string>>>();
/** Words that identify a vocabulary entry: its label and aliases in both languages (or the id when unknown). */
function vocabWords(catalog: Catalog, kind: VocabularyKind, id: string): Set<string> {
  let memo = vocabMemo.get(catalog);
  if (!memo) vocabMemo.set(catalog, (memo = new Map<string, Set<string>>()));
  const k = `${kind}\u0000${id}`;
  let set = memo.get(k);
  if (set) return set;
  const e = catalog.entry(kind, id);
  if (!e) set = new Set([id]);
  else {
    set = wordsOf(catalog, [e.label]);
    matcherOf(catalog).listTerms(e.aliases, set);
  }
  memo.set(k, set);
  return set;
}

/** The name of a catalog role in `lang`, or its id when the catalog does not have it. */
export function roleName(id: string, catalog: Catalog, lang: Lang): string {
  const r = catalog.find(id);
  return r ? textIn(r.title, lang) : id;
}

function ordinal<T extends string>(scale: Scale<T>) {
  return (a: T, b: T): Effect | undefined => {
    const d = scale.compare(b, a);
    return d > 0 ? 'raised' : d < 0 ? 'lowered' : undefined;
  };
}

/** Whether target b asks more than target a, given which direction is better for the KPI. */
function targetEffect(
  a: KpiTarget | undefined,
  b: KpiTarget | undefined,
  direction: 'higher' | 'lower' | undefined,
): Effect | undefined {
  if (!a || !b || 'text' in a || 'text' in b || direction === undefined) return undefined;
  if (a.value === b.value) return undefined;
  const tighter = direction === 'higher' ? b.value > a.value : b.value < a.value;
  return tighter ? 'raised' : 'lowered';
}

/** A list dimension whose items have fields; `Key` names the fields the item is matched by. */
function items<I, Key extends keyof I>(
  spec: Omit<ListSpec<I>, 'fields'> & { fields: FieldSpecs<I, Key> },
): ListSpec<I> {
  return spec;
}

/** A list of vocabulary ids. */
function vocabList(
  kind: Extract<VocabularyKind, 'traits' | 'certifications' | 'tools' | 'fields' | 'channels'>,
  read: (r: Role) => readonly string[] | undefined,
): ListSpec<string> {
  return {
    items: (r) => read(r) ?? [],
    key: (id) => id,
    words: (id, catalog) => vocabWords(catalog, kind, id),
    describe: (id, catalog, lang) => [catalog.label(kind, id, lang)],
  };
}

/** A list of free texts, matched by their normalized text. */
function textList(read: (r: Role) => readonly LocalizedText[] | undefined): ListSpec<LocalizedText> {
  return {
    items: (r) => read(r) ?? [],
    key: textKey,
    words: (x, catalog) => wordsOf(catalog, [x]),
    fingerprint: textKey,
    describe: (x, _catalog, lang) => [textIn(x, lang)],
  };
}

const effectDemand = (f: FieldChange): Demand =>
  f.effect === 'raised' ? 'raises' : f.effect === 'lowered' ? 'lowers' : 'neutral';

/** Changes reported as plain field changes, neither raising nor lowering what the role demands. */
const FIELD_CHANGES: ChangeSpec = {
  scalarsFirst: true,
  added: 'field-changed',
  removed: 'field-changed',
  addedDemand: 'neutral',
  changed: () => 'field-changed',
  changedDemand: 'neutral',
  scalar: (f) => ({ kind: 'field-changed', demand: effectDemand(f) }),
};

/** Education, experience, skills and the other requirements on the holder. */
const QUALIFICATION_CHANGES: ChangeSpec = {
  added: 'qualification-added',
  removed: 'qualification-removed',
  addedDemand: 'raises',
  changed: (f) => (f.effect === 'lowered' ? 'qualification-lowered' : 'qualification-raised'),
  changedDemand: 'effect',
  scalar: (f) => {
    // An upper bound on years is a range's end, not a demand: moving it changes the role without raising or lowering it.
    if (f.path.endsWith('.max')) return { kind: 'qualification-changed', demand: 'neutral' };
    const kind: ChangeKind =
      f.effect === 'raised'
        ? 'qualification-raised'
        : f.effect === 'lowered'
          ? 'qualification-lowered'
          : f.to === undefined
            ? 'qualification-removed'
            : 'qualification-added';
    return { kind, demand: kind === 'qualification-raised' || kind === 'qualification-added' ? 'raises' : 'lowers' };
  },
};

const years = (path: string, zh: string, en: string, read: (r: Role) => number | undefined): ScalarPart => ({
  path,
  label: { zh, en },
  read,
  order: 'number',
});

const bracket = (text: string, details: readonly string[], lang: Lang) =>
  details.length ? `${text}${paren('', details.join(PUNCT.semicolon[lang]), lang)}` : text;

const FIELD = {
  title: { zh: '名称', en: 'title' },
  description: { zh: '说明', en: 'description' },
  note: { zh: '备注', en: 'note' },
} as const satisfies Record<string, Bilingual>;

const plain = (label: Bilingual) => ({ label });

// ---------------------------------------------------------------------------------------------------------------------
// The dimensions, in the order comparison tables, the report and version diffs show them.

const duties: DimensionSpec<Duty> = {
  label: { zh: '职责', en: 'Duties' },
  weight: 3,
  list: items<Duty, 'id'>({
    items: (r) => r.duties ?? [],
    key: (d) => d.id,
    words: (d, catalog) =>
      matcherOf(catalog).listTerms(d.keywords, wordsOf(catalog, [d.title, d.description, ...(d.activities ?? [])])),
    titleWords: (d, catalog) => wordsOf(catalog, [d.title]),
    fields: {
      title: plain(FIELD.title),
      description: plain(FIELD.description),
      category: {
        label: { zh: '类别', en: 'category' },
        show: (v, lang, catalog) => (v === undefined ? '—' : catalog.label('categories', v, lang)),
      },
      activities: plain({ zh: '具体工作', en: 'activities' }),
      keywords: plain({ zh: '关键词', en: 'keywords' }),
    },
    describe: (d, _catalog, lang, details) => [
      textIn(d.title, lang),
      ...(details ? (d.activities ?? []).map((a) => `· ${textIn(a, lang)}`) : []),
    ],
  }),
  changes: {
    added: 'duty-added',
    removed: 'duty-removed',
    addedDemand: 'raises',
    changed: (f) => (f.path === 'title' || f.path === 'description' ? 'duty-reworded' : 'duty-changed'),
    changedDemand: 'neutral',
    scalar: FIELD_CHANGES.scalar,
  },
};

const focus: DimensionSpec<LocalizedText> = {
  label: { zh: '工作重心', en: 'Focus' },
  weight: 1,
  list: textList((r) => r.focus),
  changes: FIELD_CHANGES,
};

const orientation: DimensionSpec<never> = {
  label: { zh: '导向', en: 'Orientation' },
  weight: 1,
  scalars: [
    {
      path: 'orientation',
      label: { zh: '导向', en: 'orientation' },
      read: (r) => r.orientation,
      describe: (v, lang, catalog) => catalog.label('orientations', v, lang),
    },
  ],
  changes: FIELD_CHANGES,
};

const permissions: DimensionSpec<Permission> = {
  label: { zh: '权限', en: 'Permissions' },
  weight: 2,
  list: items<Permission, 'id'>({
    items: (r) => r.permissions ?? [],
    key: (p) => p.id,
    words: (p, catalog) => wordsOf(catalog, [p.title, p.description, p.limit]),
    titleWords: (p, catalog) => wordsOf(catalog, [p.title]),
    fields: {
      authority: {
        label: { zh: '权限等级', en: 'authority' },
        effect: ordinal(AUTHORITY),
        show: (v, lang, catalog) => catalog.architecture.authorityLabel(v, lang),
      },
      title: plain(FIELD.title),
      domain: {
        label: { zh: '权限领域', en: 'domain' },
        show: (v, lang, catalog) => catalog.label('domains', v, lang),
      },
      limit: plain({ zh: '限度', en: 'limit' }),
      escalateTo: plain({ zh: '超出时上报', en: 'escalate to' }),
      description: plain(FIELD.description),
    },
    describe: (p, catalog, lang) => {
      const extras = [
        p.limit ? `${t('limit', lang)}${SEP[lang]}${textIn(p.limit, lang)}` : '',
        p.escalateTo ? `${t('escalateTo', lang)}${SEP[lang]}${roleName(p.escalateTo, catalog, lang)}` : '',
      ].filter(Boolean);
      return [
        bracket(`[${catalog.architecture.authorityLabel(p.authority, lang)}] ${textIn(p.title, lang)}`, extras, lang),
      ];
    },
  }),
  changes: {
    added: 'permission-added',
    removed: 'permission-removed',
    addedDemand: 'raises',
    changed: (f) =>
      f.path === 'authority'
        ? f.effect === 'raised'
          ? 'authority-raised'
          : 'authority-lowered'
        : 'permission-changed',
    changedDemand: 'effect',
    scalar: FIELD_CHANGES.scalar,
  },
};

const education: DimensionSpec<string> = {
  label: { zh: '学历与专业', en: 'Education and fields' },
  weight: 1,
  list: vocabList('fields', (r) => r.qualifications?.education?.fields),
  scalars: [
    {
      path: 'qualifications.education.minimum',
      label: { zh: '最低学历', en: 'minimum education' },
      read: (r) => r.qualifications?.education?.minimum,
      order: EDUCATION,
      describe: (v, lang) => `${EDUCATION.label(v as never, lang)}${lang === 'zh' ? '及以上' : ' or higher'}`,
    },
  ],
  notes: [
    {
      path: 'qualifications.education.note',
      label: { zh: '学历说明', en: 'education note' },
      read: (r) => r.qualifications?.education?.note,
      kind: 'qualification-changed',
    },
  ],
  changes: QUALIFICATION_CHANGES,
};

const xp = (r: Role) => r.qualifications?.experience;

const experience: DimensionSpec<LocalizedText> = {
  label: { zh: '工作经验', en: 'Experience' },
  weight: 1,
  list: textList((r) => r.qualifications?.experience?.areas),
  scalars: [
    years('qualifications.experience.years.min', '最少年限', 'minimum years', (r) => xp(r)?.years?.min),
    years('qualifications.experience.years.max', '最多年限', 'maximum years', (r) => xp(r)?.years?.max),
    years('qualifications.experience.management.years.min', '最少管理年限', 'minimum management years', (r) => {
      return xp(r)?.management?.years.min;
    }),
    years('qualifications.experience.management.years.max', '最多管理年限', 'maximum management years', (r) => {
      return xp(r)?.management?.years.max;
    }),
  ],
  changes: QUALIFICATION_CHANGES,
};

const skills: DimensionSpec<SkillRequirement> = {
  label: { zh: '技能', en: 'Skills' },
  weight: 2,
  list: items<SkillRequirement, 'ref'>({
    items: (r) => r.qualifications?.skills ?? [],
    key: (s) => s.ref,
    words: (s, catalog) => vocabWords(catalog, 'skills', s.ref),
    fields: {
      level: {
        label: { zh: '熟练程度', en: 'proficiency' },
        effect: ordinal(SKILL_LEVEL),
        show: (v, lang) => SKILL_LEVEL.label(v, lang),
      },
    },
    describe: (s, catalog, lang) => [
      paren(catalog.label('skills', s.ref, lang), SKILL_LEVEL.label(s.level, lang), lang),
    ],
  }),
  changes: QUALIFICATION_CHANGES,
};

const traits: DimensionSpec<string> = {
  label: { zh: '素质', en: 'Traits' },
  weight: 1,
  list: vocabList('traits', (r) => r.qualifications?.traits),
  changes: QUALIFICATION_CHANGES,
};

const certifications: DimensionSpec<string> = {
  label: { zh: '证书', en: 'Certifications' },
  weight: 1,
  list: vocabList('certifications', (r) => r.qualifications?.certifications),
  changes: QUALIFICATION_CHANGES,
};

const tools: DimensionSpec<string> = {
  label: { zh: '工具与方法', en: 'Tools and methods' },
  weight: 1,
  list: vocabList('tools', (r) => r.qualifications?.tools),
  changes: QUALIFICATION_CHANGES,
};

const knowledge: DimensionSpec<LocalizedText> = {
  label: { zh: '专业知识', en: 'Knowledge' },
  weight: 1,
  list: textList((r) => r.qualifications?.knowledge),
  changes: QUALIFICATION_CHANGES,
};

const kpis: DimensionSpec<RoleKpi> = {
  label: { zh: '绩效指标', en: 'KPIs' },
  weight: 2,
  list: items<RoleKpi, 'ref'>({
    items: (r) => r.kpis ?? [],
    key: (k) => k.ref,
    words: (k, catalog) => vocabWords(catalog, 'kpis', k.ref),
    fields: {
      target: {
        label: { zh: '目标', en: 'target' },
        effect: (a, b, item, catalog) => targetEffect(a, b, catalog.entry('kpis', item.ref)?.direction),
        show: (v, lang) => (v === undefined ? '—' : kpiTarget(v, undefined, lang)),
      },
      frequency: {
        label: { zh: '频率', en: 'frequency' },
        show: (v, lang) => (v === undefined ? '—' : valueLabel('frequency', v, lang)),
      },
      weight: plain({ zh: '权重', en: 'weight' }),
      dataSource: plain({ zh: '数据来源', en: 'data source' }),
      note: plain(FIELD.note),
    },
    describe: (k, catalog, lang) => {
      const unit = catalog.entry('kpis', k.ref)?.unit;
      const bits = [
        k.target ? kpiTarget(k.target, unit, lang) : '',
        k.frequency ? valueLabel('frequency', k.frequency, lang) : '',
        k.weight !== undefined ? `${t('weight', lang)} ${k.weight}%` : '',
      ].filter(Boolean);
      return [bracket(catalog.label('kpis', k.ref, lang), bits, lang)];
    },
  }),
  changes: {
    added: 'kpi-added',
    removed: 'kpi-removed',
    addedDemand: 'raises',
    changed: (f) =>
      f.path === 'target' && f.effect
        ? f.effect === 'raised'
          ? 'kpi-target-tightened'
          : 'kpi-target-loosened'
        : 'kpi-changed',
    changedDemand: 'effect',
    scalar: FIELD_CHANGES.scalar,
  },
};

const sameSet = (a: readonly string[] | undefined, b: readonly string[] | undefined): boolean => {
  const sa = new Set(a ?? []);
  const sb = new Set(b ?? []);
  return sa.size === sb.size && [...sa].every((x) => sb.has(x));
};

const stakeholders: DimensionSpec<Stakeholder> = {
  label: { zh: '沟通对象', en: 'Stakeholders' },
  weight: 1,
  list: items<Stakeholder, 'audience'>({
    items: (r) => r.stakeholders ?? [],
    key: (s) => s.audience,
    words: (s, catalog) => vocabWords(catalog, 'audiences', s.audience),
    fields: {
      channels: { label: { zh: '沟通方式', en: 'channels' }, read: (s) => s.channels ?? [], same: sameSet },
      purpose: plain({ zh: '目的', en: 'purpose' }),
      style: plain({ zh: '沟通风格', en: 'style' }),
    },
    fingerprint: (s) => canonicalJson([s.audience, [...(s.channels ?? [])].sort(), s.purpose, s.style]),
    describe: (s, catalog, lang) => {
      const ch = (s.channels ?? []).map((c) => catalog.label('channels', c, lang)).join(PUNCT.list[lang]);
      return [
        `${catalog.label('audiences', s.audience, lang)}${ch ? `${SEP[lang]}${ch}` : ''}`,
        ...(s.style ? [`· ${textIn(s.style, lang)}`] : []),
      ];
    },
  }),
  changes: {
    added: 'stakeholder-added',
    removed: 'stakeholder-removed',
    addedDemand: 'neutral',
    changed: () => 'stakeholder-changed',
    changedDemand: 'neutral',
    scalar: FIELD_CHANGES.scalar,
  },
};

/** Read from the stakeholders' channels: their changes are reported with the stakeholders, so it has no `changes`. */
const channels: DimensionSpec<string> = {
  label: { zh: '沟通方式', en: 'Channels' },
  weight: 1,
  list: vocabList('channels', (r) => [...new Set((r.stakeholders ?? []).flatMap((s) => s.channels ?? []))]),
};

const career: DimensionSpec<CareerStep> = {
  label: { zh: '职业发展', en: 'Career' },
  weight: 1,
  list: items<CareerStep, 'to' | 'title'>({
    items: (r) => r.career ?? [],
    key: (c) => (c.to !== undefined ? c.to : `title:${textKey(c.title ?? '')}`),
    words: (c, catalog) => {
      if (c.to === undefined) return wordsOf(catalog, [c.title]);
      const to = catalog.get(c.to);
      return to ? wordsOf(catalog, [to.title]) : new Set([c.to]);
    },
    fields: {
      track: { label: { zh: '发展通道', en: 'track' }, show: (v, lang) => valueLabel('track', v, lang) },
      note: plain(FIELD.note),
    },
    describe: (c, catalog, lang) => [
      `${valueLabel('track', c.track, lang)}${SEP[lang]}${c.to ? roleName(c.to, catalog, lang) : textIn(c.title, lang)}`,
    ],
  }),
  changes: {
    added: 'career-step-added',
    removed: 'career-step-removed',
    addedDemand: 'neutral',
    changed: () => 'career-step-changed',
    changedDemand: 'neutral',
    scalar: FIELD_CHANGES.scalar,
  },
};

const level: DimensionSpec<never> = {
  label: { zh: '层级', en: 'Level' },
  weight: 1,
  scalars: [
    {
      path: 'level',
      label: { zh: '层级', en: 'level' },
      read: (r) => r.level,
      // The catalog's ladder: by grade when it has grades, so parallel tracks at one grade are the same level.
      order: (catalog) => {
        const arch = catalog.architecture;
        const ranks = arch.levels.map((l) => arch.rank(l.id));
        return {
          position: (v) => (arch.hasLevel(v) ? arch.rank(v) : undefined),
          span: ranks.length === 0 ? 0 : Math.max(...ranks) - Math.min(...ranks),
        };
      },
      describe: (v, lang, catalog) => catalog.architecture.label(v, lang),
    },
  ],
  changes: {
    ...FIELD_CHANGES,
    // A move between levels of one grade (to another track) is a change, neither up nor down.
    scalar: (f) =>
      f.effect === undefined
        ? { kind: 'field-changed', demand: 'neutral' }
        : { kind: f.effect === 'raised' ? 'level-raised' : 'level-lowered', demand: effectDemand(f) },
  },
};

const workEnvironment: DimensionSpec<string> = {
  label: { zh: '工作环境', en: 'Work environment' },
  weight: 1,
  list: {
    items: (r) => r.workEnvironment?.settings ?? [],
    key: (s) => s,
    words: (s) => new Set([s]),
    describe: (s, catalog, lang) => [catalog.label('settings', s, lang)],
  },
  scalars: [
    {
      path: 'workEnvironment.intensity',
      label: { zh: '工作强度', en: 'intensity' },
      read: (r) => r.workEnvironment?.intensity,
      order: INTENSITIES,
      describe: (v, lang) => valueLabel('intensity', v, lang),
    },
    {
      path: 'workEnvironment.routine',
      label: { zh: '工作方式', en: 'routine' },
      read: (r) => r.workEnvironment?.routine,
      describe: (v, lang) => valueLabel('routine', v, lang),
    },
  ],
  notes: [
    {
      path: 'workEnvironment.description',
      label: { zh: '工作环境说明', en: 'work environment description' },
      read: (r) => r.workEnvironment?.description,
      kind: 'field-changed',
      shown: true,
    },
  ],
  changes: FIELD_CHANGES,
};

/**
 * Every comparison dimension: adding one is one entry here (and its docs in docs/compare.md). Its item type, label,
 * weight, reading, matching, field diff, description and change classes all come from the entry.
 */
export const DIMENSION_SPECS = {
  duties,
  focus,
  orientation,
  permissions,
  education,
  experience,
  skills,
  traits,
  certifications,
  tools,
  knowledge,
  kpis,
  stakeholders,
  channels,
  career,
  level,
  workEnvironment,
} as const;

export type Dimension = keyof typeof DIMENSION_SPECS;

/** The item type of each dimension's list; `never` for the single-valued dimensions. */
export type DimensionItems = {
  [D in Dimension]: (typeof DIMENSION_SPECS)[D] extends DimensionSpec<infer I> ? I : never;
};

/** The dimensions two roles are compared on, in the order tables show them. */
export const DIMENSIONS = Object.keys(DIMENSION_SPECS) as Dimension[];

/** A dimension's spec, with its item type widened for code that handles every dimension alike. */
export function dimensionSpec(dim: Dimension): DimensionSpec<unknown> {
  return DIMENSION_SPECS[dim];
}

/**
 * The order a version diff lists dimensions in: what the role does and decides, what it is measured on, what it
 * requires, whom it works with, where it leads, then its level and the fields that describe it. Every dimension with
 * `changes` is listed (a compile error otherwise); channels are reported with the stakeholders.
 */
export const DIFF_ORDER = [
  'duties',
  'permissions',
  'kpis',
  'education',
  'experience',
  'skills',
  'traits',
  'certifications',
  'tools',
  'knowledge',
  'stakeholders',
  'career',
  'level',
  'orientation',
  'workEnvironment',
  'focus',
] as const satisfies readonly Dimension[];
type Unlisted = Exclude<Dimension, (typeof DIFF_ORDER)[number] | 'channels'>;
const everyDimensionListed: [Unlisted] extends [never] ? true : Unlisted = true;
void everyDimensionListed;

/** Top-level fields of a role that no dimension covers; a diff compares them as wholes. */
export const ROLE_FIELDS = {
  title: FIELD.title,
  aliases: { zh: '别称', en: 'aliases' },
  family: { zh: '岗位族', en: 'family' },
  reportsTo: { zh: '汇报对象', en: 'reports to' },
  dottedReportsTo: { zh: '虚线汇报', en: 'dotted line to' },
  track: { zh: '职业通道', en: 'track' },
  extends: { zh: '继承自', en: 'extends' },
  summary: { zh: '概述', en: 'summary' },
  classification: { zh: '职业分类', en: 'classification' },
} as const satisfies { [K in keyof Role]?: Bilingual };
export type RoleField = keyof typeof ROLE_FIELDS;

export type { FieldSpec };
