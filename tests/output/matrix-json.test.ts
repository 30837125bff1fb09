import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { expect, test } from 'vitest';
import { main } from '../../src/cli/main.js';
import { catalog } from '../../src/catalog/shipped.js';
import { compareRoles } from '../../src/compare/compare.js';
import { MATRIX_FORMAT, matrixData, matrixScoresJson, type MatrixData } from '../../src/render/compare-data.js';
import { loadDocuments } from '../../src/catalog/load.js';
import { matrixOf, similarityScores } from '../../src/compare/many.js';
import { generateCatalog } from '../bench/generate.js';
import { matrixJsonSchema } from '../../src/render/compare-data-schema.js';

const PUBLISHED = 'docs/schemas/matrix.schema.json';
async function matrix(...argv: string[]): Promise<MatrixData> {
  let stdout = '';
  expect(await main(['matrix', ...argv, '--format', 'json'], { stdout: (s) => (stdout += s), stderr: () => {} })).toBe(
    0,
  );
  return JSON.parse(stdout) as MatrixData;
}
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(
  JSON.parse(readFileSync(PUBLISHED, 'utf8')) as object,
);

test('the published matrix schema is the one the types give (npm run schema writes it)', () => {
  expect(JSON.parse(readFileSync(PUBLISHED, 'utf8'))).toEqual(matrixJsonSchema());
});

test('matrix --scores --format json: every role by id and the N×N scores, symmetric with ones on the diagonal', async () => {
  const data = await matrix('--scores');
  expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
  expect(data.format).toBe(MATRIX_FORMAT);
  expect(data.roles.map((r) => r.id)).toEqual(catalog.list().map((r) => r.id));
  const n = data.roles.length;
  const i = data.roles.findIndex((r) => r.id === 'customer-service-manager');
  const j = data.roles.findIndex((r) => r.id === 'project-manager');
  expect(data.scores[i]![j]).toBeCloseTo(
    compareRoles(catalog.get('customer-service-manager' as never)!, catalog.get('project-manager' as never)!, catalog)
      .score,
    12,
  );
  for (let a = 0; a < n; a++) {
    expect(data.scores[a]![a]).toBe(1);
    for (let b = 0; b < n; b++) expect(data.scores[a]![b]).toBe(data.scores[b]![a]);
  }
  expect(data.comparisons).toBeUndefined();
});

test('matrix <ids…> --format json: what every role holds, and each role compared with the first', async () => {
  const data = await matrix('call-center-agent', 'customer-service-supervisor', 'customer-service-manager');
  expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
  expect(data.common!.skills).toEqual(expect.arrayContaining(['communication', 'complaint-handling']));
  expect(data.comparisons!.map((c) => [c.a.id, c.b.id])).toEqual([
    ['call-center-agent', 'customer-service-supervisor'],
    ['call-center-agent', 'customer-service-manager'],
  ]);
});

test('matrixScoresJson: 130 roles written a part at a time make the document matrixData makes, a row per line', () => {
  const { catalog: generated } = loadDocuments(generateCatalog(130));
  const scores = similarityScores(generated.list(), generated);
  const parts: string[] = [];
  matrixScoresJson(scores, generated, (text) => parts.push(text));
  // Parts of about 64 K characters: several, none of them the whole document.
  expect(parts.length).toBeGreaterThan(2);
  const text = parts.join('');
  expect(JSON.parse(text)).toEqual(matrixData(generated, matrixOf(scores)));
  const rows = text.split('\n').filter((line) => line.startsWith('    ['));
  expect(rows).toHaveLength(130);
  expect(rows[0]).toBe(`    ${JSON.stringify(matrixOf(scores).scores[0])},`);
  expect(text.endsWith(']\n  ]\n}\n')).toBe(true);
  // Not a number (never a score, but the format cannot hold one): null, as JSON.stringify writes it.
  let odd = '';
  matrixScoresJson(
    { roles: ['a', 'b'] as never, score: (i, j) => (i === j ? 1 : Number.NaN) },
    catalog,
    (t) => (odd += t),
  );
  expect((JSON.parse(odd) as MatrixData).scores).toEqual([
    [1, null],
    [null, 1],
  ]);
});
