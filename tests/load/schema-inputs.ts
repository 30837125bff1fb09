// Inline documents that each break the schema in one way: together they reach every zod issue code the model can
// raise and every message the model declares (src/model/messages.ts).

const ROLE_HEAD = ['apiVersion: rolematrix/v1', 'kind: Role', 'id: agent'];
const ROLE_BODY = ['title: A', 'family: f', 'level: staff', 'orientation: customer', 'summary: S'];

const role = (extra: string): string => [...ROLE_HEAD, ...ROLE_BODY, extra].join('\n');
const vocabulary = (kind: string, entry: string): string =>
  ['apiVersion: rolematrix/v1', 'kind: Vocabulary', `vocabulary: ${kind}`, 'entries:', `  - ${entry}`].join('\n');
const catalog = (extra: string, languages = '[zh]'): string =>
  ['apiVersion: rolematrix/v1', 'kind: Catalog', 'name: C', `languages: ${languages}`, extra].join('\n');
const matrix = (activity: string, extra = '', id = 'm'): string =>
  ['apiVersion: rolematrix/v1', 'kind: ResponsibilityMatrix', `id: ${id}`, 'title: M', extra, 'activities:', activity]
    .filter((l) => l !== '')
    .join('\n');
const ACTIVITY = '  - { id: a, title: T, assign: { agent: A } }';

/** [what the input shows, the YAML text]. */
export const SCHEMA_INPUTS: readonly (readonly [string, string])[] = [
  // invalid_type
  ['a number field given text', role('kpis:\n  - { ref: k, weight: high }')],
  ['a list given a mapping', role('duties: {}')],
  ['an integer given a fraction', catalog('raci: { maxAccountable: 1.5 }')],
  ['a list item that is null', role('duties: [~]')],
  // invalid_union: no branch fits the type; a branch fits and reports its own issue
  ['localized text given a boolean', role('focus: [true]')],
  ['a target with a wrong value', role('kpis:\n  - { ref: k, target: { op: ">=", value: x } }')],
  ['a target with a key missing', role('kpis:\n  - { ref: k, target: { op: ">=" } }')],
  // invalid_value, and the same for an absent enum (a missing key)
  ['an enum given an unknown word', role('duties:\n  - { id: a, title: T, category: complaints }')],
  ['a literal given another', [...ROLE_HEAD, ...ROLE_BODY].join('\n').replace('rolematrix/v1', 'rolematrix/v2')],
  ['an enum given a number', role('workEnvironment: { intensity: 3 }')],
  ['an enum missing', role('career:\n  - to: agent')],
  // unrecognized_keys
  ['an unknown key', role('dutys: []')],
  ['two unknown keys', role('duties:\n  - { id: a, title: T, foo: 1, bar: 2 }')],
  // too_small / too_big: the model's own message for empty text, zod's fields for the rest
  ['empty text', role('focus: [""]')],
  ['empty text in one language', role('focus: [{ zh: "" }]')],
  ['an empty alias', role('aliases: { en: ["  "] }')],
  ['years below the minimum', role('qualifications: { experience: { years: { min: -1 } } }')],
  ['years above the maximum', role('qualifications: { experience: { years: { max: 70 } } }')],
  ['a weight above 100', role('kpis:\n  - { ref: k, weight: 120 }')],
  ['an empty list of languages', catalog('', '[]')],
  ['an empty list of activities', matrix('  []').replace('activities:\n  []', 'activities: []')],
  ['an empty list of letters', matrix('  - { id: a, title: T, assign: { agent: [] } }')],
  ['an overload threshold of 0', catalog('raci: { maxAccountable: 0 }')],
  // invalid_format: every pattern the model declares
  ['a role id in capitals', role('').replace('id: agent', 'id: Agent_1')],
  ['a duty id with a space', role('duties:\n  - { id: A B, title: T }')],
  ['a permission id in capitals', role('permissions:\n  - { id: P, title: T, domain: budget, authority: decides }')],
  ['a vocabulary entry id', vocabulary('traits', '{ id: Bad_Id, label: L }')],
  ['an ISCO-08 code', role('classification: { isco08: "42" }')],
  ['an O*NET-SOC code', role('classification: { onetSoc: "43-4051" }')],
  ['a cn2022 code', role('classification: { cn2022: "4-07-02" }')],
  ['a matrix id', matrix(ACTIVITY, '', 'M_1')],
  ['an activity id', matrix('  - { id: A_1, title: T, assign: { agent: A } }')],
  // invalid_key: a record key breaking its pattern
  ['a rule name', catalog('rules: { bad-rule: error }')],
  ['a role id as a matrix key', matrix('  - { id: a, title: T, assign: { Agent_X: A } }')],
  // custom: every refinement of the model
  ['localized text in no language', role('focus: [{}]')],
  ['a years range upside down', role('qualifications: { experience: { years: { min: 5, max: 3 } } }')],
  ['a career step with both targets', role('career:\n  - { to: agent, title: T, track: lateral }')],
  ['a role without its required fields', [...ROLE_HEAD, 'title: A'].join('\n')],
  ['a KPI without a type', vocabulary('kpis', '{ id: k, label: L }')],
  ['a quantitative KPI without a direction', vocabulary('kpis', '{ id: k, label: L, type: quantitative }')],
  ['a KPI-only key on a trait', vocabulary('traits', '{ id: t, label: L, unit: percent }')],
  // the document itself
  ['a document that is a list', '- a\n- b'],
  ['a document without a kind', 'apiVersion: rolematrix/v1\nid: x'],
  ['an unknown kind', 'apiVersion: rolematrix/v1\nkind: Rol'],
  ['a kind that is not text', 'apiVersion: rolematrix/v1\nkind: 3'],
];
