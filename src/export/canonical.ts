import { z } from 'zod';
import type { Catalog } from '../catalog/catalog.js';
import { ARCHITECTURE_KINDS, isBuiltinEntry } from '../model/defaults.js';
import { DOCUMENT_SCHEMAS, type DocumentKind } from '../model/document.js';
import {
  ApiVersionSchema,
  API_VERSION,
  EDUCATION,
  ResponsibilityMatrixSchema,
  RoleSchema,
  SKILL_LEVEL,
  VocabularySchema,
  CatalogSettingsSchema,
  VOCABULARY_KINDS,
  REFERENCED_KINDS,
  type ReferencedKind,
  textIn,
  type LocalizedText,
  type ResponsibilityMatrix,
  type Role,
  type Vocabulary,
  type VocabularyKind,
} from '../model/index.js';
import type { ExportContext, Exporter } from './types.js';
import { roleReferences } from '../catalog/rules/references.js';

/** The vocabularies roles refer to by id, with a label map each (the architecture lists have their own). */
const LABELLED_KINDS = REFERENCED_KINDS.filter(
  (k): k is Exclude<ReferencedKind, (typeof ARCHITECTURE_KINDS)[number]> =>
    !(ARCHITECTURE_KINDS as readonly string[]).includes(k),
);

/** The two files of the canonical export. */
export const CATALOG_JSON_FILE = 'rolematrix.catalog.json';
export const CATALOG_SCHEMA_FILE = 'rolematrix.catalog.schema.json';

const LabelPairSchema = z
  .strictObject({ zh: z.string().describe('Chinese label.'), en: z.string().describe('English label.') })
  .describe('A label in Chinese and English.');
type LabelPair = z.infer<typeof LabelPairSchema>;

const labelMap = (what: string) =>
  z.record(z.string(), LabelPairSchema).optional().describe(`Labels of the ${what} the role uses, by id.`);

/** The vocabulary labels that go with a role, so a reader of the JSON needs no second lookup. */
const RoleLabelsSchema = z
  .strictObject({
    family: LabelPairSchema.describe('The job family.'),
    level: LabelPairSchema.describe("The level on the catalog's level ladder."),
    track: LabelPairSchema.optional().describe('The career track the level is on, when the catalog has tracks.'),
    orientation: LabelPairSchema.describe('What the role is measured against.'),
    reportsTo: LabelPairSchema.optional().describe('The title of the role this one reports to.'),
    roles: labelMap('other roles (extends, reportsTo, dottedReportsTo, escalateTo, career steps)'),
    education: LabelPairSchema.optional().describe('The minimum education.'),
    skillLevels: labelMap('skill levels'),
    authorities: labelMap('authority grades'),
    domains: labelMap('permission domains'),
    categories: labelMap('duty categories'),
    settings: labelMap('work settings'),
    skills: labelMap('skills'),
    kpis: labelMap('KPIs'),
    traits: labelMap('traits'),
    tools: labelMap('tools and methods'),
    certifications: labelMap('certifications'),
    fields: labelMap('fields of study'),
    audiences: labelMap('audiences'),
    channels: labelMap('channels'),
  })
  .describe('Bilingual labels of every id the role uses; ignored on import.');
type RoleLabels = z.infer<typeof RoleLabelsSchema>;

const shape = RoleSchema.shape;
/** A role with `extends` applied (the required fields present) and its labels. */
const ExportedRoleSchema = z
  .strictObject({
    ...shape,
    title: shape.title.unwrap(),
    family: shape.family.unwrap(),
    level: shape.level.unwrap(),
    orientation: shape.orientation.unwrap(),
    summary: shape.summary.unwrap(),
    labels: RoleLabelsSchema,
  })
  .describe(
    'A role with `extends` applied (`extends` kept to say where it came from) and the labels of the ids it uses.',
  );

/** The canonical JSON export of a catalog. */
const CatalogExportSchema = z
  .strictObject({
    $schema: z.string().optional().describe('Where the JSON Schema of this file is.'),
    apiVersion: ApiVersionSchema,
    kind: z.literal('CatalogExport').describe('The document kind.'),
    generator: z.string().describe('The program and version that wrote the file.'),
    catalog: CatalogSettingsSchema.optional().describe('The catalog settings document, when the catalog has one.'),
    roles: z.array(ExportedRoleSchema).describe('The exported roles, in catalog order.'),
    vocabularies: z.array(VocabularySchema).describe('Every vocabulary of the catalog, one document per kind.'),
    matrices: z.array(ResponsibilityMatrixSchema).describe('The responsibility matrices whose roles are all exported.'),
  })
  .describe('A rolematrix catalog as one JSON document: resolved roles with labels, vocabularies and matrices.');
