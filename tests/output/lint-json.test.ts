import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { expect, test } from 'vitest';
import { main } from '../../src/cli/main.js';
import { lintJsonSchema, LINT_FORMAT, type LintData } from '../../src/render/catalog-data.js';
import { fixtureDir } from '../lint/fixtures.js';

const PUBLISHED = 'docs/schemas/lint.schema.json';
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(
  JSON.parse(readFileSync(PUBLISHED, 'utf8')) as object,
);
async function lint(...argv: string[]): Promise<{ code: number; data: LintData; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(['lint', ...argv, '--format', 'json'], {
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
  });
  const data = JSON.parse(stdout) as LintData;
  expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
  return { code, data, stderr };
}

test('the published lint schema is the one the types give (npm run schema writes it)', () => {
  expect(JSON.parse(readFileSync(PUBLISHED, 'utf8'))).toEqual(lintJsonSchema());
});

test('lint --format json: the shipped catalog has no findings', async () => {
  const { code, data } = await lint();
  expect(code).toBe(0);
  expect(data).toEqual({ format: LINT_FORMAT, roles: 12, vocabularyEntries: 101, diagnostics: [] });
});

test('findings located, in both languages, only JSON on stdout; the exit code follows --fail-on', async () => {
  const dir = fixtureDir('kpi-no-frequency');
  const { code, data, stderr } = await lint(dir, '--fail-on', 'warning');
  expect(code).toBe(1);
  expect(stderr).toBe('');
  expect(data.diagnostics).toEqual([
    expect.objectContaining({
      code: 'LINT_KPI_NO_FREQUENCY',
      severity: 'warning',
      file: `${dir}/roles/agent.yaml`,
      path: 'kpis[0]',
      line: 19,
      column: 5,
      message: 'The KPI "csat" has no measuring frequency.',
      zh: expect.objectContaining({ message: '绩效指标 "csat" 没有规定考核频率。' }),
    }),
  ]);
  expect(data.diagnostics[0]!.hint).toMatch(/^Add `frequency:`/);
  expect(data.diagnostics[0]!.zh.hint).toMatch(/^请添加 `frequency:`/);
  expect((await lint(dir, '--lang', 'zh')).data).toEqual(data);
});
