import { badArgument } from '../errors.js';
import { readJson, type ImportOptions } from './json.js';
import { IMPORT_FORMATS, type ImportFormat, type ImportInput, type ImportResult } from './types.js';

/**
 * Reads import files (the canonical JSON export, or the CSV/XLSX sheets `rolematrix export csv|xlsx` writes) back into
 * rolematrix documents, with every problem located in the import files. Roles come back resolved; `planImport` turns
 * them into YAML files (deltas for roles that extend another, comments of existing files kept).
 */
export async function importDocuments(
  inputs: readonly ImportInput[],
  from: ImportFormat,
  options: ImportOptions = {},
): Promise<ImportResult> {
  for (const input of inputs)
    if (
      input === null ||
      typeof input !== 'object' ||
      typeof input.file !== 'string' ||
      !(typeof input.data === 'string' || input.data instanceof Uint8Array)
    )
      throw badArgument('importDocuments', 'inputs[]', '{ file: string, data: string | Uint8Array }', input);
  if (!(IMPORT_FORMATS as readonly string[]).includes(from)) {
    throw new TypeError(`Unknown import format "${String(from)}"; one of ${IMPORT_FORMATS.join(', ')}.`);
  }
  if (from === 'json') return readJson(inputs, options);
  // Loaded on demand: the spreadsheet readers are only needed for CSV and XLSX.
  const { readSheets } = await import('./sheets.js');
  return readSheets([...inputs], from, options.catalog);
}

export { IMPORT_FORMATS } from './types.js';
export type { ImportFormat, ImportInput, ImportResult, ImportedDocument, ImportedKind } from './types.js';
export type { ImportOptions } from './json.js';
