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
