import type { Catalog } from '../catalog/catalog.js';
import type { Bilingual, Diagnostic, DiagnosticCode, PathSegment, Severity } from '../errors.js';
import type { SourceDocument } from '../source/document.js';
import { diagnosticFor } from '../source/report.js';
import type { Activity, Duty, Permission, RaciLetter, ResponsibilityMatrix, Role } from '../model/index.js';
import { textIn, type LocalizedList, type LocalizedText } from '../model/text.js';
import { catalogTermsOf, type CatalogTerms, type TermSet } from '../match/corpus.js';
import { AUTHORITY } from '../model/scales.js';

export interface MatrixCheckOptions {
  /**
   * A role that is A on more activities than this is overloaded. Default: the catalog's `raci.maxAccountable`, else 5.
   */
  maxAccountable?: number;
}

/**
 * What a matrix rule sees: the matrix, the catalog, where to point, and the links between activities and role items.
 */
interface MatrixContext<Code extends RaciCode = RaciCode> {
  matrix: ResponsibilityMatrix;
  catalog: Catalog;
  maxAccountable: number;
  /** Reports a finding about `path` of the matrix; a rule can report only the codes it declares. */
  report(
    path: readonly PathSegment[],
    code: Code,
    message: Bilingual,
    opts?: { hint?: Bilingual; severity?: Severity; at?: 'key' | 'value' },
  ): void;
  /** The letters a role has in an activity. */
  letters(activity: Activity, role: string): RaciLetter[];
  /**
   * The duties of `role` an activity carries out: those it links; none when it links duties of other roles only;
   * else those the catalog's matcher finds (src/match/).
   */
  duties(activity: Activity, role: Role): Duty[];
  /** The permissions of `role` an activity exercises, found like `duties`. */
  permissions(activity: Activity, role: Role): Permission[];
}

/** The diagnostic codes of responsibility matrices. */
export type RaciCode = Extract<DiagnosticCode, `RACI_${string}`>;

/** One matrix rule: the codes it reports and the check, which sees a context that reports only those codes. */
export interface MatrixRule<Code extends RaciCode = RaciCode> {
  readonly codes: readonly Code[];
  check(ctx: MatrixContext<Code>): void;
}

/** Declares a matrix rule (one file under src/raci/rules/, registered in `MATRIX_RULES`). */
export function defineMatrixRule<const Code extends RaciCode>(rule: MatrixRule<Code>): MatrixRule<Code> {
  return rule;
}

/** Whether a permission is graded `decides` or above: what the A of an activity needs, and what two roles overlap on. */
export function decides(p: Permission): boolean {
  return AUTHORITY.rank(p.authority) >= AUTHORITY.rank('decides');
}

/**
 * How much of an activity's title (by weight) a duty or permission must have for an unlinked match: the title is
 * short and names one piece of work; the item is longer and may name several.
 */
export const COVERAGE_THRESHOLD = 0.5;

type Langs = readonly [zh: TermSet, en: TermSet];
const LANGS = ['zh', 'en'] as const;

/** The terms of localized texts, one set per language (a plain string counts for both). */
function perLanguage(t: CatalogTerms, texts: readonly (LocalizedText | undefined)[], extra?: LocalizedList): Langs {
  const sets = LANGS.map((lang) => {
    const out = new Set<string>();
    for (const x of texts) if (x !== undefined) for (const w of t.matcher.terms(textIn(x, lang))) out.add(w);
    for (const k of extra?.[lang] ?? []) for (const w of t.matcher.terms(k)) out.add(w);
    return t.set(out);
  });
  return [sets[0]!, sets[1]!];
}

/** Per catalog's terms (term ids are the catalog's), per activity, duty or permission (a base catalog shares them). */
const caches = new WeakMap<CatalogTerms, WeakMap<object, Langs>>();
function termsOf(t: CatalogTerms, x: Activity | Duty | Permission): Langs {
  let cache = caches.get(t);
  if (!cache) caches.set(t, (cache = new WeakMap()));
  let w = cache.get(x);
  if (w) return w;
  if ('assign' in x) w = perLanguage(t, [x.title]);
  else if ('authority' in x) w = perLanguage(t, [x.title, x.limit, x.description]);
  else w = perLanguage(t, [x.title, x.description, ...(x.activities ?? [])], x.keywords);
  cache.set(x, w);
  return w;
}

/** How much of an activity's title an item covers, in the language where it covers most. */
function coverage(t: CatalogTerms, a: Activity, item: Duty | Permission): number {
  const x = termsOf(t, a);
  const y = termsOf(t, item);
  return Math.max(t.coverage(x[0], y[0]), t.coverage(x[1], y[1]));
}

/** Whether an activity links items of this kind for any role: then its links are all it uses, for every role. */
function links(a: Activity, kind: 'duties' | 'permissions'): boolean {
  return a[kind] !== undefined && Object.keys(a[kind]).length > 0;
}

export function makeContext(
  matrix: ResponsibilityMatrix,
  catalog: Catalog,
  source: SourceDocument | undefined,
  out: Diagnostic[],
  options: MatrixCheckOptions,
): MatrixContext {
  const file = source?.file ?? `<matrix ${matrix.id}>`;
  return {
    matrix,
    catalog,
    maxAccountable: options.maxAccountable ?? catalog.settings?.raci?.maxAccountable ?? 5,
    report(path, code, message, opts) {
      out.push(diagnosticFor(source ? { source, path } : { file, path }, code, message, opts));
    },
    letters(activity, role) {
      const v = activity.assign[role];
      return v === undefined ? [] : Array.isArray(v) ? v : [v];
    },
    duties(activity, role) {
      const linked = activity.duties?.[role.id];
      if (linked) return (role.duties ?? []).filter((d) => linked.includes(d.id));
      if (links(activity, 'duties')) return [];
      const t = catalogTermsOf(catalog);
      return (role.duties ?? []).filter((d) => coverage(t, activity, d) >= COVERAGE_THRESHOLD);
    },
    permissions(activity, role) {
      const linked = activity.permissions?.[role.id];
      if (linked) return (role.permissions ?? []).filter((p) => linked.includes(p.id));
      if (links(activity, 'permissions')) return [];
      const t = catalogTermsOf(catalog);
      return (role.permissions ?? []).filter((p) => coverage(t, activity, p) >= COVERAGE_THRESHOLD);
    },
  };
}
