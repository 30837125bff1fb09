import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { Catalog } from '../../src/catalog/catalog.js';
import { catalog, catalogSources } from '../../src/catalog/shipped.js';
import {
  FRAPPE_APPRAISAL_TEMPLATE_COLUMNS,
  FRAPPE_DESIGNATION_COLUMNS,
  FRAPPE_KRA_COLUMNS,
  FRAPPE_SKILL_COLUMNS,
} from '../../src/export/frappe.js';
import { exportCatalog, type ExportResult } from '../../src/export/index.js';
import { parseSources } from '../../src/load/parse.js';
import { loadDocuments } from '../../src/catalog/load.js';
import type { Role } from '../../src/model/index.js';

/** Parses with csv-parse (not the papaparse that wrote it). */
const read = (r: ExportResult, name: string): string[][] => {
  const file = r.files.find((f) => f.name === name);
  if (file === undefined) throw new Error(`no ${name} in ${r.files.map((f) => f.name).join(', ')}`);
  const rows: string[][] = parse(String(file.content), { relax_column_count: false });
  return rows;
};

/**
 * Groups Data Import rows into documents the way Frappe does: a row with any parent column filled starts a document.
 */
const documentsOf = (rows: string[][], parentColumns: number): string[][][] => {
  const out: string[][][] = [];
  for (const row of rows.slice(1)) {
    if (row.slice(0, parentColumns).some((c) => c !== '')) out.push([row]);
    else out.at(-1)!.push(row);
  }
  return out;
};

const load = (path: string) => {
  const files = [{ path, text: readFileSync(path, 'utf8') }];
  return { ...loadDocuments(files), documents: parseSources(files) };
};
const WEIGHTS = 'tests/fixtures/export/frappe-weights.yaml';
const NAMES = 'tests/fixtures/export/frappe-names.yaml';
const weights = load(WEIGHTS);
const names = load(NAMES);

describe('Frappe HRMS export of the shipped catalog (English)', async () => {
  const r = await exportCatalog(catalog, 'frappe', { documents: parseSources(catalogSources) });
  const designations = documentsOf(read(r, 'Designation.csv'), 3);
  const templates = documentsOf(read(r, 'Appraisal Template.csv'), 2);

  test('writes the four Data Import files in import order, without a diagnostic', () => {
    expect(r.diagnostics).toEqual([]);
    expect(r.files.map((f) => f.name)).toEqual(['Skill.csv', 'KRA.csv', 'Appraisal Template.csv', 'Designation.csv']);
  });

  test('headers are the field labels the Data Import matches; no BOM (older Frappe keeps it in the first header); CRLF records', () => {
    const heads = r.files.map((f) => String(f.content).split('\r\n')[0]);
    expect(heads).toEqual([
      'Skill Name,Description',
      'Title,Description',
      'Appraisal Template Title,description,KRA (KRAs),Weightage (%) (KRAs)',
      'Designation,Description,Appraisal Template,Skill (Skills)',
    ]);
    expect(read(r, 'Skill.csv')[0]).toEqual([...FRAPPE_SKILL_COLUMNS]);
    expect(read(r, 'KRA.csv')[0]).toEqual([...FRAPPE_KRA_COLUMNS]);
    expect(read(r, 'Appraisal Template.csv')[0]).toEqual([...FRAPPE_APPRAISAL_TEMPLATE_COLUMNS]);
    expect(read(r, 'Designation.csv')[0]).toEqual([...FRAPPE_DESIGNATION_COLUMNS]);
    for (const f of r.files) expect(String(f.content).charCodeAt(0)).not.toBe(0xfeff);
  });

  test('one designation per role; its first skill on its own row, the other skills on the following rows with the parent columns empty', () => {
    expect(designations).toHaveLength(catalog.roles.size);
    const csr = designations.find((d) => d[0]![0] === 'Customer Service Representative')!;
    expect(csr[0]).toEqual([
      'Customer Service Representative',
      'A front-line post whose core job is answering customer enquiries and solving their problems: handling questions and complaints, suggesting products or services, following up on feedback and coordinating with other departments so every customer issue is seen through to the end.\n\n' +
        'Duties:\n' +
        "• Handling customer enquiries: Answers customers' questions about products, services, orders and policies.\n" +
        '• Solving customer problems: Finds the cause of the problem and provides a fix, coordinating and chasing other departments when their help is needed.\n' +
        '• Product advice and feedback follow-up: Recommends products or services to suit the customer and records and follows up their feedback.',
      'Customer Service Representative',
      'Communication',
    ]);
    expect(csr.slice(1)).toEqual(
      [
        'Active listening',
        'Problem solving',
        'Product knowledge',
        'Basic computer skills',
        'Customer service system operation',
      ].map((s) => ['', '', '', s]),
    );
  });

  test('one appraisal template per role: its KPIs as KRAs with the KPI weights, summing to exactly 100', () => {
    expect(templates).toHaveLength(catalog.roles.size);
    const csr = templates.find((t) => t[0]![0] === 'Customer Service Representative')!;
    expect(csr).toEqual([
      [
        'Customer Service Representative',
        'KPIs of the role "Customer Service Representative" (rolematrix role id customer-service-representative).',
        'Customer satisfaction',
        '30',
      ],
      ['', '', 'Problem resolution time', '20'],
      ['', '', 'Work efficiency', '20'],
      ['', '', 'Service attitude', '15'],
      ['', '', 'Work initiative', '15'],
    ]);
    for (const t of templates) expect(t.reduce((sum, row) => sum + Number(row[3]), 0)).toBe(100);
  });

  test('every link resolves inside the export: KRAs, skills and templates the other files create', () => {
    const kras = new Set(
      read(r, 'KRA.csv')
        .slice(1)
        .map((x) => x[0]),
    );
    const skills = new Set(
      read(r, 'Skill.csv')
        .slice(1)
        .map((x) => x[0]),
    );
    const titles = new Set(templates.map((t) => t[0]![0]));
    for (const t of templates) for (const row of t) expect(kras.has(row[2])).toBe(true);
    for (const d of designations) {
      expect(titles.has(d[0]![2])).toBe(true);
      for (const row of d) expect(skills.has(row[3])).toBe(true);
    }
    const usedKpis = new Set(catalog.list().flatMap((role) => (role.kpis ?? []).map((k) => k.ref)));
    expect(kras.size).toBe(usedKpis.size);
    expect(read(r, 'KRA.csv').slice(1)).toHaveLength(usedKpis.size);
    expect(read(r, 'KRA.csv')[1]).toEqual([
      'Customer satisfaction',
      'Share of surveyed customers who say they are satisfied with the service.',
    ]);
    expect(read(r, 'Skill.csv').find((x) => x[0] === 'Active listening')).toEqual([
      'Active listening',
      'Hearing the other person out and picking up their real need and pain point.',
    ]);
  });
});

