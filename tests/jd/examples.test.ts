import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { catalog } from '../../src/catalog/shipped.js';
import { checkJobDescription } from '../../src/jd/check.js';

// docs/examples/jd/: job descriptions we wrote ourselves, each beside `<name>.expected.yaml` with the role
// `--role auto` must pick (or `none`) and every finding at error or warning severity, as { code, line }.
const DIR = fileURLToPath(new URL('../../docs/examples/jd/', import.meta.url));
const examples = readdirSync(DIR)
  .filter((f) => /\.(md|txt|ya?ml|json)$/.test(f) && !f.endsWith('.expected.yaml') && f !== 'README.md')
  .sort();

interface Expected {
  role: string;
  findings: { code: string; line: number }[];
}
const expectedOf = (name: string): Expected =>
  parse(readFileSync(`${DIR}${name.replace(/\.[^.]+$/, '')}.expected.yaml`, 'utf8')) as Expected;
const byPlace = (a: { code: string; line: number }, b: { code: string; line: number }) =>
  a.line - b.line || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

describe('docs/examples/jd', () => {
  test('there are at least 8, in Chinese, English and both, good and bad, one off the catalog', () => {
    expect(examples.length).toBeGreaterThanOrEqual(8);
    expect(examples.filter((f) => f.includes('.zh.')).length).toBeGreaterThanOrEqual(2);
    expect(examples.filter((f) => f.includes('.en.')).length).toBeGreaterThanOrEqual(2);
    expect(examples.filter((f) => f.includes('.bilingual.')).length).toBeGreaterThanOrEqual(1);
    expect(examples.filter((f) => f.includes('.good.')).length).toBeGreaterThanOrEqual(3);
    expect(examples.filter((f) => f.includes('.bad.')).length).toBeGreaterThanOrEqual(2);
    expect(examples.map(expectedOf).filter((e) => e.role === 'none').length).toBeGreaterThanOrEqual(1);
  });

  test('the README describes every example', () => {
    const readme = readFileSync(`${DIR}README.md`, 'utf8');
    for (const name of examples) expect(readme).toContain(`\`${name}\` | ${expectedOf(name).role} |`);
  });

  test.each(examples)('%s: the documented role and findings', (name) => {
    const expected = expectedOf(name);
    // The file is named after the role it was written for; an off-catalog JD expects none.
    const written = name.split('.')[0]!;
    expect(expected.role).toBe(catalog.has(written) ? written : 'none');

    const report = checkJobDescription(readFileSync(`${DIR}${name}`, 'utf8'), catalog, { file: name, role: 'auto' });
    expect(report.role ?? 'none').toBe(expected.role);
    const found = report.diagnostics.filter((d) => d.severity !== 'info').map((d) => ({ code: d.code, line: d.line }));
    expect(found.sort(byPlace)).toEqual([...(expected.findings ?? [])].sort(byPlace));
    // Good examples fit their role closely; every finding points into the file and names it.
    if (name.includes('.good.')) expect(report.ranking?.[0]?.score).toBeGreaterThan(0.8);
    const lines = readFileSync(`${DIR}${name}`, 'utf8').split('\n').length;
    for (const d of report.diagnostics) {
      expect(d.file).toBe(name);
      expect(d.line).toBeGreaterThanOrEqual(1);
      expect(d.line).toBeLessThanOrEqual(lines);
    }
  });
});
