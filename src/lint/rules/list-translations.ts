import type { Bilingual } from '../../errors.js';
import type { Lang, LocalizedList } from '../../model/text.js';
import { VOCABULARY_KINDS } from '../../model/enums.js';
import type { LintRule } from '../context.js';
import { LANG_NAMES } from '../../labels.js';
import { and } from '../names.js';

/**
 * Word lists (role `aliases`, duty `keywords`, vocabulary `aliases`) given in some of the catalog's languages but not
 * all. The loader checks texts; lists are checked here, since a list in one language is often deliberate while
 * drafting.
 */
export const listTranslations: LintRule = {
  code: 'LINT_MISSING_TRANSLATION',
  severity: 'warning',
  check(ctx) {
    if (ctx.languages.length < 2) return;
    const what = {
      aliases: { en: 'aliases', zh: '别称' },
      keywords: { en: 'keywords', zh: '关键词' },
    };
    const check = (
      list: LocalizedList | undefined,
      kind: keyof typeof what,
      report: (m: Bilingual, h: Bilingual) => void,
    ) => {
      if (list === undefined) return;
      const have = ctx.languages.filter((l) => (list[l]?.length ?? 0) > 0);
      const missing = ctx.languages.filter((l) => !have.includes(l));
      if (have.length === 0 || missing.length === 0) return;
      report(message(what[kind], have, ctx.languages), hint(have, missing));
    };
    for (const r of ctx.catalog.roles.values()) {
      check(r.aliases, 'aliases', (m, h) => ctx.role(r.id, ['aliases'], m, h));
      r.duties?.forEach((d, i) =>
        check(d.keywords, 'keywords', (m, h) => ctx.role(r.id, ['duties', i, 'keywords'], m, h)),
      );
    }
    for (const kind of VOCABULARY_KINDS) {
      for (const [id, e] of ctx.catalog.vocabularies[kind])
        check(e.aliases, 'aliases', (m, h) => ctx.entry(kind, id, ['aliases'], m, h));
    }
  },
};

function message(what: Bilingual, have: readonly Lang[], declared: readonly Lang[]): Bilingual {
  return {
    en: `These ${what.en} are given in ${and(
      have.map((l) => LANG_NAMES[l].en),
      'en',
    )} only; the catalog declares ${and([...declared], 'en')}.`,
    zh: `这些${what.zh}只有${and(
      have.map((l) => LANG_NAMES[l].zh),
      'zh',
    )}版本；目录声明的语言是 ${declared.join(' 和 ')}。`,
  };
}

function hint(have: readonly Lang[], missing: readonly Lang[]): Bilingual {
  const add = missing.map((l) => `\`${l}:\``);
  const beside = have.map((l) => `\`${l}:\``);
  return {
    en: `Add ${and(add, 'en')} beside ${and(beside, 'en')}, so free text in ${and(
      missing.map((l) => LANG_NAMES[l].en),
      'en',
    )} matches too.`,
    zh: `请在 ${beside.join('、')} 旁边加上 ${add.join('、')}，这样${and(
      missing.map((l) => LANG_NAMES[l].zh),
      'zh',
    )}文本中的说法也能被识别。`,
  };
}
