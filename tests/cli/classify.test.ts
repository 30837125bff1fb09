import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, describe, expect, test } from 'vitest';
import { classifyJsonSchema, type ClassifyData } from '../../src/render/classify-data.js';
import { run } from '../run-cli.js';

const F = fileURLToPath(new URL('../fixtures/classify/', import.meta.url));
const WITH = `onet=${join(F, 'onet')},csco=${join(F, 'csco.csv')},isco=${join(F, 'isco.csv')}`;
const PUBLISHED = 'docs/schemas/classify.schema.json';
const tmp = mkdtempSync(join(tmpdir(), 'rolematrix-classify-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function classify(...argv: string[]): Promise<ClassifyData> {
  const r = await run('classify', ...argv, '--format', 'json');
  expect([r.code, r.stderr]).toEqual([0, '']);
  const data = JSON.parse(r.stdout) as ClassifyData;
  const validate = new Ajv2020({ allErrors: true, strict: false }).compile(
    JSON.parse(readFileSync(PUBLISHED, 'utf8')) as object,
  );
  expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
  return data;
}

const SYSTEMS = ['onetSoc', 'cn2022', 'isco08'] as const;

describe('classify the shipped catalog with the synthetic sources', () => {
  test('the published schema is the one the types give (npm run schema writes it)', () => {
    expect(JSON.parse(readFileSync(PUBLISHED, 'utf8'))).toEqual(classifyJsonSchema());
  });

  test('every role without a code of a kind gets a proposal with evidence; codes a role has are kept', async () => {
    const data = await classify('--with', WITH);
    expect(data.roles).toHaveLength(12);
    for (const r of data.roles)
      for (const s of SYSTEMS) {
        const o = r.codes[s];
        expect([r.id, s, o.status]).toEqual([r.id, s, expect.stringMatching(/^(classified|proposed)$/)]);
        if (o.status === 'proposed') {
          expect(o.score).toBeGreaterThanOrEqual(data.threshold);
          expect(o.evidence.filter((e) => e.kind !== 'title').length).toBeGreaterThan(0);
          expect(o.written).toBe(false);
        }
      }
    const agent = data.roles.find((r) => r.id === 'call-center-agent')!;
    expect(agent.codes.onetSoc).toEqual({ status: 'classified', code: '43-4051.00' });
    // inherited from project-manager
    expect(data.roles.find((r) => r.id === 'senior-project-manager')!.codes.onetSoc.status).toBe('classified');
  });

  test.each([
    ['complaint-handling-specialist', { onetSoc: '43-4051.00', cn2022: '4-07-02-03', isco08: '4229' }],
    ['account-manager', { onetSoc: '41-3091.00', cn2022: '4-01-02-01', isco08: '3322' }],
    ['pmo-director', { onetSoc: '11-9199.00', cn2022: '2-02-30-04', isco08: '1219' }],
  ] as const)('%s: the pinned proposals and their evidence', async (id, codes) => {
    const [role] = (await classify(id, '--with', WITH)).roles;
    const summary = Object.fromEntries(
      SYSTEMS.map((s) => {
        const o = role!.codes[s];
        return [s, o.status === 'proposed' ? o.code : o.status];
      }),
    );
    expect(summary).toEqual(codes);
    for (const s of SYSTEMS) {
      const o = role!.codes[s];
      if (o.status !== 'proposed') continue;
      expect(o.score).toBeGreaterThan(0.3);
      expect(o.score).toBeLessThan(0.9);
      expect(o.next!.score).toBeLessThan(o.score);
    }
    expect(role).toMatchSnapshot();
  });
});

describe('classify --write', () => {
  test('adds the codes to the role files, comments and formatting kept; a second run changes nothing', async () => {
    const dir = join(tmp, 'roles');
    cpSync(fileURLToPath(new URL('../../roles/', import.meta.url)), dir, { recursive: true });
    const before = readFileSync(join(dir, 'account-manager.yaml'), 'utf8');
    const r = await run('classify', 'account-manager', '--dir', dir, '--with', WITH, '--write');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`updated ${join(dir, 'account-manager.yaml')}\n`);
    expect(r.stdout).toContain('written 41-3091.00');
    const after = readFileSync(join(dir, 'account-manager.yaml'), 'utf8');
    const added = 'classification:\n  isco08: "3322"\n  onetSoc: 41-3091.00\n  cn2022: 4-01-02-01\n';
    expect(after.replace(added, '')).toBe(before);
    expect(after.indexOf(added)).toBeLessThan(after.indexOf('\nduties:'));
    expect((await run('validate', dir)).code).toBe(0);
    const again = await run('classify', 'account-manager', '--dir', dir, '--with', WITH, '--write', '--lang', 'zh');
    expect([again.code, again.stderr]).toEqual([0, '']);
    expect(again.stdout).toContain('O*NET-SOC：已有代码 41-3091.00');
    expect(readFileSync(join(dir, 'account-manager.yaml'), 'utf8')).toBe(after);
  });

  test('without a catalog directory, --write is a usage error and nothing is written', async () => {
    const r = await run('classify', '--with', WITH, '--write');
    expect([r.code, r.stderr.split('\n')[0]]).toEqual([
      2,
      '--write edits the role files of a catalog directory: name it with --dir (the built-in catalog is not written).',
    ]);
  });
});

