import { z } from 'zod';
import { described } from './describe.js';
import { DutyIdSchema, ID_PATTERN, PermissionIdSchema } from './ids.js';
import { modelMessage, patterned } from './messages.js';
import { ApiVersionSchema } from './role.js';
import { LocalizedTextSchema } from './text-schema.js';

/** Responsibility letters: Responsible, Accountable, Supportive (RASCI only), Consulted, Informed. */
export const RACI_LETTERS = ['R', 'A', 'S', 'C', 'I'] as const;
export type RaciLetter = (typeof RACI_LETTERS)[number];

export const RaciLetterSchema = z
  .enum(RACI_LETTERS)
  .apply(
    described(
      'R responsible (does the work), A accountable (owns the outcome; exactly one per activity), S supportive (helps R; RASCI), C consulted (asked before), I informed (told after).',
      'R 负责执行（做事的人），A 最终负责（对结果负责；每个活动恰好一个），S 支持（协助 R；仅 RASCI），C 咨询（事前征求意见），I 知会（事后告知）。',
    ),
  );

/** Role ids as map keys (plain strings: branded keys would make every lookup a cast). */
const RoleKeySchema = patterned(
  ID_PATTERN,
  modelMessage('ID_FORMAT', { what: 'role', example: 'call-center-agent' }),
).apply(described('A role id.', '岗位编号。'));

const ActivityIdSchema = patterned(
  ID_PATTERN,
  modelMessage('ID_FORMAT', { what: 'activity', example: 'log-complaint' }),
).apply(described('The id of the activity, unique within the matrix.', '活动的编号，在矩阵内唯一。'));

export const ActivitySchema = z
  .strictObject({
    id: ActivityIdSchema,
    title: LocalizedTextSchema.apply(described('What is done.', '做什么。')),
    phase: LocalizedTextSchema.optional().apply(
      described(
        'The stage of the process the activity belongs to (e.g. planning).',
        '活动所属的流程阶段（例如计划）。',
      ),
    ),
    description: LocalizedTextSchema.optional().apply(described('More about the activity.', '关于该活动的更多说明。')),
    assign: z
      .record(RoleKeySchema, z.union([RaciLetterSchema, z.array(RaciLetterSchema).min(1)]))
      .apply(
        described(
          'Role id → letter (or letters, e.g. [A, R]) for this activity.',
          '岗位编号 → 该岗位在此活动中的字母（或多个字母，例如 [A, R]）。',
        ),
      ),
    duties: z
      .record(RoleKeySchema, z.array(DutyIdSchema).min(1))
      .optional()
      .apply(
        described(
          "Role id → the ids of that role's duties this activity carries out.",
          '岗位编号 → 此活动落实的该岗位职责的编号。',
        ),
      ),
    permissions: z
      .record(RoleKeySchema, z.array(PermissionIdSchema).min(1))
      .optional()
      .apply(
        described(
          "Role id → the ids of that role's permissions this activity exercises.",
          '岗位编号 → 此活动行使的该岗位权限的编号。',
        ),
      ),
  })
  .apply(described('One activity of the process and who does what in it.', '流程中的一个活动，以及其中谁做什么。'));
export type Activity = z.infer<typeof ActivitySchema>;

export const ResponsibilityMatrixSchema = z
  .strictObject({
    apiVersion: ApiVersionSchema,
    kind: z.literal('ResponsibilityMatrix').apply(described('The document kind.', '文档类型。')),
    id: patterned(ID_PATTERN, modelMessage('ID_FORMAT', { what: 'matrix', example: 'complaint-handling' })).apply(
      described("Unique among the catalog's matrices.", '在目录的各个矩阵中唯一。'),
    ),
    title: LocalizedTextSchema.apply(described('The process the matrix covers.', '矩阵所涵盖的流程。')),
    description: LocalizedTextSchema.optional().apply(
      described('What the process is for and where it starts and ends.', '流程的目的，以及从哪里开始、到哪里结束。'),
    ),
    letters: z
      .enum(['RACI', 'RASCI'])
      .optional()
      .apply(described('RACI (default) or RASCI, which also allows S.', 'RACI（默认）或 RASCI（还允许使用 S）。')),
    activities: z
      .array(ActivitySchema)
      .min(1)
      .apply(described('The activities, in process order.', '各个活动，按流程顺序排列。')),
  })
  .apply(
    described(
      "A responsibility (RACI) matrix: a process, its activities, and each role's letter in each.",
      '责任（RACI）矩阵：一个流程、其中的活动，以及各岗位在每个活动中的字母。',
    ),
  );
export type ResponsibilityMatrix = z.infer<typeof ResponsibilityMatrixSchema>;
