import { describe, expect, test } from 'vitest';
import { catalog, catalogSources } from '../../src/catalog/shipped.js';
import { exportCatalog } from '../../src/export/index.js';
import { jdxJobDescription, type JdxJobDescription } from '../../src/export/jdx.js';
import { parseSources } from '../../src/load/parse.js';
import { loadDocuments } from '../../src/catalog/load.js';

type Node = Record<string, unknown>;

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
 * Property names allowed per JDX type (HR Open Standards 4.3, recruiting/json/jdx): JobDescriptionType, and the
 * AnnotatedDefinedTermType, ScaleAnnotationType, QualifyingExperienceType, CredentialType and IdentifierType it uses.
 */
const JOB_DESCRIPTION = [
  'identifiers',
  'title',
  'descriptions',
  'occupationCategories',
  'responsibilities',
  'tasks',
  'workActivities',
  'competencies',
  'skills',
  'knowledge',
  'abilities',
  'requiredEducation',
  'preferredEducation',
  'alternativeEducation',
  'requiredExperiences',
  'preferredExperiences',
  'alternativeExperiences',
  'requiredCredentials',
  'preferredCredentials',
  'alternativeCredentials',
  'reportingRelationships',
  'educationLevels',
  'physicalRequirements',
  'dateCreated',
  'dateModified',
];
const TERM = ['name', 'termCode', 'inDefinedTermSet', 'descriptions', 'annotation'];
const ANNOTATION = ['required', 'preferred', 'requiredAtHiring', 'descriptions'];
const EXPERIENCE = ['duration', 'descriptions', 'educationLevels', 'experienceCategories'];
const CREDENTIAL = ['descriptions', 'programConcentration'];
const IDENTIFIER = ['value', 'schemeId'];

const TERM_LISTS = [
  'occupationCategories',
  'responsibilities',
  'tasks',
  'workActivities',
  'competencies',
  'skills',
  'knowledge',
  'abilities',
  'reportingRelationships',
  'educationLevels',
  'physicalRequirements',
];
const EXPERIENCE_LISTS = [
  'requiredEducation',
  'preferredEducation',
  'alternativeEducation',
  'requiredExperiences',
  'preferredExperiences',
  'alternativeExperiences',
];
const CREDENTIAL_LISTS = ['requiredCredentials', 'preferredCredentials', 'alternativeCredentials'];

function extra(obj: Node, allowed: readonly string[], where: string): string[] {
  return Object.keys(obj)
    .filter((k) => !allowed.includes(k))
    .map((k) => `${where}.${k}`);
}

function checkTerm(t: Node, where: string): string[] {
  const out = extra(t, TERM, where);
  if (typeof t.name !== 'string' || t.name === '') out.push(`${where}.name missing`);
  if (t.annotation !== undefined) out.push(...extra(t.annotation as Node, ANNOTATION, `${where}.annotation`));
  return out;
}

/** Every property name in the document, checked against the JDX types it belongs to. */
function checkJdx(doc: Node): string[] {
  const problems = extra(doc, JOB_DESCRIPTION, 'JobDescription');
  for (const k of TERM_LISTS)
    ((doc[k] as Node[] | undefined) ?? []).forEach((t, i) => problems.push(...checkTerm(t, `${k}[${i}]`)));
  for (const k of EXPERIENCE_LISTS) {
    ((doc[k] as Node[] | undefined) ?? []).forEach((x, i) => {
      problems.push(...extra(x, EXPERIENCE, `${k}[${i}]`));
      for (const list of ['educationLevels', 'experienceCategories'])
        ((x[list] as Node[] | undefined) ?? []).forEach((t, j) =>
          problems.push(...checkTerm(t, `${k}[${i}].${list}[${j}]`)),
        );
      if (x.duration !== undefined && !/^P\d+[YM]$/.test(x.duration as string)) problems.push(`${k}[${i}].duration`);
    });
  }
  for (const k of CREDENTIAL_LISTS)
    ((doc[k] as Node[] | undefined) ?? []).forEach((c, i) => problems.push(...extra(c, CREDENTIAL, `${k}[${i}]`)));
  ((doc.identifiers as Node[] | undefined) ?? []).forEach((id, i) =>
    problems.push(...extra(id, IDENTIFIER, `identifiers[${i}]`)),
  );
  return problems;
}

