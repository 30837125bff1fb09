// Suggested occupational codes for roles (`rolematrix classify`). The occupations of a classification are drafted as
// roles (the importer's drafting) and each is written as a job description (the JD generator); the JD matching engine
// (src/jd/match) then scores every role of the catalog for each occupation, as `check-jd --role auto` scores the roles
// for a posting. One matcher for checking a JD and for classifying a role. A role's best occupation is proposed when
// its fit clears CLASSIFY_THRESHOLD, with the occupation's texts that matched which of the role's duties, KPIs and skills.
import { Catalog } from '../catalog/catalog.js';
import type { Diagnostic } from '../errors.js';
import { postingMarkdown } from '../jd/generate/index.js';
import { draftJobDescription } from '../jd/generate/generate.js';
import { fitRole } from '../jd/match/rank.js';
import { parseJobDescription } from '../jd/parse.js';
import type { JobDescription } from '../jd/types.js';
import { RoleSchema, type Role } from '../model/role.js';
import type { RoleId } from '../model/ids.js';
import { textIn, type Lang, type LocalizedText } from '../model/text.js';
import type { DraftResult } from './draft.js';

/** The codes of `classification` that can be suggested, in the order they are reported. */
export const CLASSIFICATION_SYSTEMS = ['onetSoc', 'cn2022', 'isco08'] as const;
export type ClassificationSystem = (typeof CLASSIFICATION_SYSTEMS)[number];

/** The language each system's texts are in, and so the language its occupations are written as a JD in. */
export const SYSTEM_LANG: Readonly<Record<ClassificationSystem, Lang>> = { onetSoc: 'en', cn2022: 'zh', isco08: 'en' };

/**
 * The lowest fit (0–1, as `rankRoles` scores a role for a JD) at which a role's best occupation is proposed: the JD
 * engine's own line for a low-confidence guess (LOW_CONFIDENCE_THRESHOLD). It only keeps out occupations that share
 * next to nothing with the role; the choice among related ones is the ranking's, and the runner-up is shown with it.
 * Measured on the synthetic fixtures (tests/fixtures/classify): each shipped role's best occupation scores 0.24 or more;
 * against occupations of the other field only (customer service roles against project occupations, and the reverse)
 * most roles stay under 0.15, but a few reach 0.3 (the account manager, who also tracks projects), so a higher line
 * would not separate right from wrong either, and would drop real matches from sources written in fewer words.
 */
export const CLASSIFY_THRESHOLD = 0.15;

/** One occupation as a job description, for the JD engine. */
interface Occupation {
  code: string;
  title: string;
  jd: JobDescription;
}

/** The occupations of one classification, each written as a job description. */
export interface OccupationCandidates {
  system: ClassificationSystem;
  occupations: readonly Occupation[];
}

/**
 * The drafts of one source (`draftOnetRoles`, `draftCscoRoles`, `draftIscoRoles`) as candidates for `system`: each
 * draft written as a JD by the JD generator, in the system's language. The JD's title also names the occupation's
 * other titles (alternate titles, included occupations, 工种), so a role whose title is one of them is named by it.
 */
export function occupationCandidates(system: ClassificationSystem, drafts: DraftResult): OccupationCandidates {
  const lang = SYSTEM_LANG[system];
  const roles = new Map<RoleId, Role>();
  for (const d of drafts.documents) {
    if (d.kind !== 'Role') continue;
    const parsed = RoleSchema.safeParse(d.value);
    // The drafting makes valid roles (a property test checks it); one that is not has nothing to match.
    if (parsed.success && parsed.data.classification?.[system] !== undefined)
      roles.set(parsed.data.id, parsed.data as Role);
  }
  const catalog = new Catalog({ roles, vocabularies: Catalog.empty().vocabularies });
  const occupations: Occupation[] = [];
  for (const role of roles.values()) {
    const { markdown } = postingMarkdown(draftJobDescription(catalog, role, { lang }));
    const { jd } = parseJobDescription(markdown, `${role.id}.${lang}.md`);
    const title = textIn(role.title, lang);
    const names = [title, ...(role.aliases?.[lang] ?? [])];
    jd.title = names.join(lang === 'zh' ? '、' : ' / ');
    occupations.push({ code: role.classification![system]!, title, jd });
  }
  return { system, occupations };
}

/** One match behind a proposal: the role's duty, KPI or skill and the occupation's text that covers it. */
export interface ClassifyEvidence {
  /** What of the role matched: `title`, a `duty`, a `kpi` or a `skill`. */
  kind: 'title' | 'duty' | 'kpi' | 'skill';
  /** Its id (the duty's id, the KPI's or skill's vocabulary id); the role's id for its title. */
  id: string;
  /** The role's text (the duty's title, the KPI's or skill's label), in both languages. */
  role: Record<Lang, string>;
  /** The occupation's text that matched it (a task, the definition, its titles), in the occupation's language. */
  occupation: string;
  /** 0–1. */
  score: number;
}

/** An occupation with the role's fit for it. */
export interface ScoredOccupation {
  code: string;
  title: string;
  score: number;
}

