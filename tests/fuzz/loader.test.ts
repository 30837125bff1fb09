// Fuzzing the loader (loadText, loadDocuments) with mutations of real catalog files: any text gives located
// diagnostics, never a throw.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { isMap, isScalar, isSeq, parseDocument, visit, type Node, type Pair } from 'yaml';
import { Catalog } from '../../src/catalog/catalog.js';
import { loadDocuments, loadText, type LoadResult } from '../../src/catalog/load.js';
import { DIAGNOSTIC_CODES } from '../../src/errors.js';
import type { SourceFile } from '../../src/source/document.js';
import { check, fuzz, plannedRuns } from './fuzz.js';
import { mutatedSeed, ODD_VALUES } from './mutate.js';
import { CATALOG_SEEDS, VALID_CATALOG } from './seeds.js';

const CODES = new Set(Object.keys(DIAGNOSTIC_CODES));
const SEVERITIES = new Set(['error', 'warning', 'info']);
const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).length;

/** Loads `files` and checks what must hold for any content whatsoever. */
function loadsSafely(files: SourceFile[]): LoadResult {
  const result = files.length === 1 ? loadText(files[0]!.text, files[0]!.path) : loadDocuments(files);
  check(result.catalog instanceof Catalog, 'the catalog is a Catalog', typeof result.catalog);
  const lines = new Map(files.map((f) => [f.path, f.text.split('\n')]));
  for (const d of result.diagnostics) {
    check(CODES.has(d.code), 'a known code', d);
    check(SEVERITIES.has(d.severity), 'a known severity', d);
    const fileLines = lines.get(d.file);
    check(fileLines !== undefined, 'a file that was given', d);
    check(typeof d.path === 'string', 'a string path', d);
    check(Number.isInteger(d.line) && d.line >= 1 && d.line <= fileLines!.length, 'a line within the file', d);
    check(
      Number.isInteger(d.column) && d.column >= 1 && d.column <= fileLines![d.line - 1]!.length + 1,
      'a column within its line',
      d,
    );
    check(d.message.trim() !== '' && !/^error:/iu.test(d.message), 'an English message', d);
    check(typeof d.zh?.message === 'string' && d.zh.message.trim() !== '', 'a Chinese message', d);
    check((d.hint === undefined) === (d.zh.hint === undefined), 'a hint in both languages or in neither', d);
    check(d.hint === undefined || (d.hint.trim() !== '' && d.zh.hint!.trim() !== ''), 'no empty hint', d);
  }
  check(Object.getOwnPropertyNames(Object.prototype).length === PROTOTYPE_KEYS, 'Object.prototype untouched', files);
  check(!('polluted' in {}), 'no polluted property', files);
  return result;
}

/** Keys, headings and values of catalog YAML, for insertions that keep the text close to the real thing. */
const SNIPPETS = [
  'kind: Role\n',
  'apiVersion: rolematrix/v1\n',
  'extends: project-manager\n',
  'reportsTo: call-center-agent\n',
  '---\n',
  '...\n',
  '- id: x\n',
  'zh: ',
  'en: ',
  '{ zh: 中, en: x }',
  '&a ',
  '*a',
  '<<: *a\n',
  '? ',
  '%YAML 1.1\n',
  '!!str ',
  '!custom ',
  '__proto__:\n  polluted: yes\n',
  'constructor:\n  prototype:\n    polluted: yes\n',
  '# rolematrix-disable\n',
];

