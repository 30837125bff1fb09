import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { catalog, catalogSources } from '../../src/catalog/shipped.js';
import { exportCatalog, type ExportResult } from '../../src/export/index.js';
import {
  ODOO_DEPARTMENT_COLUMNS,
  ODOO_JOB_COLUMNS,
  ODOO_JOB_SKILL_COLUMNS,
  ODOO_SKILL_TYPE_COLUMNS,
  odooXmlId,
} from '../../src/export/odoo.js';
import { parseSources } from '../../src/load/parse.js';
import { loadDocuments } from '../../src/catalog/load.js';

/** Parses with csv-parse (not the papaparse that wrote it), dropping the BOM. */
const read = (r: ExportResult, name: string): string[][] => {
  const file = r.files.find((f) => f.name === name);
  if (file === undefined) throw new Error(`no ${name} in ${r.files.map((f) => f.name).join(', ')}`);
  const rows: string[][] = parse(String(file.content), { bom: true, relax_column_count: false });
  return rows;
};
const text = (r: ExportResult, name: string): string => String(r.files.find((f) => f.name === name)?.content);

const FIXTURE = 'tests/fixtures/export/odoo-jobs.yaml';
const fixtureFiles = [{ path: FIXTURE, text: readFileSync(FIXTURE, 'utf8') }];
const fixture = loadDocuments(fixtureFiles);
const documents = parseSources(fixtureFiles);

