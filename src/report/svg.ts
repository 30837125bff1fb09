import type { Catalog } from '../catalog/catalog.js';
import type { Role } from '../model/index.js';
import { LEVEL } from '../model/scales.js';
import { textIn, type Lang } from '../model/text.js';
import { escapeHtml } from '../render/html.js';
import { REPORT_LABELS } from './labels.js';

const SLOT = 190;
const NODE_W = 172;
const NODE_H = 46;
const ROW = 96;
const LEFT = 96;
const TOP = 44;

/** Families in the order of the families vocabulary, then any the vocabulary does not list. */
export function familiesOf(roles: readonly Role[], catalog: Catalog): string[] {
  const used = new Set<string>(roles.map((r) => r.family));
  const known = [...catalog.vocabularies.families.keys()].filter((f) => used.has(f));
  return [...known, ...[...used].filter((f) => !known.includes(f)).sort()];
}

/** Levels the roles hold, most senior first. */
export function levelsOf(roles: readonly Role[]): string[] {
  const used = new Set<string>(roles.map((r) => r.level));
  return [...LEVEL.values].reverse().filter((l) => used.has(l));
}

/** A title broken into lines of at most `max` characters at spaces (Chinese titles are short and stay whole). */
function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const w of text.split(/\s+/).filter(Boolean)) {
    if (line !== '' && line.length + 1 + w.length > max) {
      lines.push(line);
      line = w;
    } else line = line === '' ? w : `${line} ${w}`;
  }
  if (line !== '') lines.push(line);
  if (lines.length > 2) return [lines[0]!, `${lines.slice(1).join(' ').slice(0, max - 1)}…`];
  return lines.length ? lines : [''];
}

interface Point {
  x: number;
  y: number;
}

const both = (f: (lang: Lang) => string) => `${f('zh')} / ${f('en')}`;

/**
 * The career ladder and reporting lines as inline SVG: a row per level (most senior on top), a column per family,
 * a node per role (a focusable button the client script listens to), solid arrows for `reportsTo` and dashed arrows
 * for career steps to roles in the report. Every text is escaped; both languages are drawn and CSS shows one.
 */
