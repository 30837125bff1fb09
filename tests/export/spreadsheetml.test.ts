// The workbook writer (src/export/spreadsheetml.ts): a package whose parts are well-formed and hang together, text
// that reads back exactly as written, the styles each cell asks for, frozen panes, and the same bytes for the same
// sheets. read-excel-file (the importer's reader) reads the files back; saxes checks each part is well-formed XML.
import { unzipSync } from 'fflate';
import readExcelFile from 'read-excel-file/universal';
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { describe, expect, test, vi } from 'vitest';
import { CELL_STYLES, columnLetters, writeWorkbook, type Worksheet } from '../../src/export/spreadsheetml.js';

interface Element {
  name: string;
  attributes: Record<string, string>;
  /** The text directly inside the element. */
  text: string;
}

/** Every element of a part, in document order; a part that is not well-formed XML fails the test. */
function elements(xml: string): Element[] {
  const out: Element[] = [];
  const open: Element[] = [];
  const errors: string[] = [];
  const parser = new SaxesParser({ xmlns: true });
  parser.on('error', (e) => errors.push(e.message));
  parser.on('opentag', (tag: SaxesTagNS) => {
    const element = {
      name: tag.local,
      attributes: Object.fromEntries(Object.values(tag.attributes).map((a) => [a.name, a.value])),
      text: '',
    };
    out.push(element);
    open.push(element);
  });
  parser.on('text', (t) => {
    if (open.length > 0) open[open.length - 1]!.text += t;
  });
  parser.on('closetag', () => open.pop());
  parser.write(xml).close();
  expect(errors).toEqual([]);
  return out;
}

function parts(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([k, v]) => [k, new TextDecoder().decode(v)]));
}

const read = (bytes: Uint8Array) =>
  readExcelFile(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer, {
    trim: false,
  });

const TEXTS = [
  'a\r\nb',
  'lone\rreturn',
  '_x0041_',
  '_x0041_x0042_',
  '_x005F_',
  '_x41_ and x0041_',
  // `_x` and four digits before a carriage return: the return's escape must not close them.
  '_x000D\r',
  'a_x005F\rb',
  '  two spaces before',
  'a line break after\n',
  '\ttab first',
  '<b>&amp;</b> "quoted" \'single\'',
  ']]>',
  '中文，全角标点。',
  '😀 emoji and 𠀋',
];

