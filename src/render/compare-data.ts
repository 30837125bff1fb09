// `compare --format json`: a comparison of two roles as data for programs (HR tools), with a published schema.
import { z } from 'zod';
import type { Catalog } from '../catalog/catalog.js';
import type { Overlaps } from '../compare/overlaps.js';
import type { RoleChange } from '../compare/diff.js';
import type { RoleComparison } from '../compare/types.js';
import { CHANGE_KINDS, CHANGE_LABELS, type ChangeKind } from '../dimensions/changes.js';
import { diffChangeText } from './compare-table.js';
import { DIMENSIONS, dimensionSpec, type Dimension } from '../dimensions/registry.js';
import type { Bilingual } from '../errors.js';
import { changeData, describeItem } from './present.js';
import { bothLangs, jsonSchema, roleRef, RoleRefSchema, TextSchema } from './output-data.js';

/** The format and version a compare document says it is; a change that breaks readers raises the number. */
export const COMPARE_FORMAT = 'rolematrix/compare@1';

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
    dimensions: z.array(DimensionData).describe('Every dimension, in the order tables show them.'),
  })
  .describe('Two roles compared dimension by dimension (rolematrix compare --format json).');
export type CompareData = z.infer<typeof CompareDataSchema>;

const both = bothLangs;

/** An item of a dimension as one line, in both languages. */
function itemText(catalog: Catalog, dim: Dimension, item: unknown): Bilingual {
  return both((lang) => describeItem(dim, item as never, catalog, lang, { details: false }).join(' '));
}

/** A comparison as data: ids, scores, every item with its text in both languages, every difference. */
export function comparisonData(cmp: RoleComparison, catalog: Catalog): CompareData {
  const role = (id: string) => roleRef(catalog, id);
  const text = (dim: Dimension, item: unknown) => itemText(catalog, dim, item);
  return {
    format: COMPARE_FORMAT,
    a: role(cmp.a),
    b: role(cmp.b),
    score: cmp.score,
    dimensions: DIMENSIONS.map((dim) => {
      const d = cmp.dimensions[dim];
      return {
        dimension: dim,
        label: dimensionSpec(dim).label,
        score: d.score,
        shared: d.shared.map((m) => ({ key: m.key, text: text(dim, m.a), a: m.a, b: m.b })),
        changed: d.changed.map((m) => ({
          key: m.key,
          text: text(dim, m.a),
          a: m.a,
          b: m.b,
          changes: m.changes.map((c) => changeData(c, catalog, dim)),
        })),
        similar: d.similar.map((s) => ({
          keyA: s.keyA,
          keyB: s.keyB,
          textA: text(dim, s.a),
          textB: text(dim, s.b),
          score: s.score,
          because: s.because,
          a: s.a,
          b: s.b,
        })),
        onlyA: d.onlyA.map((o) => ({ key: o.key, text: text(dim, o.item), item: o.item })),
        onlyB: d.onlyB.map((o) => ({ key: o.key, text: text(dim, o.item), item: o.item })),
        scalars: d.scalars.map((c) => changeData(c, catalog, dim)),
      };
    }),
  };
}

/** The published JSON Schema of `compare --format json` (docs/schemas/compare.schema.json). */
export function compareJsonSchema(): Record<string, unknown> {
  return jsonSchema(CompareDataSchema);
}

/** The format and version a matrix document says it is. */
export const MATRIX_FORMAT = 'rolematrix/matrix@1';

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

/** A similarity matrix (and, for the N-role table, each role against the first) as data. */
export function matrixData(
  catalog: Catalog,
  matrix: { roles: readonly string[]; scores: number[][] },
  many?: { common: Record<string, string[]>; againstFirst: readonly RoleComparison[] },
): MatrixData {
  const role = (id: string) => roleRef(catalog, id);
  return {
    format: MATRIX_FORMAT,
    roles: matrix.roles.map(role),
    scores: matrix.scores,
    ...(many ? { common: many.common, comparisons: many.againstFirst.map((c) => comparisonData(c, catalog)) } : {}),
  };
}

/** The published JSON Schema of `matrix --format json` (docs/schemas/matrix.schema.json). */
export function matrixJsonSchema(): Record<string, unknown> {
  return jsonSchema(MatrixDataSchema);
}

/** The format and version an overlaps document says it is. */
export const OVERLAPS_FORMAT = 'rolematrix/overlaps@1';

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

/** Overlapping roles and duties as data: ids, scores and the duties' text in both languages. */
export function overlapsData(overlaps: Overlaps, catalog: Catalog): OverlapsData {
  const role = (id: string) => roleRef(catalog, id);
  return {
    format: OVERLAPS_FORMAT,
    threshold: overlaps.threshold,
    roles: overlaps.roles.map((o) => ({ a: role(o.a), b: role(o.b), score: o.score })),
    duties: overlaps.duties.map((d) => ({
      score: d.score,
      holders: d.holders.map((h) => ({
        role: role(h.role),
        duty: h.duty.id,
        text: itemText(catalog, 'duties', h.duty),
      })),
    })),
  };
}

/** The published JSON Schema of `overlaps --format json` (docs/schemas/overlaps.schema.json). */
export function overlapsJsonSchema(): Record<string, unknown> {
  return jsonSchema(OverlapsDataSchema);
}

/** The format and version a diff document says it is. */
export const DIFF_FORMAT = 'rolematrix/diff@1';

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

/** A version diff as data: every classified change with its role, raw values and text in both languages. */
export function diffData(changes: readonly RoleChange[], catalog: Catalog): DiffData {
  const role = (id: string) => roleRef(catalog, id);
  return {
    format: DIFF_FORMAT,
    changes: changes.map((c) => ({
      kind: c.kind,
      kindLabel: CHANGE_LABELS[c.kind],
      role: role(c.role),
      ...(c.dimension !== undefined ? { dimension: c.dimension } : {}),
      ...(c.key !== undefined ? { key: c.key } : {}),
      ...(c.path !== undefined ? { path: c.path } : {}),
      ...(c.from !== undefined ? { from: c.from } : {}),
      ...(c.to !== undefined ? { to: c.to } : {}),
      demand: c.demand,
      text: both((lang) => diffChangeText(c, catalog, lang)),
    })),
  };
}

/** The published JSON Schema of `diff --format json` (docs/schemas/diff.schema.json). */
export function diffJsonSchema(): Record<string, unknown> {
  return jsonSchema(DiffDataSchema);
}
