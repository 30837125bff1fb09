import type { Log } from 'sarif';
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { DIAGNOSTIC_CODES, type Diagnostic } from '../../src/errors.js';
import { LINT_SEVERITIES } from '../../src/lint/lint.js';
import { SARIF_SCHEMA, toSarif } from '../../src/lint/sarif.js';
import { lintFixture } from './fixtures.js';

/**
 * The parts of SARIF 2.1.0 that code scanning requires, as the specification states them (§3.13, 3.14, 3.19, 3.27,
 * 3.28, 3.30).
 */
const Positive = z.number().int().min(1);
const SarifShape = z.object({
  $schema: z.url(),
  version: z.literal('2.1.0'),
  runs: z
    .array(
      z.object({
        tool: z.object({
          driver: z.object({
            name: z.string().min(1),
            version: z.string().min(1),
            rules: z.array(
              z.object({
                id: z.string().min(1),
                name: z.string().regex(/^[A-Z][A-Za-z]+$/),
                shortDescription: z.object({ text: z.string().min(1) }),
                defaultConfiguration: z.object({ level: z.enum(['none', 'note', 'warning', 'error']) }).optional(),
              }),
            ),
          }),
        }),
        columnKind: z.enum(['utf16CodeUnits', 'unicodeCodePoints']),
        results: z.array(
          z.object({
            ruleId: z.string().min(1),
            ruleIndex: z.number().int().min(0),
            level: z.enum(['none', 'note', 'warning', 'error']),
            message: z.object({ text: z.string().min(1) }),
            locations: z
              .array(
                z.object({
                  physicalLocation: z.object({
                    artifactLocation: z.object({ uri: z.string().min(1), uriBaseId: z.string().optional() }),
                    region: z.object({ startLine: Positive, startColumn: Positive }),
                  }),
                }),
              )
              .length(1),
          }),
        ),
      }),
    )
    .length(1),
});

/** A URI reference per RFC 3986: no spaces, backslashes or raw non-ASCII, `%` only as an escape. */
const URI_REFERENCE = /^(?:[A-Za-z][A-Za-z0-9+.-]*:)?(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/]|%[0-9A-F]{2})*$/;

const ALL = [
  'near-duplicate-roles',
  'career-dead-end',
  'career-cycle',
  'reports-to-level',
  'kpi-no-rubric',
  'kpi-no-data-source',
  'kpi-no-frequency',
  'role-without-kpi',
  'missing-translation',
  'unused-vocabulary',
  'severity',
].flatMap((f) => lintFixture(f).map((d) => ({ ...d, file: `tests/fixtures/lint/${f}/${d.file}` })));

const sarif = (list: readonly Diagnostic[], lang?: 'zh' | 'en') =>
  toSarif(list, { toolName: 'rolematrix', version: '0.1.0', rules: LINT_SEVERITIES, lang });

describe('toSarif', () => {
  test('a valid SARIF 2.1.0 log, and it parses back to the same findings', () => {
    const text = JSON.stringify(sarif(ALL));
    const log: Log = JSON.parse(text);
    SarifShape.parse(log);
    expect(log.$schema).toBe(SARIF_SCHEMA);
    const run = log.runs[0]!;
    const rules = run.tool.driver.rules!;
    const back = run.results!.map((r) => {
      const loc = r.locations![0]!.physicalLocation!;
      expect(rules[r.ruleIndex!]!.id).toBe(r.ruleId);
      expect(loc.artifactLocation!.uri).toMatch(URI_REFERENCE);
      expect(loc.artifactLocation!.uriBaseId).toBe('%SRCROOT%');
      return {
        code: r.ruleId,
        level: r.level,
        file: decodeURIComponent(loc.artifactLocation!.uri!),
        line: loc.region!.startLine,
        column: loc.region!.startColumn,
      };
    });
    const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;
    expect(back).toEqual(
      ALL.map((d) => ({ code: d.code, level: LEVEL[d.severity], file: d.file, line: d.line, column: d.column })),
    );
    expect(new Set(back.map((b) => b.level))).toEqual(new Set(['error', 'warning', 'note']));
  });

  test('the driver describes every lint rule with its default level, and any other code found', () => {
    const rules = sarif(ALL).runs[0]!.tool.driver.rules!;
    expect(rules.map((r) => r.id)).toEqual([...Object.keys(LINT_SEVERITIES), 'UNKNOWN_KEY']);
    expect(rules.find((r) => r.id === 'LINT_CAREER_CYCLE')).toEqual({
      id: 'LINT_CAREER_CYCLE',
      name: 'LintCareerCycle',
      shortDescription: { text: DIAGNOSTIC_CODES.LINT_CAREER_CYCLE },
      defaultConfiguration: { level: 'error' },
    });
    expect(rules.find((r) => r.id === 'LINT_UNUSED_VOCABULARY')?.defaultConfiguration).toEqual({ level: 'note' });
    expect(rules.find((r) => r.id === 'UNKNOWN_KEY')?.defaultConfiguration).toBeUndefined();
  });

  test('the message carries the hint; both languages stay in properties', () => {
    const d = ALL.find((x) => x.code === 'LINT_KPI_NO_FREQUENCY')!;
    const [en] = sarif([d]).runs[0]!.results!;
    expect(en!.message.text).toBe(`${d.message}\nHint: ${d.hint}`);
    expect(en!.properties).toEqual({ path: 'kpis[0]', en: { message: d.message, hint: d.hint }, zh: d.zh });
    expect(en!.locations![0]!.logicalLocations).toEqual([{ fullyQualifiedName: 'kpis[0]' }]);
    expect(en!.partialFingerprints).toEqual({ 'rolematrix/v1': `LINT_KPI_NO_FREQUENCY:${d.file}:kpis[0]` });
    const [zh] = sarif([d], 'zh').runs[0]!.results!;
    expect(zh!.message.text).toBe(`${d.zh.message}\n提示：${d.zh.hint}`);
  });

  test('no findings: an empty result list, still every rule', () => {
    const log = sarif([]);
    SarifShape.parse(log);
    expect(log.runs[0]!.results).toEqual([]);
    expect(log.runs[0]!.tool.driver.rules).toHaveLength(11);
  });

  test.each([
    ['roles/a b#1.yaml', 'roles/a%20b%231.yaml', '%SRCROOT%'],
    ['./roles/岗位.yaml', 'roles/%E5%B2%97%E4%BD%8D.yaml', '%SRCROOT%'],
    ['roles\\win.yaml', 'roles/win.yaml', '%SRCROOT%'],
    ['/home/me/roles/x.yaml', 'file:///home/me/roles/x.yaml', undefined],
    ['C:\\work\\roles\\x y.yaml', 'file:///C:/work/roles/x%20y.yaml', undefined],
    ['<catalog>', '%3Ccatalog%3E', '%SRCROOT%'],
  ])('the file %s becomes the URI %s', (file, uri, base) => {
    const d: Diagnostic = {
      code: 'LINT_ROLE_WITHOUT_KPI',
      severity: 'warning',
      file,
      path: '',
      line: 1,
      column: 1,
      message: 'm.',
      zh: { message: '甲。' },
    };
    const loc = sarif([d]).runs[0]!.results![0]!.locations![0]!;
    expect(loc.physicalLocation!.artifactLocation).toEqual(base === undefined ? { uri } : { uri, uriBaseId: base });
    expect(uri).toMatch(URI_REFERENCE);
    expect(loc.logicalLocations).toBeUndefined();
  });
});
