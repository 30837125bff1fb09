import type { QueryError, QueryOp } from './ast.js';
import { queryError } from './error.js';

/** A token with its 0-based [start, end) offsets in the query text. */
export type Token =
  | { kind: 'word' | 'quoted'; text: string; start: number; end: number }
  | { kind: 'op'; op: QueryOp; text: string; start: number; end: number }
  | { kind: 'lparen' | 'rparen' | 'and' | 'or' | 'not'; text: string; start: number; end: number };

/** Operator spellings, longest first; `==`, `≥`, `≤`, `≠` and the full-width colon are accepted for convenience. */
const OPS: readonly (readonly [string, QueryOp])[] = [
  ['>=', '>='],
  ['<=', '<='],
  ['!=', '!='],
  ['==', '='],
  ['≥', '>='],
  ['≤', '<='],
  ['≠', '!='],
  ['>', '>'],
  ['<', '<'],
  ['=', '='],
  [':', ':'],
  ['：', ':'],
];

const QUOTES: ReadonlyMap<string, string> = new Map([
  ['"', '"'],
  ["'", "'"],
  ['“', '”'],
  ['‘', '’'],
]);
const KEYWORDS: ReadonlyMap<string, 'and' | 'or' | 'not'> = new Map([
  ['and', 'and'],
  ['or', 'or'],
  ['not', 'not'],
  ['且', 'and'],
  ['或', 'or'],
  ['非', 'not'],
]);
const PARENS: ReadonlyMap<string, 'lparen' | 'rparen'> = new Map([
  ['(', 'lparen'],
  ['（', 'lparen'],
  [')', 'rparen'],
  ['）', 'rparen'],
]);
const SPACE = /\s/u;

function opAt(expr: string, i: number): readonly [string, QueryOp] | undefined {
  return OPS.find(([text]) => expr.startsWith(text, i));
}

/** True when a word ends before position `i`. */
function endsWord(expr: string, i: number): boolean {
  const c = expr[i]!;
  return (
    SPACE.test(c) ||
    PARENS.has(c) ||
    opAt(expr, i) !== undefined ||
    expr.startsWith('&&', i) ||
    expr.startsWith('||', i)
  );
}

/** Splits a query into tokens; the only lexical error is an unterminated quote. */
export function lex(expr: string): { tokens: Token[] } | { error: QueryError } {
  const tokens: Token[] = [];
  let i = 0;
  while (i < expr.length) {
    const c = expr[i]!;
    if (SPACE.test(c)) {
      i++;
      continue;
    }
    const paren = PARENS.get(c);
    if (paren) {
      tokens.push({ kind: paren, text: c, start: i, end: i + 1 });
      i++;
      continue;
    }
    const close = QUOTES.get(c);
    if (close !== undefined) {
      let text = '';
      let j = i + 1;
      while (j < expr.length && expr[j] !== close) {
        if (expr[j] === '\\' && j + 1 < expr.length) j++;
        text += expr[j];
        j++;
      }
      if (j >= expr.length) {
        return {
          error: queryError(
            { column: i + 1, length: expr.length - i },
            {
              en: `The quote ${c} is never closed; add a closing ${close} after the quoted text.`,
              zh: `引号 ${c} 没有闭合；请在引用的文字后面补上 ${close}。`,
            },
          ),
        };
      }
      tokens.push({ kind: 'quoted', text, start: i, end: j + 1 });
      i = j + 1;
      continue;
    }
    if (expr.startsWith('&&', i) || expr.startsWith('||', i)) {
      tokens.push({ kind: c === '&' ? 'and' : 'or', text: expr.slice(i, i + 2), start: i, end: i + 2 });
      i += 2;
      continue;
    }
    const op = opAt(expr, i);
    if (op) {
      tokens.push({ kind: 'op', op: op[1], text: op[0], start: i, end: i + op[0].length });
      i += op[0].length;
      continue;
    }
    if (c === '!') {
      tokens.push({ kind: 'not', text: c, start: i, end: i + 1 });
      i++;
      continue;
    }
    let j = i + 1;
    while (j < expr.length && !endsWord(expr, j)) j++;
    const text = expr.slice(i, j);
    const keyword = KEYWORDS.get(text.toLowerCase());
    tokens.push(keyword ? { kind: keyword, text, start: i, end: j } : { kind: 'word', text, start: i, end: j });
    i = j;
  }
  return { tokens };
}

/** True when `text` must be quoted to be read back as one word (spaces, operators, keywords, quotes…). */
export function needsQuotes(text: string): boolean {
  if (text === '') return true;
  if (KEYWORDS.has(text.toLowerCase())) return true;
  const c = text[0]!;
  if (QUOTES.has(c) || c === '!') return true;
  for (let i = 0; i < text.length; i++) if (endsWord(text, i)) return true;
  return false;
}

/** `text` in double quotes, with `"` and `\` escaped. */
export function quote(text: string): string {
  return `"${text.replace(/[\\"]/g, (m) => `\\${m}`)}"`;
}
