import { describe, expect, test } from 'vitest';
import { loadDocuments } from '../../src/catalog/load.js';
import { exportCatalog } from '../../src/export/index.js';
import { importDocuments } from '../../src/import/index.js';
import { shippedVocabularies } from '../../src/node/load.js';

// XML 1.0 cannot hold NUL and most control characters, so an XLSX cell loses them: the export says so where the text
// is written, instead of dropping them silently (issue 16 item 9).

const ROLE = `apiVersion: rolematrix/v1
kind: Role
id: clerk
title: Clerk
family: customer-service
level: staff
orientation: customer
summary: Keeps records.
duties:
  - id: file
    title: "File\\0records"
    category: operations
  - id: sort
    title: "Sort\\x07mail\\x07"
    category: operations
`;

const FILES = [
  {
    path: 'catalog.yaml',
    text: 'apiVersion: rolematrix/v1\nkind: Catalog\nname: Clerks\nbuildsOn: shipped\nlanguages: [en]\n',
  },
  { path: 'clerk.yaml', text: ROLE },
];

describe('characters an XLSX file cannot hold', () => {
  test('a warning at each text, with the characters named; the workbook is still written', async () => {
    const loaded = loadDocuments(FILES, { resolveBase: shippedVocabularies });
    expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(loaded.catalog.find('clerk')!.duties![0]!.title).toBe('File\0records');
    const out = await exportCatalog(loaded.catalog, 'xlsx', { documents: loaded.documents });
    expect(out.diagnostics.map((d) => [d.code, d.severity, d.file, d.path, d.line, d.column])).toEqual([
      ['EXPORT_CHARACTER_DROPPED', 'warning', 'clerk.yaml', 'duties[0].title', 11, 12],
      ['EXPORT_CHARACTER_DROPPED', 'warning', 'clerk.yaml', 'duties[1].title', 14, 12],
    ]);
    expect(out.diagnostics[0]!.message).toBe(
      'This text holds U+0000, which an XLSX file cannot hold; the workbook writes the text without it.',
    );
    expect(out.diagnostics[1]!.message).toContain('U+0007');
    expect(out.diagnostics[0]!.zh.message).toContain('U+0000');
    expect(out.files.map((f) => f.name)).toEqual(['rolematrix.xlsx']);
    // What the warning says is what happens: the text comes back without the character.
    const back = await importDocuments([{ file: 'rolematrix.xlsx', data: out.files[0]!.content }], 'xlsx');
    const duties = back.documents.find((d) => d.id === 'clerk')!.value.duties as { title: string }[];
    expect(duties[0]!.title).toBe('Filerecords');
  });

  test('a carriage return and text that reads like an XLSX escape come back from the workbook as written', async () => {
    const role = ROLE.replace('"File\\0records"', '"File\\r\\nrecords _x0041_ _x0041_x0042_"').replace(
      '"Sort\\x07mail\\x07"',
      '"Sort mail"',
    );
    const loaded = loadDocuments([FILES[0]!, { path: 'clerk.yaml', text: role }], { resolveBase: shippedVocabularies });
    const titles = loaded.catalog.find('clerk')!.duties!.map((d) => d.title);
    expect(titles).toEqual(['File\r\nrecords _x0041_ _x0041_x0042_', 'Sort mail']);
    const out = await exportCatalog(loaded.catalog, 'xlsx', { documents: loaded.documents });
    expect(out.diagnostics).toEqual([]);
    const back = await importDocuments([{ file: 'rolematrix.xlsx', data: out.files[0]!.content }], 'xlsx');
    const duties = back.documents.find((d) => d.id === 'clerk')!.value.duties as { title: string }[];
    expect(duties.map((d) => d.title)).toEqual(titles);
  });

  test('half of a surrogate pair (a YAML \\uD800 escape) is named and dropped too', async () => {
    const role = ROLE.replace('"File\\0records"', '"File\\ud800records"');
    const loaded = loadDocuments([FILES[0]!, { path: 'clerk.yaml', text: role }], { resolveBase: shippedVocabularies });
    const out = await exportCatalog(loaded.catalog, 'xlsx', { documents: loaded.documents });
    expect(out.diagnostics.map((d) => [d.code, d.path, d.line, d.message])).toEqual([
      [
        'EXPORT_CHARACTER_DROPPED',
        'duties[0].title',
        11,
        'This text holds U+D800, which an XLSX file cannot hold; the workbook writes the text without it.',
      ],
      expect.arrayContaining(['EXPORT_CHARACTER_DROPPED', 'duties[1].title']),
    ]);
    const back = await importDocuments([{ file: 'rolematrix.xlsx', data: out.files[0]!.content }], 'xlsx');
    const duties = back.documents.find((d) => d.id === 'clerk')!.value.duties as { title: string }[];
    expect(duties[0]!.title).toBe('Filerecords');
  });

  test('CSV keeps the character and does not warn', async () => {
    const loaded = loadDocuments(FILES, { resolveBase: shippedVocabularies });
    const out = await exportCatalog(loaded.catalog, 'csv', { documents: loaded.documents });
    expect(out.diagnostics).toEqual([]);
    const back = await importDocuments(
      out.files.map((f) => ({ file: f.name, data: f.content })),
      'csv',
    );
    const duties = back.documents.find((d) => d.id === 'clerk')!.value.duties as { title: string }[];
    expect(duties[0]!.title).toBe('File\0records');
  });
});
