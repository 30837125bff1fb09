import type { Catalog } from '../catalog/catalog.js';
import type { Bilingual, Diagnostic, DiagnosticCode, PathSegment, Severity } from '../errors.js';
import { diagnosticFor, type Target } from '../source/report.js';
import type { VocabularyKind } from '../model/index.js';
import type { SourceIndex } from '../catalog/sources.js';
import { draftMarkOf } from '../source/draft-mark.js';

/** What a lint rule sees: the catalog, the settings, and reporters that locate findings in the YAML. */
interface LintContext {
  catalog: Catalog;
  /** Overall similarity at or above which two roles count as near duplicates (0–1). */
  nearDuplicateThreshold: number;
  /** Languages the catalog declares. */
  languages: Catalog['languages'];
  /**
   * Reports a finding about `path` of a role as resolved (with `extends` applied); it points where that part is
   * written.
   */
  role(id: string, path: readonly PathSegment[], message: Bilingual, hint?: Bilingual): void;
  /** The words of the `# rolematrix-draft:` mark at the top of a role's own document (undefined: no mark). */
  draftMark(id: string): string[] | undefined;
  /** Whether the catalog's own files define a vocabulary entry (not the vocabularies it builds on). */
  ownsEntry(kind: VocabularyKind, id: string): boolean;
  /** Reports a finding about `sub` of a vocabulary entry. */
  entry(kind: VocabularyKind, id: string, sub: readonly PathSegment[], message: Bilingual, hint?: Bilingual): void;
}

/** One health check: its permanent code, its default severity, and the check itself. Adding a rule touches one file. */
export interface LintRule {
  code: DiagnosticCode;
  severity: Severity;
  check(ctx: LintContext): void;
}

/**
 * A context whose reporters push findings of `rule` into `out`, once per code and position (a part inherited through
 * `extends` is reported where it is written, not once per heir).
 */
export function makeContext(
  catalog: Catalog,
  index: SourceIndex,
  rule: LintRule,
  nearDuplicateThreshold: number,
  out: Diagnostic[],
  seen: Set<string>,
): LintContext {
  const push = (target: Target, message: Bilingual, hint: Bilingual | undefined) => {
    const d = diagnosticFor(target, rule.code, message, { hint, severity: rule.severity });
    const key = `${d.code}\0${d.file}\0${d.path}\0${d.line}\0${d.column}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(d);
  };
  return {
    catalog,
    nearDuplicateThreshold,
    languages: catalog.languages,
    role: (id, path, message, hint) => push(index.role(id, path), message, hint),
    draftMark: (id) => {
      const src = index.roleSource(id);
      return src === undefined ? undefined : draftMarkOf(src);
    },
    ownsEntry: (kind, id) => index.hasEntry(kind, id),
    entry: (kind, id, sub, message, hint) => push(index.entry(kind, id, sub), message, hint),
  };
}
