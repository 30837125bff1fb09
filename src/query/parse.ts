import { suggestion } from '../load/suggest.js';
import { matcherOf } from '../match/matcher.js';
import {
  ORDER_OPS,
  type FieldNode,
  type QueryError,
  type QueryNode,
  type QueryOp,
  type Span,
  type TextNode,
} from './ast.js';
import type { Bilingual } from '../errors.js';
import { failAt, queryError, QueryFail } from './error.js';
import { QUERY_FIELDS, fieldNames, fieldSpec, lookupValue, type FieldSpec, type ValueSet } from './fields.js';
import { lex, needsQuotes, quote, type Token } from './lexer.js';

export type ParseResult = { ok: true; ast: QueryNode } | { ok: false; error: QueryError };

/**
 * The most tokens a query may have: a query is a few conditions, and matching grows with its words (40,000 words took
 * seconds per catalog, 100,000 minutes).
 */
export const MAX_TOKENS = 1000;

/** How deep parentheses and `not` may nest; deeper input is refused rather than overflowing the stack. */
export const MAX_DEPTH = 64;

const at = (t: { start: number; end: number }): Span => ({ column: t.start + 1, length: t.end - t.start });
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
      error: queryError(
        { column: 1, length: 0 },
        {
          en: 'The query is empty; write a condition such as kpi:customer-satisfaction, or words to search for.',
          zh: '查询是空的；请写一个条件（例如 kpi:customer-satisfaction），或要搜索的词。',
        },
      ),
    };
  }
  if (lexed.tokens.length > MAX_TOKENS) {
    const extra = lexed.tokens[MAX_TOKENS]!;
    return {
      ok: false,
      error: queryError(
        { column: extra.start + 1, length: expr.length - extra.start },
        {
          en: `The query has ${lexed.tokens.length} words, operators and brackets; at most ${MAX_TOKENS} are read.`,
          zh: `查询有 ${lexed.tokens.length} 个词、运算符和括号，最多读取 ${MAX_TOKENS} 个。`,
        },
        {
          en: 'Search for a few words (a role matches when it has all of them). To find the role a long text describes, save the text and run check-jd <file> --role auto.',
          zh: '请只搜索几个词（岗位须包含全部词才算匹配）。若要找出一段长文字描述的是哪个岗位，请把文字存为文件，再运行 check-jd <文件> --role auto。',
        },
      ),
    };
  }
  try {
    return { ok: true, ast: new Parser(lexed.tokens).parse() };
  } catch (e) {
    if (e instanceof QueryFail) return { ok: false, error: e.error };
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
    if (node === undefined) return failAt(at(this.dropped!), noWords(this.dropped!.text));
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
        return failAt(at(t), {
          en: `There is no "(" for this "${t.text}" to close; remove it, or add "(" where the group starts.`,
          zh: `这个 "${t.text}" 前面没有与之配对的 "("；请删掉它，或在分组开始处补上 "("。`,
        });
      case 'and':
      case 'or':
        return failAt(at(t), { en: `"${t.text}" needs a condition before it.`, zh: `"${t.text}" 前面缺少条件。` });
      case 'op':
        return failAt(at(t), {
          en: `"${t.text}" must follow a field name, as in level>=manager or kpi:customer-satisfaction.`,
          zh: `"${t.text}" 前面应当是字段名，例如 level>=manager 或 kpi:customer-satisfaction。`,
        });
      default:
        return failAt(at(t), {
          en: `"${t.text}" is out of place here; join conditions with and, or, not and parentheses.`,
          zh: `"${t.text}" 不该出现在这里；条件之间请用 and、or、not 和括号连接。`,
        });
    }
  }

  // Each parse method returns undefined when all it read was words with nothing to search for (`the`, `的`).

  private parseOr(): QueryNode | undefined {
    const children = [this.parseAnd()];
    for (let t = this.peek(); t?.kind === 'or'; t = this.peek()) {
      this.next();
      if (!Parser.startsTerm(this.peek())) failAt(at(t), needsAfter(t));
      children.push(this.parseAnd());
    }
    return combine(
      'or',
      children.filter((c) => c !== undefined),
    );
  }

  private parseAnd(): QueryNode | undefined {
    const children = [this.parseUnary()];
    for (let t = this.peek(); t !== undefined; t = this.peek()) {
      if (t.kind === 'and') {
        this.next();
        if (!Parser.startsTerm(this.peek())) failAt(at(t), needsAfter(t));
      } else if (!Parser.startsTerm(t)) break;
      children.push(this.parseUnary());
    }
    return combine(
      'and',
      children.filter((c) => c !== undefined),
    );
  }

  private deeper(t: Token): void {
    if (++this.depth > MAX_DEPTH) {
      failAt(at(t), {
        en: `The query nests parentheses and "not" more than ${MAX_DEPTH} levels deep; simplify it.`,
        zh: `查询中括号和 "not" 的嵌套超过了 ${MAX_DEPTH} 层；请简化查询。`,
      });
    }
  }

  private parseUnary(): QueryNode | undefined {
    const t = this.peek();
    if (t?.kind !== 'not') return this.parsePrimary();
    this.next();
    if (!Parser.startsTerm(this.peek())) failAt(at(t), needsAfter(t));
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
      if (first === undefined)
        failAt(at(t), {
          en: `The "${t.text}" is never closed; add a condition and ")".`,
          zh: `"${t.text}" 没有闭合；请补上条件和 ")"。`,
        });
      if (first.kind === 'rparen') {
        failAt(
          { column: t.start + 1, length: first.end - t.start },
          {
            en: 'The parentheses are empty; put a condition between them.',
            zh: '括号里是空的；请在括号中写一个条件。',
          },
        );
      }
      this.deeper(t);
      const inner = this.parseOr();
      this.depth--;
      const close = this.peek();
      if (close === undefined)
        failAt(at(t), {
          en: `The "${t.text}" is never closed; add ")" where the group ends.`,
          zh: `"${t.text}" 没有闭合；请在分组结束处补上 ")"。`,
        });
      if (close.kind !== 'rparen') this.unexpected(close);
      this.next();
      return inner;
    }
    if (t.kind === 'word' || t.kind === 'quoted') {
      this.next();
      const op = this.peek();
      if (op?.kind === 'op') {
        if (t.kind === 'quoted')
          failAt(at(t), {
            en: 'A field name is written without quotes, as in title:"project manager".',
            zh: '字段名不加引号，例如 title:"project manager"。',
          });
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
      const names = QUERY_FIELDS.map((f) => f.name);
      failAt(
        at(name),
        {
          en: `"${name.text}" is not a field; use one of ${names.join(', ')}.`,
          zh: `"${name.text}" 不是字段；请使用以下之一：${names.join('、')}。`,
        },
        suggestion(name.text, fieldNames()),
      );
    }
    this.next();
    const op = opToken.op;
    const valueToken = this.takeValue(
      `${name.text}${opToken.text}`,
      opToken,
      `${spec.name}${opToken.text}${spec.example}`,
    );
    const valueSpan = at(valueToken);
    if (isOrder(op) && !hasOrder(spec)) failAt(at(opToken), noOrderMessage(spec, opToken.text));

    let end = valueToken.end;
    let node: FieldNode;
    const v = spec.value;
    if (v.kind === 'set') {
      node = { type: 'field', field: spec.name, op, value: checkValue(v.set, valueToken) } as FieldNode;
    } else if (v.kind === 'number') {
      const text = valueToken.text.trim();
      if (!/^\d+(?:\.\d+)?$/.test(text)) {
        failAt(valueSpan, {
          en: `"${valueToken.text}" is not a number of years; write a number such as ${spec.example}.`,
          zh: `"${valueToken.text}" 不是年数；请写一个数字，例如 ${spec.example}。`,
        });
      }
      node = { type: 'field', field: spec.name as 'experience.years', op, value: Number(text) };
    } else {
      node = { type: 'field', field: spec.name, op, value: valueToken.text } as FieldNode;
    }

    const q = this.peek();
    if (q?.kind === 'op') {
      if (spec.qualifier === undefined) {
        const example = `${spec.name}${op}${needsQuotes(valueToken.text) ? quote(valueToken.text) : valueToken.text} and level>=manager`;
        failAt(at(q), {
          en: `"${spec.name}" takes no comparison after its value; join another condition with and, e.g. ${example}.`,
          zh: `"${spec.name}" 的值后面不能再跟比较；请用 and 连接另一个条件，例如 ${example}。`,
        });
      }
      if (q.op === ':') {
        const example = `${spec.name}:${spec.example}>=${spec.qualifier.values[spec.qualifier.values.length - 2]}`;
        failAt(at(q), {
          en: `Compare the ${spec.qualifier.noun.replace(/^an? /, '')} with =, !=, >=, <=, > or <, e.g. ${example}.`,
          zh: `比较${spec.qualifier.nounZh}请用 =、!=、>=、<=、> 或 <，例如 ${example}。`,
        });
      }
      this.next();
      const qv = this.takeValue(
        `${name.text}${opToken.text}${valueToken.text}${q.text}`,
        q,
        `${spec.name}:${spec.example}${q.text}${spec.qualifier.values[spec.qualifier.values.length - 2]}`,
      );
      node = {
        ...node,
        qualifier: { op: q.op, value: checkValue(spec.qualifier, qv), span: cover(at(q), at(qv)) },
      } as FieldNode;
      end = qv.end;
      const again = this.peek();
      if (again?.kind === 'op') {
        failAt(at(again), {
          en: 'Only one comparison may follow a value; join another condition with and.',
          zh: '一个值后面只能跟一个比较；请用 and 连接另一个条件。',
        });
      }
    }
    node.span = { column: name.start + 1, length: end - name.start };
    node.valueSpan = valueSpan;
    return node;
  }

  /** The value after an operator, or an error pointing at the operator. */
  private takeValue(written: string, op: Token & { kind: 'op' }, example: string): Token {
    const t = this.peek();
    if (t?.kind === 'word' || t?.kind === 'quoted') {
      if (t.text.trim() === '')
        failAt(at(t), {
          en: `The value after "${op.text}" is empty; write one between the quotes.`,
          zh: `"${op.text}" 后面的值是空的；请在引号中写上值。`,
        });
      this.next();
      return t;
    }
    return failAt(at(op), {
      en: `"${written}" needs a value after "${op.text}", e.g. ${example}.`,
      zh: `"${written}" 后面缺少值，例如 ${example}。`,
    });
  }
}

