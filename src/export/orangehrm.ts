import type { Diagnostic, PathSegment } from '../errors.js';
import { t } from '../labels.js';
import type { Role } from '../model/index.js';
import { textIn, type Lang } from '../model/text.js';
import { duplicateName, shortenAtSentence, textPath, tooLong, UniqueNames } from './hr-common.js';
import { codePoints } from './hr-csv.js';
import type { ExportContext, Exporter } from './types.js';

// OrangeHRM 5 job titles (Admin → Job → Job Titles), as request bodies for its REST API. OrangeHRM has no file
// import for job titles, so each body is sent with `POST /api/v2/admin/job-titles`.

/** Limits of `JobTitleAPI` (orangehrm/src/plugins/orangehrmAdminPlugin/Api/JobTitleAPI.php), in characters. */
export const ORANGEHRM_LIMITS = { title: 100, description: 400, note: 400 } as const;

/** The body of `POST /api/v2/admin/job-titles` (the optional `specification` attachment is not sent). */
export interface OrangeHrmJobTitle {
  title: string;
  description: string | null;
  note: string | null;
}

const TOOL = 'OrangeHRM';

/**
 * `orangehrm-job-titles.json`: an array of job-title bodies in `ctx.lang`: the role title, its summary as the
 * description and its duties as the note. A title over 100 characters or used twice is an error (OrangeHRM would
 * refuse it). A description or note over 400 characters is shortened at a sentence (or duty) boundary, with a warning
 * that says what was left out, so the catalog still exports.
 */
export const exportOrangeHrm: Exporter = (ctx) => {
  const diagnostics: Diagnostic[] = [];
  const titles = new UniqueNames('case-insensitive');
  const bodies: OrangeHrmJobTitle[] = [];
  for (const role of ctx.roles) {
    const title = textIn(role.title, ctx.lang);
    const titlePath = textPath(role.title, ['title'], ctx.lang);
    const first = titles.claim(title, role.id, role.id);
    if (first !== undefined)
      diagnostics.push(duplicateName(ctx, role.id, titlePath, { en: 'job title', zh: '职位名称' }, title, first, TOOL));
    const length = codePoints(title);
    if (length > ORANGEHRM_LIMITS.title)
      diagnostics.push(
        tooLong(ctx, role.id, titlePath, { en: 'job title', zh: '职位名称' }, length, ORANGEHRM_LIMITS.title, TOOL),
      );
    bodies.push({ title, description: description(ctx, role, diagnostics), note: note(ctx, role, diagnostics) });
  }
  return {
    files: [
      {
        name: 'orangehrm-job-titles.json',
        content: `${JSON.stringify(bodies, null, 2)}\n`,
        mediaType: 'application/json',
      },
    ],
    diagnostics,
  };
};

/** The summary, shortened at a sentence boundary when it exceeds the description's 400 characters. */
function description(ctx: ExportContext, role: Role, diagnostics: Diagnostic[]): string {
  const text = textIn(role.summary, ctx.lang);
  const short = shortenAtSentence(text, ORANGEHRM_LIMITS.description);
  if (short === undefined) return text;
  const path = textPath(role.summary, ['summary'], ctx.lang);
  const kept = codePoints(short.text);
  const how = short.midSentence
    ? {
        en: `cuts the first sentence after ${kept - 1} characters and ends it with "…"`,
        zh: `在第一句的第 ${kept - 1} 个字符处截断并以「…」结尾`,
      }
    : { en: `keeps the whole sentences that fit (${kept} characters)`, zh: `保留能放下的完整句子（${kept} 个字符）` };
  diagnostics.push(
    shortened(
      ctx,
      role.id,
      path,
      { en: 'summary', zh: '岗位概述' },
      { en: 'description', zh: '职位描述（description）' },
      ORANGEHRM_LIMITS.description,
      codePoints(text),
      how,
      short.dropped,
    ),
  );
  return short.text;
}

/**
 * The duty titles as `Duties: a; b; c`, leaving out whole duties from the end when it exceeds the note's 400
 * characters.
 */
function note(ctx: ExportContext, role: Role, diagnostics: Diagnostic[]): string | null {
  const lang = ctx.lang;
  const duties = (role.duties ?? []).map((d) => textIn(d.title, lang));
  if (duties.length === 0) return null;
  const full = dutyNote(duties, duties.length, lang);
  if (codePoints(full) <= ORANGEHRM_LIMITS.note) return full;
  let n = duties.length - 1;
  while (n > 0 && codePoints(dutyNote(duties, n, lang)) > ORANGEHRM_LIMITS.note) n--;
  const kept = n > 0 ? dutyNote(duties, n, lang) : (shortenAtSentence(full, ORANGEHRM_LIMITS.note)?.text ?? full);
  const dropped = duties.slice(n);
  diagnostics.push(
    shortened(
      ctx,
      role.id,
      ['duties', n],
      { en: 'list of duty titles', zh: '职责标题列表' },
      { en: 'note', zh: '备注（note）' },
      ORANGEHRM_LIMITS.note,
      codePoints(full),
      {
        en: `keeps the first ${n} of ${duties.length} duties and marks the rest with "…"`,
        zh: `保留 ${duties.length} 项职责中的前 ${n} 项，其余以「…」表示`,
      },
      dropped.join(lang === 'zh' ? '；' : '; '),
    ),
  );
  return kept;
}

function dutyNote(duties: readonly string[], n: number, lang: Lang): string {
  const sep = lang === 'zh' ? '；' : '; ';
  const more = n < duties.length ? `${sep}…` : '';
  return `${t('duties', lang)}${lang === 'zh' ? '：' : ': '}${duties.slice(0, n).join(sep)}${more}`;
}

/** A warning that a text was shortened to fit an OrangeHRM field, with what was left out as the excerpt. */
function shortened(
  ctx: ExportContext,
  roleId: string,
  path: readonly PathSegment[],
  what: { en: string; zh: string },
  field: { en: string; zh: string },
  max: number,
  length: number,
  how: { en: string; zh: string },
  dropped: string,
): Diagnostic {
  const d = ctx.diagnostic(
    roleId,
    path,
    'EXPORT_TOO_LONG',
    {
      en: `The ${what.en} has ${length} characters, but OrangeHRM keeps at most ${max} in a job title's ${field.en}; the export ${how.en} and leaves out: "${dropped}".`,
      zh: `${what.zh}有 ${length} 个字符，而 OrangeHRM 职位的${field.zh}最多 ${max} 个字符；导出时${how.zh}，省略了：「${dropped}」。`,
    },
    {
      en: `To send it whole, shorten it to ${max} characters or fewer; or add the rest in OrangeHRM as the job specification file.`,
      zh: `如需完整导出，请缩短到 ${max} 个字符以内；或在 OrangeHRM 中把其余内容作为职位说明书附件上传。`,
    },
    'warning',
  );
  return { ...d, excerpt: dropped };
}
