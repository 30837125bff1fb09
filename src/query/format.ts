import { displayWidth } from '../text/width.js';
import type { Lang } from '../model/text.js';
import type { QueryError, QueryNode } from './ast.js';
import { needsQuotes, quote } from './lexer.js';

const value = (v: string | number): string => (typeof v === 'number' ? String(v) : needsQuotes(v) ? quote(v) : v);

/**
 * The canonical text of a query: the form `parseQuery` reads back into the same tree. Parentheses appear only where
 * precedence needs them (`not` binds tighter than `and`, `and` tighter than `or`).
 */
export function formatQuery(node: QueryNode): string {
  switch (node.type) {
    case 'text':
      return node.quoted || needsQuotes(node.text) ? quote(node.text) : node.text;
    case 'field': {
      const q = 'qualifier' in node && node.qualifier ? `${node.qualifier.op}${value(node.qualifier.value)}` : '';
      return `${node.field}${node.op}${value(node.value)}${q}`;
    }
    case 'not':
      return `not ${node.child.type === 'and' || node.child.type === 'or' ? `(${formatQuery(node.child)})` : formatQuery(node.child)}`;
    case 'and':
      return node.children
        .map((c) => (c.type === 'and' || c.type === 'or' ? `(${formatQuery(c)})` : formatQuery(c)))
        .join(' and ');
    case 'or':
      return node.children.map((c) => (c.type === 'or' ? `(${formatQuery(c)})` : formatQuery(c))).join(' or ');
  }
}

/**
 * The query, a caret line under the part the error points at (measured in terminal cells, so Chinese text lines
 * up), and the message with its hint in `lang`:
 *
 * ```
 * level>=mangr
 *        ^^^^^
 * "mangr" is not a level; use one of staff, senior, supervisor, manager, director, executive. Did you mean "manager"?
 * ```
 *
 * In Chinese the hint follows the message's "。" without a space.
 */
export function formatQueryError(expr: string, error: QueryError, lang: Lang = 'en'): string {
  const line = expr.replace(/[\t\n\v\f\r]/g, ' ');
  const start = Math.max(0, Math.min(line.length, error.column - 1));
  const pad = ' '.repeat(displayWidth(line.slice(0, start)));
  const carets = '^'.repeat(Math.max(1, displayWidth(line.slice(start, start + Math.max(0, error.length)))));
  const text =
    lang === 'zh'
      ? error.zh.message + (error.zh.hint ?? '')
      : `${error.message}${error.hint === undefined ? '' : ` ${error.hint}`}`;
  return `${line}\n${pad}${carets}\n${text}`;
}
