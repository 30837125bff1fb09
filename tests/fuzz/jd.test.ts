// Fuzzing the job-description reader and checks (checkJobDescription) with mutations of real job descriptions in
// Chinese and English, as Markdown, plain text, YAML and JSON: any text gives located findings, never a throw.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { catalog } from '../../src/catalog/shipped.js';
import { DIAGNOSTIC_CODES } from '../../src/errors.js';
import { checkJobDescription, type JdReport } from '../../src/jd/check.js';
import { positionAt } from '../../src/jd/position.js';
import { check, fuzz } from './fuzz.js';
import { mutatedSeed } from './mutate.js';
import { filesIn } from './seeds.js';

const CODES = new Set(Object.keys(DIAGNOSTIC_CODES).filter((c) => c.startsWith('JD_')));
const SEVERITIES = new Set(['error', 'warning', 'info']);
/** Findings about a phrase of the JD itself: their excerpt is the text at their position. */
const PHRASE_CODES = new Set([
  'JD_GENDER',
  'JD_AGE',
  'JD_MARITAL',
  'JD_ETHNICITY',
  'JD_REGION',
  'JD_APPEARANCE',
  'JD_HEALTH',
  'JD_GENDER_CODED',
  'JD_VAGUE',
]);
const ROLES = [...catalog.roles.keys()];
const MAX_JD_CHARS = 32_000;

const TEXT_SEEDS = [
  ...filesIn('tests/fixtures/jd-corpus/zh', '.md'),
  ...filesIn('tests/fixtures/jd-corpus/en', '.md'),
  ...filesIn('tests/fixtures/jd-corpus-holdout/zh', '.md'),
  ...filesIn('tests/fixtures/jd-corpus-holdout/en', '.md'),
  ...filesIn('examples/software-engineering/jd', '.md'),
  ...filesIn('tests/fixtures/jd/parse', '.md'),
  ...filesIn('tests/fixtures/jd/parse', '.txt'),
];
const STRUCTURED_SEEDS = [
  ...filesIn('tests/fixtures/jd/parse', '.yaml'),
  ...filesIn('tests/fixtures/jd/parse', '.json'),
];

/** Headings, bullets, requirements the rules look for, and switches, to insert among the mutations. */
const SNIPPETS = [
  '\n## 岗位职责\n',
  '\n## 任职要求\n',
  '\n【任职要求】\n',
  '\n## Responsibilities\n',
  '\n## Requirements\n',
  '\n# ',
  '\n- ',
  '\n1、',
  '\n（1）',
  '\n* ',
  '限男性',
  '女性优先',
  '年龄25-35岁',
  '35岁以下',
  '已婚已育',
  '本地户口',
  '身高165cm以上',
  '汉族',
  'male only',
  'aged 25-35',
  'young and energetic',
  'digital native',
  'rockstar ninja',
  'recent graduate',
  'must be single',
  '3-5年工作经验',
  '10+ years of experience',
  '博士',
  'high school diploma',
  'approve the budget',
  '审批预算',
  '<!-- rolematrix-disable JD_AGE -->',
  '<!-- rolematrix-disable -->',
  '<!--',
  '-->',
  '// rolematrix-disable-line',
  '```\n',
  '|---|---|\n',
  'title: ',
  'duties:\n  - ',
  '{"title": ',
  '[',
];

/** Checks `text` and what must hold for any text whatsoever. */
function checksSafely(text: string, file: string, role?: string): JdReport {
  const report = checkJobDescription(text, catalog, role === undefined ? { file } : { file, role });
  check(report.file === file, 'the file as given', report.file);
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (text.length > MAX_JD_CHARS) {
    check(
      report.diagnostics.length === 1 && report.diagnostics[0]!.code === 'JD_TOO_LONG',
      'a JD over the limit is one JD_TOO_LONG',
      report.diagnostics,
    );
    return report;
  }
  const { jd } = report;
  check(jd.text === source, 'the text as given, without a BOM', jd.text.length);
  const lines = source.split('\n');
  let previous = { line: 0, column: 0 };
  for (const d of report.diagnostics) {
    check(CODES.has(d.code), 'a JD code', d);
    check(SEVERITIES.has(d.severity), 'a known severity', d);
    check(d.file === file, 'the file as given', d);
    check(Number.isInteger(d.line) && d.line >= 1 && d.line <= lines.length, 'a line within the text', d);
    check(
      Number.isInteger(d.column) && d.column >= 1 && d.column <= lines[d.line - 1]!.length + 1,
      'a column within its line',
      d,
    );
    check(d.line > previous.line || (d.line === previous.line && d.column >= previous.column), 'sorted by position', d);
    previous = d;
    check(d.message.trim() !== '' && d.zh.message.trim() !== '', 'a message in both languages', d);
    check((d.hint === undefined) === (d.zh.hint === undefined), 'a hint in both languages or in neither', d);
    if (PHRASE_CODES.has(d.code) && d.excerpt !== undefined && !file.endsWith('.yaml') && !file.endsWith('.json')) {
      const excerpt = d.excerpt.replace(/…$/u, '');
      check(lines[d.line - 1]!.slice(d.column - 1).startsWith(excerpt), 'the excerpt at the position', d);
    }
  }
  for (const section of jd.sections)
    for (const item of section.items) {
      check(item.text !== '' && item.text === item.text.trim(), 'a trimmed, non-empty item', item);
      check(item.offset >= 0 && item.offset < source.length, 'an offset within the text', item);
      const at = positionAt(jd, item.offset);
      check(at.line === item.line && at.column === item.column, 'the offset at the line and column', { item, at });
    }
  const scores = (report.ranking ?? []).map((r) => r.score);
  check(
    scores.every((s, i) => s >= 0 && s <= 1 && (i === 0 || s <= scores[i - 1]!)),
    'scores in [0, 1], best first',
    scores,
  );
  check(report.role === undefined || catalog.has(report.role), 'a role of the catalog', report.role);
  const coverage = report.coverage?.score;
  check(coverage === undefined || (coverage >= 0 && coverage <= 1), 'coverage in [0, 1]', coverage);
  return report;
}

