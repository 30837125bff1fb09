import type { Catalog } from '../catalog/catalog.js';
import type { CliIO, CommonOptions } from './io.js';

export interface ReportCommandOptions extends CommonOptions {
  out: string | undefined;
}

/** Placeholder: `report [--out report.html] [roles…]`. */
export function reportCommand(_io: CliIO, _opts: ReportCommandOptions, _catalog: Catalog, _ids: readonly string[]): number {
  throw new Error('report is not written yet');
}
