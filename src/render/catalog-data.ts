// `validate`, `list`, `show` and `lint` with --format json: a catalog's roles and findings as data for programs.
import { z } from 'zod';
import type { Catalog } from '../catalog/catalog.js';
import { hasErrors, type Diagnostic } from '../errors.js';
import { REQUIRED_ROLE_FIELDS, RoleSchema, type Role } from '../model/role.js';
import { bilingual, bothLangs } from './output-data.js';
import { DiagnosticSchema, jsonSchema, RoleRefSchema, TextSchema } from './output-data-schema.js';

/** The formats and versions these documents say they are; a change that breaks readers raises the number. */
export const VALIDATE_FORMAT = 'rolematrix/validate@1';
export const LIST_FORMAT = 'rolematrix/list@1';
export const SHOW_FORMAT = 'rolematrix/show@1';
export const LINT_FORMAT = 'rolematrix/lint@1';

const Counts = {
  roles: z.number().int().describe('How many roles the catalog has.'),
  vocabularyEntries: z.number().int().describe('How many vocabulary entries the catalog defines (built-ins aside).'),
};
const Diagnostics = z.array(DiagnosticSchema).describe('Sorted by file, line, column and code.');

/** The JSON `validate --format json` prints. */
export const ValidateDataSchema = z
  .object({
    format: z.literal(VALIDATE_FORMAT),
    valid: z.boolean().describe('True when no diagnostic is an error.'),
    ...Counts,
    diagnostics: Diagnostics,
  })
  .describe("A catalog's validation: every problem found by parsing, the schema and the cross-document rules.");
export type ValidateData = z.infer<typeof ValidateDataSchema>;

const Entry = z.object({ id: z.string(), label: TextSchema });

/** The JSON `list --format json` prints. */
export const ListDataSchema = z
  .object({
    format: z.literal(LIST_FORMAT),
    roles: z
      .array(
        RoleRefSchema.extend({
          family: Entry.describe('The job family: its id in the `families` vocabulary and its name.'),
          level: Entry.describe("The level: its id on the catalog's ladder and its name."),
          grade: z.number().optional().describe("The level's grade; present when the catalog's ladder is graded."),
          track: Entry.nullable()
            .optional()
            .describe('The career track; present when the catalog defines tracks, null for a role on none.'),
        }),
      )
      .describe('Every role, in catalog order.'),
  })
  .describe("A catalog's roles (rolematrix list --format json).");
export type ListData = z.infer<typeof ListDataSchema>;

/** A role with `extends` applied: the model's role schema with the fields every resolved role has made required. */
const ResolvedRoleSchema = RoleSchema.required(
  Object.fromEntries(REQUIRED_ROLE_FIELDS.map((k) => [k, true])) as Record<(typeof REQUIRED_ROLE_FIELDS)[number], true>,
).describe(
  'The role as the model defines it (docs/model.md), with `extends` applied: the same object `show --format yaml` prints.',
);

/** The JSON `show --format json` prints. */
export const ShowDataSchema = z
  .object({ format: z.literal(SHOW_FORMAT), role: ResolvedRoleSchema })
  .describe('One role, resolved (rolematrix show --format json).');
export type ShowData = z.infer<typeof ShowDataSchema>;

/** The JSON `lint --format json` prints. */
export const LintDataSchema = z
  .object({ format: z.literal(LINT_FORMAT), ...Counts, diagnostics: Diagnostics })
  .describe("A catalog's health findings, with the loader's warnings (rolematrix lint --format json).");
export type LintData = z.infer<typeof LintDataSchema>;

/** `validate` as data: whether the catalog is valid, its size, and every diagnostic. */
export function validateData(catalog: Catalog, diagnostics: readonly Diagnostic[]): ValidateData {
  return {
    format: VALIDATE_FORMAT,
    valid: !hasErrors(diagnostics),
    roles: catalog.roles.size,
    vocabularyEntries: catalog.entryCount(),
    diagnostics: [...diagnostics],
  };
}

/** `list` as data: every role by id with its title, family, level (and grade, track) in both languages. */
export function listData(catalog: Catalog): ListData {
  const arch = catalog.architecture;
  const hasTracks = arch.tracks.length > 0;
  return {
    format: LIST_FORMAT,
    roles: catalog.list().map((r) => {
      const track = arch.trackOf(r);
      const grade = arch.graded ? arch.grade(r.level) : undefined;
      return {
        id: r.id,
        title: bilingual(r.title),
        family: { id: r.family, label: bothLangs((lang) => catalog.label('families', r.family, lang)) },
        level: { id: r.level, label: arch.labels(r.level) },
        ...(grade !== undefined ? { grade } : {}),
        ...(hasTracks ? { track: track === undefined ? null : { id: track.id, label: bilingual(track.label) } } : {}),
      };
    }),
  };
}

/** `show` as data: the resolved role, as the model defines it. */
export function showData(role: Role): ShowData {
  return { format: SHOW_FORMAT, role };
}

/** `lint` as data: the catalog's size and every finding. */
export function lintData(catalog: Catalog, findings: readonly Diagnostic[]): LintData {
  return {
    format: LINT_FORMAT,
    roles: catalog.roles.size,
    vocabularyEntries: catalog.entryCount(),
    diagnostics: [...findings],
  };
}

/** The published JSON Schema of `validate --format json` (docs/schemas/validate.schema.json). */
export const validateJsonSchema = () => jsonSchema(ValidateDataSchema);
/** The published JSON Schema of `list --format json` (docs/schemas/list.schema.json). */
export const listJsonSchema = () => jsonSchema(ListDataSchema);
/** The published JSON Schema of `show --format json` (docs/schemas/show.schema.json). */
export const showJsonSchema = () => jsonSchema(ShowDataSchema);
/** The published JSON Schema of `lint --format json` (docs/schemas/lint.schema.json). */
export const lintJsonSchema = () => jsonSchema(LintDataSchema);
