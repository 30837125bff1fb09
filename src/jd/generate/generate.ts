import type { Catalog } from '../../catalog/catalog.js';
import type { PathSegment } from '../../errors.js';
import { valueLabel } from '../../labels.js';
import type { Role } from '../../model/index.js';
import { SKILL_LEVEL } from '../../model/scales.js';
import type { Posting, Salary } from '../../model/posting.js';
import { textIn, type Lang, type LocalizedText } from '../../model/text.js';
import { yearsOf } from '../../text/years.js';
import { measure } from '../rules/scan.js';
import { DEFAULT_TOO_LONG, type TooLongOptions } from '../rules/any/too-long.js';
import type { JdSectionKind } from '../types.js';
import { bare, PHRASES, POSTING_SECTIONS, type Phrases, type PostingSectionKey } from './phrases.js';

/** Where a generated line's words come from: a path in the role, or in the posting file. */
export interface PostingSource {
  doc: 'role' | 'posting';
  path: readonly PathSegment[];
  /** The words of that value the item says, where the item joins several values (a duty's title and activities). */
  text?: string;
}

/** One line of a generated JD: a list item, or a paragraph. */
export interface PostingItem {
  text: string;
  /** The role's (or the posting file's) values the text is made from; the first is where a finding about it points. */
  sources: readonly PostingSource[];
}

/** One section of a generated JD. */
export interface PostingSection {
  key: PostingSectionKey;
  /** What check-jd reads the section as. */
  kind: JdSectionKind;
  heading: string;
  /** How the items are shown: a numbered list, a bulleted list, or paragraphs. */
  style: 'numbered' | 'bullets' | 'paragraphs';
  items: PostingItem[];
}

/** A duty's key activities that were left out to keep the JD within the length limits. */
export interface ShortenedDuty {
  duty: string;
  /** The indexes of the activities left out. */
  activities: number[];
}

/** A job description written from a role: sections of items, each tied to the values it says. */
export interface PostingDraft {
  role: string;
  lang: Lang;
  title: string;
  sections: PostingSection[];
  /** Key activities left out for length, by duty; empty when everything fit. */
  shortened: ShortenedDuty[];
}

export interface DraftOptions {
  lang: Lang;
  posting?: Posting;
  /** The length limits the JD must keep (check-jd's JD_TOO_LONG limits); defaults to theirs. */
  tooLong?: Partial<TooLongOptions>;
}

/** A duty lists at most this many of its activities: the key ones, in the role's order. */
export const KEY_ACTIVITIES = 3;

const KIND: Record<PostingSectionKey, JdSectionKind> = {
  summary: 'summary',
  duties: 'duties',
  requirements: 'requirements',
  kpis: 'kpis',
  benefits: 'benefits',
  about: 'about',
  location: 'about',
  apply: 'about',
};
const STYLE: Record<PostingSectionKey, PostingSection['style']> = {
  summary: 'paragraphs',
  duties: 'numbered',
  requirements: 'bullets',
  kpis: 'bullets',
  benefits: 'bullets',
  about: 'paragraphs',
  location: 'bullets',
  apply: 'paragraphs',
};

const role = (...path: PathSegment[]): PostingSource => ({ doc: 'role', path });
const posting = (...path: PathSegment[]): PostingSource => ({ doc: 'posting', path });
/** A source with the words it gives the item. */
const saying = (source: PostingSource, text: string): PostingSource => ({ ...source, text });
/** The source of a localized text as the item says it in `lang`: its `zh` or `en` key when the text has one. */
const said = (source: PostingSource, t: LocalizedText, lang: Lang): PostingSource =>
  saying(
    typeof t === 'object' && t[lang] !== undefined ? { ...source, path: [...source.path, lang] } : source,
    bare(textIn(t, lang)),
  );

/** A number as a posting writes an amount: grouped digits (`15,000`). */
const amount = (n: number): string => n.toLocaleString('en-US', { maximumFractionDigits: 2 });

