import type { Catalog } from '../catalog/catalog.js';
import type { Diagnostic, PathSegment } from '../errors.js';
import { t } from '../labels.js';
import type { Role } from '../model/index.js';
import { EDUCATION, SKILL_LEVEL } from '../model/scales.js';
import { textIn, type Lang, type LocalizedText } from '../model/text.js';
import { codePoints } from './hr-csv.js';
import { FORMULA } from '../render/csv.js';
import type { ExportContext } from './types.js';
import { yearsRange } from '../text/years.js';

// Shared by the HR-tool exporters (Odoo, Frappe HRMS, OrangeHRM): role text in one language, and the checks each
// target's limits need.

const SEP = { zh: '：', en: ': ' } as const;
const LIST = { zh: '、', en: ', ' } as const;
const CLAUSE = { zh: '；', en: '; ' } as const;

/**
 * The path of `text`'s value in `lang` under `base` (e.g. `['title', 'en']`), or the other language when the text
 * falls back to it, or `base` itself for a plain string.
 */
export function textPath(text: LocalizedText | undefined, base: readonly PathSegment[], lang: Lang): PathSegment[] {
  if (text === undefined || typeof text === 'string') return [...base];
  if (text[lang] !== undefined) return [...base, lang];
  return [...base, lang === 'zh' ? 'en' : 'zh'];
}

/** `Label: value` (`标签：值` in Chinese). */
export function labelled(label: string, value: string, lang: Lang): string {
  return `${label}${SEP[lang]}${value}`;
}

/** A list joined the way the language writes it (`a, b` / `a、b`). */
function joinList(items: readonly string[], lang: Lang): string {
  return items.join(LIST[lang]);
}

/** Duties as `title: description` lines. */
export function dutyLines(role: Role, lang: Lang): { title: string; description: string }[] {
  return (role.duties ?? []).map((d) => ({ title: textIn(d.title, lang), description: textIn(d.description, lang) }));
}

/** The role's qualifications as plain-text lines (`Education: Bachelor's degree or higher`), one requirement a line. */
export function qualificationLines(role: Role, catalog: Catalog, lang: Lang): string[] {
  const q = role.qualifications;
  if (q === undefined) return [];
  const out: string[] = [];
  const add = (label: string, value: string) => {
    if (value !== '') out.push(labelled(label, value, lang));
  };
  if (q.education !== undefined) {
    const parts = [`${EDUCATION.label(q.education.minimum, lang)}${lang === 'zh' ? '及以上' : ' or higher'}`];
    const fields = (q.education.fields ?? []).map((f) => catalog.label('fields', f, lang));
    if (fields.length > 0)
      parts.push(
        labelled(lang === 'zh' ? t('fields', lang) : t('fields', lang).toLowerCase(), joinList(fields, lang), lang),
      );
    const note =
      q.education.note === undefined
        ? ''
        : lang === 'zh'
          ? `（${textIn(q.education.note, lang)}）`
          : ` (${textIn(q.education.note, lang)})`;
    add(t('education', lang), `${parts.join(CLAUSE[lang])}${note}`);
  }
  const exp = q.experience;
  if (exp?.years !== undefined) add(t('experience', lang), yearsRange(exp.years, lang));
  if (exp?.management !== undefined) add(t('management', lang), yearsRange(exp.management.years, lang));
  if (exp?.areas?.length) add(t('experienceAreas', lang), exp.areas.map((a) => textIn(a, lang)).join(CLAUSE[lang]));
  if (q.skills?.length) {
    const open = lang === 'zh' ? '（' : ' (';
    const close = lang === 'zh' ? '）' : ')';
    add(
      t('skills', lang),
      joinList(
        q.skills.map(
          (s) => `${catalog.label('skills', s.ref, lang)}${open}${SKILL_LEVEL.label(s.level, lang)}${close}`,
        ),
        lang,
      ),
    );
  }
  for (const key of ['traits', 'certifications', 'tools'] as const) {
    const ids = q[key];
    if (ids?.length)
      add(
        t(key, lang),
        joinList(
          ids.map((id) => catalog.label(key, id, lang)),
          lang,
        ),
      );
  }
  if (q.knowledge?.length) add(t('knowledge', lang), q.knowledge.map((k) => textIn(k, lang)).join(CLAUSE[lang]));
  return out;
}

/** What was kept and what was left out when a text was shortened to a limit. */
interface Shortened {
  text: string;
  dropped: string;
  /** True when the cut fell inside a sentence (no whole sentence fitted) and `…` marks it. */
  midSentence: boolean;
}

