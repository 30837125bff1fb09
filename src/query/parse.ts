import { didYouMean } from '../load/suggest.js';
import { words } from '../text/segment.js';
import {
  ORDER_OPS,
  type FieldNode,
  type QueryError,
  type QueryNode,
  type QueryOp,
  type Span,
  type TextNode,
} from './ast.js';
import { QUERY_FIELDS, fieldNames, fieldSpec, lookupValue, type FieldSpec, type ValueSet } from './fields.js';
import { lex, needsQuotes, quote, type Token } from './lexer.js';

export type ParseResult = { ok: true; ast: QueryNode } | { ok: false; error: QueryError };

/** How deep parentheses and `not` may nest; deeper input is refused rather than overflowing the stack. */
export const MAX_DEPTH = 64;

class Fail {
  constructor(readonly error: QueryError) {}
}

const at = (t: { start: number; end: number }): Span => ({ column: t.start + 1, length: t.end - t.start });
function fail(where: Span, message: string, hint?: string): never {
  throw new Fail(hint === undefined ? { ...where, message } : { ...where, message, hint });
}
const isOrder = (op: QueryOp): boolean => (ORDER_OPS as readonly string[]).includes(op);

/** Joins spans into one that covers them all. */
function cover(first: Span, last: Span): Span {
  return { column: first.column, length: last.column + last.length - first.column };
}

/**
 * Parses a query into a syntax tree with positions. Field names, operators and scale values are checked here
 * (they do not depend on a catalog); names of catalog content are checked by `evaluate`. Never throws.
 */
export function parseQuery(expr: string): ParseResult {
  const lexed = lex(expr);
  if ('error' in lexed) return { ok: false, error: lexed.error };
  if (lexed.tokens.length === 0) {
    return {
      ok: false,
      error: { message: 'The query is empty; write a condition such as kpi:customer-satisfaction, or words to search for.', column: 1, length: 0 },
    };
  }
  try {
    return { ok: true, ast: new Parser(lexed.tokens).parse() };
  } catch (e) {
    if (e instanceof Fail) return { ok: false, error: e.error };
    throw e;
  }
}

class Parser {
  private pos = 0;
  private depth = 0;

  constructor(private readonly tokens: readonly Token[]) {}

  /** The first bare word dropped for having no searchable words, to point at if nothing else is left. */
  private dropped: Token | undefined;

  parse(): QueryNode {
    const node = this.parseOr();
    const extra = this.peek();
    if (extra) this.unexpected(extra);
    if (node === undefined) return fail(at(this.dropped!), noWords(this.dropped!.text));
    return node;
  }

  private peek(ahead = 0): Token | undefined {
    return this.tokens[this.pos + ahead];
  }

  private next(): Token {
    return this.tokens[this.pos++]!;
  }

  private static startsTerm(t: Token | undefined): boolean {
    return t !== undefined && (t.kind === 'word' || t.kind === 'quoted' || t.kind === 'lparen' || t.kind === 'not');
  }

  private unexpected(t: Token): never {
    switch (t.kind) {
      case 'rparen':
        return fail(at(t), `There is no "(" for this "${t.text}" to close; remove it, or add "(" where the group starts.`);
      case 'and':
      case 'or':
        return fail(at(t), `"${t.text}" needs a condition before it.`);
      case 'op':
        return fail(at(t), `"${t.text}" must follow a field name, as in level>=manager or kpi:customer-satisfaction.`);
      default:
        return fail(at(t), `"${t.text}" is out of place here; join conditions with and, or, not and parentheses.`);
    }
  }

  // Each parse method returns undefined when all it read was words with nothing to search for (`the`, `的`).

  private parseOr(): QueryNode | undefined {
    const children = [this.parseAnd()];
    for (let t = this.peek(); t?.kind === 'or'; t = this.peek()) {
      this.next();
      if (!Parser.startsTerm(this.peek())) fail(at(t), `"${t.text}" needs a condition after it.`);
      children.push(this.parseAnd());
    }
    return combine('or', children.filter((c) => c !== undefined));
  }

