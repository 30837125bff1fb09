import type {
  CategoryCode,
  DefinedTerm,
  DefinedTermSet,
  EducationalOccupationalCredential,
  Graph,
  JobPosting,
  Occupation,
  OccupationalExperienceRequirements,
  Organization,
  Place,
  PostalAddress,
  PropertyValue,
  QuantitativeValue,
  Country,
} from 'schema-dts';
import type { Catalog } from '../catalog/catalog.js';
import { LABELS } from '../labels.js';
import { EDUCATION, SKILL_LEVEL, type EducationLevel } from '../model/scales.js';
import { LANGS, textIn, type Lang, type LocalizedText } from '../model/text.js';
import type { Role, VocabularyKind, YearsRange } from '../model/index.js';
import { classificationCodes } from './jsonld-codes.js';
import { draftJobDescription } from '../jd/generate/generate.js';
import type { Posting } from '../model/posting.js';
import type { Diagnostic } from '../errors.js';
import type { SourceDocument } from '../source/document.js';
import { diagnosticFor } from '../source/report.js';
import { postingHtmlFragment } from '../render/job-description.js';
import { scriptJson } from '../render/html.js';
import type { Exporter } from './types.js';
import { yearsOf } from '../text/years.js';

/** A JSON-LD language-tagged string (`{"@value": "客服经理", "@language": "zh"}`). */
interface LangString {
  readonly '@value': string;
  readonly '@language': Lang;
}

/**
 * A schema-dts type in which every text value may also be a language-tagged string. Keys starting with `@` keep their
 * own type, so `@type` and `@id` stay exact; every property name is still checked against schema.org.
 */
type Tagged<T> = T extends string
  ? T | LangString
  : T extends readonly (infer U)[]
    ? readonly Tagged<U>[]
    : T extends object
      ? { [K in keyof T]: K extends `@${string}` ? T[K] : Tagged<T[K]> }
      : T;

type OccupationNode = Tagged<Occupation>;
type JobPostingNode = Tagged<JobPosting>;
type TermSetNode = Tagged<DefinedTermSet>;

/**
 * The exported document: `@context` plus a graph of Occupations, JobPosting templates and the vocabularies they use.
 */
export interface RoleGraph {
  '@context': Graph['@context'];
  '@graph': (OccupationNode | JobPostingNode | TermSetNode)[];
}

/** The `@id` of a role's Occupation node. */
const occupationId = (roleId: string): string => `urn:rolematrix:role:${roleId}`;
/** The `@id` of a role's JobPosting template. */
const jobPostingId = (roleId: string): string => `urn:rolematrix:job-posting:${roleId}`;
/** The `@id` of the DefinedTermSet for one rolematrix vocabulary. */
const termSetId = (kind: VocabularyKind): string => `urn:rolematrix:vocabulary:${kind}`;

type Value = string | LangString;
/** How a localized text becomes JSON-LD text values: both languages tagged, or one language as plain strings. */
type Voice = (t: LocalizedText) => Value[];

/** Every language the text has, each tagged; a plain string stays plain. */
const bilingual: Voice = (t) => {
  if (typeof t === 'string') return [t];
  return LANGS.flatMap((l) => (t[l] === undefined ? [] : [{ '@value': t[l], '@language': l }]));
};

/** The text in `lang` (falling back to the other language), as a plain string. */
const single =
  (lang: Lang): Voice =>
  (t) => {
    const s = textIn(t, lang);
    return s === '' ? [] : [s];
  };

/** One value as itself, several as an array (JSON-LD treats both as the property's values). */
function one(values: Value[]): Value | Value[] {
  return values.length === 1 ? values[0]! : values;
}

/** The text of `t` written in `lang` itself, without falling back. */
function own(t: LocalizedText | undefined, lang: Lang): string | undefined {
  if (t === undefined) return undefined;
  return typeof t === 'string' ? t : t[lang];
}

/**
 * Per language, `title: description` (full-width colon in Chinese); the title alone when there is no description in
 * that language.
 */
function titled(title: LocalizedText, description: LocalizedText | undefined): LocalizedText {
  if (typeof title === 'string' && (description === undefined || typeof description === 'string')) {
    return description === undefined ? title : `${title}: ${description}`;
  }
  const out: { zh?: string; en?: string } = {};
  for (const l of LANGS) {
    const head = own(title, l);
    if (head === undefined) continue;
    const body = own(description, l);
    out[l] = body === undefined ? head : `${head}${l === 'zh' ? '：' : ': '}${body}`;
  }
  return out;
}

