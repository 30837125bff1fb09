// The report of a catalog with two parallel tracks and grades (examples/software-engineering).
import { describe, expect, test } from 'vitest';
import { loadCatalog } from '../../src/node/load.js';
import { renderReport } from '../../src/report/index.js';
import { crossings, ladderOf, onBorder, parseLadder } from './geometry.js';

const { catalog, diagnostics } = loadCatalog('examples/software-engineering');
const html = renderReport(catalog);
const svg = ladderOf(html);
const { nodes, edges } = parseLadder(svg);

describe('the report of a catalog with tracks and grades', () => {
  test('the example catalog loads clean', () => {
    expect(diagnostics).toEqual([]);
  });

  test('one family × level grid per track, levels named with their grade', () => {
    const grids = [...html.matchAll(/<h4 data-track="([^"]+)">/g)].map((m) => m[1]);
    expect(grids).toEqual(['individual-contributor', 'management']);
    expect(html).toContain('Staff Engineer (Grade 8)');
    expect(html).toContain('资深专家工程师（职级 8）');
  });

  test('the graph: tracks side by side, one row per grade, levels of one grade in one row', () => {
    // Column headings: the family, and under it the track.
    expect(svg).toContain('Individual contributor track</text>');
    expect(svg).toContain('Management track</text>');
    const y = (id: string) => nodes.get(id)!.y;
    const x = (id: string) => nodes.get(id)!.x;
    expect(y('staff-backend-engineer')).toBe(y('engineering-manager')); // grade 8 both
    expect(y('principal-engineer')).toBe(y('senior-engineering-manager')); // grade 9 both
    expect(y('director-of-engineering')).toBeLessThan(y('principal-engineer'));
    expect(y('principal-engineer')).toBeLessThan(y('staff-backend-engineer'));
    // The IC column and the management column of the family do not overlap.
    expect(Math.abs(x('staff-backend-engineer') - x('engineering-manager'))).toBeGreaterThanOrEqual(172);
    // A shared grade row is named by its grade.
    expect(svg).toContain('>Grade 8</text>');
  });

  test('every reporting line, dotted line and career step is drawn, and none crosses a box', () => {
    const roles = catalog.list();
    expect(edges.filter((e) => e.kind === 'reports')).toHaveLength(roles.filter((r) => r.reportsTo).length);
    const dotted = roles.flatMap((r) => r.dottedReportsTo ?? []).length;
    expect(dotted).toBeGreaterThan(0);
    expect(edges.filter((e) => e.kind === 'dotted')).toHaveLength(dotted);
    expect(crossings(nodes, edges)).toEqual([]);
    for (const e of edges) {
      expect(onBorder(e.points[0]!, nodes.get(e.from)!), `${e.from} → ${e.to}`).toBe(true);
      expect(onBorder(e.points.at(-1)!, nodes.get(e.to)!), `${e.from} → ${e.to}`).toBe(true);
    }
    expect(html).toContain('<span class="line-dotted"></span>');
  });
});
