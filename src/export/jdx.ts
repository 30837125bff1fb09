import type { Catalog } from '../catalog/catalog.js';
import type { Diagnostic } from '../errors.js';
import { LABELS } from '../labels.js';
import { EDUCATION, SKILL_LEVEL, type EducationLevel } from '../model/scales.js';
import { textIn, type Lang, type LocalizedText } from '../model/text.js';
import type { Role, VocabularyKind } from '../model/index.js';
import { classificationCodes } from './jsonld-codes.js';
import type { ExportFile, Exporter } from './types.js';
import { yearsOf } from '../text/years.js';

// Property names follow HR Open Standards 4.3, recruiting/json/jdx (JobDescriptionType and the types it uses); see
// docs/interchange.md for the mapping and for which names could be checked against the published schema.

/** JDX `ScaleAnnotationType`: how a term applies to the job. */
interface JdxScaleAnnotation {
  required?: boolean;
  preferred?: boolean;
  descriptions?: string[];
}

/** JDX `AnnotatedDefinedTermType`: a term from a controlled vocabulary, with an annotation. `name` is required. */
interface JdxAnnotatedDefinedTerm {
  name: string;
  termCode?: string;
  inDefinedTermSet?: string;
  descriptions?: string[];
  annotation?: JdxScaleAnnotation;
}

/** HR Open `IdentifierType`. */
interface JdxIdentifier {
  value: string;
  schemeId: string;
}

/** JDX `QualifyingExperienceType`: education or work experience a position asks for. */
interface JdxQualifyingExperience {
  /** ISO 8601 duration, e.g. `P3Y`. */
  duration?: string;
  descriptions?: string[];
  educationLevels?: JdxAnnotatedDefinedTerm[];
  experienceCategories?: JdxAnnotatedDefinedTerm[];
}

/** JDX `CredentialType` (the part rolematrix fills). */
interface JdxCredential {
  descriptions: string[];
}

/** JDX `JobDescriptionType` (the properties rolematrix fills). */
export interface JdxJobDescription {
  identifiers: JdxIdentifier[];
  title: string;
  descriptions: string[];
  occupationCategories?: JdxAnnotatedDefinedTerm[];
  responsibilities?: JdxAnnotatedDefinedTerm[];
  tasks?: JdxAnnotatedDefinedTerm[];
  competencies?: JdxAnnotatedDefinedTerm[];
  skills?: JdxAnnotatedDefinedTerm[];
  knowledge?: JdxAnnotatedDefinedTerm[];
  requiredEducation?: JdxQualifyingExperience[];
  preferredEducation?: JdxQualifyingExperience[];
  requiredExperiences?: JdxQualifyingExperience[];
  requiredCredentials?: JdxCredential[];
  reportingRelationships?: JdxAnnotatedDefinedTerm[];
}

/** The DefinedTermSet name for the catalog's roles (reporting relationships). */
const JDX_ROLE_SET = 'urn:rolematrix:roles';
/** The DefinedTermSet name for one rolematrix vocabulary. */
const vocabularySet = (kind: VocabularyKind): string => `urn:rolematrix:vocabulary:${kind}`;

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
  const term = (kind: VocabularyKind, id: string, annotation?: JdxScaleAnnotation): JdxAnnotatedDefinedTerm => {
    const out: JdxAnnotatedDefinedTerm = {
      name: text(catalog.entry(kind, id)?.label ?? id),
      termCode: id,
      inDefinedTermSet: vocabularySet(kind),
    };
    if (annotation !== undefined) out.annotation = annotation;
    return out;
  };
  const roleTerm = (id: string, relation: string): JdxAnnotatedDefinedTerm => ({
    name: text(catalog.find(id)?.title ?? id),
    termCode: id,
    inDefinedTermSet: JDX_ROLE_SET,
    descriptions: [relation],
  });
  const q = role.qualifications;
  const education = q?.education;
  const level =
    education === undefined || education.minimum === 'none'
      ? undefined
      : {
          name: EDUCATION.label(education.minimum, lang),
          termCode: ISCED[education.minimum],
          inDefinedTermSet: 'ISCED 2011',
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
    occupationCategories: classificationCodes(role.classification).map(({ set, code }) => ({
      name: `${set.name} ${code}`,
      termCode: code,
      inDefinedTermSet: set.name,
    })),
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
      ...(role.reportsTo === undefined ? [] : [roleTerm(role.reportsTo, LABELS.reportsTo[lang])]),
      ...(role.dottedReportsTo ?? []).map((id) => roleTerm(id, dottedManager)),
      ...reports.map((r) => roleTerm(r.id, directReport)),
      ...dottedReports.map((r) => roleTerm(r.id, dottedReport)),
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
    if (role.classification === undefined || Object.keys(role.classification).length === 0) {
      diagnostics.push(
        ctx.diagnostic(
          role.id,
          ['classification'],
          'EXPORT_MISSING_VALUE',
          {
            en: `Role "${role.id}" has no occupational classification code, so its JDX occupationCategories is left out.`,
            zh: `岗位“${role.id}”没有职业分类代码，JDX 文件中将缺少 occupationCategories。`,
          },
          {
            en: 'Add `classification` with an ISCO-08, O*NET-SOC or 2022 Chinese classification code where one clearly fits.',
            zh: '在有明确对应时，添加 `classification`，填写 ISCO-08、O*NET-SOC 或职业分类大典（2022）代码。',
          },
          'warning',
        ),
      );
    }
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
