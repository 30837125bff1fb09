// `raci --format json`: a responsibility matrix, one role's letters, or a draft, as data for programs.
import { z } from 'zod';
import type { Catalog } from '../catalog/catalog.js';
import type { Diagnostic } from '../errors.js';
import type { Activity, ResponsibilityMatrix } from '../model/index.js';
import type { DraftMatrix } from '../raci/draft.js';
import { bilingual, roleRef } from './output-data.js';
import { DiagnosticSchema, jsonSchema, RoleRefSchema, TextSchema } from './output-data-schema.js';

/** The format and version a raci document says it is. */
export const RACI_FORMAT = 'rolematrix/raci@1';

const Text = TextSchema;
const RoleRef = RoleRefSchema;
const Letters = z.array(z.enum(['R', 'A', 'S', 'C', 'I'])).describe('The letters, e.g. ["A", "R"].');
const MatrixRef = z.object({ id: z.string(), title: Text });
const ActivityBase = z.object({
  id: z.string(),
  title: Text,
  phase: Text.optional().describe('The stage of the process, when the matrix gives one.'),
});
/** The JSON `raci --format json` prints: a matrix (with its findings), one role's letters, or a draft. */
export const RaciDataSchema = z
  .discriminatedUnion('mode', [
    z.object({
      format: z.literal(RACI_FORMAT),
      mode: z.literal('matrix').describe('`raci <matrix>`'),
      matrix: MatrixRef,
      letters: z.enum(['RACI', 'RASCI']),
      roles: z.array(RoleRef).describe('The roles with a letter somewhere in the matrix.'),
      activities: z.array(
        ActivityBase.extend({
          assign: z.record(z.string(), Letters).describe('Role id → its letters in this activity.'),
        }),
      ),
      findings: z.array(DiagnosticSchema).describe("The matrix's rule findings (docs/raci.md)."),
    }),
    z.object({
      format: z.literal(RACI_FORMAT),
      mode: z.literal('role').describe('`raci --role <id>`'),
      role: RoleRef,
      matrices: z
        .array(MatrixRef.extend({ activities: z.array(ActivityBase.extend({ letters: Letters })) }))
        .describe('Every matrix that gives the role a letter, with the activities it has one in.'),
    }),
    z.object({
      format: z.literal(RACI_FORMAT),
      mode: z.literal('draft').describe('`raci --draft <matrix>`'),
      matrix: MatrixRef,
      roles: z.array(RoleRef),
      activities: z.array(
        ActivityBase.extend({
          cells: z
            .record(
              z.string(),
              z.object({
                letters: Letters,
                because: z.object({
                  duties: z.array(z.string()).describe('The ids of the duties the letters come from.'),
                  permissions: z.array(z.object({ id: z.string(), authority: z.string() })),
                }),
              }),
            )
            .describe('Role id → the proposed letters and why.'),
        }),
      ),
    }),
  ])
  .describe('Who does what in a process (rolematrix raci --format json).');
export type RaciData = z.infer<typeof RaciDataSchema>;

const both = bilingual;
type Letter = 'R' | 'A' | 'S' | 'C' | 'I';
const letters = (v: Letter | readonly Letter[]): Letter[] => (typeof v === 'string' ? [v] : [...v]);

function activityBase(a: Activity) {
  return { id: a.id, title: both(a.title), ...(a.phase !== undefined ? { phase: both(a.phase) } : {}) };
}
const matrixRef = (m: ResponsibilityMatrix) => ({ id: m.id, title: both(m.title) });

/** `raci <matrix>` as data: every activity's letters by role id, and the rule findings. */
export function raciMatrixData(
  matrix: ResponsibilityMatrix,
  catalog: Catalog,
  findings: readonly Diagnostic[],
): RaciData {
  const roles = [...new Set(matrix.activities.flatMap((a) => Object.keys(a.assign)))];
  return {
    format: RACI_FORMAT,
    mode: 'matrix',
    matrix: matrixRef(matrix),
    letters: matrix.letters ?? 'RACI',
    roles: roles.map((id) => roleRef(catalog, id)),
    activities: matrix.activities.map((a) => ({
      ...activityBase(a),
      assign: Object.fromEntries(Object.entries(a.assign).map(([id, v]) => [id, letters(v)])),
    })),
    findings: [...findings],
  };
}

/** `raci --role <id>` as data: the role's letters in every matrix that gives it one. */
export function raciRoleData(roleId: string, catalog: Catalog): RaciData {
  return {
    format: RACI_FORMAT,
    mode: 'role',
    role: roleRef(catalog, roleId),
    matrices: [...catalog.matrices.values()]
      .map((m) => ({
        ...matrixRef(m),
        activities: m.activities
          .filter((a) => roleId in a.assign)
          .map((a) => ({ ...activityBase(a), letters: letters(a.assign[roleId]!) })),
      }))
      .filter((m) => m.activities.length > 0),
  };
}

/** `raci --draft <matrix>` as data: the proposed letters per activity and role, with the duties and permissions behind them. */
export function raciDraftData(draft: DraftMatrix, matrix: ResponsibilityMatrix, catalog: Catalog): RaciData {
  return {
    format: RACI_FORMAT,
    mode: 'draft',
    matrix: matrixRef(matrix),
    roles: draft.roles.map((id) => roleRef(catalog, id)),
    activities: draft.activities.map((a) => ({
      ...activityBase(a.activity),
      cells: Object.fromEntries(
        Object.entries(a.cells).map(([id, c]) => [id, { letters: [...c.letters], because: c.because }]),
      ),
    })),
  };
}

/** The published JSON Schema of `raci --format json` (docs/schemas/raci.schema.json). */
export function raciJsonSchema(): Record<string, unknown> {
  return jsonSchema(RaciDataSchema);
}
