import { expect, test } from 'vitest';
import { loadDocuments } from '../../src/catalog/load.js';

const role = (family: string) => ({
  path: 'my/roles/agent.yaml',
  text: `apiVersion: rolematrix/v1\nkind: Role\nid: agent\ntitle: { zh: 专员, en: Agent }\nfamily: ${family}\nlevel: staff\norientation: customer\nsummary: { zh: 概述。, en: Summary. }\n`,
});
const families = {
  path: 'my/vocabulary/families.yaml',
  text: 'apiVersion: rolematrix/v1\nkind: Vocabulary\nvocabulary: families\nentries:\n  - id: engineering\n    label: { zh: 工程, en: Engineering }\n',
};
const hints = (files: { path: string; text: string }[]) =>
  loadDocuments(files)
    .diagnostics.filter((d) => d.code === 'DANGLING_REFERENCE')
    .map((d) => [d.hint, d.zh.hint]);

test('a missing vocabulary entry: the hint names the file of the catalog in use that holds that vocabulary', () => {
  expect(hints([role('zzz'), families])).toEqual([
    [
      'Add "zzz" to the families vocabulary in my/vocabulary/families.yaml, or use an existing id.',
      '请把 "zzz" 加入 my/vocabulary/families.yaml 中的 families 词汇表，或使用已有的编号。',
    ],
  ]);
});

test('a catalog without that vocabulary is told to add a Vocabulary document, not a file of the shipped catalog', () => {
  const [hint] = hints([role('zzz')]);
  expect(hint?.[0]).toBe(
    'Add a `kind: Vocabulary` document with `vocabulary: families` and an entry "zzz" to the catalog, or use an existing id.',
  );
  expect(hint?.join('\n')).not.toContain('roles/vocabulary');
});

test('a file with a syntax error still defines its ids: references to them are not reported as dangling as well', () => {
  const broken = {
    path: 'my/roles/lead.yaml',
    // the summary's unquoted `: ` is a syntax error; the id above it is still read
    text: 'apiVersion: rolematrix/v1\nkind: Role\nid: lead\nsummary:\n  en: Note: leads the team\n',
  };
  const brokenVocabulary = {
    path: 'my/vocabulary/families.yaml',
    text: 'apiVersion: rolematrix/v1\nkind: Vocabulary\nvocabulary: families\nentries:\n  - id: engineering\n    label: { zh: 工程, en: [Engineering }\n',
  };
  const agent = { ...role('engineering'), text: `${role('engineering').text}reportsTo: lead\n` };
  const codes = [
    ...new Set(loadDocuments([agent, broken, brokenVocabulary]).diagnostics.map((d) => `${d.file} ${d.code}`)),
  ];
  expect(codes).toEqual(['my/roles/lead.yaml YAML_SYNTAX', 'my/vocabulary/families.yaml YAML_SYNTAX']);
});
