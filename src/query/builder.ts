import type { Authority, EducationLevel, SkillLevel } from '../model/scales.js';
import type {
  AuthorityNode,
  EducationNode,
  ExperienceNode,
  LevelNode,
  MatchOp,
  OrientationNode,
  PermissionNode,
  QualifierOp,
  QueryNode,
  QueryOp,
  RefFieldName,
  RefFieldNode,
  SettingNode,
  SkillNode,
  TextNode,
  TrackNode,
} from './ast.js';
import { matcherOf } from '../match/matcher.js';
import { needsQuotes } from './lexer.js';
import { combine } from './parse.js';

/** Comparisons by name; each returns a new node. */
export interface Compare<V, N> {
  is(v: V): N;
  isNot(v: V): N;
  atLeast(v: V): N;
  atMost(v: V): N;
  above(v: V): N;
  below(v: V): N;
}

/** A field on a scale or a number: `q.level('manager')`, `q.level.atLeast('manager')`, `q.level('manager', '>=')`. */
export type OrderedField<V, N> = ((v: V, op?: QueryOp) => N) & Compare<V, N>;

/** A node whose items can be compared further: `q.permission('budget').atLeast('decides')`. */
export type Qualifiable<N, V> = N & Compare<V, N>;

const NAMES: Readonly<Record<keyof Compare<unknown, unknown>, QualifierOp>> = {
  is: '=',
  isNot: '!=',
  atLeast: '>=',
  atMost: '<=',
  above: '>',
  below: '<',
};

function ordered<V, N>(make: (v: V, op: QueryOp) => N): OrderedField<V, N> {
  const f = ((v: V, op: QueryOp = ':') => make(v, op)) as OrderedField<V, N>;
  for (const [name, op] of Object.entries(NAMES))
    (f as unknown as Record<string, unknown>)[name] = (v: V) => make(v, op);
  return f;
}

/** Adds the comparison methods as non-enumerable properties, so the node stays plain data (JSON, `toEqual`). */
function qualifiable<N extends SkillNode | PermissionNode, V extends string>(node: N): Qualifiable<N, V> {
  for (const [name, op] of Object.entries(NAMES)) {
    Object.defineProperty(node, name, {
      enumerable: false,
      value: (v: V) => ({ ...node, qualifier: { op, value: v } }),
    });
  }
  return node as Qualifiable<N, V>;
}

function group(type: 'and' | 'or', children: QueryNode[]): QueryNode {
  if (children.some((c) => typeof c !== 'object' || c === null))
    throw new TypeError(`q.${type}() takes one or more conditions.`);
  return combine(type, children)!;
}

const ref =
  (field: RefFieldName) =>
  (value: string, op: MatchOp = ':'): RefFieldNode => ({ type: 'field', field, op, value });

/**
 * A typed builder for queries in programs; it makes the same trees as `parseQuery` (without positions):
 *
 * ```ts
 * q.and(q.kpi('customer-satisfaction'), q.permission('hiring').atLeast('decides'), q.not(q.orientation('project')))
 * ```
 */
export const q = {
  and: (first: QueryNode, ...rest: QueryNode[]): QueryNode => group('and', [first, ...rest]),
  or: (first: QueryNode, ...rest: QueryNode[]): QueryNode => group('or', [first, ...rest]),
  not: (child: QueryNode): QueryNode => ({ type: 'not', child }),
  /**
   * Free text: each whitespace-separated word must occur in the role. Like the parser, it drops words with nothing
   * to search for ("the", "的") and quotes words with operator characters.
   */
  text: (text: string): QueryNode => {
    const parts = text.split(/\s+/u).filter((w) => matcherOf().terms(w).length > 0);
    const nodes = parts.map((w): TextNode => ({ type: 'text', text: w, quoted: needsQuotes(w) }));
    return combine('and', nodes) ?? { type: 'text', text, quoted: true };
  },
  /** A quoted phrase: its words must occur together and in order. */
  phrase: (text: string): TextNode => ({ type: 'text', text, quoted: true }),

  id: ref('id'),
  title: ref('title'),
  family: ref('family'),
  reportsTo: ref('reportsTo'),
  extends: ref('extends'),
  duty: ref('duty'),
  major: ref('major'),
  trait: ref('trait'),
  tool: ref('tool'),
  certification: ref('certification'),
  kpi: ref('kpi'),
  audience: ref('audience'),
  channel: ref('channel'),
  career: ref('career'),

  level: ordered<string, LevelNode>((value, op) => ({ type: 'field', field: 'level', op, value })),
  education: ordered<EducationLevel, EducationNode>((value, op) => ({ type: 'field', field: 'education', op, value })),
  authority: ordered<Authority, AuthorityNode>((value, op) => ({ type: 'field', field: 'authority', op, value })),
  experience: {
    years: ordered<number, ExperienceNode>((value, op) => ({ type: 'field', field: 'experience.years', op, value })),
    management: ordered<number, ExperienceNode>((value, op) => ({
      type: 'field',
      field: 'experience.management',
      op,
      value,
    })),
  },
  track: (value: string, op: MatchOp = ':'): TrackNode => ({ type: 'field', field: 'track', op, value }),
  orientation: (value: string, op: MatchOp = ':'): OrientationNode => ({
    type: 'field',
    field: 'orientation',
    op,
    value,
  }),
  setting: (value: string, op: MatchOp = ':'): SettingNode => ({ type: 'field', field: 'setting', op, value }),

  /** A skill; `.atLeast('advanced')` etc. compare the level the role needs. */
  skill: (value: string, op: MatchOp = ':'): Qualifiable<SkillNode, SkillLevel> =>
    qualifiable<SkillNode, SkillLevel>({ type: 'field', field: 'skill', op, value }),
  /** A permission by id, domain or title words; `.atLeast('decides')` etc. compare its authority. */
  permission: (value: string, op: MatchOp = ':'): Qualifiable<PermissionNode, Authority> =>
    qualifiable<PermissionNode, Authority>({ type: 'field', field: 'permission', op, value }),
} as const;
