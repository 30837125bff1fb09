import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { ONET_FILES, readOnetDatabase, type OnetFileSpec } from '../../src/classification/onet.js';
import { excelInputs, textInputs } from './onet-fixture.js';

const DOCS = fileURLToPath(new URL('../../docs/classifications.md', import.meta.url));

describe('readOnetDatabase', () => {
  test('reads the text layout: occupations with tasks, ratings, education, job zones, titles and tools', async () => {
    const { database, diagnostics } = await readOnetDatabase(textInputs());
    expect(diagnostics).toEqual([]);
    expect(database.layout).toBe('text');
    expect(database.release).toBe('29.1');
    expect([...database.occupations.keys()]).toEqual(['43-4051.00', '11-1021.00', '13-1082.00']);
    const csr = database.occupations.get('43-4051.00')!;
    expect(csr.title).toBe('Customer Service Representatives');
    expect(csr.at).toEqual({ file: 'Occupation Data.txt', line: 2 });
    expect(csr.tasks.map((t) => [t.id, t.type, t.importance])).toEqual([
      ['9001', 'Core', 4.2],
      ['9002', 'Core', 4.6],
      ['9003', 'Core', 4.4],
      ['9004', 'Supplemental', 2.7],
      ['9005', 'Supplemental', 2.5],
    ]);
    expect(csr.skills.find((s) => s.name === 'Active Listening')).toEqual({
      elementId: '2.A.1.b',
      name: 'Active Listening',
      importance: 4.1,
      level: 3.9,
      suppressed: false,
      notRelevant: false,
    });
    expect(csr.skills.find((s) => s.name === 'Programming')?.notRelevant).toBe(true);
    expect(
      database.occupations.get('13-1082.00')!.skills.find((s) => s.name === 'Social Perceptiveness')?.suppressed,
    ).toBe(true);
    expect(csr.education.map((e) => e.percent)).toEqual([5, 60, 10, 15, 6, 4, 0, 0, 0, 0, 0, 0]);
    expect(csr.experience).toHaveLength(11);
    expect(csr.jobZone).toBe(2);
    expect(database.categories.get('RL:6')).toBe("Bachelor's Degree");
    expect(database.jobZoneNames.get(4)).toBe('Job Zone Four: Considerable Preparation Needed');
    expect(csr.alternateTitles).toEqual([
      { title: 'Customer Care Representative' },
      { title: 'Customer Service Agent', short: 'CSR' },
      { title: 'Call Center Representative' },
    ]);
    expect(csr.technology[0]).toEqual({
      name: 'Salesforce software',
      commodityCode: '43232306',
      commodityTitle: 'Customer relationship management CRM software',
      hot: true,
      inDemand: true,
    });
  });

  test('the Excel layout reads to the same occupations (extra columns ignored, numbers as numbers)', async () => {
    const text = await readOnetDatabase(textInputs());
    const excel = await readOnetDatabase(await excelInputs(), { folder: 'db_29_1_excel' });
    expect(excel.diagnostics).toEqual([]);
    expect(excel.database.layout).toBe('excel');
    expect(excel.database.release).toBe('29.1');
    const strip = (db: typeof text.database) => [...db.occupations.values()].map(({ at: _at, ...o }) => o);
    expect(strip(excel.database)).toEqual(strip(text.database));
  });

  test('only the occupations asked for are kept; every title is known', async () => {
    const { database } = await readOnetDatabase(textInputs(), { occupations: new Set(['11-1021.00']) });
    expect([...database.occupations.keys()]).toEqual(['11-1021.00']);
    expect(database.titles.get('43-4051.00')).toBe('Customer Service Representatives');
  });

  test('a folder without Occupation Data is an error; other missing files are warnings naming what drafts lack', async () => {
    const inputs = textInputs().filter((i) => i.file !== 'Occupation Data.txt' && i.file !== 'Technology Skills.txt');
    const { diagnostics } = await readOnetDatabase(inputs, { folder: 'db' });
    expect(diagnostics.map((d) => [d.code, d.severity, d.file, d.message])).toEqual([
      [
        'IMPORT_MISSING_FILE',
        'error',
        'db',
        'The folder has no "Occupation Data.txt", the O*NET file that lists the occupations.',
      ],
      [
        'IMPORT_MISSING_FILE',
        'warning',
        'db',
        'The folder has no "Technology Skills.txt"; the drafts go without what it holds (tools).',
      ],
    ]);
  });

  test('a missing column and a bad code point at the header and the cell', async () => {
    const inputs = textInputs().map((i) =>
      i.file === 'Occupation Data.txt'
        ? { file: i.file, data: 'O*NET-SOC Code\tTitle\tDescription\r\n43-4051\tBad\tNo\r\n' }
        : i.file === 'Job Zones.txt'
          ? { file: i.file, data: 'O*NET-SOC Code\tZone\r\n43-4051.00\t2\r\n' }
          : i,
    );
    const { diagnostics } = await readOnetDatabase(inputs);
    expect(diagnostics.map((d) => [d.code, d.file, d.path, d.line, d.column])).toEqual([
      ['INVALID_VALUE', 'Occupation Data.txt', 'Occupation Data!A2', 2, 1],
      ['IMPORT_MISSING_COLUMN', 'Job Zones.txt', 'Job Zones!1', 1, 1],
    ]);
    expect(diagnostics[1]!.message).toBe('The table has no "Job Zone" column.');
    expect(diagnostics[1]!.zh.message).toBe('该表没有“Job Zone”列。');
  });

  test('the columns read are among those docs/classifications.md lists as published, file by file', () => {
    const docs = readFileSync(DOCS, 'utf8');
    const start = docs.indexOf('<!-- onet-files -->');
    const end = docs.indexOf('<!-- /onet-files -->');
    expect(start).toBeGreaterThan(0);
    const published = new Map<string, string[]>();
    for (const line of docs.slice(start, end).split('\n')) {
      const cells = line.split(' | ');
      if (!line.startsWith('| `') || cells.length < 3) continue;
      const cols = [...cells[1]!.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
      for (const m of cells[0]!.matchAll(/`([^`]+)`/g)) published.set(m[1]!, cols);
    }
    for (const spec of Object.values(ONET_FILES) as OnetFileSpec[]) {
      for (const name of spec.names) {
        const cols = published.get(name);
        expect(cols, name).toBeDefined();
        for (const c of Object.values(spec.columns)) expect(cols, `${name}: ${c.headers[0]!}`).toContain(c.headers[0]);
      }
    }
  });
});