/** A country's name in `lang` (`CN` → 中国 / China), or the code when the runtime has no names. */
function countryName(code: string, lang: Lang): string {
  try {
    return new Intl.DisplayNames([lang === 'zh' ? 'zh-CN' : 'en'], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** The items one duty contributes: its title with up to `max` key activities, or with its description. */
function dutyItem(
  p: Phrases,
  lang: Lang,
  duty: NonNullable<Role['duties']>[number],
  index: number,
  max: number,
  fits: (text: string) => boolean,
): { item: PostingItem; left: number[] } {
  const L = (t: LocalizedText | undefined) => textIn(t, lang);
  const acts = duty.activities ?? [];
  const title = L(duty.title);
  const head = [role('duties', index), said(role('duties', index, 'title'), duty.title, lang)];
  const described = () => ({
    text: p.titled(title, bare(L(duty.description))),
    sources: [...head, said(role('duties', index, 'description'), duty.description!, lang)],
  });
  if (acts.length === 0) {
    return { item: duty.description === undefined ? { text: title, sources: head } : described(), left: [] };
  }
  let n = Math.min(max, acts.length);
  const textWith = (k: number) => (k === 0 ? title : p.titled(title, p.activities(acts.slice(0, k).map(L))));
  while (n > 0 && !fits(textWith(n))) n--;
  const left: number[] = [];
  // Activities past KEY_ACTIVITIES are left out by design; the ones cut for length are reported.
  for (let k = n; k < Math.min(KEY_ACTIVITIES, acts.length); k++) left.push(k);
  if (n === 0 && duty.description !== undefined && fits(described().text)) return { item: described(), left };
  return {
    item: {
      text: textWith(n),
      sources: [...head, ...acts.slice(0, n).map((a, k) => said(role('duties', index, 'activities', k), a, lang))],
    },
    left,
  };
}

/**
 * Writes a job description for `role` in `lang`: a summary with the reporting line, the duties with their key
 * activities, requirements from the qualifications, the KPIs, and what the posting file adds (offer, company, place,
 * how to apply). Wording is the recruiting copy of each language; the whole stays within check-jd's length limits,
 * leaving out key activities (reported in `shortened`) when it would not.
 */
export function draftJobDescription(catalog: Catalog, r: Role, options: DraftOptions): PostingDraft {
  const limits = { ...DEFAULT_TOO_LONG, ...options.tooLong };
  const lang = options.lang;
  const p = PHRASES[lang];
  const L = (t: LocalizedText | undefined) => textIn(t, lang);
  const label = (kind: Parameters<Catalog['label']>[0], id: string) => catalog.label(kind, id, lang);
  const roleTitle = (id: string) => {
    const other = catalog.find(id);
    return other === undefined ? id : L(other.title);
  };
  const cfg = options.posting ?? {};
  const q = r.qualifications;

  /** Whether one item stays within the per-item limits. */
  const itemFits = (text: string) => {
    const m = measure(text);
    return m.han > 0 ? m.chars <= limits.maxItemChars : m.words <= limits.maxItemWords;
  };

  const fixed: Partial<Record<PostingSectionKey, PostingItem[]>> = {};

  // About the role: the summary, the reporting line, the team.
  const summary: PostingItem[] = [
    { text: p.endSentence(L(r.summary)), sources: [said(role('summary'), r.summary, lang)] },
  ];
  if (r.reportsTo !== undefined)
    summary.push({ text: p.endSentence(p.reportsTo(roleTitle(r.reportsTo))), sources: [role('reportsTo')] });
  if (r.dottedReportsTo !== undefined && r.dottedReportsTo.length > 0)
    summary.push({
      text: p.endSentence(p.dottedTo(r.dottedReportsTo.map(roleTitle))),
      sources: [role('dottedReportsTo')],
    });
  const team = [...catalog.roles.values()]
    .filter((o) => o.reportsTo === r.id)
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .map((o) => L(o.title));
  if (team.length > 0) summary.push({ text: p.endSentence(p.team(team)), sources: [role('id')] });
  if (r.workEnvironment?.description !== undefined)
    summary.push({
      text: p.endSentence(L(r.workEnvironment.description)),
      sources: [said(role('workEnvironment', 'description'), r.workEnvironment.description, lang)],
    });
  if (cfg.openings !== undefined)
    summary.push({ text: p.endSentence(p.openings(cfg.openings)), sources: [posting('openings')] });
  fixed.summary = summary;

  // Requirements, from the qualifications.
  const req: PostingItem[] = [];
  const e = q?.education;
  if (e !== undefined) {
    const fields = (e.fields ?? []).map((f) => label('fields', f));
    // The education `note` is for HR (where the requirement comes from, how strict it is), not for candidates.
    req.push({ text: p.education(e.minimum, fields), sources: [role('qualifications', 'education')] });
  }
  const x = q?.experience;
  if (x !== undefined) {
    const areas = (x.areas ?? []).map((a) => bare(L(a)));
    const years = x.years === undefined ? undefined : yearsOf(x.years, p.experienceWhat(areas), lang);
    const parts: string[] = [];
    if (years !== undefined || areas.length > 0) parts.push(p.experience(years, areas));
    if (x.management !== undefined) {
      const m = yearsOf(x.management.years, p.managementWhat, lang);
      parts.push(parts.length > 0 ? p.management(m) : m);
    }
    if (parts.length > 0)
      req.push({
        text: parts.join(lang === 'zh' ? '，' : ', '),
        sources: [
          role('qualifications', 'experience'),
          ...(x.areas ?? []).map((a, i) => said(role('qualifications', 'experience', 'areas', i), a, lang)),
        ],
      });
  }
  const skills = q?.skills ?? [];
  for (const level of [...SKILL_LEVEL.values].reverse()) {
    const at = skills.flatMap((s, i) => (s.level === level ? [{ s, i }] : []));
    if (at.length === 0) continue;
    req.push({
      text: p.skills(
        level,
        at.map(({ s }) => label('skills', s.ref)),
      ),
      sources: at.map(({ i }) => role('qualifications', 'skills', i)),
    });
  }
  if (q?.tools !== undefined && q.tools.length > 0)
    req.push({ text: p.tools(q.tools.map((t) => label('tools', t))), sources: [role('qualifications', 'tools')] });
  if (q?.knowledge !== undefined && q.knowledge.length > 0)
    req.push({
      text: p.knowledge(q.knowledge.map((k) => bare(L(k)))),
      sources: [
        role('qualifications', 'knowledge'),
        ...q.knowledge.map((k, i) => said(role('qualifications', 'knowledge', i), k, lang)),
      ],
    });
  if (q?.certifications !== undefined && q.certifications.length > 0)
    req.push({
      text: p.certifications(q.certifications.map((c) => label('certifications', c))),
      sources: [role('qualifications', 'certifications')],
    });
  if (q?.traits !== undefined && q.traits.length > 0)
    req.push({ text: p.traits(q.traits.map((t) => label('traits', t))), sources: [role('qualifications', 'traits')] });
  fixed.requirements = req;

  // How the role is measured.
  if (cfg.kpis !== false) {
    fixed.kpis = (r.kpis ?? []).map((k, i) => {
      const entry = catalog.entry('kpis', k.ref);
      const tg = k.target;
      let target: string | undefined;
      if (tg !== undefined) {
        if ('text' in tg) target = lang === 'zh' ? `：${bare(L(tg.text))}` : bare(L(tg.text));
        else {
          const unit = valueLabel('unit', tg.unit ?? entry?.unit ?? '', lang);
          target = p.target(tg.op, String(tg.value), tg.max === undefined ? undefined : String(tg.max), unit);
        }
      }
      const frequency = k.frequency === undefined ? undefined : valueLabel('frequency', k.frequency, lang);
      return { text: p.kpi(label('kpis', k.ref), target, frequency), sources: [role('kpis', i)] };
    });
  }

  // What the posting file adds.
  const benefits: PostingItem[] = [];
  if (cfg.salary !== undefined) benefits.push({ text: salaryText(p, cfg.salary, lang), sources: [posting('salary')] });
  (cfg.offer ?? []).forEach((o, i) =>
    benefits.push({ text: bare(L(o)), sources: [said(posting('offer', i), o, lang)] }),
  );
  fixed.benefits = benefits;
  fixed.about =
    cfg.about === undefined
      ? []
      : [{ text: p.endSentence(L(cfg.about)), sources: [said(posting('about'), cfg.about, lang)] }];
  const places: PostingItem[] = (cfg.locations ?? []).map((loc, i) => ({
    text: p.place({
      street: L(loc.street),
      locality: L(loc.locality),
      region: L(loc.region),
      country: countryName(loc.country, lang),
      home: loc.country === 'CN',
    }),
    sources: [posting('locations', i)],
  }));
  if (cfg.remote !== undefined)
    places.push({
      text: p.remote(cfg.remote.countries.map((c) => countryName(c, lang))),
      sources: [posting('remote')],
    });
  fixed.location = places;
  fixed.apply =
    cfg.apply === undefined
      ? []
      : [{ text: p.endSentence(L(cfg.apply)), sources: [said(posting('apply'), cfg.apply, lang)] }];

  // The duties, with as many key activities as the length limits allow.
  const build = (max: number) => {
    const shortened: ShortenedDuty[] = [];
    const duties = (r.duties ?? []).map((d, i) => {
      const { item, left } = dutyItem(p, lang, d, i, max, itemFits);
      if (left.length > 0) shortened.push({ duty: d.id, activities: left });
      return item;
    });
    const sections: PostingSection[] = [];
    for (const key of POSTING_SECTIONS) {
      const items = key === 'duties' ? duties : (fixed[key] ?? []);
      if (items.length === 0) continue;
      const style = STYLE[key];
      sections.push({
        key,
        kind: KIND[key],
        heading: p.heading[key],
        style,
        items:
          style === 'paragraphs'
            ? items
            : items.map((it, i) => ({ ...it, text: p.endItem(it.text, i === items.length - 1) })),
      });
    }
    return { sections, shortened };
  };
  const title = L(r.title);
  let built = build(KEY_ACTIVITIES);
  for (let max = KEY_ACTIVITIES - 1; max >= 0; max--) {
    const m = measure([title, ...built.sections.flatMap((s) => [s.heading, ...s.items.map((i) => i.text)])].join('\n'));
    if (m.han <= limits.maxChars && m.words <= limits.maxWords) break;
    built = build(max);
  }
  return { role: r.id, lang, title, sections: built.sections, shortened: built.shortened };
}

/** The salary as the offer states it: `月薪 15,000–20,000 元` / `Salary: CNY 15,000–20,000 per month`. */
function salaryText(p: Phrases, s: Salary, lang: Lang): string {
  let range: string;
  if (s.value !== undefined) range = amount(s.value);
  else if (s.min !== undefined && s.max !== undefined) range = `${amount(s.min)}–${amount(s.max)}`;
  else if (s.min !== undefined) range = lang === 'zh' ? `${amount(s.min)} 起` : `from ${amount(s.min)}`;
  else range = lang === 'zh' ? `最高 ${amount(s.max!)}` : `up to ${amount(s.max!)}`;
  return p.salary(range, s.unit, s.currency);
}
