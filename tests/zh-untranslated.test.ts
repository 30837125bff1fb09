// Every diagnostic speaks Chinese in `zh`: no English sentence left in it. Runs the loader over every invalid fixture
// and over inline documents that reach every zod issue code and model message, and the lint, RACI, check-jd, export
// and import checks over their fixtures.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import {
  EXPORT_FORMATS,
  checkJobDescription,
  checkMatrix,
  exportCatalog,
  importDocuments,
  lintCatalog,
  loadCatalog,
  loadFiles,
  loadText,
  type Catalog,
  type Diagnostic,
} from '../src/node/index.js';
import { SCHEMA_INPUTS } from './load/schema-inputs.js';
import { loadDocuments } from '../src/catalog/load.js';
import { shippedVocabularies } from '../src/node/load.js';

/**
 * The first run of three or more English words in Chinese text, or undefined. Code spans, quoted values ("…", “…”,
 * 「…」) are left out, and ids, paths and file names are no words: a word is letters only, so a hyphen, dot, slash,
 * underscore, digit or Chinese character ends a run (only spaces and commas continue one).
 */
export function untranslatedEnglish(zh: string): string | undefined {
  const prose = zh.replace(/`[^`]*`/g, '§').replace(/"[^"]*"|“[^”]*”|「[^」]*」|『[^』]*』/g, '§');
  for (const stretch of prose.split(/[^A-Za-z'’\s,]+/)) {
    const words = stretch.split(/[\s,]+/).filter((w) => w !== '');
    if (words.length >= 3 && words.every((w) => /^[A-Za-z]+(?:['’][A-Za-z]+)*$/.test(w))) return stretch.trim();
  }
  return undefined;
}

/** The shipped catalog, loaded once, for the job descriptions. */
let shipped: Catalog | undefined;

/** The codes the checks below produced, to show they reach every family of diagnostics. */
const seen = new Set<string>();

/** Each diagnostic whose Chinese message or hint holds an English sentence, as a line that names it. */
function untranslated(diagnostics: readonly Diagnostic[]): string[] {
  for (const d of diagnostics) seen.add(d.code);
  return diagnostics.flatMap((d) =>
    (['message', 'hint'] as const).flatMap((field) => {
      const text = d.zh[field];
      const english = text === undefined ? undefined : untranslatedEnglish(text);
      return english === undefined
        ? []
        : [`${d.file}:${d.line}:${d.column} [${d.code}] zh.${field} "${text}" has untranslated English: "${english}"`];
    }),
  );
}

const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
const ROLES = fileURLToPath(new URL('../roles/', import.meta.url));
const dirsIn = (dir: string): string[] =>
  readdirSync(dir)
    .map((n) => join(dir, n))
    .filter((p) => statSync(p).isDirectory())
    .sort();
const filesIn = (dir: string, ext: RegExp): string[] =>
  readdirSync(dir)
    .filter((n) => ext.test(n))
    .map((n) => join(dir, n))
    .sort();
const yamlUnder = (dir: string): string[] => [...filesIn(dir, /\.yaml$/), ...dirsIn(dir).flatMap(yamlUnder)];

describe('the detector', () => {
  test.each([
    ['取值不符合模型要求：Too small: expected number to be >=0.', 'expected number to be'],
    ['字段说明（英文）：The role title. Required unless the role extends another.', 'The role title'],
    ['请检查 the indentation, quoting and brackets。', 'the indentation, quoting and brackets'],
  ])('finds the English in %s', (zh, english) => {
    expect(untranslatedEnglish(zh)).toBe(english);
  });

  test.each([
    '此处不允许使用 "rolematrix/v2"；请使用 "rolematrix/v1"。',
    '请以 `apiVersion: rolematrix/v1` 和 `kind: Role | Vocabulary | Catalog | ResponsibilityMatrix` 开头。',
    '请把 "f" 加入 families 词汇表（roles/vocabulary/families.yaml），或使用已有的编号。',
    '此处不允许使用 "complaints"；请使用以下之一：team-leadership、service-standards、customer-issues。',
    '职位名称「Team Lead of the Year」已被占用。',
    'YAML 错误 BLOCK_AS_IMPLICIT_KEY。请检查此处附近的缩进、引号和括号。',
    '绩效指标需要 `type`：quantitative（定量）或 qualitative（定性）。',
  ])('lets pass %s', (zh) => {
    expect(untranslatedEnglish(zh)).toBeUndefined();
  });
});

describe('no diagnostic leaves English in its Chinese text', () => {
  test.each(dirsIn(join(FIXTURES, 'invalid')).map((d) => [d.slice(FIXTURES.length), d]))('load %s', (_n, dir) => {
    const { diagnostics } = loadCatalog(dir);
    expect(diagnostics.length).toBeGreaterThan(0);
    expect(untranslated(diagnostics)).toEqual([]);
  });

  test.each(SCHEMA_INPUTS)('load: %s', (_name, text) => {
    const { diagnostics } = loadText(text, 'x.yaml');
    expect(diagnostics.length).toBeGreaterThan(0);
    expect(untranslated(diagnostics)).toEqual([]);
  });

  test.each([...dirsIn(join(FIXTURES, 'lint')), ROLES].map((d) => [d.slice(FIXTURES.length), d]))(
    'lint %s',
    (_n, dir) => {
      const { catalog, diagnostics, documents } = loadCatalog(dir);
      expect(untranslated([...diagnostics, ...lintCatalog(catalog, { documents })])).toEqual([]);
    },
  );

  test.each(filesIn(join(FIXTURES, 'raci', 'matrices'), /\.yaml$/).map((f) => [f.slice(FIXTURES.length), f]))(
    'raci %s',
    (_n, file) => {
      const { catalog, diagnostics } = loadFiles([...yamlUnder(join(FIXTURES, 'raci', 'catalog')), file]);
      const findings = [...catalog.matrices.values()].flatMap((m) => checkMatrix(m, catalog));
      expect(untranslated([...diagnostics, ...findings])).toEqual([]);
    },
  );

  const JD_FILES = [
    ...filesIn(fileURLToPath(new URL('../docs/examples/jd/', import.meta.url)), /^(?!.*expected).*\.(md|txt)$/),
    ...filesIn(join(FIXTURES, 'jd', 'parse'), /\.(md|txt|ya?ml|json)$/),
  ];
  test.each(JD_FILES.map((f) => [f.slice(f.lastIndexOf('/') + 1), f]))('check-jd %s', (_n, file) => {
    const catalog = (shipped ??= loadCatalog(ROLES).catalog);
    const report = checkJobDescription(readFileSync(file, 'utf8'), catalog, { file });
    expect(untranslated(report.diagnostics)).toEqual([]);
  });

  test.each(filesIn(join(FIXTURES, 'export'), /\.yaml$/).map((f) => [f.slice(FIXTURES.length), f]))(
    'export %s',
    async (_n, file) => {
      const { catalog, documents } = loadFiles([file]);
      for (const format of EXPORT_FORMATS) {
        const { diagnostics } = await exportCatalog(catalog, format, { documents });
        expect(untranslated(diagnostics), format).toEqual([]);
      }
    },
  );

  test.each(filesIn(join(FIXTURES, 'import'), /\.(json|csv)$/).map((f) => [f.slice(FIXTURES.length), f]))(
    'import %s',
    async (_n, file) => {
      const from = extname(file) === '.json' ? 'json' : 'csv';
      const { diagnostics } = await importDocuments([{ file, data: readFileSync(file, 'utf8') }], from);
      expect(untranslated(diagnostics)).toEqual([]);
    },
  );

  test('what the fixtures do not reach: file limits, an orphan row, JD language rules, export edge cases', async () => {
    const found: Diagnostic[] = [];
    found.push(...loadText('# a comment\n', 'big.yaml', { maxFileBytes: 4 }).diagnostics);
    found.push(...loadCatalog(join(FIXTURES, 'no-such-directory')).diagnostics);
    const sheets = ['csv-roles.csv', 'csv-duties.csv'].map((n) => join(FIXTURES, 'import', n));
    found.push(
      ...(
        await importDocuments(
          sheets.map((file) => ({ file, data: readFileSync(file, 'utf8') })),
          'csv',
        )
      ).diagnostics,
    );
    const jd = [
      '# 客服经理',
      '## 岗位职责',
      `- ${'负责客户服务团队的日常管理、排班、培训与绩效考核，'.repeat(12)}`,
      '## 任职要求',
      '- 高中及以上学历',
      '- 已婚已育优先',
      '- 限汉族',
      '- 五官端正',
      '- 无乙肝',
    ].join('\n');
    shipped ??= loadCatalog(ROLES).catalog;
    found.push(...checkJobDescription(jd, shipped, { file: 'jd.md', role: 'customer-service-manager' }).diagnostics);
    const broken = loadText(
      [
        'apiVersion: rolematrix/v1',
        'kind: Role',
        'id: broken-lines',
        'title: { zh: 换行岗位, en: Line-break role }',
        'aliases: { en: ["front desk\\nreception"] }',
        'family: customer-service',
        'level: staff',
        'orientation: customer',
        'summary: { zh: 简介, en: Summary }',
      ].join('\n'),
      'roles/broken-lines.yaml',
    );
    found.push(...(await exportCatalog(broken.catalog, 'csv', { documents: broken.documents })).diagnostics);
    found.push(...(await exportCatalog(broken.catalog, 'odoo', { roles: ['no-such-role'] })).diagnostics);
    const codes = new Set(found.map((d) => d.code));
    for (const code of [
      'FILE_TOO_LARGE',
      'IO_ERROR',
      'IMPORT_ORPHAN_ROW',
      'JD_TOO_LONG',
      'JD_MARITAL',
      'JD_ETHNICITY',
      'JD_APPEARANCE',
      'JD_HEALTH',
      'JD_EDUCATION_BELOW_MINIMUM',
      'EXPORT_LINE_BREAK',
      'EXPORT_UNKNOWN_ROLE',
    ])
      expect(codes, code).toContain(code);
    expect(untranslated(found)).toEqual([]);
  });

  test('the classification import: O*NET and CSCO readers, drafts, and the lint of draft marks', async () => {
    const { classifications } = await import('../src/index.js');
    const { readOnetDatabase, readCscoTable, draftOnetRoles, draftCscoRoles } = classifications;
    const onetDir = join(FIXTURES, 'onet', 'text');
    const files = readdirSync(onetDir)
      .filter((f) => f !== 'Occupation Data.txt' && f !== 'Read Me.txt')
      .map((f) => ({ file: f, data: readFileSync(join(onetDir, f), 'utf8') }));
    const found: Diagnostic[] = [];
    const occupations = 'O*NET-SOC Code\tTitle\tDescription\r\n43-4051\tBad\tx\r\n43-4051.00\tClerks\tx\r\n';
    const bad = files.map((f) => (f.file === 'Job Zones.txt' ? { file: f.file, data: 'O*NET-SOC Code\r\n' } : f));
    found.push(...(await readOnetDatabase(files)).diagnostics);
    const read = await readOnetDatabase([...bad, { file: 'Occupation Data.txt', data: occupations }]);
    found.push(...read.diagnostics);
    const drafts = draftOnetRoles(read.database, ['43-4051.00', '43-4051.01']);
    found.push(...drafts.diagnostics);
    const roles = drafts.documents.map((d) => ({
      path: d.file,
      text: `# rolematrix-draft: level family orientation title.zh title.en translation permissions\n${JSON.stringify(d.value)}\n`,
    }));
    const loaded = loadDocuments(roles, { resolveBase: shippedVocabularies });
    found.push(...lintCatalog(loaded.catalog, { documents: loaded.documents }));
    found.push(...draftOnetRoles(read.database, ['43-4051.00'], { catalog: loaded.catalog }).diagnostics);
    const csco = await readCscoTable({
      file: 't.csv',
      data: '职业编码,职业名称,备注\n4-7-2-3,甲,x\n4-07-02-03,乙,y\n',
    });
    found.push(...csco.diagnostics, ...draftCscoRoles(csco.occupations, ['4-07-02-04']).diagnostics);
    const codes = new Set(found.map((d) => d.code));
    for (const code of [
      'IMPORT_MISSING_FILE',
      'IMPORT_MISSING_COLUMN',
      'IMPORT_UNKNOWN_COLUMN',
      'IMPORT_UNKNOWN_OCCUPATION',
      'IMPORT_NOT_MAPPED',
      'IMPORT_DRAFT',
      'INVALID_VALUE',
      'LINT_DRAFT_ROLE',
    ])
      expect(codes, code).toContain(code);
    expect(untranslated(found)).toEqual([]);
  });

  test('the checks above reached the schema, catalog, lint, RACI, check-jd, export and import diagnostics', () => {
    const families = [...seen].map((c) => /^(LINT|RACI|JD|EXPORT|IMPORT)_/.exec(c)?.[1] ?? 'load');
    expect(new Set(families)).toEqual(new Set(['load', 'LINT', 'RACI', 'JD', 'EXPORT', 'IMPORT']));
    expect(seen.size).toBeGreaterThanOrEqual(70);
  });
});
