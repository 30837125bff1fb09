import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { run } from '../run-cli.js';
import { decodeUtf8 } from '../../src/text/decode.js';

// Files that are not UTF-8 (issue 16, item 4): GBK from Chinese Windows editors and Excel, UTF-16 from Notepad's
// "Unicode", pictures. Each reader reports FILE_ENCODING at the first offending byte and stops (exit 2); none reads
// replacement characters as text.

const tmp = mkdtempSync(join(tmpdir(), 'rolematrix-encoding-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** `# 客服专员 … - 限男性，35岁以下，本地户口` saved as GBK (bytes from a GBK encoder). */
const GBK_JD = new Uint8Array([
  35, 32, 191, 205, 183, 254, 215, 168, 212, 177, 10, 10, 35, 35, 32, 200, 206, 214, 176, 210, 170, 199, 243, 10, 10,
  45, 32, 207, 222, 196, 208, 208, 212, 163, 172, 51, 53, 203, 234, 210, 212, 207, 194, 163, 172, 177, 190, 181, 216,
  187, 167, 191, 218, 10,
]);
/** A role whose title is 文员, saved as GBK. */
const GBK_ROLE = new Uint8Array([
  97, 112, 105, 86, 101, 114, 115, 105, 111, 110, 58, 32, 114, 111, 108, 101, 109, 97, 116, 114, 105, 120, 47, 118, 49,
  10, 107, 105, 110, 100, 58, 32, 82, 111, 108, 101, 10, 105, 100, 58, 32, 99, 108, 101, 114, 107, 10, 116, 105, 116,
  108, 101, 58, 32, 123, 32, 122, 104, 58, 32, 206, 196, 212, 177, 44, 32, 101, 110, 58, 32, 67, 108, 101, 114, 107, 32,
  125, 10, 102, 97, 109, 105, 108, 121, 58, 32, 111, 112, 115, 10, 108, 101, 118, 101, 108, 58, 32, 115, 116, 97, 102,
  102, 10, 111, 114, 105, 101, 110, 116, 97, 116, 105, 111, 110, 58, 32, 111, 112, 101, 114, 97, 116, 105, 111, 110,
  115, 10, 115, 117, 109, 109, 97, 114, 121, 58, 32, 75, 101, 101, 112, 115, 32, 116, 104, 101, 32, 114, 101, 99, 111,
  114, 100, 115, 46, 10,
]);
/** The first bytes of a PNG picture. */
const PNG = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
]);
/** Text as Windows Notepad saves "Unicode": UTF-16 LE with its byte-order mark. */
const utf16 = (s: string, bom = true) => {
  const out: number[] = bom ? [0xff, 0xfe] : [];
  for (const c of s) out.push(c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8);
  return new Uint8Array(out);
};

describe('decodeUtf8', () => {
  test.each([
    ['GBK', GBK_JD, { kind: 'not-utf8', line: 1, column: 3 }],
    ['UTF-16 with a BOM', utf16('# Agent\n'), { kind: 'utf16', line: 1, column: 1 }],
    [
      'UTF-16 without a BOM',
      utf16('# Customer service agent\n- Answer calls\n', false),
      { kind: 'utf16', line: 1, column: 2 },
    ],
    ['a PNG picture', PNG, { kind: 'binary', line: 3, column: 1 }],
    [
      'Latin-1 "Café" on line 2',
      new Uint8Array([0x61, 0x0a, 0x43, 0x61, 0x66, 0xe9, 0x0a]),
      { kind: 'not-utf8', line: 2, column: 4 },
    ],
  ] as const)('%s: what it is and where it shows first', (_name, bytes, problem) => {
    expect(decodeUtf8(bytes).problem).toEqual(problem);
  });

  test('UTF-8 comes back as text, its BOM dropped; a Chinese character before the bad byte counts as one column', () => {
    expect(decodeUtf8(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('岗位')]))).toEqual({
      text: '岗位',
    });
    const bytes = new Uint8Array([...new TextEncoder().encode('岗位'), 0xce, 0xc4]);
    expect(decodeUtf8(bytes).problem).toEqual({ kind: 'not-utf8', line: 1, column: 3 });
  });
});

