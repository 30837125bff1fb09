// The Node workbook writer (src/node/xlsx.ts): the same workbook as the universal build's, zipped on this thread.
import { unzipSync } from 'fflate';
import readExcelFile from 'read-excel-file/universal';
import { afterEach, expect, test } from 'vitest';
import { catalog } from '../../src/catalog/shipped.js';
import { exportCatalog } from '../../src/export/index.js';
import { sheetName } from '../../src/export/sheets.js';
import { setWorkbookWriter } from '../../src/export/xlsx.js';
import { useNodeWorkbookWriter } from '../../src/node/xlsx.js';

afterEach(() => setWorkbookWriter(undefined));

const workbook = async () => (await exportCatalog(catalog, 'xlsx', { lang: 'zh' })).files[0]!.content as Uint8Array;

/**
 * Whether the zip's entries were streamed: the Node build's zip streams them, each followed by a data descriptor
 * (bit 3 of a local header's flags); the universal build's knows each size before it writes the entry.
 */
function streamed(zip: Uint8Array): boolean[] {
  const out: boolean[] = [];
  for (let i = 0; i + 8 < zip.length; i++)
    if (zip[i] === 0x50 && zip[i + 1] === 0x4b && zip[i + 2] === 3 && zip[i + 3] === 4)
      out.push((zip[i + 6]! & 8) !== 0);
  return out;
}

test('useNodeWorkbookWriter writes the same files into the workbook, zipped its own way; false goes back', async () => {
  const universal = await workbook();
  useNodeWorkbookWriter();
  const node = await workbook();
  // The zips differ (the Node build streams its entries), the files in them do not.
  expect(new Set(streamed(universal))).toEqual(new Set([false]));
  expect(new Set(streamed(node))).toEqual(new Set([true]));
  const [a, b] = [unzipSync(universal), unzipSync(node)];
  expect(Object.keys(b).sort()).toEqual(Object.keys(a).sort());
  for (const name of Object.keys(a)) expect(Buffer.from(b[name]!).equals(Buffer.from(a[name]!)), name).toBe(true);
  const sheets = await readExcelFile(
    node.buffer.slice(node.byteOffset, node.byteOffset + node.byteLength) as ArrayBuffer,
  );
  expect(sheets[0]!.sheet).toBe(sheetName('roles'));
  expect(sheets[0]!.data[0]![0]).toBe('编号 / Id');
  useNodeWorkbookWriter(false);
  expect(new Set(streamed(await workbook()))).toEqual(new Set([false]));
});
