// writeJsonDocument (src/render/output-data.ts): a JSON document written a part at a time, its long lists an item per
// line, read back as the same value as JSON.stringify's; the commands that write the largest documents use it.
import { expect, test } from 'vitest';
import { JsonText, writeJsonDocument } from '../../src/render/output-data.js';
import { rowTexts } from '../../src/compare/rows.js';
import { loadDocuments } from '../../src/catalog/load.js';
import { generateCatalog } from '../bench/generate.js';
import { findOverlaps } from '../../src/compare/overlaps.js';
import { overlapsData } from '../../src/render/compare-data.js';
import { main } from '../../src/cli/main.js';

function written(doc: Record<string, unknown>, long: readonly string[]): { text: string; parts: string[] } {
  const parts: string[] = [];
  writeJsonDocument(doc, long, (t) => parts.push(t));
  return { text: parts.join(''), parts };
}

test('fields are indented as JSON.stringify(doc, null, 2) indents them; long lists have an item per line', () => {
  const doc = {
    format: 'x@1',
    nested: { a: [1, 2], b: { c: 'line\nbreak "quoted"' } },
    skipped: undefined,
    items: [{ id: 'a', title: { zh: '甲', en: 'A' } }, [1, 2], 'text', null],
    empty: [],
    last: 0.5,
  };
  const { text } = written(doc, ['items', 'empty']);
  expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(doc)));
  expect(text).toBe(
    [
      '{',
      '  "format": "x@1",',
      '  "nested": {',
      '    "a": [',
      '      1,',
      '      2',
      '    ],',
      '    "b": {',
      '      "c": "line\\nbreak \\"quoted\\""',
      '    }',
      '  },',
      '  "items": [',
      '    {"id":"a","title":{"zh":"甲","en":"A"}},',
      '    [1,2],',
      '    "text",',
      '    null',
      '  ],',
      '  "empty": [],',
      '  "last": 0.5',
      '}',
      '',
    ].join('\n'),
  );
  // Without long fields it is JSON.stringify's text.
  expect(written(doc, []).text).toBe(`${JSON.stringify(doc, null, 2)}\n`);
});

test('what JSON.stringify leaves out or turns into null is left out or null; only arrays and iterators are streamed', () => {
  const doc = {
    f: () => 1,
    s: Symbol('s'),
    u: undefined,
    items: [1, undefined, () => 2, 'x'],
    map: new Map([['a', 1]]),
    dated: [new Date(Date.UTC(2026, 0, 2))],
    last: 'end',
  };
  const { text } = written(doc, ['items', 'map', 'dated']);
  expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(doc)));
  expect(text).toContain('  "items": [\n    1,\n    null,\n    null,\n    "x"\n  ],');
  expect(text).toContain('  "map": {},');
  expect(written({}, []).text).toBe('{}\n');
  expect(written({ f: () => 1 }, []).text).toBe('{}\n');
});

test('an iterable is written as it is made, in parts of about 64 K characters', () => {
  let made = 0;
  function* rows(): Generator<number[]> {
    for (let i = 0; i < 300; i++) {
      made++;
      yield Array.from({ length: 100 }, (_, j) => i * 1000 + j + 0.5);
    }
  }
  const parts: string[] = [];
  let madeAtFirstWrite = -1;
  writeJsonDocument({ scores: rows() }, ['scores'], (t) => {
    if (madeAtFirstWrite < 0) madeAtFirstWrite = made;
    parts.push(t);
  });
  // The first part went out long before the last row was made.
  expect(madeAtFirstWrite).toBeGreaterThan(0);
  expect(madeAtFirstWrite).toBeLessThan(300);
  expect(parts.length).toBeGreaterThan(3);
  // Every part but the last is at least 64 K characters, and at most one item more.
  for (const p of parts.slice(0, -1)) {
    expect(p.length).toBeGreaterThanOrEqual(1 << 16);
    expect(p.length).toBeLessThan((1 << 16) + 2000);
  }
  const back = JSON.parse(parts.join('')) as { scores: number[][] };
  expect(back.scores).toHaveLength(300);
  expect(back.scores[299]![99]).toBe(299099.5);
});

test('overlaps --format json: the overlaps document, a pair of roles per line', async () => {
  // Sixty generated roles whose duties are the same seven: every pair overlaps.
  const files = generateCatalog(60);
  const { catalog } = loadDocuments(files);
  const { mkdtempSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { writeGenerated } = await import('../bench/generate.js');
  const dir = mkdtempSync(join(tmpdir(), 'rolematrix-json-document-'));
  try {
    writeGenerated(dir, files);
    let stdout = '';
    const code = await main(['overlaps', '--dir', dir, '--format', 'json'], {
      stdout: (s) => (stdout += s),
      stderr: () => {},
    });
    expect(code).toBe(0);
    const expected = overlapsData(findOverlaps(catalog, 0.6), catalog);
    expect(expected.roles.length).toBeGreaterThan(10);
    expect(JSON.parse(stdout)).toEqual(expected);
    const lines = stdout.split('\n');
    expect(lines.filter((l) => l.startsWith('    {"a":'))).toHaveLength(expected.roles.length);
    expect(lines[lines.indexOf('  "roles": [') + 1]).toBe(`    ${JSON.stringify(expected.roles[0])},`);
    expect(expected.duties.length).toBeGreaterThan(0);
    expect(lines.filter((l) => l.startsWith('    {"score":'))).toHaveLength(expected.duties.length);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('an item given as JSON text is written as it is, and rowTexts gives each row as JSON.stringify does', () => {
  const score = (i: number, j: number) => (i === j ? 1 : 1 / (i + j + 3));
  const rows = [...rowTexts(3, score)];
  expect(rows).toEqual([0, 1, 2].map((i) => JSON.stringify([0, 1, 2].map((j) => score(i, j)))));
  expect([...rowTexts(3, score, 1, 2)]).toEqual([rows[1]]);
  let out = '';
  writeJsonDocument({ scores: rows.map((r) => new JsonText(r)), n: 3 }, ['scores'], (t) => (out += t));
  expect(out).toBe(`{\n  "scores": [\n    ${rows.join(',\n    ')}\n  ],\n  "n": 3\n}\n`);
  expect(JSON.parse(out)).toEqual({ scores: rows.map((r) => JSON.parse(r) as unknown), n: 3 });
});
