import type { Lang } from '../model/text.js';
import type { Cell, CellMark, Table } from './table.js';
import { MARK_SYMBOLS, cellAt, isSpanningSection, legendEntries } from './text.js';

export interface HtmlOptions {
  /** The page's language, for fonts and screen readers (default `en`). */
  lang?: Lang;
}

/** The `lang` attribute per language: Simplified Chinese, so browsers pick SC fonts. */
const HTML_LANG: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };

/** The CSS class of each mark. */
export const MARK_CLASSES: Readonly<Record<CellMark, string>> = {
  shared: 'mark-shared',
  similar: 'mark-similar',
  onlyA: 'mark-only-a',
  onlyB: 'mark-only-b',
  changed: 'mark-changed',
  raised: 'mark-raised',
  lowered: 'mark-lowered',
  error: 'mark-error',
  warning: 'mark-warning',
};

const MARK_COLOURS: Record<CellMark, string> = {
  shared: '#d8f0d8',
  similar: '#eaf3c9',
  onlyA: '#d6e4fa',
  onlyB: '#f7d9ea',
  changed: '#fde6c4',
  raised: '#cdeee9',
  lowered: '#e4dcf5',
  error: '#f8d0ce',
  warning: '#fbf1b8',
};

const STYLE = `body { margin: 2rem; color: #1f2328; font: 14px/1.5 system-ui, -apple-system, "Segoe UI", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; }
h1 { margin: 0 0 .75rem; font-size: 1.4rem; }
table { border-collapse: collapse; }
caption { caption-side: top; padding-bottom: .5rem; color: #57606a; text-align: left; }
th, td { padding: .35rem .6rem; border: 1px solid #d0d7de; text-align: left; vertical-align: top; }
thead th { background: #f6f8fa; }
tr.section > th { background: #eaeef2; }
.sym { display: inline-block; min-width: 1.2em; font-weight: 600; }
${(Object.keys(MARK_CLASSES) as CellMark[]).map((m) => `.${MARK_CLASSES[m]} { background: ${MARK_COLOURS[m]}; }`).join('\n')}
.legend { display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; margin: .75rem 0 0; padding: 0; list-style: none; }
.legend .sym { padding: 0 .3em; text-align: center; }
@media print {
  body { margin: 0; font-size: 10pt; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; page-break-inside: avoid; }
}`;

/**
 * The table as a standalone HTML5 page: inline CSS only, no scripts or external assets, marks as coloured CSS classes,
 * a value in 0..1 as a red-to-green heatmap, and every text escaped so `<script>` shows as text.
 */
export function renderHtml(table: Table, options: HtmlOptions = {}): string {
  const lang = options.lang ?? 'en';
  if (!Object.hasOwn(HTML_LANG, lang)) throw new RangeError(`The HTML language must be zh or en, got ${String(lang)}.`);
  const n = table.columns.length;
  const legend = table.legend ?? {};
  const out = [
    '<!doctype html>',
    `<html lang="${HTML_LANG[lang]}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(table.title ?? table.caption ?? table.columns.join(' · '))}</title>`,
    `<style>\n${STYLE}\n</style>`,
    '</head>',
    '<body>',
  ];
  if (table.title) out.push(`<h1>${escapeHtml(table.title)}</h1>`);
  if (n > 0) {
    out.push('<table>');
    if (table.caption) out.push(`<caption>${escapeHtml(table.caption)}</caption>`);
    out.push(
      '<thead>',
      `<tr>${table.columns.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('')}</tr>`,
      '</thead>',
    );
    if (table.rows.length > 0) {
      out.push('<tbody>');
      for (const row of table.rows) {
        // A section row spans the table; one with more than a label keeps its columns, the label as a row header.
        const cells = isSpanningSection(row)
          ? [htmlCell('th', cellAt(row, 0), legend, ` scope="colgroup" colspan="${n}"`)]
          : table.columns.map((_, i) =>
              row.section && i === 0
                ? htmlCell('th', cellAt(row, i), legend, ' scope="row"')
                : htmlCell('td', cellAt(row, i), legend, ''),
            );
        out.push(`<tr${row.section ? ' class="section"' : ''}>${cells.join('')}</tr>`);
      }
      out.push('</tbody>');
    }
    out.push('</table>');
  } else if (table.caption) out.push(`<p>${escapeHtml(table.caption)}</p>`);
  const entries = legendEntries(table);
  if (entries.length > 0) {
    out.push('<ul class="legend">');
    for (const [m, words] of entries) {
      out.push(
        `<li><span class="sym ${MARK_CLASSES[m]}">${escapeHtml(MARK_SYMBOLS[m])}</span> ${escapeHtml(words)}</li>`,
      );
    }
    out.push('</ul>');
  }
  out.push('</body>', '</html>');
  return out.join('\n') + '\n';
}

function htmlCell(tag: 'th' | 'td', cell: Cell, legend: Partial<Record<CellMark, string>>, attrs: string): string {
  let a = attrs;
  if (cell.mark !== undefined) {
    a += ` class="${MARK_CLASSES[cell.mark]}"`;
    const words = legend[cell.mark];
    if (words) a += ` title="${escapeHtml(words)}"`;
  }
  const heat = heatmap(cell.value);
  if (heat !== undefined) a += ` data-value="${escapeHtml(String(cell.value))}" style="background: ${heat}"`;
  const text = cell.lines.map(escapeHtml).join('<br>');
  const mark =
    cell.mark === undefined
      ? ''
      : `<span class="sym">${escapeHtml(MARK_SYMBOLS[cell.mark])}</span>${text === '' ? '' : ' '}`;
  return `<${tag}${a}>${mark}${text}</${tag}>`;
}

/** Red (0) through yellow to green (1) for a finite value in 0..1 (rounding noise clamped); nothing otherwise. */
export function heatmap(value: unknown): string | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < -1e-9 || value > 1 + 1e-9) return undefined;
  const v = Math.min(1, Math.max(0, value));
  return `hsl(${Math.round(v * 120)}, 70%, 85%)`;
}

/** Escapes the five HTML-significant characters, for text and attribute values alike. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * JSON that is safe inside a `<script>` element (`application/json`, `application/ld+json`) and still valid JSON:
 * `<`, `>` and `&` become `\u003c`, `\u003e` and `\u0026`, so no text can close the element or open a comment, and
 * U+2028/U+2029 are escaped as well. `space` indents as JSON.stringify does.
 */
export function scriptJson(value: unknown, space?: number): string {
  return JSON.stringify(value, null, space).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
