import type { Catalog } from '../catalog/catalog.js';
import type { Bilingual, Diagnostic, DiagnosticCode, PathSegment, Severity } from '../errors.js';
import type { SourceDocument } from '../source/document.js';
import { diagnosticFor } from '../source/report.js';
import type { Activity, Duty, Permission, RaciLetter, ResponsibilityMatrix, Role } from '../model/index.js';
import { textWords, listWords, dice } from '../text/segment.js';
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
  /** The duties of `role` an activity carries out: those it links, or else those whose words it shares. */
  duties(activity: Activity, role: Role): Duty[];
  /** The permissions of `role` an activity exercises: those it links, or else those whose words it shares. */
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

/** How close an activity's words must be to a duty's or permission's for an unlinked match. */
const MATCH_THRESHOLD = 0.2;

const activityWords = new WeakMap<Activity, Set<string>>();
function wordsOfActivity(a: Activity): Set<string> {
  let w = activityWords.get(a);
  if (!w) activityWords.set(a, (w = textWords(a.description, textWords(a.title))));
  return w;
}

function dutyWords(d: Duty): Set<string> {
  const set = textWords(d.title, textWords(d.description));
  for (const a of d.activities ?? []) textWords(a, set);
  return listWords(d.keywords, set);
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
      const aw = wordsOfActivity(activity);
      return (role.duties ?? []).filter((d) => dice(aw, dutyWords(d)) >= MATCH_THRESHOLD);
    },
    permissions(activity, role) {
      const linked = activity.permissions?.[role.id];
      if (linked) return (role.permissions ?? []).filter((p) => linked.includes(p.id));
      const aw = wordsOfActivity(activity);
      return (role.permissions ?? []).filter(
        (p) => dice(aw, textWords(p.description, textWords(p.limit, textWords(p.title)))) >= MATCH_THRESHOLD,
      );
    },
  };
}
