import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { afterAll, describe, expect, test } from 'vitest';
import { main } from '../../src/cli/main.js';
import { run } from '../run-cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'rolematrix-init-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('rolematrix init', () => {
  test('--vocabulary empty (the default): settings, own vocabularies, an example role, its schema; validate exits 0', async () => {
    const dir = join(tmp, 'own');
    const r = await run('init', dir);
    expect(r).toEqual({
      code: 0,
      stdout: `Created a role catalog in ${dir} (9 files). Next: rolematrix validate ${dir}\n`,
      stderr: '',
    });
    expect(readdirSync(dir).sort()).toEqual([
      'catalog.yaml',
      'rolematrix.schema.json',
      'specialist.yaml',
      'vocabulary',
    ]);
    expect(readdirSync(join(dir, 'vocabulary')).sort()).toEqual([
      'categories.yaml',
      'domains.yaml',
      'families.yaml',
      'kpis.yaml',
      'orientations.yaml',
      'settings.yaml',
    ]);
    const role = readFileSync(join(dir, 'specialist.yaml'), 'utf8');
    expect(role.split('\n')[0]).toBe('# yaml-language-server: $schema=./rolematrix.schema.json');
    expect(await run('validate', dir)).toEqual({
      code: 0,
      stdout: 'The catalog is valid: 1 roles, 13 vocabulary entries\n',
      stderr: '',
    });
    expect((await run('lint', dir, '--fail-on', 'warning')).code).toBe(0);
    expect((await run('list', '--dir', dir)).stdout).toBe(
      'Id          Title       Family   Level   Grade  Track\nspecialist  Specialist  General  Senior  2      Professional track\n',
    );
  });

  test('--vocabulary shipped --lang zh: builds on the shipped vocabularies, comments in Chinese; validate exits 0', async () => {
    const dir = join(tmp, 'shipped');
    const r = await run('init', dir, '--vocabulary', 'shipped', '--lang', 'zh');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`已在 ${dir} 中创建岗位目录（4 个文件）。下一步：rolematrix validate ${dir}\n`);
    const catalog = readFileSync(join(dir, 'catalog.yaml'), 'utf8');
    expect(catalog).toContain('buildsOn: shipped');
    expect(catalog).toContain('# 层级阶梯，由低到高。');
    expect(await run('validate', dir, '--lang', 'zh')).toEqual({
      code: 0,
      stdout: '目录有效：1 个岗位，102 个词汇条目\n',
      stderr: '',
    });
  });

  test('never overwrites: a directory with YAML files, or with a file init writes, is refused and left alone', async () => {
    const dir = join(tmp, 'taken');
    await run('init', dir);
    const before = readFileSync(join(dir, 'catalog.yaml'), 'utf8');
    const again = await run('init', dir);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain(`"${dir}" already has catalog.yaml, vocabulary/families.yaml`);
    expect(readFileSync(join(dir, 'catalog.yaml'), 'utf8')).toBe(before);

    const other = join(tmp, 'other');
    await run('init', join(other, 'sub'));
    writeFileSync(join(other, 'mine.yaml'), 'a: 1\n');
    const r = await run('init', other);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('already holds YAML files');
    expect(existsSync(join(other, 'catalog.yaml'))).toBe(false);
  });

  test('a bad --vocabulary is a usage error', async () => {
    const r = await run('init', join(tmp, 'x'), '--vocabulary', 'all');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--vocabulary must be empty or shipped for init, not "all".');
    expect(existsSync(join(tmp, 'x'))).toBe(false);
  });
});

describe('rolematrix schema --dir', async () => {
  const dir = join(tmp, 'schema');
  await run('init', dir);

  test("the catalog's own levels, tracks, categories and vocabulary ids are enums; a role file validates with ajv", async () => {
    const r = await run('schema', '--dir', dir);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout) as Record<string, unknown>;
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const validate = ajv.compile(schema);
    const role = parse(readFileSync(join(dir, 'specialist.yaml'), 'utf8')) as Record<string, unknown>;
    expect(validate(role), JSON.stringify(validate.errors)).toBe(true);

    const errorsFor = (change: Record<string, unknown>) => {
      validate({ ...role, ...change });
      return (validate.errors ?? []).filter((e) => e.keyword === 'enum').map((e) => [e.instancePath, e.params]);
    };
    // `staff` is a built-in level, not one of this catalog's.
    expect(errorsFor({ level: 'staff' })).toContainEqual([
      '/level',
      { allowedValues: ['associate', 'senior', 'expert', 'manager', 'director'] },
    ]);
    expect(errorsFor({ track: 'fast-track' })).toContainEqual([
      '/track',
      { allowedValues: ['professional', 'management'] },
    ]);
    expect(errorsFor({ family: 'customer-service' })).toContainEqual(['/family', { allowedValues: ['general'] }]);
    expect(errorsFor({ duties: [{ id: 'x', title: 'X', category: 'quality' }] })).toContainEqual([
      '/duties/0/category',
      { allowedValues: ['delivery', 'collaboration', 'improvement', 'people'] },
    ]);
  });

  test('the schema init wrote is the one schema --dir writes', async () => {
    expect(readFileSync(join(dir, 'rolematrix.schema.json'), 'utf8')).toBe((await run('schema', '--dir', dir)).stdout);
  });

  test('a catalog with errors: its diagnostics, exit 2 (bad input), no schema', async () => {
    const bad = join(tmp, 'bad-schema');
    await run('init', bad);
    writeFileSync(
      join(bad, 'specialist.yaml'),
      readFileSync(join(bad, 'specialist.yaml'), 'utf8').replace('level: senior', 'level: boss'),
    );
    const r = await run('schema', '--dir', bad, '--out', join(bad, 'out.json'));
    expect(r.code).toBe(2);
    expect(r.stdout + r.stderr).toContain('"boss" is not allowed here');
    expect(existsSync(join(bad, 'out.json'))).toBe(false);
  });
});

describe('a catalog that builds on the shipped vocabularies, through export and import', () => {
  test('exported as JSON and imported into a new directory: exit 0, and the schema written there is the catalog’s own', async () => {
    const dir = join(tmp, 'roundtrip');
    await run('init', dir, '--vocabulary', 'shipped');
    const out = join(tmp, 'roundtrip-export');
    let stdout = '';
    const io = { stdout: (s: string) => (stdout += s), stderr: (s: string) => (stdout += s) };
    expect(await main(['export', 'json', '--dir', dir, '--out', out], io)).toBe(0);
    const back = join(tmp, 'roundtrip-import');
    expect(await main(['import', join(out, 'rolematrix.catalog.json'), '--out', back], io), stdout).toBe(0);
    expect((await run('validate', back)).code).toBe(0);
    const schema = readFileSync(join(back, 'rolematrix.schema.json'), 'utf8');
    expect(schema).toContain('"associate"');
    expect(schema).not.toContain('"supervisor"');
  });
});
