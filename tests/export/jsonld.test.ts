import { describe, expect, test } from 'vitest';
import { catalog } from '../../src/catalog/shipped.js';
import { exportCatalog } from '../../src/export/index.js';
import { jsonLdDocument, type RoleGraph } from '../../src/export/jsonld.js';
import { loadDocuments } from '../../src/catalog/load.js';

type Node = Record<string, unknown>;

async function exported(lang?: 'zh' | 'en'): Promise<RoleGraph> {
  const result = await exportCatalog(catalog, 'jsonld', lang === undefined ? {} : { lang });
  expect(result.diagnostics).toEqual([]);
  expect(result.files.map((f) => [f.name, f.mediaType])).toEqual([['rolematrix.jsonld', 'application/ld+json']]);
  return JSON.parse(result.files[0]!.content as string) as RoleGraph;
}

const nodes = (doc: RoleGraph, type: string): Node[] =>
  (doc['@graph'] as unknown as Node[]).filter((n) => n['@type'] === type);
const byId = (doc: RoleGraph, id: string): Node => {
  const n = (doc['@graph'] as unknown as Node[]).find((x) => x['@id'] === id);
  if (n === undefined) throw new Error(`no node ${id}`);
  return n;
};
const zhEn = (zh: string, en: string) => [
  { '@value': zh, '@language': 'zh' },
  { '@value': en, '@language': 'en' },
];

/**
 * Properties each schema.org type may carry in the export, from the schema.org pages of the types (release 30.0:
 * https://schema.org/Occupation, /JobPosting, /DefinedTerm, /DefinedTermSet, /CategoryCode, /CategoryCodeSet,
 * /EducationalOccupationalCredential, /OccupationalExperienceRequirements, /Organization, /CreativeWork).
 */
const ALLOWED: Record<string, readonly string[]> = {
  Occupation: [
    '@id',
    'name',
    'alternateName',
    'description',
    'occupationalCategory',
    'responsibilities',
    'skills',
    'qualifications',
    'educationRequirements',
    'experienceRequirements',
    'estimatedSalary',
    'occupationLocation',
  ],
  JobPosting: [
    '@id',
    'title',
    'description',
    'relevantOccupation',
    'employmentUnit',
    'industry',
    'occupationalCategory',
    'responsibilities',
    'skills',
    'qualifications',
    'educationRequirements',
    'experienceRequirements',
    'employmentType',
    'hiringOrganization',
    'datePosted',
    'jobLocation',
  ],
  DefinedTerm: ['@id', 'name', 'description', 'termCode', 'inDefinedTermSet'],
  DefinedTermSet: ['@id', 'name', 'description', 'isPartOf', 'hasDefinedTerm'],
  CategoryCode: ['@id', 'name', 'codeValue', 'inCodeSet', 'url'],
  CategoryCodeSet: ['@id', 'name', 'url'],
  EducationalOccupationalCredential: [
    '@id',
    'name',
    'description',
    'credentialCategory',
    'educationalLevel',
    'about',
    'identifier',
    'competencyRequired',
  ],
  OccupationalExperienceRequirements: ['@id', 'monthsOfExperience', 'description'],
  Organization: ['@id', 'name'],
  CreativeWork: ['@id', 'name'],
};

