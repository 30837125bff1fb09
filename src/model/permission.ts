import { z } from 'zod';
import { PermissionIdSchema, RoleIdSchema } from './ids.js';
import { AUTHORITY } from './scales.js';
import { LocalizedTextSchema } from './text.js';

export const PERMISSION_DOMAINS = [
  'people',
  'resources',
  'process',
  'customer-issues',
  'budget',
  'information',
  'scope',
  'schedule',
  'quality',
  'risk',
  'vendors',
] as const;
export type PermissionDomain = (typeof PERMISSION_DOMAINS)[number];

/** One graded right of a role (seed 002 grades every right this way). */
export const PermissionSchema = z
  .strictObject({
    id: PermissionIdSchema.describe('Unique within the role.'),
    title: LocalizedTextSchema.describe('What the right is over, e.g. "hiring decisions".'),
    domain: z.enum(PERMISSION_DOMAINS).describe('The area the right belongs to.'),
    authority: AUTHORITY.schema,
    limit: LocalizedTextSchema.optional().describe(
      'Where the right stops, e.g. "general complaints only" or "within the department budget".',
    ),
    escalateTo: RoleIdSchema.optional().describe('The role that takes over beyond the limit.'),
    description: LocalizedTextSchema.optional().describe('Anything else worth knowing about the right.'),
  })
  .describe('A permission (authority) of the role, graded on the authority scale.');
export type Permission = z.infer<typeof PermissionSchema>;
