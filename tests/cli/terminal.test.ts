import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { run } from '../run-cli.js';

// issue 16, item 11: control characters in a role's text (an escape sequence, a bell, a backspace) reach the terminal
// as a visible U+FFFD in list and show, never raw.

const tmp = mkdtempSync(join(tmpdir(), 'rolematrix-terminal-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

test('list and show print escape sequences, bells and backspaces as U+FFFD', async () => {
  const dir = join(tmp, 'catalog');
  mkdirSync(dir);
  writeFileSync(join(dir, 'catalog.yaml'), 'apiVersion: rolematrix/v1\nkind: Catalog\nname: X\nlanguages: [en]\n');
  writeFileSync(
    join(dir, 'v.yaml'),
    'apiVersion: rolematrix/v1\nkind: Vocabulary\nvocabulary: families\nentries:\n  - { id: ops, label: Ops }\n',
  );
  writeFileSync(
    join(dir, 'r.yaml'),
    'apiVersion: rolematrix/v1\nkind: Role\nid: r\ntitle: "\\e[31mRed\\a clerk\\b"\nfamily: ops\nlevel: staff\norientation: operations\nsummary: "Keeps \\e]0;title\\a records."\n',
  );
  for (const argv of [['list'], ['show', 'r']]) {
    const r = await run(...argv, '--dir', dir);
    expect(r.code, r.stderr).toBe(0);
    // eslint-disable-next-line no-control-regex -- control characters are what must not be printed
    expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/);
    expect(r.stdout).toContain('\uFFFD[31mRed\uFFFD clerk\uFFFD');
  }
});