const yearsBoth = (y: YearsRange, what: { zh: string; en: string }): LocalizedText => ({
  zh: yearsOf(y, what, 'zh'),
  en: yearsOf(y, what, 'en'),
});

/** schema.org `credentialCategory` wording for each education level (the values Google's job-posting guide lists). */
const CREDENTIAL_CATEGORY: Record<Exclude<EducationLevel, 'none'>, string> = {
  secondary: 'high school',
  associate: 'associate degree',
  bachelor: 'bachelor degree',
  master: 'postgraduate degree',
  doctorate: 'postgraduate degree',
};

/** The vocabularies whose entries appear as DefinedTerms. */
const TERM_KINDS = ['skills', 'traits', 'tools', 'fields'] as const satisfies readonly VocabularyKind[];
type TermKind = (typeof TERM_KINDS)[number];

/** Builds one role's nodes in one voice. */
class Builder {
  constructor(
    private readonly catalog: Catalog,
    private readonly voice: Voice,
    /** Vocabularies referred to, so their DefinedTermSets can be added to the graph. */
    private readonly used: Set<TermKind>,
  ) {}

  text(t: LocalizedText | undefined): Value | Value[] | undefined {
    if (t === undefined) return undefined;
    const v = this.voice(t);
    return v.length === 0 ? undefined : one(v);
  }

  texts(ts: readonly LocalizedText[]): Value[] {
    return ts.flatMap((t) => this.voice(t));
  }

  label(kind: VocabularyKind, id: string): LocalizedText {
    return this.catalog.entry(kind, id)?.label ?? id;
  }

  term(kind: TermKind, id: string, description?: LocalizedText): Tagged<DefinedTerm> {
    this.used.add(kind);
    const term: Tagged<DefinedTerm> = {
      '@type': 'DefinedTerm',
      name: this.text(this.label(kind, id)),
      termCode: id,
      inDefinedTermSet: { '@id': termSetId(kind) },
    };
    if (description !== undefined) term.description = this.text(description);
    return term;
  }

  categories(role: Role): Tagged<CategoryCode>[] {
    return classificationCodes(role.classification).map(({ set, code }) => {
      const node: Tagged<CategoryCode> = {
        '@type': 'CategoryCode',
        codeValue: code,
        inCodeSet: { '@type': 'CategoryCodeSet', name: set.name, ...(set.url === undefined ? {} : { url: set.url }) },
      };
      if (set.codeUrl !== undefined) node.url = set.codeUrl(code);
      return node;
    });
  }

  responsibilities(role: Role): Value[] {
    return this.texts((role.duties ?? []).map((d) => titled(d.title, d.description)));
  }

  skills(role: Role): Tagged<DefinedTerm>[] {
    const q = role.qualifications;
    if (q === undefined) return [];
    return [
      ...(q.skills ?? []).map((s) =>
        this.term('skills', s.ref, {
          zh: `要求熟练程度：${SKILL_LEVEL.label(s.level, 'zh')}`,
          en: `Required proficiency: ${SKILL_LEVEL.label(s.level, 'en')}`,
        }),
      ),
      ...(q.traits ?? []).map((id) => this.term('traits', id)),
      ...(q.tools ?? []).map((id) => this.term('tools', id)),
    ];
  }

  qualifications(role: Role): (Tagged<EducationalOccupationalCredential> | Value)[] {
    const q = role.qualifications;
    if (q === undefined) return [];
    return [
      ...(q.certifications ?? []).map((id): Tagged<EducationalOccupationalCredential> => ({
        '@type': 'EducationalOccupationalCredential',
        credentialCategory: 'certification',
        name: this.text(this.label('certifications', id)),
        identifier: id,
      })),
      ...this.texts(q.knowledge ?? []),
    ];
  }

