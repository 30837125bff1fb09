// The loader parses large catalogs on worker threads (src/node/parse.ts). Those exist only in the built package, so
// this test loads dist/ (the test setup builds it) and compares the result with parsing on one thread.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, expect, onTestFinished, test } from 'vitest';
import { generateCatalog } from '../bench/generate.js';

const dist = (await import(
  pathToFileURL(resolve('dist/node/index.js')).href
)) as typeof import('../../src/node/index.js');
const dir = mkdtempSync(join(tmpdir(), 'rolematrix-parse-parallel-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes `n` generated roles (and their catalog file) into `into`, each text passed through `edit`. */
function writeRoles(into: string, n: number, edit = (text: string) => text): void {
  for (const f of generateCatalog(n)) {
    const path = join(into, f.path.replace(/^roles\//u, ''));
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, edit(f.text));
  }
}

writeRoles(dir, 40);
// Problems of every stage, in files each thread may get: a syntax error, a schema error, a dangling reference, and a
// role that only lint finds fault with.
writeFileSync(
  join(dir, 'broken.yaml'),
  'apiVersion: rolematrix/v1\nkind: Role\nid: broken\ntitle: { zh: 坏, en: "unclosed\n',
);
writeFileSync(
  join(dir, 'role-3.yaml'),
  generateCatalog(4)
    .find((f) => f.path === 'roles/role-3.yaml')!
    .text.replace('level: manager', 'level: manger'),
);
writeFileSync(
  join(dir, 'role-7.yaml'),
  generateCatalog(8)
    .find((f) => f.path === 'roles/role-7.yaml')!
    .text.replace('reportsTo: role-5', 'reportsTo: nobody'),
);
// A BOM and CRLF line ends: positions count from the first character after the BOM, on any thread.
writeFileSync(
  join(dir, 'role-9.yaml'),
  `\ufeff${generateCatalog(10)
    .find((f) => f.path === 'roles/role-9.yaml')!
    .text.replace('reportsTo: role-5', 'reportsTo: nobody')
    .replaceAll('\n', '\r\n')}`,
);

const where = (d: { file: string; line?: number; column?: number; path: string; code: string }) =>
  `${d.file.slice(dir.length + 1)}:${d.line}:${d.column} ${d.path} ${d.code}`;

test('on worker threads the loader finds the same problems at the same places as on one', () => {
  const one = dist.loadCatalog(dir, { threads: 1 });
  const two = dist.loadCatalog(dir, { threads: 3 });
  expect(two.diagnostics.map(where)).toEqual(one.diagnostics.map(where));
  expect(two.diagnostics.map(where)).toEqual(
    expect.arrayContaining([
      'broken.yaml:4:8  YAML_SYNTAX',
      expect.stringMatching(/^role-3\.yaml:\d+:8 level INVALID_VALUE$/u),
      expect.stringMatching(/^role-7\.yaml:\d+:12 reportsTo DANGLING_REFERENCE$/u),
      expect.stringMatching(/^role-9\.yaml:\d+:12 reportsTo DANGLING_REFERENCE$/u),
    ]),
  );
  // Documents read by a worker, or by the fast path of plain YAML (src/load/plain.ts) on either thread, make their
  // YAML nodes on demand (a getter); the same documents are plain either way.
  const lazy = (r: typeof one) => r.documents.filter((d) => Object.getOwnPropertyDescriptor(d, 'doc')?.get).length;
  expect(lazy(two)).toBeGreaterThan(one.documents.length / 2);
  expect([...two.catalog.roles.keys()]).toEqual([...one.catalog.roles.keys()]);
  expect(two.catalog.list()).toEqual(one.catalog.list());
});

test('this thread and the workers share the files: each parses some, and the catalog is the same', () => {
  // 300 files the fast path declines (a tab in a comment), so the yaml library reads each for a few milliseconds:
  // this thread starts at once and the workers join when they have started. A file parsed here has its YAML nodes
  // already; one parsed by a worker makes them when asked (a getter), which tells the two apart.
  const many = mkdtempSync(join(tmpdir(), 'rolematrix-parse-shared-'));
  onTestFinished(() => rmSync(many, { recursive: true, force: true }));
  writeRoles(many, 300, (text) => `${text}#\tend\n`);
  const one = dist.loadCatalog(many, { threads: 1 });
  const three = dist.loadCatalog(many, { threads: 3 });
  expect(three.diagnostics).toEqual(one.diagnostics);
  expect(three.catalog.list()).toEqual(one.catalog.list());
  const byWorker = three.documents.filter((d) => Object.getOwnPropertyDescriptor(d, 'doc')?.get).length;
  expect(one.documents.filter((d) => Object.getOwnPropertyDescriptor(d, 'doc')?.get)).toHaveLength(0);
  expect(byWorker).toBeGreaterThan(0);
  expect(byWorker).toBeLessThan(three.documents.length);
});

test('documents parsed on a worker still point lint findings at their lines', () => {
  const one = dist.loadCatalog(dir, { threads: 1 });
  const two = dist.loadCatalog(dir, { threads: 3 });
  const lint = (r: typeof one) => dist.lintCatalog(r.catalog, { documents: r.documents }).map(where);
  const linted = lint(two);
  expect(linted.length).toBeGreaterThan(10);
  expect(linted).toEqual(lint(one));
  expect(linted.every((l) => !/:undefined:|:0:/u.test(l))).toBe(true);
  expect(linted.filter((l) => l.startsWith('role-9.yaml:')).length).toBeGreaterThan(0);
});

test('similarity matrices scored on worker threads (useThreadsForMatrices) equal those scored in one thread', () => {
  const { catalog, diagnostics } = dist.loadDocuments(generateCatalog(320));
  expect(diagnostics).toEqual([]);
  const roles = catalog.list();
  const here = dist.similarityMatrix(roles, catalog);
  const floored = dist.similarityMatrix(roles, catalog, { floor: 0.6 });
  const progress: number[] = [];
  dist.useThreadsForMatrices(3);
  try {
    const threaded = dist.similarityMatrix(roles, catalog, { onProgress: (done) => progress.push(done) });
    expect(threaded.scores).toEqual(here.scores);
    // Told as rows arrive: this thread's share one by one, then each worker's share at once, ending at every pair.
    expect(progress.at(-1)).toBe((320 * 319) / 2);
    expect(progress.length).toBeGreaterThan(100);
    // With a floor, the workers give up on the same pairs.
    expect(dist.similarityMatrix(roles, catalog, { floor: 0.6 }).scores).toEqual(floored.scores);
  } finally {
    dist.useThreadsForMatrices(1);
  }
});

test('overlaps on worker threads equal overlaps in one thread', () => {
  // 320 roles whose duties are the same seven: every duty is shared, and every role is scored against every other.
  // On threads, this thread finds the shared duties while the workers score (tests/compare/matrix-floor.test.ts holds
  // when `meanwhile` runs); here the two results must be the same.
  const { catalog, diagnostics } = dist.loadDocuments(generateCatalog(320));
  expect(diagnostics).toEqual([]);
  const here = dist.findOverlaps(catalog, 0.6);
  expect(here.duties.length).toBeGreaterThan(0);
  expect(here.duties[0]!.holders).toHaveLength(320);
  dist.useThreadsForMatrices(3);
  try {
    expect(dist.findOverlaps(catalog, 0.6)).toEqual(here);
    // Work of this thread that throws while the workers score (finding shared duties asks `inherits`): the error
    // comes out, the workers give the job up, and the next matrix they score is whole.
    const inherits = catalog.inherits.bind(catalog);
    catalog.inherits = () => {
      throw new Error('from this thread');
    };
    expect(() => dist.findOverlaps(catalog, 0.6)).toThrow('from this thread');
    catalog.inherits = inherits;
    expect(dist.findOverlaps(catalog, 0.6)).toEqual(here);
  } finally {
    dist.useThreadsForMatrices(1);
  }
});

test('texts read on worker threads (useThreadsForReading) give the same comparisons and query results', () => {
  // Over the million characters of role text from which a catalog's texts are read on threads.
  const files = generateCatalog(700, { distinct: true });
  const compareSome = (catalog: ReturnType<typeof dist.loadDocuments>['catalog']) => {
    const [a, b, c] = ['role-0', 'role-1', 'role-350'].map((id) => catalog.find(id)!);
    return [
      dist.compareRoles(a!, b!, catalog),
      dist.compareRoles(a!, c!, catalog),
      dist.query(catalog, '投诉 or work'),
    ];
  };
  const here = compareSome(dist.loadDocuments(files).catalog);
  // Every role, as the matrix reads them: each role is read while the threads still read the texts of later ones.
  const matrix = (catalog: ReturnType<typeof dist.loadDocuments>['catalog']) =>
    dist.similarityMatrix([...catalog.roles.values()].slice(0, 120), catalog).scores;
  const matrixHere = matrix(dist.loadDocuments(files).catalog);
  dist.useThreadsForReading();
  try {
    expect(compareSome(dist.loadDocuments(files).catalog)).toEqual(here);
    expect(matrix(dist.loadDocuments(files).catalog)).toEqual(matrixHere);
  } finally {
    dist.useThreadsForReading(false);
  }
});

test('files are read where they are parsed: a worker finds the same encoding and size problems as this thread', () => {
  // Each thread reads the files it takes; what cannot be read (not UTF-8, over the size limit) is reported alike. The
  // two bad files sort last, where a worker that has started takes batches (the readAndParseFile test below holds the
  // worker's reading to this thread's whatever the timing).
  const read = mkdtempSync(join(tmpdir(), 'rolematrix-parse-read-'));
  onTestFinished(() => rmSync(read, { recursive: true, force: true }));
  writeRoles(read, 60);
  // 限男性 in GBK on the title line, and a file of 200,000 bytes against a limit of 100,000.
  writeFileSync(
    join(read, 'zz-gbk.yaml'),
    Buffer.concat([
      Buffer.from('apiVersion: rolematrix/v1\nkind: Role\nid: gbk\ntitle: '),
      Buffer.from([0xcf, 0xde, 0xc4, 0xd0, 0xd0, 0xd4]),
      Buffer.from('\n'),
    ]),
  );
  writeFileSync(join(read, 'zz-huge.yaml'), `# ${'x'.repeat(200_000)}\n`);
  const options = { maxFileBytes: 100_000 };
  const one = dist.loadCatalog(read, { ...options, threads: 1 });
  const three = dist.loadCatalog(read, { ...options, threads: 3 });
  const codes = (r: typeof one) =>
    r.diagnostics.map((d) => `${d.file.slice(read.length + 1)}:${d.line}:${d.column} ${d.code}`);
  expect(codes(three)).toEqual(codes(one));
  expect(codes(three)).toEqual(
    expect.arrayContaining(['zz-gbk.yaml:4:8 FILE_ENCODING', 'zz-huge.yaml:1:1 FILE_TOO_LARGE']),
  );
  expect(three.catalog.list()).toEqual(one.catalog.list());
  expect(three.catalog.roles.size).toBe(60);
});

test('a worker reads a file as this thread does: the same text, values and problems', async () => {
  // What readAndParseFile (run on the workers) gives for each kind of file equals what this thread's reading gives.
  const { readAndParse, readAndParseFile } = await import('../../src/node/parse.js');
  const read = mkdtempSync(join(tmpdir(), 'rolematrix-parse-one-'));
  onTestFinished(() => rmSync(read, { recursive: true, force: true }));
  const files = {
    'plain.yaml': generateCatalog(2).find((f) => f.path === 'roles/role-1.yaml')!.text,
    'broken.yaml': 'apiVersion: rolematrix/v1\nkind: Role\nid: broken\ntitle: { zh: 坏, en: "unclosed\n',
    'gbk.yaml': Buffer.from([0x69, 0x64, 0x3a, 0x20, 0xcf, 0xde, 0x0a]),
    'utf16.yaml': Buffer.from('\ufeffid: x\n', 'utf16le'),
    'huge.yaml': `# ${'x'.repeat(20_000)}\n`,
  };
  for (const [name, content] of Object.entries(files)) writeFileSync(join(read, name), content);
  const paths = [...Object.keys(files), 'missing.yaml'].map((n) => join(read, n));
  const options = { maxFileBytes: 10_000 };
  const here = readAndParse(paths, options, 1);
  const there = paths.map((p) => readAndParseFile(p, options));
  expect(there.map((r) => r.diagnostics)).toEqual(here.map((r) => r.diagnostics));
  expect(there.map((r) => r.parsed?.documents.map((d) => d.value))).toEqual(
    here.map((r) => r.source?.documents.map((d) => d.value)),
  );
  // A file with a syntax error has no documents here; its text came back from the worker all the same.
  expect(there.map((r) => r.text?.length)).toEqual([
    files['plain.yaml'].length,
    files['broken.yaml'].length,
    undefined,
    undefined,
    undefined,
    undefined,
  ]);
  expect(there[0]!.text).toBe(here[0]!.source!.documents[0]!.text);
  expect(here.map((r) => r.diagnostics.map((d) => d.code))).toEqual([
    [],
    [],
    ['FILE_ENCODING'],
    ['FILE_ENCODING'],
    ['FILE_TOO_LARGE'],
    ['IO_ERROR'],
  ]);
});

test('a path that cannot even be looked at is an IO_ERROR, not a throw, when the loader picks the threads', () => {
  // The size check that decides how many threads to start stats every path: ENOTDIR here, as ELOOP or EACCES elsewhere.
  const r = dist.loadFiles(['/etc/passwd/x.yaml']);
  expect(r.diagnostics.map((d) => d.code)).toEqual(['IO_ERROR']);
});
