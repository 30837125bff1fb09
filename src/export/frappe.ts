import type { Diagnostic } from '../errors.js';
import { t } from '../labels.js';
import type { Role } from '../model/index.js';
import { textIn, type Lang } from '../model/text.js';
import { dutyLines, duplicateName, formulaEscaped, labelled, textPath, tooLong, UniqueNames } from './hr-common.js';
import { codePoints, importCsv } from './hr-csv.js';
import type { ExportContext, ExportFile, Exporter } from './types.js';

// Frappe HRMS 15 Data Import files. Headers are the field labels the Data Import matches (a child-table field is
// `Label (Table Label)`); a document's further child rows follow on the next lines with its own columns left empty.

/** `Skill` (hrms/hr/doctype/skill): `skill_name`, `description`. */
export const FRAPPE_SKILL_COLUMNS = ['Skill Name', 'Description'] as const;
/** `KRA` (hrms/hr/doctype/kra): `title`, `description`. */
export const FRAPPE_KRA_COLUMNS = ['Title', 'Description'] as const;
/**
 * `Appraisal Template`: `template_title`, `description` (a field without a label, so the Data Import knows it only by
 * its field name), and the `goals` table "KRAs" of `Appraisal Template Goal` (`key_result_area`, `per_weightage`; `kra` before HRMS 15).
 */
export const FRAPPE_APPRAISAL_TEMPLATE_COLUMNS = [
  'Appraisal Template Title',
  'description',
  'KRA (KRAs)',
  'Weightage (%) (KRAs)',
] as const;
/**
 * `Designation` (ERPNext) with the fields HRMS adds: `appraisal_template` and the `skills` table of `Designation
 * Skill`.
 */
export const FRAPPE_DESIGNATION_COLUMNS = [
  'Designation',
  'Description',
  'Appraisal Template',
  'Skill (Skills)',
] as const;

/** A Frappe `Data` field (and a document name) holds at most 140 characters. */
export const FRAPPE_DATA_MAX = 140;

const CSV = 'text/csv;charset=utf-8';
const TOOL = 'Frappe HRMS';

/**
 * Frappe HRMS Data Import CSVs, to import in this order: `Skill.csv`, `KRA.csv`, `Appraisal Template.csv` (one template
 * per role with KPIs; weightages from the KPI weights, which must sum to exactly 100) and `Designation.csv` (linking
 * the
 * template and the skills). Names are in `ctx.lang`; names are unique per doctype and at most 140 characters.
 */
export const exportFrappe: Exporter = (ctx) => {
  const { catalog, lang } = ctx;
  const diagnostics: Diagnostic[] = [];
  const designationNames = new UniqueNames('case-insensitive');
  const kraNames = new UniqueNames('case-insensitive');
  const skillNames = new UniqueNames('case-insensitive');
  const skills = new Map<string, string[]>();
  const kras = new Map<string, string[]>();
  const templates: string[][] = [];
  const designations: string[][] = [];

  /** A name of a record that `roleId` brings in: at most 140 characters and unique among its doctype. */
  const checkName = (
    names: UniqueNames,
    name: string,
    owner: string,
    roleId: string,
    path: readonly (string | number)[],
    what: { en: string; zh: string },
  ) => {
    const escaped = formulaEscaped(ctx, roleId, path, what, name, TOOL);
    if (escaped !== undefined) diagnostics.push(escaped);
    const first = names.claim(name, owner, roleId);
    if (first !== undefined) {
      diagnostics.push(duplicateName(ctx, roleId, path, what, name, first, TOOL));
      return;
    }
    const length = codePoints(name);
    if (length > FRAPPE_DATA_MAX) diagnostics.push(tooLong(ctx, roleId, path, what, length, FRAPPE_DATA_MAX, TOOL));
  };

  for (const role of ctx.roles) {
    const title = textIn(role.title, lang);
    checkName(designationNames, title, role.id, role.id, textPath(role.title, ['title'], lang), {
      en: 'designation name',
      zh: '职位名称',
    });

    const skillRefs = (role.qualifications?.skills ?? []).map((s) => s.ref);
    const skillLabels = skillRefs.map((ref, i) => {
      const label = catalog.label('skills', ref, lang);
      if (!skills.has(ref)) {
        checkName(skillNames, label, ref, role.id, ['qualifications', 'skills', i, 'ref'], {
          en: 'skill name',
          zh: '技能名称',
        });
        skills.set(ref, [label, textIn(catalog.entry('skills', ref)?.description, lang)]);
      }
      return label;
    });

    const goals = appraisalGoals(ctx, role, diagnostics);
    for (const g of goals) {
      if (kras.has(g.ref)) continue;
      checkName(kraNames, g.label, g.ref, role.id, ['kpis', g.index, 'ref'], { en: 'KRA title', zh: 'KRA 标题' });
      kras.set(g.ref, [g.label, textIn(catalog.entry('kpis', g.ref)?.description, lang)]);
    }
    if (goals.length > 0) {
      goals.forEach((g, i) =>
        templates.push(
          i === 0 ? [title, templateDescription(role, title, lang), g.label, g.weight] : ['', '', g.label, g.weight],
        ),
      );
    }

    const summary = formulaEscaped(
      ctx,
      role.id,
      textPath(role.summary, ['summary'], lang),
      { en: 'designation description (the summary)', zh: '职位说明（概述）' },
      textIn(role.summary, lang),
      TOOL,
    );
    if (summary !== undefined) diagnostics.push(summary);
    const parent = [title, designationDescription(role, lang), goals.length > 0 ? title : ''];
    if (skillLabels.length === 0) designations.push([...parent, '']);
    skillLabels.forEach((label, i) => designations.push(i === 0 ? [...parent, label] : ['', '', '', label]));
  }

  const files: ExportFile[] = [];
  if (skills.size > 0)
    files.push({
      name: 'Skill.csv',
      content: importCsv([FRAPPE_SKILL_COLUMNS, ...skills.values()], { bom: false }),
      mediaType: CSV,
    });
  if (kras.size > 0) {
    files.push(
      { name: 'KRA.csv', content: importCsv([FRAPPE_KRA_COLUMNS, ...kras.values()], { bom: false }), mediaType: CSV },
      {
        name: 'Appraisal Template.csv',
        content: importCsv([FRAPPE_APPRAISAL_TEMPLATE_COLUMNS, ...templates], { bom: false }),
        mediaType: CSV,
      },
    );
  }
  files.push({
    name: 'Designation.csv',
    content: importCsv([FRAPPE_DESIGNATION_COLUMNS, ...designations], { bom: false }),
    mediaType: CSV,
  });
  return { files, diagnostics };
};

