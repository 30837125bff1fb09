import type { Bilingual, PathSegment } from '../../errors.js';
import type { Role } from '../../model/index.js';
import type { LintRule } from '../context.js';

type Check = (role: Role) => { path: PathSegment[]; message: Bilingual; hint: Bilingual } | undefined;

const done = (word: string): Bilingual => ({
  en: `When it is done, remove \`${word}\` from the \`# rolematrix-draft:\` line at the top of the file (and the line once it is empty).`,
  zh: `完成后，从文件顶部的 \`# rolematrix-draft:\` 行删去 \`${word}\`（该行为空时删去整行）。`,
});

/** Whether a text has its own version in a language (a plain string stands for every language). */
const hasOwn = (t: unknown, lang: 'zh' | 'en') => t !== null && typeof t === 'object' && lang in t;

const title =
  (lang: 'zh' | 'en'): Check =>
  (r) =>
    hasOwn(r.title, lang)
      ? undefined
      : {
          path: ['title'],
          message: {
            en: `The draft role "${r.id}" has no ${lang === 'zh' ? 'Chinese' : 'English'} title yet.`,
            zh: `岗位草稿 "${r.id}" 还没有${lang === 'zh' ? '中文' : '英文'}名称。`,
          },
          hint: {
            en: `Write the title as \`{ zh: …, en: … }\`. ${done(`title.${lang}`).en}`,
            zh: `请把名称写成 \`{ zh: …, en: … }\`。${done(`title.${lang}`).zh}`,
          },
        };

const guess =
  (key: 'level' | 'family' | 'orientation', what: Bilingual): Check =>
  (r) => ({
    path: [key],
    message: {
      en: `The ${what.en} of the draft role "${r.id}" ("${String(r[key])}") is the importer's guess.`,
      zh: `岗位草稿 "${r.id}" 的${what.zh}（"${String(r[key])}"）是导入程序推测的。`,
    },
    hint: {
      en: `Check it against your catalog's ${what.en}s. ${done(key).en}`,
      zh: `请对照目录中的${what.zh}核对。${done(key).zh}`,
    },
  });

/** What each word of the mark asks for, and how to tell it is still open. */
const CHECKS: Readonly<Record<string, Check>> = {
  level: guess('level', { en: 'level', zh: '层级' }),
  family: guess('family', { en: 'family', zh: '岗位族' }),
  orientation: guess('orientation', { en: 'orientation', zh: '导向' }),
  'title.zh': title('zh'),
  'title.en': title('en'),
  translation: (r) => ({
    path: ['summary'],
    message: {
      en: `The texts of the draft role "${r.id}" are in the source's language only (plain strings stand for every language).`,
      zh: `岗位草稿 "${r.id}" 的文字只有来源语言的版本（纯字符串代表所有语言）。`,
    },
    hint: {
      en: `Translate the summary, duties and qualifications, writing each as \`{ zh: …, en: … }\`. ${done('translation').en}`,
      zh: `请翻译概述、职责和任职资格，每段写成 \`{ zh: …, en: … }\`。${done('translation').zh}`,
    },
  }),
  permissions: (r) =>
    (r.permissions?.length ?? 0) > 0
      ? undefined
      : {
          path: [],
          message: {
            en: `The draft role "${r.id}" has no permissions: the source says nothing about authority.`,
            zh: `岗位草稿 "${r.id}" 没有岗位权限：来源数据不涉及权限。`,
          },
          hint: {
            en: `Add \`permissions:\` with what the role may propose, decide or approve. ${done('permissions').en}`,
            zh: `请添加 \`permissions:\`，写明该岗位可以建议、决定或审批的事项。${done('permissions').zh}`,
          },
        },
};

/**
 * A role imported as a draft (`rolematrix import onet|csco`) whose `# rolematrix-draft:` line still lists things to
 * review or fill in: one finding per word, at the part it is about, until the word is removed (a missing title
 * language or missing permissions are reported only while still missing).
 */
export const draftRole: LintRule = {
  code: 'LINT_DRAFT_ROLE',
  severity: 'warning',
  check(ctx) {
    for (const r of ctx.catalog.roles.values()) {
      for (const word of ctx.draftMark(r.id) ?? []) {
        const check = CHECKS[word];
        const found = check === undefined ? undefined : check(r);
        if (found !== undefined) ctx.role(r.id, found.path, found.message, found.hint);
      }
    }
  },
};
