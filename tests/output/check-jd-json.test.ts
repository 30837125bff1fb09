import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { expect, test } from 'vitest';
import { main } from '../../src/cli/main.js';
import { checkJdJsonSchema, CHECK_JD_FORMAT, type CheckJdData } from '../../src/render/jd-data.js';

const PUBLISHED = 'docs/schemas/check-jd.schema.json';
const BAD = 'docs/examples/jd/call-center-agent.zh.bad.md';
const GOOD = 'docs/examples/jd/customer-service-manager.zh.good.md';
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(
  JSON.parse(readFileSync(PUBLISHED, 'utf8')) as object,
);
async function checkJd(...argv: string[]): Promise<{ code: number; data: CheckJdData; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(['check-jd', ...argv, '--format', 'json'], {
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
  });
  const data = JSON.parse(stdout) as CheckJdData;
  expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
  return { code, data, stderr };
}

test('the published check-jd schema is the one the types give (npm run schema writes it)', () => {
  expect(JSON.parse(readFileSync(PUBLISHED, 'utf8'))).toEqual(checkJdJsonSchema());
});

test('check-jd --format json: one report per file, roles by id and title, gaps and located findings in both languages', async () => {
  const { code, data, stderr } = await checkJd(BAD, GOOD);
  expect(code).toBe(1);
  expect(stderr).toBe('');
  expect(data.format).toBe(CHECK_JD_FORMAT);
  expect(data.reports.map((r) => [r.file, r.role?.id])).toEqual([
    [BAD, 'call-center-agent'],
    [GOOD, 'customer-service-manager'],
  ]);
  const [bad] = data.reports;
  expect(bad!.role).toEqual({ id: 'call-center-agent', title: { zh: '呼叫中心客服专员', en: 'Call Center Agent' } });
  expect(bad!.probable).toBeNull();
  expect(bad!.ranking).toHaveLength(3);
  expect(bad!.ranking![0]!.role.id).toBe('call-center-agent');
  expect(bad!.ranking![0]!.score).toBe(bad!.fit);
  expect(bad!.ranking![0]!.matched).toContain('duty:inbound-contacts');
  const gap = bad!.missing[0]!;
  expect(gap.label.zh).not.toBe(gap.label.en);
  expect(gap.label.zh).toMatch(/\p{Script=Han}/u);
  const age = bad!.diagnostics.find((d) => d.code === 'JD_AGE')!;
  expect(age).toMatchObject({ severity: 'error', file: BAD, line: 14, column: 7, path: 'sections[1].items[0]' });
  expect(age.excerpt).toBe('35岁以下');
  expect(age.zh.message).toMatch(/\p{Script=Han}/u);
  expect(bad!.diagnostics.find((d) => d.code === 'JD_AUTHORITY_ABOVE_GRADE')).toMatchObject({
    line: 8,
    column: 14,
    excerpt: '审批退款和补偿申请',
  });
});

test('a role given with --role has no ranking; a weak fit names its probable role; --lang drops nothing', async () => {
  const given = (await checkJd(BAD, '--role', 'customer-service-supervisor')).data.reports[0]!;
  expect(given.role?.id).toBe('customer-service-supervisor');
  expect(given.ranking).toBeNull();
  const dir = mkdtempSync(join(tmpdir(), 'rolematrix-jd-json-'));
  try {
    const file = join(dir, 'shop.md');
    writeFileSync(file, '# 门店助理\n## 岗位职责\n- 接待顾客咨询\n- 整理货架和库存\n');
    const { data } = await checkJd(file);
    const weak = data.reports[0]!;
    expect(weak.role).toBeNull();
    expect(weak.fit).toBeNull();
    expect(weak.probable).toEqual({
      role: {
        id: 'customer-service-representative',
        title: { zh: '客户服务代表', en: 'Customer Service Representative' },
      },
      score: expect.any(Number),
    });
    expect((await checkJd(file, '--lang', 'zh')).data).toEqual(data);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
