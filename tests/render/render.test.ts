import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, test } from 'vitest';
import { renderCsv } from '../../src/render/csv.js';
import { renderHtml } from '../../src/render/html.js';
import { renderJson } from '../../src/render/json.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { renderTable } from '../../src/render/render.js';
import { cell, TABLE_FORMATS, type TableFormat } from '../../src/render/table.js';
import { renderText } from '../../src/render/text.js';
import { EN, REALISTIC, ZH } from './fixtures.js';

describe('renderTable', () => {
  test.each([
    ['text', (t: typeof ZH) => renderText(t, { width: 60 })],
    ['md', renderMarkdown],
    ['csv', renderCsv],
    ['json', renderJson],
    ['html', (t: typeof ZH) => renderHtml(t, { lang: 'zh' })],
  ] as const)('%s goes to its renderer with the options that apply', (format, direct) => {
    expect(renderTable(ZH, format, { width: 60, lang: 'zh' })).toBe(direct(ZH));
  });

  test('every format is handled', () => {
    for (const format of TABLE_FORMATS) expect(renderTable(EN, format)).toContain('Supervisor');
  });

  test('an unknown format and a row wider than the header are programmer errors', () => {
    expect(() => renderTable(EN, 'pdf' as TableFormat)).toThrow(
      /Unknown table format "pdf"; use one of text, md, csv, json, html\./,
    );
    expect(() =>
      renderTable({ columns: ['a'], rows: [{ cells: [cell('1')] }, { cells: [cell('1'), cell('2')] }] }, 'md'),
    ).toThrow('Row 1 has 2 cells but the table has 1 columns.');
  });

  test('bundles for the browser: no Node built-ins in the renderers or their dependencies', async () => {
    const result = await build({
      entryPoints: [fileURLToPath(new URL('../../src/render/render.ts', import.meta.url))],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      logLevel: 'silent',
      metafile: true,
    });
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    const code = result.outputFiles[0]!.text;
    expect(code).not.toMatch(/["']node:|require\(["'](stream|fs|path|buffer)["']\)/);
    const inputs = Object.keys(result.metafile.inputs).join('\n');
    expect(inputs).toContain('papaparse/papaparse.min.js'); // the browser build, without the Node stream adapter
    expect(inputs).toContain('get-east-asian-width/');
  });
});

describe('file snapshots of a realistic comparison', () => {
  test.each([
    ['text', 'realistic.txt', { width: 80 }],
    ['md', 'realistic.md', {}],
    ['csv', 'realistic.csv', {}],
    ['html', 'realistic.html', { lang: 'zh' }],
    ['json', 'realistic.json', {}],
  ] as const)('%s', async (format, file, options) => {
    await expect(renderTable(REALISTIC, format, options)).toMatchFileSnapshot(`./__snapshots__/${file}`);
  });
});
