// Draft roles from occupational classifications: O*NET (`rolematrix import onet`) and China's 2022 classification
// (`rolematrix import csco`). The readers (src/classification/) give typed occupations; this turns them into role and
// vocabulary documents for the catalog they go into, with every guess marked in the file (`# rolematrix-draft:`, which
// `rolematrix lint` reports until it is resolved) and every value that does not fit said in a diagnostic.
import type { Catalog } from '../catalog/catalog.js';
import type { CscoOccupation } from '../classification/csco.js';
import type { IscoOccupation } from '../classification/isco.js';
import type { OnetDatabase, OnetOccupation, OnetRating } from '../classification/onet.js';
import { fileDiagnostic, type Diagnostic } from '../errors.js';
import { suggestion } from '../load/suggest.js';
import { parseYaml } from '../load/parse.js';
import { BUILTIN_LEVELS, BUILTIN_LISTS } from '../model/defaults.js';
import { ID_MAX_LENGTH } from '../model/ids.js';
import { API_VERSION } from '../model/role.js';
import { EDUCATION, SKILL_LEVEL } from '../model/scales.js';
import type { SourceFile } from '../source/document.js';
import { DRAFT_MARK } from '../source/draft-mark.js';
import { DEFAULT_DRAFT_MAPPING, type DraftMapping, type YearsMapping } from './draft-mapping.js';
import type { ImportedDocument } from './types.js';

/** The things a draft may leave to the user, as written on the mark. */
export const DRAFT_ITEMS = [
  'level',
  'family',
  'orientation',
  'title.zh',
  'title.en',
  'translation',
  'permissions',
] as const;
export type DraftItem = (typeof DRAFT_ITEMS)[number];

export interface DraftOptions {
  /** How source values map onto the catalog (default DEFAULT_DRAFT_MAPPING). */
  mapping?: DraftMapping;
  /** The catalog the drafts go into: its level ladder, orientations and vocabulary entries. None: the built-in ones. */
  catalog?: Catalog | undefined;
  /** The YAML files of the catalog directory, so new vocabulary entries join its own vocabulary documents. */
  existing?: readonly SourceFile[];
}

export interface DraftResult {
  documents: ImportedDocument[];
  diagnostics: Diagnostic[];
}

/** Kebab-case id from a name: `Microsoft Excel` → `microsoft-excel` (accents dropped); undefined when none is left. */
export function idFrom(name: string): string | undefined {
  const id = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\+/g, ' plus ')
    .replace(/#/g, ' sharp ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, ID_MAX_LENGTH)
    .replace(/-+$/, '');
  return id === '' ? undefined : id;
}

/** What the drafts of one import share: the catalog's lists, the new vocabulary entries, ids taken. */
class DraftContext {
  readonly mapping: DraftMapping;
  readonly diagnostics: Diagnostic[] = [];
  readonly documents: ImportedDocument[] = [];
  private readonly levels: readonly string[];
  private readonly orientations: readonly string[];
  /** New vocabulary entries by kind, keyed by id. */
  private readonly added = new Map<'skills' | 'tools' | 'families', Map<string, Record<string, unknown>>>();
  /** Ids given in this import, as `kind:id`. */
  private readonly given = new Set<string>();
  /** The id each source name got, as `kind:name` → id. */
  private readonly resolved = new Map<string, string>();
  readonly roleIds = new Set<string>();

  constructor(
    readonly options: DraftOptions,
    readonly credit: string[],
  ) {
    this.mapping = options.mapping ?? DEFAULT_DRAFT_MAPPING;
    const c = options.catalog;
    this.levels = c !== undefined ? c.architecture.levels.map((l) => l.id) : BUILTIN_LEVELS.map((l) => l.id);
    const own = c === undefined ? [] : [...c.vocabularies.orientations.keys()];
    this.orientations = own.length > 0 ? own : BUILTIN_LISTS.orientations.map((o) => o.id);
    if (c !== undefined) for (const id of c.roles.keys()) this.roleIds.add(id);
  }

  /** The level a title suggests, on the catalog's ladder; the lowest level when none does. */
  level(title: string): string {
    for (const { pattern, level } of this.mapping.levels)
      if (pattern.test(title) && this.levels.includes(level)) return level;
    return this.levels[0]!;
  }

  /** A track for `level` when the catalog puts it on more than one (the model then needs one). */
  track(level: string): string | undefined {
    const tracks = this.options.catalog?.architecture.tracksOf(level) ?? [];
    return tracks.length > 1 ? tracks[0]!.id : undefined;
  }