describe('HR Open JDX JobDescriptions of the shipped catalog', () => {
  test('one JSON file per role, in catalog order', async () => {
    const result = await exported();
    expect(result.files.map((f) => f.name)).toEqual(catalog.list().map((r) => `${r.id}.jdx.json`));
    expect(new Set(result.files.map((f) => f.mediaType))).toEqual(new Set(['application/json']));
  });

  test('roles without classification codes get a located warning; files are still written', async () => {
    const result = await exported();
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.file, d.path, d.line, d.column])).toEqual(
      [
        'account-manager',
        'complaint-handling-specialist',
        'customer-relationship-manager',
        'customer-service-director',
        'customer-service-manager',
        'pmo-director',
        'project-director',
      ].map((id) => ['EXPORT_MISSING_VALUE', 'warning', `roles/${id}.yaml`, 'classification', 2, 1]),
    );
    expect(result.diagnostics[0]!.message).toBe(
      'Role "account-manager" has no occupational classification code, so its JDX occupationCategories is left out.',
    );
    expect(result.diagnostics[0]!.zh.message).toBe(
      '岗位“account-manager”没有职业分类代码，JDX 文件中将缺少 occupationCategories。',
    );
    expect(result.files).toHaveLength(12);
  });

  test('no property outside the JDX types, and every term has a name', async () => {
    const result = await exported();
    for (const f of result.files) expect(checkJdx(JSON.parse(f.content as string) as Node), f.name).toEqual([]);
  });

  test('call-center-agent: occupation categories, reporting line, skills and education', async () => {
    const d = await description('call-center-agent');
    expect(d.identifiers).toEqual([{ value: 'call-center-agent', schemeId: 'rolematrix' }]);
    expect(d.title).toBe('Call Center Agent');
    expect(d.occupationCategories).toEqual([
      { name: 'ISCO-08 4222', termCode: '4222', inDefinedTermSet: 'ISCO-08' },
      { name: 'O*NET-SOC 2019 43-4051.00', termCode: '43-4051.00', inDefinedTermSet: 'O*NET-SOC 2019' },
    ]);
    expect(d.reportingRelationships).toEqual([
      {
        name: 'Customer Service Supervisor',
        termCode: 'customer-service-supervisor',
        inDefinedTermSet: 'urn:rolematrix:roles',
        descriptions: ['Reports to'],
      },
    ]);
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
      inDefinedTermSet: 'urn:rolematrix:vocabulary:traits',
      annotation: { required: true },
    });
    expect(d.requiredEducation).toEqual([
      {
        educationLevels: [{ name: 'Secondary school', termCode: '3', inDefinedTermSet: 'ISCED 2011' }],
        descriptions: ['The sources set no level; secondary school is enough, an associate degree is a plus.'],
      },
    ]);
    // no experience, fields, knowledge or certifications in the role: the properties are left out
    for (const k of ['requiredExperiences', 'preferredEducation', 'knowledge', 'requiredCredentials'])
      expect(d).not.toHaveProperty(k);
  });

  test('customer-service-manager: required vs preferred education, experience durations, both reporting directions', async () => {
    const d = await description('customer-service-manager');
    expect(d).not.toHaveProperty('occupationCategories');
    const associate = { name: 'Associate degree', termCode: '5', inDefinedTermSet: 'ISCED 2011' };
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
      {
        name: 'Customer Service Director',
        termCode: 'customer-service-director',
        inDefinedTermSet: 'urn:rolematrix:roles',
        descriptions: ['Reports to'],
      },
      {
        name: 'Customer Service Supervisor',
        termCode: 'customer-service-supervisor',
        inDefinedTermSet: 'urn:rolematrix:roles',
        descriptions: ['Direct report'],
      },
    ]);
    expect(d.skills?.[0]).toEqual({
      name: 'Communication',
      termCode: 'communication',
      inDefinedTermSet: 'urn:rolematrix:vocabulary:skills',
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
    expect(d.reportingRelationships?.map((r) => [r.name, r.descriptions])).toEqual([
      ['客户服务总监', ['汇报对象']],
      ['客服主管', ['直接下属']],
    ]);
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

describe('a role with no classification, duties or qualifications', () => {
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
      ['EXPORT_MISSING_VALUE', 'warning', 'clerk.yaml', 'classification', 1, 1],
      ['EXPORT_MISSING_VALUE', 'warning', 'clerk.yaml', 'duties', 1, 1],
      ['EXPORT_MISSING_VALUE', 'warning', 'clerk.yaml', 'qualifications', 1, 1],
    ]);
    expect(result.diagnostics[2]!.hint).toBe('Add `qualifications` (education, experience, skills).');
  });
});
