// `classify` with --format json: the codes suggested for each role, with their evidence, as data for programs.
import { z } from 'zod';
import { DiagnosticSchema, jsonSchema, RoleRefSchema, TextSchema } from './output-data-schema.js';

/** The format and version the document says it is; a change that breaks readers raises the number. */
export const CLASSIFY_FORMAT = 'rolematrix/classify@1';

const SYSTEMS = ['onetSoc', 'cn2022', 'isco08'] as const;

const OccupationSchema = z.object({
  code: z
    .string()
    .describe('The occupation code: 43-4051.00 (O*NET-SOC), 4-07-02-03 (2022 classification), 4222 (ISCO-08).'),
  title: z.string().describe("The occupation's title, in its source's language."),
  score: z.number().min(0).max(1).describe("The role's fit for the occupation, 0–1 (the JD matching engine's score)."),
});

const EvidenceSchema = z.object({
  kind: z.enum(['title', 'duty', 'kpi', 'skill']).describe('What of the role matched.'),
  id: z.string().describe("The duty's id, the KPI's or skill's vocabulary id; the role's id for its title."),
  role: TextSchema.describe("The role's text (the duty's title, the KPI's or skill's label, the title)."),
  occupation: z.string().describe("The occupation's text that matched it: a task, its definition, or its titles."),
  score: z.number().min(0).max(1),
});

const OutcomeSchema = z.discriminatedUnion('status', [
  z
    .object({ status: z.literal('classified'), code: z.string() })
    .describe('The role has this code (its own or inherited).'),
  OccupationSchema.extend({
    status: z.literal('proposed'),
    evidence: z.array(EvidenceSchema).describe('The matches behind the score, the title first.'),
    next: OccupationSchema.optional().describe('The runner-up occupation, to show how clear the choice is.'),
    written: z.boolean().describe('Whether --write added the code to the role file.'),
  }).describe('The best occupation, at or above the threshold.'),
  z
    .object({ status: z.literal('unmatched'), best: OccupationSchema.optional() })
    .describe('No occupation reaches the threshold; `best` is the closest.'),
  z.object({ status: z.literal('no-source') }).describe('No source of this classification was given (--with).'),
]);

/** The JSON `classify --format json` prints. */
export const ClassifyDataSchema = z
  .object({
    format: z.literal(CLASSIFY_FORMAT),
    threshold: z.number().describe('The lowest score at which an occupation is proposed.'),
    sources: z
      .object(
        Object.fromEntries(SYSTEMS.map((s) => [s, z.string().optional()])) as Record<
          (typeof SYSTEMS)[number],
          z.ZodOptional<z.ZodString>
        >,
      )
      .describe('The source read for each classification (--with), as given.'),
    roles: z
      .array(
        RoleRefSchema.extend({
          codes: z.object({ onetSoc: OutcomeSchema, cn2022: OutcomeSchema, isco08: OutcomeSchema }),
        }),
      )
      .describe('The roles classified, in the order asked for (catalog order by default).'),
    diagnostics: z.array(DiagnosticSchema).describe("The sources' findings, sorted by file, line, column and code."),
  })
  .describe('Occupational codes suggested for roles (rolematrix classify).');
export type ClassifyData = z.infer<typeof ClassifyDataSchema>;

/** The published JSON Schema of `classify --format json` (docs/schemas/classify.schema.json). */
export const classifyJsonSchema = () => jsonSchema(ClassifyDataSchema);
