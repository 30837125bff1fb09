import { z } from 'zod';
import { described } from './describe.js';
import { INTENSITIES, ROUTINES } from './enums.js';
import { DutySchema } from './duty.js';
import { DutyIdSchema, ListIdSchema, PermissionIdSchema, RoleIdSchema, VocabIdSchema } from './ids.js';
import { RoleKpiSchema } from './kpi.js';
import { modelMessage, patterned, refinement } from './messages.js';
import { PermissionSchema } from './permission.js';
import { QualificationsSchema } from './qualification.js';
import { listed } from './lists.js';
import { CareerStepSchema, StakeholderSchema } from './stakeholder.js';
import { LocalizedListSchema, LocalizedTextSchema } from './text-schema.js';

export const API_VERSION = 'rolematrix/v1';
export const ApiVersionSchema = z
  .literal(API_VERSION)
  .apply(described('The format version: always `rolematrix/v1`.', '格式版本：固定为 `rolematrix/v1`。'));

export const WorkEnvironmentSchema = z
  .strictObject({
    settings: z
      .array(ListIdSchema.clone().apply(listed('settings')))
      .optional()
      .apply(
        described(
          'Where the work happens (ids in the `settings` vocabulary; built in: office, call-center, on-site, remote, travel).',
          '工作的场所（`settings` 词汇表中的编号；内置：office、call-center、on-site、remote、travel）。',
        ),
      ),
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

/** Inherited items a role that `extends` another leaves out, by the key `extends` merges them on. */
export const RemoveSchema = z
  .strictObject({
    duties: z.array(DutyIdSchema).optional().apply(described('Ids of inherited duties.', '继承的职责的编号。')),
    permissions: z
      .array(PermissionIdSchema)
      .optional()
      .apply(described('Ids of inherited permissions.', '继承的权限的编号。')),
    kpis: z.array(VocabIdSchema).optional().apply(described('`ref`s of inherited KPIs.', '继承的绩效指标的 `ref`。')),
    skills: z.array(VocabIdSchema).optional().apply(described('`ref`s of inherited skills.', '继承的技能的 `ref`。')),
  })
  .apply(
    described(
      'Inherited items this role does not have. Only with `extends`; each id must be one the parent has.',
      '本岗位不具备的继承项。仅用于 `extends`；每个编号都必须是上级岗位具有的。',
    ),
  );
export type Remove = z.infer<typeof RemoveSchema>;

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
    family: VocabIdSchema.apply(
      described(
        'Job family (an id in the `families` vocabulary). Required unless the role extends another.',
        '岗位族（`families` 词汇表中的编号）。除非继承其他岗位，否则必填。',
      ),
    )
      .apply(listed('families'))
      .optional(),
    level: ListIdSchema.apply(
      described(
        "Seniority: an id on the catalog's level ladder (`architecture.levels` in catalog.yaml). Required unless the role extends another.",
        '层级：目录层级阶梯（catalog.yaml 的 `architecture.levels`）中的编号。除非继承其他岗位，否则必填。',
      ),
    )
      .apply(listed('levels'))
      .optional(),
    track: ListIdSchema.apply(
      described(
        "The career track (an id in the catalog's `architecture.tracks`) when the role's level is on more than one; otherwise the track is the one that holds the level.",
        '职业通道（目录 `architecture.tracks` 中的编号），仅当岗位的层级属于多个通道时需要填写；否则取包含该层级的通道。',
      ),
    )
      .apply(listed('tracks'))
      .optional(),
    reportsTo: RoleIdSchema.optional().apply(
      described('The role this one reports to (the solid line).', '本岗位的汇报对象（实线汇报）。'),
    ),
    dottedReportsTo: z
      .array(RoleIdSchema)
      .optional()
      .apply(
        described(
          'Roles this one also reports to on a dotted line: for direction or expertise, not day-to-day management.',
          '本岗位虚线汇报的对象：在业务方向或专业上汇报，而非日常管理。',
        ),
      ),
    orientation: ListIdSchema.apply(
      described(
        'What the role is measured against (an id in the `orientations` vocabulary; built in: customer, project, operations, commercial).',
        '岗位以什么为衡量导向（`orientations` 词汇表中的编号；内置：customer、project、operations、commercial）。',
      ),
    )
      .apply(listed('orientations'))
      .optional(),
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
    remove: RemoveSchema.optional(),
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
