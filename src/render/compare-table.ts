import type { Catalog } from '../catalog/catalog.js';
import { itemKey, listItems, scalarParts } from '../compare/dimensions.js';
import type { RoleChange } from '../compare/diff.js';
import type { ManyComparison, SimilarityMatrix, SimilarityScores } from '../compare/many.js';
import type { Overlaps } from '../compare/overlaps.js';
import { DIMENSIONS, type DimensionComparison, type DimensionItems, type RoleComparison } from '../compare/types.js';
import type { Role } from '../model/index.js';
import { textIn, type Lang } from '../model/text.js';
import { COMPARE_LABELS, PUNCT, paren } from '../labels.js';
import { CHANGE_LABELS } from '../dimensions/changes.js';
import { DIMENSION_SPECS } from '../dimensions/registry.js';
import { describeChange, describeItem, roleName, scalarLines } from './present.js';
import { csvRecordWithSafeFields, renderCsv } from './csv.js';
import { cell, type Cell, type Row, type Table } from './table.js';
import { scalarString } from '../text/scalar.js';

const L = (key: keyof typeof COMPARE_LABELS, lang: Lang) => COMPARE_LABELS[key][lang];
const pct = (x: number) => `${Math.round(x * 100)}%`;
const SEP = PUNCT.colon;

function legend(lang: Lang): Table['legend'] {
  return {
    shared: L('shared', lang),
    similar: L('similar', lang),
    changed: L('changed', lang),
    onlyA: L('onlyA', lang),
    onlyB: L('onlyB', lang),
  };
}

/**
 * Two roles side by side: one section per dimension with its similarity, then the shared items, the items held by
 * both with different details (and what differs), similar pairs, and what only one role has.
 */
export function comparisonTable(cmp: RoleComparison, catalog: Catalog, lang: Lang): Table {
  const a = catalog.get(cmp.a);
  const b = catalog.get(cmp.b);
  if (!a || !b) throw new Error(`comparisonTable: roles ${cmp.a} and ${cmp.b} must be in the catalog`);
  const rows: Row[] = [];
  for (const dim of DIMENSIONS) {
    const c = cmp.dimensions[dim] as DimensionComparison;
    if (c.score === null) continue;
    const d = <T>(item: T) => describeItem(dim, item as DimensionItems[typeof dim], catalog, lang);
    rows.push({
      section: true,
      cells: [
        cell(`${DIMENSION_SPECS[dim].label[lang]} · ${L('similarity', lang)} ${pct(c.score)}`, undefined, c.score),
        cell(''),
        cell(''),
      ],
    });
    const sa = scalarLines(dim, a, lang, catalog);
    const sb = scalarLines(dim, b, lang, catalog);
    if (sa.length || sb.length) {
      const mark = c.scalars.length === 0 ? 'shared' : 'changed';
      // Spell out what changed when the dimension has several values (years, intensity and routine) or the change
      // has a direction; a single unordered value (orientation) already shows both sides.
      const several = scalarParts(dim).length > 1;
      const lb = [
        ...sb,
        ...c.scalars.filter((s) => several || s.effect).map((s) => describeChange(s, catalog, lang, dim)),
      ];
      rows.push({
        cells: [cell(L('value', lang)), cell(sa, sa.length ? mark : undefined), cell(lb, lb.length ? mark : undefined)],
      });
    }
    if (c.shared.length) {
      const lines = c.shared.flatMap((m) => d(m.a));
      rows.push({
        cells: [
          cell(L('shared', lang)),
          cell(lines, 'shared'),
          cell(
            c.shared.flatMap((m) => d(m.b)),
            'shared',
          ),
        ],
      });
    }
    for (const m of c.changed) {
      rows.push({
        cells: [
          cell(L('changed', lang)),
          cell(d(m.a), 'changed'),
          cell(
            [...d(m.b), ...m.changes.filter((x) => x.effect).map((x) => describeChange(x, catalog, lang, dim))],
            'changed',
          ),
        ],
      });
    }
    for (const s of c.similar) {
      rows.push({
        cells: [
          cell(`${L('similar', lang)} ${pct(s.score)}`, undefined, s.score),
          cell(d(s.a), 'similar'),
          cell(d(s.b), 'similar'),
        ],
      });
    }
    if (c.onlyA.length || c.onlyB.length) {
      rows.push({
        cells: [
          cell(L('distinct', lang)),
          cell(
            c.onlyA.flatMap((x) => d(x.item)),
            c.onlyA.length ? 'onlyA' : undefined,
          ),
          cell(
            c.onlyB.flatMap((x) => d(x.item)),
            c.onlyB.length ? 'onlyB' : undefined,
          ),
        ],
      });
    }
  }
  return {
    title: `${L('compareTitle', lang)}${SEP[lang]}${textIn(a.title, lang)} ↔ ${textIn(b.title, lang)}`,
    caption: `${L('overall', lang)} ${pct(cmp.score)}`,
    columns: [`${L('dimension', lang)} / ${L('aspect', lang)}`, textIn(a.title, lang), textIn(b.title, lang)],
    rows,
    legend: legend(lang),
  };
}