describe('writeWorkbook', () => {
  test('columns are lettered A…Z, AA…ZZ, AAA…XFD', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702, 16383].map(columnLetters)).toEqual([
      'A',
      'B',
      'Z',
      'AA',
      'AB',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
      'XFD',
    ]);
  });

  test('every part is well-formed, and every part the package names is there', () => {
    const files = parts(
      writeWorkbook([
        { name: 'One', rows: [['a']] },
        { name: 'Two', rows: [] },
        { name: 'Three', rows: [[1, 2]] },
      ]),
    );
    expect(Object.keys(files).sort()).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
      'xl/workbook.xml',
      'xl/worksheets/sheet1.xml',
      'xl/worksheets/sheet2.xml',
      'xl/worksheets/sheet3.xml',
    ]);
    const parsed = Object.fromEntries(Object.entries(files).map(([k, v]) => [k, elements(v)]));
    // Content types: the rels and xml defaults, and an override for each part but the relationships.
    const overrides = parsed['[Content_Types].xml']!.filter((e) => e.name === 'Override');
    expect(overrides.map((e) => e.attributes.PartName).sort()).toEqual(
      Object.keys(files)
        .filter((f) => f.startsWith('xl/') && !f.includes('_rels'))
        .map((f) => `/${f}`)
        .sort(),
    );
    // The package points at the workbook, the workbook's relationships at each sheet and the styles.
    expect(parsed['_rels/.rels']!.find((e) => e.name === 'Relationship')!.attributes.Target).toBe('xl/workbook.xml');
    const rels = new Map(
      parsed['xl/_rels/workbook.xml.rels']!.filter((e) => e.name === 'Relationship').map((e) => [
        e.attributes.Id,
        e.attributes,
      ]),
    );
    const sheets = parsed['xl/workbook.xml']!.filter((e) => e.name === 'sheet');
    expect(
      sheets.map((s) => [s.attributes.name, s.attributes.sheetId, rels.get(s.attributes['r:id'])?.Target]),
    ).toEqual([
      ['One', '1', 'worksheets/sheet1.xml'],
      ['Two', '2', 'worksheets/sheet2.xml'],
      ['Three', '3', 'worksheets/sheet3.xml'],
    ]);
    expect([...rels.values()].map((r) => r.Target)).toContain('styles.xml');
    // Only the first tab is selected.
    expect(
      [1, 2, 3].map((n) => parsed[`xl/worksheets/sheet${n}.xml`]!.find((e) => e.name === 'sheetView')!.attributes),
    ).toEqual([{ workbookViewId: '0', tabSelected: '1' }, { workbookViewId: '0' }, { workbookViewId: '0' }]);
  });

  test('text reads back exactly as written: returns, spaces, escapes and markup; what XML cannot hold is left out', async () => {
    // A lone half of a surrogate pair cannot be written either; a dropped character can uncover a space.
    const rows = [...TEXTS.map((t) => [t]), ['x\u0000y\u0007z\u000b\ufffe!'], ['a\ud800b\udfff'], ['\u0001 kept']];
    const bytes = writeWorkbook([{ name: 'Text & <more>\tand a tab', rows }]);
    const [sheet] = await read(bytes);
    expect(sheet!.sheet).toBe('Text & <more>\tand a tab');
    expect(sheet!.data.map((r) => r[0])).toEqual([...TEXTS, 'xyz!', 'ab', ' kept']);
    // As written: a carriage return and a literal escape are themselves escaped; markup is escaped, not dropped.
    const xml = parts(bytes)['xl/worksheets/sheet1.xml']!;
    expect(xml).toContain('<t>a_x000D_\nb</t>');
    expect(xml).toContain('<t>_x005F_x0041_x005F_x0042_</t>');
    expect(xml).toContain("<t>&lt;b&gt;&amp;amp;&lt;/b&gt; &quot;quoted&quot; 'single'</t>");
    expect(xml).toContain('<t xml:space="preserve">  two spaces before</t>');
    expect(xml).toContain('<t>_x41_ and x0041_</t>');
  });

  test('numbers are numbers; empty cells and empty text are no cell at all', async () => {
    const bytes = writeWorkbook([
      {
        name: 'N',
        rows: [
          [1, null, '', 'x'],
          [0.1 + 0.2, -0, 1e21, -3.5e-7],
          [Number.NaN, Number.POSITIVE_INFINITY],
        ],
      },
    ]);
    const cells = elements(parts(bytes)['xl/worksheets/sheet1.xml']!).filter((e) => e.name === 'c');
    expect(cells.map((c) => c.attributes.r)).toEqual(['A1', 'D1', 'A2', 'B2', 'C2', 'D2', 'A3', 'B3']);
    const [sheet] = await read(bytes);
    expect(sheet!.data).toEqual([
      [1, null, null, 'x'],
      [0.1 + 0.2, 0, 1e21, -3.5e-7],
      // Not numbers a cell can hold: written as their text rather than lost.
      ['NaN', 'Infinity', null, null],
    ]);
  });

  test('styles: one <xf> per CELL_STYLES entry, in order; each cell carries the one it asked for', () => {
    const files = parts(
      writeWorkbook([
        {
          name: 'S',
          rows: [
            ['head', 'head'],
            ['long', 0.5],
            ['short', 2],
          ],
          style: (r, c) => (r === 0 ? 'header' : r === 1 ? (c === 0 ? 'wrapTop' : 'decimal2') : undefined),
        },
      ]),
    );
    const styles = elements(files['xl/styles.xml']!);
    // Each font's boldness and each fill's colour, in order.
    const fonts: boolean[] = [];
    const fills: (string | undefined)[] = [];
    let section = '';
    for (const e of styles) {
      if (['fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs'].includes(e.name)) section = e.name;
      else if (section === 'fonts' && e.name === 'font') fonts.push(false);
      else if (section === 'fonts' && e.name === 'b') fonts[fonts.length - 1] = true;
      else if (section === 'fills' && e.name === 'fill') fills.push(undefined);
      else if (section === 'fills' && e.name === 'fgColor') fills[fills.length - 1] = e.attributes.rgb;
    }
    const cellXfs = styles.slice(styles.findIndex((e) => e.name === 'cellXfs'));
    const xfs: { attributes: Record<string, string>; alignment?: Record<string, string> }[] = [];
    for (const e of cellXfs.slice(1)) {
      if (e.name === 'xf') xfs.push({ attributes: e.attributes });
      else if (e.name === 'alignment') xfs[xfs.length - 1]!.alignment = e.attributes;
      else break;
    }
    expect(xfs).toHaveLength(Object.keys(CELL_STYLES).length);
    const byName = Object.fromEntries(Object.keys(CELL_STYLES).map((k, i) => [k, xfs[i]!]));
    expect(byName.plain).toEqual({ attributes: { numFmtId: '0', fontId: '0' } });
    expect(fonts).toEqual([false, true]);
    expect(fonts[Number(byName.header!.attributes.fontId)]).toBe(true);
    expect(fills[Number(byName.header!.attributes.fillId)]).toBe('FFE8EEF7');
    expect(byName.header!.alignment).toEqual({ vertical: 'top', wrapText: '1' });
    expect(byName.top!.alignment).toEqual({ vertical: 'top' });
    expect(byName.wrapTop!.alignment).toEqual({ vertical: 'top', wrapText: '1' });
    expect(byName.decimal2!.attributes).toMatchObject({ numFmtId: '2', applyNumberFormat: '1' });
    const index = (k: keyof typeof CELL_STYLES) => String(Object.keys(CELL_STYLES).indexOf(k));
    const cells = elements(files['xl/worksheets/sheet1.xml']!).filter((e) => e.name === 'c');
    expect(cells.map((c) => [c.attributes.r, c.attributes.s])).toEqual([
      ['A1', index('header')],
      ['B1', index('header')],
      ['A2', index('wrapTop')],
      ['B2', index('decimal2')],
      ['A3', undefined],
      ['B3', undefined],
    ]);
  });

  test('widths and frozen panes', () => {
    const pane = (sheet: Worksheet) =>
      elements(parts(writeWorkbook([sheet]))['xl/worksheets/sheet1.xml']!)
        .filter((e) => e.name === 'pane' || e.name === 'col')
        .map((e) => e.attributes);
    expect(pane({ name: 'A', rows: [['x']], widths: [12, 60], frozen: { rows: 1, columns: 1 } })).toEqual([
      { xSplit: '1', ySplit: '1', topLeftCell: 'B2', activePane: 'bottomRight', state: 'frozen' },
      { min: '1', max: '1', width: '12', customWidth: '1' },
      { min: '2', max: '2', width: '60', customWidth: '1' },
    ]);
    expect(pane({ name: 'A', rows: [['x']], frozen: { rows: 2, columns: 0 } })).toEqual([
      { ySplit: '2', topLeftCell: 'A3', activePane: 'bottomLeft', state: 'frozen' },
    ]);
    expect(pane({ name: 'A', rows: [['x']], frozen: { rows: 0, columns: 3 } })).toEqual([
      { xSplit: '3', topLeftCell: 'D1', activePane: 'topRight', state: 'frozen' },
    ]);
    expect(pane({ name: 'A', rows: [['x']] })).toEqual([]);
  });

  test('the same sheets make the same bytes, whenever they are written', () => {
    const sheets: Worksheet[] = [{ name: 'A', rows: TEXTS.map((t, i) => [t, i]), frozen: { rows: 1, columns: 1 } }];
    vi.useFakeTimers();
    try {
      vi.setSystemTime(new Date(2026, 0, 1, 9, 30));
      const a = writeWorkbook(sheets);
      vi.setSystemTime(new Date(2031, 6, 15, 17, 45, 12));
      expect(Buffer.from(writeWorkbook(sheets)).equals(Buffer.from(a))).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});
