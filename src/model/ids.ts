import { z } from 'zod';
import { described } from './describe.js';
import { CHECK_MESSAGES, modelMessage, modelMessageText, type IdKind } from './messages.js';

/** Ids are lower-case kebab-case words, e.g. `customer-service-manager`. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The longest id: ids name files (`<role-id>.yaml`, `<role-id>.jdx.json`), and 100 characters leave room for any
 * suffix within the 255 bytes a file name may have.
 */
export const ID_MAX_LENGTH = 100;

const id = (what: IdKind, zh: string) => {
  const format = modelMessage('ID_FORMAT', { what, example: 'customer-satisfaction' });
  const long = modelMessage('ID_TOO_LONG', { max: ID_MAX_LENGTH });
  return z
    .string()
    .regex(ID_PATTERN, modelMessageText(format).en)
    .max(ID_MAX_LENGTH, modelMessageText(long).en)
    .register(CHECK_MESSAGES, { invalid_format: format, too_big: long })
    .apply(
      described(
        `The id of a ${what} (kebab-case, at most ${ID_MAX_LENGTH} characters).`,
        `${zh}的编号（kebab-case，最多 ${ID_MAX_LENGTH} 个字符）。`,
      ),
    );
};

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