describe('Frappe HRMS export in Chinese', async () => {
  const r = await exportCatalog(catalog, 'frappe', { lang: 'zh' });

  test('headers stay the English field labels; values are Chinese', () => {
    expect(r.diagnostics).toEqual([]);
    const rows = read(r, 'Designation.csv');
    expect(rows[0]).toEqual([...FRAPPE_DESIGNATION_COLUMNS]);
    const csr = rows.find((x) => x[0] === '客户服务代表')!;
    expect(csr[1]!.split('\n').slice(-4)).toEqual([
      '岗位职责：',
      '• 处理客户咨询：答复客户关于产品、服务、订单和政策的疑问。',
      '• 解决客户问题：查明问题原因并给出解决办法，需要其他部门配合时负责协调和跟进。',
      '• 产品建议与反馈跟进：根据客户情况提供产品或服务建议，记录并跟进客户反馈。',
    ]);
    expect(csr.slice(2)).toEqual(['客户服务代表', '沟通表达']);
    expect(
      read(r, 'Appraisal Template.csv')
        .find((x) => x[0] === '客户服务代表')
        ?.slice(1),
    ).toEqual([
      '岗位「客户服务代表」的绩效指标（rolematrix 岗位编号 customer-service-representative）。',
      '客户满意度',
      '30',
    ]);
  });
});

