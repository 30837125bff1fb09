// The pair budget: big catalogs keep the comparisons of some pairs only, and the page says which.
import { describe, expect, test } from 'vitest';
import { loadDocuments } from '../../src/catalog/load.js';
import { similarityMatrix } from '../../src/compare/many.js';
import { compareRoles } from '../../src/compare/compare.js';
import { catalog as shipped } from '../../src/catalog/shipped.js';
import {
  choosePairs,
  DEFAULT_MAX_PAIRS,
  LADDER_MAX_ROLES,
  MATRIX_MAX_ROLES,
  pairIndex,
  renderReport,
  renderReportPage,
  type PairData,
  type ReportData,
} from '../../src/report/index.js';
import { generateCatalog } from '../bench/generate.js';
import { embeddedData } from './fixture.js';

function generated(n: number) {
  const { catalog, diagnostics } = loadDocuments(generateCatalog(n));
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return catalog;
}

describe('80 generated roles, maxPairs 300', () => {
  const catalog = generated(80);
  const roles = catalog.list();
  const n = roles.length;
  const total = (n * (n - 1)) / 2;
  const page = renderReportPage(catalog, { maxPairs: 300 });
  const data = embeddedData(page.html).data as ReportData;
  const scores = similarityMatrix(roles, catalog).scores;
  // Every pair (i < j) with its index, whether both roles are of one family, and its similarity.
  const pairs = roles.flatMap((a, i) =>
    roles.slice(i + 1).map((b, k) => ({
      i,
      j: i + 1 + k,
      index: pairIndex(i, i + 1 + k, n),
      same: a.family === b.family,
      score: scores[i]![i + 1 + k]!,
    })),
  );
  const kept = pairs.filter((p) => data.pairs[p.index] !== undefined);

  test('embeds exactly the budget, and says so', () => {
    expect(n).toBe(80);
    expect(data.pairsTotal).toBe(total);
    expect(total).toBe(3160);
    expect(kept).toHaveLength(300);
    expect(data.pairsIncluded).toBe(300);
    expect(page.pairsIncluded).toBe(300);
    expect(page.pairsTotal).toBe(3160);
    // A pair left out is not in the page data at all: the kept ones are keyed by their index.
    expect(Object.keys(data.pairs).map(Number)).toEqual(kept.map((p) => p.index).sort((x, y) => x - y));
  });

  test('all same-family pairs first, then the most similar others', () => {
    const same = pairs.filter((p) => p.same);
    // 10 families of 8 roles: 10 × 28 same-family pairs, all kept.
    expect(same).toHaveLength(280);
    expect(same.every((p) => data.pairs[p.index] !== undefined)).toBe(true);
    const others = kept.filter((p) => !p.same);
    expect(others).toHaveLength(20);
    const lowestKept = Math.min(...others.map((p) => p.score));
    const left = pairs.filter((p) => !p.same && data.pairs[p.index] === undefined);
    expect(Math.max(...left.map((p) => p.score))).toBeLessThanOrEqual(lowestKept);
  });

  test('a kept pair is the comparison compareRoles makes', () => {
    const p = kept.find((x) => !x.same)!;
    const [score] = data.pairs[p.index] as PairData;
    expect(score).toBe(Math.round(compareRoles(roles[p.i]!, roles[p.j]!, catalog).score * 100));
  });

  test('the similarity matrix stays complete: every cell has its percent', () => {
    const cells = page.html.match(
      /<td data-pair-a="[^"]+" data-pair-b="[^"]+" data-value="[\d.]+" style="[^"]+"><button type="button">\d+%<\/button><\/td>/g,
    );
    expect(cells).toHaveLength(n * (n - 1));
  });

  test('below the budget of same-family pairs, the most similar of them come first', () => {
    const chosen = choosePairs(roles, scores, 10);
    expect(chosen.size).toBe(10);
    const same = pairs.filter((p) => p.same).sort((x, y) => y.score - x.score || x.index - y.index);
    expect([...chosen].sort((a, b) => a - b)).toEqual(
      same
        .slice(0, 10)
        .map((p) => p.index)
        .sort((a, b) => a - b),
    );
  });

  test('pairs tied with the last one kept are taken lowest index first, within and across families', () => {
    // Three scores only, so every cut falls among ties: what sorting the pairs by score, then index, keeps.
    const tied = (i: number, j: number) => ((i * 7 + j) % 3) / 2;
    const ranked = (same: boolean) =>
      pairs
        .filter((p) => p.same === same)
        .map((p) => ({ index: p.index, score: tied(p.i, p.j) }))
        .sort((x, y) => y.score - x.score || x.index - y.index)
        .map((p) => p.index);
    const sorted = (xs: Iterable<number>) => [...xs].sort((a, b) => a - b);
    for (const k of [1, 10, 95, 279])
      expect(sorted(choosePairs(roles, tied, k)), String(k)).toEqual(sorted(ranked(true).slice(0, k)));
    // A score that is not a number ranks last, and every pair kept is a pair.
    const unscored = (i: number, j: number) => (i === 0 ? Number.NaN : tied(i, j));
    for (const k of [1, 10, 279]) {
      const chosen = sorted(choosePairs(roles, unscored, k));
      expect(chosen, String(k)).toHaveLength(k);
      expect(chosen.every((x) => Number.isInteger(x) && x >= 0 && x < (n * (n - 1)) / 2)).toBe(true);
      const withFirst = pairs.filter((p) => p.same && p.i === 0).length;
      expect(
        chosen.some((x) => pairs.find((p) => p.index === x)!.i === 0),
        String(k),
      ).toBe(k > 280 - withFirst);
    }
    for (const k of [281, 300, 333])
      expect(sorted(choosePairs(roles, tied, k)), String(k)).toEqual(
        sorted([...ranked(true), ...ranked(false).slice(0, k - 280)]),
      );
  });

  test('the page holds the note labels in both languages', () => {
    expect(data.labels.pairOmitted).toEqual([
      '本报告只包含 {total} 对岗位中 {n} 对的对比（先同一岗位族，再按相似度从高到低），不含这两个岗位。相似度矩阵仍显示它们的相似度。',
      'This report holds the comparisons of {n} of {total} pairs of roles (same job family first, then the most similar), not of these two. The similarity matrix still shows how similar they are.',
    ]);
    expect(data.labels.pairCommand).toEqual([
      '要对比这两个岗位，请用以下命令生成只含它们的报告：',
      'To compare these two roles, write a report with just them:',
    ]);
    expect(data.dir).toBeUndefined();
    expect((embeddedData(renderReport(catalog, { maxPairs: 0, dir: 'hr roles/' })).data as ReportData).dir).toBe(
      'hr roles/',
    );
  });
});