  private parseAnd(): QueryNode | undefined {
    const children = [this.parseUnary()];
    for (let t = this.peek(); t !== undefined; t = this.peek()) {
      if (t.kind === 'and') {
        this.next();
        if (!Parser.startsTerm(this.peek())) fail(at(t), `"${t.text}" needs a condition after it.`);
      } else if (!Parser.startsTerm(t)) break;
      children.push(this.parseUnary());
    }
    return combine('and', children.filter((c) => c !== undefined));
  }

  private deeper(t: Token): void {
    if (++this.depth > MAX_DEPTH) fail(at(t), `The query nests parentheses and "not" more than ${MAX_DEPTH} levels deep; simplify it.`);
  }

  private parseUnary(): QueryNode | undefined {
    const t = this.peek();
    if (t?.kind !== 'not') return this.parsePrimary();
    this.next();
    if (!Parser.startsTerm(this.peek())) fail(at(t), `"${t.text}" needs a condition after it.`);
    this.deeper(t);
    const child = this.parseUnary();
    this.depth--;
    return child === undefined ? undefined : { type: 'not', child, span: cover(at(t), child.span!) };
  }

  private parsePrimary(): QueryNode | undefined {
    const t = this.peek();
    if (t === undefined) throw new Error('parsePrimary at the end of the query');
    if (t.kind === 'lparen') {
      this.next();
      const first = this.peek();
      if (first === undefined) fail(at(t), `The "${t.text}" is never closed; add a condition and ")".`);
      if (first.kind === 'rparen') fail({ column: t.start + 1, length: first.end - t.start }, 'The parentheses are empty; put a condition between them.');
      this.deeper(t);
      const inner = this.parseOr();
      this.depth--;
      const close = this.peek();
      if (close === undefined) fail(at(t), `The "${t.text}" is never closed; add ")" where the group ends.`);
      if (close.kind !== 'rparen') this.unexpected(close);
      this.next();
      return inner;
    }
    if (t.kind === 'word' || t.kind === 'quoted') {
      this.next();
      const op = this.peek();
      if (op?.kind === 'op') {
        if (t.kind === 'quoted') fail(at(t), 'A field name is written without quotes, as in title:"project manager".');
        return this.parseField(t, op);
      }
      if (t.kind === 'word' && !hasWords(t.text)) {
        this.dropped ??= t;
        return undefined;
      }
      return textNode(t);
    }
    return this.unexpected(t);
  }

  private parseField(name: Token, opToken: Token & { kind: 'op' }): FieldNode {
    const spec = fieldSpec(name.text);
    if (spec === undefined) {
      const hint = didYouMean(name.text, fieldNames());
      fail(at(name), `"${name.text}" is not a field; use one of ${QUERY_FIELDS.map((f) => f.name).join(', ')}.`, hint);
    }
    this.next();
    const op = opToken.op;
    const valueToken = this.takeValue(`${name.text}${opToken.text}`, opToken, `${spec.name}${opToken.text}${spec.example}`);
    const valueSpan = at(valueToken);
    if (isOrder(op) && !hasOrder(spec)) fail(at(opToken), noOrderMessage(spec, opToken.text));

    let end = valueToken.end;
    let node: FieldNode;
    const v = spec.value;
    if (v.kind === 'set') {
      node = { type: 'field', field: spec.name, op, value: checkValue(v.set, valueToken) } as FieldNode;
    } else if (v.kind === 'number') {
      const text = valueToken.text.trim();
      if (!/^\d+(?:\.\d+)?$/.test(text)) fail(valueSpan, `"${valueToken.text}" is not a number of years; write a number such as ${spec.example}.`);
      node = { type: 'field', field: spec.name as 'experience.years', op, value: Number(text) };
    } else {
      node = { type: 'field', field: spec.name, op, value: valueToken.text } as FieldNode;
    }

    const q = this.peek();
    if (q?.kind === 'op') {
      if (spec.qualifier === undefined) {
        fail(
          at(q),
          `"${spec.name}" takes no comparison after its value; join another condition with and, e.g. ${spec.name}${op}${needsQuotes(valueToken.text) ? quote(valueToken.text) : valueToken.text} and level>=manager.`,
        );
      }
      if (q.op === ':') {
        fail(at(q), `Compare the ${spec.qualifier.noun.replace(/^an? /, '')} with =, !=, >=, <=, > or <, e.g. ${spec.name}:${spec.example}>=${spec.qualifier.values[spec.qualifier.values.length - 2]}.`);
      }
      this.next();
      const qv = this.takeValue(
        `${name.text}${opToken.text}${valueToken.text}${q.text}`,
        q,
        `${spec.name}:${spec.example}${q.text}${spec.qualifier.values[spec.qualifier.values.length - 2]}`,
      );
      node = { ...node, qualifier: { op: q.op, value: checkValue(spec.qualifier, qv), span: cover(at(q), at(qv)) } } as FieldNode;
      end = qv.end;
      const again = this.peek();
      if (again?.kind === 'op') fail(at(again), `Only one comparison may follow a value; join another condition with and.`);
    }
    node.span = { column: name.start + 1, length: end - name.start };
    node.valueSpan = valueSpan;
    return node;
  }