interface Goal {
  ref: string;
  index: number;
  label: string;
  weight: string;
}

/**
 * The KRA rows of the role's appraisal template, one per KPI with its weight as the weightage. Frappe refuses a
 * template whose weightages do not sum to exactly 100 (to two decimals), so a KPI without a weight or a wrong sum is
 * an error here; a role without KPIs gets no template (an info).
 */
function appraisalGoals(ctx: ExportContext, role: Role, diagnostics: Diagnostic[]): Goal[] {
  const kpis = role.kpis ?? [];
  if (kpis.length === 0) {
    diagnostics.push(
      ctx.diagnostic(
        role.id,
        [],
        'EXPORT_MISSING_VALUE',
        {
          en: 'The role has no KPIs, so no appraisal template is written for it and its designation links none.',
          zh: '该岗位没有绩效指标，因此不为它生成考核模板，其职位也不关联考核模板。',
        },
        {
          en: 'Add KPIs with weights that sum to 100 to export an appraisal template.',
          zh: '如需导出考核模板，请添加权重合计为 100 的绩效指标。',
        },
        'info',
      ),
    );
    return [];
  }
  const unweighted = kpis.flatMap((k, i) => (k.weight === undefined ? [i] : []));
  const how = {
    en: "Frappe HRMS's appraisal template needs a weightage for every KRA, and they must sum to exactly 100.",
    zh: 'Frappe HRMS 的考核模板要求每个 KRA 都有权重，且合计正好为 100。',
  };
  const hint = {
    en: 'Give every KPI of the role a `weight`, so that they sum to 100.',
    zh: '请为该岗位的每个绩效指标填写 `weight`，使合计为 100。',
  };
  if (unweighted.length === kpis.length) {
    diagnostics.push(
      ctx.diagnostic(
        role.id,
        ['kpis'],
        'EXPORT_WEIGHTS_SUM',
        {
          en: `None of the role's ${kpis.length} KPIs has a weight. ${how.en}`,
          zh: `该岗位的 ${kpis.length} 个绩效指标都没有权重。${how.zh}`,
        },
        hint,
      ),
    );
    return [];
  }
  for (const i of unweighted) {
    const name = ctx.catalog.label('kpis', kpis[i]!.ref, ctx.lang);
    diagnostics.push(
      ctx.diagnostic(
        role.id,
        ['kpis', i],
        'EXPORT_WEIGHTS_SUM',
        { en: `The KPI "${name}" has no weight. ${how.en}`, zh: `绩效指标「${name}」没有权重。${how.zh}` },
        hint,
      ),
    );
  }
  if (unweighted.length > 0) return [];
  const sum = Math.round(kpis.reduce((s, k) => s + (k.weight ?? 0), 0) * 100) / 100;
  if (sum !== 100) {
    const off = Math.round(Math.abs(100 - sum) * 100) / 100;
    diagnostics.push(
      ctx.diagnostic(
        role.id,
        ['kpis'],
        'EXPORT_WEIGHTS_SUM',
        {
          en: `The KPI weights of the role sum to ${sum}, not 100. ${how.en}`,
          zh: `该岗位绩效指标的权重合计为 ${sum}，不是 100。${how.zh}`,
        },
        {
          en: `Change the weights so that they sum to 100 (they are ${sum < 100 ? 'short' : 'over'} by ${off}).`,
          zh: `请调整权重使合计为 100（目前${sum < 100 ? '少' : '多'} ${off}）。`,
        },
      ),
    );
    return [];
  }
  return kpis.map((k, index) => ({
    ref: k.ref,
    index,
    label: ctx.catalog.label('kpis', k.ref, ctx.lang),
    weight: String(k.weight),
  }));
}

function templateDescription(role: Role, title: string, lang: Lang): string {
  return lang === 'zh'
    ? `岗位「${title}」的绩效指标（rolematrix 岗位编号 ${role.id}）。`
    : `KPIs of the role "${title}" (rolematrix role id ${role.id}).`;
}

/** The designation's description as plain text: the summary, then the duties one a line. */
function designationDescription(role: Role, lang: Lang): string {
  const out = [textIn(role.summary, lang)];
  const duties = dutyLines(role, lang);
  if (duties.length > 0) {
    out.push('', `${t('duties', lang)}${lang === 'zh' ? '：' : ':'}`);
    for (const d of duties) out.push(`• ${d.description === '' ? d.title : labelled(d.title, d.description, lang)}`);
  }
  return out.join('\n');
}