describe('when every pair fits', () => {
  test('nothing changes: the shipped catalog keeps all 66 pairs, and the default budget is 1,000', () => {
    expect(DEFAULT_MAX_PAIRS).toBe(1000);
    const page = renderReportPage(shipped);
    expect(page.pairsIncluded).toBe(66);
    expect(page.pairsTotal).toBe(66);
    expect(page.html).toBe(renderReport(shipped, { maxPairs: 66 }));
    const data = embeddedData(page.html).data as ReportData;
    expect(Object.keys(data.pairs)).toHaveLength(66);
    expect(data.pairsTotal).toBe(66);
  });

  test('a negative budget is refused', () => {
    expect(() => renderReport(shipped, { maxPairs: -1 })).toThrow(
      new RangeError('renderReport: maxPairs must be 0 or more, got -1.'),
    );
  });
});

describe('size', () => {
  test('150 generated roles with the default budget stay under 5.5 MB (all pairs made 19.8 MB)', () => {
    const page = renderReportPage(generated(150));
    expect(page.pairsTotal).toBe(11175);
    expect(page.pairsIncluded).toBe(1000);
    const bytes = Buffer.byteLength(page.html);
    expect(bytes).toBeLessThan(5.5 * 1024 * 1024);
    expect(bytes).toBeGreaterThan(3 * 1024 * 1024);
    // 150 roles is the most the page draws the matrix for.
    expect(page.html).toContain('<table class="sim-matrix">');
  });

  test(`over ${MATRIX_MAX_ROLES} roles the matrix is a note with the command that writes it as CSV, in both languages`, () => {
    const page = renderReportPage(generated(MATRIX_MAX_ROLES + 10), { dir: "my roles/it's here" });
    expect(page.html).not.toContain('<table class="sim-matrix">');
    expect(page.html).toContain(
      '<span class="t-zh" lang="zh-CN">这 160 个岗位的相似度矩阵有 25,440 个单元格，放在一页中太大。可用以下命令导出为电子表格：</span>',
    );
    expect(page.html).toContain(
      '<span class="t-en" lang="en">The similarity matrix of these 160 roles has 25,440 cells, too many for one page. Get it as a spreadsheet with:</span>',
    );
    expect(page.html).toContain(
      `<pre><code>rolematrix matrix --scores --format csv --dir &#39;my roles/it&#39;\\&#39;&#39;s here&#39; &gt; matrix.csv</code></pre>`,
    );
    // Without the matrix the page is a good deal smaller than the 150-role one with it.
    expect(Buffer.byteLength(page.html)).toBeLessThan(4 * 1024 * 1024);
  });
});