/** Every object in the tree: typed nodes must use allowed properties, the rest must be references or tagged strings. */
function checkVocabulary(value: unknown, where: string, problems: string[]): void {
  if (Array.isArray(value)) {
    value.forEach((v, i) => checkVocabulary(v, `${where}[${i}]`, problems));
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const obj = value as Node;
  const keys = Object.keys(obj);
  if ('@value' in obj) {
    if (keys.sort().join() !== '@language,@value' || !['zh', 'en'].includes(obj['@language'] as string))
      problems.push(`${where}: bad language string ${JSON.stringify(obj)}`);
    return;
  }
  if (!('@type' in obj)) {
    if (keys.join() !== '@id') problems.push(`${where}: untyped object ${JSON.stringify(obj)}`);
    return;
  }
  const allowed = ALLOWED[obj['@type'] as string];
  if (allowed === undefined) {
    problems.push(`${where}: type ${String(obj['@type'])} is not expected`);
    return;
  }
  for (const k of keys) {
    if (k === '@type') continue;
    if (!allowed.includes(k)) problems.push(`${where}: ${String(obj['@type'])}.${k}`);
    checkVocabulary(obj[k], `${where}.${k}`, problems);
  }
}

describe('schema.org JSON-LD of the shipped catalog', () => {
  test('a graph under the schema.org context: 12 Occupations, 12 JobPostings and the vocabularies used', async () => {
    const doc = await exported();
    expect(doc['@context']).toBe('https://schema.org');
    expect(nodes(doc, 'Occupation')).toHaveLength(12);
    expect(nodes(doc, 'JobPosting')).toHaveLength(12);
    expect(nodes(doc, 'DefinedTermSet').map((n) => [n['@id'], n.name])).toEqual([
      ['urn:rolematrix:vocabulary:skills', zhEn('技能', 'Skills')],
      ['urn:rolematrix:vocabulary:traits', zhEn('素质', 'Traits')],
      ['urn:rolematrix:vocabulary:tools', zhEn('工具与方法', 'Tools and methods')],
      ['urn:rolematrix:vocabulary:fields', zhEn('优先专业', 'Preferred fields')],
    ]);
    expect(doc['@graph']).toHaveLength(28);
  });

  test('no property outside the schema.org vocabulary', async () => {
    const problems: string[] = [];
    checkVocabulary((await exported())['@graph'], '@graph', problems);
    expect(problems).toEqual([]);
  });

  test('every Occupation has an id, a bilingual name and description; every JobPosting links to its Occupation', async () => {
    const doc = await exported();
    const occupations = nodes(doc, 'Occupation');
    for (const o of occupations) {
      const id = String(o['@id']);
      expect(id).toMatch(/^urn:rolematrix:role:[a-z0-9-]+$/);
      const role = catalog.find(id.slice('urn:rolematrix:role:'.length))!;
      expect(o.name).toEqual(zhEn((role.title as { zh: string }).zh, (role.title as { en: string }).en));
      expect((o.description as { '@language': string }[]).map((d) => d['@language'])).toEqual(['zh', 'en']);
      expect(Array.isArray(o.responsibilities) && o.responsibilities.length).toBeGreaterThan(0);
    }
    const occupationIds = new Set(occupations.map((o) => o['@id']));
    for (const p of nodes(doc, 'JobPosting')) {
      const roleId = String(p['@id']).replace('urn:rolematrix:job-posting:', '');
      expect(p.relevantOccupation).toEqual({ '@id': `urn:rolematrix:role:${roleId}` });
      expect(occupationIds.has((p.relevantOccupation as Node)['@id'])).toBe(true);
      expect(typeof p.title).toBe('string');
      expect(typeof p.description).toBe('string');
    }
    // every term set referenced is in the graph
    const sets = new Set(nodes(doc, 'DefinedTermSet').map((n) => n['@id']));
    const refs = JSON.stringify(doc).match(/urn:rolematrix:vocabulary:[a-z]+/g) ?? [];
    for (const r of refs) expect(sets.has(r)).toBe(true);
  });

  test('call-center-agent: classification codes as CategoryCodes, skills as DefinedTerms with the level', async () => {
    const o = byId(await exported(), 'urn:rolematrix:role:call-center-agent');
    expect(o.occupationalCategory).toEqual([
      {
        '@type': 'CategoryCode',
        codeValue: '4222',
        inCodeSet: {
          '@type': 'CategoryCodeSet',
          name: 'ISCO-08',
          url: 'https://www.ilo.org/public/english/bureau/stat/isco/isco08/',
        },
      },
      {
        '@type': 'CategoryCode',
        codeValue: '43-4051.00',
        inCodeSet: {
          '@type': 'CategoryCodeSet',
          name: 'O*NET-SOC 2019',
          url: 'https://www.onetcenter.org/taxonomy.html',
        },
        url: 'https://www.onetonline.org/link/summary/43-4051.00',
      },
    ]);
    const skills = o.skills as Node[];
    expect(skills[0]).toEqual({
      '@type': 'DefinedTerm',
      name: zhEn('沟通表达', 'Communication'),
      termCode: 'communication',
      inDefinedTermSet: { '@id': 'urn:rolematrix:vocabulary:skills' },
      description: zhEn('要求熟练程度：精通', 'Required proficiency: Advanced'),
    });
    expect(skills.map((s) => [s.termCode, (s.inDefinedTermSet as Node)['@id']])).toEqual([
      ['communication', 'urn:rolematrix:vocabulary:skills'],
      ['listening', 'urn:rolematrix:vocabulary:skills'],
      ['complaint-handling', 'urn:rolematrix:vocabulary:skills'],
      ['product-knowledge', 'urn:rolematrix:vocabulary:skills'],
      ['problem-solving', 'urn:rolematrix:vocabulary:skills'],
      ['computer-literacy', 'urn:rolematrix:vocabulary:skills'],
      ['customer-service-software', 'urn:rolematrix:vocabulary:skills'],
      ['patience', 'urn:rolematrix:vocabulary:traits'],
      ['emotional-control', 'urn:rolematrix:vocabulary:traits'],
      ['service-mindset', 'urn:rolematrix:vocabulary:traits'],
      ['positive-attitude', 'urn:rolematrix:vocabulary:traits'],
      ['empathy', 'urn:rolematrix:vocabulary:traits'],
      ['customer-service-system', 'urn:rolematrix:vocabulary:tools'],
      ['satisfaction-survey', 'urn:rolematrix:vocabulary:tools'],
    ]);
    expect((o.responsibilities as unknown[]).slice(0, 2)).toEqual(
      zhEn(
        '受理来电与在线咨询：接听客户来电，处理在线聊天和电子邮件，解答疑问并解决客户提出的问题。',
        'Handling calls and online contacts: Answers customer calls, handles online chat and email, answers questions and solves the problems customers raise.',
      ),
    );
    expect(o.educationRequirements).toEqual({
      '@type': 'EducationalOccupationalCredential',
      credentialCategory: 'high school',
      educationalLevel: zhEn('高中/中专', 'Secondary school'),
      description: zhEn(
        '来源未规定学历；高中或中专即可，大专更佳。',
        'The sources set no level; secondary school is enough, an associate degree is a plus.',
      ),
    });
    // the agent has no experience and no certifications or knowledge
    expect(o).not.toHaveProperty('experienceRequirements');
    expect(o).not.toHaveProperty('qualifications');
  });

  test('customer-service-manager: months of experience, education with fields, knowledge as qualifications', async () => {
    const doc = await exported();
    const o = byId(doc, 'urn:rolematrix:role:customer-service-manager');
    expect(o).not.toHaveProperty('occupationalCategory');
    const exp = o.experienceRequirements as Node[];
    expect(exp.map((e) => [e['@type'], e.monthsOfExperience])).toEqual([
      ['OccupationalExperienceRequirements', 36],
      ['OccupationalExperienceRequirements', 12],
    ]);
    expect((exp[0]!.description as unknown[]).slice(0, 2)).toEqual(
      zhEn('3–5 年相关工作经验', '3–5 years of relevant work experience'),
    );
    expect(exp[1]!.description).toEqual(zhEn('1–2 年管理经验', '1–2 years of experience managing people'));
    const edu = o.educationRequirements as Node;
    expect(edu.credentialCategory).toBe('associate degree');
    expect(edu.educationalLevel).toEqual(zhEn('大专', 'Associate degree'));
    expect((edu.about as Node[]).map((f) => f.termCode)).toEqual([
      'marketing',
      'business-administration',
      'customer-relationship-management',
      'customer-service-management',
      'public-relations',
    ]);
    expect((o.qualifications as unknown[]).slice(0, 2)).toEqual(
      zhEn('客户服务体系的搭建与运行', 'How a customer service system is built and run'),
    );
    expect(o.alternateName).toContainEqual({ '@value': 'contact centre manager', '@language': 'en' });

    const posting = byId(doc, 'urn:rolematrix:job-posting:customer-service-manager');
    expect(posting.title).toBe('Customer Service Manager');
    expect(posting.employmentUnit).toEqual({ '@type': 'Organization', name: 'Customer service' });
    expect((posting.experienceRequirements as Node[]).map((e) => [e.monthsOfExperience, e.description])).toEqual([
      [
        36,
        [
          '3–5 years of relevant work experience',
          'Customer service work',
          'Running a contact centre',
          'Service quality improvement',
          'A track record in handling customer complaints',
        ],
      ],
      [12, '1–2 years of experience managing people'],
    ]);
    expect((posting.skills as Node[])[0]).toEqual({
      '@type': 'DefinedTerm',
      name: 'Communication',
      termCode: 'communication',
      inDefinedTermSet: { '@id': 'urn:rolematrix:vocabulary:skills' },
      description: 'Required proficiency: Expert',
    });
  });

  test('project-manager: a certification is an EducationalOccupationalCredential, open-ended years give months', async () => {
    const o = byId(await exported(), 'urn:rolematrix:role:project-manager');
    expect((o.qualifications as Node[])[0]).toEqual({
      '@type': 'EducationalOccupationalCredential',
      credentialCategory: 'certification',
      name: zhEn('项目管理专业人士认证（PMP）', 'Project Management Professional (PMP)'),
      identifier: 'pmp',
    });
    expect((o.experienceRequirements as Node[])[0]!.monthsOfExperience).toBe(36);
    expect((o.educationRequirements as Node).credentialCategory).toBe('bachelor degree');
  });

  test('--lang zh writes the JobPosting template in Chinese; the Occupation stays bilingual', async () => {
    const doc = await exported('zh');
    const posting = byId(doc, 'urn:rolematrix:job-posting:call-center-agent');
    expect(posting.title).toBe('呼叫中心客服专员');
    expect(posting.employmentUnit).toEqual({ '@type': 'Organization', name: '客户服务' });
    expect((posting.responsibilities as string[])[0]).toBe(
      '受理来电与在线咨询：接听客户来电，处理在线聊天和电子邮件，解答疑问并解决客户提出的问题。',
    );
    expect(byId(doc, 'urn:rolematrix:role:call-center-agent').name).toEqual(
      zhEn('呼叫中心客服专员', 'Call Center Agent'),
    );
  });

  test('exporting chosen roles keeps only their nodes', async () => {
    const result = await exportCatalog(catalog, 'jsonld', { roles: ['project-manager'] });
    const doc = JSON.parse(result.files[0]!.content as string) as RoleGraph;
    expect((doc['@graph'] as unknown as Node[]).map((n) => n['@id'])).toEqual([
      'urn:rolematrix:role:project-manager',
      'urn:rolematrix:job-posting:project-manager',
      'urn:rolematrix:vocabulary:skills',
      'urn:rolematrix:vocabulary:traits',
      'urn:rolematrix:vocabulary:tools',
      'urn:rolematrix:vocabulary:fields',
    ]);
  });
});

const VOCABULARY = `apiVersion: rolematrix/v1
kind: Vocabulary
vocabulary: families
entries:
  - id: ops
    label: { zh: 运营, en: Operations }
`;

const SETTINGS = `apiVersion: rolematrix/v1
kind: Catalog
name: Small
languages: [en]
`;

const BARE_ROLE = `apiVersion: rolematrix/v1
kind: Role
id: clerk
title: Clerk
family: ops
level: staff
orientation: operations
summary: { en: Keeps the records. }
`;

describe('roles with little content', () => {
  test('a role without classification codes or qualifications gets only what it has', () => {
    const { catalog: small, diagnostics } = loadDocuments([
      { path: 'catalog.yaml', text: SETTINGS },
      { path: 'families.yaml', text: VOCABULARY },
      { path: 'clerk.yaml', text: BARE_ROLE },
    ]);
    expect(diagnostics).toEqual([]);
    const doc = jsonLdDocument(small, small.list(), 'zh');
    expect(doc['@graph']).toEqual([
      {
        '@type': 'Occupation',
        '@id': 'urn:rolematrix:role:clerk',
        name: 'Clerk',
        description: { '@value': 'Keeps the records.', '@language': 'en' },
      },
      {
        '@type': 'JobPosting',
        '@id': 'urn:rolematrix:job-posting:clerk',
        title: 'Clerk',
        // The posting's HTML, with Chinese headings; no Chinese summary, so the English one stands in, with its own
        // full stop (not a Chinese 。)
        description: '<p>岗位概述</p>\n<p>Keeps the records.</p>',
        relevantOccupation: { '@id': 'urn:rolematrix:role:clerk' },
        employmentUnit: { '@type': 'Organization', name: '运营' },
      },
    ]);
  });
});

describe('embedding in a page', () => {
  test('a summary that closes the script element is escaped: the file embeds safely and parses back to the text', async () => {
    const hostile = '</script><img src=x onerror=alert(1)> & <!-- \u2028 end';
    const { catalog: small, diagnostics } = loadDocuments([
      { path: 'catalog.yaml', text: SETTINGS },
      { path: 'families.yaml', text: VOCABULARY },
      {
        path: 'clerk.yaml',
        text: BARE_ROLE.replace('summary: { en: Keeps the records. }', `summary: { en: ${JSON.stringify(hostile)} }`),
      },
    ]);
    expect(diagnostics).toEqual([]);
    const { files } = await exportCatalog(small, 'jsonld');
    const text = files[0]!.content as string;
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(text).toContain(
      '\\u003c/script\\u003e\\u003cimg src=x onerror=alert(1)\\u003e \\u0026 \\u003c!-- \\u2028 end',
    );
    const doc = JSON.parse(text) as RoleGraph;
    expect(byId(doc, 'urn:rolematrix:role:clerk').description).toEqual({ '@value': hostile, '@language': 'en' });
  });
});
