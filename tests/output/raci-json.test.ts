import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { expect, test } from 'vitest';
import { main } from '../../src/cli/main.js';
import { raciJsonSchema, RACI_FORMAT, type RaciData } from '../../src/render/raci-data.js';

const PUBLISHED = 'docs/schemas/raci.schema.json';
const FIXTURES = new URL('../fixtures/raci/', import.meta.url).pathname;
async function raci(...argv: string[]): Promise<{ code: number; data: RaciData; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(['raci', ...argv, '--format', 'json'], {
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
  });
  return { code, data: JSON.parse(stdout) as RaciData, stderr };
}
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(
  JSON.parse(readFileSync(PUBLISHED, 'utf8')) as object,
);

test('the published raci schema is the one the types give (npm run schema writes it)', () => {
  expect(JSON.parse(readFileSync(PUBLISHED, 'utf8'))).toEqual(raciJsonSchema());
});

test('raci <matrix> --format json: every activity × role → letters, by id; a clean matrix has no findings', async () => {
  const { code, data } = await raci('complaint-handling');
  expect(code).toBe(0);
  expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
  expect(data.format).toBe(RACI_FORMAT);
  if (data.mode !== 'matrix') throw new Error('a matrix document');
  expect(data.letters).toBe('RASCI');
  expect(data.findings).toEqual([]);
  const accountable = data.activities.map((a) => Object.keys(a.assign).filter((r) => a.assign[r]!.includes('A')));
  for (const a of accountable) expect(a).toHaveLength(1);
  expect(data.roles.map((r) => r.id)).toContain('customer-service-manager');
});

test('findings are in the JSON, located, in both languages, and not also on stderr; the exit code still counts them', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rolematrix-raci-json-'));
  cpSync(join(FIXTURES, 'catalog'), dir, { recursive: true });
  cpSync(join(FIXTURES, 'matrices', 'accountable-without-authority.yaml'), join(dir, 'matrix.yaml'));
  try {
    const { code, data, stderr } = await raci('complaints', '--dir', dir);
    expect(code).toBe(1);
    expect(stderr).toBe('');
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    if (data.mode !== 'matrix') throw new Error('a matrix document');
    expect(data.findings.map((f) => [f.code, f.path, f.line, f.column])).toEqual([
      ['RACI_ACCOUNTABLE_WITHOUT_AUTHORITY', 'activities[2].assign.agent', 18, 15],
    ]);
    expect(data.findings[0]!.zh.message).toMatch(/agent/u);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('raci --role and raci --draft as data', async () => {
  const role = (await raci('--role', 'customer-service-supervisor')).data;
  expect(validate(role)).toBe(true);
  if (role.mode !== 'role') throw new Error('a role document');
  expect(role.matrices.map((m) => m.id)).toContain('complaint-handling');
  for (const m of role.matrices) for (const a of m.activities) expect(a.letters.length).toBeGreaterThan(0);
  const draft = (await raci('--draft', 'complaint-handling')).data;
  expect(validate(draft), JSON.stringify(validate.errors)).toBe(true);
  if (draft.mode !== 'draft') throw new Error('a draft document');
  const withA = draft.activities.filter((a) => Object.values(a.cells).some((c) => c.letters.includes('A')));
  expect(withA.length).toBeGreaterThan(0);
  for (const a of withA)
    for (const c of Object.values(a.cells))
      if (c.letters.includes('A')) expect(c.because.permissions.length).toBeGreaterThan(0);
});
