import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { expect, test } from 'vitest';
import { main } from '../../src/cli/main.js';
import { listJsonSchema, LIST_FORMAT, type ListData } from '../../src/render/catalog-data.js';

const PUBLISHED = 'docs/schemas/list.schema.json';
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(
  JSON.parse(readFileSync(PUBLISHED, 'utf8')) as object,
);
async function list(...argv: string[]): Promise<ListData> {
  let stdout = '';
  expect(await main(['list', ...argv, '--format', 'json'], { stdout: (s) => (stdout += s), stderr: () => {} })).toBe(0);
  const data = JSON.parse(stdout) as ListData;
  expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
  return data;
}

test('the published list schema is the one the types give (npm run schema writes it)', () => {
  expect(JSON.parse(readFileSync(PUBLISHED, 'utf8'))).toEqual(listJsonSchema());
});

test('list --format json: every role by id, with title, family and level in both languages whatever --lang', async () => {
  const data = await list();
  expect(data.format).toBe(LIST_FORMAT);
  expect(data.roles).toHaveLength(12);
  expect(data.roles.find((r) => r.id === 'project-manager')).toEqual({
    id: 'project-manager',
    title: { zh: '项目经理', en: 'Project Manager' },
    family: { id: 'project-management', label: { zh: '项目管理', en: 'Project management' } },
    level: { id: 'manager', label: { zh: '经理', en: 'Manager' } },
  });
  expect(await list('--lang', 'zh')).toEqual(data);
});

test('a graded catalog with tracks: each role has its grade and track', async () => {
  const { roles } = await list('--dir', 'examples/software-engineering');
  const security = roles.find((r) => r.id === 'security-engineer')!;
  expect(security.grade).toBe(7);
  expect(security.track).toEqual({
    id: 'individual-contributor',
    label: { zh: '专业技术通道', en: 'Individual contributor track' },
  });
  expect(security.level).toEqual({ id: 'senior', label: { zh: '高级工程师', en: 'Senior Engineer' } });
  for (const r of roles) expect(Object.keys(r)).toEqual(['id', 'title', 'family', 'level', 'grade', 'track']);
});
