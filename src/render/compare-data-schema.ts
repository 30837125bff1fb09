// The published schemas of `compare`, `matrix`, `overlaps` and `diff --format json` (src/render/compare-data.ts makes
// the documents they describe).
import { z } from 'zod';
import { CHANGE_KINDS, type ChangeKind } from '../dimensions/changes.js';
import { DIMENSIONS, type Dimension } from '../dimensions/registry.js';
import { COMPARE_FORMAT, DIFF_FORMAT, MATRIX_FORMAT, OVERLAPS_FORMAT } from './compare-data.js';
import { jsonSchema, RoleRefSchema, TextSchema } from './output-data-schema.js';

const Text = TextSchema;
const Change = z
  .object({
    path: z.string().describe('The field that differs, e.g. `authority` or `qualifications.education.minimum`.'),
    label: Text.describe('The name of the field.'),
    from: z.unknown().optional().describe('The value in role a (absent when a has none).'),
    to: z.unknown().optional().describe('The value in role b (absent when b has none).'),
    fromText: Text,
    toText: Text,
    effect: z
      .enum(['raised', 'lowered'])
      .optional()
      .describe('For an ordered field: b demands more (raised) or less (lowered) than a.'),
  })
  .describe('One difference between the two roles.');
const Keyed = z.object({
  key: z.string().describe('What the item is matched by: its id, a vocabulary id or its normalised text.'),
  text: Text.describe('The item as a line of text.'),
  item: z.unknown().describe('The item as the role file holds it (extends applied).'),
});
const Matched = z.object({
  key: z.string(),
  text: Text,
  a: z.unknown().describe("Role a's item."),
  b: z.unknown().describe("Role b's item."),
});
const DimensionData = z.object({
  dimension: z.enum(DIMENSIONS as unknown as [Dimension, ...Dimension[]]),
  label: Text,
  score: z.number().min(0).max(1).nullable().describe('0–1; null when neither role says anything here.'),
  shared: z.array(Matched).describe('Items both roles hold, identical.'),
  changed: z.array(Matched.extend({ changes: z.array(Change) })).describe('Items both hold, with differences.'),
  similar: z
    .array(
      z.object({
        keyA: z.string(),
        keyB: z.string(),
        textA: Text,
        textB: Text,
        score: z.number().min(0).max(1).describe('How alike the two texts read (weighted Dice).'),
        because: z.object({
          words: z.array(z.string()).describe('Words both hold, in matching form, heaviest first.'),
          concepts: z.array(z.string()).describe('Synonym or vocabulary concepts both name.'),
        }),
        a: z.unknown(),
        b: z.unknown(),
      }),
    )
    .describe('Pairs of different items whose texts read alike; each item is in one pair at most.'),
  onlyA: z.array(Keyed).describe('Items only role a holds.'),
  onlyB: z.array(Keyed).describe('Items only role b holds.'),
  scalars: z.array(Change).describe('Differences in single values: level, education, years, intensity, …'),
});
const RoleRef = RoleRefSchema;

/** The JSON `compare --format json` prints. */
export const CompareDataSchema = z
  .object({
    format: z.literal(COMPARE_FORMAT),
    a: RoleRef,
    b: RoleRef,
    score: z.number().min(0).max(1).describe('Overall similarity: the dimension scores weighted (docs/compare.md).'),
    similarThreshold: z
      .number()
      .min(0)
      .max(1)
      .describe('How close two items had to read to count as similar (--threshold; 0.3 by default).'),
    dimensions: z.array(DimensionData).describe('Every dimension, in the order tables show them.'),
  })
  .describe('Two roles compared dimension by dimension (rolematrix compare --format json).');
export type CompareData = z.infer<typeof CompareDataSchema>;

/** The published JSON Schema of `compare --format json` (docs/schemas/compare.schema.json). */
export function compareJsonSchema(): Record<string, unknown> {
  return jsonSchema(CompareDataSchema);
}

/** The JSON `matrix --format json` prints (with or without `--scores`). */
export const MatrixDataSchema = z
  .object({
    format: z.literal(MATRIX_FORMAT),
    roles: z.array(RoleRef).describe('The roles, in the order of the rows and columns.'),
    scores: z
      .array(z.array(z.number().min(0).max(1)))
      .describe('scores[i][j]: the overall similarity of roles i and j (1 on the diagonal).'),
    common: z
      .record(z.string(), z.array(z.string()))
      .optional()
      .describe('Without --scores: per dimension, the keys of the items every role holds.'),
    comparisons: z
      .array(CompareDataSchema)
      .optional()
      .describe('Without --scores: each role after the first compared with the first.'),
  })
  .describe('Several roles compared (rolematrix matrix --format json).');
export type MatrixData = z.infer<typeof MatrixDataSchema>;

/** The published JSON Schema of `matrix --format json` (docs/schemas/matrix.schema.json). */
export function matrixJsonSchema(): Record<string, unknown> {
  return jsonSchema(MatrixDataSchema);
}

/** The JSON `overlaps --format json` prints. */
export const OverlapsDataSchema = z
  .object({
    format: z.literal(OVERLAPS_FORMAT),
    threshold: z.number().min(0).max(1).describe('How similar roles and duties must be to be listed.'),
    roles: z
      .array(z.object({ a: RoleRef, b: RoleRef, score: z.number().min(0).max(1) }))
      .describe('Near-duplicate pairs of roles, most similar first (a role and one it extends are left out).'),
    duties: z
      .array(
        z.object({
          score: z.number().min(0).max(1).describe('The lowest pairwise text similarity that joined the group.'),
          holders: z.array(z.object({ role: RoleRef, duty: z.string().describe('The duty id.'), text: Text })),
        }),
      )
      .describe('Duties several roles hold, by the same id or in close enough words.'),
  })
  .describe('Near-duplicate roles and shared duties (rolematrix overlaps --format json).');
export type OverlapsData = z.infer<typeof OverlapsDataSchema>;

/** The published JSON Schema of `overlaps --format json` (docs/schemas/overlaps.schema.json). */
export function overlapsJsonSchema(): Record<string, unknown> {
  return jsonSchema(OverlapsDataSchema);
}

/** The JSON `diff --format json` prints. */
export const DiffDataSchema = z
  .object({
    format: z.literal(DIFF_FORMAT),
    changes: z
      .array(
        z.object({
          kind: z.enum(CHANGE_KINDS as [ChangeKind, ...ChangeKind[]]).describe('What changed, e.g. `duty-added`.'),
          kindLabel: Text,
          role: RoleRef,
          dimension: z.string().optional(),
          key: z.string().optional().describe("The item's id or vocabulary ref, where the change is about one item."),
          path: z.string().optional().describe('The changed field, inside the item or the role.'),
          from: z.unknown().optional(),
          to: z.unknown().optional(),
          demand: z
            .enum(['raises', 'lowers', 'neutral'])
            .describe('Whether the change makes the role demand more of its holder, less, or neither.'),
          text: Text.describe('The change as the table shows it (the item gained or lost, or from → to).'),
        }),
      )
      .describe('Every change, role by role, in the order the dimensions are listed.'),
  })
  .describe('What changed between two versions of roles (rolematrix diff --format json).');
export type DiffData = z.infer<typeof DiffDataSchema>;

/** The published JSON Schema of `diff --format json` (docs/schemas/diff.schema.json). */
export function diffJsonSchema(): Record<string, unknown> {
  return jsonSchema(DiffDataSchema);
}
