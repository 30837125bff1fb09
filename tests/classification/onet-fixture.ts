// The O*NET fixture folder (tests/fixtures/onet/text) as the reader gets it, in the text layout and, generated from
// the same rows, in the Excel layout.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import writeExcelFile, { type Cell } from 'write-excel-file/universal';

export const TEXT = fileURLToPath(new URL('../fixtures/onet/text/', import.meta.url));

/** The fixture folder's files as the CLI hands them to the reader. */
export function textInputs(dir = TEXT): { file: string; data: Uint8Array }[] {
  return readdirSync(dir)
    .sort()
    .map((f) => ({ file: f, data: new Uint8Array(readFileSync(join(dir, f))) }));
}

/**
 * The same folder in the Excel layout: each `.txt` as an `.xlsx` workbook of one sheet, numbers as numbers, and a Title
 * column after the code where the Excel layout has one (Task Statements), which the reader must ignore.
 */
export async function excelInputs(): Promise<{ file: string; data: Uint8Array }[]> {
  const out: { file: string; data: Uint8Array }[] = [];
  for (const { file, data } of textInputs()) {
    if (!file.endsWith('.txt') || file === 'Read Me.txt') continue;
    const rows = new TextDecoder()
      .decode(data)
      .split(/\r?\n/)
      .filter((l) => l !== '')
      .map((l) => l.split('\t'));
    if (file === 'Task Statements.txt') rows.forEach((r, i) => r.splice(1, 0, i === 0 ? 'Title' : 'Some title'));
    const sheet: Cell[][] = rows.map((r, i) =>
      r.map((v): Cell =>
        i > 0 && /^-?\d+(\.\d+)?$/.test(v) ? { value: Number(v), type: Number } : { value: v, type: String },
      ),
    );
    const blob = await writeExcelFile(sheet).toBlob();
    out.push({ file: file.replace(/\.txt$/, '.xlsx'), data: new Uint8Array(await blob.arrayBuffer()) });
  }
  return out;
}