  orientation(): string {
    return this.mapping.orientations.find((o) => this.orientations.includes(o)) ?? this.orientations[0]!;
  }

  /**
   * A drafted role, as every source drafts one: its level's track when the catalog needs one, the orientation, and only
   * the aliases, duties and qualifications there are.
   */
  roleDocument(r: {
    id: string;
    title: string;
    aliases: { lang: 'zh' | 'en'; names: readonly string[] };
    family: string;
    level: string;
    summary: string;
    classification: Record<string, string>;
    duties: readonly unknown[];
    qualifications?: Record<string, unknown>;
    header: string[];
  }): ImportedDocument {
    const track = this.track(r.level);
    const value: Record<string, unknown> = {
      apiVersion: API_VERSION,
      kind: 'Role',
      id: r.id,
      title: r.title,
      ...(r.aliases.names.length > 0 ? { aliases: { [r.aliases.lang]: [...r.aliases.names] } } : {}),
      family: r.family,
      level: r.level,
      ...(track !== undefined ? { track } : {}),
      orientation: this.orientation(),
      summary: r.summary,
      classification: r.classification,
      ...(r.duties.length > 0 ? { duties: r.duties } : {}),
      ...(r.qualifications !== undefined && Object.keys(r.qualifications).length > 0
        ? { qualifications: r.qualifications }
        : {}),
    };
    return { kind: 'Role', id: r.id, file: `${r.id}.yaml`, header: r.header, value };
  }

  /**
   * The id of a vocabulary entry for `label`: the catalog's entry with that id, or a new one (English label, or both
   * languages for families), made unique against other labels given the same id in this import.
   */
  entry(kind: 'skills' | 'tools' | 'families', base: string, label: string | { zh: string; en: string }): string {
    const key = typeof label === 'string' ? label : label.en;
    const done = this.resolved.get(`${kind}:${key}`);
    if (done !== undefined) return done;
    const resolve = (id: string) => {
      this.resolved.set(`${kind}:${key}`, id);
      return id;
    };
    // An entry of the catalog known by this name (its label or an alias, in any language) is the same concept.
    const named = this.named(kind).get(key.toLowerCase());
    if (named !== undefined) return resolve(named);
    for (let n = 1; ; n++) {
      const id = n === 1 ? base : `${base.slice(0, ID_MAX_LENGTH - 3)}-${n}`;
      if (this.given.has(`${kind}:${id}`)) continue;
      this.given.add(`${kind}:${id}`);
      if (this.options.catalog?.entry(kind, id) !== undefined) return resolve(id);
      let list = this.added.get(kind);
      if (list === undefined) this.added.set(kind, (list = new Map<string, Record<string, unknown>>()));
      list.set(id, { id, label });
      return resolve(id);
    }
  }

  private readonly names = new Map<string, Map<string, string>>();

  /** The catalog's entries of `kind` by their lower-cased labels and aliases. */
  private named(kind: 'skills' | 'tools' | 'families'): Map<string, string> {
    let map = this.names.get(kind);
    if (map !== undefined) return map;
    map = new Map();
    for (const e of this.options.catalog?.vocabularies[kind].values() ?? []) {
      const label = e.label;
      const words = [
        ...(typeof label === 'string' ? [label] : [label.zh, label.en]),
        ...(e.aliases?.zh ?? []),
        ...(e.aliases?.en ?? []),
      ];
      for (const w of words) if (w !== undefined && !map.has(w.toLowerCase())) map.set(w.toLowerCase(), e.id);
    }
    this.names.set(kind, map);
    return map;
  }

  /** A role id from a title, unique in the catalog and the import. */
  roleId(title: string, fallback: string): string {
    const base = idFrom(title) ?? fallback;
    for (let n = 1; ; n++) {
      const id = n === 1 ? base : `${base.slice(0, ID_MAX_LENGTH - 3)}-${n}`;
      if (!this.roleIds.has(id)) {
        this.roleIds.add(id);
        return id;
      }
    }
  }

