import { z } from 'zod';
import { described } from './describe.js';
import { AUTHORITY, EDUCATION, SKILL_LEVEL, type Scale } from './scales.js';

/** A scale's values as an enum, described with the scale's values in ascending order. */
function scaleSchema<const T extends string>(scale: Scale<T>): z.ZodEnum<{ [K in T]: K }> {
  const { values, labels, description } = scale;
  const listed = values.map((v, i) => `${i + 1}. \`${v}\` (${labels[v].zh} / ${labels[v].en})`).join('; ');
  const listedZh = values.map((v, i) => `${i + 1}. \`${v}\`（${labels[v].zh}）`).join('；');
  return z
    .enum(values as [T, ...T[]])
    .apply(described(`${description.en} Ascending: ${listed}.`, `${description.zh}由低到高：${listedZh}。`));
}

export const AuthoritySchema = scaleSchema(AUTHORITY);
export const EducationLevelSchema = scaleSchema(EDUCATION);
export const SkillLevelSchema = scaleSchema(SKILL_LEVEL);
