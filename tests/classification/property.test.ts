// Any table gives diagnostics, never a crash; and whatever the source holds, the drafts it gives validate.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { loadDocuments } from '../../src/catalog/load.js';
import { readCscoTable } from '../../src/classification/csco.js';
import { readOnetDatabase } from '../../src/classification/onet.js';
import { draftCscoRoles, draftOnetRoles } from '../../src/import/draft.js';
import { planImport } from '../../src/import/write.js';
import { shippedVocabularies } from '../../src/node/load.js';

const withBase = { resolveBase: shippedVocabularies };
/** Cell text with what breaks tables and YAML: tabs, line breaks, quotes, commas, `#`, `: `, Chinese, spaces only. */
const cell = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom(
    '',
    ' ',
    '\t',
    '"',
    "'",
    '# x',
    'a: b',
    '- x',
    '客户服务',
    '1. 甲；2. 乙',
    'C++',
    'n/a',
    'NULL',
    '---',
    '*a',
    '&a',
  ),
);
const errorsOf = (files: { file: string; text: string }[]) =>
  loadDocuments(
    files.map((f) => ({ path: f.file, text: f.text })),
    withBase,
  ).diagnostics.filter((d) => d.severity === 'error');

describe('classification readers and drafts on any input', () => {
  test('O*NET: any occupation and task text reads, and its draft validates', async () => {
    await fc.assert(
      fc.asyncProperty(
        cell,
        cell,
        fc.array(fc.tuple(cell, cell), { maxLength: 4 }),
        async (title, description, tasks) => {
          const clean = (s: string) => s.replace(/[\t\r\n]/g, ' ');
          const files = [
            {
              file: 'Occupation Data.txt',
              data: `O*NET-SOC Code\tTitle\tDescription\n43-4051.00\t${clean(title)}\t${clean(description)}\n`,
            },
            {
              file: 'Task Statements.txt',
              data: `O*NET-SOC Code\tTask ID\tTask\tTask Type\n${tasks.map(([id, t], i) => `43-4051.00\t${clean(id) || i}\t${clean(t)}\t${i % 2 ? 'Supplemental' : 'Core'}`).join('\n')}\n`,
            },
            {
              file: 'Alternate Titles.txt',
              data: `O*NET-SOC Code\tAlternate Title\n43-4051.00\t${clean(description)}\n`,
            },
            { file: 'Technology Skills.txt', data: `O*NET-SOC Code\tExample\n43-4051.00\t${clean(title)}\n` },
          ];
          const { database } = await readOnetDatabase(files);
          const drafts = draftOnetRoles(database, 'all');
          const plan = planImport(drafts.documents, [], withBase);
          expect(errorsOf(plan.files.map((f) => ({ file: f.file, text: f.text })))).toEqual([]);
        },
      ),
      { numRuns: 150, seed: 17 },
    );
  });

  test('CSCO: any CSV reads to diagnostics or occupations, and their drafts validate', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { maxLength: 4 }), async (rows) => {
        const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
        const csv = [
          '职业编码,职业名称,定义,主要工作任务,本职业包含工种',
          ...rows.map((r, i) => [`4-07-02-${String(i + 10)}`, ...r].map(quote).join(',')),
        ].join('\n');
        const { occupations } = await readCscoTable({ file: 't.csv', data: csv });
        const drafts = draftCscoRoles(occupations, 'all');
        const plan = planImport(drafts.documents, [], withBase);
        expect(errorsOf(plan.files.map((f) => ({ file: f.file, text: f.text })))).toEqual([]);
      }),
      { numRuns: 150, seed: 17 },
    );
  });
});
