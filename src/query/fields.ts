import { AUTHORITY, EDUCATION, SKILL_LEVEL, type Scale } from '../model/scales.js';
import type { VocabularyKind } from '../model/enums.js';
import type { FieldName } from './ast.js';

/** A closed set of values a field accepts, with the labels that also name them. */
export interface ValueSet {
  /** How a value is called in messages: "a level", "an orientation". */
  noun: string;
  /** The same in Chinese: "层级", "导向". */
  nounZh: string;
  values: readonly string[];
  /** Labels (zh and en) per value; a query may use a label instead of the id. */
  labels: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** Set for ordinal scales. */
  scale?: Scale<string>;
}

/** The catalog-defined lists a field may take its value from. */
export type ListField = 'levels' | 'tracks' | 'orientations' | 'settings';

/** What kind of value a field takes. */
export type FieldValue =
  | { kind: 'vocabulary'; vocabulary: VocabularyKind; noun: string; nounZh: string }
  | { kind: 'role' }
  | { kind: 'words' }
  | { kind: 'permission' }
  | { kind: 'duty' }
  | { kind: 'career' }
  | { kind: 'set'; set: ValueSet }
  /** A value of a list the catalog defines (its levels, tracks, orientations, settings), checked against the catalog. */
  | { kind: 'list'; list: ListField; noun: string; nounZh: string; ordered: boolean }
  | { kind: 'number' };

export interface FieldSpec {
  name: FieldName;
  /** Other spellings accepted in a query (plurals, dotted paths). */
  aliases: readonly string[];
  value: FieldValue;
  /** A comparison allowed after the value, e.g. the authority of a permission. */
  qualifier?: ValueSet;
  /** An example value, used in messages. */
  example: string;
  /** What the field matches, for help and docs. */
  summary: string;
}

const scaleSet = (noun: string, nounZh: string, s: Scale<string>): ValueSet => ({
  noun,
  nounZh,
  values: s.values,
  labels: s.labels,
  scale: s,
});
const EDUCATION_LEVELS = scaleSet('an education level', '学历层次', EDUCATION);
const AUTHORITIES = scaleSet('an authority', '权限等级', AUTHORITY);
const SKILL_LEVELS = scaleSet('a skill level', '技能等级', SKILL_LEVEL);
const list = (l: ListField, noun: string, nounZh: string, ordered = false): FieldValue => ({
  kind: 'list',
  list: l,
  noun,
  nounZh,
  ordered,
});

const vocab = (vocabulary: VocabularyKind, noun: string, nounZh: string): FieldValue => ({
  kind: 'vocabulary',
  vocabulary,
  noun,
  nounZh,
});

