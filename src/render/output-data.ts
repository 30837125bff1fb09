// What every `--format json` document shares: texts in both languages and roles named by id and title.
import type { Catalog } from '../catalog/catalog.js';
import type { Bilingual } from '../errors.js';
import { textIn, type Lang, type LocalizedText } from '../model/text.js';
import type { RoleRef } from './output-data-schema.js';

/** A line written once per language. */
export const bothLangs = (line: (lang: Lang) => string): Bilingual => ({ zh: line('zh'), en: line('en') });

/** A localized text in both languages (the other language standing in for a missing one). */
export const bilingual = (t: LocalizedText): Bilingual => bothLangs((lang) => textIn(t, lang));

/** A role by id and title; a role the catalog no longer has is titled by its id. */
export function roleRef(catalog: Catalog, id: string): RoleRef {
  const r = catalog.find(id);
  return { id, title: r ? bilingual(r.title) : { zh: id, en: id } };
}

/** The most characters `writeJsonDocument` gathers before it writes. */
const JSON_CHUNK_CHARS = 1 << 16;

/**
 * Writes `doc` as a JSON document a part at a time: each field as `JSON.stringify(doc, null, 2)` indents it, except
 * the fields named in `long`, whose items (an array, or any iterable: the rows of a matrix as they are made) each go
 * on one line of their own, compact. Documents of hundreds of thousands of items (overlaps and the similarity matrix
 * of 3,000 roles: 59 MB and 175 MB indented) are never one string; compact items are half the bytes to encode.
 * Items are gathered into parts of about 64 K characters, joined into flat strings, which Node encodes fastest.
 */
export function writeJsonDocument(
  doc: Record<string, unknown>,
  long: readonly string[],
  write: (text: string) => void,
): void {
  const keys = Object.keys(doc).filter((k) => doc[k] !== undefined);
  let part: string[] = [];
  let size = 0;
  const put = (text: string) => {
    part.push(text);
    size += text.length;
    if (size >= JSON_CHUNK_CHARS) flush();
  };
  const flush = () => {
    if (part.length > 0) write(part.join(''));
    part = [];
    size = 0;
  };
  put('{\n');
  keys.forEach((key, k) => {
    const value = doc[key];
    const end = k === keys.length - 1 ? '\n' : ',\n';
    if (long.includes(key) && value !== null && typeof value === 'object' && Symbol.iterator in value) {
      let first = true;
      for (const item of value as Iterable<unknown>) {
        put(first ? `  ${JSON.stringify(key)}: [\n    ` : ',\n    ');
        put(JSON.stringify(item) ?? 'null');
        first = false;
      }
      put(first ? `  ${JSON.stringify(key)}: []${end}` : `\n  ]${end}`);
    } else {
      // JSON strings hold no raw line breaks, so every line break is the indentation's: one level deeper here.
      put(`  ${JSON.stringify(key)}: ${JSON.stringify(value, null, 2).replaceAll('\n', '\n  ')}${end}`);
    }
  });
  put('}\n');
  flush();
}