describe('the career and reporting diagram of a large catalog', () => {
  const catalog = generated(LADDER_MAX_ROLES + 1);
  test('over LADDER_MAX_ROLES roles it is left out with a note in both languages; the grid still lists every role', () => {
    const page = renderReportPage(catalog, { maxPairs: 0 });
    expect(page.ladderLeftOut).toBe(true);
    const overview = page.html.slice(page.html.indexOf('<section id="overview">'), page.html.indexOf('</section>'));
    expect(overview).not.toContain('<svg');
    expect(overview).toContain(
      '<span class="t-en" lang="en">This report has 301 roles, and the diagram is drawn for up to 300; the families and levels table above lists every role. To see the diagram, name the roles (rolematrix report &lt;ids…&gt;).</span>',
    );
    expect(overview).toContain('本报告有 301 个岗位，图只为不超过 300 个岗位绘制；');
    expect(overview.match(/class="chip pick" data-role=/gu)).toHaveLength(301);
  });
  test('at LADDER_MAX_ROLES roles it is drawn', () => {
    const ids = catalog
      .list()
      .slice(0, LADDER_MAX_ROLES)
      .map((r) => r.id);
    const page = renderReportPage(catalog, { maxPairs: 0, roles: ids });
    expect(page.ladderLeftOut).toBe(false);
    expect(page.html).toContain('<svg');
  });
});

describe('a catalog too big for the matrix, whose job families fill the budget', () => {
  // 170 roles in 10 families: 10 families of 17 hold 1,360 same-family pairs, over the default budget of 1,000.
  const catalog = generated(170);
  const roles = catalog.list();
  const n = roles.length;
  const progress: [number, number][] = [];
  const page = renderReportPage(catalog, { onProgress: (done, total) => progress.push([done, total]) });
  const data = embeddedData(page.html).data as ReportData;

  test('keeps the pairs scoring every pair would keep, scoring only the pairs within families', () => {
    expect(n).toBeGreaterThan(MATRIX_MAX_ROLES);
    const within = roles.flatMap((a, i) =>
      roles
        .slice(i + 1)
        .filter((b) => b.family === a.family)
        .map(() => i),
    );
    expect(within).toHaveLength(1360);
    const kept = Object.keys(data.pairs).map(Number);
    expect(kept).toHaveLength(DEFAULT_MAX_PAIRS);
    const all = similarityMatrix(roles, catalog).scores;
    expect(new Set(kept)).toEqual(choosePairs(roles, all, DEFAULT_MAX_PAIRS));
    // Progress counts the pairs within families, ending at all of them.
    expect(progress.at(-1)).toEqual([1360, 1360]);
    expect(progress.every(([done], k) => k === 0 || done >= progress[k - 1]![0])).toBe(true);
  });

  test('the matrix section gives the command for the spreadsheet instead', () => {
    expect(page.html).toContain(`rolematrix matrix --scores --format csv &gt; matrix.csv`);
    expect(page.html).not.toContain('class="sim-matrix"');
  });
});
