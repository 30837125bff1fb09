import { describe, expect, test } from 'vitest';
import { escapeHtml, heatmap, renderHtml } from '../../src/render/html.js';
import { cell, type Table } from '../../src/render/table.js';
import { EN, ZH } from './fixtures.js';

const body = (html: string) => html.slice(html.indexOf('<body>'), html.indexOf('</body>') + '</body>'.length);

describe('renderHtml', () => {
  test('a standalone HTML5 page: doctype, charset, lang, inline style only, no script or external asset', () => {
    const out = renderHtml(ZH, { lang: 'zh' });
    expect(out.startsWith('<!doctype html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n')).toBe(true);
    expect(out).toContain('<title>岗位对比：客服专员 与 客服主管</title>');
    expect(out.endsWith('</body>\n</html>\n')).toBe(true);
    expect(out).not.toMatch(/<script|<link|src=|href=|@import|url\(/i);
    expect(out).toContain('@media print');
    expect(renderHtml(EN)).toContain('<html lang="en">');
  });

  test('a Chinese table: heading, caption, thead, spanning section rows, <br> lines, mark classes, heatmap, legend', () => {
    expect(body(renderHtml(ZH, { lang: 'zh' }))).toBe(`<body>
<h1>岗位对比：客服专员 与 客服主管</h1>
<table>
<caption>相似度 = 2 × 共同词数 ÷ 两者词数之和</caption>
<thead>
<tr><th scope="col">项目</th><th scope="col">客服专员</th><th scope="col">客服主管</th></tr>
</thead>
<tbody>
<tr class="section"><th scope="colgroup" colspan="3">岗位职责</th></tr>
<tr><td>投诉处理</td><td class="mark-shared" title="相同"><span class="sym">=</span> 受理客户投诉<br>记录处理结果</td><td class="mark-shared" title="相同"><span class="sym">=</span> 受理客户投诉<br>记录处理结果</td></tr>
<tr><td>回访</td><td class="mark-similar" title="相似" data-value="0.82" style="background: hsl(98, 70%, 85%)"><span class="sym">≈</span> 电话回访客户</td><td class="mark-changed" title="不同"><span class="sym">Δ</span> 抽查回访质量</td></tr>
<tr><td>排班</td><td class="mark-only-a" title="仅客服专员"><span class="sym">A</span> 执行标准话术</td><td class="mark-only-b" title="仅客服主管"><span class="sym">B</span> 安排班组排班</td></tr>
<tr class="section"><th scope="colgroup" colspan="3">岗位权限</th></tr>
<tr><td>退款审批</td><td class="mark-lowered" title="更低"><span class="sym">↓</span> 提议</td><td class="mark-raised" title="更高"><span class="sym">↑</span> 决定</td></tr>
<tr><td>校验</td><td class="mark-warning" title="警告"><span class="sym">!</span> 缺少绩效指标</td><td class="mark-error" title="错误"><span class="sym">✗</span> 引用了不存在的岗位</td></tr>
</tbody>
</table>
<ul class="legend">
<li><span class="sym mark-shared">=</span> 相同</li>
<li><span class="sym mark-similar">≈</span> 相似</li>
<li><span class="sym mark-only-a">A</span> 仅客服专员</li>
<li><span class="sym mark-only-b">B</span> 仅客服主管</li>
<li><span class="sym mark-changed">Δ</span> 不同</li>
<li><span class="sym mark-raised">↑</span> 更高</li>
<li><span class="sym mark-lowered">↓</span> 更低</li>
<li><span class="sym mark-error">✗</span> 错误</li>
<li><span class="sym mark-warning">!</span> 警告</li>
</ul>
</body>`);
  });

  test('every mark class has its own background colour in the stylesheet', () => {
    const css = renderHtml(EN).match(/<style>([\s\S]*)<\/style>/)![1]!;
    const colours = [...css.matchAll(/^\.mark-([a-z-]+) \{ background: (#[0-9a-f]{6}); \}$/gm)].map((m) => [
      m[1],
      m[2],
    ]);
    expect(colours.map(([m]) => m)).toEqual([
      'shared',
      'similar',
      'only-a',
      'only-b',
      'changed',
      'raised',
      'lowered',
      'error',
      'warning',
    ]);
    expect(new Set(colours.map(([, c]) => c)).size).toBe(9);
  });

  test('escapes every value: title, caption, headers, cells and legend cannot inject markup', () => {
    const evil = '"><img src=x onerror=alert(1)>';
    const table: Table = {
      title: `<script>alert(1)</script>${evil}`,
      caption: `<script>alert(2)</script>'&`,
      columns: [`<script>alert(3)</script>`, evil],
      rows: [
        { section: true, cells: [cell(`<script>alert(4)</script>`)] },
        { cells: [cell(['<script>alert(5)</script>', evil], 'error'), cell(`it's & <b>`, 'shared', 0.5)] },
      ],
      legend: { error: evil, shared: '<script>alert(6)</script>' },
    };
    const out = renderHtml(table);
    expect(out).not.toMatch(/<script|<img|<b>/i);
    expect(out).toContain(
      '<title>&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(1)&gt;</title>',
    );
    expect(out).toContain('<h1>&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(1)&gt;</h1>');
    expect(out).toContain('<caption>&lt;script&gt;alert(2)&lt;/script&gt;&#39;&amp;</caption>');
    expect(out).toContain(
      '<th scope="col">&lt;script&gt;alert(3)&lt;/script&gt;</th><th scope="col">&quot;&gt;&lt;img src=x onerror=alert(1)&gt;</th>',
    );
    expect(out).toContain('<th scope="colgroup" colspan="2">&lt;script&gt;alert(4)&lt;/script&gt;</th>');
    expect(out).toContain(
      '<td class="mark-error" title="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"><span class="sym">✗</span> &lt;script&gt;alert(5)&lt;/script&gt;<br>&quot;&gt;&lt;img src=x onerror=alert(1)&gt;</td>',
    );
    expect(out).toContain(
      '<td class="mark-shared" title="&lt;script&gt;alert(6)&lt;/script&gt;" data-value="0.5" style="background: hsl(60, 70%, 85%)"><span class="sym">=</span> it&#39;s &amp; &lt;b&gt;</td>',
    );
    expect(out).toContain(
      '<li><span class="sym mark-error">✗</span> &quot;&gt;&lt;img src=x onerror=alert(1)&gt;</li>',
    );
  });

  test('a heatmap background only on cells whose value is a number in 0..1', () => {
    const values = [0, 0.25, 1, 1 + 1e-12, -0, 1.5, -0.1, Number.NaN, Number.POSITIVE_INFINITY, undefined];
    const table: Table = { columns: ['v'], rows: values.map((v) => ({ cells: [cell('x', undefined, v)] })) };
    const rows = renderHtml(table)
      .split('\n')
      .filter((l) => l.startsWith('<tr><td'));
    expect(rows).toEqual([
      '<tr><td data-value="0" style="background: hsl(0, 70%, 85%)">x</td></tr>',
      '<tr><td data-value="0.25" style="background: hsl(30, 70%, 85%)">x</td></tr>',
      '<tr><td data-value="1" style="background: hsl(120, 70%, 85%)">x</td></tr>',
      '<tr><td data-value="1.000000000001" style="background: hsl(120, 70%, 85%)">x</td></tr>',
      '<tr><td data-value="0" style="background: hsl(0, 70%, 85%)">x</td></tr>',
      '<tr><td>x</td></tr>',
      '<tr><td>x</td></tr>',
      '<tr><td>x</td></tr>',
      '<tr><td>x</td></tr>',
      '<tr><td>x</td></tr>',
    ]);
    expect(heatmap('0.5')).toBeUndefined();
    expect(renderHtml(ZH).match(/style=/g)).toHaveLength(1); // only the one value cell
  });

  test('a section row with more than a label keeps its columns, the label as a row header', () => {
    const out = renderHtml({ columns: ['a', 'b'], rows: [{ section: true, cells: [cell('小计'), cell('3')] }] });
    expect(out).toContain('<tr class="section"><th scope="row">小计</th><td>3</td></tr>');
  });

  test('without a title the page is named by the caption or the columns; without columns there is no table', () => {
    expect(renderHtml({ caption: 'C', columns: ['a'], rows: [] })).toContain('<title>C</title>');
    expect(renderHtml({ columns: ['a', 'b'], rows: [] })).toContain('<title>a · b</title>');
    const empty = body(renderHtml({ caption: 'only words', columns: [], rows: [] }));
    expect(empty).toBe('<body>\n<p>only words</p>\n</body>');
  });

  test('an unknown language is a programmer error', () => {
    expect(() => renderHtml(EN, { lang: 'fr' as never })).toThrow(RangeError);
  });

  test('escapeHtml covers the five significant characters', () => {
    expect(escapeHtml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;');
  });
});
