import { z } from 'zod';
import { DutyIdSchema, ID_PATTERN, PermissionIdSchema } from './ids.js';
import { ApiVersionSchema } from './role.js';
import { LocalizedTextSchema } from './text.js';

/** Responsibility letters: Responsible, Accountable, Supportive (RASCI only), Consulted, Informed. */
export const RACI_LETTERS = ['R', 'A', 'S', 'C', 'I'] as const;
export type RaciLetter = (typeof RACI_LETTERS)[number];

export const RaciLetterSchema = z
  .enum(RACI_LETTERS)
  .describe(
    'R responsible (does the work), A accountable (owns the outcome; exactly one per activity), S supportive (helps R; RASCI), C consulted (asked before), I informed (told after).',
  );

/** Role ids as map keys (plain strings: branded keys would make every lookup a cast). */
const RoleKeySchema = z
  .string()
  .regex(ID_PATTERN, 'A role id is lower-case words joined by hyphens, e.g. "call-center-agent".')
  .describe('A role id.');

const ActivityIdSchema = z
  .string()
  .regex(ID_PATTERN, 'An activity id is lower-case words joined by hyphens, e.g. "log-complaint".')
  .describe('The id of the activity, unique within the matrix.');

export const ActivitySchema = z
  .strictObject({
    id: ActivityIdSchema,
    title: LocalizedTextSchema.describe('What is done.'),
    phase: LocalizedTextSchema.optional().describe('The stage of the process the activity belongs to (e.g. planning).'),
    description: LocalizedTextSchema.optional().describe('More about the activity.'),
    assign: z
      .record(RoleKeySchema, z.union([RaciLetterSchema, z.array(RaciLetterSchema).min(1)]))
      .describe('Role id → letter (or letters, e.g. [A, R]) for this activity.'),
    duties: z
      .record(RoleKeySchema, z.array(DutyIdSchema).min(1))
      .optional()
      .describe("Role id → the ids of that role's duties this activity carries out."),
    permissions: z
      .record(RoleKeySchema, z.array(PermissionIdSchema).min(1))
      .optional()
      .describe("Role id → the ids of that role's permissions this activity exercises."),
  })
  .describe('One activity of the process and who does what in it.');
export type Activity = z.infer<typeof ActivitySchema>;

export const ResponsibilityMatrixSchema = z
  .strictObject({
    apiVersion: ApiVersionSchema,
    kind: z.literal('ResponsibilityMatrix').describe('The document kind.'),
    id: z
      .string()
      .regex(ID_PATTERN, 'A matrix id is lower-case words joined by hyphens, e.g. "complaint-handling".')
      .describe("Unique among the catalog's matrices."),
    title: LocalizedTextSchema.describe('The process the matrix covers.'),
    description: LocalizedTextSchema.optional().describe('What the process is for and where it starts and ends.'),
    letters: z.enum(['RACI', 'RASCI']).optional().describe('RACI (default) or RASCI, which also allows S.'),
    activities: z.array(ActivitySchema).min(1).describe('The activities, in process order.'),
  })
  .describe("A responsibility (RACI) matrix: a process, its activities, and each role's letter in each.");
export type ResponsibilityMatrix = z.infer<typeof ResponsibilityMatrixSchema>;
