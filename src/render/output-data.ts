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

/** An item of a long field that is JSON text already (a matrix row formatted on another thread): written as it is. */
export class JsonText {
  constructor(readonly text: string) {}
}

/** The most characters `writeJsonDocument` gathers before it writes. */
const JSON_CHUNK_CHARS = 1 << 16;

/**
 * Writes `doc` as a JSON document a part at a time: each field as `JSON.stringify(doc, null, 2)` writes it, except the
 * fields named in `long` that hold an array or an iterator (the rows of a matrix as they are made), whose items each go
 * on one line of their own, compact. Documents of hundreds of thousands of items (the pairs of `overlaps` and the
 * rows of `matrix --scores` on 3,000 roles: 59 MB indented, 175 MB with a row per line) are never one string, and
 * compact items are about half the bytes to encode. Items are gathered into parts of about 64 K characters, joined
 * into flat strings, which Node encodes fastest. Fields `JSON.stringify` leaves out (undefined, functions, symbols)
 * are left out. An item given as `JsonText` is written as its text.
 */
export function writeJsonDocument(
  doc: Record<string, unknown>,
  long: readonly string[],
  write: (text: string) => void,
): void {
  const streamed = (key: string, value: unknown): value is Iterable<unknown> =>
    long.includes(key) &&
    typeof value === 'object' &&
    value !== null &&
    !('toJSON' in value) &&
    (Array.isArray(value) || ('next' in value && Symbol.iterator in value));
  // Each field and its text; a streamed field's text is written as its items are made.
  const fields: { key: string; value: unknown; text?: string }[] = [];
  for (const key of Object.keys(doc)) {
    const value = doc[key];
    if (streamed(key, value)) fields.push({ key, value });
    else {
      const text = JSON.stringify(value, null, 2) as string | undefined;
      if (text !== undefined) fields.push({ key, value, text });
    }
  }
  let part: string[] = [];
  let size = 0;
  const flush = () => {
    if (part.length > 0) write(part.join(''));
    part = [];
    size = 0;
  };
  const put = (text: string) => {
    part.push(text);
    size += text.length;
    if (size >= JSON_CHUNK_CHARS) flush();
  };
  put(fields.length === 0 ? '{}\n' : '{\n');
  fields.forEach(({ key, value, text }, k) => {
    const end = k === fields.length - 1 ? '\n' : ',\n';
    if (text === undefined) {
      let first = true;
      for (const item of value as Iterable<unknown>) {
        put(first ? `  ${JSON.stringify(key)}: [\n    ` : ',\n    ');
        put(item instanceof JsonText ? item.text : (JSON.stringify(item) ?? 'null'));
        first = false;
      }
      put(first ? `  ${JSON.stringify(key)}: []${end}` : `\n  ]${end}`);
    } else {
      // JSON strings hold no raw line breaks, so every line break is the indentation's: one level deeper here.
      put(`  ${JSON.stringify(key)}: ${text.replaceAll('\n', '\n  ')}${end}`);
    }
  });
  if (fields.length > 0) put('}\n');
  flush();
}