const texts = TEXT_SEEDS.map((f) => f.text);

describe('job descriptions', () => {
  test('the seeds: 190 job descriptions in both languages and three structured ones', () => {
    expect(TEXT_SEEDS.length).toBeGreaterThan(190);
    expect(STRUCTURED_SEEDS.map((f) => f.path)).toEqual([
      'tests/fixtures/jd/parse/malformed.yaml',
      'tests/fixtures/jd/parse/structured.yaml',
      'tests/fixtures/jd/parse/structured.json',
    ]);
    const langs = new Set(TEXT_SEEDS.flatMap((f) => checksSafely(f.text, 'seed.md').jd.langs));
    expect([...langs].sort()).toEqual(['en', 'zh']);
  });

  test('mutated job descriptions, auto role', () => {
    const arb = fc.tuple(mutatedSeed(texts, SNIPPETS), fc.constantFrom('jd.md', 'jd.txt', 'jd'));
    fuzz('jd', 'mutated job descriptions, auto role', arb, ([m, file]) => {
      const report = checksSafely(m.text, file);
      if (m.text.length <= MAX_JD_CHARS) check(report.ranking?.length === ROLES.length, 'every role ranked', m.text);
    });
  });

  test('mutated job descriptions, given role', () => {
    const arb = fc.tuple(mutatedSeed(texts, SNIPPETS), fc.constantFrom(...ROLES));
    fuzz('jd', 'mutated job descriptions, given role', arb, ([m, role]) => {
      const report = checksSafely(m.text, 'jd.md', role);
      if (m.text.length <= MAX_JD_CHARS) check(report.role === role, 'checked against the role given', report.role);
    });
  });

  test('mutated structured job descriptions', () => {
    const structured = [...STRUCTURED_SEEDS.map((f) => f.text), ...texts.slice(0, 20)];
    const arb = fc.tuple(mutatedSeed(structured, SNIPPETS), fc.constantFrom('jd.yaml', 'jd.yml', 'jd.json'));
    fuzz('jd', 'mutated structured job descriptions', arb, ([m, file]) => {
      const report = checksSafely(m.text, file);
      for (const d of report.diagnostics.filter((x) => x.code === 'JD_SYNTAX'))
        check(d.severity === 'error', 'JD_SYNTAX is an error', d);
    });
  });

  test.each([
    ['zh', '【任职要求】', '1、限男性，年龄25-35岁', ['JD_AGE', 'JD_GENDER']],
    ['en', 'Requirements', '- Male candidates only, aged 25-35', ['JD_AGE', 'JD_GENDER']],
  ])('%s: a discriminatory requirement inserted into a real JD is found on its line', (lang, heading, line, codes) => {
    const seeds = TEXT_SEEDS.filter((f) => f.path.includes(`/${lang}/`) && f.text.includes(`\n${heading}\n`));
    expect(seeds.length).toBeGreaterThan(3);
    for (const seed of seeds.slice(0, 5)) {
      const lines = seed.text.split('\n');
      const at = lines.indexOf(heading) + 1;
      lines.splice(at, 0, line);
      const found = checksSafely(lines.join('\n'), 'jd.md').diagnostics.filter((d) => d.line === at + 1);
      expect([...new Set(found.map((d) => d.code))].filter((c) => codes.includes(c)).sort(), seed.path).toEqual(codes);
    }
  });
});