/** Every field of the query language, in the order help and messages list them. */
export const QUERY_FIELDS: readonly FieldSpec[] = [
  { name: 'id', aliases: [], value: { kind: 'role' }, example: 'project-manager', summary: 'The role itself.' },
  {
    name: 'title',
    aliases: ['titles', 'alias', 'aliases'],
    value: { kind: 'words' },
    example: 'manager',
    summary: 'Words of the title or an alias, in either language.',
  },
  {
    name: 'family',
    aliases: ['families'],
    value: vocab('families', 'a job family', '岗位族'),
    example: 'customer-service',
    summary: 'The job family.',
  },
  {
    name: 'level',
    aliases: ['levels'],
    value: list('levels', 'a level', '层级', true),
    example: 'manager',
    summary: "Seniority, on the catalog's level ladder (by grade when it has grades).",
  },
  {
    name: 'track',
    aliases: ['tracks'],
    value: list('tracks', 'a track', '职业通道'),
    example: 'management',
    summary: "The career track the role's level is on.",
  },
  {
    name: 'orientation',
    aliases: [],
    value: list('orientations', 'an orientation', '导向'),
    example: 'customer',
    summary: 'What the role is measured against.',
  },
  {
    name: 'reportsTo',
    aliases: ['reports-to'],
    value: { kind: 'role' },
    example: 'customer-service-director',
    summary: 'The role it reports to.',
  },
  {
    name: 'extends',
    aliases: [],
    value: { kind: 'role' },
    example: 'project-manager',
    summary: 'The role it extends.',
  },
  {
    name: 'duty',
    aliases: ['duties'],
    value: { kind: 'duty' },
    example: 'risk-management',
    summary: 'A duty, by id or by words of its title or keywords.',
  },
  {
    name: 'permission',
    aliases: ['permissions', 'perm', 'right', 'rights'],
    value: { kind: 'permission' },
    qualifier: AUTHORITIES,
    example: 'budget',
    summary: 'A permission, by id, domain or words of its title; optionally `>=decides` etc. on its authority.',
  },
  {
    name: 'authority',
    aliases: ['authorities'],
    value: { kind: 'set', set: AUTHORITIES },
    example: 'decides',
    summary: 'Any permission, compared on the authority scale.',
  },
  {
    name: 'education',
    aliases: ['degree'],
    value: { kind: 'set', set: EDUCATION_LEVELS },
    example: 'bachelor',
    summary: 'The minimum education, on the education scale.',
  },
  {
    name: 'major',
    aliases: ['majors', 'education.field', 'education.fields'],
    value: vocab('fields', 'a field of study', '专业'),
    example: 'marketing',
    summary: 'A preferred field of study.',
  },
  {
    name: 'experience.years',
    aliases: ['experience', 'years'],
    value: { kind: 'number' },
    example: '3',
    summary: 'The minimum years of experience the role asks for.',
  },
  {
    name: 'experience.management',
    aliases: ['management', 'management.years', 'experience.management.years'],
    value: { kind: 'number' },
    example: '1',
    summary: 'The minimum years of management experience the role asks for.',
  },
  {
    name: 'skill',
    aliases: ['skills'],
    value: vocab('skills', 'a skill', '技能'),
    qualifier: SKILL_LEVELS,
    example: 'communication',
    summary: 'A skill; optionally `>=advanced` etc. on the level the role needs.',
  },
  {
    name: 'trait',
    aliases: ['traits'],
    value: vocab('traits', 'a trait', '素质'),
    example: 'empathy',
    summary: 'A personal quality.',
  },
  {
    name: 'tool',
    aliases: ['tools'],
    value: vocab('tools', 'a tool', '工具或方法'),
    example: 'crm-system',
    summary: 'A tool or method.',
  },
  {
    name: 'certification',
    aliases: ['certifications', 'cert', 'certs'],
    value: vocab('certifications', 'a certification', '证书'),
    example: 'pmp',
    summary: 'A certification.',
  },
  {
    name: 'kpi',
    aliases: ['kpis'],
    value: vocab('kpis', 'a KPI', '绩效指标'),
    example: 'customer-satisfaction',
    summary: 'A KPI the role is measured on.',
  },
  {
    name: 'audience',
    aliases: ['audiences', 'stakeholder', 'stakeholders'],
    value: vocab('audiences', 'an audience', '沟通对象'),
    example: 'customers',
    summary: 'An audience the role communicates with.',
  },
  {
    name: 'channel',
    aliases: ['channels'],
    value: vocab('channels', 'a channel', '沟通渠道'),
    example: 'phone',
    summary: 'A channel the role communicates through.',
  },
  {
    name: 'career',
    aliases: ['careers'],
    value: { kind: 'career' },
    example: 'project-director',
    summary: 'A career step: a catalog role, or words of the next position.',
  },
  {
    name: 'setting',
    aliases: ['settings', 'environment', 'workenvironment'],
    value: list('settings', 'a work setting', '工作场所'),
    example: 'call-center',
    summary: 'Where the work happens.',
  },
];

const BY_NAME = new Map<string, FieldSpec>();
for (const f of QUERY_FIELDS) {
  BY_NAME.set(f.name.toLowerCase(), f);
  for (const a of f.aliases) BY_NAME.set(a, f);
}

/** The field a name (case-insensitive, alias or canonical) stands for. */
export function fieldSpec(name: string): FieldSpec | undefined {
  return BY_NAME.get(name.normalize('NFKC').toLowerCase());
}

/** Every spelling of every field, for "did you mean". */
export function fieldNames(): string[] {
  return [...QUERY_FIELDS.map((f) => f.name), ...QUERY_FIELDS.flatMap((f) => f.aliases)];
}

/** Lower-case, width-normalised (full-width letters become ASCII), single spaces. */
export function normalize(s: string): string {
  return s.normalize('NFKC').toLowerCase().trim().replace(/\s+/g, ' ');
}

/** The value of `set` that `input` names, by id or by a zh/en label (case-insensitive). */
export function lookupValue(set: ValueSet, input: string): string | undefined {
  const n = normalize(input);
  for (const v of set.values) if (v === n) return v;
  for (const v of set.values) {
    for (const label of Object.values(set.labels[v] ?? {})) if (normalize(label) === n) return v;
  }
  return undefined;
}