describe('classify: bad input', () => {
  test('an unknown --with key names the valid ones; an unknown role is a usage error', async () => {
    const r = await run('classify', '--with', 'esco=x.csv');
    expect([r.code, r.stderr.split('\n')[0]]).toEqual([
      2,
      '--with takes onet=<folder>, csco=<file>, isco=<file>; "esco" is not one of them.',
    ]);
    const role = await run('classify', 'acount-manager', '--with', WITH);
    expect(role.code).toBe(2);
    expect(role.stderr).toContain('The catalog has no role "acount-manager".');
  });

  test('a missing source is IMPORT_MISSING_FILE at its path, in either language, with no stack trace', async () => {
    const r = await run('classify', '--with', 'csco=missing.csv', '--lang', 'zh');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'missing.csv:1:1: 此处没有可读取职业分类的文件。 [IMPORT_MISSING_FILE]\n  提示：请用 --with csco=<文件> 指定另存为 .csv（UTF-8）或 .xlsx 的表格。\n',
    );
  });

  test('a table without its code column is IMPORT_MISSING_COLUMN; nothing is suggested (exit 1)', async () => {
    const r = await run('classify', '--with', `isco=${join(F, 'csco.csv')}`);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('The table has no "ISCO 08 Code" column. [IMPORT_MISSING_COLUMN]');
    expect(r.stdout).toBe('');
  });
});

describe('classify: text output', () => {
  test('English and Chinese, with the evidence under each proposal', async () => {
    const en = await run('classify', 'pmo-director', '--with', `isco=${join(F, 'isco.csv')}`);
    expect(en.code).toBe(0);
    expect(en.stdout.split('\n').slice(0, 3)).toEqual([
      'pmo-director  PMO Director',
      '  O*NET-SOC: no source given (--with)',
      '  China 2022: no source given (--with)',
    ]);
    expect(en.stdout).toMatch(
      /ISCO-08: proposed 1219 Business services and administration managers not elsewhere classified \(score 0\.\d\d; next 2421 0\.\d\d\)/,
    );
    const zh = await run('classify', 'pmo-director', '--with', `csco=${join(F, 'csco.csv')}`, '--lang', 'zh');
    expect(zh.stdout).toMatch(/职业分类大典 2022：建议 2-02-30-04 项目管理工程技术人员（匹配度 0\.\d\d；次选 /);
    expect(zh.stdout).toContain('1 项建议（1 个岗位）');
  });
});
