import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { main } from '../../src/cli/main.js';
import { progressLine } from '../../src/cli/progress.js';
import { generateCatalog } from '../bench/generate.js';

const tmp = mkdtempSync(join(tmpdir(), 'rolematrix-progress-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function run(tty: boolean, ...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    stderrIsTTY: tty,
    cwd: tmp,
  });
  return { code, stdout, stderr };
}

describe('progress on stderr for long work, only on a terminal', () => {
  test('the line is redrawn in place, shows the last count, and is cleared at the end', () => {
    let err = '';
    const io = { stdout: () => {}, stderr: (s: string) => (err += s), stderrIsTTY: true };
    const line = progressLine(io, { en: 'Comparing pairs of roles', zh: '正在两两比较岗位' }, 'en', true);
    const result = line.during((update) => {
      for (let i = 1; i <= 19_900; i++) update(i, 19_900);
      return 42;
    });
    expect(result).toBe(42);
    expect(err.startsWith('\r\x1b[KComparing pairs of roles 1/19,900 (0%)')).toBe(true);
    expect(err.endsWith('\r\x1b[KComparing pairs of roles 19,900/19,900 (100%)\r\x1b[K')).toBe(true);
    // redrawn at most every 100 ms, not once per unit
    expect(err.split('\r\x1b[K').length).toBeLessThan(50);
  });

  test('nothing when stderr is not a terminal, or the work is small; the line is cleared when the work fails', () => {
    let err = '';
    const io = { stdout: () => {}, stderr: (s: string) => (err += s) };
    progressLine(io, { en: 'x', zh: 'x' }, 'en', true).during((update) => update(1, 2));
    progressLine({ ...io, stderrIsTTY: true }, { en: 'x', zh: 'x' }, 'en', false).during((update) => update(1, 2));
    expect(err).toBe('');
    expect(() =>
      progressLine({ ...io, stderrIsTTY: true }, { en: 'x', zh: '甲' }, 'zh', true).during((update) => {
        update(1, 2);
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(err).toBe('\r\x1b[K甲 1/2 (50%)\r\x1b[K');
  });

  test('check-jd on 20 files or more; matrix --scores on 200 roles or more', async () => {
    const files = Array.from({ length: 20 }, (_, i) => {
      const file = join(tmp, `jd-${i}.md`);
      writeFileSync(file, '# Customer Service Manager\n\n## Responsibilities\n\n- Handle customer complaints\n');
      return file;
    });
    const tty = await run(true, 'check-jd', ...files, '--format', 'json', '--lang', 'zh');
    expect(tty.stderr).toContain('\r\x1b[K正在检查职位描述 20/20 (100%)\r\x1b[K');
    expect(JSON.parse(tty.stdout).reports).toHaveLength(20);
    const piped = await run(false, 'check-jd', ...files, '--format', 'json');
    expect(piped.stderr).toBe('');
    expect((await run(true, 'check-jd', ...files.slice(1), '--format', 'json')).stderr).toBe('');

    const dir = join(tmp, 'big');
    for (const f of generateCatalog(200)) {
      mkdirSync(dirname(join(dir, f.path)), { recursive: true });
      writeFileSync(join(dir, f.path), f.text);
    }
    const matrix = await run(true, 'matrix', '--scores', '--dir', dir, '--format', 'csv');
    expect(matrix.code).toBe(0);
    expect(matrix.stderr).toContain('\r\x1b[KComparing pairs of roles 19,900/19,900 (100%)\r\x1b[K');
    expect(matrix.stdout).not.toContain('\x1b');
  }, 60_000);
});