function hasOrder(spec: FieldSpec): boolean {
  const v = spec.value;
  return v.kind === 'number' || (v.kind === 'set' && v.set.scale !== undefined) || (v.kind === 'list' && v.ordered);
}

function noOrderMessage(spec: FieldSpec, op: string): Bilingual {
  if (spec.name === 'permission') {
    return {
      en: `A permission has no order of its own, so "${op}" cannot compare it; write permission:budget${op}decides to compare the authority of matching permissions, or authority${op}decides for any permission.`,
      zh: `权限本身没有高低之分，不能用 "${op}" 比较；要比较相应权限的权限等级，请写 permission:budget${op}decides，不限哪项权限则写 authority${op}decides。`,
    };
  }
  if (spec.name === 'skill') {
    return {
      en: `A skill has no order of its own, so "${op}" cannot compare it; write skill:communication${op}advanced to compare the level the role needs.`,
      zh: `技能本身没有高低之分，不能用 "${op}" 比较；要比较岗位要求的技能等级，请写 skill:communication${op}advanced。`,
    };
  }
  return {
    en: `"${spec.name}" has no order, so "${op}" cannot compare it; use ":" (has), "=" (exactly) or "!=" (not).`,
    zh: `"${spec.name}" 没有高低之分，不能用 "${op}" 比较；请使用 ":"（包含）、"="（等于）或 "!="（不等于）。`,
  };
}

