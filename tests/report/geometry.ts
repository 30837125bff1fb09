// Reading the career graph back from the report's SVG, for the geometry tests.

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Point {
  x: number;
  y: number;
}

export interface DrawnEdge {
  kind: string;
  from: string;
  to: string;
  d: string;
  points: Point[];
}

/** The career graph's SVG out of a report page. */
export function ladderOf(html: string): string {
  return /<svg class="ladder"[\s\S]*?<\/svg>/.exec(html)![0];
}

/** The node rectangles by role id, and the edges as polylines. */
export function parseLadder(svg: string): { nodes: Map<string, Rect>; edges: DrawnEdge[] } {
  const nodes = new Map<string, Rect>(
    [
      ...svg.matchAll(
        /<g class="node pick" data-role="([^"]+)"[^>]*>\n<title>[^<]*<\/title>\n<rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"/g,
      ),
    ].map((m) => [m[1]!, { x: Number(m[2]), y: Number(m[3]), w: Number(m[4]), h: Number(m[5]) }]),
  );
  const edges = [
    ...svg.matchAll(/<path class="edge (reports|dotted|career)" data-from="([^"]+)" data-to="([^"]+)" d="([^"]+)"/g),
  ].map((m) => ({
    kind: m[1]!,
    from: m[2]!,
    to: m[3]!,
    d: m[4]!,
    points: m[4]!.split(' ').map((cmd, i) => {
      const p = /^([ML])(-?[\d.]+),(-?[\d.]+)$/.exec(cmd);
      if (!p || (i === 0) !== (p[1] === 'M')) throw new Error(`not a polyline: ${m[4]}`);
      return { x: Number(p[2]), y: Number(p[3]) };
    }),
  }));
  return { nodes, edges };
}

/** Whether segment a–b has a point strictly inside r (Liang–Barsky clipping against the open rectangle). */
export function crosses(a: Point, b: Point, r: Rect): boolean {
  const eps = 1e-6;
  let t0 = 0;
  let t1 = 1;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  for (const [p, q] of [
    [-dx, a.x - (r.x + eps)],
    [dx, r.x + r.w - eps - a.x],
    [-dy, a.y - (r.y + eps)],
    [dy, r.y + r.h - eps - a.y],
  ] as const) {
    if (p === 0) {
      if (q < 0) return false;
    } else if (p < 0) t0 = Math.max(t0, q / p);
    else t1 = Math.min(t1, q / p);
  }
  return t0 < t1;
}

/** Whether p lies on the border of r (not at a corner). */
export function onBorder(p: Point, r: Rect): boolean {
  return (
    ((p.y === r.y || p.y === r.y + r.h) && p.x > r.x && p.x < r.x + r.w) ||
    ((p.x === r.x || p.x === r.x + r.w) && p.y > r.y && p.y < r.y + r.h)
  );
}

/** Every segment of an edge that runs through a node, as `kind from → to crosses id`. */
export function crossings(nodes: ReadonlyMap<string, Rect>, edges: readonly DrawnEdge[]): string[] {
  const hits: string[] = [];
  for (const e of edges)
    for (let i = 1; i < e.points.length; i++)
      for (const [id, r] of nodes)
        if (crosses(e.points[i - 1]!, e.points[i]!, r)) hits.push(`${e.kind} ${e.from} → ${e.to} crosses ${id}`);
  return hits;
}
