import { z } from 'zod';
import type { Bilingual, DiagnosticCode } from '../errors.js';

/** The kinds of id the model checks, named as the English message names them. */
export type IdKind = 'role' | 'duty' | 'permission' | 'vocabulary entry' | 'matrix' | 'activity' | 'value';

type NoValues = Record<string, never>;

/** The values each of the model's own messages is built from. */
interface ModelMessageValues {
  TEXT_EMPTY: NoValues;
  TEXT_NO_LANGUAGE: NoValues;
  ID_FORMAT: { what: IdKind; example: string };
  ID_TOO_LONG: { max: number };
  YEARS_RANGE_ORDER: NoValues;
  ISCO08_FORMAT: NoValues;
  ONET_SOC_FORMAT: NoValues;
  CN2022_FORMAT: NoValues;
  CAREER_STEP_TARGET: NoValues;
  ROLE_FIELD_MISSING: { key: string };
  KPI_TYPE_MISSING: NoValues;
  KPI_DIRECTION_MISSING: NoValues;
  KPI_ONLY_KEY: { key: string; vocabulary: string };
  RULE_CODE_FORMAT: NoValues;
  DATE_FORMAT: NoValues;
  URL_FORMAT: NoValues;
  CURRENCY_FORMAT: NoValues;
  COUNTRY_FORMAT: NoValues;
  SALARY_RANGE: NoValues;
  POSTING_DATES_ORDER: NoValues;
}
type ModelMessageId = keyof ModelMessageValues;

/**
 * The messages the model gives when a value breaks one of its own rules (a pattern, a refinement), in both languages,
 * built from their values. zod sees the English; the loader renders either language from the id and values.
 */
const MODEL_MESSAGES: { readonly [K in ModelMessageId]: (v: ModelMessageValues[K]) => Bilingual } = {
  TEXT_EMPTY: () => ({ en: 'Text must not be empty.', zh: '文字不能为空。' }),
  TEXT_NO_LANGUAGE: () => ({
    en: 'Give the text in at least one language (zh or en).',
    zh: '请至少用一种语言（zh 或 en）写出这段文字。',
  }),
  ID_FORMAT: ({ what, example }) => ({
    en: `${/^[aeiou]/.test(what) ? 'An' : 'A'} ${what} id is lower-case words joined by hyphens, e.g. "${example}".`,
    zh: `编号须由小写英文单词和连字符组成，例如 "${example}"。`,
  }),
  ID_TOO_LONG: ({ max }) => ({
    en: `An id has at most ${max} characters (it names files); shorten it.`,
    zh: `编号最多 ${max} 个字符（它会用作文件名）；请缩短。`,
  }),
  YEARS_RANGE_ORDER: () => ({ en: 'The minimum must not exceed the maximum.', zh: '最小值不能大于最大值。' }),
  ISCO08_FORMAT: () => ({
    en: 'An ISCO-08 unit group code has four digits, e.g. "4222".',
    zh: 'ISCO-08 细类代码为四位数字，例如 "4222"。',
  }),
  ONET_SOC_FORMAT: () => ({
    en: 'An O*NET-SOC code looks like "43-4051.00".',
    zh: 'O*NET-SOC 代码的格式如 "43-4051.00"。',
  }),
  CN2022_FORMAT: () => ({
    en: 'A code of China\'s 2022 occupational classification looks like "4-07-02-03".',
    zh: '2022 年版《职业分类大典》代码的格式如 "4-07-02-03"。',
  }),
  CAREER_STEP_TARGET: () => ({
    en: 'A career step names exactly one of `to` (a catalog role) or `title` (a position outside the catalog).',
    zh: '发展路径须且只能给出 `to`（目录中的岗位）或 `title`（目录外的职位）之一。',
  }),
  ROLE_FIELD_MISSING: ({ key }) => ({
    en: `The role has no \`${key}\`; add it, or \`extends\` a role that has one.`,
    zh: `该岗位缺少 \`${key}\`；请补上，或 \`extends\` 一个具有该字段的岗位。`,
  }),
  KPI_TYPE_MISSING: () => ({
    en: 'A KPI needs a `type`: quantitative or qualitative.',
    zh: '绩效指标需要 `type`：quantitative（定量）或 qualitative（定性）。',
  }),
  KPI_DIRECTION_MISSING: () => ({
    en: 'A quantitative KPI needs a `direction`: higher or lower (which is better).',
    zh: '定量指标需要 `direction`：higher 或 lower（哪个方向更好）。',
  }),
  KPI_ONLY_KEY: ({ key, vocabulary }) => ({
    en: `\`${key}\` belongs to KPI entries only; remove it from this ${vocabulary} entry.`,
    zh: `\`${key}\` 只能用于绩效指标条目；请从该条目中删除。`,
  }),
  RULE_CODE_FORMAT: () => ({
    en: 'A rule is named by its code, e.g. LINT_ROLE_WITHOUT_KPI.',
    zh: '规则以其代码命名，例如 LINT_ROLE_WITHOUT_KPI。',
  }),
  DATE_FORMAT: () => ({
    en: 'A date is written YYYY-MM-DD, e.g. "2026-12-01", optionally with a time: "2026-12-31T18:00:00+08:00".',
    zh: '日期的格式为 YYYY-MM-DD，例如 "2026-12-01"；也可带时间："2026-12-31T18:00:00+08:00"。',
  }),
  URL_FORMAT: () => ({
    en: 'A web address starts with https:// or http://, e.g. "https://example.com/jobs/42".',
    zh: '网址须以 https:// 或 http:// 开头，例如 "https://example.com/jobs/42"。',
  }),
  CURRENCY_FORMAT: () => ({
    en: 'A currency is its three-letter ISO 4217 code in capitals, e.g. "CNY" or "USD".',
    zh: '货币须写作三个大写字母的 ISO 4217 代码，例如 "CNY" 或 "USD"。',
  }),
  COUNTRY_FORMAT: () => ({
    en: 'A country is its two-letter ISO 3166-1 code in capitals, e.g. "CN" or "US".',
    zh: '国家须写作两个大写字母的 ISO 3166-1 代码，例如 "CN" 或 "US"。',
  }),
  SALARY_RANGE: () => ({
    en: 'Give the salary as `value`, or as `min` and/or `max` with `min` not above `max`, not both.',
    zh: '薪资请给出 `value`，或给出 `min` 和/或 `max`（`min` 不大于 `max`），二者不可同时给出。',
  }),
  POSTING_DATES_ORDER: () => ({
    en: '`validThrough` must not be before `datePosted`.',
    zh: '`validThrough`（截止日期）不能早于 `datePosted`（发布日期）。',
  }),
};

