import { z } from 'zod';
import { described } from './describe.js';
import { ListIdSchema, PermissionIdSchema, RoleIdSchema } from './ids.js';
import { listed } from './lists.js';
import { AuthoritySchema } from './scale-schemas.js';
import { LocalizedTextSchema } from './text-schema.js';

/** One graded right of a role (seed 002 grades every right this way). */
export const PermissionSchema = z
  .strictObject({
    id: PermissionIdSchema.apply(described('Unique within the role.', '在岗位内唯一。')),
    title: LocalizedTextSchema.apply(
      described('What the right is over, e.g. "hiring decisions".', '权限针对的事项，例如 "录用决定"。'),
    ),
    domain: ListIdSchema.apply(
      described(
        'The area the right belongs to (an id in the `domains` vocabulary).',
        '权限所属的领域（`domains` 词汇表中的编号）。',
      ),
    ).apply(listed('domains')),
    authority: AuthoritySchema,
    limit: LocalizedTextSchema.optional().apply(
      described(
        'Where the right stops, e.g. "general complaints only" or "within the department budget".',
        '权限的边界，例如 "仅限一般投诉" 或 "部门预算以内"。',
      ),
    ),
    escalateTo: RoleIdSchema.optional().apply(
      described('The role that takes over beyond the limit.', '超出限度时接手的岗位。'),
    ),
    description: LocalizedTextSchema.optional().apply(
      described('Anything else worth knowing about the right.', '关于该权限的其他说明。'),
    ),
  })
  .apply(
    described(
      'A permission (authority) of the role, graded on the authority scale.',
      '岗位的一项权限，按权限等级分级。',
    ),
  );
export type Permission = z.infer<typeof PermissionSchema>;
