import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadDocuments } from '../../src/catalog/load.js';
import type { Catalog } from '../../src/catalog/catalog.js';

/** The directory of the hostile-text catalog (usable with `--dir`). */
export const HOSTILE_DIR = fileURLToPath(new URL('../fixtures/report/', import.meta.url));

/** The exact title of the hostile role: markup and a script that must show as text and never run. */
export const HOSTILE_TITLE = '<img src=x onerror=alert(1)><script>window.__pwned=1</script>';

/** A small catalog whose titles, family label, summary, matrix and phase names are all HTML (tests/fixtures/report). */
export function hostileCatalog(): Catalog {
  return fixtureCatalog('catalog.yaml', 'roles.yaml', 'matrix.yaml');
}

/**
 * The hostile catalog's roles with a matrix made to have findings (`findings.yaml`): no A on one activity, two on the
 * other.
 */
export function findingsCatalog(): Catalog {
  return fixtureCatalog('catalog.yaml', 'roles.yaml', 'findings.yaml');
}

function fixtureCatalog(...names: string[]): Catalog {
  const { catalog, diagnostics } = loadDocuments(
    names.map((f) => ({ path: f, text: readFileSync(`${HOSTILE_DIR}${f}`, 'utf8') })),
  );
  if (diagnostics.length > 0)
    throw new Error(`the report fixture ${names.join(' + ')} should load cleanly: ${JSON.stringify(diagnostics)}`);
  return catalog;
}

/** The JSON embedded in a report, as text and parsed. */
export function embeddedData(html: string): { text: string; data: unknown } {
  const m = /<script type="application\/json" id="report-data">([\s\S]*?)<\/script>/.exec(html);
  if (!m) throw new Error('no embedded data');
  return { text: m[1]!, data: JSON.parse(m[1]!) };
}

/** The text of the page's one executable inline script. */
export function clientScript(html: string): string {
  const m = /<script>([\s\S]*?)<\/script>/.exec(html);
  if (!m) throw new Error('no inline script');
  return m[1]!;
}
