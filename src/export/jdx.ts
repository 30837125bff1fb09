import type { Catalog } from '../catalog/catalog.js';
import type { Diagnostic } from '../errors.js';
import { LABELS } from '../labels.js';
import { EDUCATION, SKILL_LEVEL, type EducationLevel } from '../model/scales.js';
import { textIn, type Lang, type LocalizedText } from '../model/text.js';
import type { Role } from '../model/index.js';
import type { ExportFile, Exporter } from './types.js';
import type {
  JdxDefinedTermSet,
  JdxJobDescription,
  JdxQualifyingExperience,
  JdxScaleAnnotation,
} from './jdx-schema.js';
import type { JdxAnnotatedDefinedTerm } from './jdx-schema.js';

export type { JdxJobDescription } from './jdx-schema.js';
import { yearsOf } from '../text/years.js';

// Property names and shapes follow HR Open Standards 4.3, recruiting/json/jdx (JobDescriptionType and the types it
// uses), encoded in jdx-schema.ts; docs/interchange.md has the mapping and how to validate against the published schema.

/** The DefinedTermSet of one rolematrix vocabulary, named in `lang`. */
type TermKind = 'skills' | 'traits' | 'tools';
const vocabularySet = (kind: TermKind, lang: Lang): JdxDefinedTermSet => ({
  name: LABELS[kind][lang],
  url: `urn:rolematrix:vocabulary:${kind}`,
});

/** ISCED 2011, the education levels HR Open's IscedCodeList.json enumerates (codes 0–8). */
const ISCED_SET: JdxDefinedTermSet = {
  name: 'ISCED 2011',
  descriptions: ['International Standard Classification of Education (UNESCO), levels 0–8'],
  url: 'http://www.uis.unesco.org/Education/Documents/isced-2011-operational-manual.pdf',
};

/** ISCED 2011 levels of the rolematrix education scale (`none` has no level). */
const ISCED: Record<Exclude<EducationLevel, 'none'>, string> = {
  secondary: '3',
  associate: '5',
  bachelor: '6',
  master: '7',
  doctorate: '8',
};

const WORK_EXPERIENCE: JdxAnnotatedDefinedTerm = { name: 'Work Experience' };
const REQUIRED: JdxScaleAnnotation = { required: true };

/** ISO 8601 duration of `years` (whole years as `PnY`, fractions as months). */
function duration(years: number): string {
  return Number.isInteger(years) ? `P${years}Y` : `P${Math.round(years * 12)}M`;
}

/** Leaves out empty lists, so the document carries only what the role says. */
function compact<T extends object>(obj: T): T {
  return Object.fromEntries(
    Object.entries(obj).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)),
  ) as T;
}