  /** The vocabulary documents that gain entries: the directory's own entries of that kind, then the new ones. */
  vocabularies(header: string[]): ImportedDocument[] {
    const out: ImportedDocument[] = [];
    for (const [kind, entries] of this.added) {
      if (entries.size === 0) continue;
      const own: unknown[] = [];
      for (const f of this.options.existing ?? []) {
        if (!/\.ya?ml$/i.test(f.path)) continue;
        for (const d of parseYaml(f.text, f.path).documents) {
          const v = d.value as { kind?: unknown; vocabulary?: unknown; entries?: unknown[] } | undefined;
          if (v?.kind === 'Vocabulary' && v.vocabulary === kind && Array.isArray(v.entries))
            for (const e of v.entries) own.push(e);
        }
      }
      out.push({
        kind: 'Vocabulary',
        id: kind,
        file: `vocabulary/${kind}.yaml`,
        header,
        value: {
          apiVersion: API_VERSION,
          kind: 'Vocabulary',
          vocabulary: kind,
          entries: [...own, ...entries.values()],
        },
      });
    }
    return out;
  }
}

/** `{ min, max }` of a years mapping, for the model. */
function years(y: YearsMapping): Record<string, number> | undefined {
  if (y === null) return undefined;
  const out: Record<string, number> = {};
  if (y.min !== undefined) out.min = y.min;
  if (y.max !== undefined) out.max = y.max;
  return out;
}

/** The lowest category at which `share` of the respondents is reached, counting up from the lowest category. */
function quantileCategory(dist: readonly { category: number; percent: number }[], share: number): number | undefined {
  const sorted = [...dist].sort((a, b) => a.category - b.category);
  const total = sorted.reduce((s, d) => s + d.percent, 0);
  if (total <= 0) return undefined;
  let sum = 0;
  for (const d of sorted) {
    sum += d.percent;
    if (sum >= total * share - 1e-9) return d.category;
  }
  return sorted[sorted.length - 1]?.category;
}

/** Codes asked for that the source lacks, as IMPORT_UNKNOWN_OCCUPATION errors with the closest code. */
function unknownCodes(
  codes: readonly string[],
  known: ReadonlyMap<string, string>,
  file: string,
  source: { en: string; zh: string },
): Diagnostic[] {
  return codes
    .filter((c) => !known.has(c))
    .map((c) => {
      const hint = suggestion(c, known.keys());
      return fileDiagnostic(
        file,
        'IMPORT_UNKNOWN_OCCUPATION',
        { en: `${source.en} has no occupation "${c}".`, zh: `${source.zh}中没有职业“${c}”。` },
        hint,
      );
    });
}

/** The O*NET credit line (CC BY 4.0), for a draft's header; the release named when known. */
export function onetCredit(release: string | undefined): string[] {
  const db = release === undefined ? 'the O*NET Database' : `the O*NET ${release} Database`;
  return [
    `This file includes information from ${db} by the U.S. Department of Labor, Employment and Training`,
    'Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA. rolematrix has',
    'modified all or some of this information. USDOL/ETA has not approved, endorsed, or tested these modifications.',
  ];
}

/**
 * Draft roles from O*NET occupations (`codes`, or every occupation read): duties from the task statements (core tasks
 * one duty each, the most important first; supplemental tasks as the activities of one duty), skills with their
 * level, knowledge, tools from technology skills, education and experience from the survey data or the job zone,
 * alternate titles as aliases, `classification.onetSoc`. English as O*NET has it; the Chinese title, the level, the
 * family, the orientation and the permissions are marked for the user. An occupation whose role the catalog already
 * has (same code) is left out, so a draft never overwrites an edited role.
 */
export function draftOnetRoles(
  db: OnetDatabase,
  codes: readonly string[] | 'all',
  options: DraftOptions = {},
): DraftResult {
  const file = db.files.occupations?.[0] ?? 'Occupation Data';
  const ctx = new DraftContext(options, onetCredit(db.release));
  const wanted = codes === 'all' ? [...db.occupations.keys()] : [...new Set(codes)];
  for (const d of unknownCodes(wanted, db.titles, file, { en: 'The O*NET database', zh: 'O*NET 数据库' }))
    ctx.diagnostics.push(d);
  const existingByCode = new Map<string, string>();
  for (const r of options.catalog?.roles.values() ?? [])
    if (r.classification?.onetSoc !== undefined) existingByCode.set(r.classification.onetSoc, r.id);
  if (db.release === undefined)
    ctx.diagnostics.push(
      fileDiagnostic(
        file,
        'IMPORT_NOT_MAPPED',
        {
          en: 'The O*NET release is not known (no "Read Me.txt", and the folder is not named like db_29_1_text); the drafts credit "the O*NET Database" without a release number.',
          zh: '无法确定 O*NET 版本（没有 "Read Me.txt"，文件夹名也不是 db_29_1_text 这样的形式）；草稿中的署名写作 "the O*NET Database"，不带版本号。',
        },
        {
          en: 'Keep the folder name of the download, or add the release number to the comment in each file.',
          zh: '请保留下载时的文件夹名，或在每个文件的注释中补上版本号。',
        },
        'warning',
      ),
    );
  let notMappedEducation = 0;
  for (const code of wanted) {
    const o = db.occupations.get(code);
    if (o === undefined) continue;
    const have = existingByCode.get(code);
    if (have !== undefined) {
      ctx.diagnostics.push(alreadyDrafted(o.at, code, have));
      continue;
    }
    const doc = onetRole(ctx, db, o);
    if (doc.missingEducation) notMappedEducation++;
    ctx.documents.push(doc.document);
  }
  if (notMappedEducation > 0)
    ctx.diagnostics.push(
      fileDiagnostic(
        file,
        'IMPORT_NOT_MAPPED',
        {
          en: `${notMappedEducation} draft${notMappedEducation === 1 ? '' : 's'} have neither education data nor a job zone, so no education requirement.`,
          zh: `${notMappedEducation} 份草稿既无学历数据也无工作区，因此没有学历要求。`,
        },
        undefined,
        'info',
      ),
    );
  return finish(ctx, 'title.zh');
}