/** What `classify` says of one code of one role. */
export type ClassifyOutcome =
  /** The role has the code (its own or inherited): left as it is. */
  | { status: 'classified'; code: string }
  /** The best occupation, at or above the threshold; `next` is the runner-up, to show how clear the choice is. */
  | (ScoredOccupation & { status: 'proposed'; evidence: ClassifyEvidence[]; next?: ScoredOccupation })
  /** No occupation reaches the threshold; `best` is the closest. */
  | { status: 'unmatched'; best?: ScoredOccupation }
  /** No source of this classification was given. */
  | { status: 'no-source' };

export interface RoleClassification {
  role: string;
  title: Record<Lang, string>;
  codes: Record<ClassificationSystem, ClassifyOutcome>;
}

export interface ClassifyResult {
  roles: RoleClassification[];
  diagnostics: Diagnostic[];
}

export interface ClassifyOptions {
  /** The roles to classify, in this order (default: every role of the catalog). Ids the catalog lacks are skipped. */
  roles?: readonly string[];
  /** Default CLASSIFY_THRESHOLD. */
  threshold?: number;
}

const both = (t: LocalizedText | undefined): Record<Lang, string> => ({ zh: textIn(t, 'zh'), en: textIn(t, 'en') });

/**
 * Suggests codes for the roles of `catalog` that lack them. For each classification with candidates, every role is
 * scored for every occupation (the occupation as a JD, the role as check-jd reads a role); a role's best occupation is
 * proposed when its score reaches the threshold, with the occupation's texts behind the match. A code the role has
 * (its own or inherited) is left as it is. Browser-safe: the caller reads the sources.
 */
export function classifyRoles(
  catalog: Catalog,
  candidates: readonly OccupationCandidates[],
  options: ClassifyOptions = {},
): ClassifyResult {
  const threshold = options.threshold ?? CLASSIFY_THRESHOLD;
  const roles = (options.roles ?? [...catalog.roles.keys()])
    .map((id) => catalog.find(id))
    .filter((r): r is Role => r !== undefined);
  const bySystem = new Map(candidates.map((c) => [c.system, c]));
  const codes = new Map<string, Record<ClassificationSystem, ClassifyOutcome>>(
    roles.map((r) => [r.id, {} as Record<ClassificationSystem, ClassifyOutcome>]),
  );
  for (const system of CLASSIFICATION_SYSTEMS) {
    const cands = bySystem.get(system);
    const open: Role[] = [];
    for (const role of roles) {
      const have = role.classification?.[system];
      const out = codes.get(role.id)!;
      if (have !== undefined) out[system] = { status: 'classified', code: have };
      else if (cands === undefined || cands.occupations.length === 0) out[system] = { status: 'no-source' };
      else open.push(role);
    }
    if (open.length === 0 || cands === undefined) continue;
    // Each occupation's JD is analysed once against the catalog; every open role's fit is read from it.
    const scored = new Map<string, { occupation: Occupation; score: number }[]>(open.map((r) => [r.id, []]));
    for (const occupation of cands.occupations)
      for (const role of open)
        scored.get(role.id)!.push({ occupation, score: fitRole(occupation.jd, catalog, role.id)?.score ?? 0 });
    for (const role of open) {
      const list = scored.get(role.id)!;
      list.sort((a, b) => b.score - a.score || (a.occupation.code < b.occupation.code ? -1 : 1));
      const [top, second] = list;
      const summary = (x: { occupation: Occupation; score: number }): ScoredOccupation => ({
        code: x.occupation.code,
        title: x.occupation.title,
        score: x.score,
      });
      codes.get(role.id)![system] =
        top === undefined || top.score < threshold
          ? { status: 'unmatched', ...(top !== undefined ? { best: summary(top) } : {}) }
          : {
              status: 'proposed',
              ...summary(top),
              evidence: evidence(catalog, role, top.occupation),
              ...(second !== undefined ? { next: summary(second) } : {}),
            };
    }
  }
  return {
    roles: roles.map((r) => ({ role: r.id, title: both(r.title), codes: codes.get(r.id)! })),
    diagnostics: [],
  };
}

/** The occupation's texts behind a role's fit: its title for the role's title, its tasks for the role's duties, …. */
function evidence(catalog: Catalog, role: Role, occupation: Occupation): ClassifyEvidence[] {
  const rank = fitRole(occupation.jd, catalog, role.id, true)!;
  const out: ClassifyEvidence[] = [];
  if (rank.parts.title !== undefined && rank.parts.title > 0)
    out.push({
      kind: 'title',
      id: role.id,
      role: both(role.title),
      occupation: occupation.jd.title ?? occupation.title,
      score: rank.parts.title,
    });
  for (const e of rank.evidence) {
    const at = e.what.indexOf(':');
    const kind = e.what.slice(0, at) as 'duty' | 'kpi' | 'skill';
    const id = e.what.slice(at + 1);
    const text =
      kind === 'duty'
        ? both(role.duties?.find((d) => d.id === id)?.title)
        : both(catalog.entry(kind === 'kpi' ? 'kpis' : 'skills', id)?.label ?? id);
    out.push({ kind, id, role: text, occupation: e.text, score: e.score });
  }
  return out;
}
