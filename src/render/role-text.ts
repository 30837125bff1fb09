import type { Catalog } from '../catalog/catalog.js';
import { badArgument } from '../errors.js';
import { EDUCATION, SKILL_LEVEL } from '../model/scales.js';
import { textIn, type Lang, type LocalizedText } from '../model/text.js';
import type { Role } from '../model/index.js';
import { PUNCT, paren, t, valueLabel } from '../labels.js';
import { yearsRange } from '../text/years.js';
import { kpiTarget } from '../dimensions/format.js';

const SEP = PUNCT.colon;
const LIST = PUNCT.list;

/** A role as readable text in one language, with its graded authorities. */
export function renderRoleText(role: Role, catalog: Catalog, lang: Lang): string {
  if (lang !== 'zh' && lang !== 'en') throw badArgument('renderRoleText', 'lang', '"zh" or "en"', lang);
  const L = (x: LocalizedText | undefined) => textIn(x, lang);
  const roleTitle = (id: string) => {
    const r = catalog.find(id);
    return r ? paren(L(r.title), id, lang) : id;
  };
  const out: string[] = [];
  const field = (label: string, value: string) => {
    if (value !== '') out.push(`${label}${SEP[lang]}${value}`);
  };
  const heading = (label: string) => out.push('', `## ${label}`);

  out.push(`# ${paren(L(role.title), role.id, lang)}`);
  const aliases = [...(role.aliases?.[lang] ?? []), ...(role.aliases?.[lang === 'zh' ? 'en' : 'zh'] ?? [])];
  field(t('aliases', lang), aliases.join(LIST[lang]));
  field(t('family', lang), catalog.label('families', role.family, lang));
  const arch = catalog.architecture;
  const grade = arch.grade(role.level);
  field(
    t('level', lang),
    grade === undefined
      ? arch.label(role.level, lang)
      : paren(arch.label(role.level, lang), `${t('grade', lang)} ${grade}`, lang),
  );
  const track = arch.trackOf(role);
  if (track) field(t('track', lang), L(track.label));
  if (role.reportsTo) field(t('reportsTo', lang), roleTitle(role.reportsTo));
  if (role.dottedReportsTo?.length)
    field(t('dottedReportsTo', lang), role.dottedReportsTo.map(roleTitle).join(LIST[lang]));
  if (role.extends) field(t('extends', lang), roleTitle(role.extends));
  field(t('orientation', lang), catalog.label('orientations', role.orientation, lang));
  field(t('summary', lang), L(role.summary));
  if (role.focus?.length) field(t('focus', lang), role.focus.map(L).join(LIST[lang]));
  const env = role.workEnvironment;
  if (env) {
    const parts = [
      ...(env.settings ?? []).map((s) => catalog.label('settings', s, lang)),
      ...(env.intensity ? [valueLabel('intensity', env.intensity, lang)] : []),
      ...(env.routine ? [valueLabel('routine', env.routine, lang)] : []),
    ];
    field(
      t('workEnvironment', lang),
      [parts.join(LIST[lang]), L(env.description)].filter(Boolean).join(lang === 'zh' ? '。' : '. '),
    );
  }
  const c = role.classification;
  if (c)
    field(
      t('classification', lang),
      [c.isco08 && `ISCO-08 ${c.isco08}`, c.onetSoc && `O*NET-SOC ${c.onetSoc}`, c.cn2022 && `GBM ${c.cn2022}`]
        .filter(Boolean)
        .join(LIST[lang]),
    );

  if (role.duties?.length) {
    heading(t('duties', lang));
    role.duties.forEach((d, i) => {
      out.push(`${i + 1}. ${L(d.title)}${d.description ? `${SEP[lang]}${L(d.description)}` : ''}`);
      for (const a of d.activities ?? []) out.push(`   - ${L(a)}`);
    });
  }

  if (role.permissions?.length) {
    heading(t('permissions', lang));
    const byDomain = new Map<string, typeof role.permissions>();
    for (const p of role.permissions) byDomain.set(p.domain, [...(byDomain.get(p.domain) ?? []), p]);
    for (const [domain, perms] of byDomain) {
      out.push(`- ${catalog.label('domains', domain, lang)}`);
      for (const p of perms) {
        const extras = [
          p.limit ? `${t('limit', lang)}${SEP[lang]}${L(p.limit)}` : '',
          p.escalateTo ? `${t('escalateTo', lang)}${SEP[lang]}${roleTitle(p.escalateTo)}` : '',
        ].filter(Boolean);
        out.push(
          `  - [${arch.authorityLabel(p.authority, lang)}] ${L(p.title)}${extras.length ? paren('', extras.join(PUNCT.semicolon[lang]), lang) : ''}`,
        );
      }
    }
  }

  const q = role.qualifications;
  if (q) {
    heading(t('qualifications', lang));
    if (q.education) {
      const fields = (q.education.fields ?? []).map((f) => catalog.label('fields', f, lang)).join(LIST[lang]);
      field(
        `- ${t('education', lang)}`,
        `${EDUCATION.label(q.education.minimum, lang)}${lang === 'zh' ? '及以上' : ' or higher'}${fields ? (lang === 'zh' ? `${PUNCT.semicolon.zh}${t('fields', lang)}${SEP.zh}${fields}` : `; ${t('fields', lang).toLowerCase()}: ${fields}`) : ''}`,
      );
    }
    const exp = q.experience;
    if (exp?.years) field(`- ${t('experience', lang)}`, yearsRange(exp.years, lang));
    if (exp?.management) field(`- ${t('management', lang)}`, yearsRange(exp.management.years, lang));
    if (exp?.areas?.length) field(`- ${t('experienceAreas', lang)}`, exp.areas.map(L).join(LIST[lang]));
    if (q.skills?.length)
      field(
        `- ${t('skills', lang)}`,
        q.skills
          .map((s) => paren(catalog.label('skills', s.ref, lang), SKILL_LEVEL.label(s.level, lang), lang))
          .join(LIST[lang]),
      );
    for (const key of ['traits', 'certifications', 'tools'] as const) {
      const ids = q[key];
      if (ids?.length) field(`- ${t(key, lang)}`, ids.map((id) => catalog.label(key, id, lang)).join(LIST[lang]));
    }
    if (q.knowledge?.length) field(`- ${t('knowledge', lang)}`, q.knowledge.map(L).join(LIST[lang]));
  }

  if (role.kpis?.length) {
    heading(t('kpis', lang));
    for (const k of role.kpis) {
      const entry = catalog.entry('kpis', k.ref);
      const bits = [
        k.target ? `${t('target', lang)} ${kpiTarget(k.target, entry?.unit, lang)}` : '',
        k.frequency ? valueLabel('frequency', k.frequency, lang) : '',
        k.weight !== undefined ? `${t('weight', lang)} ${k.weight}%` : '',
        (k.dataSource ?? entry?.dataSource)
          ? `${t('dataSource', lang)}${SEP[lang]}${L(k.dataSource ?? entry?.dataSource)}`
          : '',
      ].filter(Boolean);
      out.push(
        `- ${catalog.label('kpis', k.ref, lang)}${bits.length ? paren('', bits.join(PUNCT.semicolon[lang]), lang) : ''}`,
      );
    }
  }

  if (role.stakeholders?.length) {
    heading(t('stakeholders', lang));
    for (const s of role.stakeholders) {
      const ch = (s.channels ?? []).map((c) => catalog.label('channels', c, lang)).join(LIST[lang]);
      out.push(
        `- ${catalog.label('audiences', s.audience, lang)}${ch ? `${SEP[lang]}${ch}` : ''}${s.purpose ? ` — ${L(s.purpose)}` : ''}`,
      );
    }
  }

  if (role.career?.length) {
    heading(t('career', lang));
    for (const step of role.career) {
      out.push(`- ${valueLabel('track', step.track, lang)}${SEP[lang]}${step.to ? roleTitle(step.to) : L(step.title)}`);
    }
  }
  return `${out.join('\n')}\n`;
}
