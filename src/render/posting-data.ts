// `jd --format json`: a role's generated job description in both languages, section by section, as data.
import { z } from 'zod';
import type { Catalog } from '../catalog/catalog.js';
import { formatPath, type Diagnostic } from '../errors.js';
import type { GeneratedJobDescription, PostingDraft } from '../jd/generate/index.js';
import { POSTING_SECTIONS } from '../jd/generate/phrases.js';
import type { JdSectionKind } from '../jd/types.js';
import { PostingSchema } from '../model/posting.js';
import { roleRef } from './output-data.js';
import { DiagnosticSchema, jsonSchema, RoleRefSchema } from './output-data-schema.js';

/** The format and version a jd document says it is; a change that breaks readers raises the number. */
export const JD_FORMAT = 'rolematrix/jd@1';

const SECTION_KINDS = [
  'summary',
  'duties',
  'requirements',
  'kpis',
  'benefits',
  'about',
  'other',
] as const satisfies readonly JdSectionKind[];

const DraftSchema = z.object({
  title: z.string().describe('The job title.'),
  markdown: z.string().describe('The whole job description as Markdown: the text check-jd reads.'),
  sections: z
    .array(
      z.object({
        key: z.enum(POSTING_SECTIONS).describe('Which section it is.'),
        kind: z.enum(SECTION_KINDS).describe('What check-jd reads the section as.'),
        heading: z.string(),
        style: z.enum(['numbered', 'bullets', 'paragraphs']),
        items: z.array(
          z.object({
            text: z.string(),
            sources: z
              .array(
                z.object({
                  doc: z.enum(['role', 'posting']).describe('The role, or the posting file (--config).'),
                  path: z.string().describe('The value the text says, e.g. `duties[2].activities[0]`.'),
                }),
              )
              .describe('The values the text is made from; the first is where a finding about it points.'),
          }),
        ),
      }),
    )
    .describe('The sections in their order; sections with nothing to say are left out.'),
  shortened: z
    .array(z.object({ duty: z.string(), activities: z.array(z.number().int().min(0)) }))
    .describe('Key activities left out to stay within the length limits, by duty id and activity index.'),
});

/** The JSON `jd --format json` prints. */
export const JdDataSchema = z
  .object({
    format: z.literal(JD_FORMAT),
    role: RoleRefSchema,
    jobDescriptions: z.object({ zh: DraftSchema, en: DraftSchema }).describe('The job description in each language.'),
    diagnostics: z
      .array(DiagnosticSchema)
      .describe("What check-jd finds in either language's job description, at the role's (or posting file's) value."),
  })
  .describe('A job description generated from a role (rolematrix jd --format json).');
export type JdData = z.infer<typeof JdDataSchema>;

const draftData = (g: GeneratedJobDescription): JdData['jobDescriptions']['zh'] => ({
  title: g.title,
  markdown: g.markdown,
  sections: g.sections.map((s) => ({
    key: s.key,
    kind: s.kind,
    heading: s.heading,
    style: s.style,
    items: s.items.map((i) => ({
      text: i.text,
      sources: i.sources.map((x) => ({ doc: x.doc, path: formatPath(x.path) })),
    })),
  })),
  shortened: draftShortened(g),
});

const draftShortened = (d: PostingDraft) => d.shortened.map((s) => ({ duty: s.duty, activities: [...s.activities] }));

/** A generated JD in both languages as data, with every finding of either (each once). */
export function jdData(
  catalog: Catalog,
  roleId: string,
  both: { zh: GeneratedJobDescription; en: GeneratedJobDescription },
  diagnostics: readonly Diagnostic[],
): JdData {
  return {
    format: JD_FORMAT,
    role: roleRef(catalog, roleId),
    jobDescriptions: { zh: draftData(both.zh), en: draftData(both.en) },
    diagnostics: [...diagnostics],
  };
}

/** The JSON Schema of posting files (`jd --config`; docs/schemas/posting.schema.json), for completion in an editor. */
export const postingJsonSchema = (): Record<string, unknown> =>
  z.toJSONSchema(PostingSchema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' });

/** The published JSON Schema of `jd --format json` (docs/schemas/jd.schema.json). */
export const jdJsonSchema = () => jsonSchema(JdDataSchema);
