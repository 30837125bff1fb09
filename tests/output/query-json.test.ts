import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { expect, test } from 'vitest';
import { main } from '../../src/cli/main.js';
import { queryJsonSchema, QUERY_FORMAT, type QueryData } from '../../src/render/query-data.js';

const PUBLISHED = 'docs/schemas/query.schema.json';
async function query(expr: string): Promise<QueryData> {
  let stdout = '';
  expect(await main(['query', expr, '--format', 'json'], { stdout: (s) => (stdout += s), stderr: () => {} })).toBe(0);
  return JSON.parse(stdout) as QueryData;
}

test('the published query schema is the one the types give (npm run schema writes it)', () => {
  expect(JSON.parse(readFileSync(PUBLISHED, 'utf8'))).toEqual(queryJsonSchema());
});

test('query --format json: the matching roles by id, each reason with its evidence and text in both languages', async () => {
  const validate = new Ajv2020({ allErrors: true, strict: false }).compile(
    JSON.parse(readFileSync(PUBLISHED, 'utf8')) as object,
  );
  const data = await query('permission:budget>=decides and level>=manager');
  expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
  expect(data.format).toBe(QUERY_FORMAT);
  const crm = data.matches.find((m) => m.id === 'customer-relationship-manager')!;
  expect(crm.title).toEqual({ zh: '客户关系经理', en: 'Customer Relationship Manager' });
  const budget = crm.reasons.find((r) => r.predicate === 'permission:budget>=decides')!;
  expect(budget.items).toEqual([{ kind: 'permission', id: 'care-budget', domain: 'budget', authority: 'decides' }]);
  expect(budget.text.zh).toBe('permission:budget>=decides → 客户关怀与活动费用（决定）');
  // free text: a score per match, in descending order
  const text = await query('投诉');
  expect(validate(text)).toBe(true);
  const scores = text.matches.map((m) => m.score!);
  expect(scores.length).toBeGreaterThan(1);
  expect([...scores].sort((a, b) => b - a)).toEqual(scores);
});
