import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { expect, test } from 'vitest';
import { main } from '../../src/cli/main.js';
import { OVERLAPS_FORMAT, type OverlapsData } from '../../src/render/compare-data.js';
import { overlapsJsonSchema } from '../../src/render/compare-data-schema.js';

const PUBLISHED = 'docs/schemas/overlaps.schema.json';

test('the published overlaps schema is the one the types give (npm run schema writes it)', () => {
  expect(JSON.parse(readFileSync(PUBLISHED, 'utf8'))).toEqual(overlapsJsonSchema());
});

test('overlaps --format json: near-duplicate roles and shared duties by id, with scores and duty texts', async () => {
  let stdout = '';
  const code = await main(['overlaps', '--threshold', '0.3', '--format', 'json'], {
    stdout: (s) => (stdout += s),
    stderr: () => {},
  });
  expect(code).toBe(0);
  const data = JSON.parse(stdout) as OverlapsData;
  const validate = new Ajv2020({ allErrors: true, strict: false }).compile(
    JSON.parse(readFileSync(PUBLISHED, 'utf8')) as object,
  );
  expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
  expect(data.format).toBe(OVERLAPS_FORMAT);
  expect(data.threshold).toBe(0.3);
  expect(data.roles.length).toBeGreaterThan(0);
  for (const r of data.roles) expect(r.score).toBeGreaterThanOrEqual(0.3);
  expect([...data.roles.map((r) => r.score)].sort((a, b) => b - a)).toEqual(data.roles.map((r) => r.score));
  expect(data.duties.length).toBeGreaterThan(0);
  for (const d of data.duties) {
    expect(d.holders.length).toBeGreaterThan(1);
    for (const h of d.holders) expect(h.text.zh !== '' && h.text.en !== '').toBe(true);
  }
});
