import { z } from 'zod';
import { DutySchema } from './duty.js';
import { RoleIdSchema, VocabIdSchema } from './ids.js';
import { RoleKpiSchema } from './kpi.js';
import { PermissionSchema } from './permission.js';
import { QualificationsSchema } from './qualification.js';
import { LEVEL } from './scales.js';
import { CareerStepSchema, StakeholderSchema } from './stakeholder.js';
import { LocalizedListSchema, LocalizedTextSchema } from './text.js';

export const API_VERSION = 'rolematrix/v1';
export const ApiVersionSchema = z.literal(API_VERSION).describe('The format version: always `rolematrix/v1`.');

export const ORIENTATIONS = ['customer', 'project', 'operations', 'commercial'] as const;
export type Orientation = (typeof ORIENTATIONS)[number];

export const WORK_SETTINGS = ['office', 'call-center', 'on-site', 'remote', 'travel'] as const;
/** How intense the workload is, lowest first. */
export const INTENSITIES = ['low', 'moderate', 'high'] as const;
export const ROUTINES = ['standardized', 'mixed', 'varied'] as const;

export const WorkEnvironmentSchema = z
  .strictObject({
    settings: z.array(z.enum(WORK_SETTINGS)).optional().describe('Where the work happens.'),
    intensity: z.enum(INTENSITIES).optional().describe('How intense the workload is from moment to moment.'),
    routine: z
      .enum(ROUTINES)
      .optional()
      .describe('standardized: fixed processes and scripts; varied: work that changes from day to day.'),
    description: LocalizedTextSchema.optional().describe('The environment in words.'),
  })
  .describe('Where and how the work is done (seed 001 compares this).');
export type WorkEnvironment = z.infer<typeof WorkEnvironmentSchema>;

export const ClassificationSchema = z
  .strictObject({
    isco08: z
      .string()
      .regex(/^\d{4}$/, 'An ISCO-08 unit group code has four digits, e.g. "4222".')
      .optional()
      .describe('ISCO-08 unit group.'),
    onetSoc: z
      .string()
      .regex(/^\d{2}-\d{4}\.\d{2}$/, 'An O*NET-SOC code looks like "43-4051.00".')
      .optional()
      .describe('O*NET-SOC 2019 occupation code.'),
    cn2022: z
      .string()
      .regex(/^\d-\d{2}-\d{2}-\d{2}$/, 'A code of China\'s 2022 occupational classification looks like "4-07-02-03".')
      .optional()
      .describe('中华人民共和国职业分类大典 (2022) occupation code.'),
  })
  .describe('Occupational classification codes, where a clear match exists.');
export type Classification = z.infer<typeof ClassificationSchema>;

/** The fields a role must have once `extends` is resolved. */
export const REQUIRED_ROLE_FIELDS = ['title', 'family', 'level', 'orientation', 'summary'] as const;

export const RoleSchema = z
  .strictObject({
    apiVersion: ApiVersionSchema,
    kind: z.literal('Role').describe('The document kind.'),
    id: RoleIdSchema.describe('Unique across the catalog; by convention the file name.'),
    extends: RoleIdSchema.optional().describe(
      'A role whose content this role starts from; see the merge rules in docs/model.md.',
    ),
    title: LocalizedTextSchema.optional().describe('The role title. Required unless the role extends another.'),
    aliases: LocalizedListSchema.optional().describe('Other titles the role goes by.'),
    family: VocabIdSchema.optional().describe(
      'Job family (an id in the `families` vocabulary). Required unless the role extends another.',
    ),
    level: LEVEL.schema.optional(),
    reportsTo: RoleIdSchema.optional().describe('The role this one reports to.'),
    orientation: z
      .enum(ORIENTATIONS)
      .optional()
      .describe(
        'What the role is measured against: customer satisfaction, project goals, operations or commercial results.',
      ),
    summary: LocalizedTextSchema.optional().describe('The role in two or three sentences.'),
    focus: z.array(LocalizedTextSchema).optional().describe("Where the role's attention centres (工作重心)."),
    workEnvironment: WorkEnvironmentSchema.optional(),
    classification: ClassificationSchema.optional(),
    duties: z.array(DutySchema).optional().describe('Duties (responsibilities).'),
    permissions: z.array(PermissionSchema).optional().describe('Graded rights (authorities).'),
    qualifications: QualificationsSchema.optional(),
    kpis: z.array(RoleKpiSchema).optional().describe('KPIs the role is measured on.'),
    stakeholders: z.array(StakeholderSchema).optional().describe('Whom the role communicates with.'),
    career: z.array(CareerStepSchema).optional().describe('Where the role can lead.'),
  })
  .superRefine((role, ctx) => {
    if (role.extends !== undefined) return;
    for (const key of REQUIRED_ROLE_FIELDS) {
      if (role[key] === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: [],
          message: `The role has no \`${key}\`; add it, or \`extends\` a role that has one.`,
          params: { rolematrix: 'MISSING_KEY', key },
        });
      }
    }
  })
  .describe('A role: its duties, permissions, qualifications, KPIs, stakeholders and career steps.');
/** A role as written in its YAML file. */
export type RoleDocument = z.infer<typeof RoleSchema>;
/** A role with `extends` applied: the required fields are present. */
export type Role = Omit<RoleDocument, (typeof REQUIRED_ROLE_FIELDS)[number]> &
  Required<Pick<RoleDocument, (typeof REQUIRED_ROLE_FIELDS)[number]>>;