function onetRole(
  ctx: DraftContext,
  db: OnetDatabase,
  o: OnetOccupation,
): { document: ImportedDocument; missingEducation: boolean } {
  const m = ctx.mapping;
  const title = o.title || `O*NET-SOC ${o.code}`;
  const id = ctx.roleId(o.title, `onet-${o.code.replace(/\D/g, '-')}`);
  const group = m.socMajorGroups[o.code.slice(0, 2)];
  const family =
    group === undefined
      ? ctx.entry('families', `soc-${o.code.slice(0, 2)}`, `SOC major group ${o.code.slice(0, 2)}`)
      : ctx.entry('families', group.id, { zh: group.zh, en: group.en });
  const level = ctx.level(title);

  // Core tasks first, the most important first (file order where there are no ratings); supplemental ones grouped.
  const tasks = o.tasks.filter((t) => t.text !== '');
  const core = tasks.filter((t) => t.type !== 'Supplemental');
  const rank = (t: { importance?: number }) => t.importance ?? -1;
  core.sort((a, b) => rank(b) - rank(a));
  const supplemental = tasks.filter((t) => t.type === 'Supplemental');
  // The task's id keeps the duty traceable to O*NET; one that gives no id, or repeats, gets a number.
  const ids = new Set<string>();
  const dutyId = (t: { id: string }, i: number) => {
    let id = `task-${idFrom(t.id) ?? i + 1}`;
    for (let n = 2; ids.has(id); n++) id = `task-${idFrom(t.id) ?? i + 1}-${n}`;
    ids.add(id);
    return id;
  };
  const duties: Record<string, unknown>[] = core.map((t, i) => ({ id: dutyId(t, i), title: t.text }));
  if (supplemental.length > 0)
    duties.push({
      id: 'supplemental-tasks',
      title: { zh: '补充任务', en: 'Supplemental tasks' },
      activities: supplemental.map((t) => t.text),
    });

  const usable = (r: OnetRating, min: number) =>
    r.name !== '' && !r.notRelevant && !r.suppressed && r.importance !== undefined && r.importance >= min;
  const skills = o.skills
    .filter((r) => usable(r, m.skills.minImportance))
    .sort((a, b) => b.importance! - a.importance!)
    .slice(0, m.skills.max)
    .map((r) => ({
      ref: ctx.entry('skills', idFrom(r.name) ?? `onet-${r.elementId}`, r.name),
      level: skillLevel(m, r.level ?? 0),
    }));
  const knowledge = o.knowledge
    .filter((r) => usable(r, m.knowledge.minImportance))
    .sort((a, b) => b.importance! - a.importance!)
    .slice(0, m.knowledge.max)
    .map((r) => r.name);
  const techRank = (t: { hot: boolean; inDemand: boolean }) => (t.hot ? 2 : 0) + (t.inDemand ? 1 : 0);
  const tools = [...o.technology]
    .sort((a, b) => techRank(b) - techRank(a))
    .map((t) => ctx.entry('tools', idFrom(t.name) ?? `unspsc-${t.commodityCode ?? '0'}`, t.name))
    .filter((t, i, all) => all.indexOf(t) === i)
    .slice(0, m.tools.max);

  // Education and experience: the survey's distribution where given, else the job zone.
  const zone = o.jobZone === undefined ? undefined : m.jobZones[o.jobZone];
  const rl = quantileCategory(o.education, m.share);
  const rw = quantileCategory(o.experience, m.share);
  const education = rl !== undefined ? m.education[rl] : zone?.education;
  const expYears = rw !== undefined ? m.experience[rw] : zone?.years;
  const notes: string[] = [];
  if (rl !== undefined) {
    const name = db.categories.get(`RL:${rl}`);
    notes.push(
      `O*NET: ${Math.round(m.share * 100)}% of respondents require no more than “${name ?? `category ${rl}`}”`,
    );
  }
  if (o.jobZone !== undefined) notes.push(db.jobZoneNames.get(o.jobZone) ?? `Job Zone ${o.jobZone}`);
  const qualifications: Record<string, unknown> = {};
  if (education !== undefined && (EDUCATION.values as readonly string[]).includes(education))
    qualifications.education = { minimum: education, ...(notes.length > 0 ? { note: `${notes.join('; ')}.` } : {}) };
  const y = expYears === undefined ? undefined : years(expYears);
  if (y !== undefined && Object.keys(y).length > 0) qualifications.experience = { years: y };
  if (skills.length > 0) qualifications.skills = skills;
  if (tools.length > 0) qualifications.tools = tools;
  if (knowledge.length > 0) qualifications.knowledge = knowledge;

  const aliases: string[] = [];
  for (const a of o.alternateTitles)
    for (const t of [a.title, a.short])
      if (t !== undefined && t !== '' && t !== o.title && !aliases.includes(t) && aliases.length < m.aliases.max)
        aliases.push(t);

  const header = [
    `Draft of O*NET-SOC ${o.code} (${title}), written by \`rolematrix import onet\`: review it before use.`,
    ...ctx.credit,
    `${DRAFT_MARK} level family orientation title.zh translation permissions`,
  ];
  return {
    document: ctx.roleDocument({
      id,
      title,
      aliases: { lang: 'en', names: aliases },
      family,
      level,
      summary: o.description || title,
      classification: { onetSoc: o.code },
      duties,
      qualifications,
      header,
    }),
    missingEducation: education === undefined,
  };
}

