import { z } from 'zod';

/** Ids are lower-case kebab-case words, e.g. `customer-service-manager`. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const id = (what: string) =>
  z
    .string()
    .regex(ID_PATTERN, `A ${what} id is lower-case words joined by hyphens, e.g. "customer-satisfaction".`)
    .describe(`The id of a ${what} (kebab-case).`);

export const RoleIdSchema = id('role').brand<'RoleId'>();
export type RoleId = z.infer<typeof RoleIdSchema>;
export const DutyIdSchema = id('duty').brand<'DutyId'>();
export type DutyId = z.infer<typeof DutyIdSchema>;
export const PermissionIdSchema = id('permission').brand<'PermissionId'>();
export type PermissionId = z.infer<typeof PermissionIdSchema>;
/** An entry of a vocabulary (KPI, skill, audience, channel, trait, tool, certification, field, family). */
export const VocabIdSchema = id('vocabulary entry').brand<'VocabId'>();
export type VocabId = z.infer<typeof VocabIdSchema>;
