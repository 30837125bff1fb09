import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

/**
 * The stages of src/, left to right (docs/architecture.md): data flows YAML text → located documents → model → catalog
 * → engines → renderers → reports, exports and imports → Node helpers → CLI → package entry points. A module imports
 * only from its own stage or from a stage on an earlier line; stages on one line are siblings and neither imports the
 * other. An entry is a folder (`load/`) or a file (`labels.ts`); the longest entry that matches a file names its stage.
 * Type-only imports count: a type that flows backwards couples the stages as much as a value does.
 */
const STAGES: readonly (readonly string[])[] = [
  ['errors.ts'], // the one diagnostic type and its codes
  ['source/'], // YAML documents as read, node lookup, diagnostics pointing at a node
  ['model/'], // zod schemas; model/text.ts holds the languages and localized text
  ['text/', 'labels.ts'], // scalars, sentences and years in text; zh/en labels (both over model/text.ts)
  ['load/', 'classification/'], // YAML parsing and validation of one document; O*NET and CSCO tables read
  ['catalog/'], // loading a set of documents into the indexed, cross-checked catalog
  ['match/'], // the one text matcher: normalisation, segmentation, stemming, thesaurus, term weights
  ['dimensions/'], // the comparison dimensions: what each reads, compares, shows and how its changes are classified
  ['compare/', 'query/', 'raci/', 'jd/'], // engines over a catalog
  ['lint/'], // runs compare/ for near-duplicate roles
  ['render/'], // engine results → neutral tables → text, markdown, html, csv, json
  ['report/', 'export/'],
  ['import/'], // reads what export/ writes (canonical JSON, sheets)
  ['node/'], // file system, git, worker threads
  ['cli/'],
  ['index.ts'], // the package entry point
  ['node/index.ts'], // the `rolematrix/node` entry point: index.ts plus node/
];

const SRC = fileURLToPath(new URL('../src/', import.meta.url));

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** A file's path under src/, with forward slashes. */
const name = (file: string): string => relative(SRC, file).split('\\').join('/');

/** The stage entry a file belongs to and its line in STAGES, or undefined for a file no stage claims. */
function stageOf(file: string): { entry: string; rank: number } | undefined {
  let best: { entry: string; rank: number } | undefined;
  STAGES.forEach((line, rank) => {
    for (const entry of line) {
      const hit = entry.endsWith('/') ? file.startsWith(entry) : file === entry;
      if (hit && (best === undefined || entry.length > best.entry.length)) best = { entry, rank };
    }
  });
  return best;
}

interface Edge {
  from: string;
  to: string;
  specifier: string;
}

/** Every relative import, `export … from` and `import()` in src/, resolved to the file it names. */
function importGraph(): { files: string[]; edges: Edge[]; unresolved: string[] } {
  const files = filesUnder(SRC)
    .map(name)
    .filter((f) => !f.endsWith('.d.ts'))
    .sort();
  const known = new Set(files);
  const edges: Edge[] = [];
  const unresolved: string[] = [];
  for (const from of files) {
    const { importedFiles } = ts.preProcessFile(readFileSync(join(SRC, from), 'utf8'), true, true);
    for (const { fileName: specifier } of importedFiles) {
      // the package's own manifest (the CLI's version) is data, not a stage
      if (!specifier.startsWith('.') || specifier.endsWith('/package.json')) continue;
      const to = name(join(SRC, dirname(from), specifier)).replace(/\.js$/, '.ts');
      if (known.has(to)) edges.push({ from, to, specifier });
      else unresolved.push(`src/${from} imports '${specifier}', which is not a file of src/`);
    }
  }
  return { files, edges, unresolved };
}

const { files, edges, unresolved } = importGraph();

describe('layering of src/', () => {
  test('the import graph is read', () => {
    expect(unresolved).toEqual([]);
    expect(edges.length).toBeGreaterThan(300);
  });

  test('every file belongs to a stage', () => {
    expect(files.filter((f) => stageOf(f) === undefined).map((f) => `src/${f} is in no stage of STAGES`)).toEqual([]);
  });

  test('every import goes to the same stage or an earlier one', () => {
    const backwards: string[] = [];
    for (const { from, to, specifier } of edges) {
      const a = stageOf(from);
      const b = stageOf(to);
      if (a === undefined || b === undefined || a.entry === b.entry || b.rank < a.rank) continue;
      const why = b.rank === a.rank ? 'a sibling stage' : 'a later stage';
      backwards.push(`src/${from} imports '${specifier}': ${a.entry} may not import from ${b.entry} (${why})`);
    }
    expect(backwards).toEqual([]);
  });

  // With the order above a cycle implies a backwards import; this test names the stages it runs through.
  test('no cycle between stages', () => {
    const next = new Map<string, Set<string>>();
    for (const { from, to } of edges) {
      const a = stageOf(from)?.entry;
      const b = stageOf(to)?.entry;
      if (a === undefined || b === undefined || a === b) continue;
      next.set(a, (next.get(a) ?? new Set()).add(b));
    }
    const cycles: string[] = [];
    const done = new Set<string>();
    const visit = (stage: string, path: string[]): void => {
      const at = path.indexOf(stage);
      if (at >= 0) {
        cycles.push([...path.slice(at), stage].join(' → '));
        return;
      }
      if (done.has(stage)) return;
      for (const b of next.get(stage) ?? []) visit(b, [...path, stage]);
      done.add(stage);
    };
    for (const stage of next.keys()) visit(stage, []);
    expect(cycles).toEqual([]);
  });
});
