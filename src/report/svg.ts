import type { Catalog } from '../catalog/catalog.js';
import type { Role } from '../model/index.js';
import type { TrackDefinition } from '../model/architecture.js';
import { textIn, type Lang } from '../model/text.js';
import { escapeHtml } from '../render/html.js';
import { REPORT_LABELS } from './labels.js';

/** Width of one role's place in a family column, and the size of a node inside it. */
const SLOT = 200;
const NODE_W = 172;
const NODE_H = 46;
/** Height of a level's band; the 58 px between two bands' nodes hold the horizontal runs of the edges. */
const ROW = 104;
/** Room for the level names on the left, the family names on top, and a channel on the right. */
const LEFT = 96;
const TOP = 60;
/** Extra room on top for the track names under the family names, when the catalog has tracks. */
const TRACK_LINE = 18;
const RIGHT = 28;
/** Clearance an edge keeps from a node it passes, and the shortest last leg (the arrowhead sits on it). */
const CLEAR = 12;
const STUB = 14;
/** Distance between the attachment points of the edges on one side of a node, at most. */
const PORT_GAP = 20;
/** Text inside a node: font size (the stylesheet's 12 px), line height and usable width. */
const FONT = 12;
const LINE = 14;
const TEXT_W = NODE_W - 12;

/** Families in the order of the families vocabulary, then any the vocabulary does not list. */
export function familiesOf(roles: readonly Role[], catalog: Catalog): string[] {
  const used = new Set<string>(roles.map((r) => r.family));
  const known = [...catalog.vocabularies.families.keys()].filter((f) => used.has(f));
  return [...known, ...[...used].filter((f) => !known.includes(f)).sort()];
}

/** Levels the roles hold (on one track, when given), most senior first. */
export function levelsOf(roles: readonly Role[], catalog: Catalog, track?: TrackDefinition): string[] {
  const arch = catalog.architecture;
  const used = new Set<string>(
    roles.filter((r) => track === undefined || arch.trackOf(r)?.id === track.id).map((r) => r.level),
  );
  return arch
    .descending()
    .map((l) => l.id)
    .filter((l) => used.has(l));
}

/** The tracks the roles are on, in the catalog's order; empty when the catalog has no tracks. */
export function tracksOf(roles: readonly Role[], catalog: Catalog): TrackDefinition[] {
  const arch = catalog.architecture;
  const used = new Set(roles.map((r) => arch.trackOf(r)?.id));
  return arch.tracks.filter((t) => used.has(t.id));
}

/** One row of the graph: a seniority (a grade, or a level on an ungraded ladder) and the levels at it. */
interface LadderRow {
  rank: number;
  levels: string[];
}

/** Rows of the graph, most senior first: one per rank the roles hold, so parallel tracks at one grade share a row. */
function rowsOf(roles: readonly Role[], catalog: Catalog): LadderRow[] {
  const arch = catalog.architecture;
  const rows: LadderRow[] = [];
  for (const level of levelsOf(roles, catalog)) {
    const rank = arch.rank(level);
    const last = rows.at(-1);
    if (last?.rank === rank) last.levels.push(level);
    else rows.push({ rank, levels: [level] });
  }
  return rows;
}

/** The name of a row: its level, or its grade when levels of several tracks share it. */
function rowLabel(row: LadderRow, catalog: Catalog, lang: Lang): string {
  const arch = catalog.architecture;
  if (row.levels.length === 1) return arch.label(row.levels[0]!, lang);
  const grade = arch.grade(row.levels[0]!);
  return lang === 'zh' ? `${REPORT_LABELS.grade.zh} ${grade}` : `${REPORT_LABELS.grade.en} ${grade}`;
}

/** Columns of the graph: a family, or a family on one track when the catalog has tracks (tracks side by side). */
interface LadderColumn {
  family: string;
  track: TrackDefinition | undefined;
}

