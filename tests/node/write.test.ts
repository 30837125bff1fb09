import { spawn } from 'node:child_process';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { run } from '../run-cli.js';
import { WriteError, writeFilesAtomically } from '../../src/node/write.js';

// Hostile file systems (issue 16): a symlink planted where a file goes, a name too long for the file system, a signal
// in the middle of writing many files.

const tmp = mkdtempSync(join(tmpdir(), 'rolematrix-write-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Every name in `dir`, recursively, that a write left behind as a temporary. */
const temporaries = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /(^|\/)\.rolematrix-/.test(f));

describe('writeFilesAtomically', () => {
  test('a symlink at a target is replaced, never written through; the file it pointed to is untouched', () => {
    const dir = join(tmp, 'links');
    mkdirSync(dir);
    const outside = join(tmp, 'outside.txt');
    writeFileSync(outside, 'precious');
    symlinkSync(outside, join(dir, 'a.yaml'));
    // The names the old writer used for its temporaries, planted as links too.
    symlinkSync(outside, join(dir, `.b.yaml.rolematrix-tmp-${process.pid}`));
    writeFilesAtomically([
      { path: join(dir, 'a.yaml'), content: 'new a' },
      { path: join(dir, 'b.yaml'), content: 'new b' },
    ]);
    expect(readFileSync(outside, 'utf8')).toBe('precious');
    expect(lstatSync(join(dir, 'a.yaml')).isSymbolicLink()).toBe(false);
    expect(readFileSync(join(dir, 'a.yaml'), 'utf8')).toBe('new a');
    expect(readFileSync(join(dir, 'b.yaml'), 'utf8')).toBe('new b');
    expect(temporaries(dir)).toEqual([]);
  });

  test('import --out through planted symlinks: exit 0, the linked file untouched', async () => {
    const out = join(tmp, 'import-out');
    mkdirSync(out);
    const outside = join(tmp, 'outside-import.txt');
    writeFileSync(outside, 'precious');
    symlinkSync(outside, join(out, 'project-manager.yaml'));
    const exported = join(tmp, 'exp');
    expect((await run('export', 'json', '--out', exported)).code).toBe(0);
    const r = await run('import', join(exported, 'rolematrix.catalog.json'), '--out', out);
    expect(r.code).toBe(0);
    expect(readFileSync(outside, 'utf8')).toBe('precious');
    expect(readFileSync(join(out, 'project-manager.yaml'), 'utf8')).toMatch(/^# yaml-language-server|^apiVersion/m);
    expect(temporaries(out)).toEqual([]);
  });

  test('a name too long for the file system: WriteError, nothing written, the directories it made removed', () => {
    const dir = join(tmp, 'long', 'deeper');
    const name = `${'r'.repeat(300)}.jdx.json`;
    let error: unknown;
    try {
      writeFilesAtomically([
        { path: join(dir, 'short.json'), content: '{}' },
        { path: join(dir, name), content: '{}' },
      ]);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(WriteError);
    expect((error as WriteError).code).toBe('ENAMETOOLONG');
    expect(existsSync(join(tmp, 'long'))).toBe(false);
  });

  test('the CLI: an output name too long is a usage error naming it, exit 2, nothing left behind', async () => {
    const out = join(tmp, 'long-cli');
    const r = await run('jd', 'project-manager', '--out', join(out, `${'x'.repeat(260)}.md`));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^Cannot write ".*x{260}\.md" \(ENAMETOOLONG\); no file was written\./);
    expect(existsSync(out)).toBe(false);
  });

  test('SIGTERM in the middle of writing 8,000 files: all of them are written, then the process ends by the signal', async () => {
    const dir = join(tmp, 'signal');
    const script = join(tmp, 'signal.ts');
    const writer = new URL('../../src/node/write.ts', import.meta.url).pathname;
    writeFileSync(
      script,
      [
        `import { writeFilesAtomically } from ${JSON.stringify(writer)};`,
        `const files = Array.from({ length: 8000 }, (_, i) => ({ path: ${JSON.stringify(dir)} + '/f' + i + '.yaml', content: 'x'.repeat(2000) }));`,
        // Tell the test the write is about to start; it sends SIGTERM while the (synchronous) write runs.
        `process.stdout.write('start\\n', () => { const t = Date.now(); while (Date.now() - t < 100); writeFilesAtomically(files); console.log('after the write'); });`,
      ].join('\n'),
    );
    const child = spawn(process.execPath, ['--import', 'tsx', script], { cwd: process.cwd() });
    let out = '';
    const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.on('exit', (code, signal) => resolve({ code, signal })),
    );
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out === 'start\n') setTimeout(() => child.kill('SIGTERM'), 150);
    });
    const { signal } = await ended;
    // The script's own line after the write runs (the write returns normally), then the held signal ends the process.
    expect({ signal, out }).toEqual({ signal: 'SIGTERM', out: 'start\nafter the write\n' });
    // The old files or the new ones, never a part: here the signal came during the write, so all of them.
    expect(readdirSync(dir).filter((f) => f.endsWith('.yaml'))).toHaveLength(8000);
    expect(temporaries(dir)).toEqual([]);
  }, 60_000);
});

describe('reading a catalog directory', () => {
  test('a symlinked role file is read (it was skipped silently, so validate said the role did not exist)', async () => {
    const dir = join(tmp, 'linked');
    mkdirSync(dir);
    const elsewhere = join(tmp, 'shared-role.yaml');
    writeFileSync(
      elsewhere,
      'apiVersion: rolematrix/v1\nkind: Role\nid: shared\ntitle: Shared\nfamily: ops\nlevel: staff\norientation: operations\nsummary: S\n',
    );
    writeFileSync(join(dir, 'catalog.yaml'), 'apiVersion: rolematrix/v1\nkind: Catalog\nname: X\nlanguages: [en]\n');
    writeFileSync(
      join(dir, 'v.yaml'),
      'apiVersion: rolematrix/v1\nkind: Vocabulary\nvocabulary: families\nentries:\n  - { id: ops, label: Ops }\n',
    );
    symlinkSync(elsewhere, join(dir, 'shared.yaml'));
    const r = await run('validate', dir);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('The catalog is valid: 1 role');
  });
});
