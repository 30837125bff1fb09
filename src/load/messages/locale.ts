import type { z } from 'zod';

/** A zod issue, as the schema reports it. */
export type Issue = z.core.$ZodIssue;
export type IssueCode = Issue['code'];
/** The issue of one code, with the fields that code carries. */
export type IssueOf<C extends IssueCode> = Extract<Issue, { code: C }>;

/**
 * One language's sentence for each zod issue code, built from the issue's fields. zod does not keep the input, so the
 * value found at the issue's path in the document is passed beside it.
 */
type IssuePhrases = { readonly [C in IssueCode]: (issue: IssueOf<C>, actual: unknown) => string };

/** How one language phrases schema problems: one sentence per zod issue code, and the loader's own sentences. */
export interface SchemaLocale {
  issues: IssuePhrases;
  /** A required key is absent. */
  missingKey(key: string): string;
  /** Hint: the keys a mapping allows. */
  allowedKeys(keys: readonly string[]): string;
  /** The document is not a mapping. */
  notADocument(value: unknown): string;
  /** Hint: how a document starts. */
  documentStart(kinds: readonly string[]): string;
  /** The document has no `kind`. */
  noKind(): string;
  /** Hint: add a `kind`. */
  addKind(kinds: readonly string[]): string;
  /** The `kind` is not a known one (or not text). */
  unknownKind(kind: unknown): string;
  /** Hint: the known kinds. */
  knownKinds(kinds: readonly string[]): string;
}

/** The types a wrong-type message names, gathered from the union branches that each failed on their own type. */
export function unionExpected(issue: IssueOf<'invalid_union'>): string[] {
  const expected = issue.errors.flatMap((branch) =>
    branch.flatMap((i) => (i.code === 'invalid_type' ? [i.expected] : [])),
  );
  return [...new Set(expected)];
}