function columnsOf(roles: readonly Role[], catalog: Catalog): LadderColumn[] {
  const arch = catalog.architecture;
  const tracks = tracksOf(roles, catalog);
  const out: LadderColumn[] = [];
  for (const family of familiesOf(roles, catalog)) {
    const here = roles.filter((r) => r.family === family);
    if (tracks.length === 0) out.push({ family, track: undefined });
    for (const track of tracks) if (here.some((r) => arch.trackOf(r)?.id === track.id)) out.push({ family, track });
    if (tracks.length > 0 && here.some((r) => arch.trackOf(r) === undefined)) out.push({ family, track: undefined });
  }
  return out;
}

/** Roughly how wide a character is drawn at the node font size: CJK and full-width forms a full em, Latin less. */
function charWidth(c: string): number {
  const code = c.codePointAt(0)!;
  if (
    code >= 0x1100 &&
    (code <= 0x115f ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6) ||
      code >= 0x20000)
  )
    return FONT;
  if (/[ il.,:;'|!()[\]{}]/.test(c)) return FONT * 0.32;
  if (/[A-Z@%&MWmw]/.test(c)) return FONT * 0.72;
  return FONT * 0.56;
}

const widthOf = (text: string) => [...text].reduce((w, c) => w + charWidth(c), 0);

/** The longest start of `text` that fits in `max` pixels (at least one character). */
function fitStart(text: string, max: number): string {
  const chars = [...text];
  let w = 0;
  let n = 0;
  while (n < chars.length && w + charWidth(chars[n]!) <= max) w += charWidth(chars[n++]!);
  return chars.slice(0, Math.max(1, n)).join('');
}

/**
 * A title as at most two lines that fit a node: broken at spaces, or between any two characters of a word too long for
 * a line (Chinese titles have no spaces); what does not fit ends the second line with "…" (the tooltip has it whole).
 */
export function nodeLines(text: string, max = TEXT_W): string[] {
  const lines: string[] = [];
  let line = '';
  const words = text.split(/\s+/).filter(Boolean);
  for (let word of words) {
    const joined = line === '' ? word : `${line} ${word}`;
    if (widthOf(joined) <= max) {
      line = joined;
      continue;
    }
    if (line !== '') lines.push(line);
    line = '';
    while (widthOf(word) > max) {
      const head = fitStart(word, max);
      lines.push(head);
      word = word.slice(head.length);
    }
    line = word;
  }
  if (line !== '') lines.push(line);
  if (lines.length <= 2) return lines.length ? lines : [''];
  const rest = words.join(' ').slice(lines[0]!.length).trimStart();
  return [lines[0]!, `${fitStart(rest, max - charWidth('…'))}…`];
}

interface Point {
  x: number;
  y: number;
}

/** A node of the graph: its role, centre and level row (0 = most senior). */
interface Box {
  id: string;
  x: number;
  y: number;
  row: number;
}

/** An arrow to draw: a reporting line or a career step, from one node to another. */
interface Edge {
  from: Box;
  to: Box;
  kind: 'reports' | 'dotted' | 'career';
  tip: string;
}

/**
 * Where a route meets a gap between two bands: `x`, and whether it leaves the gap's lane upwards or downwards (to a
 * node's edge, or on through the rows in a channel).
 */
interface Stub {
  x: number;
  up: boolean;
}

/** A vertical channel from gap g1 down to gap g2 at x. */
interface Channel {
  x: number;
  g1: number;
  g2: number;
}

/** The horizontal run of one edge in one gap, between its two stubs. */
interface Run {
  edge: number;
  gap: number;
  stubs: [Stub, Stub];
  lo: number;
  hi: number;
  lane: number;
}

const both = (f: (lang: Lang) => string) => `${f('zh')} / ${f('en')}`;
const num = (v: number) => String(Math.round(v * 10) / 10);

/**
 * The career ladder and reporting lines as inline SVG: a row per level (most senior on top), a column per family,
 * a node per role (a focusable button the client script listens to), solid arrows for `reportsTo` and dashed arrows
 * for career steps to roles in the report. Edges are orthogonal polylines (see `routeEdges`) that never cross a node
 * and meet a node at their own point along its edge. Every text is escaped; both languages are drawn and CSS shows one.
 */
export function ladderSvg(roles: readonly Role[], catalog: Catalog): string {
  const arch = catalog.architecture;
  const columns = columnsOf(roles, catalog);
  const rows = rowsOf(roles, catalog);
  const colOf = (r: Role) => columns.findIndex((c) => c.family === r.family && c.track?.id === arch.trackOf(r)?.id);
  const rowOf = (r: Role) => rows.findIndex((x) => x.rank === arch.rank(r.level));
  const cells = new Map<string, Role[]>();
  for (const r of roles) {
    const k = `${colOf(r)}|${rowOf(r)}`;
    cells.set(k, [...(cells.get(k) ?? []), r]);
  }
  const widths = columns.map(
    (_, ci) => Math.max(1, ...rows.map((_, ri) => cells.get(`${ci}|${ri}`)?.length ?? 0)) * SLOT,
  );
  // Room for the longest row name (a catalog's own level names can be long), at least LEFT.
  const names = rows.flatMap((row) => (['zh', 'en'] as const).map((lang) => rowLabel(row, catalog, lang)));
  const left = Math.max(LEFT, Math.ceil(16 + 1.1 * Math.max(0, ...names.map(widthOf))));
  const offsets = widths.map((_, i) => left + widths.slice(0, i).reduce((s, w) => s + w, 0));
  const width = left + widths.reduce((s, w) => s + w, 0) + RIGHT;
  const tracked = columns.some((c) => c.track !== undefined);
  const top = tracked ? TOP + TRACK_LINE : TOP;
  const height = top + rows.length * ROW + 4;
  const boxes = new Map<string, Box>();
  columns.forEach((_, ci) => {
    rows.forEach((_, ri) => {
      const here = cells.get(`${ci}|${ri}`) ?? [];
      const start = offsets[ci]! + (widths[ci]! - here.length * SLOT) / 2;
      here.forEach((r, k) =>
        boxes.set(r.id, { id: r.id, x: start + k * SLOT + SLOT / 2, y: top + ri * ROW + ROW / 2, row: ri }),
      );
    });
  });
  const title = (id: string, lang: Lang) => textIn(catalog.find(id)?.title, lang);
  const edges: Edge[] = [];
  for (const r of roles) {
    const from = boxes.get(r.id)!;
    const boss = r.reportsTo === undefined ? undefined : boxes.get(r.reportsTo);
    if (boss && boss !== from) {
      edges.push({
        from,
        to: boss,
        kind: 'reports',
        tip: both((l) => `${title(r.id, l)} ${REPORT_LABELS.reportsTo[l]} ${title(boss.id, l)}`),
      });
    }
    for (const id of r.dottedReportsTo ?? []) {
      const to = boxes.get(id);
      if (!to || to === from) continue;
      edges.push({
        from,
        to,
        kind: 'dotted',
        tip: both((l) => `${title(r.id, l)} ${REPORT_LABELS.dottedTo[l]} ${title(to.id, l)}`),
      });
    }
    for (const step of r.career ?? []) {
      const to = step.to === undefined ? undefined : boxes.get(step.to);
      if (!to || to === from) continue;
      edges.push({
        from,
        to,
        kind: 'career',
        tip: both((l) => `${title(r.id, l)} ${REPORT_LABELS.careerStep[l]} ${title(to.id, l)}`),
      });
    }
  }
  const routes = routeEdges([...boxes.values()], edges, width, top, left);
  const out: string[] = [];
  out.push(
    `<svg class="ladder" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="ladder-title">`,
    `<title id="ladder-title">${escapeHtml(both((l) => REPORT_LABELS.graph[l]))}</title>`,
    '<defs>',
    '<marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" class="arrowhead"/></marker>',
    '<marker id="arrow-career" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" class="arrowhead-career"/></marker>',
    '</defs>',
  );
  // Grid: level (or grade) labels on the left, family (and track) names on top, light bands between rows.
  rows.forEach((row, ri) => {
    const y = top + ri * ROW;
    out.push(`<rect class="band${ri % 2 ? ' odd' : ''}" x="0" y="${y}" width="${width}" height="${ROW}"/>`);
    for (const lang of ['zh', 'en'] as const) {
      out.push(
        `<text class="t-${lang} axis" x="8" y="${y + ROW / 2 + 4}">${escapeHtml(rowLabel(row, catalog, lang))}</text>`,
      );
    }
  });
  columns.forEach((c, ci) => {
    const x = offsets[ci]! + widths[ci]! / 2;
    for (const lang of ['zh', 'en'] as const) {
      out.push(
        `<text class="t-${lang} axis family" x="${x}" y="26" text-anchor="middle">${escapeHtml(catalog.label('families', c.family, lang))}</text>`,
      );
      if (c.track !== undefined)
        out.push(
          `<text class="t-${lang} axis track" x="${x}" y="${26 + TRACK_LINE}" text-anchor="middle">${escapeHtml(textIn(c.track.label, lang))}</text>`,
        );
    }
  });
  // Edges under the nodes.
  edges.forEach((e, i) => {
    const d = routes[i]!.map((p, k) => `${k === 0 ? 'M' : 'L'}${num(p.x)},${num(p.y)}`).join(' ');
    const marker = e.kind === 'career' ? 'arrow-career' : 'arrow';
    out.push(
      `<path class="edge ${e.kind}" data-from="${escapeHtml(e.from.id)}" data-to="${escapeHtml(e.to.id)}" d="${d}" marker-end="url(#${marker})"><title>${escapeHtml(e.tip)}</title></path>`,
    );
  });
  for (const r of roles) {
    const c = boxes.get(r.id)!;
    const label = both((l) => textIn(r.title, l));
    out.push(
      `<g class="node pick" data-role="${escapeHtml(r.id)}" tabindex="0" role="button" aria-label="${escapeHtml(label)}">`,
    );
    out.push(`<title>${escapeHtml(label)}</title>`);
    out.push(`<rect x="${c.x - NODE_W / 2}" y="${c.y - NODE_H / 2}" width="${NODE_W}" height="${NODE_H}" rx="8"/>`);
    for (const lang of ['zh', 'en'] as const) {
      const lines = nodeLines(textIn(r.title, lang));
      const first = c.y + 4 - ((lines.length - 1) * LINE) / 2;
      lines.forEach((line, i) => {
        out.push(
          `<text class="t-${lang}" x="${c.x}" y="${first + i * LINE}" text-anchor="middle">${escapeHtml(line)}</text>`,
        );
      });
    }
    out.push('</g>');
  }
  out.push('</svg>');
  return out.join('\n');
}

/**
 * Routes every edge as an orthogonal polyline that stays out of all nodes:
 *
 * 1. Ports: an edge leaves its source from the top (or the bottom, when it points down) and enters its target from the
 *    facing side; the edges on one side of a node get their own points, spread along it and ordered by where the
 *    other end lies, so arrowheads never pile up and parallel edges do not cross.
 * 2. Gaps: an edge runs horizontally only in the gaps between bands, which hold no nodes. An edge between neighbouring
 *    bands (or within one band, over the gap above it) needs one run; an edge that skips bands climbs a vertical
 *    channel at an x where no node of the skipped bands lies, with a run in the gap at each end.
 * 3. Lanes: the runs in one gap get lanes so that runs sharing a lane do not overlap and no two vertical legs at one x
 *    lie on top of each other.
 */
function routeEdges(
  boxes: readonly Box[],
  edges: readonly Edge[],
  width: number,
  top: number,
  left: number,
): Point[][] {
  /** The y of the middle of gap `g`, the space between band g-1 and band g (gap 0 is above the top band). */
  const gapY = (g: number) => top + g * ROW;
  const up = (e: Edge) => e.to.row <= e.from.row;
  const srcTop = (e: Edge) => up(e);
  const dstTop = (e: Edge) => e.to.row >= e.from.row;
  const srcGap = (e: Edge) => (srcTop(e) ? e.from.row : e.from.row + 1);
  const dstGap = (e: Edge) => (dstTop(e) ? e.to.row : e.to.row + 1);
  /** The x of a vertical channel from gap g1 down to gap g2 through the bands between, for legs at sx and tx. */
  const channel = (
    g1: number,
    g2: number,
    sx: number,
    tx: number,
    taken: readonly Channel[],
    stubs: readonly (Stub & { gap: number })[],
  ) => {
    const blocked = boxes
      .filter((o) => o.row >= g1 && o.row < g2)
      .map((o) => [o.x - NODE_W / 2 - CLEAR, o.x + NODE_W / 2 + CLEAR] as const);
    const free = (x: number) =>
      blocked.every(([lo, hi]) => x <= lo || x >= hi) &&
      taken.every((c) => Math.abs(c.x - x) >= 6 || c.g2 <= g1 || c.g1 >= g2) &&
      stubs.every(
        (p) => Math.abs(p.x - x) >= 4 || p.gap < g1 || p.gap > g2 || (p.gap === g1 && p.up) || (p.gap === g2 && !p.up),
      );
    // A short jog next to a port reads as a glitch: go straight, or clearly aside.
    const jog = (d: number) => (d > 0 && d < 10 ? 500 + d : d);
    let best = width - 8;
    let bestCost = Infinity;
    const candidates = [sx, tx];
    for (let x = left - 8; x <= width - 8; x += 2) candidates.push(x);
    for (const x of candidates) {
      const cost = jog(Math.abs(x - sx)) + jog(Math.abs(x - tx));
      if (cost < bestCost && free(x)) [best, bestCost] = [x, cost];
    }
    return best;
  };
  const channels = (sx: readonly number[], tx: readonly number[], stubs: readonly (Stub & { gap: number })[]) => {
    const taken: Channel[] = [];
    return edges.map((e, i) => {
      const [g1, g2] = [srcGap(e), dstGap(e)].sort((a, b) => a - b) as [number, number];
      if (g1 === g2) return undefined;
      const x = channel(g1, g2, sx[i]!, tx[i]!, taken, stubs);
      taken.push({ x, g1, g2 });
      return x;
    });
  };
  // 1. Ports, ordered by where each edge heads first: its channel, or the other node (channels found from the centres).
  const rough = channels(
    edges.map((e) => e.from.x),
    edges.map((e) => e.to.x),
    [],
  );
  const sides = new Map<string, { edge: number; src: boolean; key: number }[]>();
  edges.forEach((e, i) => {
    for (const src of [true, false]) {
      const box = src ? e.from : e.to;
      const other = src ? e.to : e.from;
      const k = `${box.id}|${(src ? srcTop(e) : dstTop(e)) ? 'top' : 'bottom'}`;
      sides.set(k, [...(sides.get(k) ?? []), { edge: i, src, key: rough[i] ?? other.x }]);
    }
  });
  const xs: number[] = [];
  const xt: number[] = [];
  for (const [k, list] of sides) {
    const box = boxes.find((b) => b.id === k.slice(0, k.lastIndexOf('|')))!;
    list.sort((a, b) => a.key - b.key || rank(edges[a.edge]!) - rank(edges[b.edge]!) || a.edge - b.edge);
    const step = list.length > 1 ? Math.min(PORT_GAP, (NODE_W - 2 * CLEAR) / (list.length - 1)) : 0;
    list.forEach((p, n) => ((p.src ? xs : xt)[p.edge] = box.x + (n - (list.length - 1) / 2) * step));
  }
  // 2. Gaps and channels, now from the ports.
  const portStubs = edges.flatMap((e, i) => [
    { gap: srcGap(e), x: xs[i]!, up: !srcTop(e) },
    { gap: dstGap(e), x: xt[i]!, up: !dstTop(e) },
  ]);
  const channelX = channels(xs, xt, portStubs);
  const runs: Run[] = [];
  edges.forEach((e, i) => {
    const a = srcGap(e);
    const b = dstGap(e);
    const x = channelX[i];
    if (x === undefined) {
      runs.push(run(i, a, { x: xs[i]!, up: !srcTop(e) }, { x: xt[i]!, up: !dstTop(e) }));
      return;
    }
    runs.push(run(i, a, { x: xs[i]!, up: !srcTop(e) }, { x, up: b < a }));
    runs.push(run(i, b, { x, up: a < b }, { x: xt[i]!, up: !dstTop(e) }));
  });
  // 3. Lanes, gap by gap.
  const laneY = new Map<Run, number>();
  for (const g of new Set(runs.map((r) => r.gap))) {
    const here = runs.filter((r) => r.gap === g);
    // r above q when a leg of r goes up at the x where a leg of q goes down: otherwise the two would overlap.
    const above = (r: Run, q: Run) =>
      r !== q && r.stubs.some((s) => s.up && q.stubs.some((t) => !t.up && Math.abs(s.x - t.x) < 4));
    const placed: Run[] = [];
    const left = [...here].sort((r, q) => r.lo - q.lo || r.edge - q.edge);
    while (left.length > 0) {
      const next = left.find((r) => !left.some((q) => above(q, r))) ?? left[0]!;
      left.splice(left.indexOf(next), 1);
      let lane = Math.max(0, ...placed.filter((q) => above(q, next)).map((q) => q.lane + 1));
      while (placed.some((q) => q.lane === lane && q.lo - 6 < next.hi && next.lo - 6 < q.hi)) lane++;
      next.lane = lane;
      placed.push(next);
    }
    const lanes = Math.max(...here.map((r) => r.lane)) + 1;
    const room = ROW - NODE_H - 2 * STUB;
    const step = lanes > 1 ? Math.min(7, room / (lanes - 1)) : 0;
    for (const r of here) laneY.set(r, gapY(g) + (r.lane - (lanes - 1) / 2) * step);
  }
  return edges.map((e, i) => {
    const mine = runs.filter((r) => r.edge === i);
    const sy = e.from.y + (srcTop(e) ? -NODE_H / 2 : NODE_H / 2);
    const ty = e.to.y + (dstTop(e) ? -NODE_H / 2 : NODE_H / 2);
    const y1 = laneY.get(mine[0]!)!;
    const points: Point[] = [
      { x: xs[i]!, y: sy },
      { x: xs[i]!, y: y1 },
    ];
    if (mine.length === 2) {
      const y2 = laneY.get(mine[1]!)!;
      points.push({ x: channelX[i]!, y: y1 }, { x: channelX[i]!, y: y2 }, { x: xt[i]!, y: y2 });
    } else points.push({ x: xt[i]!, y: y1 });
    points.push({ x: xt[i]!, y: ty });
    return simplify(points);
  });
}

/** Reporting lines before career steps, so a pair of them between two nodes keeps one order at both ends. */
const rank = (e: Edge) => (e.kind === 'reports' ? 0 : 1);

function run(edge: number, gap: number, a: Stub, b: Stub): Run {
  return { edge, gap, stubs: [a, b], lo: Math.min(a.x, b.x), hi: Math.max(a.x, b.x), lane: 0 };
}

/** The polyline without repeated points and without middle points of straight stretches. */
function simplify(points: readonly Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const last = out[out.length - 1];
    if (last && Math.abs(last.x - p.x) < 1e-6 && Math.abs(last.y - p.y) < 1e-6) continue;
    const prev = out[out.length - 2];
    if (prev && last && ((prev.x === last.x && last.x === p.x) || (prev.y === last.y && last.y === p.y))) out.pop();
    out.push(p);
  }
  return out;
}