  education(role: Role): Tagged<EducationalOccupationalCredential> | string | undefined {
    const e = role.qualifications?.education;
    if (e === undefined) return undefined;
    if (e.minimum === 'none') return 'no requirements';
    const credential: Tagged<EducationalOccupationalCredential> = {
      '@type': 'EducationalOccupationalCredential',
      credentialCategory: CREDENTIAL_CATEGORY[e.minimum],
      educationalLevel: this.text(EDUCATION.labels[e.minimum]),
    };
    if (e.fields !== undefined && e.fields.length > 0) credential.about = e.fields.map((f) => this.term('fields', f));
    if (e.note !== undefined) credential.description = this.text(e.note);
    return credential;
  }

  experience(role: Role): Tagged<OccupationalExperienceRequirements>[] {
    const x = role.qualifications?.experience;
    if (x === undefined) return [];
    const out: Tagged<OccupationalExperienceRequirements>[] = [];
    const descriptions = [
      ...(x.years === undefined ? [] : [yearsBoth(x.years, { zh: '相关工作经验', en: 'relevant work experience' })]),
      ...(x.areas ?? []),
    ];
    if (x.years !== undefined || descriptions.length > 0) {
      const general: Tagged<OccupationalExperienceRequirements> = { '@type': 'OccupationalExperienceRequirements' };
      if (x.years?.min !== undefined) general.monthsOfExperience = Math.round(x.years.min * 12);
      if (descriptions.length > 0) general.description = one(this.texts(descriptions));
      out.push(general);
    }
    if (x.management !== undefined) {
      const management: Tagged<OccupationalExperienceRequirements> = {
        '@type': 'OccupationalExperienceRequirements',
        description: this.text(yearsBoth(x.management.years, { zh: '管理经验', en: 'experience managing people' })),
      };
      if (x.management.years.min !== undefined) management.monthsOfExperience = Math.round(x.management.years.min * 12);
      out.push(management);
    }
    return out;
  }
}

/** Puts `value` under `key` unless it is empty, so the output has no `[]` or `undefined` properties. */
function put<T extends object, K extends keyof T>(node: T, key: K, value: T[K] | undefined): void {
  if (value === undefined || (Array.isArray(value) && value.length === 0)) return;
  node[key] = value;
}

/** A role as a schema.org Occupation, with text in both languages (language-tagged). */
function occupation(role: Role, b: Builder): OccupationNode {
  const node: OccupationNode = {
    '@type': 'Occupation',
    '@id': occupationId(role.id),
    name: b.text(role.title),
    description: b.text(role.summary),
  };
  const aliases = [
    ...(role.aliases?.zh ?? []).map((v) => ({ zh: v })),
    ...(role.aliases?.en ?? []).map((v) => ({ en: v })),
  ];
  put(node, 'alternateName', b.texts(aliases as LocalizedText[]));
  put(node, 'occupationalCategory', b.categories(role));
  put(node, 'responsibilities', b.responsibilities(role));
  put(node, 'skills', b.skills(role));
  put(node, 'qualifications', b.qualifications(role));
  put(node, 'educationRequirements', b.education(role));
  put(node, 'experienceRequirements', b.experience(role));
  return node;
}

/** A JobPosting template for the role, in one language, linked to its Occupation; fill in employer, place and dates. */
function jobPosting(role: Role, b: Builder, catalog: Catalog, lang: Lang): JobPostingNode {
  const node: JobPostingNode = {
    '@type': 'JobPosting',
    '@id': jobPostingId(role.id),
    title: b.text(role.title),
    // Job boards show `description` as the posting: HTML with the duties and requirements, as `rolematrix jd` writes it.
    description: postingHtmlFragment(draftJobDescription(catalog, role, { lang }), { forJobBoards: true }),
    relevantOccupation: { '@id': occupationId(role.id) },
    // rolematrix has no departments; the job family is the closest unit it knows.
    employmentUnit: {
      '@type': 'Organization',
      name: b.text(catalog.entry('families', role.family)?.label ?? role.family),
    },
  };
  put(node, 'occupationalCategory', b.categories(role));
  put(node, 'responsibilities', b.responsibilities(role));
  put(node, 'skills', b.skills(role));
  put(node, 'qualifications', b.qualifications(role));
  put(node, 'educationRequirements', b.education(role));
  put(node, 'experienceRequirements', b.experience(role));
  return node;
}

/** A schema.org JobPosting ready for a job board: the template's content plus what a posting file says. */
export type JobPostingDocument = { '@context': 'https://schema.org'; '@type': 'JobPosting' } & Record<string, unknown>;