function skillLevel(m: DraftMapping, lv: number): string {
  const level = m.skills.levels.find((b) => lv < b.below)?.level ?? m.skills.top;
  return (SKILL_LEVEL.values as readonly string[]).includes(level) ? level : 'basic';
}

/**
 * Draft roles from occupations of China's 2022 classification: the name as the Chinese title, 定义 as the summary,
 * 主要工作任务 as duties (one each), the job titles as Chinese aliases, `classification.cn2022`. The English title, the
 * level, the family, the orientation and the permissions are marked for the user.
 */
export function draftCscoRoles(
  occupations: ReadonlyMap<string, CscoOccupation>,
  codes: readonly string[] | 'all',
  options: DraftOptions & { file?: string } = {},
): DraftResult {
  const ctx = new DraftContext(options, []);
  const wanted = codes === 'all' ? [...occupations.keys()] : [...new Set(codes)];
  const names = new Map([...occupations].map(([c, o]) => [c, o.name]));
  for (const d of unknownCodes(wanted, names, options.file ?? 'table', {
    en: 'The classification table',
    zh: '职业分类表',
  }))
    ctx.diagnostics.push(d);
  const existingByCode = new Map<string, string>();
  for (const r of options.catalog?.roles.values() ?? [])
    if (r.classification?.cn2022 !== undefined) existingByCode.set(r.classification.cn2022, r.id);
  for (const code of wanted) {
    const o = occupations.get(code);
    if (o === undefined) continue;
    const have = existingByCode.get(code);
    if (have !== undefined) {
      ctx.diagnostics.push(alreadyDrafted(o.at, code, have));
      continue;
    }
    const m = ctx.mapping;
    // Chinese names give no id: the code does (`cn2022-4-07-02-03`).
    const id = ctx.roleId('', `cn2022-${code}`);
    const group = m.cscoMajorGroups[code.slice(0, 1)];
    const family =
      group === undefined
        ? ctx.entry('families', `cn2022-${code.slice(0, 1)}`, `大类 ${code.slice(0, 1)}`)
        : ctx.entry('families', group.id, { zh: group.zh, en: group.en });
    const name = o.name || `职业 ${code}`;
    const level = ctx.level(name);
    const duties = o.tasks.map((t, i) => ({ id: `task-${i + 1}`, title: t }));
    const aliases = o.titles.filter((t) => t !== o.name);
    const header = [
      `${code} ${name}：据《中华人民共和国职业分类大典（2022年版）》起草（rolematrix import csco），使用前请审阅。`,
      `Draft of ${code} from China's occupational classification (2022), written by \`rolematrix import csco\`.`,
      `${DRAFT_MARK} level family orientation title.en translation permissions`,
    ];
    ctx.documents.push(
      ctx.roleDocument({
        id,
        title: name,
        aliases: { lang: 'zh', names: aliases },
        family,
        level,
        summary: o.definition || name,
        classification: { cn2022: code },
        duties,
        header,
      }),
    );
  }
  return finish(ctx, 'title.en');
}

