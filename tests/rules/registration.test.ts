import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { CATALOG_RULES } from '../../src/catalog/rules/index.js';
import { DIAGNOSTIC_CODES, type DiagnosticCode } from '../../src/errors.js';
import { LINT_RULES } from '../../src/lint/rules/index.js';
import { MATRIX_RULES } from '../../src/raci/rules/index.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const CODES = Object.keys(DIAGNOSTIC_CODES) as DiagnosticCode[];

/** The rule files of a family: every .ts file of its folder but the registry. */
const ruleFiles = (dir: string) =>
  readdirSync(`${root}${dir}`)
    .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
    .sort();
/** The codes a file's source names (a rule reports only what it names). */
const codesIn = (path: string) =>
  [...new Set(readFileSync(`${root}${path}`, 'utf8').match(/\b[A-Z][A-Z_]{3,}[A-Z]\b/g) ?? [])].filter((c) =>
    (CODES as string[]).includes(c),
  );
/** What each module of a folder exports, by file. */
async function exportsOf(dir: string): Promise<Map<string, unknown[]>> {
  const out = new Map<string, unknown[]>();
  for (const f of ruleFiles(dir)) {
    const mod = (await import(`${root}${dir}/${f.replace(/\.ts$/, '.js')}`)) as Record<string, unknown>;
    out.set(f, Object.values(mod));
  }
  return out;
}

describe('every rule file is registered, and every registered rule comes from a rule file', () => {
  test('catalog rules (src/catalog/rules/): each file holds at least one rule of CATALOG_RULES', async () => {
    const files = await exportsOf('src/catalog/rules');
    const unregistered = [...files].filter(([, values]) => !values.some((v) => CATALOG_RULES.includes(v as never)));
    expect(unregistered.map(([f]) => f)).toEqual([]);
    const fromFiles = [...files.values()].flat();
    expect(CATALOG_RULES.filter((r) => !fromFiles.includes(r))).toEqual([]);
  });

  test('lint rules (src/lint/rules/): each file holds one rule of LINT_RULES, and the rules have distinct codes', async () => {
    const files = await exportsOf('src/lint/rules');
    for (const [file, values] of files) {
      const rules = values.filter((v) => LINT_RULES.includes(v as never));
      expect(rules.length, `${file} holds ${rules.length} registered rules`).toBe(1);
      expect(codesIn(`src/lint/rules/${file}`), file).toContain((rules[0] as { code: string }).code);
    }
    expect(LINT_RULES).toHaveLength(files.size);
    expect(new Set(LINT_RULES.map((r) => r.code)).size).toBe(LINT_RULES.length);
  });

  test('RACI rules (src/raci/rules/): one rule per file, registered, reporting exactly the codes it declares', async () => {
    const files = await exportsOf('src/raci/rules');
    for (const [file, values] of files) {
      const rules = values.filter((v) => MATRIX_RULES.includes(v as never));
      expect(rules.length, `${file} holds ${rules.length} registered rules`).toBe(1);
      expect(codesIn(`src/raci/rules/${file}`).sort(), file).toEqual(
        [...(rules[0] as { codes: string[] }).codes].sort(),
      );
    }
    expect(MATRIX_RULES).toHaveLength(files.size);
    const owned = MATRIX_RULES.flatMap((r) => [...r.codes]).sort();
    expect(owned).toEqual(CODES.filter((c) => c.startsWith('RACI_')).sort());
  });
});

test('every diagnostic code is documented in docs/, as `CODE` in a table or sentence', () => {
  const docs = readdirSync(`${root}docs`)
    .filter((f) => f.endsWith('.md'))
    .map((f) => readFileSync(`${root}docs/${f}`, 'utf8'))
    .join('\n');
  expect(CODES.filter((c) => !docs.includes(`\`${c}\``))).toEqual([]);
});