  /** The value after an operator, or an error pointing at the operator. */
  private takeValue(written: string, op: Token & { kind: 'op' }, example: string): Token {
    const t = this.peek();
    if (t?.kind === 'word' || t?.kind === 'quoted') {
      if (t.text.trim() === '') fail(at(t), `The value after "${op.text}" is empty; write one between the quotes.`);
      this.next();
      return t;
    }
    return fail(at(op), `"${written}" needs a value after "${op.text}", e.g. ${example}.`);
  }
}

function hasOrder(spec: FieldSpec): boolean {
  return spec.value.kind === 'number' || (spec.value.kind === 'set' && spec.value.set.scale !== undefined);
}

function noOrderMessage(spec: FieldSpec, op: string): string {
  if (spec.name === 'permission') {
    return `A permission has no order of its own, so "${op}" cannot compare it; write permission:budget${op}decides to compare the authority of matching permissions, or authority${op}decides for any permission.`;
  }
  if (spec.name === 'skill') {
    return `A skill has no order of its own, so "${op}" cannot compare it; write skill:communication${op}advanced to compare the level the role needs.`;
  }
  return `"${spec.name}" has no order, so "${op}" cannot compare it; use ":" (has), "=" (exactly) or "!=" (not).`;
}

/** The canonical value a set field names, or an error listing the allowed values. */
function checkValue(set: ValueSet, t: Token): string {
  const v = lookupValue(set, t.text);
  if (v !== undefined) return v;
  const hint = didYouMean(t.text, [...set.values, ...set.values.flatMap((v) => Object.values(set.labels[v] ?? {}))]);
  return fail(at(t), `"${t.text}" is not ${set.noun}; use one of ${set.values.join(', ')}.`, hint);
}

const hasWords = (text: string): boolean => words(text.normalize('NFKC')).length > 0;
const noWords = (text: string): string =>
  `"${text}" has no words to search for (only punctuation or words as common as "the" or "的"); use a more specific word.`;

function textNode(t: Token): TextNode {
  if (t.text.trim() === '') fail(at(t), 'The quotes are empty; put a word or phrase between them.');
  if (!hasWords(t.text)) fail(at(t), noWords(t.text));
  return { type: 'text', text: t.text, quoted: t.kind === 'quoted', span: at(t) };
}

/** An and/or node with nested nodes of the same type flattened; a single child stands alone. */
export function combine(type: 'and' | 'or', children: readonly QueryNode[]): QueryNode | undefined {
  const flat = children.flatMap((c) => (c.type === type ? c.children : [c]));
  if (flat.length <= 1) return flat[0];
  const first = flat[0]?.span;
  const last = flat[flat.length - 1]?.span;
  const node = { type, children: flat } as QueryNode;
  if (first && last) node.span = cover(first, last);
  return node;
}
