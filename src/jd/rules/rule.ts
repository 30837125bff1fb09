import type { Bilingual, DiagnosticCode, Severity } from '../../errors.js';
import type { JobDescription } from '../types.js';

/** One thing a language rule found: where the offending phrase starts and the phrase itself. */
export interface JdFinding {
  /** 1-based line of the phrase (not of its item). */
  line: number;
  /** 1-based column of the phrase's first character, in UTF-16 code units. */
  column: number;
  /** The phrase exactly as written, or '' when the finding is about something absent (a missing section). */
  excerpt: string;
  /** A more specific message than the rule's own. */
  message?: Bilingual;
  /** A more specific fix than the rule's own (e.g. "ask for fluent English" for "native speaker"). */
  hint?: Bilingual;
  /** A lower severity than the rule's for a softer signal; a configured severity overrides both. */
  severity?: Severity;
}

/** A language rule for job descriptions: one file each under `rules/<locale>/`, so adding a rule touches one file. */
export interface JdRule {
  code: DiagnosticCode;
  /** The JD language the rule reads; `any` runs on every JD. */
  locale: 'zh' | 'en' | 'any';
  /** The default severity; a finding may carry a softer one (see the rule file for why). */
  severity: Severity;
  /** What is wrong, a full sentence. */
  message: Bilingual;
  /** How to fix it. */
  hint: Bilingual;
  check(jd: JobDescription): JdFinding[];
  /** Short JDs or lines the rule must flag (`bad`) and must leave alone (`good`); the tests prove every one. */
  examples: { bad: string[]; good: string[] };
}
