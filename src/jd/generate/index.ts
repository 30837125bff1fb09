import { Catalog } from '../../catalog/catalog.js';
import { SourceIndex } from '../../catalog/sources.js';
import { sortDiagnostics, type Bilingual, type Diagnostic, type PathSegment } from '../../errors.js';
import type { Role } from '../../model/index.js';
import type { Posting } from '../../model/posting.js';
import type { Lang } from '../../model/text.js';
import type { SourceDocument } from '../../source/document.js';
import { diagnosticFor, type Target } from '../../source/report.js';
import { checkJobDescription } from '../check.js';
import type { TooLongOptions } from '../rules/any/too-long.js';
import { draftJobDescription, type PostingDraft, type PostingSource } from './generate.js';

export type { PostingDraft, PostingItem, PostingSection, PostingSource, ShortenedDuty } from './generate.js';
export { KEY_ACTIVITIES } from './generate.js';
export type { PostingSectionKey } from './phrases.js';

export interface GenerateJdOptions {
  /** The language of the JD. Default `en`. */
  lang?: Lang;
  /**
   * The catalog the role belongs to: vocabulary labels, the reporting line, and the other roles the JD is checked
   * against. Without it the role stands alone (vocabulary ids show as themselves).
   */
  catalog?: Catalog;
  /** What the posting adds: employer, place, dates, pay, offer (a validated posting file). */
  posting?: Posting;
  /** The parsed catalog documents, so findings point at the role's YAML line; without them they point at the file. */
  documents?: readonly SourceDocument[];
  /** The parsed posting file, so findings about its texts point at its lines. */
  postingSource?: SourceDocument;
  /** Severity per rule code, as check-jd takes them; defaults to the catalog's `rules`. */
  rules?: Readonly<Record<string, string>>;
  /** Length limits, as check-jd takes them. */
  tooLong?: Partial<TooLongOptions>;
}

/** A job description written from a role: its sections, its Markdown, and what check-jd finds in it. */
export interface GeneratedJobDescription extends PostingDraft {
  /** The JD as Markdown (the text check-jd reads; the HTML and JSON-LD renderings hold the same items). */
  markdown: string;
  /**
   * What check-jd reports on the generated JD, each pointing at the role's (or posting file's) value that wrote the
   * flagged text, plus a POSTING_SHORTENED note per duty whose key activities were cut for length. Empty for a role whose
   * own texts are clean.
   */
  diagnostics: Diagnostic[];
}