/** One of the model's messages with the values it is built from. */
export interface ModelMessage<K extends ModelMessageId = ModelMessageId> {
  id: K;
  values: ModelMessageValues[K];
}

/** Names a model message and its values (typed together, so the values fit the message). */
export function modelMessage<K extends ModelMessageId>(id: K, values: ModelMessageValues[K]): ModelMessage<K> {
  return { id, values };
}

/** The model message in both languages. */
export function modelMessageText<K extends ModelMessageId>(message: ModelMessage<K>): Bilingual {
  return MODEL_MESSAGES[message.id](message.values);
}

/** What a refinement of the model puts in its issue's `params`. */
export interface ModelIssueParams {
  /** The diagnostic code to report (INVALID_VALUE when absent). */
  rolematrix?: DiagnosticCode;
  /** The key the issue is about, for a hint on that field. */
  key?: string;
  /** The message, by id and values, so the loader can give it in either language. */
  modelMessage: ModelMessage;
}

/** The options of `.refine()` or the fields of `ctx.addIssue()` for a model message: English for zod, the id for us. */
export function refinement<K extends ModelMessageId>(
  message: ModelMessage<K>,
  params: Omit<ModelIssueParams, 'modelMessage'> = {},
): { message: string; params: ModelIssueParams } {
  return { message: modelMessageText(message).en, params: { ...params, modelMessage: message } };
}

/** The model message a custom issue's `params` carry, if they carry one. */
export function modelMessageIn(params: unknown): ModelMessage | undefined {
  if (params === null || typeof params !== 'object') return undefined;
  const m = (params as { modelMessage?: unknown }).modelMessage;
  if (m === null || typeof m !== 'object') return undefined;
  const { id, values } = m as { id?: unknown; values?: unknown };
  return typeof id === 'string' && Object.hasOwn(MODEL_MESSAGES, id) && values !== null && typeof values === 'object'
    ? (m as ModelMessage)
    : undefined;
}

/**
 * The model messages a schema's own checks (a pattern, a minimum length) fail with, by the zod issue code the check
 * raises. zod keeps only the English text on such an issue; the loader finds the schema by the issue's path.
 */
export const CHECK_MESSAGES = z.registry<Partial<Record<z.core.$ZodIssueCode, ModelMessage>>>();

/** A string that must match `pattern`; a mismatch fails with `message`, in either language. */
export function patterned(pattern: RegExp, message: ModelMessage): z.ZodString {
  return z.string().regex(pattern, modelMessageText(message).en).register(CHECK_MESSAGES, { invalid_format: message });
}
