import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { stringify } from 'yaml';
import { Catalog } from '../../src/catalog/catalog.js';
import { DIAGNOSTIC_CODES } from '../../src/errors.js';
import { loadText, type LoadResult } from '../../src/catalog/load.js';
import { listYamlFiles } from '../../src/node/files.js';
import { VALID } from './fixtures.js';

const CODES = new Set(Object.keys(DIAGNOSTIC_CODES));
const SEVERITIES = new Set(['error', 'warning', 'info']);
const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();

/** A plain assertion: `expect` is too slow to call thousands of times per property. */
function check(ok: boolean, what: string, detail: unknown): void {
  if (!ok) throw new Error(`${what}: ${JSON.stringify(detail)}`);
}

/** Loads `text` and checks what must hold for any input whatsoever. */
function loadsSafely(text: string): LoadResult {
  const result = loadText(text, 'prop.yaml'); // a throw fails the property, and fast-check shrinks the input
  const { catalog, diagnostics } = result;
  check(catalog instanceof Catalog, 'the catalog is a Catalog', typeof catalog);
  check(Array.isArray(diagnostics), 'diagnostics is an array', typeof diagnostics);
  const lines = text.split('\n').length;
  for (const d of diagnostics) {
    check(CODES.has(d.code), 'a known code', d);
    check(SEVERITIES.has(d.severity), 'a known severity', d);
    check(d.file === 'prop.yaml', 'the file as given', d);
    check(typeof d.path === 'string', 'a string path', d);
    check(
      Number.isInteger(d.line) && d.line >= 1 && d.line <= lines,
      `a line within the ${lines} lines of the text`,
      d,
    );
    check(Number.isInteger(d.column) && d.column >= 1, 'a column >= 1', d);
    check(typeof d.message === 'string' && d.message.trim().length > 0, 'a message', d);
    check(d.hint === undefined || d.hint.trim().length > 0, 'no empty hint', d);
  }
  // nothing the input said reached Object.prototype
  check(
    Object.getOwnPropertyNames(Object.prototype).length === PROTOTYPE_KEYS.length,
    'Object.prototype untouched',
    Object.getOwnPropertyNames(Object.prototype),
  );
  return result;
}

/** The whole valid fixture catalog as one multi-document text: every document kind and rule is reachable from it. */
const VALID_TEXT = listYamlFiles(VALID)
  .map((p) => readFileSync(p, 'utf8'))
  .join('---\n');

const RUNS = { numRuns: 300 };
// Loading the whole catalog text takes a few milliseconds, so the properties over it run fewer times.
const CATALOG_RUNS = { numRuns: 200 };

describe('any input gives diagnostics, never a crash', () => {
  test('the concatenated valid catalog, the seed of the mutations, loads cleanly', () => {
    const { catalog, diagnostics } = loadsSafely(VALID_TEXT);
    expect(diagnostics).toEqual([]);
    expect(catalog.roles.size).toBe(3);
  });

  test.each([
    ['printable ASCII', fc.string({ maxLength: 200 })],
    ['any grapheme', fc.string({ unit: 'grapheme', maxLength: 100 })],
    ['any UTF-16 code units, lone surrogates included', fc.string({ unit: 'binary', maxLength: 100 })],
    [
      'YAML-ish characters',
      fc.string({
        unit: fc.constantFrom(
          ...':-?[]{},&*!|>\'"%@`#\n\t \r~'.split(''),
          'a',
          'kind',
          'Role',
          '__proto__',
          '---',
          '...',
        ),
        maxLength: 60,
      }),
    ],
  ])('arbitrary strings: %s', (_name, arb) => {
    fc.assert(
      fc.property(arb, (text) => void loadsSafely(text)),
      RUNS,
    );
  });

  test('YAML serialised from arbitrary values', () => {
    const value = fc.oneof(fc.anything({ maxDepth: 4 }), fc.jsonValue({ maxDepth: 4 }));
    fc.assert(
      fc.property(value, (v) => {
        const text = stringify(v) as string | undefined;
        loadsSafely(typeof text === 'string' ? text : '');
      }),
      RUNS,
    );
  });

  test('a valid role with one field replaced by an arbitrary value', () => {
    const role = loadText(readFileSync(join(VALID, 'roles', 'support-agent.yaml'), 'utf8')).catalog.find(
      'support-agent',
    );
    expect(role).toBeDefined();
    const fields = [
      ...Object.keys(role as object),
      'extends',
      'workEnvironment',
      'classification',
      'focus',
      'unknownField',
    ];
    const replaced = fc.record({
      field: fc.constantFrom(...fields),
      value: fc.oneof(
        fc.jsonValue({ maxDepth: 3 }),
        fc.anything({ maxDepth: 3 }),
        fc.constantFrom('', 'support-agent', 'Bad Id', 100, -1, [], {}, { zh: 'x' }, [{ id: 'a' }, { id: 'a' }]),
      ),
      vocabulary: fc.boolean(),
    });
    fc.assert(
      fc.property(replaced, ({ field, value, vocabulary }) => {
        const doc = stringify({ ...(role as object), [field]: value }) as string | undefined;
        if (typeof doc !== 'string') return;
        // with the vocabularies alongside, the cross-document rules run on what passes the schema
        loadsSafely(vocabulary ? `${VALID_TEXT}---\n${doc.replace('id: support-agent', 'id: other-agent')}` : doc);
      }),
      CATALOG_RUNS,
    );
  });
});