type CatalogExport = z.infer<typeof CatalogExportSchema>;

/** The JSON Schema (draft 2020-12) of `rolematrix.catalog.json`, generated from the zod model. */
export function catalogExportJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(CatalogExportSchema, { target: 'draft-2020-12', unrepresentable: 'any', io: 'input' });
  return { ...schema, title: 'rolematrix catalog export' };
}

/** Canonical JSON: the resolved catalog (roles with labels, vocabularies, matrices) and its JSON Schema. */
export const exportJson: Exporter = (ctx) => {
  const doc = catalogExport(ctx);
  return {
    files: [
      { name: CATALOG_JSON_FILE, content: `${JSON.stringify(doc, null, 2)}\n`, mediaType: 'application/json' },
      {
        name: CATALOG_SCHEMA_FILE,
        content: `${JSON.stringify(catalogExportJsonSchema(), null, 2)}\n`,
        mediaType: 'application/schema+json',
      },
    ],
    diagnostics: [],
  };
};

/** The export document for the roles of `ctx`, every key in model order. */
function catalogExport(ctx: Pick<ExportContext, 'catalog' | 'roles' | 'generator'>): CatalogExport {
  const { catalog, roles } = ctx;
  const out: Record<string, unknown> = {
    $schema: `./${CATALOG_SCHEMA_FILE}`,
    apiVersion: API_VERSION,
    kind: 'CatalogExport',
    generator: ctx.generator,
  };
  if (catalog.settings !== undefined) out.catalog = inModelOrder('Catalog', catalog.settings);
  out.roles = roles.map((r) => ({ ...inModelOrder('Role', r), labels: roleLabels(catalog, r) }));
  out.vocabularies = vocabularyDocuments(catalog).map((v) => inModelOrder('Vocabulary', v));
  out.matrices = exportedMatrices(catalog, roles).map((m) => inModelOrder('ResponsibilityMatrix', m));
  return out as CatalogExport;
}

/** The responsibility matrices an export of `roles` carries: those whose roles are all among them. */
export function exportedMatrices(catalog: Catalog, roles: readonly Role[]): ResponsibilityMatrix[] {
  const ids = new Set(roles.map((r) => r.id as string));
  return [...catalog.matrices.values()].filter((m) => matrixRoles(m).every((id) => ids.has(id)));
}

/** Each non-empty vocabulary of the catalog's own (not the built-in lists) as a `kind: Vocabulary` document. */
export function vocabularyDocuments(catalog: Catalog): Vocabulary[] {
  const own = (k: VocabularyKind) => [...catalog.vocabularies[k].values()].filter((e) => !isBuiltinEntry(e));
  return VOCABULARY_KINDS.filter((k) => own(k).length > 0).map((k) => ({
    apiVersion: API_VERSION,
    kind: 'Vocabulary',
    vocabulary: k,
    entries: own(k),
  }));
}

/** Every role a matrix names (in its letters, duties and permissions). */
function matrixRoles(m: ResponsibilityMatrix): string[] {
  const ids = new Set<string>();
  for (const a of m.activities)
    for (const map of [a.assign, a.duties ?? {}, a.permissions ?? {}]) for (const id of Object.keys(map)) ids.add(id);
  return [...ids];
}

function pair(t: LocalizedText | undefined, fallback: string): LabelPair {
  return t === undefined ? { zh: fallback, en: fallback } : { zh: textIn(t, 'zh'), en: textIn(t, 'en') };
}

