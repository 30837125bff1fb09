import type { z } from 'zod';
import { unionExpected, type IssueOf, type SchemaLocale } from './locale.js';

/** Units of the values zod measures by size rather than by value. */
const SIZE_UNITS: Readonly<Record<string, string>> = {
  string: 'characters',
  file: 'bytes',
  array: 'items',
  set: 'items',
  map: 'entries',
};

const FORMATS: Readonly<Record<z.core.$ZodStringFormats, string>> = {
  email: 'email address',
  url: 'URL',
  emoji: 'emoji',
  uuid: 'UUID',
  guid: 'GUID',
  nanoid: 'nanoid',
  cuid: 'cuid',
  cuid2: 'cuid2',
  ulid: 'ULID',
  xid: 'XID',
  ksuid: 'KSUID',
  datetime: 'ISO datetime',
  date: 'ISO date',
  time: 'ISO time',
  duration: 'ISO duration',
  ipv4: 'IPv4 address',
  ipv6: 'IPv6 address',
  cidrv4: 'IPv4 range',
  cidrv6: 'IPv6 range',
  base64: 'base64-encoded string',
  base64url: 'base64url-encoded string',
  json_string: 'JSON string',
  e164: 'E.164 number',
  credit_card: 'credit card number',
  iban: 'IBAN',
  lowercase: 'lowercase string',
  uppercase: 'uppercase string',
  regex: 'input',
  jwt: 'JWT',
  starts_with: 'input',
  ends_with: 'input',
  includes: 'input',
};

function describe(v: unknown): string {
  if (v === null) return 'null (an empty value)';
  if (Array.isArray(v)) return 'a list';
  switch (typeof v) {
    case 'string':
      return `the text ${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)}`;
    case 'number':
      return `the number ${v}`;
    case 'boolean':
      return `the boolean ${v}`;
    case 'object':
      return 'a mapping';
    default:
      return typeof v;
  }
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function wrongType(expected: readonly string[], actual: unknown): string {
  return `Expected ${expected.join(' or ')}, but found ${describe(actual)}.`;
}

/** zod's size and range sentences, which the English diagnostics have always shown. */
function bound(issue: IssueOf<'too_small'> | IssueOf<'too_big'>, limit: number | bigint, small: boolean): string {
  const adj = issue.exact ? 'exactly ' : `${small ? '>' : '<'}${issue.inclusive ? '=' : ''}`;
  const unit = SIZE_UNITS[issue.origin];
  const head = small ? 'Too small' : 'Too big';
  return unit === undefined
    ? `${head}: expected ${issue.origin} to be ${adj}${limit}.`
    : `${head}: expected ${issue.origin} to have ${adj}${limit} ${unit}.`;
}

/** English diagnostics for schema problems. */
export const en: SchemaLocale = {
  issues: {
    invalid_type: (issue, actual) => wrongType([issue.expected], actual),
    invalid_union: (issue, actual) => {
      if (issue.inclusive === false) return 'The value matches more than one of the allowed forms.';
      const expected = unionExpected(issue);
      return expected.length > 0 ? wrongType(expected, actual) : 'The value matches none of the allowed forms.';
    },
    invalid_value: (issue, actual) => {
      const allowed = issue.values.map((v) => String(v));
      const value = typeof actual === 'string' ? JSON.stringify(actual) : capitalize(describe(actual));
      const use = allowed.length === 1 ? JSON.stringify(allowed[0]) : `one of: ${allowed.join(', ')}`;
      return `${value} is not allowed here; use ${use}.`;
    },
    unrecognized_keys: (issue) =>
      issue.keys.length === 1
        ? `The key \`${issue.keys[0]}\` is not part of the model here.`
        : `The keys ${issue.keys.map((k) => `\`${k}\``).join(', ')} are not part of the model here.`,
    too_small: (issue) => bound(issue, issue.minimum, true),
    too_big: (issue) => bound(issue, issue.maximum, false),
    invalid_format: (issue) => {
      const i = issue as z.core.$ZodStringFormatIssues;
      switch (i.format) {
        case 'starts_with':
          return `Invalid string: must start with "${i.prefix}".`;
        case 'ends_with':
          return `Invalid string: must end with "${i.suffix}".`;
        case 'includes':
          return `Invalid string: must include "${i.includes}".`;
        case 'regex':
          return `Invalid string: must match pattern ${i.pattern}.`;
        default:
          return `Invalid ${(FORMATS as Readonly<Record<string, string>>)[issue.format] ?? issue.format}.`;
      }
    },
    not_multiple_of: (issue) => `Invalid number: must be a multiple of ${issue.divisor}.`,
    invalid_key: (issue) => `Invalid key in ${issue.origin}.`,
    invalid_element: (issue) => `Invalid value in ${issue.origin}.`,
    // The model's own refinements carry their message by id (src/model/messages.ts); any other keeps zod's text.
    custom: (issue) => issue.message,
  },
  missingKey: (key) => `The required key \`${key}\` is missing.`,
  allowedKeys: (keys) => `Allowed keys: ${keys.join(', ')}.`,
  notADocument: (value) =>
    `A rolematrix document is a mapping with a \`kind\`, but this document is ${describe(value)}.`,
  documentStart: (kinds) => `Start the document with \`apiVersion: rolematrix/v1\` and \`kind: ${kinds.join(' | ')}\`.`,
  noKind: () => 'The document has no `kind`, so rolematrix cannot tell what it describes.',
  addKind: (kinds) => `Add \`kind: ${kinds.join(' | ')}\`.`,
  unknownKind: (kind) =>
    typeof kind === 'string'
      ? `The kind ${JSON.stringify(kind)} is not one rolematrix knows.`
      : `The kind must be text, but it is ${describe(kind)}.`,
  knownKinds: (kinds) => `Use one of: ${kinds.join(', ')}.`,
};
