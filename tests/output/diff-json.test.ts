import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { expect, test } from 'vitest';
import { main } from '../../src/cli/main.js';
import { DIFF_FORMAT, diffData, type DiffData } from '../../src/render/compare-data.js';
import { catalog as shipped, catalogSources } from '../../src/catalog/shipped.js';
import { loadDocuments } from '../../src/catalog/load.js';
import { diffCatalogs } from '../../src/compare/diff.js';
import { diffJsonSchema } from '../../src/render/compare-data-schema.js';

const PUBLISHED = 'docs/schemas/diff.schema.json';
const fixture = (name: string) => `tests/fixtures/diff/${name}`;

test('the published diff schema is the one the types give (npm run schema writes it)', () => {
  expect(JSON.parse(readFileSync(PUBLISHED, 'utf8'))).toEqual(diffJsonSchema());
});

test('diff --format json: every change with its kind, role, item, raw values, demand and text in both languages', async () => {
  let stdout = '';
  const code = await main(['diff', fixture('csm-before.yaml'), fixture('csm-after.yaml'), '--format', 'json'], {
    stdout: (s) => (stdout += s),
    stderr: () => {},
  });
  expect(code).toBe(0);
  const data = JSON.parse(stdout) as DiffData;
  const validate = new Ajv2020({ allErrors: true, strict: false }).compile(
    JSON.parse(readFileSync(PUBLISHED, 'utf8')) as object,
  );
  expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
  expect(data.format).toBe(DIFF_FORMAT);
  expect(data.changes.map((c) => [c.kind, c.key ?? c.path, c.demand])).toEqual([
    ['duty-added', 'cross-department-collaboration', 'raises'],
    ['duty-removed', 'quality-monitoring', 'lowers'],
    ['authority-raised', 'recruitment-proposal', 'raises'],
    ['kpi-target-tightened', 'customer-satisfaction', 'raises'],
    ['qualification-raised', 'qualifications.education.minimum', 'raises'],
  ]);
  const authority = data.changes[2]!;
  expect(authority).toMatchObject({
    role: { id: 'customer-service-manager', title: { zh: '客服经理', en: 'Customer Service Manager' } },
    dimension: 'permissions',
    path: 'authority',
    from: 'proposes',
    to: 'decides',
    text: { zh: '权限等级：建议 → 决定', en: 'authority: Proposes → Decides' },
  });
});

test('a role removed from the catalog keeps its title in both languages (it is no longer in the catalog to ask)', () => {
  const after = loadDocuments(catalogSources.filter((f) => !f.path.endsWith('call-center-agent.yaml'))).catalog;
  const changes = diffCatalogs(shipped, after);
  const removed = diffData(changes, after).changes.filter((c) => c.kind === 'role-removed');
  expect(removed.map((c) => c.role)).toEqual([
    { id: 'call-center-agent', title: { zh: '呼叫中心客服专员', en: 'Call Center Agent' } },
  ]);
});
