import { parseSources } from '../../src/load/parse.js';
import { describe, expect, test } from 'vitest';
import { catalogFromCompiled, compileCatalog } from '../../src/catalog/compiled.js';
import { loadDocuments } from '../../src/catalog/load.js';
import { catalog as shipped, catalogSources, shippedVocabularies } from '../../src/catalog/shipped.js';
import { vocabulariesOf } from '../../src/catalog/shipped-vocabularies.js';
import { catalogReadings, compareRoles } from '../../src/compare/compare.js';
import { similarityMatrix } from '../../src/compare/many.js';
import { readCatalogSources } from '../../src/node/files.js';
import type { Catalog } from '../../src/catalog/catalog.js';

/** What a reader of a catalog sees of it, as plain data. */
function seen(c: Catalog) {
  return JSON.parse(
    JSON.stringify({
      settings: c.settings,
      roles: c.list(),
      vocabularies: Object.fromEntries(Object.entries(c.vocabularies).map(([k, m]) => [k, [...m.entries()]])),
      sources: [...c.sources],
      matrices: [...c.matrices],
      entries: c.entryCount(),
      levels: c.list().map((r) => [c.architecture.label(r.level, 'en'), c.architecture.grade(r.level)]),
    }),
  ) as unknown;
}

describe('a compiled catalog reads back as the catalog it was compiled from', () => {
  const loaded = loadDocuments(catalogSources).catalog;

  test('the shipped catalog (compiled when the package is built) is the one its YAML gives', () => {
    expect(seen(shipped)).toEqual(seen(loaded));
    const [a, b] = shipped.list();
    expect(compareRoles(a!, b!, shipped)).toEqual(compareRoles(loaded.get(a!.id)!, loaded.get(b!.id)!, loaded));
  });

  test("the shipped catalog's texts as the matcher reads them are compiled with it: the same as read now, the same results", () => {
    const fresh = loadDocuments(catalogSources).catalog;
    expect(fresh.readings).toEqual([]);
    expect(shipped.readings).toEqual(catalogReadings(fresh));
    expect(shipped.readings.length).toBeGreaterThan(1000);
    const [a, b] = ['customer-service-manager', 'project-manager'];
    expect(compareRoles(shipped.find(a)!, shipped.find(b)!, shipped)).toEqual(
      compareRoles(loaded.find(a)!, loaded.find(b)!, loaded),
    );
    expect(similarityMatrix(shipped.list(), shipped)).toEqual(similarityMatrix(loaded.list(), loaded));
  });

  test('the shipped vocabularies (compiled with the catalog) are the ones their YAML gives', () => {
    const own = vocabulariesOf(catalogSources);
    expect(seen(shippedVocabularies())).toEqual(seen(own));
    expect(shippedVocabularies().entryCount()).toBeGreaterThan(0);
    expect(shippedVocabularies().roles.size).toBe(0);
  });

  test("a matrix's source document (where its checks point) is read from its file only when asked", () => {
    for (const [id, source] of loaded.matrixSources) {
      const back = shipped.matrixSources.get(id)!;
      expect([back.file, back.index, back.value]).toEqual([source.file, source.index, source.value]);
      expect(back.lineCounter.lineStarts).toEqual(source.lineCounter.lineStarts);
    }
    expect(shipped.matrixSources.size).toBe(loaded.matrixSources.size);
    expect(shipped.matrixSources.size).toBeGreaterThan(0);
  });

  test('without a parser yet, the matrices have no lines; they are read once the parser is given', () => {
    let parser: typeof parseSources | undefined = undefined;
    const back = catalogFromCompiled(JSON.parse(JSON.stringify(compileCatalog(loaded))), catalogSources, () => parser);
    expect(back.matrixSources.size).toBe(0);
    expect(back.matrices.size).toBe(loaded.matrices.size);
    parser = parseSources;
    expect([...back.matrixSources.keys()].sort()).toEqual([...loaded.matrixSources.keys()].sort());
  });

  test('a catalog with its own ladder, tracks and grades compiles too', () => {
    const sources = readCatalogSources('examples/software-engineering');
    const own = loadDocuments(sources).catalog;
    const back = catalogFromCompiled(JSON.parse(JSON.stringify(compileCatalog(own))), sources, () => parseSources);
    expect(seen(back)).toEqual(seen(own));
    expect(back.architecture.tracks.map((t) => t.id)).toEqual(own.architecture.tracks.map((t) => t.id));
  });
});