/** The HR Open JDX `JobDescription` of one role, with texts in `lang` (falling back to the other language). */
export function jdxJobDescription(catalog: Catalog, role: Role, lang: Lang = 'en'): JdxJobDescription {
  const text = (t: LocalizedText): string => textIn(t, lang);
  const term = (kind: TermKind, id: string, annotation?: JdxScaleAnnotation): JdxAnnotatedDefinedTerm => {
    const out: JdxAnnotatedDefinedTerm = {
      name: text(catalog.entry(kind, id)?.label ?? id),
      termCode: id,
      inDefinedTermSet: vocabularySet(kind, lang),
    };
    if (annotation !== undefined) out.annotation = annotation;
    return out;
  };
  // JDX reporting relationships are texts: the relation, the other role's title and its id.
  const related = (relation: string, id: string): string => {
    const title = text(catalog.find(id)?.title ?? id);
    return lang === 'zh' ? `${relation}：${title}（${id}）` : `${relation}: ${title} (${id})`;
  };
  const q = role.qualifications;
  const education = q?.education;
  const level =
    education === undefined || education.minimum === 'none'
      ? undefined
      : {
          name: EDUCATION.label(education.minimum, lang),
          termCode: ISCED[education.minimum],
          inDefinedTermSet: ISCED_SET,
        };

  const requiredExperiences: JdxQualifyingExperience[] = [];
  const x = q?.experience;
  if (x !== undefined) {
    const descriptions = [
      ...(x.years === undefined
        ? []
        : [yearsOf(x.years, { zh: '相关工作经验', en: 'relevant work experience' }, lang)]),
      ...(x.areas ?? []).map(text),
    ];
    if (descriptions.length > 0) {
      requiredExperiences.push(
        compact({
          duration: x.years?.min === undefined ? undefined : duration(x.years.min),
          descriptions,
          experienceCategories: [WORK_EXPERIENCE],
        }),
      );
    }
    if (x.management !== undefined) {
      const y = x.management.years;
      requiredExperiences.push(
        compact({
          duration: y.min === undefined ? undefined : duration(y.min),
          descriptions: [yearsOf(y, { zh: '管理经验', en: 'experience managing people' }, lang)],
          experienceCategories: [WORK_EXPERIENCE],
        }),
      );
    }
  }

  const reports = [...catalog.roles.values()]
    .filter((r) => r.reportsTo === role.id)
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  const directReport = lang === 'zh' ? '直接下属' : 'Direct report';
  const dottedReports = [...catalog.roles.values()]
    .filter((r) => r.dottedReportsTo?.includes(role.id))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  const dottedManager = lang === 'zh' ? '虚线汇报对象' : 'Dotted-line manager';
  const dottedReport = lang === 'zh' ? '虚线下属' : 'Dotted-line report';

  return compact<JdxJobDescription>({
    identifiers: [{ value: role.id, schemeId: 'rolematrix' }],
    title: text(role.title),
    descriptions: [text(role.summary)],
    responsibilities: (role.duties ?? []).map((d) =>
      compact<JdxAnnotatedDefinedTerm>({
        name: text(d.title),
        termCode: d.id,
        descriptions: d.description === undefined ? undefined : [text(d.description)],
      }),
    ),
    tasks: (role.duties ?? []).flatMap((d) => (d.activities ?? []).map((a) => ({ name: text(a) }))),
    competencies: (q?.traits ?? []).map((id) => term('traits', id, REQUIRED)),
    skills: (q?.skills ?? []).map((s) =>
      term('skills', s.ref, {
        required: true,
        descriptions: [
          lang === 'zh'
            ? `要求熟练程度：${SKILL_LEVEL.label(s.level, 'zh')}`
            : `Required proficiency: ${SKILL_LEVEL.label(s.level, 'en')}`,
        ],
      }),
    ),
    technologies: (q?.tools ?? []).map((id) => term('tools', id, REQUIRED)),
    knowledge: (q?.knowledge ?? []).map((k) => ({ name: text(k), annotation: REQUIRED })),
    requiredEducation:
      level === undefined
        ? []
        : [
            compact<JdxQualifyingExperience>({
              educationLevels: [level],
              descriptions: education?.note === undefined ? undefined : [text(education.note)],
            }),
          ],
    preferredEducation: (education?.fields ?? []).map((f) =>
      compact<JdxQualifyingExperience>({
        educationLevels: level === undefined ? undefined : [level],
        descriptions: [
          `${lang === 'zh' ? '专业：' : 'Field of study: '}${text(catalog.entry('fields', f)?.label ?? f)}`,
        ],
      }),
    ),
    requiredExperiences,
    requiredCredentials: (q?.certifications ?? []).map((id) => ({
      descriptions: [text(catalog.entry('certifications', id)?.label ?? id)],
    })),
    reportingRelationships: [
      ...(role.reportsTo === undefined ? [] : [related(LABELS.reportsTo[lang], role.reportsTo)]),
      ...(role.dottedReportsTo ?? []).map((id) => related(dottedManager, id)),
      ...reports.map((r) => related(directReport, r.id)),
      ...dottedReports.map((r) => related(dottedReport, r.id)),
    ],
  });
}

/** The file name of a role's JobDescription. */
const jdxFileName = (roleId: string): string => `${roleId}.jdx.json`;

/**
 * HR Open Standards JDX: one `JobDescription` JSON file per role (`<role-id>.jdx.json`), each a document that
 * validates on its own. Parts JDX consumers rely on but the role lacks are reported as warnings.
 */
export const exportJdx: Exporter = (ctx) => {
  const files: ExportFile[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const role of ctx.roles) {
    if ((role.duties ?? []).length === 0) {
      diagnostics.push(
        ctx.diagnostic(
          role.id,
          ['duties'],
          'EXPORT_MISSING_VALUE',
          {
            en: `Role "${role.id}" has no duties, so its JDX responsibilities is left out.`,
            zh: `岗位“${role.id}”没有职责，JDX 文件中将缺少 responsibilities。`,
          },
          { en: "Add the role's `duties`.", zh: '为岗位添加 `duties`（职责）。' },
          'warning',
        ),
      );
    }
    if (role.qualifications === undefined) {
      diagnostics.push(
        ctx.diagnostic(
          role.id,
          ['qualifications'],
          'EXPORT_MISSING_VALUE',
          {
            en: `Role "${role.id}" has no qualifications, so its JDX file states no skills, education or experience requirements.`,
            zh: `岗位“${role.id}”没有任职资格，JDX 文件中将没有技能、学历和经验要求。`,
          },
          {
            en: 'Add `qualifications` (education, experience, skills).',
            zh: '添加 `qualifications`（学历、经验、技能）。',
          },
          'warning',
        ),
      );
    }
    files.push({
      name: jdxFileName(role.id),
      content: `${JSON.stringify(jdxJobDescription(ctx.catalog, role, ctx.lang), null, 2)}\n`,
      mediaType: 'application/json',
    });
  }
  return { files, diagnostics };
};
