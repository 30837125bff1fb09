import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { expect, test } from 'vitest';
import { main } from '../../src/cli/main.js';
import { validateJsonSchema, VALIDATE_FORMAT, type ValidateData } from '../../src/render/catalog-data.js';

const PUBLISHED = 'docs/schemas/validate.schema.json';
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(
  JSON.parse(readFileSync(PUBLISHED, 'utf8')) as object,
);
async function run(...argv: string[]): Promise<{ code: number; data: ValidateData; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(['validate', ...argv, '--format', 'json'], {
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
  });
  return { code, data: JSON.parse(stdout) as ValidateData, stderr };
}

test('the published validate schema is the one the types give (npm run schema writes it)', () => {
  expect(JSON.parse(readFileSync(PUBLISHED, 'utf8'))).toEqual(validateJsonSchema());
});

test('validate --format json: the shipped catalog is valid, with its size and no diagnostics', async () => {
  const { code, data } = await run();
  expect(code).toBe(0);
  expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
  expect(data).toEqual({ format: VALIDATE_FORMAT, valid: true, roles: 12, vocabularyEntries: 101, diagnostics: [] });
});

test('a broken catalog: every diagnostic located, in both languages, only JSON on stdout; --lang drops nothing', async () => {
  const dir = 'tests/fixtures/invalid/many-problems';
  const { code, data, stderr } = await run(dir);
  expect(code).toBe(1);
  expect(stderr).toBe('');
  expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
  expect(data.valid).toBe(false);
  const unknown = data.diagnostics.find((d) => d.code === 'UNKNOWN_KEY')!;
  expect(unknown).toMatchObject({
    severity: 'error',
    file: `${dir}/agent.yaml`,
    path: 'dutys',
    line: 9,
    column: 1,
    message: 'The key `dutys` is not part of the model here.',
    hint: 'Did you mean "duties"?',
    zh: { message: '此处的模型中没有键 `dutys`。', hint: '是不是要写 "duties"？' },
  });
  expect(data.diagnostics.slice(0, 3).map((d) => [d.code, d.path, d.line, d.column])).toEqual([
    ['INVALID_VALUE', 'level', 6, 8],
    ['UNKNOWN_KEY', 'dutys', 9, 1],
    ['INVALID_TYPE', 'kpis[0].weight', 12, 13],
  ]);
  expect((await run(dir, '--lang', 'zh')).data).toEqual(data);
});
