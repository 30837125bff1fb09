import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { catalog } from '../../src/catalog/shipped.js';
import { checkMatrix } from '../../src/raci/check.js';
import {
  buildReportData,
  pairIndex,
  renderReport,
  scriptJson,
  type PairData,
  type ReportData,
} from '../../src/report/index.js';
import { CLIENT_SCRIPT } from '../../src/report/client.js';
import { nodeLines } from '../../src/report/svg.js';
import { DIMENSIONS } from '../../src/compare/types.js';
import { compareRoles } from '../../src/compare/compare.js';
import { DIMENSION_SPECS } from '../../src/dimensions/registry.js';
import { fileDiagnostic, formatDiagnostic } from '../../src/errors.js';
import { REPORT_LABELS } from '../../src/report/labels.js';
import { comparisonTable } from '../../src/render/compare-table.js';
import { HOSTILE_TITLE, clientScript, embeddedData, findingsCatalog, hostileCatalog } from './fixture.js';
import { crossings, onBorder, parseLadder } from './geometry.js';

const html = renderReport(catalog);
const dataOf = (page: string) => embeddedData(page).data as ReportData;
const en = (t: string | [string, string]) => (typeof t === 'string' ? t : t[1]);
const zh = (t: string | [string, string]) => (typeof t === 'string' ? t : t[0]);

