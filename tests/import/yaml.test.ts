import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parse, parseAllDocuments } from 'yaml';
import { describe, expect, test } from 'vitest';
import { inModelOrder } from '../../src/export/canonical.js';
import { patchYamlText, scalarText, toYamlText, updateYamlText } from '../../src/import/yaml.js';

const FIXTURE = 'tests/fixtures/import/yaml-commented.yaml';
const text = readFileSync(FIXTURE, 'utf8');
const comments = (t: string) =>
  t
    .split('\n')
    .filter((l) => l.includes('#'))
    .map((l) => l.slice(l.indexOf('#')));
const keysOf = (t: string) =>
  t
    .split('\n')
    .filter((l) => /^[a-zA-Z]+:/.test(l))
    .map((l) => l.slice(0, l.indexOf(':')));

describe('updateYamlText', () => {
  test('an unchanged import gives the text back byte for byte', () => {
    expect(updateYamlText(text, parse(text))).toBe(text);
    // Key order does not count as a change.
    expect(updateYamlText(text, inModelOrder('Role', parse(text)))).toBe(text);
  });

  test('a changed title, a removed permission and an added duty keep every comment and the key order', () => {
    const v = parse(text);
    v.title = { zh: '档案文员', en: 'Records clerk' };
    v.permissions = v.permissions.filter((p: { id: string }) => p.id !== 'shredding');
    v.duties.push({ id: 'scanning', title: { zh: '扫描', en: 'Scanning' }, category: 'operations' });
    v.reportsTo = 'office-manager';
    const out = updateYamlText(text, inModelOrder('Role', v));
    expect(parse(out)).toEqual(v);
    expect(comments(out)).toEqual(comments(text));
    expect(keysOf(out)).toEqual([
      'apiVersion',
      'kind',
      'id',
      'title',
      'family',
      'level',
      'reportsTo',
      'orientation',
      'summary',
      'duties',
      'permissions',
    ]);
    const lines = out.split('\n');
    expect(lines[5]).toBe('title: { zh: 档案文员, en: Records clerk } # agreed with the works council');
    expect(lines[8]).toBe('reportsTo: office-manager');
    expect(out).toContain(
      [
        '  # added after the 2024 audit',
        '  - id: registry',
        '    title: { zh: 登记, en: Registry }',
        '  - id: scanning',
        '    title: { zh: 扫描, en: Scanning }',
        '    category: operations',
        'permissions:',
        '  - id: archive-access # read-only since 2024',
      ].join('\n'),
    );
    expect(out).not.toContain('shredding');
    // Only the lines that changed differ.
    const before = text.split('\n');
    expect(lines.filter((l) => !before.includes(l))).toEqual([
      'title: { zh: 档案文员, en: Records clerk } # agreed with the works council',
      'reportsTo: office-manager',
      '  - id: scanning',
      '    title: { zh: 扫描, en: Scanning }',
      '    category: operations',
    ]);
  });

  test('a comment above a duty survives when another duty changes; a removed duty takes its comment along', () => {
    const v = parse(text);
    v.duties[0].activities[1] = { zh: '检查索引', en: 'Check the index weekly' };
    v.duties = v.duties.filter((d: { id: string }) => d.id !== 'registry');
    const out = updateYamlText(text, v);
    expect(parse(out)).toEqual(v);
    expect(out).toContain('  # the core of the job\n  - id: filing\n');
    expect(out).toContain(
      '      - { zh: 每日归档, en: "File daily" } # daily, not weekly\n      - { zh: 检查索引, en: Check the index weekly }\n',
    );
    expect(out).not.toContain('# added after the 2024 audit');
    expect(comments(out)).toEqual(comments(text).filter((c) => c !== '# added after the 2024 audit'));
  });

  test('a folded text stays folded; a removed key goes with the comment above it', () => {
    const v = parse(text);
    v.summary.en =
      'Files and registers documents, keeps the archive in order, answers questions about where a record is, and trains new colleagues in the filing plan.';
    const out = updateYamlText(text, v);
    expect(parse(out)).toEqual(v);
    expect(out).toContain('  # English wording from the 2023 handbook\n  en: >-\n    Files and registers documents,');
    delete v.summary.en;
    const out2 = updateYamlText(out, v);
    expect(parse(out2)).toEqual(v);
    expect(out2).toContain('summary:\n  zh: 负责归档和登记。\n\n# ---- duties ----\n');
  });

  test('a document that cannot be edited in place is written anew between the comments around it', () => {
    const multi = `# first\napiVersion: rolematrix/v1\nkind: Role\nid: a\ntitle: A\n---\n# second\n[not, a, map]\n# end\n`;
    const out = updateYamlText(multi, { apiVersion: 'rolematrix/v1', kind: 'Role', id: 'b', title: 'B' });
    expect(out).toBe(
      `# first\napiVersion: rolematrix/v1\nkind: Role\nid: a\ntitle: A\n---\n# second\n[not, a, map]\n# end\n---\napiVersion: rolematrix/v1\nkind: Role\nid: b\ntitle: B\n`,
    );
    const single = '# keep me\n[1, 2]\n# and me\n';
    expect(patchYamlText(single, { title: 'X' })).toBeUndefined();
    expect(updateYamlText(single, { title: 'X' })).toBe('# keep me\ntitle: X\n# and me\n');
  });

  test('type changes are written anew in place; a list emptied becomes []', () => {
    const v = parse(text);
    v.title = 'Clerk';
    v.duties[0].activities = [];
    v.permissions = [];
    const out = patchYamlText(text, v);
    expect(out).toBeDefined();
    expect(parse(out!)).toEqual(v);
    expect(out).toContain('title: Clerk # agreed with the works council\n');
    expect(out).toContain('    activities: []\n');
    expect(out).toContain('permissions: []\n# trailing note');
  });

  test('in a file of several documents only the matching one changes', () => {
    const multi = `${text}---\n# the other role\napiVersion: rolematrix/v1\nkind: Role\nid: other\ntitle: Other # keep\n`;
    const other = parse(multi.split('\n---\n')[1]!);
    const out = updateYamlText(multi, { ...other, title: 'Another' });
    expect(out).toBe(multi.replace('title: Other # keep', 'title: Another # keep'));
    const added = updateYamlText(text, { apiVersion: 'rolematrix/v1', kind: 'Role', id: 'new-one', title: 'New' });
    expect(added).toBe(`${text}---\napiVersion: rolematrix/v1\nkind: Role\nid: new-one\ntitle: New\n`);
    expect(parseAllDocuments(added)).toHaveLength(2);
  });
});

