import { ruleSetting, sortDiagnostics, texts, type Diagnostic, type DiagnosticCode } from '../../errors.js';
import { isDisabled } from '../disable.js';
import type { JobDescription } from '../types.js';
import { missingSection } from './any/missing-section.js';
import { tooLong, tooLongRule, type TooLongOptions } from './any/too-long.js';
import { enAge } from './en/age.js';
import { enAppearance } from './en/appearance.js';
import { enEthnicity } from './en/ethnicity.js';
import { enGenderCoded } from './en/gender-coded.js';
import { enGender } from './en/gender.js';
import { enHealth } from './en/health.js';
import { enMarital } from './en/marital.js';
import { enRegion } from './en/region.js';
import { enVague } from './en/vague.js';
import type { JdRule } from './rule.js';
import { itemAt, offsetAt } from './scan.js';
import { zhAge } from './zh/age.js';
import { zhAppearance } from './zh/appearance.js';
import { zhEthnicity } from './zh/ethnicity.js';
import { zhGenderCoded } from './zh/gender-coded.js';
import { zhGender } from './zh/gender.js';
import { zhHealth } from './zh/health.js';
import { zhMarital } from './zh/marital.js';
import { zhRegion } from './zh/region.js';
import { zhVague } from './zh/vague.js';

export type { JdFinding, JdRule } from './rule.js';
export { DEFAULT_TOO_LONG, tooLongRule, type TooLongOptions } from './any/too-long.js';

/** Every JD language rule: Chinese, English, then language-independent. */
export const JD_RULES: readonly JdRule[] = [
  zhGender,
  zhAge,
  zhMarital,
  zhEthnicity,
  zhRegion,
  zhAppearance,
  zhHealth,
  zhGenderCoded,
  zhVague,
  enGender,
  enAge,
  enMarital,
  enEthnicity,
  enRegion,
  enAppearance,
  enHealth,
  enGenderCoded,
  enVague,
  missingSection,
  tooLong,
];

/** The codes the language rules report, which a `rules` setting may name. */
export const JD_RULE_CODES: readonly DiagnosticCode[] = [...new Set(JD_RULES.map((r) => r.code))];

export interface LanguageRuleOptions {
  /**
   * Severity per code (e.g. `{ JD_VAGUE: 'off', JD_AGE: 'warning' }`); it replaces the severity of every finding of
   * that code.
   */
  rules?: Readonly<Record<string, unknown>> | undefined;
  /** Length limits for JD_TOO_LONG; see DEFAULT_TOO_LONG. */
  tooLong?: Partial<TooLongOptions> | undefined;
}

/**
 * Runs the language rules of the JD's languages (and the language-independent ones) and returns located diagnostics,
 * sorted by position. Findings switched off by inline comments (`jd.disabled`) or by `options.rules` are dropped.
 */
export function runLanguageRules(jd: JobDescription, options: LanguageRuleOptions = {}): Diagnostic[] {
  const settings = options.rules ?? {};
  const rules =
    options.tooLong === undefined ? JD_RULES : JD_RULES.map((r) => (r === tooLong ? tooLongRule(options.tooLong) : r));
  const locales = new Set<string>(['any', ...jd.langs]);
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const rule of rules) {
    // a value that is no severity (a config typo, validated elsewhere) leaves the rule's own
    const setting = ruleSetting(settings, rule.code);
    if (!locales.has(rule.locale) || setting === 'off' || isDisabled(jd, rule.code, 0)) continue;
    for (const f of rule.check(jd)) {
      if (isDisabled(jd, rule.code, f.line)) continue;
      // the zh and en rules of one code may both match a phrase (HIV, 20/20): report it once
      const key = `${rule.code}\0${f.line}\0${f.column}\0${f.excerpt}\0${(f.message ?? rule.message).en}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const d: Diagnostic = {
        code: rule.code,
        severity: setting ?? f.severity ?? rule.severity,
        file: jd.file,
        path: pathOf(jd, f.line, f.column),
        line: f.line,
        column: f.column,
        ...texts(f.message ?? rule.message, f.hint ?? rule.hint),
      };
      if (f.excerpt !== '') d.excerpt = f.excerpt;
      out.push(d);
    }
  }
  return sortDiagnostics(out);
}

/** `sections[i].items[j]` for a finding inside an item, '' for one in a heading or about the whole JD. */
function pathOf(jd: JobDescription, line: number, column: number): string {
  const offset = offsetAt(jd, line, column);
  const span = offset === undefined ? undefined : itemAt(jd, offset);
  return span === undefined ? '' : `sections[${span.section}].items[${span.item}]`;
}
