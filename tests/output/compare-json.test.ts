import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import { main } from '../../src/cli/main.js';
import { COMPARE_FORMAT, type CompareData } from '../../src/render/compare-data.js';
import { compareJsonSchema } from '../../src/render/compare-data-schema.js';

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}
const compare = async (a: string, b: string): Promise<CompareData> =>
  JSON.parse((await cli('compare', a, b, '--format', 'json')).stdout) as CompareData;
const PUBLISHED = 'docs/schemas/compare.schema.json';

describe('compare --format json: the comparison as data', () => {
  test('the published schema is the one the types give (npm run schema writes it)', () => {
    expect(JSON.parse(readFileSync(PUBLISHED, 'utf8'))).toEqual(compareJsonSchema());
  });

  test('every pair of a few shipped roles validates against the published schema', async () => {
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(
      JSON.parse(readFileSync(PUBLISHED, 'utf8')) as object,
    );
    for (const [a, b] of [
      ['customer-service-manager', 'project-manager'],
      ['project-manager', 'senior-project-manager'],
      ['call-center-agent', 'customer-service-supervisor'],
    ] as const) {
      const data = await compare(a, b);
      expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
      expect(data.format).toBe(COMPARE_FORMAT);
    }
  });

  test('the document says which --threshold made items similar', async () => {
    const dflt = JSON.parse((await cli('compare', 'call-center-agent', 'project-manager', '--format', 'json')).stdout);
    expect(dflt.similarThreshold).toBe(0.3);
    const set = await cli('compare', 'call-center-agent', 'project-manager', '--format', 'json', '--threshold', '0.5');
    expect(JSON.parse(set.stdout).similarThreshold).toBe(0.5);
  });

  test('a program finds the shared duties by id, with their text in both languages', async () => {
    const data = await compare('project-manager', 'senior-project-manager');
    const duties = data.dimensions.find((d) => d.dimension === 'duties')!;
    expect(duties.shared.map((s) => s.key)).toEqual(
      expect.arrayContaining(['initiation', 'planning', 'team-building']),
    );
    for (const s of duties.shared) expect(s.text.zh !== '' && s.text.en !== '').toBe(true);
    // A duty held by both with edits: which fields changed, both values as text in both languages.
    const risk = duties.changed.find((c) => c.key === 'risk-management')!;
    expect(risk.changes.map((c) => c.path)).toEqual(['title', 'description', 'activities', 'keywords']);
    expect(risk.changes[0]!.fromText).toEqual({ zh: '风险识别与应对', en: 'Risk identification and response' });
  });

  test('single values carry both texts and the direction of the change; the overall score is a number', async () => {
    const data = await compare('customer-service-manager', 'project-manager');
    expect(data.a).toEqual({
      id: 'customer-service-manager',
      title: { zh: '客服经理', en: 'Customer Service Manager' },
    });
    const education = data.dimensions.find((d) => d.dimension === 'education')!.scalars[0]!;
    expect(education).toMatchObject({
      path: 'qualifications.education.minimum',
      from: 'associate',
      to: 'bachelor',
      toText: { zh: '本科及以上', en: "Bachelor's degree or higher" },
      effect: 'raised',
    });
    expect(data.score).toBeGreaterThan(0);
    expect(data.score).toBeLessThan(0.5);
    // similar pairs say why
    const similar = data.dimensions.find((d) => d.dimension === 'duties')!.similar[0]!;
    expect(similar.because.words.length + similar.because.concepts.length).toBeGreaterThan(0);
  });

  test('`rolematrix schema compare` prints the published schema; an unknown output is a usage error in --lang', async () => {
    expect(JSON.parse((await cli('schema', 'compare')).stdout)).toEqual(compareJsonSchema());
    const bad = await cli('schema', 'comparison', '--lang', 'zh');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(
      'schema 的 <输出> 只能是 check-jd、classify、compare、diff、jd、lint、list、matrix、overlaps、query、raci、show、validate、posting，不能是 "comparison"。',
    );
    // names inherited from Object are no outputs; an output's schema takes no --dir
    for (const name of ['constructor', 'toString', '__proto__']) expect((await cli('schema', name)).code).toBe(2);
    const withDir = await cli('schema', 'compare', '--dir', 'roles');
    expect(withDir.code).toBe(2);
    expect(withDir.stderr).toContain('leave out --dir');
  });
});
