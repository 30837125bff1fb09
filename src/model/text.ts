import { z } from 'zod';

/** The languages every label exists in. */
export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const LangSchema = z.enum(LANGS).describe('A language code: `zh` (Chinese) or `en` (English).');

const nonEmpty = z.string().trim().min(1, 'Text must not be empty.');

/** Text in Chinese and English; a plain string is allowed where one language is enough. */
export const LocalizedTextSchema = z
  .union([
    nonEmpty.describe('The same text for every language.'),
    z
      .strictObject({
        zh: nonEmpty.optional().describe('Chinese text.'),
        en: nonEmpty.optional().describe('English text.'),
      })
      .refine((t) => t.zh !== undefined || t.en !== undefined, {
        message: 'Give the text in at least one language (zh or en).',
      })
      .describe('Text per language.'),
  ])
  .describe('Localized text: a plain string, or `{ zh, en }` with at least one language.');
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

/** Lists of words per language (aliases, keywords). */
export const LocalizedListSchema = z
  .strictObject({
    zh: z.array(nonEmpty).optional().describe('Chinese entries.'),
    en: z.array(nonEmpty).optional().describe('English entries.'),
  })
  .describe('Lists of words per language: `{ zh: [...], en: [...] }`.');
export type LocalizedList = z.infer<typeof LocalizedListSchema>;

/** The text of `t` in `lang`, falling back to the other language. */
export function textIn(t: LocalizedText | undefined, lang: Lang): string {
  if (t === undefined) return '';
  if (typeof t === 'string') return t;
  return t[lang] ?? t[lang === 'zh' ? 'en' : 'zh'] ?? '';
}

/** Languages in which `t` has its own text (a plain string counts for all). */
export function languagesOf(t: LocalizedText): Lang[] {
  if (typeof t === 'string') return [...LANGS];
  return LANGS.filter((l) => t[l] !== undefined);
}
