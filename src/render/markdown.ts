import type { Cell, Table } from './table.js';
import { MARK_SYMBOLS, cellAt, legendEntries } from './text.js';

/**
 * The table as GitHub-flavoured Markdown: a `###` title, the caption, a pipe table (cell lines joined by `<br>`, a
 * section row's label in bold, marks as symbols) and the legend. Every text is escaped, so it shows literally.
 */
export function renderMarkdown(table: Table): string {
  const blocks: string[] = [];
  if (table.title) blocks.push(`### ${inline(table.title)}`);
  if (table.caption) blocks.push(paragraph(table.caption));
  if (table.columns.length > 0) {
    const lines = [row(table.columns.map(inline)), row(table.columns.map(() => '---'))];
    for (const r of table.rows) {
      lines.push(
        row(
          table.columns.map((_, i) => {
            const text = cellText(cellAt(r, i));
            return r.section && i === 0 && text !== '' ? `**${text}**` : text;
          }),
        ),
      );
    }
    blocks.push(lines.join('\n'));
  }
  const legend = legendEntries(table);
  if (legend.length > 0) blocks.push(paragraph(legend.map(([m, words]) => `${MARK_SYMBOLS[m]} ${words}`).join(' · ')));
  return blocks.join('\n\n') + '\n';
}

function row(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function cellText(cell: Cell): string {
  const text = cell.lines.map(inline).join('<br>');
  if (cell.mark === undefined) return text;
  return text === '' ? MARK_SYMBOLS[cell.mark] : `${MARK_SYMBOLS[cell.mark]} ${text}`;
}

/**
 * Text that shows literally inside a table cell or heading: HTML-significant characters become entities, Markdown
 * punctuation is backslash-escaped, a newline becomes `<br>`, and edge spaces (which GFM trims) become `&nbsp;`.
 */
function inline(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\|*_`[\]~#]/g, '\\$&')
    .replace(/\r\n|\r|\n/g, '<br>')
    .replace(/^ +| +$/g, (spaces) => '&nbsp;'.repeat(spaces.length));
}

/** A one-line paragraph that cannot turn into a list, a quote or a heading. */
function paragraph(s: string): string {
  return inline(s)
    .replace(/^(\d+)([.)])/, '$1\\$2')
    .replace(/^[-+]/, '\\$&');
}
