import { describe, expect, test } from 'vitest';
import { loadDocuments } from '../../src/catalog/load.js';
import { exportCatalog } from '../../src/export/index.js';
import { importDocuments } from '../../src/import/index.js';
import { shippedVocabularies } from '../../src/node/load.js';

// A catalog that says `buildsOn: shipped` adds its own duty categories to the built-in ones; an import that carries
// its settings checked roles against its own categories only, so a built-in category was refused.

const files = (buildsOn: boolean) => [
  {
    path: 'catalog.yaml',
    text: `apiVersion: rolematrix/v1\nkind: Catalog\nname: Builds on\n${buildsOn ? 'buildsOn: shipped\n' : ''}languages: [en]\n`,
  },
  {
    path: 'vocabulary/categories.yaml',
    text: 'apiVersion: rolematrix/v1\nkind: Vocabulary\nvocabulary: categories\nentries:\n  - id: own-category\n    label: Own category\n',
  },
  {
    path: 'clerk.yaml',
    text: `apiVersion: rolematrix/v1
kind: Role
id: clerk
title: Clerk
family: ${buildsOn ? 'customer-service' : 'clerks'}
level: staff
orientation: customer
summary: Keeps records.
duties:
  - { id: a, title: A, category: operations }
  - { id: b, title: B, category: own-category }
`,
  },
];

describe('buildsOn: shipped in an import', () => {
  test.each(['json', 'csv', 'xlsx'] as const)(
    '%s: the catalog’s own duty categories add to the built-in ones',
    async (format) => {
      const loaded = loadDocuments(files(true), { resolveBase: shippedVocabularies });
      expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      const exported = await exportCatalog(loaded.catalog, format, { documents: loaded.documents });
      const imported = await importDocuments(
        exported.files
          .filter((f) => f.name !== 'rolematrix.catalog.schema.json')
          .map((f) => ({ file: f.name, data: f.content })),
        format,
      );
      expect(imported.diagnostics).toEqual([]);
      const clerk = imported.documents.find((d) => d.kind === 'Role' && d.id === 'clerk')!;
      expect((clerk.value.duties as { category: string }[]).map((d) => d.category)).toEqual([
        'operations',
        'own-category',
      ]);
    },
  );

  test('without buildsOn, the catalog’s own categories replace the built-in ones, in the loader', () => {
    const loaded = loadDocuments(files(false));
    expect(loaded.diagnostics.map((d) => [d.code, d.file, d.path])).toContainEqual([
      'INVALID_VALUE',
      'clerk.yaml',
      'duties[0].category',
    ]);
  });
});