describe('the page', () => {
  test('has the four sections, the toolbar and the pickers', () => {
    for (const id of [
      'overview',
      'compare',
      'matrix',
      'raci',
      'search',
      'search-count',
      'lang-toggle',
      'pick-a',
      'pick-b',
      'compare-out',
      'swap',
      'print',
    ]) {
      expect(html).toContain(`id="${id}"`);
    }
    expect(html.startsWith('<!doctype html>\n<html lang="en" data-lang="en">\n')).toBe(true);
    expect(html).toContain('<title>rolematrix built-in role catalog</title>');
  });

  test('is self-contained: no URL to fetch, one inline script, one inline stylesheet', () => {
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).not.toMatch(/\s(?:src|href|action|xlink:href)=(?!["']?#)/);
    expect(html.match(/\shref="#/g)!.length).toBeGreaterThan(3);
    expect(html.match(/<script/g)).toHaveLength(2);
    expect(html.match(/<style>/g)).toHaveLength(1);
    expect(html).not.toMatch(/<link|@import|url\((?!#)/);
  });

  test('a Content-Security-Policy forbids the network and allows only the inline script, by its SHA-256', () => {
    const hash = createHash('sha256').update(clientScript(html), 'utf8').digest('base64');
    expect(clientScript(html)).toBe(CLIENT_SCRIPT);
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'sha256-${hash}'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">`,
    );
  });

  test('the client script never writes HTML', () => {
    expect(CLIENT_SCRIPT).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(|new Function/);
    expect(CLIENT_SCRIPT).toContain("JSON.parse(doc.getElementById('report-data').textContent)");
  });

  test('stays under 500 KB for the shipped catalog', () => {
    const bytes = new TextEncoder().encode(html).length;
    expect(bytes).toBeLessThan(500 * 1024);
    expect(bytes).toBeGreaterThan(50 * 1024);
  });

  test('--lang zh opens in Chinese', () => {
    const page = renderReport(catalog, { lang: 'zh' });
    expect(page).toContain('<html lang="zh-CN" data-lang="zh">');
    expect(page).toContain('<title>rolematrix 内置岗位目录</title>');
    // The toggle names the other language, marked as that language.
    expect(page).toContain(
      '<button type="button" id="lang-toggle" title="切换为英文"><span lang="en">English</span></button>',
    );
    expect(html).toContain(
      '<button type="button" id="lang-toggle" title="Switch to Chinese"><span lang="zh-CN">中文</span></button>',
    );
    expect(dataOf(page).lang).toBe('zh');
    // Both languages are in either page; CSS shows one.
    expect(page).toContain(
      '<h2><span class="t-zh" lang="zh-CN">目录总览</span><span class="t-en" lang="en">Catalog overview</span></h2>',
    );
  });

  test('the footer counts the roles, one in the singular', () => {
    expect(html).toContain(
      '<footer>12 <span class="t-zh" lang="zh-CN">个岗位</span><span class="t-en" lang="en">roles</span> · ',
    );
    expect(renderReport(catalog, { roles: ['project-manager'] })).toContain(
      '<footer>1 <span class="t-zh" lang="zh-CN">个岗位</span><span class="t-en" lang="en">role</span> · ',
    );
  });

  test('the similarity matrix: a button per cell and a role id on every column heading', () => {
    const matrix = /<table class="sim-matrix">[\s\S]*?<\/table>/.exec(html)![0];
    expect([...matrix.matchAll(/<th scope="col" class="col" data-col="([^"]+)">/g)].map((m) => m[1])).toEqual(
      catalog.list().map((r) => r.id),
    );
    expect(matrix.match(/<td data-pair-a=[^>]*><button type="button">\d+%<\/button><\/td>/g)).toHaveLength(132);
    expect(matrix.match(/<td class="self">—<\/td>/g)).toHaveLength(12);
  });

  test('a title given in the options replaces the catalog name', () => {
    const page = renderReport(catalog, { title: { zh: '岗位一览', en: 'Roles at a glance' } });
    expect(page).toContain('<title>Roles at a glance</title>');
    expect(page).toContain(
      '<h1 id="report-title"><span class="t-zh" lang="zh-CN">岗位一览</span><span class="t-en" lang="en">Roles at a glance</span></h1>',
    );
  });
});

describe('the overview', () => {
  test('a families × levels grid with a chip per role', () => {
    const grid = /<table class="grid">[\s\S]*?<\/table>/.exec(html)![0];
    expect([...grid.matchAll(/data-family="([^"]+)"/g)].map((m) => m[1])).toEqual([
      'customer-service',
      'customer-relationship',
      'project-management',
    ]);
    expect([...grid.matchAll(/<tr data-level="([^"]+)"/g)].map((m) => m[1])).toEqual([
      'executive',
      'director',
      'manager',
      'supervisor',
      'senior',
      'staff',
    ]);
    expect(grid.match(/class="chip pick"/g)).toHaveLength(12);
    const manager = /<tr data-level="manager">[\s\S]*?<\/tr>/.exec(grid)![0];
    expect([...manager.matchAll(/data-role="([^"]+)"/g)].map((m) => m[1])).toEqual([
      'customer-service-manager',
      'customer-relationship-manager',
      'project-manager',
      'senior-project-manager',
    ]);
  });

  test('the SVG graph has a node per role, a solid edge per reporting line and a dashed one per career step', () => {
    const svg = /<svg class="ladder"[\s\S]*?<\/svg>/.exec(html)![0];
    expect(svg.match(/<g class="node pick"/g)).toHaveLength(12);
    const reporting = catalog.list().filter((r) => r.reportsTo !== undefined).length;
    const steps = catalog.list().flatMap((r) => (r.career ?? []).filter((s) => s.to !== undefined)).length;
    expect(svg.match(/class="edge reports"/g)).toHaveLength(reporting);
    expect(svg.match(/class="edge career"/g)).toHaveLength(steps);
    expect(svg).toContain(
      '<title>客服经理 汇报给 客户服务总监 / Customer Service Manager reports to Customer Service Director</title>',
    );
  });
});

describe('the career graph geometry', () => {
  const svg = /<svg class="ladder"[\s\S]*?<\/svg>/.exec(html)![0];
  const { nodes, edges } = parseLadder(svg);

  test('every role has a node and every edge is a polyline of horizontal and vertical segments', () => {
    expect([...nodes.keys()].sort()).toEqual(
      catalog
        .list()
        .map((r) => r.id)
        .sort(),
    );
    expect(edges).toHaveLength(27);
    for (const e of edges) {
      expect(e.points.length).toBeGreaterThanOrEqual(2);
      for (let i = 1; i < e.points.length; i++) {
        const [a, b] = [e.points[i - 1]!, e.points[i]!];
        expect(a.x === b.x || a.y === b.y, `${e.from} → ${e.to}: ${e.d}`).toBe(true);
      }
    }
  });

  test('no edge runs through a node: not the ones it skips, not even its own two', () => {
    expect(crossings(nodes, edges)).toEqual([]);
    // The skipping lines that used to run behind complaint-handling-specialist now go round it.
    const agent = edges.find((e) => e.kind === 'reports' && e.from === 'call-center-agent')!;
    expect(agent.to).toBe('customer-service-supervisor');
    expect(agent.points.length).toBeGreaterThan(2);
  });

  test('an edge starts on the border of its source and ends on the border of its target, with a leg long enough for the arrowhead', () => {
    for (const e of edges) {
      const [first, last, before] = [e.points[0]!, e.points.at(-1)!, e.points.at(-2)!];
      expect(onBorder(first, nodes.get(e.from)!), `${e.from} → ${e.to} starts at ${first.x},${first.y}`).toBe(true);
      expect(onBorder(last, nodes.get(e.to)!), `${e.from} → ${e.to} ends at ${last.x},${last.y}`).toBe(true);
      expect(Math.abs(last.x - before.x) + Math.abs(last.y - before.y)).toBeGreaterThanOrEqual(14);
    }
  });

  test('the arrows into one node meet it at points at least 16 px apart, and no edge leaves a node where another does', () => {
    const ends = new Map<string, number[]>();
    for (const e of edges) {
      const last = e.points.at(-1)!;
      const first = e.points[0]!;
      ends.set(`in ${e.to} ${last.y}`, [...(ends.get(`in ${e.to} ${last.y}`) ?? []), last.x]);
      ends.set(`out ${e.from} ${first.y}`, [...(ends.get(`out ${e.from} ${first.y}`) ?? []), first.x]);
    }
    for (const [, xs] of ends) {
      xs.sort((a, b) => a - b);
      for (let i = 1; i < xs.length; i++) expect(xs[i]! - xs[i - 1]!).toBeGreaterThanOrEqual(16);
    }
    // customer-service-supervisor takes six arrows along its bottom edge, project-director four.
    const into = (id: string) => edges.filter((e) => e.to === id).map((e) => e.points.at(-1)!.x);
    expect(new Set(into('customer-service-supervisor')).size).toBe(6);
    expect(new Set(into('project-director')).size).toBe(4);
  });

  test('node titles wrap to at most two lines that fit the node, Chinese between characters, with … for the rest', () => {
    expect(nodeLines('Call Center Agent')).toEqual(['Call Center Agent']);
    expect(nodeLines('Customer Service Representative')).toEqual(['Customer Service', 'Representative']);
    expect(nodeLines('项目管理办公室主任')).toEqual(['项目管理办公室主任']);
    expect(nodeLines('客户体验与服务质量持续改进高级专员兼培训负责人')).toEqual([
      '客户体验与服务质量持续改进',
      '高级专员兼培训负责人',
    ]);
    expect(nodeLines('全渠道客户体验与服务质量持续改进高级专员兼区域培训与知识库负责人')).toEqual([
      '全渠道客户体验与服务质量持',
      '续改进高级专员兼区域培训…',
    ]);
    expect(nodeLines('Senior Vice President of Global Customer Experience Operations')).toEqual([
      'Senior Vice President of',
      'Global Customer Experie…',
    ]);
    expect(nodeLines('Supercalifragilisticexpialidocious')).toEqual(['Supercalifragilisticexpiali', 'docious']);
    // In the page: the long English title of the shipped catalog is drawn as two lines.
    expect(svg).toContain(
      '>Customer Service</text>\n<text class="t-en" x="396" y="643" text-anchor="middle">Representative</text>',
    );
  });

  test('no two edges share a stretch of line', () => {
    const segs = edges.flatMap((e) =>
      e.points.slice(1).map((b, i) => ({ e: `${e.kind} ${e.from} → ${e.to}`, a: e.points[i]!, b })),
    );
    const overlaps: string[] = [];
    for (let i = 0; i < segs.length; i++) {
      for (let j = i + 1; j < segs.length; j++) {
        const [s, t] = [segs[i]!, segs[j]!];
        if (s.e === t.e) continue;
        const vertical = s.a.x === s.b.x && t.a.x === t.b.x && s.a.x === t.a.x;
        const horizontal = s.a.y === s.b.y && t.a.y === t.b.y && s.a.y === t.a.y;
        const span = (u: number, v: number) => [Math.min(u, v), Math.max(u, v)] as const;
        const [s0, s1] = vertical ? span(s.a.y, s.b.y) : span(s.a.x, s.b.x);
        const [t0, t1] = vertical ? span(t.a.y, t.b.y) : span(t.a.x, t.b.x);
        if ((vertical || horizontal) && Math.min(s1, t1) - Math.max(s0, t0) > 0) overlaps.push(`${s.e} / ${t.e}`);
      }
    }
    expect(overlaps).toEqual([]);
  });
});

describe('the embedded data', () => {
  const data = dataOf(html);
  const ids = data.roles.map((r) => r.id);

  test('every role once, in catalog order, and every pair once', () => {
    expect(ids).toEqual(catalog.list().map((r) => r.id));
    expect(Object.keys(data.pairs)).toHaveLength((12 * 11) / 2);
    expect(data.pairsTotal).toBe((12 * 11) / 2);
    expect(data.dims).toHaveLength(DIMENSIONS.length);
    expect(pairIndex(0, 1, 12)).toBe(0);
    expect(pairIndex(10, 11, 12)).toBe(65);
    expect(pairIndex(1, 2, 12)).toBe(11);
  });

  test('a pair holds the comparison by item index: customer-service-manager against project-manager', () => {
    const a = ids.indexOf('customer-service-manager');
    const b = ids.indexOf('project-manager');
    expect(a).toBeLessThan(b);
    const [score, dims] = data.pairs[pairIndex(a, b, ids.length)] as PairData;
    expect(score).toBe(16);
    const skills = dims.find((d) => d[0] === DIMENSIONS.indexOf('skills'))!;
    const A = data.roles[a]!;
    const B = data.roles[b]!;
    const items = (r: typeof A, dim: number) => r.it[dim] as (string | [string, string])[];
    expect(skills[4].map(([x, y]) => [en(items(A, skills[0])[x]!), en(items(B, skills[0])[y]!)])).toEqual([
      ['Coordination (Advanced)', 'Coordination (Advanced)'],
      ['Leadership (Advanced)', 'Leadership (Advanced)'],
    ]);
    const duties = dims.find((d) => d[0] === 0)!;
    // seven duties of the manager, one of them (operating efficiency and cost control) similar to one of the PM's
    expect(duties[7]).toHaveLength(6);
    expect(en(items(A, 0)[duties[7][0]!]!).split('\n')[0]).toBe('Team leadership and development');
    // A changed item carries the change both ways, so the client can mirror the pair.
    const education = dims.find((d) => d[0] === DIMENSIONS.indexOf('education'))!;
    expect(education[2]).toEqual([
      [
        [
          '最低学历：大专及以上 → 本科及以上 ↑',
          "minimum education: Associate degree or higher → Bachelor's degree or higher ↑",
        ],
        [
          '最低学历：本科及以上 → 大专及以上 ↓',
          "minimum education: Bachelor's degree or higher → Associate degree or higher ↓",
        ],
      ],
    ]);
    expect(education[3]).toBe(1);
  });

  test('every percent, overall and per dimension, is the one rolematrix compare prints, for every ordered pair', () => {
    const matrix = /<table class="sim-matrix">[\s\S]*?<\/table>/.exec(html)![0];
    const cells = new Map(
      [
        ...matrix.matchAll(
          /<td data-pair-a="([^"]+)" data-pair-b="([^"]+)"[^>]*><button type="button">(\d+%)<\/button><\/td>/g,
        ),
      ].map((m) => [`${m[1]} ${m[2]}`, m[3]]),
    );
    expect(cells.size).toBe(12 * 11);
    const mismatches: string[] = [];
    let checked = 0;
    for (const [i, a] of ids.entries()) {
      for (const [j, b] of ids.entries()) {
        if (i === j) continue;
        const [score, dims] = data.pairs[pairIndex(Math.min(i, j), Math.max(i, j), ids.length)] as PairData;
        const cli = comparisonTable(compareRoles(catalog.find(a)!, catalog.find(b)!, catalog), catalog, 'en');
        // The CLI's caption, "Overall similarity 18%", and a section row per dimension, "Skills · Similarity 21%".
        const page = [
          `Overall similarity ${score}%`,
          ...dims.map((d) => `${DIMENSION_SPECS[DIMENSIONS[d[0]]!].label.en} · Similarity ${d[1]}%`),
        ];
        const printed = [cli.caption!, ...cli.rows.filter((r) => r.section).map((r) => r.cells[0]!.lines[0]!)];
        if (JSON.stringify(page) !== JSON.stringify(printed))
          mismatches.push(`${a} ↔ ${b}: ${page.join(', ')} ≠ ${printed.join(', ')}`);
        // The similar items' percents too, and the matrix cell.
        const similar = dims.flatMap((d) => d[6].map((x) => `Similar ${x[2]}%`));
        const cliSimilar = cli.rows.flatMap((r) =>
          r.cells[0]!.lines[0]?.startsWith('Similar ') ? [r.cells[0]!.lines[0]] : [],
        );
        if (JSON.stringify(similar) !== JSON.stringify(cliSimilar))
          mismatches.push(`${a} ↔ ${b}: ${similar.join(', ')} ≠ ${cliSimilar.join(', ')}`);
        if (cells.get(`${a} ${b}`) !== `${score}%`)
          mismatches.push(`${a} ↔ ${b}: matrix ${cells.get(`${a} ${b}`)} ≠ ${score}%`);
        checked++;
      }
    }
    expect(checked).toBe(132);
    expect(mismatches).toEqual([]);
    // Two pairs pinned to what rolematrix compare prints (a review once found the page rounding twice, x → 3
    // decimals → percent, and showing one percent more).
    const pair = (a: string, b: string) =>
      data.pairs[
        pairIndex(Math.min(ids.indexOf(a), ids.indexOf(b)), Math.max(ids.indexOf(a), ids.indexOf(b)), ids.length)
      ] as PairData;
    expect(pair('account-manager', 'customer-service-representative')[0]).toBe(19);
    expect(
      pair('customer-relationship-manager', 'customer-service-director')[1].find(
        (d) => d[0] === DIMENSIONS.indexOf('skills'),
      )![1],
    ).toBe(20);
  });

  test('labels come in both languages', () => {
    expect(data.labels.shared).toEqual(['共有', 'Shared']);
    expect(zh(data.labels.matchCount!)).toBe('{n} / {total} 个岗位匹配');
    expect(data.symbols).toEqual({ shared: '=', similar: '≈', changed: 'Δ', onlyA: 'A', onlyB: 'B' });
  });

  test('a chosen set of roles, in the order given', () => {
    const d = buildReportData(
      [catalog.find('project-manager')!, catalog.find('customer-service-manager')!],
      catalog,
      'en',
    );
    expect(d.roles.map((r) => r.id)).toEqual(['project-manager', 'customer-service-manager']);
    expect(Object.keys(d.pairs)).toEqual(['0']);
    const page = renderReport(catalog, { roles: ['project-manager', 'customer-service-manager'] });
    expect(dataOf(page).roles.map((r) => r.id)).toEqual(['project-manager', 'customer-service-manager']);
    expect(page.match(/class="chip pick"/g)).toHaveLength(2);
  });

  test('an unknown role id is a programmer error', () => {
    expect(() => renderReport(catalog, { roles: ['nobody', 'project-manager', 'ghost'] })).toThrow(
      'renderReport: the catalog has no role "nobody", "ghost".',
    );
  });
});

describe('RACI heatmaps', () => {
  test('a table per shipped matrix, with its findings listed', () => {
    for (const m of catalog.matrices.values()) {
      const findings = checkMatrix(m, catalog);
      const table = new RegExp(`<table class="raci" data-matrix="${m.id}">[\\s\\S]*?</table>`).exec(html)![0];
      expect(table.match(/<tr data-activity=/g)).toHaveLength(m.activities.length);
      expect(html).toContain(
        `<h4><span class="t-zh" lang="zh-CN">检查结果（${findings.length}）</span><span class="t-en" lang="en">Findings (${findings.length})</span></h4>`,
      );
    }
    expect(html.match(/<table class="raci"/g)).toHaveLength(catalog.matrices.size);
  });

  test('findings are marked on the cells and rows they concern', () => {
    const page = renderReport(hostileCatalog());
    const log = /<tr data-activity="log">[\s\S]*?<\/tr>/.exec(page)![0];
    // activities[0]: RACI_GAP (row), RACI_NO_ACCOUNTABLE (assign, row), two omissions and an R without duty on clerk.
    expect(log).toContain('<th scope="row" class="activity finding error">');
    expect(log).toContain('<td class="letter l-R finding error" data-raci-role="clerk">R<sup>[3][4][5]</sup></td>');
    expect(page.match(/<li data-code="/g)).toHaveLength(8);
    expect(page).toContain('<li data-code="RACI_NO_ACCOUNTABLE"><span class="sev-error">');
  });

  test('no A and two A: the row and the cell outlined, with the numbers of the findings listed below', () => {
    const page = renderReport(findingsCatalog());
    const table = /<table class="raci" data-matrix="leave-requests">[\s\S]*?<\/table>/.exec(page)![0];
    expect(/<tr data-activity="record-request">[\s\S]*?<\/tr>/.exec(table)![0]).toContain(
      '<th scope="row" class="activity finding error"><span class="t-zh" lang="zh-CN">登记申请</span><span class="t-en" lang="en">Record the request</span><sup>[1]</sup></th>',
    );
    const approve = /<tr data-activity="approve-request">[\s\S]*?<\/tr>/.exec(table)![0];
    expect(approve).toContain('<td class="letter l-A" data-raci-role="hostile">A</td>');
    expect(approve).toContain('<td class="letter l-A finding error" data-raci-role="clerk">A/R<sup>[2][3]</sup></td>');
    expect(table.match(/ finding /g)).toHaveLength(2);
    expect([...page.matchAll(/<li data-code="([A-Z_]+)">/g)].map((m) => m[1])).toEqual([
      'RACI_NO_ACCOUNTABLE',
      'RACI_ACCOUNTABLE_WITHOUT_AUTHORITY',
      'RACI_MULTIPLE_ACCOUNTABLE',
    ]);
  });
});

test('severities read as the CLI prints them (info is 信息, a hint is 提示)', () => {
  for (const severity of ['error', 'warning', 'info'] as const) {
    const d = fileDiagnostic('m.yaml', 'RACI_GAP', { en: 'x', zh: '某' }, undefined, severity);
    const zh = formatDiagnostic(d, 'zh');
    if (severity === 'error') expect(REPORT_LABELS.error.zh).toBe('错误');
    else expect(zh).toContain(`${REPORT_LABELS[severity].zh}：`);
  }
});

describe('escaping', () => {
  const page = renderReport(hostileCatalog());

  test('no hostile markup reaches the page as markup', () => {
    expect(page.match(/<script/g)).toHaveLength(2);
    for (const bad of [
      '<img src=x',
      '<b>bold',
      '<b>粗体',
      '<svg onload',
      '<i>族',
      '<em>one',
      '<u>team',
      '<b>items',
      'window.__pwned=1</script>',
    ]) {
      expect(page).not.toContain(bad);
    }
  });

  test('every static spot shows the text escaped: title, family label, matrix and activity names, page title', () => {
    const t = '&lt;img src=x onerror=alert(1)&gt;&lt;script&gt;window.__pwned=1&lt;/script&gt;';
    expect(page).toContain(`<button type="button" class="chip pick" data-role="hostile">${t}</button>`);
    expect(page).toContain(`<text class="t-en" x=`);
    expect(page).toContain('<span class="t-en" lang="en">Ops &lt;svg onload=alert(2)&gt;</span>');
    expect(page).toContain('<span class="t-zh" lang="zh-CN">矩阵 &lt;script&gt;window.__pwned=3&lt;/script&gt;</span>');
    expect(page).toContain('<span class="t-en" lang="en">Phase &lt;em&gt;one&lt;/em&gt;</span>');
    expect(page).toContain('<title>Catalog &lt;b&gt;bold&lt;/b&gt; &amp; co</title>');
    expect(page).toContain(`<th scope="row">${t}</th>`);
  });

  test('the embedded JSON has no <, >, & or line separators, and parses back to the original text', () => {
    const { text, data } = embeddedData(page);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(text).toContain(
      '\\u003cimg src=x onerror=alert(1)\\u003e\\u003cscript\\u003ewindow.__pwned=1\\u003c/script\\u003e',
    );
    const d = data as ReportData;
    const hostile = d.roles.find((r) => r.id === 'hostile')!;
    expect(hostile.t).toBe(HOSTILE_TITLE);
    expect(hostile.sm).toEqual([
      '敌意标题 </script><script>window.__pwned=2</script>',
      'Hostile </script><!-- \u2028 & summary',
    ]);
  });

  test('scriptJson escapes exactly the five dangerous characters', () => {
    expect(scriptJson({ a: '</script><!--&\u2028\u2029' })).toBe(
      '{"a":"\\u003c/script\\u003e\\u003c!--\\u0026\\u2028\\u2029"}',
    );
    expect(JSON.parse(scriptJson({ a: '</script>&' }))).toEqual({ a: '</script>&' });
  });
});
