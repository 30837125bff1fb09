// Languages and localized text as the engines read them. The zod schemas of localized text are in text-schema.ts:
// what needs only these values and types loads no zod.
import type { LocalizedText } from './text-schema.js';

export type { LocalizedList, LocalizedText } from './text-schema.js';

/** The languages every label exists in. */
export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];

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