describe('Odoo export of the shipped catalog (English)', async () => {
  const r = await exportCatalog(catalog, 'odoo', { documents: parseSources(catalogSources) });

  test('writes the department, job and skill files without any diagnostic', () => {
    expect(r.diagnostics).toEqual([]);
    expect(r.files.map((f) => f.name)).toEqual([
      'hr.department.csv',
      'hr.job.csv',
      'hr.skill.type.csv',
      'hr.job.skills.csv',
    ]);
    expect(r.files.every((f) => f.mediaType === 'text/csv;charset=utf-8')).toBe(true);
  });

  test('hr.job.csv: a BOM, the import columns, CRLF records, one record per role', () => {
    const csv = text(r, 'hr.job.csv');
    expect(csv.startsWith('\uFEFFid,name,department_id,description,requirements\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = read(r, 'hr.job.csv');
    expect(rows[0]).toEqual([...ODOO_JOB_COLUMNS]);
    expect(rows).toHaveLength(1 + catalog.roles.size);
    expect(new Set(rows.slice(1).map((row) => row[0])).size).toBe(catalog.roles.size);
  });

  test('one job position, cell by cell: External ID, name, department by name, HTML description, plain requirements', () => {
    const row = read(r, 'hr.job.csv').find((x) => x[0] === 'rolematrix.job_customer_service_representative');
    expect(row).toEqual([
      'rolematrix.job_customer_service_representative',
      'Customer Service Representative',
      'Customer service',
      '<p>A front-line post whose core job is answering customer enquiries and solving their problems: handling questions and complaints, suggesting products or services, following up on feedback and coordinating with other departments so every customer issue is seen through to the end.</p>' +
        '<h3>Duties</h3><ul>' +
        '<li><strong>Handling customer enquiries</strong>: Answers customers&#39; questions about products, services, orders and policies.</li>' +
        '<li><strong>Solving customer problems</strong>: Finds the cause of the problem and provides a fix, coordinating and chasing other departments when their help is needed.</li>' +
        '<li><strong>Product advice and feedback follow-up</strong>: Recommends products or services to suit the customer and records and follows up their feedback.</li></ul>',
      'Education: Secondary school or higher (The sources set no level; an associate degree is a plus.)\n' +
        'Experience in: Customer service experience preferred\n' +
        'Skills: Communication (Advanced), Active listening (Working), Problem solving (Working), Product knowledge (Working), Basic computer skills (Working), Customer service system operation (Working)\n' +
        'Traits: Patience, Attention to detail, Sense of responsibility, Service mindset\n' +
        'Tools and methods: Customer service system, CRM system',
    ]);
  });

  test('hr.department.csv: one department per job family, named by the family label', () => {
    expect(read(r, 'hr.department.csv')).toEqual([
      [...ODOO_DEPARTMENT_COLUMNS],
      ['rolematrix.department_customer_relationship', 'Customer relationship'],
      ['rolematrix.department_customer_service', 'Customer service'],
      ['rolematrix.department_project_management', 'Project management'],
    ]);
    // Every job names a department the file defines (by name, so an existing department of that name is used too).
    const departments = new Set(
      read(r, 'hr.department.csv')
        .slice(1)
        .map((x) => x[1]),
    );
    for (const row of read(r, 'hr.job.csv').slice(1)) expect(departments.has(row[2])).toBe(true);
  });

  test('hr.skill.type.csv: one skill type on the first row, its skills as one2many lines below with the type columns empty', () => {
    const rows = read(r, 'hr.skill.type.csv');
    const used = new Set(catalog.list().flatMap((role) => (role.qualifications?.skills ?? []).map((s) => s.ref)));
    expect(rows[0]).toEqual([...ODOO_SKILL_TYPE_COLUMNS]);
    expect(rows).toHaveLength(1 + used.size);
    expect(rows[1]).toEqual([
      'rolematrix.skill_type_role',
      'Role skills',
      'rolematrix.skill_relationship_management',
      'Customer relationship management',
    ]);
    for (const row of rows.slice(2)) expect(row.slice(0, 2)).toEqual(['', '']);
    expect(rows.find((x) => x[2] === 'rolematrix.skill_listening')?.[3]).toBe('Active listening');
  });

  test('hr.job.skills.csv: Expected Skills as comma-separated External IDs without spaces, each defined in hr.skill.type.csv', () => {
    const rows = read(r, 'hr.job.skills.csv');
    expect(rows[0]).toEqual([...ODOO_JOB_SKILL_COLUMNS]);
    expect(rows.find((x) => x[0] === 'rolematrix.job_customer_service_representative')).toEqual([
      'rolematrix.job_customer_service_representative',
      'rolematrix.skill_communication,rolematrix.skill_listening,rolematrix.skill_problem_solving,rolematrix.skill_product_knowledge,rolematrix.skill_computer_literacy,rolematrix.skill_customer_service_software',
    ]);
    const skills = new Set(
      read(r, 'hr.skill.type.csv')
        .slice(1)
        .map((x) => x[2]),
    );
    for (const row of rows.slice(1)) for (const id of row[1]!.split(',')) expect(skills.has(id)).toBe(true);
  });
});

describe('Odoo export in Chinese', async () => {
  const r = await exportCatalog(catalog, 'odoo', { lang: 'zh' });

  test('names, department, description and requirements are Chinese; ids and columns stay the same', () => {
    expect(r.diagnostics).toEqual([]);
    const row = read(r, 'hr.job.csv').find((x) => x[0] === 'rolematrix.job_customer_service_representative')!;
    expect(row.slice(0, 3)).toEqual(['rolematrix.job_customer_service_representative', '客户服务代表', '客户服务']);
    expect(row[3]).toContain(
      '<h3>岗位职责</h3><ul><li><strong>处理客户咨询</strong>：答复客户关于产品、服务、订单和政策的疑问。</li>',
    );
    expect(row[4]!.split('\n')[0]).toBe('学历：高中/中专及以上（来源未规定学历，大专更佳。）');
    expect(read(r, 'hr.department.csv')[2]).toEqual(['rolematrix.department_customer_service', '客户服务']);
    expect(read(r, 'hr.skill.type.csv')[1]!.slice(0, 2)).toEqual(['rolematrix.skill_type_role', '岗位技能']);
  });
});

describe('Odoo limits and escaping', () => {
  test('the fixture loads cleanly', () => {
    expect(fixture.diagnostics).toEqual([]);
  });

  test('a second job with the same name in the same department is an error on its title, and no file is written', async () => {
    const r = await exportCatalog(fixture.catalog, 'odoo', { documents });
    expect(r.files).toEqual([]);
    expect(r.diagnostics.map((d) => [d.code, d.severity, d.file, d.path, d.line, d.column])).toEqual([
      ['EXPORT_DUPLICATE', 'error', FIXTURE, 'title.en', 58, 22],
    ]);
    expect(r.diagnostics[0]!.message).toBe(
      'The job position name "Team Lead" is also the job position name of role "lead-service" in the department "Customer service"; Odoo keeps it unique, so this record would be refused.',
    );
    expect(r.diagnostics[0]!.zh.message).toContain('「Team Lead」');
  });

  test('the same name in another department, or differing in case, is allowed (the constraint is per department, and exact)', async () => {
    const r = await exportCatalog(fixture.catalog, 'odoo', { roles: ['lead-service', 'lead-project', 'lead-lower'] });
    expect(r.diagnostics).toEqual([]);
    expect(
      read(r, 'hr.job.csv')
        .slice(1)
        .map((x) => [x[1], x[2]]),
    ).toEqual([
      ['team lead', 'Customer service'],
      ['Team Lead', 'Customer service'],
      ['Team Lead', 'Project management'],
    ]);
  });

  test('a title with <script> stays plain text in the name and is escaped in the HTML description', async () => {
    const r = await exportCatalog(fixture.catalog, 'odoo', { roles: ['script-title'] });
    expect(r.diagnostics).toEqual([]);
    const row = read(r, 'hr.job.csv')[1]!;
    expect(row[1]).toBe('<script>alert(1)</script> Agent');
    expect(row[3]).toBe(
      '<p>Handles &lt;b&gt;enquiries&lt;/b&gt; &amp; complaints.</p><h3>Duties</h3><ul><li><strong>Triage &lt;i&gt;tickets&lt;/i&gt;</strong>: Routes by the A&amp;B rules.</li></ul>',
    );
    // A role without skills brings no skill files.
    expect(r.files.map((f) => f.name)).toEqual(['hr.department.csv', 'hr.job.csv']);
  });

  test.each([
    ['job', 'customer-service-representative', 'rolematrix.job_customer_service_representative'],
    ['department', 'project-management', 'rolematrix.department_project_management'],
    ['skill', 'problem-solving', 'rolematrix.skill_problem_solving'],
  ] as const)('odooXmlId(%s, %s) is %s: a module and a name of letters, digits and underscores', (kind, id, xmlId) => {
    expect(odooXmlId(kind, id)).toBe(xmlId);
    expect(odooXmlId(kind, id)).toMatch(/^[a-z]+\.[a-z0-9_]+$/);
  });
});

describe('values that start like a formula', () => {
  const FILES = [
    {
      path: 'formula.yaml',
      text: `apiVersion: rolematrix/v1
kind: Vocabulary
vocabulary: families
entries:
  - { id: ops, label: { zh: 运营, en: "=Operations" } }
---
apiVersion: rolematrix/v1
kind: Vocabulary
vocabulary: skills
entries:
  - { id: plus, label: { zh: 加法, en: "+Plus skills" } }
---
apiVersion: rolematrix/v1
kind: Role
id: night
title: { zh: 夜班组长, en: "-Night shift lead" }
family: ops
level: staff
orientation: operations
summary: { zh: 带领夜班。, en: "- leads the night shift" }
qualifications:
  skills: [{ ref: plus, level: basic }]
`,
    },
  ];
  const small = loadDocuments(FILES);

  test('Odoo: each is a warning at its value saying the apostrophe would be imported; the files are written', async () => {
    expect(small.diagnostics).toEqual([]);
    const r = await exportCatalog(small.catalog, 'odoo', { documents: parseSources(FILES) });
    expect(r.diagnostics.map((d) => [d.code, d.severity, d.file, d.path, d.line, d.column])).toEqual([
      ['EXPORT_FORMULA_ESCAPED', 'warning', 'formula.yaml', 'title.en', 16, 24],
      ['EXPORT_FORMULA_ESCAPED', 'warning', 'formula.yaml', 'family', 17, 9],
      ['EXPORT_FORMULA_ESCAPED', 'warning', 'formula.yaml', 'qualifications.skills[0].ref', 22, 19],
    ]);
    expect(r.diagnostics[0]!.message).toBe(
      'The job position name "-Night shift lead" starts with "-", which a spreadsheet would run as a formula, so the CSV file writes it with a leading apostrophe ("\'-Night shift lead"); Odoo would import the apostrophe as part of the text.',
    );
    expect(r.diagnostics[0]!.zh.message).toContain('单引号');
    expect(read(r, 'hr.job.csv')[1]!.slice(1, 3)).toEqual(["'-Night shift lead", "'=Operations"]);
  });

  test('Chinese names that do not start like a formula raise nothing', async () => {
    const r = await exportCatalog(small.catalog, 'odoo', { documents: parseSources(FILES), lang: 'zh' });
    expect(r.diagnostics).toEqual([]);
  });

  test('Frappe HRMS: the designation name and the description (the summary) are warned about too', async () => {
    const r = await exportCatalog(small.catalog, 'frappe', { documents: parseSources(FILES) });
    expect(
      r.diagnostics.filter((d) => d.code === 'EXPORT_FORMULA_ESCAPED').map((d) => [d.path, d.line, d.column]),
    ).toEqual([
      ['title.en', 16, 24],
      ['summary.en', 20, 27],
      ['qualifications.skills[0].ref', 22, 19],
    ]);
  });
});
