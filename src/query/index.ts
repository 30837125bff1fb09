// The query language: text or a built tree in, matching roles and the reasons out. See docs/query.md.
export { query, evaluate } from './evaluate.js';
export { parseQuery, MAX_DEPTH } from './parse.js';
export { formatQuery, formatQueryError } from './format.js';
export { q } from './builder.js';
export { QUERY_FIELDS } from './fields.js';
export { QUERY_OPS, ORDER_OPS, withoutSpans } from './ast.js';

export type { ParseResult } from './parse.js';
export type { Compare, OrderedField, Qualifiable } from './builder.js';
export type { FieldSpec, FieldValue, ListField, ValueSet } from './fields.js';
export type {
  Span,
  QueryError,
  QueryOp,
  OrderOp,
  QualifierOp,
  MatchOp,
  FieldName,
  RefFieldName,
  FieldNode,
  RefFieldNode,
  LevelNode,
  TrackNode,
  EducationNode,
  AuthorityNode,
  OrientationNode,
  SettingNode,
  ExperienceNode,
  SkillNode,
  PermissionNode,
  Qualifier,
  TextNode,
  AndNode,
  OrNode,
  NotNode,
  QueryNode,
} from './ast.js';
export type {
  TextPlace,
  QueryEvidence,
  QueryReason,
  QueryMatch,
  QuerySuccess,
  QueryFailure,
  QueryResult,
} from './result.js';