function roleLabels(catalog: Catalog, role: Role): RoleLabels {
  // The roles and vocabulary entries the role refers to, found by the one reader of references the catalog checks.
  const vocab = new Map<VocabularyKind, Set<string>>(VOCABULARY_KINDS.map((k) => [k, new Set()]));
  const roleIds = new Set<string>();
  for (const ref of roleReferences(role)) {
    if (ref.target === 'role') roleIds.add(ref.id);
    else vocab.get(ref.target)!.add(ref.id);
  }
  const q = role.qualifications;
  const roleTitle = (id: string) => pair(catalog.find(id)?.title, id);
  const labels: RoleLabels = {
    family: pair(catalog.entry('families', role.family)?.label, role.family),
    level: catalog.architecture.labels(role.level),
    orientation: pair(catalog.entry('orientations', role.orientation)?.label, role.orientation),
  };
  const track = catalog.architecture.trackOf(role);
  if (track !== undefined) labels.track = pair(track.label, track.id);
  if (role.reportsTo !== undefined) labels.reportsTo = roleTitle(role.reportsTo);
  if (roleIds.size > 0) labels.roles = Object.fromEntries([...roleIds].map((id) => [id, roleTitle(id)]));
  if (q?.education !== undefined) labels.education = { ...EDUCATION.labels[q.education.minimum] };
  const scaleMap = <T extends string>(values: (T | undefined)[], label: (v: T) => LabelPair) => {
    const used = [...new Set(values.filter((v): v is T => v !== undefined))];
    return used.length === 0 ? undefined : Object.fromEntries(used.map((v) => [v, label(v)]));
  };
  const skillLevels = scaleMap(
    (q?.skills ?? []).map((s) => s.level),
    (v) => ({ ...SKILL_LEVEL.labels[v] }),
  );
  if (skillLevels) labels.skillLevels = skillLevels;
  const authorities = scaleMap(
    (role.permissions ?? []).map((p) => p.authority),
    (v) => ({ zh: catalog.architecture.authorityLabel(v, 'zh'), en: catalog.architecture.authorityLabel(v, 'en') }),
  );
  if (authorities) labels.authorities = authorities;
  const domains = scaleMap(
    (role.permissions ?? []).map((p) => p.domain),
    (v) => pair(catalog.entry('domains', v)?.label, v),
  );
  if (domains) labels.domains = domains;
  const categories = scaleMap(
    (role.duties ?? []).map((d) => d.category),
    (v) => pair(catalog.entry('categories', v)?.label, v),
  );
  if (categories) labels.categories = categories;
  const settings = scaleMap(role.workEnvironment?.settings ?? [], (v) => pair(catalog.entry('settings', v)?.label, v));
  if (settings) labels.settings = settings;
  for (const kind of LABELLED_KINDS) {
    const used = vocab.get(kind)!;
    if (kind === 'families' || used.size === 0) continue;
    labels[kind] = Object.fromEntries([...used].map((id) => [id, pair(catalog.entry(kind, id)?.label, id)]));
  }
  return labels;
}

type AnySchema = z.core.$ZodType;

/**
 * A copy of a document (or part of one) with its keys in the order the model declares them, so the JSON export and
 * new YAML files read the same way whatever order the source had. Map-like keys (a matrix's role ids) keep their order.
 */
export function inModelOrder<T>(kind: DocumentKind, value: T): T {
  return ordered(value, DOCUMENT_SCHEMAS[kind]) as T;
}

function ordered(value: unknown, schema: AnySchema | undefined): unknown {
  if (Array.isArray(value)) {
    const arr = containerOf(schema, 'array');
    const element = (arr?._zod.def as { element?: AnySchema } | undefined)?.element;
    return value.map((v) => ordered(v, element));
  }
  if (value === null || typeof value !== 'object') return value;
  const obj = value as Record<string, unknown>;
  const objectSchema = containerOf(schema, 'object', Object.keys(obj));
  if (objectSchema !== undefined) {
    const fields = (objectSchema._zod.def as unknown as { shape: Record<string, AnySchema> }).shape;
    const keys = [...Object.keys(fields).filter((k) => k in obj), ...Object.keys(obj).filter((k) => !(k in fields))];
    return Object.fromEntries(keys.filter((k) => obj[k] !== undefined).map((k) => [k, ordered(obj[k], fields[k])]));
  }
  const record = containerOf(schema, 'record');
  const valueType = (record?._zod.def as { valueType?: AnySchema } | undefined)?.valueType;
  return Object.fromEntries(Object.entries(obj).map(([k, v]) => [k, ordered(v, valueType)]));
}

/**
 * The array, record or object schema inside optional, pipe and union wrappers; for unions the object branch that has
 * all `keys`.
 */
function containerOf(
  schema: AnySchema | undefined,
  want: 'array' | 'object' | 'record',
  keys: string[] = [],
): AnySchema | undefined {
  let cur = schema;
  for (let guard = 0; cur !== undefined && guard < 20; guard++) {
    const def = cur._zod.def as {
      type: string;
      innerType?: AnySchema;
      in?: AnySchema;
      options?: AnySchema[];
      shape?: Record<string, unknown>;
    };
    if (def.type === want) {
      if (want !== 'object' || keys.every((k) => k in def.shape!)) return cur;
      return undefined;
    }
    if (def.innerType) cur = def.innerType;
    else if (def.type === 'pipe') cur = def.in;
    else if (def.type === 'union')
      return def.options?.map((o) => containerOf(o, want, keys)).find((o) => o !== undefined);
    else return undefined;
  }
  return undefined;
}