/** The canonical value a set field names, or an error listing the allowed values. */
function checkValue(set: ValueSet, t: Token): string {
  const v = lookupValue(set, t.text);
  if (v !== undefined) return v;
  const hint = suggestion(t.text, [...set.values, ...set.values.flatMap((v) => Object.values(set.labels[v] ?? {}))]);
  return failAt(
    at(t),
    {
      en: `"${t.text}" is not ${set.noun}; use one of ${set.values.join(', ')}.`,
      zh: `"${t.text}" 不是${set.nounZh}；请使用以下之一：${set.values.join('、')}。`,
    },
    hint,
  );
}

const needsAfter = (t: Token): Bilingual => ({
  en: `"${t.text}" needs a condition after it.`,
  zh: `"${t.text}" 后面缺少条件。`,
});

const hasWords = (text: string): boolean => matcherOf().terms(text).length > 0;
const noWords = (text: string): Bilingual => ({
  en: `"${text}" has no words to search for (only punctuation or words as common as "the" or "的"); use a more specific word.`,
  zh: `"${text}" 里没有可搜索的词（只有标点，或 "the"、"的" 这类太常见的词）；请换一个更具体的词。`,
});

function textNode(t: Token): TextNode {
  if (t.text.trim() === '')
    failAt(at(t), {
      en: 'The quotes are empty; put a word or phrase between them.',
      zh: '引号里是空的；请在引号中写上词或短语。',
    });
  if (!hasWords(t.text)) failAt(at(t), noWords(t.text));
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
