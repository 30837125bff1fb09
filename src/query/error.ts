import type { Bilingual } from '../errors.js';
import type { QueryError, Span } from './ast.js';

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

/** Thrown inside the parser and evaluator to unwind to their entry point, which returns `error` as data. */
export class QueryFail extends Error {
  constructor(readonly error: QueryError) {
    super(error.message);
  }
}

/** Unwinds to the entry point with a query error at `where`. */
export function failAt(where: Span, message: Bilingual, hint?: Bilingual): never {
  throw new QueryFail(queryError(where, message, hint));
}
