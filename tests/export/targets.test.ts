import { parse } from 'csv-parse/sync';
import { expect, test } from 'vitest';
import { catalog } from '../../src/catalog/shipped.js';
import { EXPORT_FORMATS, exportCatalog, exportTarget } from '../../src/export/index.js';

test.each(EXPORT_FORMATS)(
  '%s: every CSV file the export writes has exactly the header its target declares',
  async (format) => {
    const result = await exportCatalog(catalog, format);
    const csvs = result.files.filter((f) => f.name.endsWith('.csv') && f.name !== 'matrix.csv');
    const { columns } = exportTarget(format);
    expect(csvs.map((f) => f.name).sort()).toEqual(Object.keys(columns).sort());
    for (const file of csvs) {
      const rows: string[][] = parse(String(file.content), { bom: true, relax_column_count: true, to_line: 1 });
      expect(rows[0], file.name).toEqual([...(columns[file.name] ?? [])]);
    }
  },
);

test('the limits the exports check are published with their targets', () => {
  expect(exportTarget('orangehrm').limits).toEqual({ title: 100, description: 400, note: 400 });
  expect(exportTarget('frappe').limits).toEqual({ data: 140 });
  expect(exportTarget('xlsx').limits).toEqual({ cell: 32_767 });
});