describe('loader', () => {
  test('the seeds: three valid catalogs that load without an error, and invalid fixtures that each have one', () => {
    expect(CATALOG_SEEDS.length).toBeGreaterThan(60);
    for (const dir of ['roles/', 'examples/software-engineering/', 'tests/fixtures/valid/']) {
      const files = CATALOG_SEEDS.filter((f) => f.path.startsWith(dir));
      const { diagnostics } = loadsSafely(files);
      expect(
        diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.file} ${d.code}`),
        dir,
      ).toEqual([]);
    }
    const invalid = CATALOG_SEEDS.filter((f) => f.path.startsWith('tests/fixtures/invalid/'));
    expect(invalid.length).toBeGreaterThan(40);
    const failing = invalid.filter((f) => loadsSafely([f]).diagnostics.length > 0);
    expect(failing.length).toBeGreaterThan(35);
  });

  test('one mutated file', () => {
    const stats = fuzz(
      'loader',
      'one mutated file',
      mutatedSeed(
        CATALOG_SEEDS.map((f) => f.text),
        SNIPPETS,
      ),
      (m) => {
        loadsSafely([{ path: CATALOG_SEEDS[m.seed]!.path, text: m.text }]);
      },
    );
    expect(stats.runs).toBe(plannedRuns('loader', 'one mutated file'));
  });

  test('one mutated file among the valid catalog', () => {
    const arb = mutatedSeed(
      VALID_CATALOG.map((f) => f.text),
      SNIPPETS,
    );
    fuzz('loader', 'one mutated file among the valid catalog', arb, (m) => {
      loadsSafely(VALID_CATALOG.map((f, i) => (i === m.seed ? { path: f.path, text: m.text } : f)));
    });
  });

  test('generated structures: a node of a valid document replaced, renamed, nested or removed', () => {
    const docs = CATALOG_SEEDS.filter((f) => f.text.length < 20_000 && parseDocument(f.text).errors.length === 0);
    const edit = fc.record({
      seed: fc.nat({ max: docs.length - 1 }),
      node: fc.nat(),
      op: fc.constantFrom('value', 'rename', 'nest', 'delete', 'duplicate'),
      key: fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'extends', 'id', 'kind', ''),
      value: fc.oneof(
        fc.constantFrom(...ODD_VALUES),
        fc.jsonValue({ maxDepth: 3 }),
        fc.string({ unit: 'binary', maxLength: 20 }),
        fc.integer({ min: 1, max: 5000 }).map((n) => '['.repeat(n) + ']'.repeat(n)),
      ),
      depth: fc.integer({ min: 1, max: 300 }),
    });
    fuzz('loader', 'generated structures', edit, (e) => {
      const text = restructure(docs[e.seed]!.text, e);
      loadsSafely([{ path: 'generated.yaml', text }]);
    });
  });

  test('a key renamed to __proto__ or constructor is one FORBIDDEN_KEY at that key, in every shipped role', () => {
    const roles = CATALOG_SEEDS.filter((f) => /^roles\/[^/]+\.yaml$/u.test(f.path) && f.path !== 'roles/catalog.yaml');
    expect(roles).toHaveLength(12);
    for (const [i, f] of roles.entries()) {
      const lines = f.text.split('\n');
      const at = lines.findIndex((l) => /^ {2}- id: /u.test(l));
      const key = i % 2 === 0 ? '__proto__' : 'constructor';
      lines[at] = lines[at]!.replace('id:', `${key}:`);
      const { diagnostics } = loadsSafely([{ path: f.path, text: lines.join('\n') }]);
      const forbidden = diagnostics.filter((d) => d.code === 'FORBIDDEN_KEY');
      expect(
        forbidden.map((d) => [d.line, d.column]),
        f.path,
      ).toEqual([[at + 1, 5]]);
    }
  });

  test('brackets nested 3,000 deep in a shipped role: YAML_SYNTAX at that line, not a stack overflow', () => {
    const f = CATALOG_SEEDS.find((s) => s.path === 'roles/project-manager.yaml')!;
    const lines = f.text.split('\n');
    const at = lines.findIndex((l) => l.startsWith('reportsTo:'));
    lines[at] = `reportsTo: ${'['.repeat(3000)}`;
    const { diagnostics } = loadsSafely([{ path: f.path, text: lines.join('\n') }]);
    expect(diagnostics[0]).toMatchObject({ code: 'YAML_SYNTAX', line: at + 1 });
  });
});

interface Edit {
  node: number;
  op: 'value' | 'rename' | 'nest' | 'delete' | 'duplicate';
  key: string;
  value: unknown;
  depth: number;
}

/** `text` with one node of its syntax tree edited, written back as YAML (comments and anchors kept where they can be). */
function restructure(text: string, e: Edit): string {
  const doc = parseDocument(text, { uniqueKeys: false });
  const pairs: Pair<unknown, unknown>[] = [];
  const items: { parent: Node; index: number }[] = [];
  visit(doc, {
    Pair: (_k, pair) => void pairs.push(pair),
    Seq: (_k, seq) => void seq.items.forEach((_x, index) => items.push({ parent: seq, index })),
  });
  const pair = pairs[e.node % Math.max(pairs.length, 1)];
  if (pair === undefined) return text;
  switch (e.op) {
    case 'value':
      pair.value = doc.createNode(e.value);
      break;
    case 'rename':
      if (isScalar(pair.key)) pair.key.value = e.key;
      break;
    case 'nest': {
      let node: unknown = pair.value;
      for (let i = 0; i < e.depth; i++) node = i % 2 === 0 ? [node] : { a: node };
      pair.value = doc.createNode(node);
      break;
    }
    case 'delete':
      pair.value = null;
      break;
    case 'duplicate': {
      const item = items[e.node % Math.max(items.length, 1)];
      if (item && isSeq(item.parent)) item.parent.items.splice(item.index, 0, item.parent.items[item.index]);
      else if (isMap(doc.contents)) (doc.contents.items as unknown[]).push(pair);
      break;
    }
  }
  try {
    return doc.toString({ lineWidth: 0 });
  } catch {
    return text; // the edit took away an anchor that an alias needs: the document cannot be written
  }
}
