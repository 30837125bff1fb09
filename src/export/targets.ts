import { FRAPPE_APPRAISAL_TEMPLATE_COLUMNS, FRAPPE_DATA_MAX, FRAPPE_DESIGNATION_COLUMNS } from './frappe.js';
import { FRAPPE_KRA_COLUMNS, FRAPPE_SKILL_COLUMNS } from './frappe.js';
import { ODOO_DEPARTMENT_COLUMNS, ODOO_JOB_COLUMNS, ODOO_JOB_SKILL_COLUMNS, ODOO_SKILL_TYPE_COLUMNS } from './odoo.js';
import { ORANGEHRM_LIMITS } from './orangehrm.js';
import { Catalog } from '../catalog/catalog.js';
import { catalogSheets, EXCEL_CELL_LIMIT, headerRow } from './sheets.js';
import type { ExportFormat } from './types.js';

/** What one export target writes, for programs that check or map its files: the header row of each CSV, its limits. */
export interface ExportTarget {
  /** The header row of each CSV file the target writes, by file name (`hr.job.csv`, `Skill.csv`, `duties.csv` …). */
  columns: Readonly<Record<string, readonly string[]>>;
  /** Lengths and sizes the receiving tool refuses or cuts beyond, by what they apply to. */
  limits: Readonly<Record<string, number>>;
}

/** The header row of each sheet's CSV file (bilingual headers; the similarity matrix's columns are the roles). */
const sheetColumns = (): Record<string, string[]> =>
  Object.fromEntries(
    catalogSheets(Catalog.empty(), [])
      .filter((s) => s.key !== 'matrix')
      .map((s) => [`${s.key}.csv`, headerRow(s)]),
  );

const TARGETS: Readonly<Record<Exclude<ExportFormat, 'csv'>, ExportTarget>> = {
  json: { columns: {}, limits: {} },
  jsonld: { columns: {}, limits: {} },
  jdx: { columns: {}, limits: {} },
  odoo: {
    columns: {
      'hr.job.csv': ODOO_JOB_COLUMNS,
      'hr.department.csv': ODOO_DEPARTMENT_COLUMNS,
      'hr.skill.type.csv': ODOO_SKILL_TYPE_COLUMNS,
      'hr.job.skills.csv': ODOO_JOB_SKILL_COLUMNS,
    },
    limits: {},
  },
  frappe: {
    columns: {
      'Skill.csv': FRAPPE_SKILL_COLUMNS,
      'KRA.csv': FRAPPE_KRA_COLUMNS,
      'Appraisal Template.csv': FRAPPE_APPRAISAL_TEMPLATE_COLUMNS,
      'Designation.csv': FRAPPE_DESIGNATION_COLUMNS,
    },
    limits: { data: FRAPPE_DATA_MAX },
  },
  orangehrm: { columns: {}, limits: ORANGEHRM_LIMITS },
  xlsx: { columns: {}, limits: { cell: EXCEL_CELL_LIMIT } },
};

/** An export target's columns and limits: the HR tool's import format as rolematrix writes it. */
export function exportTarget(format: ExportFormat): ExportTarget {
  return format === 'csv' ? { columns: sheetColumns(), limits: { cell: EXCEL_CELL_LIMIT } } : TARGETS[format];
}
