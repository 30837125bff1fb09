import type { Log, ReportingDescriptor, Result } from 'sarif';
import { DIAGNOSTIC_CODES, type Diagnostic, type DiagnosticCode, type Severity } from '../errors.js';
import type { Lang } from '../model/text.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

interface SarifOptions {
  /** `tool.driver.name`, e.g. `rolematrix`. */
  toolName: string;
  /** The tool's version (`tool.driver.version` and `semanticVersion`). */
  version: string;
  /** Where to read about the tool. */
  informationUri?: string | undefined;
  /**
   * Rules to describe in `tool.driver.rules`, with their default severity; the codes of the results are added if
   * missing.
   */
  rules?: Readonly<Partial<Record<DiagnosticCode, Severity>>> | undefined;
  /** Language of `message.text` (default en); both languages are kept in each result's `properties`. */
  lang?: Lang | undefined;
}

const LEVELS = { error: 'error', warning: 'warning', info: 'note' } as const satisfies Record<Severity, Result.level>;

/**
 * Diagnostics as a SARIF 2.1.0 log, the format CI systems (GitHub code scanning, Azure DevOps, GitLab) read:
 * one run, the rules from `DIAGNOSTIC_CODES`, one result per diagnostic with its file, line and column. Works for any
 * command that returns diagnostics (lint, raci, check-jd).
 */
export function toSarif(diagnostics: readonly Diagnostic[], options: SarifOptions): Log {
  const lang = options.lang ?? 'en';
  const codes: DiagnosticCode[] = Object.keys(options.rules ?? {}) as DiagnosticCode[];
  for (const d of diagnostics) if (!codes.includes(d.code)) codes.push(d.code);
  const index = new Map(codes.map((c, i) => [c, i]));
  const rules: ReportingDescriptor[] = codes.map((code) => {
    const severity = options.rules?.[code];
    return {
      id: code,
      name: ruleName(code),
      shortDescription: { text: DIAGNOSTIC_CODES[code] },
      ...(severity !== undefined ? { defaultConfiguration: { level: LEVELS[severity] } } : {}),
    };
  });
  const results: Result[] = diagnostics.map((d) => {
    const message = lang === 'zh' ? d.zh.message : d.message;
    const hint = lang === 'zh' ? d.zh.hint : d.hint;
    const location = artifact(d.file);
    return {
      ruleId: d.code,
      ruleIndex: index.get(d.code)!,
      level: LEVELS[d.severity],
      message: { text: hint === undefined ? message : `${message}\n${lang === 'zh' ? '提示：' : 'Hint: '}${hint}` },
      locations: [
        {
          physicalLocation: {
            artifactLocation: location,
            region: { startLine: Math.max(1, d.line), startColumn: Math.max(1, d.column) },
          },
          ...(d.path === '' ? {} : { logicalLocations: [{ fullyQualifiedName: d.path }] }),
        },
      ],
      // Stable across edits that only move lines, so a CI system can track a finding from run to run.
      partialFingerprints: { 'rolematrix/v1': `${d.code}:${d.file}:${d.path}` },
      properties: {
        path: d.path,
        en: { message: d.message, ...(d.hint === undefined ? {} : { hint: d.hint }) },
        zh: d.zh,
      },
    };
  });
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: options.toolName,
            version: options.version,
            semanticVersion: options.version,
            ...(options.informationUri === undefined ? {} : { informationUri: options.informationUri }),
            rules,
          },
        },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

/** `LINT_CAREER_DEAD_END` → `LintCareerDeadEnd`: SARIF's readable rule name. */
function ruleName(code: string): string {
  return code
    .toLowerCase()
    .split('_')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
}

/**
 * A file name as a SARIF artifact location: a relative path becomes a relative URI against `%SRCROOT%` (what code
 * scanning expects), an absolute one a `file:` URI. Each segment is percent-encoded, so spaces, `#` and `?` survive.
 */
function artifact(file: string): { uri: string; uriBaseId?: string } {
  const slashed = file.replace(/\\/g, '/');
  const drive = /^[A-Za-z]:\//.exec(slashed);
  const encode = (p: string) =>
    p
      .split('/')
      .map((s) => encodeURIComponent(s))
      .join('/');
  if (drive) return { uri: `file:///${drive[0]}${encode(slashed.slice(3))}` };
  if (slashed.startsWith('/')) return { uri: `file://${encode(slashed)}` };
  return { uri: encode(slashed.replace(/^\.\//, '')), uriBaseId: '%SRCROOT%' };
}
