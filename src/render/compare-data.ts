// `compare --format json`: a comparison of two roles as data for programs (HR tools), with a published schema
// (compare-data-schema.ts: the zod schemas stay out of this module, so printing a comparison loads no zod).
import type { Catalog } from '../catalog/catalog.js';
import type { Overlaps } from '../compare/overlaps.js';
import type { RoleChange } from '../compare/diff.js';
import type { RoleComparison } from '../compare/types.js';
import type { SimilarityScores } from '../compare/many.js';
import { rowTexts } from '../compare/rows.js';
import { DEFAULT_SIMILAR_THRESHOLD } from '../compare/compare.js';
import type { LocalizedText } from '../model/text.js';
import { CHANGE_LABELS } from '../dimensions/changes.js';
import { diffChangeText } from './compare-table.js';
import { DIMENSIONS, dimensionSpec, type Dimension } from '../dimensions/registry.js';
import type { Bilingual } from '../errors.js';
import { changeData, describeItem } from './present.js';
import { bilingual, bothLangs, JsonText, roleRef, writeJsonDocument } from './output-data.js';
import type { CompareData, DiffData, MatrixData, OverlapsData } from './compare-data-schema.js';

export type { CompareData, DiffData, MatrixData, OverlapsData } from './compare-data-schema.js';

/** The format and version a compare document says it is; a change that breaks readers raises the number. */
export const COMPARE_FORMAT = 'rolematrix/compare@1';

const both = bothLangs;

/** An item of a dimension as one line, in both languages. */
function itemText(catalog: Catalog, dim: Dimension, item: unknown): Bilingual {
  return both((lang) => describeItem(dim, item as never, catalog, lang, { details: false }).join(' '));
}

/** A comparison as data: ids, scores, every item with its text in both languages, every difference. */
export function comparisonData(cmp: RoleComparison, catalog: Catalog, similarThreshold: number): CompareData {
  const role = (id: string) => roleRef(catalog, id);
  const text = (dim: Dimension, item: unknown) => itemText(catalog, dim, item);
  return {
    format: COMPARE_FORMAT,
    a: role(cmp.a),
    b: role(cmp.b),
    score: cmp.score,
    similarThreshold,
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

/** The format and version a matrix document says it is. */
export const MATRIX_FORMAT = 'rolematrix/matrix@1';

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
    ...(many
      ? {
          common: many.common,
          comparisons: many.againstFirst.map((c) => comparisonData(c, catalog, DEFAULT_SIMILAR_THRESHOLD)),
        }
      : {}),
  };
}

/**
 * The document `matrixData` makes for `matrix --scores` (format, roles, scores), written a part at a time
 * (`writeJsonDocument`), each role's row of scores on one line as it is made. 3,000 roles are 9 million scores:
 * building them as one JSON string took 15 s and 1.7 GB of memory. `texts` gives the rows as JSON, in order
 * (`matrixRowTexts`, or rows formatted on several threads: src/node/rows.ts).
 */
export function matrixScoresJson(
  m: SimilarityScores,
  catalog: Catalog,
  write: (text: string) => void,
  texts: (m: SimilarityScores) => Iterable<string> = matrixRowTexts,
): void {
  function* rows(): Generator<JsonText> {
    for (const text of texts(m)) yield new JsonText(text);
  }
  writeJsonDocument(
    { format: MATRIX_FORMAT, roles: m.roles.map((id) => roleRef(catalog, id)), scores: rows() },
    ['scores'],
    write,
  );
}

/** The rows of a similarity matrix as JSON, first to last, formatted on this thread. */
export function matrixRowTexts(m: SimilarityScores): Iterable<string> {
  return rowTexts(m.roles.length, m.score);
}

/** The format and version an overlaps document says it is. */
export const OVERLAPS_FORMAT = 'rolematrix/overlaps@1';

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

/** The format and version a diff document says it is. */
export const DIFF_FORMAT = 'rolematrix/diff@1';

/** A version diff as data: every classified change with its role, raw values and text in both languages. */
export function diffData(changes: readonly RoleChange[], catalog: Catalog): DiffData {
  // A removed role is no longer in the catalog: its title is the one the change carries.
  const role = (c: RoleChange) =>
    c.kind === 'role-removed' && !catalog.has(c.role) && c.from !== undefined
      ? { id: c.role, title: bilingual(c.from as LocalizedText) }
      : roleRef(catalog, c.role);
  return {
    format: DIFF_FORMAT,
    changes: changes.map((c) => ({
      kind: c.kind,
      kindLabel: CHANGE_LABELS[c.kind],
      role: role(c),
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
