import type { Authority, EducationLevel, SkillLevel } from '../model/scales.js';

/** A place in the query text: 1-based column and length, both in UTF-16 code units (one per Chinese character). */
export interface Span {
  column: number;
  length: number;
}

/**
 * A problem with a query, pointing at the offending part of its text; `message` and `hint` are English, `zh` Chinese.
 */
export interface QueryError {
  /** A full sentence: what is wrong and what to write instead. */
  message: string;
  /** 1-based column of the offending text, at most `expr.length + 1`. */
  column: number;
  /** How many characters the problem covers; 0 when there is nothing to point at (an empty query). */
  length: number;
  /** A suggestion, e.g. `Did you mean "manager"?`. */
  hint?: string;
  /** The message and hint in Chinese, e.g. `"mangr" 不是层级；…` and `是不是要写 "manager"？`. */
  zh: { message: string; hint?: string };
}

/** `:` has / matches, `=` is exactly, `!=` is not, and the four orderings. */
export const QUERY_OPS = [':', '=', '!=', '>=', '<=', '>', '<'] as const;
export type QueryOp = (typeof QUERY_OPS)[number];
/** The operators that need an order (a scale or a number). */
export const ORDER_OPS = ['>=', '<=', '>', '<'] as const;
export type OrderOp = (typeof ORDER_OPS)[number];
/** Operators a qualifier (`permission:budget>=decides`) may use. */
export type QualifierOp = Exclude<QueryOp, ':'>;
/** Operators of fields that have no order. */
export type MatchOp = ':' | '=' | '!=';

/** Fields whose value names catalog content: a vocabulary entry, a role, a permission, a duty or words. */
export type RefFieldName =
  | 'id'
  | 'title'
  | 'family'
  | 'reportsTo'
  | 'extends'
  | 'duty'
  | 'major'
  | 'trait'
  | 'tool'
  | 'certification'
  | 'kpi'
  | 'audience'
  | 'channel'
  | 'career';

export type FieldName =
  | RefFieldName
  | 'level'
  | 'track'
  | 'orientation'
  | 'setting'
  | 'permission'
  | 'authority'
  | 'education'
  | 'experience.years'
  | 'experience.management'
  | 'skill';

interface FieldBase<F extends FieldName, V> {
  type: 'field';
  field: F;
  op: QueryOp;
  value: V;
  /** The whole term, e.g. `level>=manager`. */
  span?: Span;
  /** The value alone. */
  valueSpan?: Span;
}

/** A comparison after an item: the `>=decides` of `permission:budget>=decides`. */
export interface Qualifier<V extends string> {
  op: QualifierOp;
  value: V;
  span?: Span;
}

export type RefFieldNode = FieldBase<RefFieldName, string>;
/** Levels, tracks, orientations and settings are ids (or labels) of the catalog's own lists. */
export type LevelNode = FieldBase<'level', string>;
export type TrackNode = FieldBase<'track', string>;
export type EducationNode = FieldBase<'education', EducationLevel>;
export type AuthorityNode = FieldBase<'authority', Authority>;
export type OrientationNode = FieldBase<'orientation', string>;
export type SettingNode = FieldBase<'setting', string>;
export type ExperienceNode = FieldBase<'experience.years' | 'experience.management', number>;
export type SkillNode = FieldBase<'skill', string> & { qualifier?: Qualifier<SkillLevel> };
export type PermissionNode = FieldBase<'permission', string> & { qualifier?: Qualifier<Authority> };

/** A `field op value` term. */
export type FieldNode =
  | RefFieldNode
  | LevelNode
  | TrackNode
  | EducationNode
  | AuthorityNode
  | OrientationNode
  | SettingNode
  | ExperienceNode
  | SkillNode
  | PermissionNode;

/** Free text: a bare word (`投诉`) or a quoted phrase (`"risk management"`). */
export interface TextNode {
  type: 'text';
  text: string;
  /** A quoted phrase must appear as written, its words in order; a bare word only needs its words. */
  quoted: boolean;
  span?: Span;
}

export interface AndNode {
  type: 'and';
  children: QueryNode[];
  span?: Span;
}

export interface OrNode {
  type: 'or';
  children: QueryNode[];
  span?: Span;
}

export interface NotNode {
  type: 'not';
  child: QueryNode;
  span?: Span;
}

/** The syntax tree of a query. `and` and `or` are flattened: their children are never of their own type. */
export type QueryNode = AndNode | OrNode | NotNode | FieldNode | TextNode;

/** A copy of `node` without positions, to compare a parsed query with a built one. */
export function withoutSpans<N extends QueryNode>(node: N): N {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === 'span' || k === 'valueSpan') continue;
    if (k === 'children') out[k] = (v as QueryNode[]).map((c) => withoutSpans(c));
    else if (k === 'child') out[k] = withoutSpans(v as QueryNode);
    else if (k === 'qualifier') {
      const { span: _span, ...rest } = v as Qualifier<string>;
      out[k] = rest;
    } else out[k] = v;
  }
  return out as N;
}
