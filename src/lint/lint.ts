import type { Catalog } from '../catalog/catalog.js';
import {
  DIAGNOSTIC_CODES,
  ruleSetting,
  sortDiagnostics,
  type Diagnostic,
  type DiagnosticCode,
  type RuleSetting,
  type Severity,
} from '../errors.js';
import type { SourceDocument } from '../source/document.js';
import { diagnosticAt } from '../source/report.js';
import { suggestion } from '../load/suggest.js';
import { makeContext } from './context.js';
import { DEFAULT_NEAR_DUPLICATE_THRESHOLD } from './rules/near-duplicates.js';
import { LINT_RULES } from './rules/index.js';
import { SourceIndex } from '../catalog/sources.js';

export interface LintOptions {
  /**
   * The parsed documents the catalog was loaded from (see `parseSources`), so findings point at lines; without them a
   * finding points at line 1 of its file.
   */
  documents?: readonly SourceDocument[] | undefined;
  /** Severity per rule code, on top of the catalog's own `rules` map; `off` silences a rule. */
  rules?: Readonly<Partial<Record<DiagnosticCode, RuleSetting>>> | undefined;
  /** Overall similarity (0–1) at or above which two roles are near duplicates. Default 0.8. */
  nearDuplicateThreshold?: number | undefined;
}

/**
 * The codes of the catalog health checks, with the severity each has unless the catalog's `rules` map says otherwise.
 */
export const LINT_SEVERITIES: Readonly<Partial<Record<DiagnosticCode, Severity>>> = Object.fromEntries(
  LINT_RULES.map((r) => [r.code, r.severity]),
);

/** Codes a catalog's `rules` map may set: those of `rolematrix lint` and `rolematrix raci`. */
const CONFIGURABLE = Object.keys(DIAGNOSTIC_CODES).filter((c) => c.startsWith('LINT_') || c.startsWith('RACI_'));

/**
 * Checks the health of a catalog: near-duplicate roles, career dead ends and cycles, reporting lines that do not rise,
 * KPIs with no rubric, data source or frequency, roles with no KPI, word lists missing a language, unused vocabulary.
 * Returns every finding, sorted by file and position; never throws on content.
 */
export function lintCatalog(catalog: Catalog, options: LintOptions = {}): Diagnostic[] {
  const threshold = options.nearDuplicateThreshold ?? DEFAULT_NEAR_DUPLICATE_THRESHOLD;
  if (!(threshold >= 0 && threshold <= 1))
    throw new RangeError(`nearDuplicateThreshold must be between 0 and 1, not ${threshold}.`);
  const index = new SourceIndex(catalog, options.documents ?? []);
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const rule of LINT_RULES) {
    // options.rules over the catalog's; a value that is no severity (a typo) is ignored, so the one below it stands
    const severity =
      ruleSetting(options.rules, rule.code) ?? ruleSetting(catalog.settings?.rules, rule.code) ?? rule.severity;
    if (severity === 'off') continue;
    rule.check(makeContext(catalog, index, { ...rule, severity }, threshold, out, seen));
  }
  if (index.settings !== undefined)
    for (const x of unknownRuleCodes(index.settings, Object.keys(catalog.settings?.rules ?? {}))) out.push(x);
  return sortDiagnostics(out);
}

/** A code in the `rules` map that no rule has: most likely a typo, which would otherwise silently do nothing. */
function unknownRuleCodes(src: SourceDocument, codes: readonly string[]): Diagnostic[] {
  return codes
    .filter((c) => !CONFIGURABLE.includes(c))
    .map((c) =>
      diagnosticAt(
        src,
        ['rules', c],
        'UNKNOWN_KEY',
        {
          en: `"${c}" is not the code of a lint or RACI rule, so this setting has no effect.`,
          zh: `"${c}" 不是检查规则（lint 或 RACI）的代码，此设置不起作用。`,
        },
        {
          at: 'key',
          severity: 'warning',
          hint: suggestion(c, CONFIGURABLE) ?? {
            en: 'The codes are listed in docs/lint.md and docs/raci.md.',
            zh: '规则代码见 docs/lint.md 和 docs/raci.md。',
          },
        },
      ),
    );
}
