// `check-jd --format json`: each job description's role, fit, gaps and findings as data for programs.
import { z } from 'zod';
import type { Catalog } from '../catalog/catalog.js';
import type { JdReport } from '../jd/check.js';
import { COVERAGE_KINDS } from '../jd/checks/check.js';
import { roleRef } from './output-data.js';
import { DiagnosticSchema, jsonSchema, RoleRefSchema, TextSchema } from './output-data-schema.js';

/** The format and version a check-jd document says it is; a change that breaks readers raises the number. */
export const CHECK_JD_FORMAT = 'rolematrix/check-jd@1';

/** How many of the best-fitting roles a report lists. */
const RANKED = 3;

const Score = z.number().min(0).max(1);

/** The JSON `check-jd --format json` prints. */
export const CheckJdDataSchema = z
  .object({
    format: z.literal(CHECK_JD_FORMAT),
    reports: z
      .array(
        z.object({
          file: z.string().describe('The job description file as given.'),
          role: RoleRefSchema.nullable().describe(
            'The role the job description was checked against: given with --role, or picked by auto; null when none fits well.',
          ),
          probable: z
            .object({ role: RoleRefSchema, score: Score })
            .nullable()
            .describe(
              'With auto and no role picked: the best fit when it is a low-confidence guess (not checked against).',
            ),
          fit: Score.nullable().describe('How well the job description covers the role; null without a role.'),
          ranking: z
            .array(
              z.object({
                role: RoleRefSchema,
                score: Score,
                matched: z
                  .array(z.string())
                  .describe("The role's entries the job description covers: `duty:…`, `kpi:…`, `skill:…`."),
              }),
            )
            .nullable()
            .describe(`With auto: the ${RANKED} best-fitting roles, best first; null when the role was given.`),
          missing: z
            .array(
              z.object({
                kind: z.enum(COVERAGE_KINDS),
                id: z.string().describe("The entry's id in the role."),
                importance: z.number().describe('Higher is more important.'),
                severity: z.enum(['error', 'warning', 'info']),
                label: TextSchema,
              }),
            )
            .describe('What the role has that the job description does not mention, most important first.'),
          diagnostics: z.array(DiagnosticSchema).describe('Every finding, by position; `excerpt` quotes the text.'),
        }),
      )
      .describe('One report per file, in the order given.'),
  })
  .describe('Job descriptions checked against the catalog (rolematrix check-jd --format json).');
export type CheckJdData = z.infer<typeof CheckJdDataSchema>;

/** Job-description reports as data: roles by id and title, fit, the top of the ranking, gaps and findings. */
export function checkJdData(reports: readonly JdReport[], catalog: Catalog): CheckJdData {
  return {
    format: CHECK_JD_FORMAT,
    reports: reports.map((r) => ({
      file: r.file,
      role: r.role === undefined ? null : roleRef(catalog, r.role),
      probable: r.probable === undefined ? null : { role: roleRef(catalog, r.probable.role), score: r.probable.score },
      fit: r.coverage?.score ?? null,
      ranking:
        r.ranking
          ?.slice(0, RANKED)
          .map((x) => ({ role: roleRef(catalog, x.role), score: x.score, matched: [...x.matched] })) ?? null,
      missing: (r.coverage?.missing ?? []).map((m) => ({
        kind: m.kind,
        id: m.id,
        importance: m.importance,
        severity: m.severity,
        label: { zh: m.label.zh, en: m.label.en },
      })),
      diagnostics: [...r.diagnostics],
    })),
  };
}

/** The published JSON Schema of `check-jd --format json` (docs/schemas/check-jd.schema.json). */
export const checkJdJsonSchema = () => jsonSchema(CheckJdDataSchema);