/** The JobPosting properties a posting file fills, typed by schema-dts. */
function postingProperties(node: JobPostingNode, posting: Posting, lang: Lang): void {
  const L = (t: LocalizedText | undefined) => textIn(t, lang);
  const org = posting.organization;
  if (org !== undefined) {
    const hiring: Tagged<Organization> = { '@type': 'Organization', name: L(org.name) };
    if (org.url !== undefined) hiring.sameAs = org.url;
    if (org.logo !== undefined) hiring.logo = org.logo;
    node.hiringOrganization = hiring;
  }
  if (posting.datePosted !== undefined) node.datePosted = posting.datePosted;
  if (posting.validThrough !== undefined) node.validThrough = posting.validThrough;
  if (posting.employmentType !== undefined) node.employmentType = posting.employmentType;
  if (posting.locations !== undefined) {
    node.jobLocation = posting.locations.map((loc): Tagged<Place> => {
      const address: Tagged<PostalAddress> = {
        '@type': 'PostalAddress',
        addressLocality: L(loc.locality),
        addressCountry: loc.country,
      };
      if (loc.street !== undefined) address.streetAddress = L(loc.street);
      if (loc.region !== undefined) address.addressRegion = L(loc.region);
      if (loc.postalCode !== undefined) address.postalCode = loc.postalCode;
      return { '@type': 'Place', address };
    });
  }
  if (posting.remote !== undefined) {
    node.jobLocationType = 'TELECOMMUTE';
    node.applicantLocationRequirements = posting.remote.countries.map((c): Tagged<Country> => ({
      '@type': 'Country',
      name: c,
    }));
  }
  const pay = posting.salary;
  if (pay !== undefined) {
    const value: Tagged<QuantitativeValue> = { '@type': 'QuantitativeValue', unitText: pay.unit };
    if (pay.value !== undefined) value.value = pay.value;
    if (pay.min !== undefined) value.minValue = pay.min;
    if (pay.max !== undefined) value.maxValue = pay.max;
    node.baseSalary = { '@type': 'MonetaryAmount', currency: pay.currency, value };
  }
  if (posting.identifier !== undefined) {
    const id: Tagged<PropertyValue> = { '@type': 'PropertyValue', value: posting.identifier };
    if (org !== undefined) id.name = L(org.name);
    node.identifier = id;
  }
  if (posting.directApply !== undefined) node.directApply = posting.directApply;
  if (posting.url !== undefined) node.url = posting.url;
  if (posting.openings !== undefined) node.totalJobOpenings = posting.openings;
  const offer = posting.offer ?? [];
  if (offer.length > 0) node.jobBenefits = offer.map(L).join(lang === 'zh' ? '；' : '; ');
}

/** A property job boards read that the posting file does not give, with the posting file's key that gives it. */
interface JobBoardGap {
  property: string;
  key: string;
  /** Required by Google's job-posting guide (a warning), or recommended (a note). */
  required: boolean;
}

/** What a posting file leaves out of the JobPosting that Google's job-posting guide requires or recommends. */
export function jobBoardGaps(posting: Posting | undefined): JobBoardGap[] {
  const p = posting ?? {};
  const gaps: JobBoardGap[] = [];
  if (p.datePosted === undefined) gaps.push({ property: 'datePosted', key: 'datePosted', required: true });
  if (p.organization === undefined) gaps.push({ property: 'hiringOrganization', key: 'organization', required: true });
  if (p.locations === undefined && p.remote === undefined)
    gaps.push({ property: 'jobLocation', key: 'locations', required: true });
  if (p.validThrough === undefined) gaps.push({ property: 'validThrough', key: 'validThrough', required: false });
  if (p.employmentType === undefined) gaps.push({ property: 'employmentType', key: 'employmentType', required: false });
  if (p.salary === undefined) gaps.push({ property: 'baseSalary', key: 'salary', required: false });
  return gaps;
}

/** The JobPosting and what job boards will miss in it. */
export interface JobPostingResult {
  document: JobPostingDocument;
  /** EXPORT_MISSING_VALUE per property job boards need (warning) or recommend (info) that the posting file lacks. */
  diagnostics: Diagnostic[];
}

