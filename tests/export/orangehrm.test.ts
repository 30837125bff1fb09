import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { catalog, catalogSources } from '../../src/catalog/shipped.js';
import { shortenAtSentence } from '../../src/export/hr-common.js';
import { codePoints } from '../../src/export/hr-csv.js';
import { exportCatalog, type ExportResult } from '../../src/export/index.js';
import { ORANGEHRM_LIMITS, type OrangeHrmJobTitle } from '../../src/export/orangehrm.js';
import { parseSources } from '../../src/load/parse.js';
import { loadDocuments } from '../../src/catalog/load.js';

const bodies = (r: ExportResult): OrangeHrmJobTitle[] => {
  expect(r.files.map((f) => [f.name, f.mediaType])).toEqual([['orangehrm-job-titles.json', 'application/json']]);
  return JSON.parse(String(r.files[0]!.content)) as OrangeHrmJobTitle[];
};

const FIXTURE = 'tests/fixtures/export/orangehrm-limits.yaml';
const fixtureFiles = [{ path: FIXTURE, text: readFileSync(FIXTURE, 'utf8') }];
const fixture = loadDocuments(fixtureFiles);
const documents = parseSources(fixtureFiles);

describe('OrangeHRM export of the shipped catalog (English)', async () => {
  const r = await exportCatalog(catalog, 'orangehrm', { documents: parseSources(catalogSources) });
  const list = bodies(r);

  test('one job-title body per role, with exactly the API fields, all within the limits', () => {
    expect(list).toHaveLength(catalog.roles.size);
    for (const b of list) {
      expect(Object.keys(b)).toEqual(['title', 'description', 'note']);
      expect(codePoints(b.title)).toBeLessThanOrEqual(ORANGEHRM_LIMITS.title);
      expect(codePoints(b.description ?? '')).toBeLessThanOrEqual(ORANGEHRM_LIMITS.description);
      expect(codePoints(b.note ?? '')).toBeLessThanOrEqual(ORANGEHRM_LIMITS.note);
    }
    expect(list.find((b) => b.title === 'Customer Service Representative')).toEqual({
      title: 'Customer Service Representative',
      description:
        'A front-line post whose core job is answering customer enquiries and solving their problems: handling questions and complaints, suggesting products or services, following up on feedback and coordinating with other departments so every customer issue is seen through to the end.',
      note: 'Duties: Handling customer enquiries; Solving customer problems; Product advice and feedback follow-up',
    });
  });

  test('summaries over 400 characters are shortened at a sentence, each with a located warning that quotes what was left out', () => {
    expect(r.diagnostics.map((d) => [d.code, d.severity, d.file, d.path, d.line, d.column])).toEqual([
      ['EXPORT_TOO_LONG', 'warning', 'roles/account-manager.yaml', 'summary.en', 15, 7],
      ['EXPORT_TOO_LONG', 'warning', 'roles/customer-service-manager.yaml', 'summary.en', 15, 7],
      ['EXPORT_TOO_LONG', 'warning', 'roles/project-manager.yaml', 'summary.en', 15, 7],
    ]);
    const am = r.diagnostics[0]!;
    const dropped =
      'Works to SMART goals and is judged mainly on customer satisfaction, project completion and sales growth.';
    expect(am.excerpt).toBe(dropped);
    expect(am.message).toBe(
      `The summary has 403 characters, but OrangeHRM keeps at most 400 in a job title's description; the export keeps the whole sentences that fit (298 characters) and leaves out: "${dropped}".`,
    );
    const body = list.find((b) => b.title === 'Account Manager')!;
    const summary = (catalog.find('account-manager')!.summary as { en: string }).en;
    expect(summary.endsWith(dropped)).toBe(true);
    expect(body.description).toBe(summary.slice(0, summary.length - dropped.length).trimEnd());
    expect(codePoints(body.description!)).toBe(298);
  });
});

describe('OrangeHRM export in Chinese', async () => {
  const r = await exportCatalog(catalog, 'orangehrm', { lang: 'zh' });

  test('titles, descriptions and notes are Chinese; the Chinese summaries fit', () => {
    expect(r.diagnostics).toEqual([]);
    expect(bodies(r).find((b) => b.title === '客户服务代表')).toEqual({
      title: '客户服务代表',
      description:
        '一线服务岗位，核心是解答客户疑问、把客户遇到的问题处理好：答复各类疑问、受理投诉，给出产品或服务建议，跟进客户反馈，并与其他部门沟通协调，让客户的问题有始有终。',
      note: '岗位职责：处理客户咨询；解决客户问题；产品建议与反馈跟进',
    });
  });
});