describe('Frappe HRMS weightages', () => {
  test('weights summing to 99, KPIs without weights and a KPI missing its weight are errors on the KPIs; no file is written', async () => {
    const r = await exportCatalog(weights.catalog, 'frappe', { documents: weights.documents });
    expect(r.files).toEqual([]);
    expect(r.diagnostics.map((d) => [d.code, d.severity, d.path, d.line, d.column])).toEqual([
      ['EXPORT_WEIGHTS_SUM', 'error', 'kpis', 44, 3],
      ['EXPORT_WEIGHTS_SUM', 'error', 'kpis', 58, 3],
      ['EXPORT_WEIGHTS_SUM', 'error', 'kpis[1]', 72, 5],
      ['EXPORT_MISSING_VALUE', 'info', '', 74, 1],
    ]);
    expect(r.diagnostics.every((d) => d.file === WEIGHTS)).toBe(true);
    expect(r.diagnostics.map((d) => d.message.split('.')[0])).toEqual([
      'The KPI weights of the role sum to 99, not 100',
      "None of the role's 2 KPIs has a weight",
      'The KPI "First contact resolution" has no weight',
      'The role has no KPIs, so no appraisal template is written for it and its designation links none',
    ]);
    expect(r.diagnostics[0]!.hint).toBe('Change the weights so that they sum to 100 (they are short by 1).');
    expect(r.diagnostics[0]!.zh.message).toBe(
      '该岗位绩效指标的权重合计为 99，不是 100。Frappe HRMS 的考核模板要求每个 KRA 都有权重，且合计正好为 100。',
    );
  });

  test('a catalog built in code (no loader check, no YAML) still gets the error, pointing at the role file', async () => {
    const role = catalog.find('customer-service-representative')!;
    const heavy: Role = { ...role, kpis: role.kpis!.map((k, i) => (i === 0 ? { ...k, weight: 31 } : k)) };
    const built = new Catalog({
      roles: new Map([[role.id, heavy]]),
      vocabularies: catalog.vocabularies,
      sources: catalog.sources,
    });
    const r = await exportCatalog(built, 'frappe');
    expect(r.files).toEqual([]);
    expect(r.diagnostics.map((d) => [d.code, d.file, d.path, d.message.split('.')[0], d.hint])).toEqual([
      [
        'EXPORT_WEIGHTS_SUM',
        catalog.sources.get(role.id),
        'kpis',
        'The KPI weights of the role sum to 101, not 100',
        'Change the weights so that they sum to 100 (they are over by 1).',
      ],
    ]);
  });

  test('fractional weights that sum to 100 pass; a role without KPIs gets a designation without a template', async () => {
    const r = await exportCatalog(weights.catalog, 'frappe', {
      roles: ['fractional', 'no-kpis'],
      documents: weights.documents,
    });
    expect(r.diagnostics.map((d) => [d.code, d.severity])).toEqual([['EXPORT_MISSING_VALUE', 'info']]);
    expect(read(r, 'Appraisal Template.csv').slice(1)).toEqual([
      [
        'Fractional Weights',
        'KPIs of the role "Fractional Weights" (rolematrix role id fractional).',
        'Customer satisfaction',
        '60.5',
      ],
      ['', '', 'First contact resolution', '39.5'],
    ]);
    expect(read(r, 'KRA.csv').slice(1)).toEqual([
      ['Customer satisfaction', 'Share of satisfied customers.'],
      ['First contact resolution', ''],
    ]);
    expect(read(r, 'Designation.csv').slice(1)).toEqual([
      ['Fractional Weights', 'Answers customer enquiries.', 'Fractional Weights', 'Communication'],
      ['', '', '', 'Active listening'],
      ['No KPIs', 'Answers customer enquiries.', '', ''],
    ]);
    expect(read(r, 'Skill.csv').slice(1)).toEqual([
      ['Communication', 'Getting information across clearly.'],
      ['Active listening', ''],
    ]);
  });
});

describe('Frappe HRMS names', () => {
  test('a designation name repeated in another case, or over 140 characters, is an error on the title; no file is written', async () => {
    expect(names.diagnostics).toEqual([]);
    const r = await exportCatalog(names.catalog, 'frappe', { documents: names.documents });
    expect(r.files).toEqual([]);
    const errors = r.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => [d.code, d.file, d.path, d.line, d.column])).toEqual([
      ['EXPORT_DUPLICATE', NAMES, 'title.en', 47, 25],
      ['EXPORT_TOO_LONG', NAMES, 'title.en', 56, 23],
    ]);
    expect(errors[0]!.message).toBe(
      'The designation name "support agent" is also the designation name of role "agent-one"; Frappe HRMS keeps it unique, so this record would be refused.',
    );
    expect(errors[1]!.message).toBe(
      'The designation name has 141 characters, but Frappe HRMS holds at most 140; it would be refused or cut.',
    );
  });

  test('each name alone exports (names are unique per export, not per role)', async () => {
    const r = await exportCatalog(names.catalog, 'frappe', { roles: ['agent-two'] });
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(read(r, 'Designation.csv')[1]![0]).toBe('support agent');
    expect(r.files.map((f) => f.name)).toEqual(['Designation.csv']);
  });
});
