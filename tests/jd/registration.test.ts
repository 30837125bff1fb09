import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { DIAGNOSTIC_CODES } from '../../src/errors.js';
import { AUTO_CHECKS, ROLE_CHECKS } from '../../src/jd/checks/index.js';
import { JD_RULE_CODES, JD_RULES } from '../../src/jd/rules/index.js';

// Adding a JD rule or check touches its own file, its registry and docs/check-jd.md: these tests fail on a forgotten
// registration or an undocumented code.

const SRC = fileURLToPath(new URL('../../src/jd/', import.meta.url));
const DOC = fileURLToPath(new URL('../../docs/check-jd.md', import.meta.url));
const tsFiles = (dir: string): string[] =>
  readdirSync(`${SRC}${dir}`)
    .filter((f) => f.endsWith('.ts'))
    .sort();
/** The values a source file exports, loaded the way the registries load it. */
const exportsOf = async (path: string): Promise<unknown[]> => Object.values(await import(`${SRC}${path}`));
const hasCode = (v: unknown): v is { code: string; check: unknown } =>
  typeof v === 'object' && v !== null && 'code' in v && 'check' in v && typeof v.check === 'function';

const JD_CODES = Object.keys(DIAGNOSTIC_CODES).filter((c) => c.startsWith('JD_'));

describe('language rules: every file under src/jd/rules/{zh,en,any}/ is in JD_RULES', () => {
  const files = ['zh', 'en', 'any'].flatMap((locale) => tsFiles(`rules/${locale}`).map((f) => `rules/${locale}/${f}`));

  test('the rule directories hold rules', () => {
    expect(files.length).toBeGreaterThanOrEqual(JD_RULES.length);
  });

  test.each(files)('src/jd/%s is registered', async (file) => {
    const rules = (await exportsOf(file)).filter(hasCode);
    expect(rules.length, `${file} exports a rule`).toBeGreaterThan(0);
    for (const rule of rules) {
      expect(JD_RULES.includes(rule as (typeof JD_RULES)[number]), `${rule.code} of ${file} is in JD_RULES`).toBe(true);
      expect((rule as (typeof JD_RULES)[number]).locale).toBe(file.split('/')[1]);
    }
  });
});

describe('role-aware checks: every file under src/jd/checks/ is registered under its code', () => {
  const files = tsFiles('checks').filter((f) => f !== 'index.ts' && f !== 'check.ts');
  const registry: Record<string, unknown> = { ...ROLE_CHECKS, ...AUTO_CHECKS };

  test('one file per registered code', () => {
    expect(files.length).toBe(Object.keys(registry).length);
  });

  test.each(files)('src/jd/checks/%s is registered', async (file) => {
    const checks = (await exportsOf(`checks/${file}`)).filter(hasCode);
    expect(checks.length, `checks/${file} exports a check`).toBeGreaterThan(0);
    for (const check of checks)
      expect(registry[check.code], `${check.code} of checks/${file} is registered`).toBe(check);
  });
});

describe('every JD_ code is reported by something and documented in docs/check-jd.md', () => {
  // The doc names each code in the first cell of a table row: | `JD_AGE` | error | …
  const documented = new Set([...readFileSync(DOC, 'utf8').matchAll(/^\| `(JD_[A-Z_]+)` \|/gm)].map((m) => m[1]));

  test.each(JD_CODES)('%s has a row in docs/check-jd.md', (code) => {
    expect([...documented], `docs/check-jd.md documents ${code}`).toContain(code);
  });

  test('the doc names no code that does not exist', () => {
    expect([...documented].filter((c) => !JD_CODES.includes(c!))).toEqual([]);
  });

  test('each code comes from a language rule, a role-aware check or the reader (JD_SYNTAX)', () => {
    const reported = new Set<string>([...JD_RULE_CODES, ...Object.keys(ROLE_CHECKS), ...Object.keys(AUTO_CHECKS)]);
    reported.add('JD_SYNTAX');
    expect(JD_CODES.filter((c) => !reported.has(c))).toEqual([]);
  });
});
