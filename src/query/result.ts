import type { RoleId } from '../model/ids.js';
import type { Authority, EducationLevel, SkillLevel } from '../model/scales.js';
import type { CAREER_TRACKS } from '../model/stakeholder.js';
import type { LocalizedText } from '../model/text.js';
import type { VocabularyKind } from '../model/enums.js';
import type { FieldName, QueryError } from './ast.js';

/** Where in a role free text was found. */
export type TextPlace = 'title' | 'alias' | 'summary' | 'focus' | 'duty' | 'permission' | 'qualifications';

/** One thing in a role that bears on a term: the KPI ref, the permission with its authority, the role's level… */
export type QueryEvidence =
  | { kind: 'vocabulary'; vocabulary: VocabularyKind; id: string; level?: SkillLevel }
  | { kind: 'permission'; id: string; domain: string; authority: Authority }
  | { kind: 'duty'; id: string }
  | { kind: 'role'; id: string }
  | { kind: 'career'; to?: string; title?: LocalizedText; track: (typeof CAREER_TRACKS)[number] }
  | { kind: 'level'; value: string }
  | { kind: 'track'; value: string }
  | { kind: 'education'; value: EducationLevel }
  /** `stated` is false when the role gives no such requirement, which counts as a minimum of 0 years. */
  | { kind: 'experience'; of: 'years' | 'management'; min: number; max?: number; stated: boolean }
  | { kind: 'orientation'; value: string }
  | { kind: 'setting'; value: string }
  /** Free text (or `title:`) found in the role; `weight` is what it adds to the score. */
  | { kind: 'text'; place: TextPlace; id?: string; weight: number };

/** Why a role matched: one entry per term that decided it. */
export interface QueryReason {
  /** The term in canonical form, e.g. `permission:hiring>=decides`. */
  predicate: string;
  field: FieldName | 'text';
  /** False for a term under `not` that the role does not meet (that is why it matched). */
  holds: boolean;
  /** What in the role met the term; for a term that does not hold, the role's actual value where it has one. */
  items: QueryEvidence[];
  /** Free text only: the sum of the weights of the places it was found in. */
  score?: number;
}

export interface QueryMatch {
  id: RoleId;
  /** Present when the query has free text: the sum of the scores of its reasons. */
  score?: number;
  reasons: QueryReason[];
}

export type QuerySuccess = {
  ok: true;
  /** The query text: as given, or the canonical form of a built query. */
  expr: string;
  /** In catalog order (`catalog.list()`), or by descending score when the query has free text. */
  matches: QueryMatch[];
};
export type QueryFailure = {
  ok: false;
  /** The text the error's column refers to. */
  expr: string;
  error: QueryError;
};
export type QueryResult = QuerySuccess | QueryFailure;
