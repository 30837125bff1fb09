import { mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { DIAGNOSTIC_CODES, type Diagnostic } from '../../src/errors.js';
import { loadDocuments, loadText } from '../../src/catalog/load.js';
import { DEFAULT_MAX_FILE_BYTES } from '../../src/load/parse.js';
import { loadCatalog } from '../../src/node/index.js';
import { INVALID, SHARED_VOCABULARY, VALID_EDGE, loadFixture, subdirectories } from './fixtures.js';

/** An error-severity diagnostic; `hint` must be given (undefined when there is none) so a stray hint fails the test. */
const error = (d: Omit<Diagnostic, 'severity' | 'hint' | 'zh'> & { hint: unknown; zh?: unknown }): Diagnostic =>
  ({
    severity: 'error',
    // Every diagnostic also speaks Chinese: a message always, a hint exactly when there is an English one.
    zh:
      d.hint === undefined
        ? { message: expect.any(String) }
        : { message: expect.any(String), hint: expect.any(String) },
    ...d,
  }) as Diagnostic;
const didYouMean = (s: string) => `Did you mean "${s}"?`;
const anyHint = expect.any(String);

/**
 * Each fixture under tests/fixtures/invalid/ proves exactly this one diagnostic (file names relative to the fixture).
 */
const CASES: [fixture: string, expected: Diagnostic][] = [
  // ---- YAML ----
  [
    'yaml-syntax',
    error({
      code: 'YAML_SYNTAX',
      file: 'agent.yaml',
      path: '',
      line: 8,
      column: 10,
      message: 'Nested mappings are not allowed in compact mappings.',
      hint: 'The text contains `: `, which YAML reads as the start of another key. Put the whole text in quotes: `summary: "Note: an unquoted colon followed by a space starts a nested mapping."`. (YAML error BLOCK_AS_IMPLICIT_KEY.)',
      zh: { message: 'YAML 语法错误：多行的块不能用作键。', hint: expect.stringContaining('请给整段文字加引号') },
    }),
  ],
  [
    'yaml-trap-indicator',
    error({
      code: 'YAML_SYNTAX',
      file: 'agent.yaml',
      path: '',
      line: 12,
      column: 12,
      message: 'Block scalar header includes extra characters: >=.',
      hint: 'A value that starts with `>` means something else in YAML. Put the text in quotes: `op: ">="`. (YAML error UNEXPECTED_TOKEN.)',
      zh: {
        message: expect.any(String),
        hint: '在 YAML 中，以 `>` 开头的值另有含义。请给文字加引号：`op: ">="`。（YAML 错误 UNEXPECTED_TOKEN）',
      },
    }),
  ],
  [
    'yaml-trap-colon-in-flow',
    error({
      code: 'YAML_SYNTAX',
      file: 'agent.yaml',
      path: '',
      line: 8,
      column: 27,
      message: 'Block collections are not allowed within flow collections.',
      hint: 'The text contains `: `, which YAML reads as the start of another key. Put the whole text in quotes: `en: "Scope: enquiries and complaints"`. (YAML error BLOCK_IN_FLOW.)',
      zh: {
        message: expect.any(String),
        hint: '文字中含有 `: `，YAML 会把它当作另一个键的开始。请给整段文字加引号：`en: "Scope: enquiries and complaints"`。（YAML 错误 BLOCK_IN_FLOW）',
      },
    }),
  ],
  [
    'yaml-trap-alias-as-text',
    error({
      code: 'YAML_SYNTAX',
      file: 'agent.yaml',
      path: '',
      line: 8,
      column: 38,
      message: 'Unexpected scalar at node end.',
      hint: 'A value that starts with `*` means something else in YAML. Put the text in quotes: `en: "*Always* answers within a day."`. (YAML error UNEXPECTED_TOKEN.)',
      zh: {
        message: expect.any(String),
        hint: '在 YAML 中，以 `*` 开头的值另有含义。请给文字加引号：`en: "*Always* answers within a day."`。（YAML 错误 UNEXPECTED_TOKEN）',
      },
    }),
  ],
  [
    'yaml-trap-unclosed-bracket',
    error({
      code: 'YAML_SYNTAX',
      file: 'agent.yaml',
      path: '',
      line: 9,
      column: 8,
      message: 'Flow sequence in block collection must be sufficiently indented and end with a ].',
      hint: 'This `[` is never closed: add `]` where the list or mapping ends, or put text containing `[` in quotes (YAML error BAD_INDENT).',
      zh: {
        message: expect.any(String),
        hint: '这里的 `[` 没有闭合：请在列表或映射结束处补上 `]`，或给含有 `[` 的文字加引号（YAML 错误 BAD_INDENT）。',
      },
    }),
  ],
  [
    'yaml-trap-comma-in-flow',
    error({
      code: 'UNKNOWN_KEY',
      file: 'agent.yaml',
      path: 'summary["patient service"]',
      line: 8,
      column: 37,
      message: 'The key `patient service` is not part of the model here.',
      hint: 'A comma inside { … } ends the text "Friendly", so "patient service" became a key. Put the whole text in quotes: `en: "Friendly, patient service"`.',
      zh: {
        message: expect.any(String),
        hint: '在 { … } 中，逗号截断了文字 "Friendly"，"patient service" 被当成了键。请给整段文字加引号：`en: "Friendly, patient service"`。',
      },
    }),
  ],
  [
    'duplicate-key',
    error({
      code: 'YAML_SYNTAX',
      file: 'agent.yaml',
      path: '',
      line: 9,
      column: 1,
      message: 'Map keys must be unique.',
      hint: expect.stringContaining('DUPLICATE_KEY'),
      zh: {
        message: 'YAML 语法错误：同一个映射中出现了重复的键；每个键只能出现一次。',
        hint: expect.stringContaining('DUPLICATE_KEY'),
      },
    }),
  ],
  [
    'unresolved-alias',
    error({
      code: 'YAML_SYNTAX',
      file: 'agent.yaml',
      path: '',
      line: 8,
      column: 10,
      message: 'Unresolved alias (the anchor must be set before the alias): summary.',
      hint: 'Define the anchor (`&name`) before the alias (`*name`) that refers to it. If it was meant as text, put it in quotes: `summary: "*summary"`.',
    }),
  ],
  [
    'alias-limit',
    error({
      code: 'ALIAS_LIMIT',
      file: 'bomb.yaml',
      path: '',
      line: 3,
      column: 8,
      message: 'The document expands more than 100 aliases, which looks like an alias bomb; it was not loaded.',
      hint: anyHint,
    }),
  ],
  [
    'forbidden-key-proto',
    error({
      code: 'FORBIDDEN_KEY',
      file: 'agent.yaml',
      path: '__proto__',
      line: 9,
      column: 1,
      message: 'The key "__proto__" is not allowed: it could tamper with object prototypes.',
      hint: 'Rename or remove the key; it has been ignored.',
    }),
  ],
  [
    'forbidden-key-constructor',
    error({
      code: 'FORBIDDEN_KEY',
      file: 'agent.yaml',
      path: 'duties[0].constructor',
      line: 12,
      column: 5,
      message: 'The key "constructor" is not allowed: it could tamper with object prototypes.',
      hint: 'Rename or remove the key; it has been ignored.',
    }),
  ],
  // the 2nd `---` document of the file; lines count from the top of the file
  [
    'multi-document-error',
    error({
      code: 'UNKNOWN_KEY',
      file: 'roles.yaml',
      path: 'orientaton',
      line: 16,
      column: 1,
      message: 'The key `orientaton` is not part of the model here.',
      hint: didYouMean('orientation'),
    }),
  ],
  // BOM and CRLF line endings: line 1 column counts from after the BOM, and \r does not shift lines
  [
    'bom-error',
    error({
      code: 'INVALID_VALUE',
      file: 'agent.yaml',
      path: 'apiVersion',
      line: 1,
      column: 13,
      message: '"rolematrix/v2" is not allowed here; use "rolematrix/v1".',
      hint: didYouMean('rolematrix/v1'),
    }),
  ],
  [
    'crlf-error',
    error({
      code: 'INVALID_VALUE',
      file: 'agent.crlf.yaml',
      path: 'duties[0].category',
      line: 14,
      column: 15,
      message: expect.stringMatching(
        /^"complaints" is not allowed here; use one of: team-leadership, .*, improvement\.$/,
      ),
      hint: undefined,
    }),
  ],
  // ---- documents and schema ----
  [
    'not-a-document',
    error({
      code: 'NOT_A_DOCUMENT',
      file: 'agent.yaml',
      path: '',
      line: 2,
      column: 1,
      message: 'A rolematrix document is a mapping with a `kind`, but this document is a list.',
      hint: anyHint,
    }),
  ],
  [
    'unknown-kind',
    error({
      code: 'UNKNOWN_KIND',
      file: 'agent.yaml',
      path: 'kind',
      line: 2,
      column: 7,
      message: 'The kind "Rol" is not one rolematrix knows.',
      hint: didYouMean('Role'),
    }),
  ],
  [
    'unknown-key',
    error({
      code: 'UNKNOWN_KEY',
      file: 'agent.yaml',
      path: 'dutys',
      line: 9,
      column: 1,
      message: 'The key `dutys` is not part of the model here.',
      hint: didYouMean('duties'),
    }),
  ],
  [
    'unknown-key-in-duty',
    error({
      code: 'UNKNOWN_KEY',
      file: 'agent.yaml',
      path: 'duties[0].catgory',
      line: 12,
      column: 5,
      message: 'The key `catgory` is not part of the model here.',
      hint: didYouMean('category'),
    }),
  ],
  // a type error points at the value
  [
    'invalid-type',
    error({
      code: 'INVALID_TYPE',
      file: 'agent.yaml',
      path: 'kpis[0].weight',
      line: 11,
      column: 13,
      message: 'Expected number, but found the text "high".',
      hint: expect.stringContaining('sum to 100'),
    }),
  ],
  // `mgr` is too far from `manager` to guess; the message lists what is allowed
  [
    'invalid-value-enum',
    error({
      code: 'INVALID_VALUE',
      file: 'agent.yaml',
      path: 'level',
      line: 6,
      column: 8,
      message: '"mgr" is not allowed here; use one of: staff, senior, supervisor, manager, director, executive.',
      hint: undefined,
    }),
  ],
  [
    'invalid-value-id',
    error({
      code: 'INVALID_VALUE',
      file: 'agent.yaml',
      path: 'id',
      line: 3,
      column: 5,
      message: 'A role id is lower-case words joined by hyphens, e.g. "customer-satisfaction".',
      hint: anyHint,
    }),
  ],
  // a missing key points at its parent mapping: for a top-level key, the document's first key (after the comment)
  [
    'missing-key',
    error({
      code: 'MISSING_KEY',
      file: 'agent.yaml',
      path: '',
      line: 2,
      column: 1,
      message: 'The role has no `title`; add it, or `extends` a role that has one.',
      hint: anyHint,
    }),
  ],
  [
    'missing-key-in-duty',
    error({
      code: 'MISSING_KEY',
      file: 'agent.yaml',
      path: 'duties[1]',
      line: 12,
      column: 5,
      message: 'The required key `title` is missing.',
      hint: 'Short name of the duty.',
    }),
  ],
  [
    'missing-api-version',
    error({
      code: 'MISSING_KEY',
      file: 'agent.yaml',
      path: '',
      line: 1,
      column: 1,
      message: 'The required key `apiVersion` is missing.',
      hint: 'The format version: always `rolematrix/v1`.',
    }),
  ],
  // ---- catalog rules ----
  [
    'duplicate-duty-id',
    error({
      code: 'DUPLICATE_ID',
      file: 'agent.yaml',
      path: 'duties[1].id',
      line: 12,
      column: 9,
      message: 'The duty id "answer-enquiries" appears twice in role "agent"; it is already at duties[0].',
      hint: anyHint,
    }),
  ],
  // files are read in name order: agent.yaml defines the id first
  [
    'duplicate-role-id',
    error({
      code: 'DUPLICATE_ID',
      file: 'phone-agent.yaml',
      path: 'id',
      line: 3,
      column: 5,
      message: 'The role id "agent" is already taken by another role.',
      hint: expect.stringMatching(
        /^Role ids are unique across the catalog; the first definition is at .*[/\\]duplicate-role-id[/\\]agent\.yaml:3:5\. Rename one of the roles\.$/,
      ),
    }),
  ],
  [
    'duplicate-vocabulary-entry',
    error({
      code: 'DUPLICATE_ID',
      file: 'words.yaml',
      path: 'entries[1].id',
      line: 8,
      column: 9,
      message: 'The traits entry "patience" is defined twice.',
      hint: expect.stringMatching(
        /the first definition is at .*[/\\]vocabulary\.yaml:33:5\. Remove or rename one of them\.$/,
      ),
    }),
  ],
  [
    'duplicate-catalog-settings',
    error({
      code: 'DUPLICATE_CATALOG_SETTINGS',
      file: 'vocabulary.yaml',
      path: 'kind',
      line: 5,
      column: 7,
      message: 'A catalog has one `kind: Catalog` document, and this is a second one.',
      hint: expect.stringMatching(/^The first is at .*catalog\.yaml:2:1; merge the two into one\.$/),
    }),
  ],
  [
    'dangling-reports-to',
    error({
      code: 'DANGLING_REFERENCE',
      file: 'agent.yaml',
      path: 'reportsTo',
      line: 7,
      column: 12,
      message: 'This role reports to "manger", but the catalog has no such role.',
      hint: didYouMean('manager'),
    }),
  ],
  [
    'dangling-career',
    error({
      code: 'DANGLING_REFERENCE',
      file: 'agent.yaml',
      path: 'career[1].to',
      line: 12,
      column: 9,
      message: 'The career step leads to "team-lead", but the catalog has no such role.',
      hint: 'Add the role, or correct the id.',
    }),
  ],
  [
    'dangling-vocabulary-ref',
    error({
      code: 'DANGLING_REFERENCE',
      file: 'agent.yaml',
      path: 'kpis[0].ref',
      line: 10,
      column: 10,
      message: 'The KPI "customer-satisfation" is not in the vocabulary.',
      hint: didYouMean('customer-satisfaction'),
    }),
  ],
  [
    'dangling-extends',
    error({
      code: 'DANGLING_REFERENCE',
      file: 'senior-agent.yaml',
      path: 'extends',
      line: 4,
      column: 10,
      message: 'This role extends "base-agent", but the catalog has no such role.',
      hint: 'Add the role, or correct the id.',
    }),
  ],
  [
    'extends-cycle',
    error({
      code: 'EXTENDS_CYCLE',
      file: 'a.yaml',
      path: 'extends',
      line: 4,
      column: 10,
      message: 'Roles extend each other in a loop: role-a → role-b → role-a.',
      hint: 'Break the loop by changing `extends` on one of these roles.',
    }),
  ],
  [
    'reports-to-cycle',
    error({
      code: 'REPORTS_TO_CYCLE',
      file: 'a.yaml',
      path: 'reportsTo',
      line: 9,
      column: 12,
      message: 'Roles report to each other in a loop: role-a → role-b → role-a.',
      hint: 'Break the loop by changing `reportsTo` on one of these roles.',
    }),
  ],
  [
    'kpi-weights-inherited',
    error({
      code: 'KPI_WEIGHTS_SUM',
      file: 'senior-agent.yaml',
      path: 'kpis',
      line: 8,
      column: 1,
      message:
        'The KPI weights of role "senior-agent" sum to 110, not 100. Of that, 100 comes from KPIs inherited from "agent": customer-satisfaction (100).',
      hint: 'Inherited weights count: restate the inherited KPIs in this role with new weights so that all of them make 100, or leave some out with `remove: { kpis: [...] }`.',
      zh: {
        message:
          '岗位 "senior-agent" 的绩效指标权重合计为 110，而不是 100。其中 100 来自从 "agent" 继承的指标：customer-satisfaction（100）。',
        hint: '继承的权重也计入合计：请在本岗位中重写继承的指标并调整权重，使全部指标合计为 100，或用 `remove: { kpis: [...] }` 去掉其中一些。',
      },
    }),
  ],
  // remove names an inherited item by its merge key; a KPI the parent does not have is pointed at in the list
  [
    'remove-not-inherited',
    error({
      code: 'DANGLING_REFERENCE',
      file: 'senior-agent.yaml',
      path: 'remove.kpis[1]',
      line: 9,
      column: 36,
      message: 'Role "senior-agent" removes the KPI "customer-satisfation", but "agent" has no such KPI to inherit.',
      hint: 'Did you mean "customer-satisfaction"?',
      zh: {
        message: '岗位 "senior-agent" 删除了绩效指标 "customer-satisfation"，但 "agent" 没有可继承的该绩效指标。',
        hint: '是不是要写 "customer-satisfaction"？',
      },
    }),
  ],
  [
    'self-escalation',
    error({
      code: 'SELF_REFERENCE',
      file: 'senior-agent.yaml',
      path: 'extends',
      line: 4,
      column: 1,
      message: 'Role "senior-agent" escalates permission "goodwill-credit" (inherited from "agent") to itself.',
      hint: 'Restate permission "goodwill-credit" in this role with the role it escalates to, e.g. the one above it.',
      zh: {
        message: '岗位 "senior-agent" 的权限 "goodwill-credit"（继承自 "agent"）超出时上报给它自己。',
        hint: '请在本岗位中重写权限 "goodwill-credit"，写明它应上报的岗位（例如上一级岗位）。',
      },
    }),
  ],
  [
    'kpi-weights-sum',
    error({
      code: 'KPI_WEIGHTS_SUM',
      file: 'agent.yaml',
      path: 'kpis',
      line: 9,
      column: 1,
      message: 'The KPI weights of role "agent" sum to 90, not 100.',
      hint: anyHint,
    }),
  ],
  // the catalog declares zh and en; the title (a block mapping starting on line 5) has zh only
  [
    'missing-translation',
    error({
      code: 'MISSING_TRANSLATION',
      file: 'agent.yaml',
      path: 'title',
      line: 5,
      column: 3,
      message: 'This text has no English (en) version; the catalog declares zh and en.',
      hint: 'Add `en:` beside `zh:`.',
    }),
  ],
  // `&` and `!` at the start of a value parse without an error, and the text loses its start: a warning that says
  // to quote it
  [
    'yaml-trap-anchor-as-text',
    {
      code: 'YAML_WARNING',
      severity: 'warning',
      file: 'agent.yaml',
      path: '',
      line: 5,
      column: 24,
      message: 'YAML reads `&team` as an anchor name, so the value is only "lead".',
      hint: 'A value that starts with `&` means something else in YAML. Put the text in quotes: `en: "&team lead"`.',
      zh: {
        message: 'YAML 把 `&team` 当作锚点名称，因此取值只剩 "lead"。',
        hint: '在 YAML 中，以 `&` 开头的值另有含义。请给文字加引号：`en: "&team lead"`。',
      },
    },
  ],
  [
    'yaml-trap-tag',
    {
      code: 'YAML_WARNING',
      severity: 'warning',
      file: 'agent.yaml',
      path: '',
      line: 9,
      column: 29,
      message: 'Unresolved tag: !important.',
      hint: 'A value that starts with `!` means something else in YAML. Put the text in quotes: `en: "!important Answers customer enquiries."`.',
      zh: {
        message: 'YAML 警告：无法识别的标签（`!…`）；请删除它，直接写出值。',
        hint: '在 YAML 中，以 `!` 开头的值另有含义。请给文字加引号：`en: "!important Answers customer enquiries."`。',
      },
    },
  ],
  [
    'yaml-warning',
    {
      code: 'YAML_WARNING',
      severity: 'warning',
      file: 'agent.yaml',
      path: '',
      line: 4,
      column: 8,
      message: 'Unresolved tag: !custom.',
      zh: { message: 'YAML 警告：无法识别的标签（`!…`）；请删除它，直接写出值。' },
    },
  ],
];

describe('each invalid fixture proves exactly one diagnostic', () => {
  test.each(CASES)('%s', (fixture, expected) => {
    const { diagnostics } = loadFixture(join(INVALID, fixture));
    expect(diagnostics).toEqual([expected]);
    const [d] = diagnostics;
    expect(Object.keys(DIAGNOSTIC_CODES)).toContain(d?.code);
    // a full sentence with no "Error:" prefix and no position in it
    expect(d?.message).toMatch(/^[A-Z"].*[.?!]$/s);
    expect(d?.message).not.toMatch(/^error:/i);
    expect(d?.message).not.toContain(`${d?.line}:${d?.column}`);
  });

  test('the table covers every fixture directory, and every fixture holds an unchanged copy of the shared vocabulary', () => {
    const covered = [...CASES.map(([name]) => name), 'many-problems'].sort();
    expect(subdirectories(INVALID)).toEqual(covered);
    const shared = readFileSync(SHARED_VOCABULARY, 'utf8');
    for (const dir of [
      ...covered.map((n) => join(INVALID, n)),
      ...subdirectories(VALID_EDGE).map((n) => join(VALID_EDGE, n)),
    ]) {
      const copy = join(dir, 'vocabulary.yaml');
      expect(existsSync(copy), copy).toBe(true);
      expect(readFileSync(copy, 'utf8'), copy).toBe(shared);
    }
  });
});

describe('a missing key points at its parent mapping, whatever zod calls it', () => {
  const role = [
    'apiVersion: rolematrix/v1',
    'kind: Role',
    'id: agent',
    'title: A',
    'family: f',
    'level: staff',
    'orientation: customer',
    'summary: S',
  ];
  test.each([
    // zod: invalid_type (a string field)
    ['a text', 'duties:\n  - id: answer', 'duties[0]', 'title', 10, 5],
    // zod: invalid_value (an enum field)
    ['an enum', 'career:\n  - to: agent', 'career[0]', 'track', 10, 5],
    [
      'an enum in a flow mapping',
      'permissions: [{ id: refund, title: Refunds, authority: executes }]',
      'permissions[0]',
      'domain',
      9,
      15,
    ],
  ])('%s', (_name, extra, path, key, line, column) => {
    const { diagnostics } = loadText([...role, extra].join('\n'), 'x.yaml');
    const missing = diagnostics.filter((d) => d.code !== 'DANGLING_REFERENCE');
    expect(missing).toEqual([
      error({
        code: 'MISSING_KEY',
        file: 'x.yaml',
        path,
        line,
        column,
        message: `The required key \`${key}\` is missing.`,
        hint: anyHint,
      }),
    ]);
  });
});

describe('forbidden keys', () => {
  test('`__proto__` is dropped without touching any prototype', () => {
    const { catalog } = loadFixture(join(INVALID, 'forbidden-key-proto'));
    const role = catalog.find('agent');
    expect(role).toBeDefined();
    expect(Object.hasOwn(role as object, '__proto__')).toBe(false);
    expect(Object.getPrototypeOf(role)).toBe(Object.prototype);
    expect((role as { polluted?: unknown }).polluted).toBeUndefined();
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });

  test('`constructor` is dropped from the duty that had it', () => {
    const { catalog } = loadFixture(join(INVALID, 'forbidden-key-constructor'));
    const duty = catalog.find('agent')?.duties?.[0];
    expect(duty).toEqual({ id: 'answer-enquiries', title: { zh: '受理咨询', en: 'Answer enquiries' } });
    expect(Object.hasOwn(duty as object, 'constructor')).toBe(false);
    expect(duty?.constructor).toBe(Object);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    expect((Object.prototype as { polluted?: unknown }).polluted).toBeUndefined();
  });

  test.each([
    ['__proto__', 'a: 1\n__proto__: { polluted: yes }\n', '__proto__', 2, 1],
    [
      'constructor in a flow mapping',
      'a: { b: 1, constructor: { prototype: { polluted: yes } } }\n',
      'a.constructor',
      1,
      12,
    ],
    ['prototype in a list item', 'a:\n  - b: 1\n    prototype: { polluted: yes }\n', 'a[0].prototype', 3, 5],
    ['a quoted __proto__', '"__proto__": { polluted: yes }\n', '__proto__', 1, 1],
  ])('%s', (_name, text, path, line, column) => {
    const forbidden = loadText(text, 'x.yaml').diagnostics.filter((d) => d.code === 'FORBIDDEN_KEY');
    expect(forbidden.map(({ path, line, column }) => ({ path, line, column }))).toEqual([{ path, line, column }]);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });
});

describe('YAML syntax errors after a plain scalar the parser gave up on', () => {
  test('are on the line they are on (found by the fuzzer: the parser skipped the line break inside "bc\\nde")', () => {
    // The first line's indentation makes `bc` and `de` one broken plain scalar; the `:` after it is on line 3.
    const { diagnostics } = loadText(' a: 1\nbc\nde: 1\n', 'x.yaml');
    expect(diagnostics.map((d) => [d.code, d.line, d.column, d.message])).toEqual([
      ['YAML_SYNTAX', 2, 1, 'Unexpected scalar at node end.'],
      ['YAML_SYNTAX', 3, 3, 'Unexpected map-value-ind token in YAML stream: ":".'],
      ['YAML_SYNTAX', 3, 5, 'Unexpected scalar token in YAML stream: "1".'],
    ]);
  });
});

describe('nesting too deep for the parser', () => {
  test('a thousand `- ` on one line is one YAML_SYNTAX where it passes 100 levels (found by the fuzzer: the process aborted)', () => {
    // In a test worker the yaml parser's recursion ran out of stack while V8 compiled a regular expression, which
    // is a fatal out-of-memory error that kills the process instead of a RangeError.
    const { diagnostics } = loadText(`${'- '.repeat(2900)}x`, 'deep.yaml');
    expect(diagnostics.map((d) => [d.code, d.line, d.column, d.message, d.zh.message])).toEqual([
      [
        'YAML_SYNTAX',
        1,
        199,
        'The YAML is nested too deeply to read (more than 100 levels of brackets or indentation).',
        'YAML 嵌套层级过深（超过 100 层括号或缩进），无法读取。',
      ],
    ]);
  });

  test.each([
    ['indentation', Array.from({ length: 120 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n'), 101, 101],
    ['flow brackets after a key', `a: ${'['.repeat(200)}`, 1, 103],
    ['flow mappings', `a: ${'{b: '.repeat(200)}`, 1, 398], // the 99th `{`'s key is the 101st level
    // Found by the fast path's differential fuzzer: the parser's stack overflowed (a RangeError out of the loader).
    [
      'keys chained on a list item’s line',
      `entries:\n  - id: c\n    type: ${'pe: '.repeat(3000)}x\n    unit: percent\n  - id: d\n`,
      3,
      397,
    ],
  ])('%s', (_name, text, line, column) => {
    expect(loadText(text, 'deep.yaml').diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([
      ['YAML_SYNTAX', line, column],
    ]);
  });

  test('brackets in text, quotes and comments are not nesting; 90 real levels still parse', () => {
    const text = [
      `a: "${'['.repeat(300)}"`,
      `b: '${'{'.repeat(300)}'`,
      `c: see ${'['.repeat(300)} here`,
      `# ${'['.repeat(300)}`,
      `d: ${'['.repeat(90)}${']'.repeat(90)}`,
      `e: { ${Array.from({ length: 300 }, (_, i) => `k${i}: v`).join(', ')} }`, // keys inside brackets are not chained
      `f: "${'x: '.repeat(300)}"`,
    ].join('\n');
    const { diagnostics } = loadText(text, 'shallow.yaml');
    expect(diagnostics.map((d) => [d.code, d.path])).toEqual([['MISSING_KEY', '']]); // no `kind`: read, not refused
  });
});

describe('a file with thousands of syntax errors', () => {
  test('is read in linear time (found by the fuzzer: each error scanned every other error, 7 s for this one)', () => {
    // 4,000 lines that each give 3 errors after the indented first line; quadratic, this took 7 s.
    const text = ` a: 1\n${'bc: d\n'.repeat(4000)}`;
    const start = performance.now();
    const { diagnostics } = loadText(text, 'many.yaml');
    expect(performance.now() - start).toBeLessThan(1500);
    expect(diagnostics).toHaveLength(12_000);
    expect(new Set(diagnostics.map((d) => d.code))).toEqual(new Set(['YAML_SYNTAX']));
    expect(diagnostics.at(-1)).toMatchObject({ line: 4001, column: 5 });
  });
});

describe('BOM and CRLF', () => {
  test('the fixtures really have a BOM and CRLF line endings (guards against git rewriting them)', () => {
    for (const file of [
      join(VALID_EDGE, 'bom-crlf', 'agent.crlf.yaml'),
      join(INVALID, 'crlf-error', 'agent.crlf.yaml'),
    ]) {
      const bytes = readFileSync(file);
      expect([...bytes.subarray(0, 3)], file).toEqual([0xef, 0xbb, 0xbf]);
      const text = bytes.toString('utf8');
      expect(text.split('\r\n').length, file).toBeGreaterThan(10);
      expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    }
    expect([...readFileSync(join(INVALID, 'bom-error', 'agent.yaml')).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  test('a BOM + CRLF file loads cleanly, with no \\r left in any text', () => {
    const { catalog, diagnostics } = loadFixture(join(VALID_EDGE, 'bom-crlf'));
    expect(diagnostics).toEqual([]);
    const role = catalog.find('agent');
    expect(role?.summary).toEqual({ zh: '受理客户咨询。', en: 'Answers customer enquiries.' });
    expect(role?.duties).toEqual([{ id: 'answer-enquiries', title: { zh: '受理咨询', en: 'Answer enquiries' } }]);
    expect(JSON.stringify(role)).not.toContain('\\r');
  });
});

describe('files and documents', () => {
  test('both documents of a multi-document file load; a trailing empty document is ignored', () => {
    const { catalog, diagnostics } = loadFixture(join(VALID_EDGE, 'multi-document'));
    expect(diagnostics).toEqual([]);
    expect([...catalog.roles.keys()]).toEqual(['agent', 'senior-agent']);
    expect(catalog.find('senior-agent')).toMatchObject({
      level: 'senior',
      summary: { zh: '受理客户咨询。', en: 'Answers customer enquiries.' },
    });
  });

  test.each([
    ['a bare trailing ---', 'kind: Catalog\n---\n'],
    ['a trailing --- and a comment', 'kind: Catalog\n---\n# nothing here\n'],
    ['a leading empty document', '---\n---\nkind: Catalog\n'],
  ])('an empty document is not a diagnostic: %s', (_name, text) => {
    const codes = loadText(text).diagnostics.map((d) => d.code);
    // the Catalog document is incomplete; what matters is that nothing says NOT_A_DOCUMENT
    expect(codes).not.toContain('NOT_A_DOCUMENT');
    expect(codes).toEqual(['MISSING_KEY', 'MISSING_KEY', 'MISSING_KEY']);
  });

  test('an explicit null document is still not a document', () => {
    expect(loadText('kind: Catalog\n--- ~\n').diagnostics.find((d) => d.code === 'NOT_A_DOCUMENT')).toMatchObject({
      line: 2,
      column: 5,
    });
  });

  test('files that are not .yaml/.yml are ignored: README.md, data.json, notes.yaml.bak', () => {
    const { catalog, diagnostics } = loadFixture(join(VALID_EDGE, 'non-yaml-ignored'));
    expect(diagnostics).toEqual([]);
    expect([...catalog.roles.keys()]).toEqual(['agent']); // from agent.yml
  });

  test('a directory that does not exist, or is a file, is an IO_ERROR', () => {
    const missing = join(INVALID, 'no-such-directory');
    expect(loadCatalog(missing).diagnostics).toEqual([
      {
        code: 'IO_ERROR',
        severity: 'error',
        file: missing,
        path: '',
        line: 1,
        column: 1,
        message: `The directory "${missing}" cannot be read (ENOENT).`,
        hint: anyHint,
        zh: { message: `无法读取目录 "${missing}"（ENOENT）。`, hint: '请检查路径及其访问权限。' },
      },
    ]);
    expect(loadCatalog(SHARED_VOCABULARY).diagnostics).toMatchObject([
      { code: 'IO_ERROR', message: `"${SHARED_VOCABULARY}" is not a directory.` },
    ]);
  });

  test.each([
    ['a list holding itself', '    years: { min: &a [*a] }', 23],
    ['a mapping holding itself', '    years: &a { min: *a }', 22],
    ['deeper down', '    years: &a { min: [1, { max: *a }] }', 33],
  ])(
    'an alias inside its own anchor (%s) is YAML_SYNTAX at the alias, and the document is not loaded',
    (_, line, column) => {
      const text = [
        'apiVersion: rolematrix/v1',
        'kind: Role',
        'id: x',
        'title: X',
        'level: staff',
        'qualifications:',
        '  experience:',
        line,
      ].join('\n');
      const { catalog, diagnostics } = loadText(text, 'x.yaml');
      expect(diagnostics).toEqual([
        error({
          code: 'YAML_SYNTAX',
          file: 'x.yaml',
          path: '',
          line: 8,
          column,
          message:
            'This alias points into the value it is part of, which would make the value contain itself; the document was not loaded.',
          hint: 'Point the alias at an anchor defined before and outside this value, or write the content out.',
        }),
      ]);
      expect(catalog.find('x')).toBeUndefined();
    },
  );

  test('ordinary aliases are not an alias bomb', () => {
    const text = [
      'apiVersion: rolematrix/v1',
      'kind: Role',
      'id: agent',
      'title: &title { zh: 客服专员, en: Support agent }',
      'family: customer-service',
      'level: staff',
      'orientation: customer',
      'summary: *title',
      'duties:',
      '  - { id: a, title: *title }',
      '  - { id: b, title: *title }',
    ].join('\n');
    const vocabulary = readFileSync(SHARED_VOCABULARY, 'utf8');
    const { catalog, diagnostics } = loadDocumentsOf({ 'vocabulary.yaml': vocabulary, 'agent.yaml': text });
    expect(diagnostics).toEqual([]);
    expect(catalog.find('agent')?.duties?.[1]?.title).toEqual({ zh: '客服专员', en: 'Support agent' });
  });
});

describe('FILE_TOO_LARGE', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rolematrix-large-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('a file over the default limit is reported by size and not read; the rest of the catalog loads', () => {
    copyFileSync(SHARED_VOCABULARY, join(dir, 'vocabulary.yaml'));
    const role = readFileSync(join(INVALID, 'kpi-weights-sum', 'agent.yaml'), 'utf8');
    const padding = `# ${'x'.repeat(98)}\n`.repeat(Math.ceil(DEFAULT_MAX_FILE_BYTES / 100) + 1);
    const big = role + padding;
    writeFileSync(join(dir, 'agent.yaml'), big);
    const size = Buffer.byteLength(big);
    expect(size).toBeGreaterThan(DEFAULT_MAX_FILE_BYTES);
    const { catalog, diagnostics } = loadFixture(dir);
    expect(diagnostics).toEqual([
      error({
        code: 'FILE_TOO_LARGE',
        file: 'agent.yaml',
        path: '',
        line: 1,
        column: 1,
        message: `The file is ${size} bytes, over the limit of 1048576 bytes; it was not read.`,
        hint: anyHint,
      }),
    ]);
    expect(catalog.roles.size).toBe(0);
    expect(catalog.vocabularies.kpis.size).toBe(2);
  });

  test('maxFileBytes counts UTF-8 bytes, not characters', () => {
    const text = `# ${'客'.repeat(40)}\n`; // 43 characters, 123 bytes
    expect(loadText(text, 'x.yaml', { maxFileBytes: 123 }).diagnostics).toEqual([]);
    expect(loadText(text, 'x.yaml', { maxFileBytes: 122 }).diagnostics).toEqual([
      error({
        code: 'FILE_TOO_LARGE',
        file: 'x.yaml',
        path: '',
        line: 1,
        column: 1,
        message: 'The file is 123 bytes, over the limit of 122 bytes; it was not read.',
        hint: anyHint,
      }),
    ]);
  });
});

describe('every problem in one pass', () => {
  test('several problems in several files come back together, sorted by file and position', () => {
    const { catalog, diagnostics } = loadFixture(join(INVALID, 'many-problems'));
    expect(diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.path} ${d.code}`)).toEqual([
      'agent.yaml:6:8 level INVALID_VALUE',
      'agent.yaml:9:1 dutys UNKNOWN_KEY',
      'agent.yaml:12:13 kpis[0].weight INVALID_TYPE',
      // a role without `title` and with a misspelt key: both, not the first only
      'lead.yaml:1:1  MISSING_KEY',
      'lead.yaml:8:1 reportTo UNKNOWN_KEY',
      // manager.yaml passes its schema, so the cross-document rules find three things in it
      'manager.yaml:4:8 title MISSING_TRANSLATION',
      'manager.yaml:7:12 reportsTo DANGLING_REFERENCE',
      'manager.yaml:10:1 kpis KPI_WEIGHTS_SUM',
      'words.yaml:6:12  YAML_SYNTAX', // at the { that is never closed
    ]);
    expect(diagnostics.every((d) => d.severity === 'error')).toBe(true);
    expect(diagnostics.find((d) => d.path === 'reportTo')?.hint).toBe(didYouMean('reportsTo'));
    expect([...catalog.roles.keys()]).toEqual(['manager']);
  });
});

/** Loads in-memory files, for inputs that are clearer inline than as a fixture. */
function loadDocumentsOf(files: Record<string, string>) {
  return loadDocuments(Object.entries(files).map(([path, text]) => ({ path, text })));
}

describe('diagnostics in Chinese', () => {
  test.each([
    ['unknown-key', '此处的模型中没有键 `dutys`。', '是不是要写 "duties"？'],
    [
      'invalid-value-enum',
      '此处不允许使用 "mgr"；请使用以下之一：staff、senior、supervisor、manager、director、executive。',
      undefined,
    ],
    [
      'missing-key',
      '该岗位缺少 `title`；请补上，或 `extends` 一个具有该字段的岗位。',
      '岗位名称。除非继承其他岗位，否则必填。',
    ],
    ['dangling-reports-to', '该岗位向 "manger" 汇报，但目录中没有岗位 "manger"。', '是不是要写 "manager"？'],
    [
      'kpi-weights-sum',
      '岗位 "agent" 的绩效指标权重合计为 90，而不是 100。',
      '请为每个指标设置权重并使合计为 100，或删除全部权重。',
    ],
    ['missing-translation', '这段文字缺少英文（en）版本；目录声明的语言是 zh 和 en。', '请在 `zh:` 旁边加上 `en:`。'],
    [
      'reports-to-cycle',
      '岗位之间相互汇报形成了循环：role-a → role-b → role-a。',
      '请修改其中一个岗位的 `reportsTo` 以打破循环。',
    ],
  ])('%s', (fixture, message, hint) => {
    const [d] = loadFixture(join(INVALID, fixture)).diagnostics;
    expect(d!.zh).toEqual(hint === undefined ? { message } : { message, hint });
  });

  test('formatDiagnostic prints either language', async () => {
    const { formatDiagnostic } = await import('../../src/errors.js');
    const [d] = loadFixture(join(INVALID, 'unknown-key')).diagnostics;
    expect(formatDiagnostic(d!, 'zh')).toBe(
      'agent.yaml:9:1 dutys: 此处的模型中没有键 `dutys`。 [UNKNOWN_KEY]\n  提示：是不是要写 "duties"？',
    );
    expect(formatDiagnostic(d!)).toBe(
      'agent.yaml:9:1 dutys: The key `dutys` is not part of the model here. [UNKNOWN_KEY]\n  hint: Did you mean "duties"?',
    );
  });
});
