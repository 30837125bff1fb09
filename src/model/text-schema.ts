import { z } from 'zod';
import { described } from './describe.js';
import { CHECK_MESSAGES, modelMessage, modelMessageText, refinement } from './messages.js';
import { LANGS } from './text.js';

export const LangSchema = z
  .enum(LANGS)
  .apply(described('A language code: `zh` (Chinese) or `en` (English).', '语言代码：`zh`（中文）或 `en`（英文）。'));

const EMPTY = modelMessage('TEXT_EMPTY', {});
const nonEmpty = z.string().trim().min(1, modelMessageText(EMPTY).en).register(CHECK_MESSAGES, { too_small: EMPTY });

/** Text in Chinese and English; a plain string is allowed where one language is enough. */
export const LocalizedTextSchema = z
  .union([
    nonEmpty.apply(described('The same text for every language.', '各语言通用的同一段文字。')),
    z
      .strictObject({
        zh: nonEmpty.optional().apply(described('Chinese text.', '中文文字。')),
        en: nonEmpty.optional().apply(described('English text.', '英文文字。')),
      })
      .refine((t) => t.zh !== undefined || t.en !== undefined, refinement(modelMessage('TEXT_NO_LANGUAGE', {})))
      .apply(described('Text per language.', '按语言分别给出的文字。')),
  ])
  .apply(
    described(
      'Localized text: a plain string, or `{ zh, en }` with at least one language.',
      '多语言文字：一段纯文字，或至少含一种语言的 `{ zh, en }`。',
    ),
  );
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

/** Lists of words per language (aliases, keywords). */
export const LocalizedListSchema = z
  .strictObject({
    zh: z.array(nonEmpty).optional().apply(described('Chinese entries.', '中文词条。')),
    en: z.array(nonEmpty).optional().apply(described('English entries.', '英文词条。')),
  })
  .apply(
    described(
      'Lists of words per language: `{ zh: [...], en: [...] }`.',
      '按语言分列的词语：`{ zh: [...], en: [...] }`。',
    ),
  );
export type LocalizedList = z.infer<typeof LocalizedListSchema>;
