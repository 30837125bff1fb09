import { describe, expect, test } from 'vitest';
import { catalog, catalogSources } from '../../src/catalog/shipped.js';
import { exportCatalog } from '../../src/export/index.js';
import { jdxJobDescription, type JdxJobDescription } from '../../src/export/jdx.js';
import { JdxJobDescriptionSchema } from '../../src/export/jdx-schema.js';
import { parseSources } from '../../src/load/parse.js';
import { loadDocuments } from '../../src/catalog/load.js';

const ISCED = {
  name: 'ISCED 2011',
  descriptions: ['International Standard Classification of Education (UNESCO), levels 0–8'],
  url: 'http://www.uis.unesco.org/Education/Documents/isced-2011-operational-manual.pdf',
};

async function exported(options: { lang?: 'zh' | 'en'; roles?: string[] } = {}) {
  return exportCatalog(catalog, 'jdx', { ...options, documents: parseSources(catalogSources) });
}

async function description(roleId: string, lang?: 'zh' | 'en'): Promise<JdxJobDescription> {
  const result = await exported(lang === undefined ? {} : { lang });
  const file = result.files.find((f) => f.name === `${roleId}.jdx.json`);
  if (file === undefined) throw new Error(`no file for ${roleId}`);
  return JSON.parse(file.content as string) as JdxJobDescription;
}

/**
 * Every file, checked against our encoding of the HR Open 4.3 types (src/export/jdx-schema.ts: strict objects, so a
 * property the published type does not have, or a value of the wrong shape, fails). The encoding was checked against
 * the published schema set with ajv (docs/interchange.md).
 */
