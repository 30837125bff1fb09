import type { QueryError, Span } from './ast.js';

/** A message in both languages. */
export interface Bilingual {
  en: string;
  zh: string;
}

/** A query error at `where`, with its message (and hint, if any) in English and Chinese. */
export function queryError(where: Span, message: Bilingual, hint?: Bilingual): QueryError {
  return hint === undefined
    ? { message: message.en, column: where.column, length: where.length, zh: { message: message.zh } }
    : {
        message: message.en,
        column: where.column,
        length: where.length,
        hint: hint.en,
        zh: { message: message.zh, hint: hint.zh },
      };
}
