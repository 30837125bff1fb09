// `query --format json`: the roles a query matched and why, as data for programs, with a published schema.
import { z } from 'zod';
import type { Catalog } from '../catalog/catalog.js';
import type { QuerySuccess } from '../query/result.js';
import { roleRef } from './output-data.js';
import { jsonSchema, TextSchema } from './output-data-schema.js';
import { reasonLine } from './query-table.js';

/** The format and version a query document says it is. */
export const QUERY_FORMAT = 'rolematrix/query@1';

const Text = TextSchema;

/** The JSON `query --format json` prints. */
export const QueryDataSchema = z
  .object({
    format: z.literal(QUERY_FORMAT),
    expr: z.string().describe('The query as given.'),
    matches: z
      .array(
        z.object({
          id: z.string().describe('The role id.'),
          title: Text,
          score: z.number().optional().describe('With free text in the query: how well the role matched it.'),
          reasons: z
            .array(
              z.object({
                predicate: z.string().describe('The term in canonical form, e.g. `permission:hiring>=decides`.'),
                field: z.string().describe('The field the term is about (`text` for free text).'),
                holds: z.boolean().describe('False for a term under `not` that the role does not meet.'),
                items: z
                  .array(z.looseObject({ kind: z.string() }))
                  .describe('What in the role met the term: a vocabulary entry, a permission, a duty, a level, …'),
                score: z.number().optional(),
                text: Text.describe('The reason as a line, as the table shows it.'),
              }),
            )
            .describe('One entry per term that decided the match.'),
        }),
      )
      .describe('In catalog order, or by descending score when the query has free text.'),
  })
  .describe('The roles a query matched and why (rolematrix query --format json).');
export type QueryData = z.infer<typeof QueryDataSchema>;

/** A query's matches as data: ids, titles and reasons in both languages, with the evidence behind each. */
export function queryData(result: QuerySuccess, catalog: Catalog): QueryData {
  return {
    format: QUERY_FORMAT,
    expr: result.expr,
    matches: result.matches.map((m) => {
      const role = catalog.get(m.id);
      return {
        ...roleRef(catalog, m.id),
        ...(m.score !== undefined ? { score: m.score } : {}),
        reasons: m.reasons.map((r) => ({
          predicate: r.predicate,
          field: r.field,
          holds: r.holds,
          items: r.items,
          ...(r.score !== undefined ? { score: r.score } : {}),
          text: { zh: reasonLine(r, role, catalog, 'zh'), en: reasonLine(r, role, catalog, 'en') },
        })),
      };
    }),
  };
}

/** The published JSON Schema of `query --format json` (docs/schemas/query.schema.json). */
export function queryJsonSchema(): Record<string, unknown> {
  return jsonSchema(QueryDataSchema);
}
