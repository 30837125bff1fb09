import { z } from 'zod';
import { described } from './describe.js';
import { modelMessage, patterned, type IdKind } from './messages.js';

/** Ids are lower-case kebab-case words, e.g. `customer-service-manager`. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const id = (what: IdKind, zh: string) =>
  patterned(ID_PATTERN, modelMessage('ID_FORMAT', { what, example: 'customer-satisfaction' })).apply(
    described(`The id of a ${what} (kebab-case).`, `${zh}的编号（kebab-case）。`),
  );

export const RoleIdSchema = id('role', '岗位').brand<'RoleId'>();
export type RoleId = z.infer<typeof RoleIdSchema>;
export const DutyIdSchema = id('duty', '职责').brand<'DutyId'>();
export type DutyId = z.infer<typeof DutyIdSchema>;
export const PermissionIdSchema = id('permission', '权限').brand<'PermissionId'>();
export type PermissionId = z.infer<typeof PermissionIdSchema>;
/** An entry of a vocabulary (KPI, skill, audience, channel, trait, tool, certification, field, family). */
export const VocabIdSchema = id('vocabulary entry', '词汇条目').brand<'VocabId'>();
export type VocabId = z.infer<typeof VocabIdSchema>;
/** A value of a catalog-defined list: a level, a track, a duty category, a permission domain, an orientation, a work setting. */
export const ListIdSchema = id('value', '取值');
