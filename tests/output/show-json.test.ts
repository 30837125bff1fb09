import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { expect, test } from 'vitest';
import { catalog } from '../../src/catalog/shipped.js';
import { main } from '../../src/cli/main.js';
import { loadCatalog } from '../../src/node/load.js';
import { showData, showJsonSchema, SHOW_FORMAT, type ShowData } from '../../src/render/catalog-data.js';

const PUBLISHED = 'docs/schemas/show.schema.json';
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(
  JSON.parse(readFileSync(PUBLISHED, 'utf8')) as object,
);
async function show(...argv: string[]): Promise<string> {
  let stdout = '';
  expect(await main(['show', ...argv], { stdout: (s) => (stdout += s), stderr: () => {} })).toBe(0);
  return stdout;
}

test('the published show schema is the one the types give (npm run schema writes it)', () => {
  expect(JSON.parse(readFileSync(PUBLISHED, 'utf8'))).toEqual(showJsonSchema());
});

test('show --format json: the resolved role under `role`; --format yaml prints the same role', async () => {
  const data = JSON.parse(await show('senior-project-manager', '--format', 'json')) as ShowData;
  expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
  expect(data.format).toBe(SHOW_FORMAT);
  expect(data.role).toMatchObject({
    kind: 'Role',
    id: 'senior-project-manager',
    extends: 'project-manager',
    title: { zh: '高级项目经理', en: 'Senior Project Manager' },
  });
  // extends applied: the inherited duties are there
  const inherited = catalog.find('project-manager')!.duties!.map((d) => d.id);
  expect(data.role.duties!.map((d) => d.id)).toEqual(expect.arrayContaining(inherited));
  expect(parse(await show('senior-project-manager', '--format', 'yaml'))).toEqual(data.role);
});

test('every role of the shipped and the example catalogs (own levels and tracks) fits the schema; a role missing a required field does not', () => {
  const roles = [...catalog.list(), ...loadCatalog('examples/software-engineering').catalog.list()];
  for (const r of roles) expect(validate(JSON.parse(JSON.stringify(showData(r)))), r.id).toBe(true);
  const { summary: _, ...noSummary } = catalog.find('call-center-agent')!;
  expect(validate({ format: SHOW_FORMAT, role: noSummary })).toBe(false);
});