const count = (key: 'moreItems' | 'sharedItems' | 'similarItems' | 'changedItems', n: number, lang: Lang) =>
  L(key, lang).replace('{n}', String(n));

/**
 * The comparison as seed 000 tells it, a row or two per dimension: its similarity and how many items the roles share,
 * and for each role its own values and the first items only it has (lines cut to the column in a terminal).
 * `comparisonTable` (`--detail`) lists every item with its details.
 */
export function comparisonSummaryTable(cmp: RoleComparison, catalog: Catalog, lang: Lang): Table {
  const a = catalog.get(cmp.a);
  const b = catalog.get(cmp.b);
  if (!a || !b) throw new Error(`comparisonSummaryTable: roles ${cmp.a} and ${cmp.b} must be in the catalog`);
  const list = PUNCT.list[lang];
  const rows: Row[] = [];
  for (const dim of DIMENSIONS) {
    const c = cmp.dimensions[dim] as DimensionComparison;
    if (c.score === null) continue;
    const name = (item: unknown) =>
      describeItem(dim, item as DimensionItems[typeof dim], catalog, lang, { details: false })[0] ?? '';
    const side = (role: Role, own: readonly { item: unknown }[], mark: 'onlyA' | 'onlyB'): Cell => {
      const scalars = scalarLines(dim, role, lang, catalog);
      const names = own.map((x) => name(x.item));
      const lines: string[] = [];
      if (scalars.length > 0) lines.push(scalars.join(PUNCT.semicolon[lang]));
      if (scalars.length > 0 || names.length <= 2) {
        if (scalars.length > 0 && names.length > 0) lines.push(names.join(list));
        else for (const x of names) lines.push(x);
      } else
        lines.push(names[0]!, `${count('moreItems', names.length - 1, lang)}${SEP[lang]}${names.slice(1).join(list)}`);
      const scalarMark = c.scalars.length === 0 ? 'shared' : 'changed';
      return cell(lines, scalars.length > 0 ? scalarMark : names.length > 0 ? mark : undefined, undefined, true);
    };
    const counts = [
      c.shared.length > 0 ? count('sharedItems', c.shared.length, lang) : '',
      c.changed.length > 0 ? count('changedItems', c.changed.length, lang) : '',
      c.similar.length > 0 ? count('similarItems', c.similar.length, lang) : '',
    ].filter((x) => x !== '');
    rows.push({
      cells: [
        cell(
          [`${DIMENSION_SPECS[dim].label[lang]} ${pct(c.score)}`, ...(counts.length > 0 ? [counts.join(list)] : [])],
          undefined,
          c.score,
          true,
        ),
        side(a, c.onlyA, 'onlyA'),
        side(b, c.onlyB, 'onlyB'),
      ],
    });
  }
  return {
    title: `${L('compareTitle', lang)}${SEP[lang]}${textIn(a.title, lang)} ↔ ${textIn(b.title, lang)}`,
    caption: `${L('overall', lang)} ${pct(cmp.score)}${lang === 'zh' ? '。' : '. '}${L('summaryHint', lang)}`,
    columns: [`${L('dimension', lang)} · ${L('similarity', lang)}`, textIn(a.title, lang), textIn(b.title, lang)],
    rows,
    legend: legend(lang),
    compact: true,
  };
}

/**
 * The N-role table of seeds 000 and 001: a row per dimension, a column per role; items every role holds are listed on a
 * row of their own.
 */
