import { z } from 'zod';
import { described } from './describe.js';
import { DutySchema } from './duty.js';
import { RoleIdSchema, VocabIdSchema } from './ids.js';
import { RoleKpiSchema } from './kpi.js';
import { modelMessage, patterned, refinement } from './messages.js';
import { PermissionSchema } from './permission.js';
import { QualificationsSchema } from './qualification.js';
import { LEVEL } from './scales.js';
import { CareerStepSchema, StakeholderSchema } from './stakeholder.js';
import { LocalizedListSchema, LocalizedTextSchema } from './text.js';

export const API_VERSION = 'rolematrix/v1';
export const ApiVersionSchema = z
  .literal(API_VERSION)
  .apply(described('The format version: always `rolematrix/v1`.', '格式版本：固定为 `rolematrix/v1`。'));

export const ORIENTATIONS = ['customer', 'project', 'operations', 'commercial'] as const;
export type Orientation = (typeof ORIENTATIONS)[number];

export const WORK_SETTINGS = ['office', 'call-center', 'on-site', 'remote', 'travel'] as const;
/** How intense the workload is, lowest first. */
export const INTENSITIES = ['low', 'moderate', 'high'] as const;
export const ROUTINES = ['standardized', 'mixed', 'varied'] as const;

export const WorkEnvironmentSchema = z
  .strictObject({
    settings: z.array(z.enum(WORK_SETTINGS)).optional().apply(described('Where the work happens.', '工作的场所。')),
    intensity: z
      .enum(INTENSITIES)
      .optional()
      .apply(described('How intense the workload is from moment to moment.', '工作负荷的即时强度。')),
    routine: z
      .enum(ROUTINES)
      .optional()
      .apply(
        described(
          'standardized: fixed processes and scripts; varied: work that changes from day to day.',
          'standardized：固定流程和话术；varied：每天都不一样的工作。',
        ),
      ),
    description: LocalizedTextSchema.optional().apply(described('The environment in words.', '用文字描述工作环境。')),
  })
  .apply(
    described(
      'Where and how the work is done (seed 001 compares this).',
      '在哪里、以什么方式工作（种子案例 001 比较这一项）。',
    ),
  );
export type WorkEnvironment = z.infer<typeof WorkEnvironmentSchema>;

export const ClassificationSchema = z
  .strictObject({
    isco08: patterned(/^\d{4}$/, modelMessage('ISCO08_FORMAT', {}))
      .optional()
      .apply(described('ISCO-08 unit group.', 'ISCO-08 细类。')),
    onetSoc: patterned(/^\d{2}-\d{4}\.\d{2}$/, modelMessage('ONET_SOC_FORMAT', {}))
      .optional()
      .apply(described('O*NET-SOC 2019 occupation code.', 'O*NET-SOC 2019 职业代码。')),
    cn2022: patterned(/^\d-\d{2}-\d{2}-\d{2}$/, modelMessage('CN2022_FORMAT', {}))
      .optional()
      .apply(
        described(
          '中华人民共和国职业分类大典 (2022) occupation code.',
          '《中华人民共和国职业分类大典》（2022 年版）职业代码。',
        ),
      ),
  })
  .apply(
    described('Occupational classification codes, where a clear match exists.', '职业分类代码（有明确对应时填写）。'),
  );
export type Classification = z.infer<typeof ClassificationSchema>;

/** The fields a role must have once `extends` is resolved. */
export const REQUIRED_ROLE_FIELDS = ['title', 'family', 'level', 'orientation', 'summary'] as const;

export const RoleSchema = z
  .strictObject({
    apiVersion: ApiVersionSchema,
    kind: z.literal('Role').apply(described('The document kind.', '文档类型。')),
    id: RoleIdSchema.apply(
      described('Unique across the catalog; by convention the file name.', '在整个目录中唯一；按惯例与文件名相同。'),
    ),
    extends: RoleIdSchema.optional().apply(
      described(
        'A role whose content this role starts from; see the merge rules in docs/model.md.',
        '本岗位以其内容为基础的岗位；合并规则见 docs/model.md。',
      ),
    ),
    title: LocalizedTextSchema.optional().apply(
      described('The role title. Required unless the role extends another.', '岗位名称。除非继承其他岗位，否则必填。'),
    ),
    aliases: LocalizedListSchema.optional().apply(described('Other titles the role goes by.', '岗位的其他称呼。')),
    family: VocabIdSchema.optional().apply(
      described(
        'Job family (an id in the `families` vocabulary). Required unless the role extends another.',
        '岗位族（`families` 词汇表中的编号）。除非继承其他岗位，否则必填。',
      ),
    ),
    level: LEVEL.schema.optional(),
    reportsTo: RoleIdSchema.optional().apply(described('The role this one reports to.', '本岗位的汇报对象。')),
    orientation: z
      .enum(ORIENTATIONS)
      .optional()
      .apply(
        described(
          'What the role is measured against: customer satisfaction, project goals, operations or commercial results.',
          '岗位以什么为衡量导向：客户满意、项目目标、运营或业绩。',
        ),
      ),
    summary: LocalizedTextSchema.optional().apply(
      described('The role in two or three sentences.', '用两三句话概述岗位。'),
    ),
    focus: z
      .array(LocalizedTextSchema)
      .optional()
      .apply(described("Where the role's attention centres (工作重心).", '岗位的工作重心。')),
    workEnvironment: WorkEnvironmentSchema.optional(),
    classification: ClassificationSchema.optional(),
    duties: z.array(DutySchema).optional().apply(described('Duties (responsibilities).', '岗位职责。')),
    permissions: z
      .array(PermissionSchema)
      .optional()
      .apply(described('Graded rights (authorities).', '分级的岗位权限。')),
    qualifications: QualificationsSchema.optional(),
    kpis: z.array(RoleKpiSchema).optional().apply(described('KPIs the role is measured on.', '衡量岗位的绩效指标。')),
    stakeholders: z
      .array(StakeholderSchema)
      .optional()
      .apply(described('Whom the role communicates with.', '岗位的沟通对象。')),
    career: z.array(CareerStepSchema).optional().apply(described('Where the role can lead.', '岗位的职业发展方向。')),
  })
  .superRefine((role, ctx) => {
    if (role.extends !== undefined) return;
    for (const key of REQUIRED_ROLE_FIELDS) {
      if (role[key] === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: [],
          ...refinement(modelMessage('ROLE_FIELD_MISSING', { key }), { rolematrix: 'MISSING_KEY', key }),
        });
      }
    }
  })
  .apply(
    described(
      'A role: its duties, permissions, qualifications, KPIs, stakeholders and career steps.',
      '岗位：职责、权限、任职资格、绩效指标、沟通对象和职业发展。',
    ),
  );
/** A role as written in its YAML file. */
export type RoleDocument = z.infer<typeof RoleSchema>;
/** A role with `extends` applied: the required fields are present. */
export type Role = Omit<RoleDocument, (typeof REQUIRED_ROLE_FIELDS)[number]> &
  Required<Pick<RoleDocument, (typeof REQUIRED_ROLE_FIELDS)[number]>>;