describe('every reader stops at a file that is not UTF-8', () => {
  test('check-jd: a GBK posting that discriminates is not "0 findings": FILE_ENCODING, exit 2, in both languages', async () => {
    const file = join(tmp, 'gbk.md');
    writeFileSync(file, GBK_JD);
    const utf8 = join(tmp, 'utf8.md');
    writeFileSync(utf8, '# 客服专员\n\n## 任职要求\n\n- 限男性，35岁以下，本地户口\n');
    const r = await run('check-jd', file, utf8);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      `${file}:1:3: The file is not UTF-8: the bytes at line 1, column 3 are not valid UTF-8. It looks saved in another encoding, such as GBK (the default of Chinese Windows editors and Excel). [FILE_ENCODING]\n` +
        '  hint: Save the file as UTF-8 and try again: in Notepad, Save As → Encoding "UTF-8"; in VS Code, "Reopen with Encoding" (GBK), then "Save with Encoding" → UTF-8.\n',
    );
    const zh = await run('check-jd', file, '--lang', 'zh');
    expect(zh.stderr).toContain('该文件不是 UTF-8 编码：第 1 行第 3 列的字节不是有效的 UTF-8。');
    // The same posting in UTF-8 gets its three errors.
    const ok = await run('check-jd', utf8, '--format', 'json');
    const codes = (
      JSON.parse(ok.stdout) as { reports: { diagnostics: { code: string; severity: string }[] }[] }
    ).reports[0]!.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code);
    expect(codes).toEqual(expect.arrayContaining(['JD_GENDER', 'JD_AGE', 'JD_REGION']));
  });

  test('check-jd: UTF-16 and a picture are FILE_ENCODING too, each at its place', async () => {
    const a = join(tmp, 'unicode.md');
    writeFileSync(a, utf16('# Agent\n'));
    const b = join(tmp, 'picture.md');
    writeFileSync(b, PNG);
    const r = await run('check-jd', a, b);
    expect(r.code).toBe(2);
    expect(
      r.stderr
        .split('\n')
        .filter((l) => l.includes('[FILE_ENCODING]'))
        .map((l) => l.slice(0, l.indexOf(' '))),
    ).toEqual([`${a}:1:1:`, `${b}:3:1:`]);
    expect(r.stderr).toContain('saved as UTF-16');
    expect(r.stderr).toContain('The file is not text');
  });

  test('the loader: a role file saved as GBK is FILE_ENCODING at the title, and validate exits 2', async () => {
    const dir = join(tmp, 'catalog');
    mkdirSync(dir);
    writeFileSync(
      join(dir, 'catalog.yaml'),
      'apiVersion: rolematrix/v1\nkind: Catalog\nname: X\nlanguages: [zh, en]\n',
    );
    writeFileSync(
      join(dir, 'families.yaml'),
      'apiVersion: rolematrix/v1\nkind: Vocabulary\nvocabulary: families\nentries:\n  - { id: ops, label: Ops }\n',
    );
    writeFileSync(join(dir, 'clerk.yaml'), GBK_ROLE);
    const r = await run('validate', dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /clerk\.yaml:4:14: The file is not UTF-8: the bytes at line 4, column 14 are not valid UTF-8\./,
    );
    expect(r.stderr).toContain('[FILE_ENCODING]');
  });

  test('import: a YAML file to update whose comment is GBK is left alone: FILE_ENCODING, exit 2', async () => {
    const out = join(tmp, 'update');
    mkdirSync(out);
    const existing = new Uint8Array([
      ...new TextEncoder().encode('# '),
      0xce,
      0xc4,
      0xd4,
      0xb1,
      0x0a,
      ...new TextEncoder().encode('apiVersion: rolematrix/v1\n'),
    ]);
    writeFileSync(join(out, 'project-manager.yaml'), existing);
    const exported = join(tmp, 'exp');
    expect((await run('export', 'json', '--out', exported)).code).toBe(0);
    const r = await run('import', join(exported, 'rolematrix.catalog.json'), '--out', out);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${join(out, 'project-manager.yaml')}:1:3: The file is not UTF-8`);
    expect(new Uint8Array(readFileSync(join(out, 'project-manager.yaml')))).toEqual(existing);
  });

  test('jd --config: a posting file saved as UTF-16 is FILE_ENCODING, exit 2', async () => {
    const file = join(tmp, 'posting.yaml');
    writeFileSync(file, utf16('datePosted: 2026-12-01\n'));
    const r = await run('jd', 'project-manager', '--config', file);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/posting\.yaml:1:1: The file is saved as UTF-16/);
  });
});
