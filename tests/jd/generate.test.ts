import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, describe, expect, test } from 'vitest';
import { loadDocuments } from '../../src/catalog/load.js';
import { catalog } from '../../src/catalog/shipped.js';
import { run } from '../run-cli.js';
import { generateJobDescription } from '../../src/jd/generate/index.js';
import { measure } from '../../src/jd/rules/scan.js';
import type { Posting } from '../../src/model/posting.js';
import { jdJsonSchema, postingJsonSchema, type JdData } from '../../src/render/posting-data.js';

const tmp = mkdtempSync(join(tmpdir(), 'rolematrix-gen-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const POSTING = 'docs/examples/posting/posting.yaml';

const VOCAB = `apiVersion: rolematrix/v1
kind: Vocabulary
vocabulary: families
entries:
  - { id: ops, label: { zh: 运营, en: Operations } }
---
apiVersion: rolematrix/v1
kind: Vocabulary
vocabulary: skills
entries:
  - { id: bookkeeping, label: { zh: 记账, en: Bookkeeping } }
  - { id: excel, label: { zh: 电子表格, en: Spreadsheets } }
---
apiVersion: rolematrix/v1
kind: Vocabulary
vocabulary: kpis
entries:
  - { id: close-days, label: { zh: 结账天数, en: Days to close }, type: quantitative, unit: days, direction: lower }
`;

/** A small role that has one of everything the JD writes. */
const CLERK = `apiVersion: rolematrix/v1
kind: Role
id: clerk
title: { zh: 会计文员, en: Accounts Clerk }
family: ops
level: staff
reportsTo: lead
orientation: operations
summary: { zh: 负责日常记账和月末结账。, en: Keeps the books day to day and closes each month. }
duties:
  - id: close
    title: { zh: 月末结账, en: Month-end close }
    activities:
      - { zh: 核对银行流水, en: Reconcile bank statements }
      - { zh: 编制试算平衡表, en: Prepare the trial balance }
qualifications:
  education: { minimum: associate }
  experience: { years: { min: 1, max: 3 } }
  skills:
    - { ref: bookkeeping, level: advanced }
    - { ref: excel, level: working }
kpis:
  - { ref: close-days, target: { op: '<=', value: 5 }, frequency: monthly }
`;
const LEAD = `apiVersion: rolematrix/v1
kind: Role
id: lead
title: { zh: 财务主管, en: Finance Lead }
family: ops
level: supervisor
orientation: operations
summary: { zh: 带领财务小组。, en: Leads the finance team. }
`;

function small(extra: Record<string, string> = {}) {
  const result = loadDocuments([
    { path: 'vocab.yaml', text: VOCAB },
    { path: 'roles/clerk.yaml', text: CLERK },
    { path: 'roles/lead.yaml', text: LEAD },
    ...Object.entries(extra).map(([path, text]) => ({ path, text })),
  ]);
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return result;
}

describe('generateJobDescription', () => {
  test('Chinese: recruiting copy with full-width punctuation, section by section', () => {
    const { catalog: c } = small();
    const jd = generateJobDescription(c.find('clerk')!, { catalog: c, lang: 'zh' });
    expect(jd.markdown).toBe(
      [
        '# 会计文员',
        '',
        '## 岗位概述',
        '',
        '负责日常记账和月末结账。',
        '',
        '本岗位向财务主管汇报。',
        '',
        '## 岗位职责',
        '',
        '1. 月末结账：核对银行流水，编制试算平衡表。',
        '',
        '## 任职要求',
        '',
        '- 大专及以上学历；',
        '- 1–3 年相关工作经验；',
        '- 精通记账；',
        '- 熟练掌握电子表格。',
        '',
        '## 考核指标',
        '',
        '- 结账天数不高于 5 天（每月考核）。',
        '',
      ].join('\n'),
    );
    expect(jd.diagnostics).toEqual([]);
  });

  test('English: the same role, written for English readers', () => {
    const { catalog: c } = small();
    const jd = generateJobDescription(c.find('clerk')!, { catalog: c, lang: 'en' });
    expect(jd.markdown).toBe(
      [
        '# Accounts Clerk',
        '',
        '## About the role',
        '',
        'Keeps the books day to day and closes each month.',
        '',
        'You report to the Finance Lead.',
        '',
        '## Responsibilities',
        '',
        '1. Month-end close: reconcile bank statements; prepare the trial balance.',
        '',
        '## Requirements',
        '',
        '- Associate degree or above.',
        '- 1–3 years of relevant work experience.',
        '- Advanced skills in bookkeeping.',
        '- Working skills in spreadsheets.',
        '',
        '## How we measure success',
        '',
        '- Days to close: at most 5 days (measured monthly).',
        '',
      ].join('\n'),
    );
    // Each item knows the role's values it says: a finding about it points there.
    expect(jd.sections.find((s) => s.key === 'duties')!.items[0]!.sources.map((s) => s.path.join('.'))).toEqual([
      'duties.0',
      'duties.0.title.en',
      'duties.0.activities.0.en',
      'duties.0.activities.1.en',
    ]);
  });

  test('a posting adds the offer, the company, the place and how to apply; kpis: false leaves the KPIs out', () => {
    const { catalog: c } = small();
    const posting: Posting = {
      organization: { name: { zh: '示例公司', en: 'Example Ltd.' } },
      about: { zh: '我们是一家物流公司', en: 'We are a logistics company' },
      locations: [
        {
          locality: { zh: '杭州市', en: 'Hangzhou' },
          street: { zh: '文三路 1 号', en: '1 Wensan Road' },
          country: 'CN',
        },
      ],
      remote: { countries: ['DE'] },
      salary: { currency: 'CNY', min: 8000, unit: 'MONTH' },
      openings: 2,
      offer: [{ zh: '双休', en: 'Weekends off' }],
      apply: { zh: '发送简历至 hr@example.com', en: 'Send your CV to hr@example.com' },
      kpis: false,
    };
    const zh = generateJobDescription(c.find('clerk')!, { catalog: c, lang: 'zh', posting }).markdown;
    expect(zh).not.toContain('考核指标');
    expect(zh).toContain('本次招聘 2 人。\n');
    expect(zh).toContain('## 我们提供\n\n- 月薪 8,000 起 元；\n- 双休。\n');
    expect(zh).toContain('## 关于我们\n\n我们是一家物流公司。\n');
    expect(zh).toContain('## 工作地点\n\n- 杭州市文三路 1 号；\n- 可远程办公（德国）。\n');
    expect(zh).toContain('## 应聘方式\n\n发送简历至 hr@example.com。\n');
    const en = generateJobDescription(c.find('clerk')!, { catalog: c, lang: 'en', posting }).markdown;
    expect(en).toContain('We are hiring 2 people for this role.\n');
    expect(en).toContain('## What we offer\n\n- Salary: CNY from 8,000 per month.\n- Weekends off.\n');
    expect(en).toContain('## Location\n\n- 1 Wensan Road, Hangzhou, China.\n- Fully remote, from Germany.\n');
    expect(en).toContain('## How to apply\n\nSend your CV to hr@example.com.\n');
  });

  test('salary: a fixed amount, a range, a ceiling; a currency other than CNY is named', () => {
    const { catalog: c } = small();
    const offer = (salary: Posting['salary'], lang: 'zh' | 'en') =>
      generateJobDescription(c.find('clerk')!, { catalog: c, lang, posting: { salary } }).sections.find(
        (s) => s.key === 'benefits',
      )!.items[0]!.text;
    expect(offer({ currency: 'CNY', value: 12000, unit: 'MONTH' }, 'zh')).toBe('月薪 12,000 元。');
    expect(offer({ currency: 'USD', min: 60000, max: 75000, unit: 'YEAR' }, 'zh')).toBe('年薪 60,000–75,000 USD。');
    expect(offer({ currency: 'EUR', max: 30, unit: 'HOUR' }, 'en')).toBe('Salary: EUR up to 30 per hour.');
  });

  test("a biased phrase in the role's own text is reported at that activity's YAML line, not in the generated JD", () => {
    const biased = CLERK.replace('核对银行流水', '核对银行流水，限男性');
    const { catalog: c, documents } = loadDocuments([
      { path: 'vocab.yaml', text: VOCAB },
      { path: 'roles/clerk.yaml', text: biased },
      { path: 'roles/lead.yaml', text: LEAD },
    ]);
    const jd = generateJobDescription(c.find('clerk')!, { catalog: c, lang: 'zh', documents });
    const gender = jd.diagnostics.filter((d) => d.code === 'JD_GENDER');
    expect(gender.map((d) => [d.file, d.path, d.line, d.column, d.severity, d.excerpt])).toEqual([
      ['roles/clerk.yaml', 'duties[0].activities[0].zh', 14, 15, 'error', '限男性'],
    ]);
    expect(gender[0]!.hint).toMatch(/reword it here/);
  });

  test('a duty with a title alone is too little to recognise: a warning at the duty says what to add', () => {
    const bare = CLERK.replace(
      /duties:\n(?: {2}.*\n| {4}.*\n| {6}.*\n)+/,
      'duties:\n  - { id: desk, title: { zh: 前台, en: Desk } }\n',
    );
    const { catalog: c, documents } = loadDocuments([
      { path: 'vocab.yaml', text: VOCAB },
      { path: 'roles/clerk.yaml', text: bare },
      { path: 'roles/lead.yaml', text: LEAD },
    ]);
    const jd = generateJobDescription(c.find('clerk')!, { catalog: c, lang: 'en', documents });
    expect(jd.markdown).toContain('1. Desk.\n');
    const missing = jd.diagnostics.filter((d) => d.code === 'JD_MISSING_DUTY');
    expect(missing.map((d) => [d.file, d.path, d.line, d.severity])).toEqual([
      ['roles/clerk.yaml', 'duties[0]', 11, 'warning'],
    ]);
    expect(missing[0]!.hint).toContain('`keywords`');
  });

  test('a role with no duties: JD_MISSING_SECTION points at the role, saying to add duties', () => {
    const { catalog: c, documents } = small();
    const jd = generateJobDescription(c.find('lead')!, { catalog: c, lang: 'zh', documents });
    const section = jd.diagnostics.filter((d) => d.code === 'JD_MISSING_SECTION');
    expect(section.map((d) => [d.file, d.path, d.zh.hint])).toEqual([
      ['roles/lead.yaml', 'duties', '岗位没有可列出的职责：请为它添加 `duties`。'],
      [
        'roles/lead.yaml',
        'qualifications',
        '岗位没有可列出的任职要求：请为它添加 `qualifications`（学历、经验、技能）。',
      ],
    ]);
  });

  test('too long for a posting: fewer key activities, each cut one noted (POSTING_SHORTENED), and within the limits', () => {
    const long = (n: number) =>
      Array.from(
        { length: 3 },
        (_, k) =>
          `      - { zh: 第${n}项职责的第${k}项关键活动，需要按照既定流程逐项核对并记录结果, en: "Activity ${k} of duty ${n}, checked step by step against the agreed procedure and written up" }`,
      ).join('\n');
    const duties = Array.from(
      { length: 14 },
      (_, n) => `  - id: duty-${n}\n    title: { zh: 第${n}项职责, en: Duty ${n} }\n    activities:\n${long(n)}`,
    ).join('\n');
    const big = CLERK.replace(/duties:\n(?: {2}.*\n| {4}.*\n| {6}.*\n)+/, `duties:\n${duties}\n`);
    const { catalog: c, documents } = loadDocuments([
      { path: 'vocab.yaml', text: VOCAB },
      { path: 'roles/clerk.yaml', text: big },
      { path: 'roles/lead.yaml', text: LEAD },
    ]);
    for (const lang of ['zh', 'en'] as const) {
      const jd = generateJobDescription(c.find('clerk')!, { catalog: c, lang, documents });
      const m = measure(jd.markdown);
      expect(lang === 'zh' ? m.han : m.words).toBeLessThanOrEqual(lang === 'zh' ? 1200 : 700);
      expect(jd.shortened.length).toBeGreaterThan(0);
      const notes = jd.diagnostics.filter((d) => d.code === 'POSTING_SHORTENED');
      expect(notes.length).toBe(jd.shortened.length);
      expect(notes[0]).toMatchObject({ severity: 'info', file: 'roles/clerk.yaml' });
      expect(notes[0]!.path).toMatch(/^duties\[\d+\]\.activities\[\d\]$/);
      expect(jd.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    }
  });
});

describe('every shipped role', () => {
  test('check-jd <generated JD> --role <that role> reports no error or warning, in zh and en', async () => {
    for (const role of catalog.list())
      for (const lang of ['zh', 'en'] as const) {
        const gen = await run(
          'jd',
          role.id,
          '--lang',
          lang,
          '--config',
          POSTING,
          '--out',
          join(tmp, `${role.id}.${lang}.md`),
        );
        expect([gen.code, gen.stderr.split('\n').filter((l) => / (error|warning|错误|警告)[:：]/.test(l))]).toEqual([
          0,
          [],
        ]);
        const check = await run(
          'check-jd',
          join(tmp, `${role.id}.${lang}.md`),
          '--role',
          role.id,
          '--fail-on',
          'warning',
          '--format',
          'json',
        );
        const data = JSON.parse(check.stdout) as { reports: { diagnostics: { severity: string; code: string }[] }[] };
        expect(
          data.reports[0]!.diagnostics.filter((d) => d.severity !== 'info').map((d) => `${role.id} ${lang} ${d.code}`),
        ).toEqual([]);
        expect(check.code).toBe(0);
      }
  }, 60_000);
});

describe('rolematrix jd', () => {
  test('Markdown to stdout by default, in --lang; an unknown role is a usage error with the closest id', async () => {
    const r = await run('jd', 'project-manager', '--lang', 'zh');
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').slice(0, 3)).toEqual(['# 项目经理', '', '## 岗位概述']);
    const bad = await run('jd', 'project-manger');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('The catalog has no role "project-manger".');
    expect(bad.stderr).toContain('project-manager');
  });

  test('JSON-LD with a posting file: a JobPosting job boards accept, its description the HTML of the JD', async () => {
    const r = await run('jd', 'customer-service-manager', '--format', 'jsonld', '--config', POSTING, '--lang', 'zh');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const ld = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(ld['@context']).toBe('https://schema.org');
    expect(ld['@type']).toBe('JobPosting');
    expect(ld.title).toBe('客服经理');
    expect(ld.datePosted).toBe('2026-12-01');
    expect(ld.validThrough).toBe('2027-01-31');
    expect(ld.employmentType).toBe('FULL_TIME');
    expect(ld.hiringOrganization).toEqual({
      '@type': 'Organization',
      name: '示例云服务有限公司',
      sameAs: 'https://www.example.com',
      logo: 'https://www.example.com/logo.png',
    });
    expect(ld.jobLocation).toEqual([
      {
        '@type': 'Place',
        address: {
          '@type': 'PostalAddress',
          addressLocality: '上海市',
          addressCountry: 'CN',
          streetAddress: '浦东新区张江路 100 号',
          postalCode: '201203',
        },
      },
    ]);
    expect(ld.baseSalary).toEqual({
      '@type': 'MonetaryAmount',
      currency: 'CNY',
      value: { '@type': 'QuantitativeValue', unitText: 'MONTH', minValue: 15000, maxValue: 22000 },
    });
    expect(ld.identifier).toEqual({ '@type': 'PropertyValue', value: 'REQ-2026-042', name: '示例云服务有限公司' });
    expect(ld.directApply).toBe(true);
    expect(ld.totalJobOpenings).toBe(1);
    // The description is HTML: the duties as an ordered list, the requirements as a list.
    const html = ld.description as string;
    // Only the tags Google's guide shows: headings as paragraphs, the duties as a bulleted list.
    expect(html).toContain('<p>岗位职责</p>\n<ul>\n<li>团队领导与发展：');
    expect(html).toContain('<p>任职要求</p>\n<ul>\n<li>大专及以上学历');
    expect(html).not.toMatch(/<h\d|<ol|<strong/);
  });

  test('JSON-LD without a posting: the properties job boards require are warnings, the recommended ones notes', async () => {
    const r = await run('jd', 'project-manager', '--format', 'jsonld');
    expect(r.code).toBe(0);
    const lines = r.stderr.split('\n').filter((l) => l.includes('[EXPORT_MISSING_VALUE]'));
    expect(lines).toEqual([
      "<posting>:1:1: warning: The JobPosting has no `datePosted`, which job boards (Google's job-posting rich results) require. [EXPORT_MISSING_VALUE]",
      "<posting>:1:1: warning: The JobPosting has no `hiringOrganization`, which job boards (Google's job-posting rich results) require. [EXPORT_MISSING_VALUE]",
      "<posting>:1:1: warning: The JobPosting has no `jobLocation`, which job boards (Google's job-posting rich results) require. [EXPORT_MISSING_VALUE]",
      '<posting>:1:1: info: The JobPosting has no `validThrough`, which job boards recommend. [EXPORT_MISSING_VALUE]',
      '<posting>:1:1: info: The JobPosting has no `employmentType`, which job boards recommend. [EXPORT_MISSING_VALUE]',
      '<posting>:1:1: info: The JobPosting has no `baseSalary`, which job boards recommend. [EXPORT_MISSING_VALUE]',
    ]);
    expect((await run('jd', 'project-manager', '--format', 'jsonld', '--fail-on', 'warning')).code).toBe(1);
  });

  test('a fully remote posting: jobLocationType TELECOMMUTE and the countries candidates may work from', async () => {
    const file = join(tmp, 'remote.yaml');
    writeFileSync(file, 'organization: { name: Remote Co }\ndatePosted: 2026-12-01\nremote: { countries: [US, CA] }\n');
    const r = await run('jd', 'project-manager', '--format', 'jsonld', '--config', file);
    const ld = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(ld.jobLocationType).toBe('TELECOMMUTE');
    expect(ld.applicantLocationRequirements).toEqual([
      { '@type': 'Country', name: 'US' },
      { '@type': 'Country', name: 'CA' },
    ]);
    expect(ld.jobLocation).toBeUndefined();
    expect(r.stderr).not.toContain('jobLocation');
  });

  test('a posting file with mistakes: every one at its line and column, exit 2, nothing written', async () => {
    const file = join(tmp, 'bad.yaml');
    const out = join(tmp, 'never.md');
    writeFileSync(
      file,
      [
        'organisation: { name: X }',
        'datePosted: 2026-13-01',
        'validThrough: 2026-11-01',
        'salary: { currency: rmb, min: 20000, max: 10000, unit: MONTH }',
        'employmentType: FULLTIME',
        '',
      ].join('\n'),
    );
    const r = await run('jd', 'project-manager', '--config', file, '--out', out, '--lang', 'en');
    expect(r.code).toBe(2);
    expect(existsSync(out)).toBe(false);
    const lines = r.stderr.split('\n').filter((l) => l.startsWith(file));
    expect(lines.map((l) => l.slice(file.length).replace(/: .*\[/, ' [')).sort()).toEqual(
      [
        ':1:1 organisation [UNKNOWN_KEY]',
        ':2:13 datePosted [INVALID_VALUE]',
        ':4:21 salary.currency [INVALID_VALUE]',
        ':4:9 salary [INVALID_VALUE]',
        ':5:17 employmentType [INVALID_VALUE]',
      ].sort(),
    );
    expect(r.stderr).toContain('organization');
  });

  test('dates in the wrong order are one error at validThrough', async () => {
    const file = join(tmp, 'dates.yaml');
    writeFileSync(file, 'datePosted: 2026-12-01\nvalidThrough: 2026-11-01\n');
    const r = await run('jd', 'project-manager', '--config', file, '--lang', 'zh');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      `${file}:2:15 validThrough: \`validThrough\`（截止日期）不能早于 \`datePosted\`（发布日期）。`,
    );
  });

  test('HTML: a page in the JD’s language, every value escaped, the JobPosting in a script job boards read', async () => {
    const dir = join(tmp, 'xss');
    const roles = join(dir, 'roles');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(roles, { recursive: true });
    writeFileSync(
      join(dir, 'catalog.yaml'),
      'apiVersion: rolematrix/v1\nkind: Catalog\nname: X\nlanguages: [zh, en]\n',
    );
    writeFileSync(join(roles, 'v.yaml'), VOCAB);
    writeFileSync(
      join(roles, 'clerk.yaml'),
      CLERK.replace('title: { zh: 会计文员, en: Accounts Clerk }', 'title: { zh: 会计文员, en: "</script><b>Clerk" }'),
    );
    writeFileSync(join(roles, 'lead.yaml'), LEAD);
    const r = await run('jd', 'clerk', '--dir', dir, '--format', 'html', '--config', POSTING);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^<!doctype html>\n<html lang="en">\n/);
    expect(r.stdout).toContain('<h1>&lt;/script&gt;&lt;b&gt;Clerk</h1>');
    expect(r.stdout).not.toContain('</script><b>');
    const script = /<script type="application\/ld\+json">\n([\s\S]*?)\n<\/script>/.exec(r.stdout)![1]!;
    expect((JSON.parse(script) as { title: string }).title).toBe('</script><b>Clerk');
  });

  test('--out writes the file whole and says where; a directory in the way is a usage error', async () => {
    const out = join(tmp, 'pm.md');
    const r = await run('jd', 'project-manager', '--out', out);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`Wrote ${out}\n`);
    expect(readFileSync(out, 'utf8')).toMatch(/^# Project Manager\n/);
    const blocked = await run('jd', 'project-manager', '--out', tmp);
    expect(blocked.code).toBe(2);
    expect(blocked.stderr).toContain('no file was written');
  });
});

describe('rolematrix jd --format json', () => {
  const PUBLISHED = 'docs/schemas/jd.schema.json';
  test('the published jd and posting schemas are the ones the types give (npm run schema writes them)', () => {
    expect(JSON.parse(readFileSync(PUBLISHED, 'utf8'))).toEqual(jdJsonSchema());
    expect(JSON.parse(readFileSync('docs/schemas/posting.schema.json', 'utf8'))).toEqual(postingJsonSchema());
  });

  test('both languages whatever --lang is, items with their sources, findings in the document and not on stderr', async () => {
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(
      JSON.parse(readFileSync(PUBLISHED, 'utf8')) as object,
    );
    const r = await run('jd', 'customer-service-manager', '--format', 'json', '--lang', 'zh');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const data = JSON.parse(r.stdout) as JdData;
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    expect(data.role).toEqual({
      id: 'customer-service-manager',
      title: { zh: '客服经理', en: 'Customer Service Manager' },
    });
    expect([data.jobDescriptions.zh.title, data.jobDescriptions.en.title]).toEqual([
      '客服经理',
      'Customer Service Manager',
    ]);
    const duties = data.jobDescriptions.en.sections.find((s) => s.key === 'duties')!;
    expect(duties.heading).toBe('Responsibilities');
    expect(duties.items[0]!.sources.slice(0, 3)).toEqual([
      { doc: 'role', path: 'duties[0]' },
      { doc: 'role', path: 'duties[0].title.en' },
      { doc: 'role', path: 'duties[0].activities[0].en' },
    ]);
    // The English JD cut one key activity for length; its note is in the document, at the role's YAML.
    expect(data.jobDescriptions.en.shortened).toEqual([{ duty: 'customer-issue-resolution', activities: [2] }]);
    expect(data.diagnostics.map((d) => `${d.file}:${d.line} ${d.path} ${d.code}`)).toContain(
      'roles/customer-service-manager.yaml:80 duties[2].activities[2] POSTING_SHORTENED',
    );
  });
});

describe('the examples in docs/examples/generated', () => {
  test.each([
    ['customer-service-manager', 'zh', 'md'],
    ['project-manager', 'en', 'md'],
    ['project-manager', 'en', 'jsonld'],
  ] as const)('%s in %s (%s) is what `rolematrix jd` writes', async (id, lang, format) => {
    const r = await run('jd', id, '--lang', lang, '--format', format, '--config', POSTING);
    expect(r.code).toBe(0);
    await expect(r.stdout).toMatchFileSnapshot(`../../docs/examples/generated/${id}.${lang}.${format}`);
  });
});