// A sentence: text up to a terminator (Latin or full-width), closing quotes or brackets, and the space after it.
const SENTENCE = /[^.!?。！？]*(?:[.!?]+["'”’)）]*(?:\s+|$)|[。！？]+["'”’)）]*\s*)|[^.!?。！？]+$/gu;

/**
 * Shortens `text` to at most `max` code points at a sentence boundary, keeping as many whole sentences as fit. When
 * not even the first sentence fits, it cuts at the last space (or, in Chinese, anywhere) and ends with `…`.
 * Returns undefined when the text already fits.
 */
export function shortenAtSentence(text: string, max: number): Shortened | undefined {
  if (codePoints(text) <= max) return undefined;
  const sentences = text.match(SENTENCE) ?? [text];
  let kept = '';
  for (const s of sentences) {
    const next = kept + s;
    if (codePoints(next.trimEnd()) > max) break;
    kept = next;
  }
  kept = kept.trimEnd();
  if (kept !== '')
    return { text: kept, dropped: [...text].slice(codePoints(kept)).join('').trim(), midSentence: false };
  const chars = [...text];
  let cut = chars.slice(0, max - 1).join('');
  const space = cut.lastIndexOf(' ');
  if (space > cut.length / 2) cut = cut.slice(0, space);
  cut = cut.trimEnd();
  return { text: `${cut}…`, dropped: chars.slice(codePoints(cut)).join('').trim(), midSentence: true };
}

/**
 * How names collide in a target: PostgreSQL (Odoo) compares exactly; MariaDB's default collation (Frappe, OrangeHRM)
 * ignores case and trailing spaces.
 */
type Collation = 'exact' | 'case-insensitive';

/** Names already used in one target field, to report the second role that would collide with the first. */
export class UniqueNames {
  private readonly seen = new Map<string, { owner: string; roleId: string }>();
  constructor(private readonly collation: Collation) {}

  /** Claims `name` for `owner` (a role or vocabulary id); returns the role that already holds it for another owner. */
  claim(name: string, owner: string, roleId: string): string | undefined {
    const key = this.collation === 'exact' ? name : name.trimEnd().toLowerCase();
    const first = this.seen.get(key);
    if (first === undefined) {
      this.seen.set(key, { owner, roleId });
      return undefined;
    }
    return first.owner === owner ? undefined : first.roleId;
  }
}

/** A value longer than a target field holds: an error, since the target would refuse or cut it. */
export function tooLong(
  ctx: ExportContext,
  roleId: string,
  path: readonly PathSegment[],
  what: { en: string; zh: string },
  length: number,
  max: number,
  tool: string,
): Diagnostic {
  return ctx.diagnostic(
    roleId,
    path,
    'EXPORT_TOO_LONG',
    {
      en: `The ${what.en} has ${length} characters, but ${tool} holds at most ${max}; it would be refused or cut.`,
      zh: `${what.zh}有 ${length} 个字符，而 ${tool} 最多只能保存 ${max} 个，导入时会被拒绝或截断。`,
    },
    { en: `Shorten it to ${max} characters or fewer.`, zh: `请缩短到 ${max} 个字符以内。` },
  );
}

/** Two records that would collide on a name the target keeps unique: an error on the second. */
export function duplicateName(
  ctx: ExportContext,
  roleId: string,
  path: readonly PathSegment[],
  what: { en: string; zh: string },
  name: string,
  firstRoleId: string,
  tool: string,
  scope?: { en: string; zh: string },
): Diagnostic {
  const within = scope === undefined ? { en: '', zh: '' } : { en: ` ${scope.en}`, zh: scope.zh };
  const same = firstRoleId === roleId;
  return ctx.diagnostic(
    roleId,
    path,
    'EXPORT_DUPLICATE',
    same
      ? {
          en: `The ${what.en} "${name}" is used twice${within.en}; ${tool} keeps it unique, so the second record would be refused.`,
          zh: `${what.zh}「${name}」${within.zh}出现了两次；${tool} 要求它唯一，第二条记录会被拒绝。`,
        }
      : {
          en: `The ${what.en} "${name}" is also the ${what.en} of role "${firstRoleId}"${within.en}; ${tool} keeps it unique, so this record would be refused.`,
          zh: `${what.zh}「${name}」与岗位「${firstRoleId}」的${what.zh}相同${within.zh}；${tool} 要求它唯一，这条记录会被拒绝。`,
        },
    {
      en: `Give one of them a distinct ${what.en}, or leave one role out of the export (rolematrix export … <ids>).`,
      zh: `请让其中一个${what.zh}与众不同，或在导出时只选其中一个岗位（rolematrix export … <编号>）。`,
    },
  );
}

/**
 * A value an HR tool's CSV import would keep with a leading apostrophe: a text that starts like a spreadsheet formula
 * (`=`, `+`, `-`, `@`) is written as `'…` so no spreadsheet runs it, and Odoo's importer stores that apostrophe with
 * the value (Frappe's has not been checked to drop it). A warning at the value; the file is written.
 */
export function formulaEscaped(
  ctx: ExportContext,
  roleId: string,
  path: readonly PathSegment[],
  what: { en: string; zh: string },
  value: string,
  tool: string,
): Diagnostic | undefined {
  if (!FORMULA.test(value)) return undefined;
  const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
  return ctx.diagnostic(
    roleId,
    path,
    'EXPORT_FORMULA_ESCAPED',
    {
      en: `The ${what.en} "${shown}" starts with "${value[0]}", which a spreadsheet would run as a formula, so the CSV file writes it with a leading apostrophe ("'${shown}"); ${tool} would import the apostrophe as part of the text.`,
      zh: `${what.zh}「${shown}」以“${value[0]}”开头，电子表格会把它当作公式执行，因此 CSV 文件在它前面加了一个单引号（“'${shown}”）；导入 ${tool} 后，这个单引号会成为文字的一部分。`,
    },
    {
      en: 'Reword the value so that it does not start with =, +, - or @ (e.g. drop a leading dash), or remove the apostrophe in the tool after importing.',
      zh: '请改写该值，使它不以 =、+、- 或 @ 开头（例如去掉开头的破折号），或在导入后在系统中删除这个单引号。',
    },
    'warning',
  );
}