describe('OrangeHRM limits', () => {
  test('the fixture loads cleanly', () => {
    expect(fixture.diagnostics).toEqual([]);
  });

  test('a 101-character title and a title repeated in another case are errors; exportCatalog then writes no file', async () => {
    const r = await exportCatalog(fixture.catalog, 'orangehrm', { documents });
    expect(r.files).toEqual([]);
    const errors = r.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => [d.code, d.file, d.path, d.line, d.column])).toEqual([
      ['EXPORT_TOO_LONG', FIXTURE, 'title.en', 38, 24],
      ['EXPORT_DUPLICATE', FIXTURE, 'title.en', 65, 26],
    ]);
    expect(errors[0]!.message).toBe(
      'The job title has 101 characters, but OrangeHRM holds at most 100; it would be refused or cut.',
    );
    expect(errors[0]!.zh.message).toBe(
      '职位名称有 101 个字符，而 OrangeHRM 最多只能保存 100 个，导入时会被拒绝或截断。',
    );
    expect(errors[1]!.message).toBe(
      'The job title "SERVICE DESK AGENT" is also the job title of role "dup-a"; OrangeHRM keeps it unique, so this record would be refused.',
    );
  });

  test('exactly 100 characters is accepted, counted in code points (99 Han characters and an emoji in Chinese)', async () => {
    const en = await exportCatalog(fixture.catalog, 'orangehrm', { roles: ['title-100'] });
    expect(en.diagnostics).toEqual([]);
    expect(codePoints(bodies(en)[0]!.title)).toBe(100);
    const zh = await exportCatalog(fixture.catalog, 'orangehrm', { roles: ['title-100'], lang: 'zh' });
    expect(zh.diagnostics).toEqual([]);
    const title = bodies(zh)[0]!.title;
    expect(title.length).toBe(101); // UTF-16 units: the emoji is a surrogate pair
    expect(codePoints(title)).toBe(100);
  });

  test('a long summary keeps its whole sentences and a long duty list keeps whole duties, each with a warning', async () => {
    const r = await exportCatalog(fixture.catalog, 'orangehrm', { roles: ['long-text'], documents });
    const [body] = bodies(r);
    expect(body!.description).toBe(
      'Answers customer enquiries by phone, chat and email, and solves their problems on the first contact wherever that is possible. ' +
        'Records every contact in the service system and follows open cases through to the end, chasing other departments when their help is needed. ' +
        'Passes complex complaints to the supervisor with a clear summary of what has been tried.',
    );
    expect(body!.note).toBe(
      `Duties: ${[1, 2, 3, 4, 5, 6, 7].map((i) => `Duty number ${i} with a fairly long descriptive title`).join('; ')}; …`,
    );
    expect(codePoints(body!.note!)).toBeLessThanOrEqual(400);
    expect(r.diagnostics.map((d) => [d.code, d.severity, d.path, d.line, d.column])).toEqual([
      ['EXPORT_TOO_LONG', 'warning', 'summary.en', 80, 7],
      ['EXPORT_TOO_LONG', 'warning', 'duties[7]', 90, 5],
    ]);
    expect(r.diagnostics[0]!.excerpt).toBe(
      'Suggests improvements to scripts and the knowledge base from what customers ask most often.',
    );
    expect(r.diagnostics[1]!.excerpt).toBe(
      [8, 9, 10, 11, 12].map((i) => `Duty number ${i} with a fairly long descriptive title`).join('; '),
    );
    expect(r.diagnostics[1]!.message).toContain('keeps the first 7 of 12 duties');
  });
});

describe('shortenAtSentence', () => {
  test.each([
    ['fits', 'One. Two.', 20, undefined],
    [
      'whole Latin sentences',
      'One two. Three four! Five six?',
      20,
      { text: 'One two. Three four!', dropped: 'Five six?', midSentence: false },
    ],
    [
      'whole Chinese sentences',
      '第一句话。第二句话！第三句话？',
      10,
      { text: '第一句话。第二句话！', dropped: '第三句话？', midSentence: false },
    ],
    [
      'no sentence fits: cut at a space, mark with …',
      'alpha beta gamma delta',
      12,
      { text: 'alpha beta…', dropped: 'gamma delta', midSentence: true },
    ],
    [
      'no sentence fits in Chinese: cut anywhere',
      '一二三四五六七八',
      5,
      { text: '一二三四…', dropped: '五六七八', midSentence: true },
    ],
  ] as const)('%s', (_, text, max, expected) => {
    const out = shortenAtSentence(text, max);
    expect(out).toEqual(expected);
    if (out !== undefined) expect(codePoints(out.text)).toBeLessThanOrEqual(max);
  });
});
