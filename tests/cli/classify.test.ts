import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
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
