import type { Catalog } from '../catalog/catalog.js';
import { fileDiagnostic, hasErrors, sortDiagnostics, type Diagnostic } from '../errors.js';
import { suggestion } from '../load/suggest.js';
import type { Role } from '../model/index.js';
import { exportJson } from './canonical.js';
import { exportContext } from './context.js';
import { exportCsv } from './csv.js';
import { exportFrappe } from './frappe.js';
import { exportJdx } from './jdx.js';
import { exportJsonLd } from './jsonld.js';
import { exportOdoo } from './odoo.js';
import { exportOrangeHrm } from './orangehrm.js';
import { EXPORT_FORMATS, type ExportFormat, type ExportOptions, type ExportResult, type Exporter } from './types.js';
import { exportXlsx } from './xlsx.js';

const EXPORTERS: Record<ExportFormat, Exporter> = {
  json: exportJson,
  jsonld: exportJsonLd,
  jdx: exportJdx,
  odoo: exportOdoo,
  frappe: exportFrappe,
  orangehrm: exportOrangeHrm,
  xlsx: exportXlsx,
  csv: exportCsv,
};

/**
 * Exports the catalog (or the roles in `options.roles`) for an HR tool or standard. Each target checks its own limits
 * first; when anything would be rejected, the result has diagnostics and no files.
 */
export async function exportCatalog(
  catalog: Catalog,
  format: ExportFormat,
  options: ExportOptions = {},
): Promise<ExportResult> {
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
    throw new TypeError(`Unknown export format "${String(format)}"; one of ${EXPORT_FORMATS.join(', ')}.`);
  }
  const diagnostics: Diagnostic[] = [];
  let roles: Role[] = catalog.list();
  if (options.roles !== undefined && options.roles.length > 0) {
    const picked: Role[] = [];
    for (const id of options.roles) {
      const role = catalog.find(id);
      if (role !== undefined) {
        if (!picked.includes(role)) picked.push(role);
        continue;
      }
      diagnostics.push(
        fileDiagnostic(
          '<arguments>',
          'EXPORT_UNKNOWN_ROLE',
          { en: `There is no role "${id}" in the catalog.`, zh: `岗位目录中没有岗位 "${id}"。` },
          suggestion(id, catalog.roles.keys()) ?? {
            en: 'Run `rolematrix list` to see the role ids.',
            zh: '运行 rolematrix list 查看岗位编号。',
          },
        ),
      );
    }
    roles = catalog.list().filter((r) => picked.includes(r));
  }
  if (hasErrors(diagnostics)) return { format, files: [], diagnostics };
  const out = await EXPORTERS[format](exportContext(catalog, roles, options));
  const all = sortDiagnostics([...diagnostics, ...out.diagnostics]);
  return { format, files: hasErrors(all) ? [] : out.files, diagnostics: all };
}

export { EXPORT_FORMATS } from './types.js';
export { exportTarget, type ExportTarget } from './targets.js';
export type { ExportFormat, ExportOptions, ExportResult, ExportFile, ExportContext } from './types.js';
