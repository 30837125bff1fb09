import { describe, expect, test } from 'vitest';
import { loadDocuments, loadText } from '../../src/catalog/load.js';

// issue 16, item 10: keys that tamper with prototypes through an alias, and keys that are not text, are reported at
// the key itself (not at 1:1, and not silently dropped).

const ROLE = `apiVersion: rolematrix/v1
kind: Role
id: r
title: R
family: customer-service
level: staff
orientation: customer
summary: S
`;

const brief = (text: string) =>
  loadText(text, 'r.yaml').diagnostics.map((d) => [d.code, d.path, d.line, d.column] as const);

describe('keys', () => {
  test('__proto__ through an alias is FORBIDDEN_KEY at the aliased key', () => {
    expect(brief(`${ROLE}notes: &k __proto__\n? *k\n: { polluted: true }\n`)).toContainEqual([
      'FORBIDDEN_KEY',
      '__proto__',
      10,
      3,
    ]);
  });

  test('in a matrix, an aliased __proto__ role key is FORBIDDEN_KEY, not dropped silently', () => {
    const matrix = `apiVersion: rolematrix/v1
kind: ResponsibilityMatrix
id: m
title: M
roles: [&pk __proto__]
activities:
  - id: a
    title: A
    assign:
      ? *pk
      : R
`;
    expect(brief(matrix)).toContainEqual(['FORBIDDEN_KEY', 'activities[0].assign.__proto__', 10, 9]);
  });

  test.each([
    ['null', 'null: x\n', 'empty (null)'],
    ['a list', '[a, b]: x\n', 'a list'],
    ['a mapping', '{a: b}: x\n', 'a mapping'],
  ])('a key that is %s is INVALID_TYPE at the key', (_what, line, said) => {
    const found = loadText(`${ROLE}${line}`, 'r.yaml').diagnostics.filter((d) => d.code === 'INVALID_TYPE');
    expect(found.map((d) => [d.line, d.column])).toEqual([[9, 1]]);
    expect(found[0]!.message).toBe(`A key must be text; this one is ${said}, so it is ignored.`);
  });
});

describe('a role file with a syntax error', () => {
  test('a role that extends it gets no DANGLING_REFERENCE: the syntax error is the one problem', () => {
    const families =
      'apiVersion: rolematrix/v1\nkind: Vocabulary\nvocabulary: families\nentries:\n  - { id: ops, label: Ops }\n';
    // The unclosed quote swallows the `id:` line after it.
    const parent = 'apiVersion: rolematrix/v1\nkind: Role\ntitle: "Broken\nid: parent\nfamily: ops\n';
    const child = 'apiVersion: rolematrix/v1\nkind: Role\nid: child\nextends: parent\n';
    const { diagnostics } = loadDocuments([
      { path: 'families.yaml', text: families },
      { path: 'parent.yaml', text: parent },
      { path: 'child.yaml', text: child },
    ]);
    expect(diagnostics.map((d) => `${d.file} ${d.code}`)).toEqual(['parent.yaml YAML_SYNTAX']);
  });
});
