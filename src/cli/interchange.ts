import type { Catalog } from '../catalog/catalog.js';
import type { SourceDocument } from '../load/source.js';
import type { CliIO, CommonOptions } from './io.js';

export interface ExportCommandOptions extends CommonOptions {
  out: string | undefined;
  version: string;
}

/** Placeholder: `export <format> [--out dir] [roles…]`. */
export async function exportCommand(_io: CliIO, _opts: ExportCommandOptions, _catalog: Catalog, _documents: readonly SourceDocument[], _args: readonly string[]): Promise<number> {
  throw new Error('export is not written yet');
}

export interface ImportCommandOptions extends CommonOptions {
  out: string | undefined;
  from: string | undefined;
}

/** Placeholder: `import <file…> --from json|csv|xlsx [--out dir]`. */
export async function importCommand(_io: CliIO, _opts: ImportCommandOptions, _args: readonly string[]): Promise<number> {
  throw new Error('import is not written yet');
}
