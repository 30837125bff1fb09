import type { Diagnostic } from '../errors.js';
import { t } from '../labels.js';
import type { Role } from '../model/index.js';
import { textIn, type Lang } from '../model/text.js';
import { escapeHtml } from '../render/html.js';
import { dutyLines, duplicateName, formulaEscaped, qualificationLines, textPath, UniqueNames } from './hr-common.js';
import { importCsv } from './hr-csv.js';
import type { ExportFile, Exporter } from './types.js';

// Odoo 17.0 / 18.0 import files (⚙ → Import records). Records carry External IDs in the `id` column, so
// importing the same files again updates them instead of creating duplicates.

/** The External ID module every record is filed under. */
const ODOO_MODULE = 'rolematrix';

/** Columns of `hr.job.csv`; `department_id` links the job to its department by name, as Odoo's importer resolves it. */
export const ODOO_JOB_COLUMNS = ['id', 'name', 'department_id', 'description', 'requirements'] as const;
/** Columns of `hr.department.csv`. */
export const ODOO_DEPARTMENT_COLUMNS = ['id', 'name'] as const;
/** Columns of `hr.skill.type.csv`: the skill type, and its skills as one2many lines on the following rows. */
export const ODOO_SKILL_TYPE_COLUMNS = ['id', 'name', 'skill_ids/id', 'skill_ids/name'] as const;
/** Columns of `hr.job.skills.csv`: the Expected Skills (`skill_ids`) of the Recruitment Skills module. */
export const ODOO_JOB_SKILL_COLUMNS = ['id', 'skill_ids/id'] as const;

const CSV = 'text/csv;charset=utf-8';
const SKILL_TYPE = { en: 'Role skills', zh: '岗位技能' } as const;

/** An External ID `rolematrix.<kind>_<id>`: kebab-case ids become snake_case, the characters Odoo's ids use. */
export function odooXmlId(kind: 'job' | 'department' | 'skill' | 'skill_type', id: string): string {
  return `${ODOO_MODULE}.${kind}_${id.replace(/-/g, '_')}`;
}

/**
 * Odoo `hr.job` import: `hr.department.csv` (one department per job family, for a database that lacks them),
 * `hr.job.csv` (job positions, linked to their department by name), and, when
 * roles list skills, `hr.skill.type.csv` plus `hr.job.skills.csv` for the Recruitment Skills module's Expected Skills.
 * Names and texts are in `ctx.lang`. A job's name must be unique within its department.
 */
export const exportOdoo: Exporter = (ctx) => {
  const { catalog, lang } = ctx;
  const diagnostics: Diagnostic[] = [];
  const names = new UniqueNames('exact');
  const departments = new Map<string, string>();
  const skills = new Map<string, string>();
  const jobs: string[][] = [];
  const jobSkills: string[][] = [];

  for (const role of ctx.roles) {
    const name = textIn(role.title, lang);
    // Jobs link to their department by its name, so the name is what the uniqueness is about.
    const department = catalog.label('families', role.family, lang);
    const first = names.claim(`${department}\u0000${name}`, role.id, role.id);
    if (first !== undefined) {
      diagnostics.push(
        duplicateName(
          ctx,
          role.id,
          textPath(role.title, ['title'], lang),
          { en: 'job position name', zh: '岗位名称' },
          name,
          first,
          'Odoo',
          {
            en: `in the department "${department}"`,
            zh: `（部门「${department}」内）`,
          },
        ),
      );
    }
    const escaped = (path: readonly (string | number)[], what: { en: string; zh: string }, value: string) => {
      const d = formulaEscaped(ctx, role.id, path, what, value, 'Odoo');
      if (d !== undefined) diagnostics.push(d);
    };
    escaped(textPath(role.title, ['title'], lang), { en: 'job position name', zh: '岗位名称' }, name);
    if (!departments.has(role.family)) {
      escaped(['family'], { en: 'department name (the job family)', zh: '部门名称（岗位族）' }, department);
      departments.set(role.family, department);
    }
    jobs.push([
      odooXmlId('job', role.id),
      name,
      department,
      jobDescription(role, lang),
      qualificationLines(role, catalog, lang).join('\n'),
    ]);
    const refs = (role.qualifications?.skills ?? []).map((s) => s.ref);
    refs.forEach((ref, i) => {
      if (skills.has(ref)) return;
      const label = catalog.label('skills', ref, lang);
      escaped(['qualifications', 'skills', i, 'ref'], { en: 'skill name', zh: '技能名称' }, label);
      skills.set(ref, label);
    });
    if (refs.length > 0) jobSkills.push([odooXmlId('job', role.id), refs.map((r) => odooXmlId('skill', r)).join(',')]);
  }

  const files: ExportFile[] = [
    {
      name: 'hr.department.csv',
      content: importCsv(
        [ODOO_DEPARTMENT_COLUMNS, ...[...departments].map(([id, label]) => [odooXmlId('department', id), label])],
        { bom: true },
      ),
      mediaType: CSV,
    },
    { name: 'hr.job.csv', content: importCsv([ODOO_JOB_COLUMNS, ...jobs], { bom: true }), mediaType: CSV },
  ];
  if (skills.size > 0) {
    // The first skill shares the skill type's row; the others follow with the type's columns left empty.
    const lines = [...skills].map(([id, label], i) =>
      i === 0
        ? [odooXmlId('skill_type', 'role'), SKILL_TYPE[lang], odooXmlId('skill', id), label]
        : ['', '', odooXmlId('skill', id), label],
    );
    files.push(
      {
        name: 'hr.skill.type.csv',
        content: importCsv([ODOO_SKILL_TYPE_COLUMNS, ...lines], { bom: true }),
        mediaType: CSV,
      },
      {
        name: 'hr.job.skills.csv',
        content: importCsv([ODOO_JOB_SKILL_COLUMNS, ...jobSkills], { bom: true }),
        mediaType: CSV,
      },
    );
  }
  return { files, diagnostics };
};

/**
 * The job description as the HTML Odoo's editor stores: the summary, then the duties as a list. Every value is escaped.
 */
function jobDescription(role: Role, lang: Lang): string {
  const html = [`<p>${escapeHtml(textIn(role.summary, lang))}</p>`];
  const duties = dutyLines(role, lang);
  if (duties.length > 0) {
    const colon = lang === 'zh' ? '：' : ': ';
    html.push(`<h3>${escapeHtml(t('duties', lang))}</h3>`, '<ul>');
    for (const d of duties) {
      html.push(
        `<li><strong>${escapeHtml(d.title)}</strong>${d.description === '' ? '' : `${colon}${escapeHtml(d.description)}`}</li>`,
      );
    }
    html.push('</ul>');
  }
  return html.join('');
}
