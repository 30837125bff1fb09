// Mutations of real inputs: what a careless edit, a bad copy-paste, a wrong encoding or a hostile file does to a text.
import fc from 'fast-check';

/** Characters that mean something to YAML, Markdown, JSON, CSV or the query language. */
const SIGNIFICANT = [...':{}[]&*!|>-#\'"%@`,?~=<()\\；：，。（）、“”', '\n', '\r\n', '\t', ' ', '  '];

/** Characters that break naive text handling: CJK, lone surrogates, replacement char, NUL, BOM, controls. */
const UNICODE = [
  '岗',
  '位职责',
  '投诉',
  '😀',
  '\uD800',
  '\uDFFF',
  '\uFFFD',
  '\0',
  '\uFEFF',
  '\u0007',
  '\u001b[31m',
  '\u0085',
  '\u00A0',
  '\u200B',
  '\u2028',
  '\u2029',
  '\u202E',
  'ｋｐｉ',
  'e\u0301',
  '\r',
];

/** Values that tend to break whatever reads them: huge and odd numbers, YAML specials, wrong types. */
export const ODD_VALUES = [
  '99999999999999999999999',
  '1e400',
  '-1e400',
  '-0',
  '0x7fffffff',
  '1_000',
  '.nan',
  '.inf',
  'NaN',
  'Infinity',
  '-1',
  '3.5',
  '0',
  '~',
  'null',
  'true',
  '""',
  "''",
  '[]',
  '{}',
  '*nope',
  '&a [*a]',
  '!!binary aGk=',
  '!!js/function "x"',
  '<<: *a',
  '2024-02-30',
  '=1+1',
  '@SUM(A1)',
];

/** Keys that could tamper with objects if a reader copied them blindly. */
const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '__defineGetter__'];

type Mutation =
  | { op: 'flip'; at: number; text: string }
  | { op: 'insert'; at: number; text: string }
  | { op: 'delete'; at: number; len: number }
  | { op: 'truncate'; at: number }
  | { op: 'duplicate-line'; a: number }
  | { op: 'delete-line'; a: number }
  | { op: 'swap-lines'; a: number; b: number }
  | { op: 'indent'; a: number; by: number }
  | { op: 'number'; a: number; value: string }
  | { op: 'rename-key'; a: number; key: string }
  | { op: 'nest'; at: number; open: string; depth: number }
  | { op: 'repeat'; at: number; len: number; times: number };

const position = fc.nat({ max: 1_000_000 });

const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...SIGNIFICANT) },
  { weight: 3, arbitrary: fc.constantFrom(...UNICODE) },
  { weight: 1, arbitrary: fc.constantFrom(...ODD_VALUES) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
);

/** One edit of a text, positions taken modulo its length (so any number is a valid place). */
const mutation = (snippets: readonly string[]): fc.Arbitrary<Mutation> => {
  const text = snippets.length > 0 ? fc.oneof(piece, fc.constantFrom(...snippets)) : piece;
  return fc.oneof(
    { weight: 3, arbitrary: fc.record({ op: fc.constant('flip' as const), at: position, text }) },
    { weight: 4, arbitrary: fc.record({ op: fc.constant('insert' as const), at: position, text }) },
    {
      weight: 3,
      arbitrary: fc.record({ op: fc.constant('delete' as const), at: position, len: fc.integer({ min: 1, max: 40 }) }),
    },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('truncate' as const), at: position }) },
    { weight: 2, arbitrary: fc.record({ op: fc.constant('duplicate-line' as const), a: position }) },
    { weight: 2, arbitrary: fc.record({ op: fc.constant('delete-line' as const), a: position }) },
    { weight: 2, arbitrary: fc.record({ op: fc.constant('swap-lines' as const), a: position, b: position }) },
    {
      weight: 2,
      arbitrary: fc.record({ op: fc.constant('indent' as const), a: position, by: fc.integer({ min: -4, max: 4 }) }),
    },
    {
      weight: 2,
      arbitrary: fc.record({ op: fc.constant('number' as const), a: position, value: fc.constantFrom(...ODD_VALUES) }),
    },
    {
      weight: 2,
      arbitrary: fc.record({
        op: fc.constant('rename-key' as const),
        a: position,
        key: fc.constantFrom(...HOSTILE_KEYS),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        op: fc.constant('nest' as const),
        at: position,
        open: fc.constantFrom('[', '{', '{a: ', '- ', '  ', '((', 'not ', '> ', '"'),
        depth: fc.integer({ min: 10, max: 3000 }),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        op: fc.constant('repeat' as const),
        at: position,
        len: fc.integer({ min: 1, max: 200 }),
        times: fc.integer({ min: 2, max: 400 }),
      }),
    },
  );
};

