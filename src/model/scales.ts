// The ordinal scales as values; their zod schemas are in scale-schemas.ts, so reading a scale loads no zod.
import type { Lang } from './text.js';

/** An ordinal scale: values in ascending order, each with a zh and en label. */
export interface Scale<T extends string> {
  readonly name: string;
  readonly values: readonly T[];
  readonly labels: Readonly<Record<T, Readonly<Record<Lang, string>>>>;
  /** What the scale measures, for its schema's description. */
  readonly description: Readonly<Record<Lang, string>>;
  /** Position of `v` on the scale, 0 for the lowest. */
  rank(v: T): number;
  /** Negative when a < b, 0 when equal, positive when a > b. */
  compare(a: T, b: T): number;
  label(v: T, lang: Lang): string;
}

function scale<const T extends string>(
  name: string,
  description: { en: string; zh: string },
  entries: readonly (readonly [T, string, string])[],
): Scale<T> {
  const values = entries.map((e) => e[0]);
  const labels = Object.fromEntries(entries.map(([v, zh, en]) => [v, { zh, en }])) as Record<T, Record<Lang, string>>;
  const index = new Map<T, number>(values.map((v, i) => [v, i]));
  const rank = (v: T): number => {
    const r = index.get(v);
    if (r === undefined) throw new TypeError(`"${v}" is not on the ${name} scale.`);
    return r;
  };
  return {
    name,
    values,
    labels,
    description,
    rank,
    compare: (a, b) => rank(a) - rank(b),
    label: (v, lang) => labels[v][lang],
  };
}

/**
 * How far a role's right over something reaches. `executes` is acting within rules set by others;
 * `approves` is signing off others' decisions (seed 002's 审批权).
 */
export const AUTHORITY = scale('authority', { en: 'How far the right reaches.', zh: '权限的大小。' }, [
  ['informed', '知情', 'Informed'],
  ['consulted', '征询', 'Consulted'],
  ['proposes', '建议', 'Proposes'],
  ['participates', '参与', 'Participates'],
  ['executes', '执行', 'Executes'],
  ['decides', '决定', 'Decides'],
  ['approves', '审批', 'Approves'],
] as const);
export type Authority = (typeof AUTHORITY.values)[number];

/** Formal education, from below 大专 up to a doctorate. */
export const EDUCATION = scale('education', { en: 'Formal education.', zh: '正规学历。' }, [
  ['none', '不限', 'No requirement'],
  ['secondary', '高中/中专', 'Secondary school'],
  ['associate', '大专', 'Associate degree'],
  ['bachelor', '本科', "Bachelor's degree"],
  ['master', '硕士', "Master's degree"],
  ['doctorate', '博士', 'Doctorate'],
] as const);
export type EducationLevel = (typeof EDUCATION.values)[number];

/** Proficiency in a skill. */
export const SKILL_LEVEL = scale('skill level', { en: 'Proficiency in the skill.', zh: '技能的熟练程度。' }, [
  ['basic', '基础', 'Basic'],
  ['working', '熟练', 'Working'],
  ['advanced', '精通', 'Advanced'],
  ['expert', '专家', 'Expert'],
] as const);
export type SkillLevel = (typeof SKILL_LEVEL.values)[number];

/** Every ordinal scale, by name. */
export const SCALES = { authority: AUTHORITY, education: EDUCATION, skillLevel: SKILL_LEVEL } as const;
