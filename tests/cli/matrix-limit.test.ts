// `matrix --scores` draws a table for people (text, md, html) for up to 500 roles, as the workbook's similarity sheet:
// 3,000 roles were a 9-million-cell text table of 360 MB that took 95 s. The data formats have no limit.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { MATRIX_SHEET_MAX_ROLES } from '../../src/export/sheets.js';
import { generateCatalog, writeGenerated } from '../bench/generate.js';
import { run } from '../run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'rolematrix-matrix-limit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeGenerated(dir, generateCatalog(MATRIX_SHEET_MAX_ROLES + 1));

describe('matrix --scores on 501 roles', () => {
  test('text, md and html: a usage error that says how to get the matrix, in both languages, and nothing on stdout', async () => {
    expect(MATRIX_SHEET_MAX_ROLES).toBe(500);
    for (const format of ['text', 'md', 'html']) {
      const r = await run('matrix', '--scores', '--format', format, '--dir', dir);
      expect([r.code, r.stdout], format).toEqual([2, '']);
      expect(r.stderr.split('\n')[0]).toBe(
        'The similarity matrix of 501 roles has 251,001 scores, too many for a table, which is drawn for up to 500 roles. Write it as data with --format csv or --format json, or name at most 500 roles to compare: rolematrix matrix --scores <id…>.',
      );
    }
    const zh = await run('--lang', 'zh', 'matrix', '--scores', '--dir', dir);
    expect(zh.code).toBe(2);
    expect(zh.stderr.split('\n')[0]).toBe(
      '501 个岗位的相似度矩阵有 251,001 个分数，数量过多，无法以表格显示（表格最多显示 500 个岗位）。请用 --format csv 或 --format json 输出为数据，或指定不超过 500 个要比较的岗位：rolematrix matrix --scores <编号…>。',
    );
  });

  test('named roles still get their table, and csv has every role', async () => {
    const named = await run('matrix', '--scores', 'role-1', 'role-2', '--dir', dir);
    expect(named.code).toBe(0);
    expect(named.stdout).toContain('1 Role 1');
    const csv = await run('matrix', '--scores', '--format', 'csv', '--dir', dir);
    expect(csv.code).toBe(0);
    expect(csv.stdout.trimEnd().split('\r\n')).toHaveLength(MATRIX_SHEET_MAX_ROLES + 2);
  }, 60_000);
});