/**
 * One role's schema.org JobPosting for job boards, in `lang`: the generated job description as its HTML
 * `description`, the role's requirements, and the employer, place, dates and pay of `posting`. `description` is the
 * given HTML when there is one (the JD `rolematrix jd` wrote), else the generated JD without the posting's sections.
 * A property a job board needs and the posting lacks is reported at the posting file (`postingSource`).
 */
export function jobPostingJsonLd(
  catalog: Catalog,
  role: Role,
  options: { lang: Lang; posting?: Posting; descriptionHtml?: string; postingSource?: SourceDocument },
): JobPostingResult {
  const used = new Set<TermKind>();
  const b = new Builder(catalog, single(options.lang), used);
  // A standalone posting: no `@id` or link to an Occupation node the document does not hold.
  const { '@id': _id, relevantOccupation: _occupation, ...node } = jobPosting(role, b, catalog, options.lang);
  if (options.descriptionHtml !== undefined) node.description = options.descriptionHtml;
  if (options.posting !== undefined) postingProperties(node, options.posting, options.lang);
  const diagnostics = jobBoardGaps(options.posting).map(({ property, key, required }) =>
    diagnosticFor(
      options.postingSource !== undefined
        ? { source: options.postingSource, path: [] }
        : { file: '<posting>', path: [] },
      'EXPORT_MISSING_VALUE',
      required
        ? {
            en: `The JobPosting has no \`${property}\`, which job boards (Google's job-posting rich results) require.`,
            zh: `JobPosting 缺少招聘网站（Google 职位搜索）必需的 \`${property}\`。`,
          }
        : {
            en: `The JobPosting has no \`${property}\`, which job boards recommend.`,
            zh: `JobPosting 缺少招聘网站建议提供的 \`${property}\`。`,
          },
      {
        severity: required ? 'warning' : 'info',
        hint: {
          en: `Add \`${key}\` to the posting file (--config); see docs/jd.md.`,
          zh: `请在职位发布文件（--config）中添加 \`${key}\`；见 docs/jd.md。`,
        },
      },
    ),
  );
  return { document: { '@context': 'https://schema.org', ...node }, diagnostics };
}

/**
 * The schema.org JSON-LD for `roles`: per role an `Occupation` (zh and en, language-tagged) and a `JobPosting` template
 * in `lang`, plus a `DefinedTermSet` per rolematrix vocabulary their terms come from.
 */
export function jsonLdDocument(catalog: Catalog, roles: readonly Role[], lang: Lang = 'en'): JsonLdDocument {
  return roleGraph(catalog, roles, lang);
}

/**
 * The public shape of the JSON-LD document: plain JSON, so the package's type declarations need no schema-dts (the
 * graph is still built and checked against schema-dts inside).
 */
interface JsonLdDocument {
  '@context': 'https://schema.org';
  '@graph': ({ '@type': string; '@id'?: string } & Record<string, unknown>)[];
}

/** The graph of `jsonLdDocument`, typed by schema-dts. */
function roleGraph(catalog: Catalog, roles: readonly Role[], lang: Lang): RoleGraph {
  const used = new Set<TermKind>();
  const both = new Builder(catalog, bilingual, used);
  const plain = new Builder(catalog, single(lang), used);
  const graph: RoleGraph['@graph'] = [];
  for (const role of roles) graph.push(occupation(role, both), jobPosting(role, plain, catalog, lang));
  for (const kind of TERM_KINDS) {
    if (!used.has(kind)) continue;
    const set: TermSetNode = { '@type': 'DefinedTermSet', '@id': termSetId(kind), name: both.text(LABELS[kind]) };
    const catalogName = catalog.settings?.name;
    if (catalogName !== undefined) set.isPartOf = { '@type': 'CreativeWork', name: both.text(catalogName) };
    graph.push(set);
  }
  return { '@context': 'https://schema.org', '@graph': graph };
}

/**
 * schema.org JSON-LD (`rolematrix.jsonld`): Occupations and JobPosting templates for careers pages and search engines.
 */
export const exportJsonLd: Exporter = (ctx) => ({
  files: [
    {
      name: 'rolematrix.jsonld',
      // Escaped for HTML: the file is meant to be embedded in a page's <script type="application/ld+json">.
      content: `${scriptJson(roleGraph(ctx.catalog, ctx.roles, ctx.lang), 2)}\n`,
      mediaType: 'application/ld+json',
    },
  ],
  diagnostics: [],
});