export function manyTable(result: ManyComparison, catalog: Catalog, lang: Lang): Table {
  const roles = result.roles.map((id) => catalog.get(id)).filter((r): r is Role => r !== undefined);
  const rows: Row[] = [];
  for (const dim of DIMENSIONS) {
    const cells: Cell[] = roles.map((r) => {
      const items = (listItems(dim, r) as unknown[]).flatMap((it) =>
        describeItem(dim, it as never, catalog, lang, { details: false }),
      );
      return cell([...scalarLines(dim, r, lang, catalog), ...items]);
    });
    if (cells.every((c) => c.lines.length === 0)) continue;
    rows.push({ cells: [cell(DIMENSION_SPECS[dim].label[lang]), ...cells] });
    const common = result.common[dim] ?? [];
    if (roles.length > 1 && common.length > 0) {
      // Each role's own version of the shared items: the same skill may be needed at different levels.
      const own = (r: Role) =>
        (listItems(dim, r) as unknown[])
          .filter((it) => common.includes(itemKey(dim, it)))
          .flatMap((it) => describeItem(dim, it as never, catalog, lang, { details: false }));
      rows.push({
        cells: [
          cell(`${DIMENSION_SPECS[dim].label[lang]} · ${L('shared', lang)}`),
          ...roles.map((r) => cell(own(r), 'shared')),
        ],
      });
    }
  }
  return {
    title: `${L('matrixTitle', lang)}${SEP[lang]}${roles.map((r) => textIn(r.title, lang)).join(' / ')}`,
    columns: [L('dimension', lang), ...roles.map((r) => textIn(r.title, lang))],
    rows,
    legend: { shared: L('shared', lang) },
  };
}

/** The roles' names of a matrix in a language. */
function roleNames(m: { roles: readonly string[] }, catalog: Catalog, lang: Lang): readonly string[] {
  return m.roles.map((id) => roleName(id, catalog, lang));
}

/** How many rows of a similarity matrix `matrixCsv` writes at once: a few hundred kilobytes for 3,000 roles. */
const CSV_ROWS_AT_ONCE = 10;

/**
 * The similarity matrix as CSV, handed to `write` a few rows at a time as UTF-8 bytes: the same text as
 * `renderCsv(matrixTable(…))`, without a cell or a string per score (a matrix of 3,000 roles has nine million, 36 MB of
 * CSV). Each score is written as its whole percent, digit by digit.
 */
export function matrixCsv(m: SimilarityScores, catalog: Catalog, lang: Lang, write: (chunk: Uint8Array) => void): void {
  const names = roleNames(m, catalog, lang);
  const utf8 = new TextEncoder();
  write(utf8.encode(renderCsv({ title: L('similarityTitle', lang), columns: matrixColumns(names, lang), rows: [] })));
  const n = names.length;
  for (let from = 0; from < n; from += CSV_ROWS_AT_ONCE) {
    const to = Math.min(n, from + CSV_ROWS_AT_ONCE);
    // Each row's name as a CSV field (quoted or escaped as the writer does), then its scores.
    const heads = [];
    for (let i = from; i < to; i++) heads.push(utf8.encode(csvRecordWithSafeFields(names[i]!, []).slice(0, -2)));
    const out = new Uint8Array(heads.reduce((k, h) => k + h.length, 0) + (to - from) * (n * MAX_SCORE_BYTES + 2));
    let at = 0;
    for (let i = from; i < to; i++) {
      out.set(heads[i - from]!, at);
      at += heads[i - from]!.length;
      for (let j = 0; j < n; j++) {
        out[at++] = 0x2c; // ,
        const s = m.score(i, j);
        const k = Math.round(s * 100);
        if (k >= 0 && k <= 100) {
          if (k === 100) out[at++] = 0x31; // 1
          if (k >= 10) out[at++] = 0x30 + (Math.floor(k / 10) % 10);
          out[at++] = 0x30 + (k % 10);
          out[at++] = 0x25; // %
        } else at += utf8.encodeInto(pct(s).slice(0, MAX_SCORE_BYTES - 1), out.subarray(at)).written;
      }
      out[at++] = 0x0d;
      out[at++] = 0x0a;
    }
    write(out.subarray(0, at));
  }
}

/** The most bytes `matrixCsv` writes for one score, with its comma ("100%," for a score; more only for no score). */
const MAX_SCORE_BYTES = 32;

/** The columns of the similarity matrix's table: the role, then one per role. */
function matrixColumns(names: readonly string[], lang: Lang): string[] {
  return [L('role', lang), ...names];
}

/** The N×N similarity matrix as a heatmap-ready table: every cell carries its score as `value`. */
export function matrixTable(
  m: SimilarityMatrix,
  catalog: Catalog,
  lang: Lang,
  opts: { numbered?: boolean } = {},
): Table {
  const names = roleNames(m, catalog, lang);
  const { scores } = m;
  if (opts.numbered === true) {
    // For a terminal: columns numbered as the rows and scores as plain percentages, so that a dozen roles fit.
    return {
      title: L('similarityTitle', lang),
      caption: L('numberedMatrix', lang),
      columns: [L('role', lang), ...names.map((_, i) => String(i + 1))],
      rows: scores.map((row, k) => ({
        cells: [cell(`${k + 1} ${names[k]!}`), ...row.map((s) => cell(String(Math.round(s * 100)), undefined, s))],
      })),
    };
  }
  return {
    title: L('similarityTitle', lang),
    columns: matrixColumns(names, lang),
    rows: scores.map((row, k) => ({ cells: [cell(names[k]!), ...row.map((s) => cell(pct(s), undefined, s))] })),
  };
}

