import type { PathSegment } from '../../errors.js';
import type { SourceDocument } from '../../source/document.js';
import type { Lang } from '../../model/text.js';
import type { CatalogRule } from '../context.js';
import { LANG_NAMES } from '../../labels.js';

/** `{ zh: '…' }` and `{ en: '…' }` are localized texts (`keys` are the object's); plain strings stand for every language. */
function localizedLangs(v: object, keys: string[]): Lang[] | undefined {
  if (keys.length === 0 || keys.length > 2) return undefined;
  if (!keys.every((k) => (k === 'zh' || k === 'en') && typeof (v as Record<string, unknown>)[k] === 'string'))
    return undefined;
  return keys as Lang[];
}

/** A label in one language only, when the catalog declares more. */
export const missingTranslations: CatalogRule = (ctx) => {
  if (ctx.languages.length < 2) return;
  const seen = new Set<SourceDocument>();
  const docs = [
    ...ctx.roles.values(),
    ...ctx.matrices.values(),
    ...Object.values(ctx.vocabularies).flatMap((m) => [...m.values()]),
  ];
  for (const { source } of docs) {
    if (seen.has(source)) continue;
    seen.add(source);
    walk(source.value, [], (at, have) => {
      const path = [...at];
      const missing = ctx.languages.filter((l) => !have.includes(l));
      const add = missing.map((l) => `\`${l}:\``).join(' and ');
      const beside = have.map((l) => `\`${l}:\``).join(' and ');
      ctx.report(
        source,
        path,
        'MISSING_TRANSLATION',
        {
          en: `This text has no ${missing.map((l) => LANG_NAMES[l].en).join(' or ')} version; the catalog declares ${ctx.languages.join(' and ')}.`,
          zh: `这段文字缺少${missing.map((l) => LANG_NAMES[l].zh).join('或')}版本；目录声明的语言是 ${ctx.languages.join(' 和 ')}。`,
        },
        { hint: { en: `Add ${add} beside ${beside}.`, zh: `请在 ${beside} 旁边加上 ${add}。` } },
      );
    });
  }
};

/**
 * Every localized text under `v` in one language only, with its path. `path` is one array, grown and shrunk as the
 * walk goes (a catalog of 3,000 roles has millions of nodes), so `found` copies it to keep it.
 */
function walk(v: unknown, path: PathSegment[], found: (path: readonly PathSegment[], have: Lang[]) => void): void {
  if (v === null || typeof v !== 'object') return;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      path.push(i);
      walk(v[i], path, found);
      path.pop();
    }
    return;
  }
  const keys = Object.keys(v);
  const langs = localizedLangs(v, keys);
  if (langs !== undefined) {
    if (langs.length === 1) found(path, langs);
    return;
  }
  for (const k of keys) {
    path.push(k);
    walk((v as Record<string, unknown>)[k], path, found);
    path.pop();
  }
}
