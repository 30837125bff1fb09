// The example of draft roles (examples/classification-drafts): what `import onet` and `import csco` write from the
// synthetic fixtures, kept equal to a fresh run, and a catalog that validates and lints with its draft marks.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { run } from '../run-cli.js';

const EXAMPLE = 'examples/classification-drafts';
const tmp = mkdtempSync(join(tmpdir(), 'rolematrix-drafts-example-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? filesUnder(join(dir, n)) : [join(dir, n)]));

test('the example is what the two imports write from the fixtures', async () => {
  const onet = await run('import', 'onet', 'tests/fixtures/onet/text', '--all', '--out', tmp);
  expect(onet.code).toBe(0);
  const csco = await run('import', 'csco', 'tests/fixtures/csco/occupations.csv', '--all', '--out', tmp);
  expect(csco.code).toBe(0);
  const written = filesUnder(tmp)
    .map((f) => relative(tmp, f))
    .sort();
  for (const f of written)
    await expect(readFileSync(join(tmp, f), 'utf8')).toMatchFileSnapshot(`../../${EXAMPLE}/${f}`);
  const kept = filesUnder(EXAMPLE)
    .map((f) => relative(EXAMPLE, f))
    .filter((f) => f !== 'README.md')
    .sort();
  expect(kept).toEqual(written);
});

test('the example validates, and lint lists what each draft leaves open', async () => {
  expect((await run('validate', EXAMPLE)).code).toBe(0);
  const lint = await run('lint', EXAMPLE, '--format', 'json');
  const findings = JSON.parse(lint.stdout).diagnostics as { code: string }[];
  // six drafts, six open words each: level, family, orientation, the title's other language, translation, permissions
  expect(findings.filter((d) => d.code === 'LINT_DRAFT_ROLE')).toHaveLength(36);
});
