import { describe, expect, test } from 'vitest';
import type { Severity } from '../../src/errors.js';
import { lintCommand, loadLintInput, type LintCommandOptions, type LintInput } from '../../src/cli/lint.js';
import type { Lang } from '../../src/model/text.js';
import { fixtureDir } from './fixtures.js';

function run(input: LintInput, opts: { format?: string; lang?: Lang; threshold?: number; failOn?: Severity } = {}) {
  let stdout = '';
  let stderr = '';
  const options: LintCommandOptions = {
    lang: opts.lang ?? 'en',
    dir: undefined,
    format: opts.format ?? 'text',
    threshold: opts.threshold,
    version: '9.9.9',
  };
  const code = lintCommand(
    { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) },
    options,
    input,
    opts.failOn ?? 'error',
  );
  return { code, stdout, stderr };
}
const fixture = (name: string) => loadLintInput(fixtureDir(name));

describe('rolematrix lint', () => {
  test('the shipped catalog: no findings, exit 0', () => {
    expect(run(loadLintInput(undefined))).toEqual({
      code: 0,
      stdout: 'No findings: 12 roles and 101 vocabulary entries checked.\n',
      stderr: '',
    });
    expect(run(loadLintInput(undefined), { lang: 'zh' }).stdout).toBe(
      '未发现问题：检查了 12 个岗位、101 个词汇条目。\n',
    );
  });

  test('text: one finding per line (its hint below), then the summary; an error exits 1', () => {
    const r = run(fixture('reports-to-level'));
    const file = `${fixtureDir('reports-to-level')}/roles/agent.yaml`.replace(/\\/g, '/');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.stdout.replace(/\\/g, '/')).toBe(
      [
        `${file}:8:12 reportsTo: This role (supervisor) reports to "lead" (Support lead), which is at the same level. [LINT_REPORTS_TO_LEVEL]`,
        '  hint: A role reports to a role above it: correct the `level` of one of the two, or report to a role above supervisor.',
        '1 error, 0 warnings, 0 info (2 roles, 9 vocabulary entries).',
        '',
      ].join('\n'),
    );
  });

  test('text in Chinese', () => {
    const r = run(fixture('missing-translation'), { lang: 'zh' });
    const lines = r.stdout.trim().split('\n');
    expect(lines.filter((l) => l.includes('[LINT_MISSING_TRANSLATION]'))).toHaveLength(3);
    expect(lines[1]).toMatch(/^ {2}提示：/);
    expect(lines.at(-1)).toBe('0 个错误，3 个警告，0 条提示（共 2 个岗位、9 个词汇条目）。');
  });

  test.each([
    ['reports-to-level', 'error', 1],
    ['reports-to-level', 'warning', 1],
    ['kpi-no-frequency', 'error', 0],
    ['kpi-no-frequency', 'warning', 1],
    ['unused-vocabulary', 'warning', 0], // info never fails
    ['severity', 'error', 1], // raised to error by catalog.yaml
    ['clean', 'warning', 0],
  ] as const)('%s with --fail-on %s exits %i', (name, failOn, code) => {
    expect(run(fixture(name), { failOn }).code).toBe(code);
  });

  test('json: only the lint document (rolematrix/lint@1) on stdout', () => {
    const r = run(fixture('kpi-no-frequency'), { format: 'json' });
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout) as {
      format: string;
      diagnostics: { code: string; line: number; column: number; zh: { message: string } }[];
    };
    expect(Object.keys(out)).toEqual(['format', 'roles', 'vocabularyEntries', 'diagnostics']);
    expect(out.format).toBe('rolematrix/lint@1');
    expect(out.diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([['LINT_KPI_NO_FREQUENCY', 19, 5]]);
    expect(out.diagnostics[0]?.zh.message).toBe('绩效指标 "csat" 没有规定考核频率。');
  });

  test('sarif: only the log on stdout, with the version given', () => {
    const r = run(fixture('severity'), { format: 'sarif', failOn: 'warning' });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const log = JSON.parse(r.stdout);
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0].tool.driver).toMatchObject({ name: 'rolematrix', version: '9.9.9' });
    expect(log.runs[0].results.map((x: { ruleId: string; level: string }) => [x.ruleId, x.level])).toEqual([
      ['UNKNOWN_KEY', 'warning'],
      ['LINT_KPI_NO_FREQUENCY', 'error'],
    ]);
  });

  test('--threshold lowers the bar for near duplicates (a bad value is the parser’s usage error: tests/cli)', () => {
    expect(run(fixture('clean'), { threshold: 0 }).stdout).toContain('[LINT_NEAR_DUPLICATE_ROLES]');
    expect(run(fixture('clean'), { threshold: 0.8 }).code).toBe(0);
  });

  test("the loader's warnings are reported with the findings", () => {
    const input = fixture('clean');
    const warning = {
      code: 'MISSING_TRANSLATION',
      severity: 'warning',
      file: 'x.yaml',
      path: 'title',
      line: 4,
      column: 8,
      message: 'No English.',
      zh: { message: '缺英文。' },
    } as const;
    const r = run({ ...input, diagnostics: [warning] }, { format: 'json' });
    expect(JSON.parse(r.stdout).diagnostics.map((d: { code: string }) => d.code)).toEqual(['MISSING_TRANSLATION']);
  });

  test('a catalog that does not load: its errors on stderr, exit 2, nothing on stdout', () => {
    const r = run(loadLintInput(fixtureDir('no-such-dir')), { format: 'sarif' });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('[IO_ERROR]');
    expect(r.stderr).toContain('cannot be linted');
  });
});
