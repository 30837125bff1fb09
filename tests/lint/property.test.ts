import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { stringify } from 'yaml';
import { loadDocuments } from '../../src/catalog/load.js';
import type { SourceFile } from '../../src/source/document.js';
import { lintCatalog } from '../../src/lint/lint.js';
import { parseSources } from '../../src/load/parse.js';
import { Architecture } from '../../src/catalog/architecture.js';
import { BUILTIN_LEVELS } from '../../src/model/defaults.js';

const LEVELS = BUILTIN_LEVELS.map((l) => l.id);
import { CAREER_TRACKS } from '../../src/model/stakeholder.js';

const HAN = /[\u4e00-\u9fff]/;

/** A random org chart: levels, a reporting line to an earlier role (never a loop), career steps of any track. */
const orgChart = fc.integer({ min: 1, max: 7 }).chain((n) =>
  fc.record({
    levels: fc.array(fc.constantFrom(...LEVELS), { minLength: n, maxLength: n }),
    boss: fc.array(fc.option(fc.nat(), { nil: undefined }), { minLength: n, maxLength: n }),
    steps: fc.array(
      fc.uniqueArray(fc.record({ to: fc.nat({ max: n - 1 }), track: fc.constantFrom(...CAREER_TRACKS) }), {
        selector: (s) => s.to,
        maxLength: 3,
      }),
      { minLength: n, maxLength: n },
    ),
  }),
);
type Chart = {
  levels: string[];
  boss: (number | undefined)[];
  steps: { to: number; track: (typeof CAREER_TRACKS)[number] }[][];
};

function files(c: Chart): SourceFile[] {
  const vocab = [
    {
      apiVersion: 'rolematrix/v1',
      kind: 'Vocabulary',
      vocabulary: 'families',
      entries: [{ id: 'f', label: { zh: '职族', en: 'Family' } }],
    },
    {
      apiVersion: 'rolematrix/v1',
      kind: 'Vocabulary',
      vocabulary: 'kpis',
      entries: [{ id: 'k', label: { zh: '指标', en: 'KPI' }, type: 'qualitative' }],
    },
  ];
  const roles = c.levels.map((level, i) => {
    const boss = c.boss[i];
    return {
      apiVersion: 'rolematrix/v1',
      kind: 'Role',
      id: `r${i}`,
      title: { zh: `岗位${i}`, en: `Role ${i}` },
      family: 'f',
      level,
      ...(boss !== undefined && i > 0 ? { reportsTo: `r${boss % i}` } : {}),
      orientation: 'customer',
      summary: { zh: `概述${i}`, en: `Summary ${i}` },
      ...(i % 2 === 0 ? { kpis: [{ ref: 'k' }] } : {}),
      ...(c.steps[i]!.length > 0 ? { career: c.steps[i]!.map((s) => ({ to: `r${s.to}`, track: s.track })) } : {}),
    };
  });
  return [
    { path: 'vocabulary.yaml', text: vocab.map((v) => stringify(v)).join('---\n') },
    ...roles.map((r) => ({ path: `roles/${r.id}.yaml`, text: stringify(r) })),
  ];
}

/** Roles on a loop of management or professional steps, the slow and obvious way (reachability). */
function rolesOnLoops(c: Chart): number {
  const n = c.levels.length;
  const reach = Array.from({ length: n }, (_, i) => {
    const seen = new Set<number>();
    const todo = c.steps[i]!.filter((s) => s.track !== 'lateral').map((s) => s.to);
    while (todo.length > 0) {
      const v = todo.pop()!;
      if (seen.has(v)) continue;
      seen.add(v);
      todo.push(...c.steps[v]!.filter((s) => s.track !== 'lateral').map((s) => s.to));
    }
    return seen;
  });
  // one finding per strongly connected group with a loop: count each group by its smallest member
  let loops = 0;
  for (let i = 0; i < n; i++) {
    if (!reach[i]!.has(i)) continue;
    const group = [...reach[i]!].filter((j) => reach[j]!.has(i));
    if (Math.min(...group) === i) loops++;
  }
  return loops;
}

describe('any org chart', () => {
  test('lints without throwing, every finding located and bilingual; cycles and reporting lines match a naive count', () => {
    fc.assert(
      fc.property(orgChart, (c) => {
        const sources = files(c);
        const { catalog, diagnostics } = loadDocuments(sources);
        expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        const found = lintCatalog(catalog, { documents: parseSources(sources) });
        for (const d of found) {
          expect(d.line).toBeGreaterThanOrEqual(1);
          expect(d.column).toBeGreaterThanOrEqual(1);
          expect(d.file).not.toBe('<catalog>');
          expect(d.zh.message).toMatch(HAN);
        }
        expect(found.filter((d) => d.code === 'LINT_CAREER_CYCLE')).toHaveLength(rolesOnLoops(c));
        const badBosses = c.levels.filter((level, i) => {
          const b = c.boss[i];
          return b !== undefined && i > 0 && Architecture.BUILTIN.compare(c.levels[b % i]!, level) <= 0;
        }).length;
        expect(found.filter((d) => d.code === 'LINT_REPORTS_TO_LEVEL')).toHaveLength(badBosses);
        expect(found.filter((d) => d.code === 'LINT_ROLE_WITHOUT_KPI')).toHaveLength(Math.floor(c.levels.length / 2));
        expect(found.filter((d) => d.code === 'LINT_KPI_NO_RUBRIC')).toHaveLength(1);
      }),
      { numRuns: 150 },
    );
  });
});
