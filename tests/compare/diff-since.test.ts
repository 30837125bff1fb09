import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { DiffData } from '../../src/render/compare-data.js';
import { run } from '../run-cli.js';
import { readYamlAtRevision } from '../../src/node/git.js';

const VALID = fileURLToPath(new URL('../fixtures/valid/', import.meta.url));

/** git with a local identity and no signing, so the host's configuration cannot get in the way. */
function git(cwd: string, ...args: string[]): string {
  return execFileSync(
    'git',
    [
      '-c',
      'user.name=rolematrix tests',
      '-c',
      'user.email=tests@rolematrix.invalid',
      '-c',
      'commit.gpgsign=false',
      '-c',
      'init.defaultBranch=main',
      ...args,
    ],
    {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
}

/** The changes of `diff --format json` as table rows: role, change, item, before → after, demand. */
function rows(stdout: string): string[][] {
  return (JSON.parse(stdout) as DiffData).changes.map((c) => [
    c.role.title.en,
    c.kindLabel.en,
    c.key ?? c.path ?? '',
    c.text.en,
    c.demand,
  ]);
}

const tmp = mkdtempSync(join(tmpdir(), 'rolematrix-diff-since-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

beforeAll(() => {
  try {
    execFileSync('git', ['--version'], { stdio: 'ignore' });
  } catch (err) {
    throw new Error(
      `These tests need git on the PATH (\`git --version\` failed: ${(err as Error).message}). Install git; they are not skipped.`,
    );
  }
});

/** A repository whose first commit has only a README and whose second adds the valid fixture catalog under roles/. */
function repoWithCatalog(name: string): { repo: string; roles: string } {
  const repo = join(tmp, name);
  const roles = join(repo, 'roles');
  mkdirSync(repo, { recursive: true });
  git(repo, 'init', '-q');
  writeFileSync(join(repo, 'README.md'), '# roles\n');
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'readme');
  cpSync(VALID, roles, { recursive: true });
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'catalog');
  return { repo, roles };
}

function edit(file: string, from: string, to: string): void {
  const text = readFileSync(file, 'utf8');
  expect(text).toContain(from);
  writeFileSync(file, text.replace(from, to));
}

const NEW_ROLE = [
  'apiVersion: rolematrix/v1',
  'kind: Role',
  'id: support-team-lead',
  'title: { zh: 客服组长, en: Support team lead }',
  'family: customer-service',
  'level: supervisor',
  'reportsTo: support-manager',
  'orientation: customer',
  'summary: { zh: 带领一个客服小组。, en: Leads one support team. }',
  '',
].join('\n');

describe('rolematrix diff --since <rev> <dir> on a real git repository', () => {
  let repo: string;
  let roles: string;
  beforeAll(() => {
    ({ repo, roles } = repoWithCatalog('main'));
    // Uncommitted edits: an authority raised and a duty added, a KPI target tightened, one role deleted, one added.
    edit(join(roles, 'roles/support-agent.yaml'), 'authority: executes', 'authority: decides');
    edit(
      join(roles, 'roles/support-agent.yaml'),
      'permissions:\n',
      '  - id: handle-complaints\n    title: { zh: 处理投诉, en: Handle complaints }\n    category: customer-issues\npermissions:\n',
    );
    edit(
      join(roles, 'roles/support-manager.yaml'),
      "target: { op: '>=', value: 90, unit: percent }",
      "target: { op: '>=', value: 95, unit: percent }",
    );
    unlinkSync(join(roles, 'roles/senior-support-agent.yaml'));
    writeFileSync(join(roles, 'roles/support-team-lead.yaml'), NEW_ROLE);
  });

  test('HEAD against the working tree: role removed, the edited roles changes, role added (exit 0)', async () => {
    const cwd = process.cwd();
    const r = await run('diff', '--since', 'HEAD', roles, '--format', 'json');
    expect(process.cwd()).toBe(cwd);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(rows(r.stdout)).toEqual([
      // A removed role is no longer in the catalog: it is titled from the version it was removed from.
      ['Senior customer service agent', 'role removed', '', 'Senior customer service agent', 'neutral'],
      ['Customer service manager', 'KPI target tightened', 'customer-satisfaction', 'target: ≥ 90% → ≥ 95%', 'raises'],
      ['Support team lead', 'role added', '', 'Support team lead', 'neutral'],
      ['Customer service agent', 'duty added', 'handle-complaints', 'Handle complaints', 'raises'],
      ['Customer service agent', 'authority raised', 'issue-refunds', 'authority: Executes → Decides', 'raises'],
    ]);
  });

  test('a revision before the catalog existed: every role is added', async () => {
    const r = await run('diff', '--since', 'HEAD~1', roles, '--format', 'json');
    expect(r.code).toBe(0);
    expect(rows(r.stdout)).toEqual([
      ['Customer service manager', 'role added', '', 'Customer service manager', 'neutral'],
      ['Support team lead', 'role added', '', 'Support team lead', 'neutral'],
      ['Customer service agent', 'role added', '', 'Customer service agent', 'neutral'],
    ]);
  });

  test('the same directory reached through a symlink gives the same rows', async () => {
    const link = join(tmp, 'link');
    symlinkSync(repo, link, 'dir');
    const direct = await run('diff', '--since', 'HEAD', roles, '--format', 'json');
    const linked = await run('diff', '--since', 'HEAD', join(link, 'roles'), '--format', 'json');
    expect(linked.code).toBe(0);
    expect(rows(linked.stdout)).toEqual(rows(direct.stdout));
  });

  test('an unknown revision: exit 2, the message names it', async () => {
    const r = await run('diff', '--since', 'no-such-rev', roles, '--format', 'json');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(
      `Cannot read ${roles} at no-such-rev through git: "no-such-rev" is not a known revision.`,
    );
  });
});

describe('rolematrix diff --since: inputs git cannot read', () => {
  test('a directory outside any git repository: exit 2', async () => {
    const plain = join(tmp, 'plain');
    cpSync(VALID, join(plain, 'roles'), { recursive: true });
    const ceiling = process.env.GIT_CEILING_DIRECTORIES;
    // Keep git from finding a repository above the temporary directory, wherever that is.
    process.env.GIT_CEILING_DIRECTORIES = tmp;
    try {
      const r = await run('diff', '--since', 'HEAD', join(plain, 'roles'), '--format', 'json');
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(
        `Cannot read ${join(plain, 'roles')} at HEAD through git: fatal: not a git repository`,
      );
    } finally {
      if (ceiling === undefined) delete process.env.GIT_CEILING_DIRECTORIES;
      else process.env.GIT_CEILING_DIRECTORIES = ceiling;
    }
  });

  test('a directory that does not exist: exit 2, said so (not "git is not installed")', async () => {
    const missing = join(tmp, 'missing');
    const r = await run('diff', '--since', 'HEAD', missing);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      `Cannot read ${missing} at HEAD through git: The directory "${missing}" does not exist.`,
    );
    expect(r.stderr).not.toContain('not installed');
  });

  test('every file is read at the revision exactly as git show gives it: one batch, odd names and a BOM included', () => {
    const { repo, roles } = repoWithCatalog('batch');
    writeFileSync(join(roles, 'bom.yaml'), '\uFEFF# a byte-order mark first\napiVersion: rolematrix/v1\n');
    writeFileSync(join(roles, 'line\nbreak.yaml'), '# a name with a line break is read on its own\n');
    writeFileSync(join(roles, 'empty.yaml'), '');
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'odd files');
    // Changed in the working tree afterwards: the revision's text must win.
    writeFileSync(join(roles, 'bom.yaml'), 'changed later\n');
    const files = readYamlAtRevision('HEAD', roles);
    const listed = git(repo, 'ls-tree', '-r', '-z', '--name-only', 'HEAD', '--', 'roles')
      .split('\0')
      .filter((p) => /\.ya?ml$/.test(p));
    expect(files.map((f) => f.path.split('roles/').slice(1).join('roles/'))).toEqual(
      listed.map((p) => p.slice('roles/'.length)),
    );
    for (const [i, p] of listed.entries()) expect(files[i]!.text).toBe(git(repo, 'show', `HEAD:${p}`));
    expect(files.find((f) => f.path.endsWith('bom.yaml'))!.text.startsWith('\uFEFF# a byte-order mark first')).toBe(
      true,
    );
    expect(files.find((f) => f.path.endsWith('empty.yaml'))!.text).toBe('');
  });

  test('role files with non-ASCII names are read at the old revision too', async () => {
    const { roles } = repoWithCatalog('non-ascii');
    const text = readFileSync(join(roles, 'roles/support-manager.yaml'), 'utf8');
    writeFileSync(
      join(roles, 'roles/客服主管.yaml'),
      text.replace('id: support-manager', 'id: support-supervisor').replace('level: manager', 'level: supervisor'),
    );
    git(join(roles, '..'), 'add', '-A');
    git(join(roles, '..'), 'commit', '-q', '-m', 'a role file named in Chinese');
    const r = await run('diff', '--since', 'HEAD', roles, '--format', 'json');
    expect(r.code).toBe(0);
    expect(rows(r.stdout)).toEqual([]);
  });
});