export function ladderSvg(roles: readonly Role[], catalog: Catalog): string {
  const families = familiesOf(roles, catalog);
  const levels = levelsOf(roles);
  const cells = new Map<string, Role[]>();
  for (const r of roles) {
    const k = `${r.family}|${r.level}`;
    cells.set(k, [...(cells.get(k) ?? []), r]);
  }
  const widths = families.map((f) => Math.max(1, ...levels.map((l) => cells.get(`${f}|${l}`)?.length ?? 0)) * SLOT);
  const offsets = widths.map((_, i) => LEFT + widths.slice(0, i).reduce((s, w) => s + w, 0));
  const width = LEFT + widths.reduce((s, w) => s + w, 0) + 10;
  const height = TOP + levels.length * ROW;
  const centre = new Map<string, Point>();
  families.forEach((f, fi) => {
    levels.forEach((l, li) => {
      const here = cells.get(`${f}|${l}`) ?? [];
      const start = offsets[fi]! + (widths[fi]! - here.length * SLOT) / 2;
      here.forEach((r, k) => centre.set(r.id, { x: start + k * SLOT + SLOT / 2, y: TOP + li * ROW + ROW / 2 }));
    });
  });
  const title = (id: string, lang: Lang) => textIn(catalog.get(id)?.title, lang);
  const out: string[] = [];
  out.push(
    `<svg class="ladder" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="ladder-title">`,
    `<title id="ladder-title">${escapeHtml(both((l) => REPORT_LABELS.graph[l]))}</title>`,
    '<defs>',
    '<marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" class="arrowhead"/></marker>',
    '<marker id="arrow-career" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" class="arrowhead-career"/></marker>',
    '</defs>',
  );
  // Grid: level labels on the left, family names on top, light bands between rows.
  levels.forEach((l, li) => {
    const y = TOP + li * ROW;
    out.push(`<rect class="band${li % 2 ? ' odd' : ''}" x="0" y="${y}" width="${width}" height="${ROW}"/>`);
    for (const lang of ['zh', 'en'] as const) {
      out.push(`<text class="t-${lang} axis" x="8" y="${y + ROW / 2 + 4}">${escapeHtml(LEVEL.label(l as never, lang))}</text>`);
    }
  });
  families.forEach((f, fi) => {
    const x = offsets[fi]! + widths[fi]! / 2;
    for (const lang of ['zh', 'en'] as const) {
      out.push(`<text class="t-${lang} axis family" x="${x}" y="26" text-anchor="middle">${escapeHtml(catalog.label('families', f, lang))}</text>`);
    }
  });
  // Edges under the nodes.
  for (const r of roles) {
    const from = centre.get(r.id);
    if (!from) continue;
    if (r.reportsTo !== undefined) {
      const to = centre.get(r.reportsTo);
      if (to) {
        const tip = both((l) => `${title(r.id, l)} ${REPORT_LABELS.reportsTo[l]} ${title(r.reportsTo!, l)}`);
        out.push(`<path class="edge reports" d="${edgePath(from, to, 0)}" marker-end="url(#arrow)"><title>${escapeHtml(tip)}</title></path>`);
      }
    }
    for (const step of r.career ?? []) {
      const to = step.to === undefined ? undefined : centre.get(step.to);
      if (!to || step.to === undefined) continue;
      const tip = both((l) => `${title(r.id, l)} ${REPORT_LABELS.careerStep[l]} ${title(step.to!, l)}`);
      out.push(`<path class="edge career" d="${edgePath(from, to, 26)}" marker-end="url(#arrow-career)"><title>${escapeHtml(tip)}</title></path>`);
    }
  }
  for (const r of roles) {
    const c = centre.get(r.id)!;
    const x = c.x - NODE_W / 2;
    const y = c.y - NODE_H / 2;
    const label = both((l) => textIn(r.title, l));
    out.push(`<g class="node pick" data-role="${escapeHtml(r.id)}" tabindex="0" role="button" aria-label="${escapeHtml(label)}">`);
    out.push(`<title>${escapeHtml(label)}</title>`);
    out.push(`<rect x="${x}" y="${y}" width="${NODE_W}" height="${NODE_H}" rx="8"/>`);
    for (const lang of ['zh', 'en'] as const) {
      const lines = wrap(textIn(r.title, lang), lang === 'zh' ? 12 : 26);
      const first = c.y + 4 - (lines.length - 1) * 7;
      lines.forEach((line, i) => {
        out.push(`<text class="t-${lang}" x="${c.x}" y="${first + i * 14}" text-anchor="middle">${escapeHtml(line)}</text>`);
      });
    }
    out.push('</g>');
  }
  out.push('</svg>');
  return out.join('\n');
}

/**
 * A path from one node to another: a straight line between the facing edges, or a curve bent by `bend` pixels so a
 * career step does not hide the reporting line it runs beside. Nodes on one row are joined by an arc above them.
 */
function edgePath(a: Point, b: Point, bend: number): string {
  if (a.y === b.y) {
    const dir = b.x > a.x ? 1 : -1;
    const sx = a.x + (dir * NODE_W) / 4;
    const ex = b.x - (dir * NODE_W) / 4;
    const top = a.y - NODE_H / 2;
    return `M${sx},${top} Q${(sx + ex) / 2},${top - 34 - bend} ${ex},${top}`;
  }
  const up = b.y < a.y;
  const sy = a.y + (up ? -NODE_H / 2 : NODE_H / 2);
  const ey = b.y + (up ? NODE_H / 2 : -NODE_H / 2);
  if (bend === 0 && a.x === b.x) return `M${a.x},${sy} L${b.x},${ey}`;
  const sx = a.x + bend / 2;
  const ex = b.x + bend / 2;
  if (bend === 0) return `M${a.x},${sy} L${b.x},${ey}`;
  return `M${sx},${sy} Q${(sx + ex) / 2 + bend},${(sy + ey) / 2} ${ex},${ey}`;
}