/** Markdown leaves a line's text alone when it cannot start a block (`#`, `-`, `1.`, `>`) or an HTML tag. */
function mdText(s: string): string {
  return s
    .replace(/\s*\n\s*/g, ' ')
    .replace(/</g, '\\<')
    .replace(/^(#|>|[-+*]\s|\d+[.)]\s)/, '\\$1');
}

/** The JD as Markdown, and for each line of it the item (its sources) written there. */
export function postingMarkdown(draft: PostingDraft): {
  markdown: string;
  lineSources: Map<number, readonly PostingSource[]>;
} {
  const lines: string[] = [`# ${mdText(draft.title)}`];
  const lineSources = new Map<number, readonly PostingSource[]>();
  for (const section of draft.sections) {
    lines.push('', `## ${section.heading}`, '');
    section.items.forEach((item, i) => {
      if (section.style === 'paragraphs' && i > 0) lines.push('');
      const marker = section.style === 'numbered' ? `${i + 1}. ` : section.style === 'bullets' ? '- ' : '';
      lines.push(`${marker}${mdText(item.text)}`);
      lineSources.set(lines.length, item.sources);
    });
  }
  return { markdown: `${lines.join('\n')}\n`, lineSources };
}

const COVERAGE_PATH: Record<string, (role: Role, id: string) => PathSegment[]> = {
  duty: (r, id) => [
    'duties',
    Math.max(
      0,
      (r.duties ?? []).findIndex((d) => d.id === id),
    ),
  ],
  kpi: (r, id) => [
    'kpis',
    Math.max(
      0,
      (r.kpis ?? []).findIndex((k) => k.ref === id),
    ),
  ],
  skill: (r, id) => {
    const i = (r.qualifications?.skills ?? []).findIndex((s) => s.ref === id);
    return i >= 0 ? ['qualifications', 'skills', i] : ['qualifications'];
  },
  education: () => ['qualifications', 'education'],
  experience: () => ['qualifications', 'experience'],
};

const REWORD: Bilingual = {
  en: 'The generated job description says this in the words of this value: reword it here and generate again.',
  zh: '生成的职位描述沿用了这里的文字：请在此处修改措辞后重新生成。',
};
const UNMATCHED: Bilingual = {
  en: 'The generated job description states it, but in words check-jd does not match to it: give it a more specific title or `keywords`.',
  zh: '生成的职位描述已写入此项，但 check-jd 未能识别：请为它写出更具体的名称或 `keywords`。',
};

const ADD_DUTIES: Bilingual = {
  en: 'The role has no duties to list: add `duties` to it.',
  zh: '岗位没有可列出的职责：请为它添加 `duties`。',
};
const ADD_QUALIFICATIONS: Bilingual = {
  en: 'The role has no requirements to list: add `qualifications` (education, experience, skills) to it.',
  zh: '岗位没有可列出的任职要求：请为它添加 `qualifications`（学历、经验、技能）。',
};

/**
 * Writes a job description for `role` in `lang` and checks it with check-jd's own rules against the role. The
 * Markdown, `sections` (for HTML and JSON-LD renderers) and `diagnostics` describe the same JD. Browser-safe.
 */
export function generateJobDescription(role: Role, options: GenerateJdOptions = {}): GeneratedJobDescription {
  const lang = options.lang ?? 'en';
  const catalog =
    options.catalog ?? new Catalog({ roles: new Map([[role.id, role]]), vocabularies: Catalog.empty().vocabularies });
  const draft = draftJobDescription(catalog, role, { lang, posting: options.posting, tooLong: options.tooLong });
  const { markdown, lineSources } = postingMarkdown(draft);
  const index = new SourceIndex(catalog, options.documents ?? []);
  const targetOf = ({ doc, path }: PostingSource): Target =>
    doc === 'role'
      ? index.role(role.id, path)
      : options.postingSource !== undefined
        ? { source: options.postingSource, path }
        : { file: '<posting>', path };

  const report = checkJobDescription(markdown, catalog.find(role.id) === role ? catalog : role, {
    role: catalog.find(role.id) === role ? role.id : undefined,
    file: `${role.id}.${lang}.md`,
    rules: options.rules,
    tooLong: options.tooLong,
  });
  const missing = report.coverage?.missing ?? [];
  const diagnostics: Diagnostic[] = report.diagnostics.map((d) => {
    const sources = lineSources.get(d.line);
    let target: Target = index.role(role.id, []);
    let hint: Bilingual | undefined = REWORD;
    if (sources !== undefined && sources.length > 0) {
      // The value whose words hold the flagged phrase, else the item's own (first) source.
      const excerpt = d.excerpt;
      const own =
        excerpt === undefined || excerpt === ''
          ? undefined
          : sources.find((x) => x.text !== undefined && (x.text.includes(excerpt) || excerpt.includes(x.text)));
      target = targetOf(own ?? sources[0]!);
    } else {
      const m = missing.find((x) => d.message.includes(`"${x.label.en}"`));
      if (m !== undefined) {
        target = index.role(role.id, COVERAGE_PATH[m.kind]!(role, m.id));
        hint = UNMATCHED;
      } else if (d.code === 'JD_MISSING_SECTION') {
        // The role has nothing to fill the section with: its duties, or its qualifications.
        const duties = !d.message.includes('requirements (');
        target = index.role(role.id, [duties ? 'duties' : 'qualifications']);
        hint = duties ? ADD_DUTIES : ADD_QUALIFICATIONS;
      } else hint = undefined;
    }
    const located = diagnosticFor(
      target,
      d.code,
      { en: d.message, zh: d.zh.message },
      {
        severity: d.severity,
        hint: hint ?? (d.hint === undefined ? undefined : { en: d.hint, zh: d.zh.hint ?? d.hint }),
      },
    );
    if (d.excerpt !== undefined) located.excerpt = d.excerpt;
    return located;
  });
  for (const s of draft.shortened) {
    const i = (role.duties ?? []).findIndex((d) => d.id === s.duty);
    const n = s.activities.length;
    diagnostics.push(
      diagnosticFor(
        index.role(role.id, ['duties', i, 'activities', s.activities[0]!]),
        'POSTING_SHORTENED',
        {
          en: `The job description leaves out ${n} key ${n === 1 ? 'activity' : 'activities'} of duty "${s.duty}" to stay within the length limits.`,
          zh: `为控制篇幅，职位描述省略了职责“${s.duty}”的 ${n} 项关键活动。`,
        },
        {
          severity: 'info',
          hint: {
            en: 'Shorten the duty’s activities (a posting item holds at most 120 characters, or 40 words in English) to list them all.',
            zh: '精简这项职责的活动描述（每条最多 120 个字符，英文 40 个单词），即可全部列出。',
          },
        },
      ),
    );
  }
  return { ...draft, markdown, diagnostics: sortDiagnostics(diagnostics) };
}