describe('toYamlText', () => {
  test('a role in the style of the shipped files', () => {
    const role = {
      apiVersion: 'rolematrix/v1',
      kind: 'Role',
      id: 'clerk',
      title: { zh: '文员', en: 'Clerk: records' },
      family: 'ops',
      level: 'staff',
      orientation: 'operations',
      summary: {
        zh: '负责归档和登记。',
        en: 'Files and registers documents, keeps the archive in order, answers questions about where a record is, and trains new colleagues.',
      },
      focus: [{ zh: '准确', en: '#1 accuracy' }],
      classification: { isco08: '4415' },
      qualifications: {
        skills: [{ ref: 'filing', level: 'working' }],
        traits: ['carefulness', 'patience'],
        experience: { years: { min: 1 } },
      },
    };
    expect(toYamlText(role, { schema: '../rolematrix.schema.json' })).toBe(
      [
        '# yaml-language-server: $schema=../rolematrix.schema.json',
        'apiVersion: rolematrix/v1',
        'kind: Role',
        'id: clerk',
        'title: { zh: 文员, en: "Clerk: records" }',
        'family: ops',
        'level: staff',
        'orientation: operations',
        'summary:',
        '  zh: 负责归档和登记。',
        '  en: >-',
        '    Files and registers documents, keeps the archive in order, answers questions about where a record is, and',
        '    trains new colleagues.',
        'focus:',
        '  - { zh: 准确, en: "#1 accuracy" }',
        'classification:',
        '  isco08: "4415"',
        'qualifications:',
        '  skills:',
        '    - { ref: filing, level: working }',
        '  traits: [carefulness, patience]',
        '  experience:',
        '    years: { min: 1 }',
        '',
      ].join('\n'),
    );
  });

  const awkward = fc.oneof(
    fc.string(),
    fc.constantFrom(
      '',
      ' lead',
      'trail ',
      'a: b',
      'a #b',
      '#x',
      '- x',
      'null',
      'true',
      '1e3',
      '0x1F',
      '.inf',
      '4222',
      '"q"',
      "it's",
      '[a]',
      '{a}',
      'a, b',
      '客户: 服务',
      '多行\n文本',
      'tab\there',
      '~',
      '@x',
      '`x`',
      '%x',
      '!x',
      '&a',
      '*a',
      '|',
      '>',
      '? x',
    ),
    fc
      .array(fc.constantFrom('客户', 'a', ' ', ':', '#', ',', '"', "'", '[', '{', '\n', '-', 'é'), { maxLength: 12 })
      .map((a) => a.join('')),
  );

  test('any string reads back the same, plain or quoted, in block and flow positions', () => {
    fc.assert(
      fc.property(awkward, awkward, (a, b) => {
        expect(parse(scalarText(a, false))).toBe(a);
        expect(parse(`[${scalarText(a, true)}]`)).toEqual([a]);
        const doc = {
          apiVersion: 'rolematrix/v1',
          kind: 'Role',
          id: 'x',
          title: { zh: a, en: b },
          focus: [a, { zh: b }],
          aliases: { zh: [a, b] },
          summary: `${a} ${b} `.repeat(20),
        };
        expect(parse(toYamlText(doc))).toEqual(doc);
      }),
      { numRuns: 500 },
    );
  });

  test('any edit of the commented fixture reads back as the new value and keeps the comments of what stays', () => {
    const base = parse(text);
    fc.assert(
      fc.property(awkward, awkward, fc.boolean(), fc.boolean(), (a, b, dropFirst, addKpi) => {
        const v = structuredClone(base);
        v.summary.en = `${b}x`;
        v.duties[1].title = { zh: a || 'z', en: b || 'y' };
        if (dropFirst) v.duties.shift();
        if (addKpi) v.kpis = [{ ref: 'accuracy', target: { op: '>=', value: 99, unit: 'percent' }, note: a || 'n' }];
        const out = patchYamlText(text, inModelOrder('Role', v));
        expect(out).toBeDefined();
        expect(parse(out!)).toEqual(v);
        expect(out).toContain('# added after the 2024 audit');
        expect(out!.includes('# the core of the job')).toBe(!dropFirst);
      }),
      { numRuns: 300 },
    );
  });
});