function jdxProblems(doc: unknown): string[] {
  const r = JdxJobDescriptionSchema.safeParse(doc);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('HR Open JDX JobDescriptions of the shipped catalog', () => {
  test('one JSON file per role, in catalog order', async () => {
    const result = await exported();
    expect(result.files.map((f) => f.name)).toEqual(catalog.list().map((r) => `${r.id}.jdx.json`));
    expect(new Set(result.files.map((f) => f.mediaType))).toEqual(new Set(['application/json']));
  });

  test('every shipped role has duties and qualifications: no warning, one file each', async () => {
    const result = await exported();
    expect(result.diagnostics).toEqual([]);
    expect(result.files).toHaveLength(12);
  });

  test('every file, in en and zh, has only the properties and shapes of the JDX 4.3 types', async () => {
    for (const lang of ['en', 'zh'] as const) {
      const result = await exported({ lang });
      for (const f of result.files) expect(jdxProblems(JSON.parse(f.content as string)), f.name).toEqual([]);
    }
  });

  test('the encoding refuses what the published schema refuses: the shapes the export used to write', () => {
    expect(jdxProblems({ skills: [{ name: 'X', inDefinedTermSet: 'urn:rolematrix:vocabulary:skills' }] })).toEqual([
      'skills.0.inDefinedTermSet: Invalid input: expected object, received string',
    ]);
    expect(jdxProblems({ reportingRelationships: [{ name: 'Boss' }] })).toEqual([
      'reportingRelationships.0: Invalid input: expected string, received object',
    ]);
    expect(jdxProblems({ occupationCategories: [] })).toEqual([': Unrecognized key: "occupationCategories"']);
    expect(jdxProblems({ requiredExperiences: [{ duration: '3 years' }] })).toHaveLength(1);
  });

  test('call-center-agent: reporting line, skills and education; no occupation codes (JobDescriptionType has no place for them)', async () => {
    const d = await description('call-center-agent');
    expect(d.identifiers).toEqual([{ value: 'call-center-agent', schemeId: 'rolematrix' }]);
    expect(d.title).toBe('Call Center Agent');
    expect(d).not.toHaveProperty('occupationCategories');
    expect(d.reportingRelationships).toEqual(['Reports to: Customer Service Supervisor (customer-service-supervisor)']);
    expect(d.responsibilities?.[0]).toEqual({
      name: 'Handling calls and online contacts',
      termCode: 'inbound-contacts',
      descriptions: [
        'Answers customer calls, handles online chat and email, answers questions and solves the problems customers raise.',
      ],
    });
    expect(d.tasks?.slice(0, 2)).toEqual([
      { name: 'Answer inbound calls' },
      { name: 'Reply to online chats and customer emails' },
    ]);
    expect(d.skills?.map((s) => [s.termCode, s.annotation?.descriptions?.[0]])).toEqual([
      ['communication', 'Required proficiency: Advanced'],
      ['listening', 'Required proficiency: Advanced'],
      ['complaint-handling', 'Required proficiency: Working'],
      ['product-knowledge', 'Required proficiency: Advanced'],
      ['problem-solving', 'Required proficiency: Working'],
      ['computer-literacy', 'Required proficiency: Working'],
      ['customer-service-software', 'Required proficiency: Working'],
    ]);
    expect(d.competencies?.[0]).toEqual({
      name: 'Patience',
      termCode: 'patience',
      inDefinedTermSet: { name: 'Traits', url: 'urn:rolematrix:vocabulary:traits' },
      annotation: { required: true },
    });
    expect(d.technologies?.map((t) => [t.name, t.inDefinedTermSet?.url])).toEqual([
      ['Customer service system', 'urn:rolematrix:vocabulary:tools'],
      ['Satisfaction survey', 'urn:rolematrix:vocabulary:tools'],
    ]);
    expect(d.requiredEducation).toEqual([
      {
        educationLevels: [{ name: 'Secondary school', termCode: '3', inDefinedTermSet: ISCED }],
        descriptions: ['The sources set no level; secondary school is enough, an associate degree is a plus.'],
      },
    ]);
    // no experience, fields, knowledge or certifications in the role: the properties are left out
    for (const k of ['requiredExperiences', 'preferredEducation', 'knowledge', 'requiredCredentials'])
      expect(d).not.toHaveProperty(k);
  });

  test('customer-service-manager: required vs preferred education, experience durations, both reporting directions', async () => {
    const d = await description('customer-service-manager');
    const associate = { name: 'Associate degree', termCode: '5', inDefinedTermSet: ISCED };
    expect(d.requiredEducation).toEqual([
      {
        educationLevels: [associate],
        descriptions: ['Associate degree or higher; the listed fields are preferred, not required.'],
      },
    ]);
    expect(d.preferredEducation?.map((e) => e.descriptions)).toEqual([
      ['Field of study: Marketing'],
      ['Field of study: Business administration'],
      ['Field of study: Customer relationship management'],
      ['Field of study: Customer service management'],
      ['Field of study: Public relations'],
    ]);
    expect(d.preferredEducation?.[0]?.educationLevels).toEqual([associate]);
    expect(d.requiredExperiences).toEqual([
      {
        duration: 'P3Y',
        descriptions: [
          '3–5 years of relevant work experience',
          'Customer service work',
          'Running a contact centre',
          'Service quality improvement',
          'A track record in handling customer complaints',
        ],
        experienceCategories: [{ name: 'Work Experience' }],
      },
      {
        duration: 'P1Y',
        descriptions: ['1–2 years of experience managing people'],
        experienceCategories: [{ name: 'Work Experience' }],
      },
    ]);
    expect(d.reportingRelationships).toEqual([
      'Reports to: Customer Service Director (customer-service-director)',
      'Direct report: Customer Service Supervisor (customer-service-supervisor)',
    ]);
    expect(d.skills?.[0]).toEqual({
      name: 'Communication',
      termCode: 'communication',
      inDefinedTermSet: { name: 'Skills', url: 'urn:rolematrix:vocabulary:skills' },
      annotation: { required: true, descriptions: ['Required proficiency: Expert'] },
    });
    expect(d.knowledge?.[0]).toEqual({
      name: 'How a customer service system is built and run',
      annotation: { required: true },
    });
  });

  test('project-manager: a certification is a required credential', async () => {
    const d = await description('project-manager');
    expect(d.requiredCredentials).toEqual([{ descriptions: ['Project Management Professional (PMP)'] }]);
    expect(d.requiredExperiences?.[0]?.duration).toBe('P3Y');
  });

  test('--lang zh writes Chinese texts', async () => {
    const d = await description('customer-service-manager', 'zh');
    expect(d.title).toBe('客服经理');
    expect(d.reportingRelationships).toEqual([
      '汇报对象：客户服务总监（customer-service-director）',
      '直接下属：客服主管（customer-service-supervisor）',
    ]);
    expect(d.skills?.[0]?.inDefinedTermSet).toEqual({ name: '技能', url: 'urn:rolematrix:vocabulary:skills' });
    expect(d.requiredExperiences?.[1]?.descriptions).toEqual(['1–2 年管理经验']);
    expect(d.preferredEducation?.[0]?.descriptions).toEqual(['专业：市场营销']);
    expect(d.skills?.[0]?.annotation?.descriptions).toEqual(['要求熟练程度：专家']);
  });
});

const FILES = [
  { path: 'catalog.yaml', text: 'apiVersion: rolematrix/v1\nkind: Catalog\nname: Small\nlanguages: [en]\n' },
  {
    path: 'families.yaml',
    text: 'apiVersion: rolematrix/v1\nkind: Vocabulary\nvocabulary: families\nentries:\n  - id: ops\n    label: Operations\n',
  },
  {
    path: 'clerk.yaml',
    text: [
      'apiVersion: rolematrix/v1',
      'kind: Role',
      'id: clerk',
      'title: Clerk',
      'family: ops',
      'level: staff',
      'orientation: operations',
      'summary: Keeps the records.',
      '',
    ].join('\n'),
  },
];

describe('a role with no duties or qualifications', () => {
  test('a bare JobDescription and one located warning per missing part', async () => {
    const { catalog: small, diagnostics } = loadDocuments(FILES);
    expect(diagnostics).toEqual([]);
    expect(jdxJobDescription(small, small.find('clerk')!)).toEqual({
      identifiers: [{ value: 'clerk', schemeId: 'rolematrix' }],
      title: 'Clerk',
      descriptions: ['Keeps the records.'],
    });
    const result = await exportCatalog(small, 'jdx', { documents: parseSources(FILES) });
    expect(result.files.map((f) => f.name)).toEqual(['clerk.jdx.json']);
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.file, d.path, d.line, d.column])).toEqual([
      ['EXPORT_MISSING_VALUE', 'warning', 'clerk.yaml', 'duties', 1, 1],
      ['EXPORT_MISSING_VALUE', 'warning', 'clerk.yaml', 'qualifications', 1, 1],
    ]);
    expect(result.diagnostics[1]!.hint).toBe('Add `qualifications` (education, experience, skills).');
  });
});