/** A few edits, applied in order. `snippets` are inputs of the format at hand (keys, headings, operators). */
export const mutations = (snippets: readonly string[] = [], maxLength = 5): fc.Arbitrary<Mutation[]> =>
  fc.array(mutation(snippets), { minLength: 1, maxLength });

/** Applies `edits` to `text`. */
export function mutate(text: string, edits: readonly Mutation[]): string {
  return edits.reduce(apply, text);
}

const KEY = /^(\s*(?:- )?)([^\s:#][^:#]*?)(:(?:\s|$))/u;
const NUMBER = /-?\d+(?:\.\d+)?/gu;

function apply(text: string, m: Mutation): string {
  const at = 'at' in m ? m.at % (text.length + 1) : 0;
  switch (m.op) {
    case 'flip':
      return text.slice(0, at) + m.text + text.slice(at + 1);
    case 'insert':
      return text.slice(0, at) + m.text + text.slice(at);
    case 'delete':
      return text.slice(0, at) + text.slice(at + m.len);
    case 'truncate':
      return text.slice(0, at);
    case 'nest':
      return text.slice(0, at) + m.open.repeat(m.depth) + text.slice(at);
    case 'repeat': {
      const chunk = text.slice(at, at + m.len);
      return text.slice(0, at) + chunk.repeat(m.times) + text.slice(at + m.len);
    }
    default:
      return lineEdit(text, m);
  }
}

function lineEdit(text: string, m: Mutation): string {
  const lines = text.split('\n');
  const a = 'a' in m ? m.a % lines.length : 0;
  const line = lines[a] ?? '';
  switch (m.op) {
    case 'duplicate-line':
      lines.splice(a, 0, line);
      break;
    case 'delete-line':
      lines.splice(a, 1);
      break;
    case 'swap-lines': {
      const b = m.b % lines.length;
      [lines[a], lines[b]] = [lines[b] ?? '', line];
      break;
    }
    case 'indent':
      lines[a] = m.by >= 0 ? ' '.repeat(m.by) + line : line.replace(new RegExp(`^ {0,${-m.by}}`, 'u'), '');
      break;
    case 'number': {
      // a number of the text, counted from line a on
      const rest = lines.slice(a).join('\n');
      const found = rest.search(NUMBER);
      if (found < 0) return text;
      const start = lines.slice(0, a).join('\n').length + (a > 0 ? 1 : 0) + found;
      const len = (rest.slice(found).match(NUMBER)?.[0] ?? '').length;
      return text.slice(0, start) + m.value + text.slice(start + len);
    }
    case 'rename-key': {
      // the first `key:` from line a on
      for (let i = a; i < lines.length; i++) {
        const l = lines[i] ?? '';
        if (KEY.test(l)) {
          lines[i] = l.replace(KEY, `$1${m.key}$3`);
          break;
        }
      }
      break;
    }
    default:
      return text;
  }
  return lines.join('\n');
}

/** A seed picked from `seeds` with a few edits, as [index, text]: the index tells which file was mutated. */
export const mutatedSeed = (
  seeds: readonly string[],
  snippets: readonly string[] = [],
  maxLength = 5,
): fc.Arbitrary<{ seed: number; text: string }> =>
  fc
    .tuple(fc.nat({ max: seeds.length - 1 }), mutations(snippets, maxLength))
    .map(([seed, edits]) => ({ seed, text: mutate(seeds[seed]!, edits) }));
