import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { catalog } from '../../src/catalog/shipped.js';
import { checkMatrix } from '../../src/raci/check.js';
import { buildReportData, pairIndex, renderReport, scriptJson, type ReportData } from '../../src/report/index.js';
import { CLIENT_SCRIPT } from '../../src/report/client.js';
import { DIMENSIONS } from '../../src/compare/types.js';
import { HOSTILE_TITLE, clientScript, embeddedData, hostileCatalog } from './fixture.js';

const html = renderReport(catalog);
const dataOf = (page: string) => embeddedData(page).data as ReportData;
const en = (t: string | [string, string]) => (typeof t === 'string' ? t : t[1]);
const zh = (t: string | [string, string]) => (typeof t === 'string' ? t : t[0]);

describe('the page', () => {
  test('has the four sections, the toolbar and the pickers', () => {
    for (const id of ['overview', 'compare', 'matrix', 'raci', 'search', 'search-count', 'lang-toggle', 'pick-a', 'pick-b', 'compare-out', 'swap', 'print']) {
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
    expect(page).toContain('<button type="button" id="lang-toggle">English</button>');
    expect(dataOf(page).lang).toBe('zh');
    // Both languages are in either page; CSS shows one.
    expect(page).toContain('<h2><span class="t-zh" lang="zh-CN">目录总览</span><span class="t-en" lang="en">Catalog overview</span></h2>');
  });

  test('a title given in the options replaces the catalog name', () => {
    const page = renderReport(catalog, { title: { zh: '岗位一览', en: 'Roles at a glance' } });
    expect(page).toContain('<title>Roles at a glance</title>');
    expect(page).toContain('<h1 id="report-title"><span class="t-zh" lang="zh-CN">岗位一览</span><span class="t-en" lang="en">Roles at a glance</span></h1>');
  });
});

describe('the overview', () => {
  test('a families × levels grid with a chip per role', () => {
    const grid = /<table class="grid">[\s\S]*?<\/table>/.exec(html)![0];
    expect([...grid.matchAll(/data-family="([^"]+)"/g)].map((m) => m[1])).toEqual(['customer-service', 'customer-relationship', 'project-management']);
    expect([...grid.matchAll(/<tr data-level="([^"]+)"/g)].map((m) => m[1])).toEqual(['executive', 'director', 'manager', 'supervisor', 'senior', 'staff']);
    expect(grid.match(/class="chip pick"/g)).toHaveLength(12);
    const manager = /<tr data-level="manager">[\s\S]*?<\/tr>/.exec(grid)![0];
    expect([...manager.matchAll(/data-role="([^"]+)"/g)].map((m) => m[1])).toEqual(['customer-service-manager', 'customer-relationship-manager', 'project-manager', 'senior-project-manager']);
  });

  test('the SVG graph has a node per role, a solid edge per reporting line and a dashed one per career step', () => {
    const svg = /<svg class="ladder"[\s\S]*?<\/svg>/.exec(html)![0];
    expect(svg.match(/<g class="node pick"/g)).toHaveLength(12);
    const reporting = catalog.list().filter((r) => r.reportsTo !== undefined).length;
    const steps = catalog.list().flatMap((r) => (r.career ?? []).filter((s) => s.to !== undefined)).length;
    expect(svg.match(/class="edge reports"/g)).toHaveLength(reporting);
    expect(svg.match(/class="edge career"/g)).toHaveLength(steps);
    expect(svg).toContain('<title>客服经理 汇报给 客户服务总监 / Customer Service Manager reports to Customer Service Director</title>');
  });
});

describe('the embedded data', () => {
  const data = dataOf(html);
  const ids = data.roles.map((r) => r.id);

  test('every role once, in catalog order, and every pair once', () => {
    expect(ids).toEqual(catalog.list().map((r) => r.id));
    expect(data.pairs).toHaveLength((12 * 11) / 2);
    expect(data.dims).toHaveLength(DIMENSIONS.length);
    expect(pairIndex(0, 1, 12)).toBe(0);
    expect(pairIndex(10, 11, 12)).toBe(65);
    expect(pairIndex(1, 2, 12)).toBe(11);
  });

  test('a pair holds the comparison by item index: customer-service-manager against project-manager', () => {
    const a = ids.indexOf('customer-service-manager');
    const b = ids.indexOf('project-manager');
    expect(a).toBeLessThan(b);
    const [score, dims] = data.pairs[pairIndex(a, b, ids.length)]!;
    expect(score).toBeCloseTo(0.156, 3);
    const skills = dims.find((d) => d[0] === DIMENSIONS.indexOf('skills'))!;
    const A = data.roles[a]!;
    const B = data.roles[b]!;
    const items = (r: typeof A, dim: number) => r.it[dim] as (string | [string, string])[];
    expect(skills[4].map(([x, y]) => [en(items(A, skills[0])[x]!), en(items(B, skills[0])[y]!)])).toEqual([
      ['Coordination (Advanced)', 'Coordination (Advanced)'],
      ['Leadership (Advanced)', 'Leadership (Advanced)'],
    ]);
    const duties = dims.find((d) => d[0] === 0)!;
    expect(duties[7]).toHaveLength(7);
    expect(en(items(A, 0)[duties[7][0]!]!).split('\n')[0]).toBe('Team leadership and development');
    // A changed item carries the change both ways, so the client can mirror the pair.
    const education = dims.find((d) => d[0] === DIMENSIONS.indexOf('education'))!;
    expect(education[2]).toEqual([
      [
        ['最低学历:大专及以上 → 本科及以上 ↑', "minimum education: Associate degree or higher → Bachelor's degree or higher ↑"],
        ['最低学历:本科及以上 → 大专及以上 ↓', "minimum education: Bachelor's degree or higher → Associate degree or higher ↓"],
      ],
    ]);
    expect(education[3]).toBe(1);
  });

  test('labels come in both languages', () => {
    expect(data.labels.shared).toEqual(['共有', 'Shared']);
    expect(zh(data.labels.matchCount!)).toBe('{n} / {total} 个岗位匹配');
    expect(data.symbols).toEqual({ shared: '=', similar: '≈', changed: 'Δ', onlyA: 'A', onlyB: 'B' });
  });

  test('a chosen set of roles, in the order given', () => {
    const d = buildReportData([catalog.get('project-manager')!, catalog.get('customer-service-manager')!], catalog, 'en');
    expect(d.roles.map((r) => r.id)).toEqual(['project-manager', 'customer-service-manager']);
    expect(d.pairs).toHaveLength(1);
    const page = renderReport(catalog, { roles: ['project-manager', 'customer-service-manager'] });
    expect(dataOf(page).roles.map((r) => r.id)).toEqual(['project-manager', 'customer-service-manager']);
    expect(page.match(/class="chip pick"/g)).toHaveLength(2);
  });

  test('an unknown role id is a programmer error', () => {
    expect(() => renderReport(catalog, { roles: ['nobody', 'project-manager', 'ghost'] })).toThrow('renderReport: the catalog has no role "nobody", "ghost".');
  });
});

describe('RACI heatmaps', () => {
  test('a table per shipped matrix, with its findings listed', () => {
    for (const m of catalog.matrices.values()) {
      const findings = checkMatrix(m, catalog);
      const table = new RegExp(`<table class="raci" data-matrix="${m.id}">[\\s\\S]*?</table>`).exec(html)![0];
      expect(table.match(/<tr data-activity=/g)).toHaveLength(m.activities.length);
      expect(html).toContain(`<h4><span class="t-zh" lang="zh-CN">检查结果</span><span class="t-en" lang="en">Findings</span> (${findings.length})</h4>`);
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
});

describe('escaping', () => {
  const page = renderReport(hostileCatalog());

  test('no hostile markup reaches the page as markup', () => {
    expect(page.match(/<script/g)).toHaveLength(2);
    for (const bad of ['<img src=x', '<b>bold', '<b>粗体', '<svg onload', '<i>族', '<em>one', '<u>team', '<b>items', 'window.__pwned=1</script>']) {
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
    expect(text).toContain('\\u003cimg src=x onerror=alert(1)\\u003e\\u003cscript\\u003ewindow.__pwned=1\\u003c/script\\u003e');
    const d = data as ReportData;
    const hostile = d.roles.find((r) => r.id === 'hostile')!;
    expect(hostile.t).toBe(HOSTILE_TITLE);
    expect(hostile.sm).toEqual(['敌意标题 </script><script>window.__pwned=2</script>', 'Hostile </script><!-- \u2028 & summary']);
  });

  test('scriptJson escapes exactly the five dangerous characters', () => {
    expect(scriptJson({ a: '</script><!--&\u2028\u2029' })).toBe('{"a":"\\u003c/script\\u003e\\u003c!--\\u0026\\u2028\\u2029"}');
    expect(JSON.parse(scriptJson({ a: '</script>&' }))).toEqual({ a: '</script>&' });
  });
});