/**
 * Draft roles from ISCO-08 unit groups (every one given): the English title, the definition as the summary, the tasks
 * it includes as duties, the occupations it includes as English aliases, `classification.isco08`. For suggesting
 * codes (`rolematrix classify`), where they are matched like any role; the level, family and orientation are guesses.
 */
export function draftIscoRoles(
  occupations: ReadonlyMap<string, IscoOccupation>,
  options: DraftOptions = {},
): DraftResult {
  const ctx = new DraftContext(options, []);
  for (const o of occupations.values()) {
    const title = o.title || `ISCO-08 ${o.code}`;
    const id = ctx.roleId(o.title, `isco08-${o.code}`);
    const major = o.code.slice(0, 1);
    const family = ctx.entry('families', `isco08-${major}`, `ISCO-08 major group ${major}`);
    const level = ctx.level(title);
    const aliases = o.titles.filter((t) => t !== o.title);
    ctx.documents.push(
      ctx.roleDocument({
        id,
        title,
        aliases: { lang: 'en', names: aliases },
        family,
        level,
        summary: o.definition || title,
        classification: { isco08: o.code },
        duties: o.tasks.map((t, i) => ({ id: `task-${i + 1}`, title: t })),
        header: [`${DRAFT_MARK} level family orientation title.zh translation permissions`],
      }),
    );
  }
  return { documents: ctx.documents, diagnostics: ctx.diagnostics };
}

/** The vocabularies the drafts added to, and one IMPORT_DRAFT saying what is left to the user. */
function finish(ctx: DraftContext, title: 'title.zh' | 'title.en'): DraftResult {
  const roles = ctx.documents.length;
  const documents = [
    ...ctx.documents,
    ...ctx.vocabularies(ctx.credit.length > 0 ? ['Entries added by `rolematrix import onet`.', ...ctx.credit] : []),
  ];
  if (roles > 0) {
    const lang = title === 'title.zh' ? { en: 'Chinese', zh: '中文' } : { en: 'English', zh: '英文' };
    ctx.diagnostics.push(
      fileDiagnostic(
        ctx.documents[0]!.file,
        'IMPORT_DRAFT',
        {
          en: `${roles} draft role${roles === 1 ? '' : 's'}: each needs a ${lang.en} title and ${lang.en} texts (the source's texts are written as plain strings, which stand for every language until translated), its level, family and orientation checked (they are guesses), and permissions, which the source does not give. Each file lists these on its \`# ${DRAFT_MARK}\` line.`,
          zh: `${roles} 个岗位草稿：每个都需要补充${lang.zh}名称和${lang.zh}文字（来源中的文字以纯字符串写入，在翻译之前代表所有语言），核对层级、岗位族和导向（均为推测），并补充来源数据没有的岗位权限。每个文件的 \`# ${DRAFT_MARK}\` 行列出了这些事项。`,
        },
        {
          en: `Run \`rolematrix lint\` to see them in each file; remove a word from the line once it is done, and the line when all are.`,
          zh: '运行 `rolematrix lint` 查看每个文件中的待办事项；完成一项后从该行删去对应的词，全部完成后删去整行。',
        },
        'info',
      ),
    );
  }
  return { documents, diagnostics: ctx.diagnostics };
}

/** IMPORT_DRAFT (info) at an occupation's row: the catalog has its role already, which is left as it is. */
function alreadyDrafted(at: { file: string; line: number }, code: string, role: string): Diagnostic {
  return {
    ...fileDiagnostic(
      at.file,
      'IMPORT_DRAFT',
      {
        en: `The catalog has the role "${role}" for ${code} already; it is left as it is, not drafted again.`,
        zh: `目录中已有 ${code} 对应的岗位 "${role}"，保持原样，不再重新起草。`,
      },
      undefined,
      'info',
    ),
    line: at.line,
  };
}