/**
 * Near-duplicate roles and duties several roles hold. `maxPairs` shows only that many role pairs, the most similar,
 * and says how many more there are: a table for people (a catalog of thousands of roles can have hundreds of
 * thousands of pairs; the data formats list them all).
 */
export function overlapsTable(o: Overlaps, catalog: Catalog, lang: Lang, opts: { maxPairs?: number } = {}): Table {
  const rows: Row[] = [
    {
      section: true,
      cells: [cell(paren(L('overlapsTitle', lang), `≥ ${pct(o.threshold)}`, lang)), cell(''), cell('')],
    },
  ];
  const shown = o.roles.length > (opts.maxPairs ?? Infinity) ? o.roles.slice(0, opts.maxPairs) : o.roles;
  for (const r of shown)
    rows.push({
      cells: [
        cell(`${roleName(r.a, catalog, lang)} ↔ ${roleName(r.b, catalog, lang)}`),
        cell([r.a, r.b]),
        cell(pct(r.score), undefined, r.score),
      ],
    });
  if (o.roles.length === 0) rows.push({ cells: [cell(L('none', lang)), cell(''), cell('')] });
  if (shown.length < o.roles.length)
    rows.push({
      cells: [
        cell(L('morePairs', lang).replace('{n}', (o.roles.length - shown.length).toLocaleString('en'))),
        cell(''),
        cell(''),
      ],
    });
  rows.push({ section: true, cells: [cell(L('sharedDutiesTitle', lang)), cell(''), cell('')] });
  for (const g of o.duties) {
    rows.push({
      cells: [
        cell(g.holders.map((h) => textIn(h.duty.title, lang)).filter((x, i, all) => all.indexOf(x) === i)),
        cell(g.holders.map((h) => paren(roleName(h.role, catalog, lang), h.duty.id, lang))),
        cell(pct(g.score), undefined, g.score),
      ],
    });
  }
  if (o.duties.length === 0) rows.push({ cells: [cell(L('none', lang)), cell(''), cell('')] });
  return { title: L('overlapsTitle', lang), columns: [L('item', lang), L('roles', lang), L('similarity', lang)], rows };
}

/** Classified changes between versions, one per row, marked by whether they raise or lower what the role demands. */
/** What a change of a version diff is, as the table's "from → to" cell: the item gained or lost, or the field's change. */
export function diffChangeText(c: RoleChange, catalog: Catalog, lang: Lang): string {
  return c.kind.endsWith('-added') || c.kind.endsWith('-removed')
    ? summarize(c.kind.endsWith('-added') ? c.to : c.from, c, catalog, lang)
    : describeChange({ path: c.path ?? '', from: c.from, to: c.to }, catalog, lang, c.dimension);
}

export function diffTable(changes: readonly RoleChange[], catalog: Catalog, lang: Lang): Table {
  const rows: Row[] = changes.map((c) => {
    const item = c.key !== undefined ? c.key : (c.path ?? '');
    const fromTo = diffChangeText(c, catalog, lang);
    const mark = c.demand === 'raises' ? 'raised' : c.demand === 'lowers' ? 'lowered' : undefined;
    return {
      cells: [
        cell(roleName(c.role, catalog, lang)),
        cell(CHANGE_LABELS[c.kind][lang]),
        cell(item),
        cell(fromTo),
        cell(L(c.demand, lang), mark),
      ],
    };
  });
  if (rows.length === 0) rows.push({ cells: [cell(L('noChanges', lang)), cell(''), cell(''), cell(''), cell('')] });
  return {
    title: L('diffTitle', lang),
    columns: [L('role', lang), L('change', lang), L('item', lang), L('fromTo', lang), L('demand', lang)],
    rows,
    legend: { raised: L('raises', lang), lowered: L('lowers', lang) },
  };
}

function summarize(v: unknown, c: RoleChange, catalog: Catalog, lang: Lang): string {
  if (v === undefined) return '';
  if (c.dimension) return describeItem(c.dimension, v as never, catalog, lang, { details: false }).join(' ');
  if (typeof v === 'object' && v !== null) return textIn(v, lang);
  return scalarString(v);
}