type Mutation =
  | { op: 'delete'; at: number; len: number }
  | { op: 'insert'; at: number; text: string }
  | { op: 'replace'; at: number; len: number; text: string }
  | { op: 'swap-lines'; a: number; b: number }
  | { op: 'duplicate-line'; a: number }
  | { op: 'set-value'; a: number; value: string };

/** Values that tend to break whatever reads them: self-referencing anchors, undefined aliases, empties, wrong types. */
const VALUES = [
  '&x [*x]',
  '&x { a: *x }',
  '*nope',
  '~',
  '',
  '[]',
  '{}',
  '3',
  '""',
  'Role',
  '{ zh: 中 }',
  '[a, a]',
  '!!binary aGk=',
];

const SNIPPETS = [
  '&a ',
  '*a',
  '*b',
  '&a [*a, *a]',
  '__proto__: 1\n',
  'constructor:\n  prototype: { polluted: yes }\n',
  '<<: *a\n',
  '\t',
  '---\n',
  '...\n',
  '\n---\n',
  ': ',
  '- ',
  '? ',
  '{',
  '}',
  '[',
  ']',
  '"',
  "'",
  '#',
  '\n',
  '  ',
  '\r\n',
  '\ufeff',
  '!!binary ',
  '!custom ',
  '%YAML 1.1\n',
  '~',
  'null',
  '.nan',
  '1e400',
  'extends: support-agent\n',
  'reportsTo: senior-support-agent\n',
];

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 20 }) }),
  fc.record({
    op: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.oneof(
      fc.constantFrom(...SNIPPETS),
      fc.string({ maxLength: 8 }),
      fc.string({ unit: 'binary', maxLength: 3 }),
    ),
  }),
  fc.record({
    op: fc.constant('replace' as const),
    at: fc.nat(),
    len: fc.integer({ min: 1, max: 10 }),
    text: fc.oneof(fc.constantFrom(...SNIPPETS), fc.string({ maxLength: 8 })),
  }),
  fc.record({ op: fc.constant('swap-lines' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ op: fc.constant('duplicate-line' as const), a: fc.nat() }),
  fc.record({ op: fc.constant('set-value' as const), a: fc.nat(), value: fc.constantFrom(...VALUES) }),
);

function mutate(text: string, m: Mutation): string {
  if (m.op === 'set-value') {
    // the value of the a-th `key: value` line
    const lines = text.split('\n');
    const pairs = lines.flatMap((l, i) => (/^\s*(- )?[\w-]+: \S/.test(l) ? [i] : []));
    const i = pairs[m.a % Math.max(pairs.length, 1)];
    if (i === undefined) return text;
    lines[i] = (lines[i] as string).replace(/^(\s*(?:- )?[\w-]+: ).*$/, `$1${m.value}`);
    return lines.join('\n');
  }
  if (m.op === 'swap-lines' || m.op === 'duplicate-line') {
    const lines = text.split('\n');
    const a = m.a % lines.length;
    if (m.op === 'duplicate-line') lines.splice(a, 0, lines[a] ?? '');
    else {
      const b = m.b % lines.length;
      [lines[a], lines[b]] = [lines[b] ?? '', lines[a] ?? ''];
    }
    return lines.join('\n');
  }
  const at = m.at % (text.length + 1);
  if (m.op === 'insert') return text.slice(0, at) + m.text + text.slice(at);
  if (m.op === 'delete') return text.slice(0, at) + text.slice(at + m.len);
  return text.slice(0, at) + m.text + text.slice(at + m.len);
}

describe('mutations of a valid catalog text', () => {
  test('deleting, inserting, replacing and moving text never crashes the loader', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 6 }), (mutations) => {
        loadsSafely(mutations.reduce(mutate, VALID_TEXT));
      }),
      CATALOG_RUNS,
    );
  });

  test('an error introduced on one line is reported on that line', () => {
    // a misspelt key anywhere in the role documents: UNKNOWN_KEY, located at that key
    const lines = VALID_TEXT.split('\n');
    const candidates = lines.flatMap((l, i) =>
      /^\s*(- )?(title|category|level|weight|traits|channels):/.test(l) ? [i] : [],
    );
    expect(candidates.length).toBeGreaterThan(10);
    fc.assert(
      fc.property(fc.constantFrom(...candidates), (i) => {
        const broken = [...lines];
        broken[i] = (broken[i] as string).replace(/(\w+):/, '$1x:');
        const { diagnostics } = loadsSafely(broken.join('\n'));
        const unknown = diagnostics.filter((d) => d.code === 'UNKNOWN_KEY');
        expect(unknown).toHaveLength(1);
        expect(unknown[0]?.line).toBe(i + 1);
        expect(unknown[0]?.column).toBe(broken[i].search(/\w+x:/) + 1);
      }),
      { numRuns: 60 },
    );
  });
});

test('brackets nested thousands deep give a located diagnostic, not a crash', async () => {
  const { loadText } = await import('../../src/catalog/load.js');
  for (const text of [`a: ${'['.repeat(20000)}`, `a: ${'['.repeat(20000)}${']'.repeat(20000)}`]) {
    const { diagnostics } = loadText(text, 'deep.yaml');
    expect(diagnostics[0]).toMatchObject({
      code: 'YAML_SYNTAX',
      file: 'deep.yaml',
      line: 1,
      message: expect.stringMatching(/nested too deeply/),
    });
  }
});
