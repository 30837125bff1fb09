import { sha256 } from '@noble/hashes/sha2';
import type { Catalog } from '../catalog/catalog.js';
import { packRoles } from '../compare/compare.js';
import { matrixOf, similarityScores, type Progress } from '../compare/many.js';
import type { Diagnostic } from '../errors.js';
import type { RaciLetter, ResponsibilityMatrix, Role } from '../model/index.js';
import type { TrackDefinition } from '../model/architecture.js';
import { textIn, type Lang, type LocalizedText } from '../model/text.js';
import { checkMatrix } from '../raci/check.js';
import { escapeHtml, heatmap, MARK_CLASSES } from '../render/html.js';
import { MARK_SYMBOLS } from '../render/text.js';
import { COMPARE_LABELS, paren } from '../labels.js';
import { CLIENT_SCRIPT } from './client.js';
import { bi, buildReportData, familyMembers, sameFamilyPairs, type Bi, type CompareMark } from './data.js';
import { scriptJson } from '../render/html.js';
import { REPORT_LABELS, type ReportLabelKey } from './labels.js';
import { familiesOf, ladderSvg, levelsOf, tracksOf } from './svg.js';
import { REPORT_CSS } from './styles.js';

/** The CSP hash of the one inline script (base64 of its SHA-256), so the page runs that script and nothing else. */
const SCRIPT_HASH = btoa(String.fromCharCode(...sha256(new TextEncoder().encode(CLIENT_SCRIPT))));

export { buildReportData, choosePairs, familyMembers, pairIndex, sameFamilyPairs } from './data.js';
export { scriptJson } from '../render/html.js';
export type { ReportDataOptions, ReportData, ReportRole, PairData, PairDimension, Bi } from './data.js';
export { REPORT_LABELS } from './labels.js';

export interface ReportOptions {
  /** The language the page opens in (default `en`); the reader can switch without reloading. */
  lang?: Lang;
  /** Ids of the roles to show, in this order (default: every role, by family and level). Unknown ids throw. */
  roles?: readonly string[];
  /** The page title (default: the catalog's name). */
  title?: LocalizedText;
  /**
   * How many pairs of roles to compare and embed at most (default `DEFAULT_MAX_PAIRS`). When the report has more pairs,
   * it keeps the pairs of roles in the same job family first, then the most similar other pairs; for a pair left out
   * the page names the command that writes a report with those two roles. The similarity matrix is always complete.
   */
  maxPairs?: number;
  /** The catalog directory (`--dir`), named in the command the page suggests; absent for the shipped catalog. */
  dir?: string;
  /** Told how many pairs of roles the similarity matrix has compared so far. */
  onProgress?: Progress | undefined;
}

/**
 * The default pair budget. Measured with generated catalogs (tests/bench/generate.ts): each embedded comparison costs
 * about 1.5 KB; 150 roles with no comparison at all (overview, role texts, the complete similarity matrix) are 3.8 MB,
 * with all 11,175 pairs 19.8 MB (1.9 s, 390 MB of memory), with 1,000 pairs 5.3 MB (0.7 s, 200 MB). 60 roles: all 1,770
 * pairs 3.3 MB, 1,000 pairs 2.2 MB. So 1,000 keeps a report of 150 roles near 5 MB.
 */
export const DEFAULT_MAX_PAIRS = 1000;

/** A rendered report and how many of its pairs of roles it holds a comparison of. */
interface ReportPage {
  html: string;
  /** Pairs whose comparison is embedded. */
  pairsIncluded: number;
  /** All pairs of the report's roles, n·(n−1)/2. */
  pairsTotal: number;
  /** Whether the career and reporting diagram was left out (over `LADDER_MAX_ROLES` roles). */
  ladderLeftOut: boolean;
}

/**
 * The most roles the career and reporting diagram is drawn for. Routing its lines costs more than the square of the
 * roles (measured with generated catalogs: 300 roles 0.25 s, 600 roles 4 s), and a diagram that wide is no longer
 * read; the grid of families and levels above it still shows every role.
 */
export const LADDER_MAX_ROLES = 300;

const HTML_LANG: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };

/** Text for both languages: one escaped string, or two spans of which CSS shows the current language's. */
function span(text: Bi): string {
  if (typeof text === 'string') return escapeHtml(text);
  return `<span class="t-zh" lang="zh-CN">${escapeHtml(text[0])}</span><span class="t-en" lang="en">${escapeHtml(text[1])}</span>`;
}
const label = (key: ReportLabelKey) => span(bi((l) => REPORT_LABELS[key][l]));
const local = (t: LocalizedText | undefined) => span(bi((l) => textIn(t, l)));

/** The roles to report on: the ids asked for, in their order, or the whole catalog. */
function chosenRoles(catalog: Catalog, ids: readonly string[] | undefined): Role[] {
  if (ids === undefined || ids.length === 0) return catalog.list();
  const missing = ids.filter((id) => !catalog.has(id));
  if (missing.length > 0)
    throw new RangeError(`renderReport: the catalog has no role ${missing.map((m) => `"${m}"`).join(', ')}.`);
  return [...new Set(ids)].map((id) => catalog.find(id)!);
}

/**
 * The one-page visual report: a self-contained HTML file (inline CSS and script, no network, a Content-Security-Policy
 * that allows only its own script by hash) with the catalog overview and career graph, a two-role comparison driven by
 * two pickers, the similarity matrix, and RACI heatmaps with their findings, in both languages with a toggle, a search
 * box and a print style. Every text is escaped; role data travels as JSON the script reads with `JSON.parse`.
 */
export function renderReport(catalog: Catalog, options: ReportOptions = {}): string {
  return renderReportPage(catalog, options).html;
}

/** `renderReport`, also saying how many pairs of roles were compared of how many (fewer when `maxPairs` cut them). */
export function renderReportPage(catalog: Catalog, options: ReportOptions = {}): ReportPage {
  const lang = options.lang ?? 'en';
  if (lang !== 'zh' && lang !== 'en') throw new RangeError(`renderReport: lang must be zh or en, got ${String(lang)}.`);
  const roles = chosenRoles(catalog, options.roles);
  const title: LocalizedText = options.title ??
    catalog.settings?.name ?? { zh: REPORT_LABELS.defaultTitle.zh, en: REPORT_LABELS.defaultTitle.en };
  const maxPairs = options.maxPairs ?? DEFAULT_MAX_PAIRS;
  if (!(maxPairs >= 0)) throw new RangeError(`renderReport: maxPairs must be 0 or more, got ${String(maxPairs)}.`);
  const scores = pairScores(roles, catalog, maxPairs, options.onProgress);
  const data = buildReportData(roles, catalog, lang, {
    maxPairs,
    scores: scores.score,
    ...(options.dir === undefined ? {} : { dir: options.dir }),
  });
  data.labels.pageTitle = bi((l) => textIn(title, l));
  const csp = [
    `default-src 'none'`,
    `script-src 'sha256-${SCRIPT_HASH}'`,
    `style-src 'unsafe-inline'`,
    `img-src data:`,
    `base-uri 'none'`,
    `form-action 'none'`,
  ].join('; ');
  const out = [
    '<!doctype html>',
    `<html lang="${HTML_LANG[lang]}" data-lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="rolematrix">',
    `<title>${escapeHtml(textIn(title, lang))}</title>`,
    `<style>\n${REPORT_CSS}</style>`,
    '</head>',
    '<body>',
    '<header class="top">',
    `<h1 id="report-title">${local(title)}</h1>`,
    '<div class="tools">',
    `<input type="search" id="search" aria-label="${escapeHtml(`${REPORT_LABELS.search.zh} / ${REPORT_LABELS.search.en}`)}" placeholder="${escapeHtml(REPORT_LABELS.searchPlaceholder[lang])}" autocomplete="off">`,
    '<span id="search-count" aria-live="polite"></span>',
    `<button type="button" id="lang-toggle" title="${escapeHtml(REPORT_LABELS.toggleHint[lang])}"><span lang="${HTML_LANG[lang === 'zh' ? 'en' : 'zh']}">${escapeHtml(REPORT_LABELS.toggle[lang])}</span></button>`,
    `<button type="button" id="print">${label('print')}</button>`,
    '</div>',
    '</header>',
    `<nav class="toc"><a href="#overview">${label('overview')}</a><a href="#compare">${label('comparison')}</a><a href="#matrix">${label('matrix')}</a><a href="#raci">${label('raci')}</a></nav>`,
    '<main>',
    overviewSection(roles, catalog),
    compareSection(),
    matrixSection(roles, scores.matrix, options.dir),
    raciSection(roles, catalog),
    '</main>',
    `<footer>${roles.length} ${label(roles.length === 1 ? 'roleCountOne' : 'roleCount')} · ${label('generated')}</footer>`,
    `<script type="application/json" id="report-data">${scriptJson(data)}</script>`,
    `<script>${CLIENT_SCRIPT}</script>`,
    '</body>',
    '</html>',
  ];
  return {
    html: out.join('\n') + '\n',
    pairsIncluded: data.pairsIncluded,
    pairsTotal: data.pairsTotal,
    ladderLeftOut: roles.length > LADDER_MAX_ROLES,
  };
}

function overviewSection(roles: readonly Role[], catalog: Catalog): string {
  const families = familiesOf(roles, catalog);
  const tracks = tracksOf(roles, catalog);
  const out = [`<section id="overview">`, `<h2>${label('overview')}</h2>`, `<h3>${label('grid')}</h3>`];
  // A grid per track when the catalog has tracks (their levels differ); one grid otherwise.
  const grids: { track: TrackDefinition | undefined; roles: readonly Role[] }[] =
    tracks.length === 0
      ? [{ track: undefined, roles }]
      : [
          ...tracks.map((track) => ({
            track,
            roles: roles.filter((r) => catalog.architecture.trackOf(r)?.id === track.id),
          })),
          { track: undefined, roles: roles.filter((r) => catalog.architecture.trackOf(r) === undefined) },
        ].filter((g) => g.roles.length > 0);
  for (const grid of grids) {
    if (grid.track !== undefined) {
      const track = grid.track;
      out.push(`<h4 data-track="${escapeHtml(track.id)}">${span(bi((l) => textIn(track.label, l)))}</h4>`);
    }
    const cols = families.filter((f) => grid.roles.some((r) => r.family === f));
    out.push('<div class="scroll"><table class="grid">', '<thead><tr>', `<th scope="col">${label('level')}</th>`);
    for (const f of cols)
      out.push(
        `<th scope="col" data-family="${escapeHtml(f)}">${span(bi((l) => catalog.label('families', f, l)))}</th>`,
      );
    out.push('</tr></thead>', '<tbody>');
    for (const lv of levelsOf(grid.roles, catalog)) {
      out.push(
        `<tr data-level="${escapeHtml(lv)}">`,
        `<th scope="row">${span(bi((l) => levelLabel(catalog, lv, l)))}</th>`,
      );
      for (const f of cols) {
        const here = grid.roles.filter((r) => r.family === f && r.level === lv);
        out.push(
          `<td>${here.map((r) => `<button type="button" class="chip pick" data-role="${escapeHtml(r.id)}">${local(r.title)}</button>`).join('')}</td>`,
        );
      }
      out.push('</tr>');
    }
    out.push('</tbody></table></div>');
  }
  out.push(`<p class="hint">${label('pickHint')}</p>`);
  out.push(`<h3>${label('graph')}</h3>`);
  if (roles.length > LADDER_MAX_ROLES) {
    const note = (l: Lang) =>
      REPORT_LABELS.ladderLeftOut[l].replace('{n}', String(roles.length)).replace('{max}', String(LADDER_MAX_ROLES));
    out.push(`<p class="hint">${span(bi(note))}</p>`, '</section>');
    return out.join('\n');
  }
  out.push('<div class="scroll">', ladderSvg(roles, catalog), '</div>');
  const dotted = roles.some((r) => (r.dottedReportsTo?.length ?? 0) > 0);
  out.push(
    `<ul class="legend"><li><span class="line-reports"></span> ${label('legendReports')}</li>${dotted ? `<li><span class="line-dotted"></span> ${label('legendDotted')}</li>` : ''}<li><span class="line-career"></span> ${label('legendCareer')}</li></ul>`,
  );
  out.push('</section>');
  return out.join('\n');
}

/** A level's name, with its grade when the ladder has grades. */
function levelLabel(catalog: Catalog, level: string, lang: Lang): string {
  const grade = catalog.architecture.grade(level);
  const name = catalog.architecture.label(level, lang);
  if (grade === undefined) return name;
  return lang === 'zh'
    ? `${name}（${REPORT_LABELS.grade.zh} ${grade}）`
    : `${name} (${REPORT_LABELS.grade.en} ${grade})`;
}

function compareSection(): string {
  const marks: CompareMark[] = ['shared', 'similar', 'changed', 'onlyA', 'onlyB'];
  return [
    '<section id="compare">',
    `<h2>${label('comparison')}</h2>`,
    '<div class="pickers">',
    `<label>${label('roleA')} <select id="pick-a"></select></label>`,
    `<button type="button" id="swap">⇄ ${label('swap')}</button>`,
    `<label>${label('roleB')} <select id="pick-b"></select></label>`,
    '</div>',
    '<div id="compare-out"></div>',
    `<ul class="legend">${marks.map((m) => `<li><span class="sym ${MARK_CLASSES[m]}">${escapeHtml(MARK_SYMBOLS[m])}</span> ${span(bi((l) => COMPARE_LABELS[m][l]))}</li>`).join('')}</ul>`,
    '</section>',
  ].join('\n');
}

/** As `rolematrix compare` prints a similarity (src/render/compare-table.ts). */
const pct = (x: number) => `${Math.round(x * 100)}%`;

/**
 * Up to this many roles the page draws the whole similarity matrix. It grows with the square of the roles (about
 * 135 bytes a cell: 150 roles are 22,350 cells, some 3 MB); beyond it the section says how to get the matrix as CSV.
 */
export const MATRIX_MAX_ROLES = 150;

/** A word as a POSIX shell reads it: plain when safe, else in single quotes (the page's script quotes the same way). */
function shellWord(w: string): string {
  return /^[A-Za-z0-9_./:=@%+-]+$/.test(w) ? w : `'${w.replace(/'/g, `'\\''`)}'`;
}

/**
 * The similarity scores the page needs: every pair's when it shows the matrix (or must rank pairs across families),
 * else only the pairs within each job family, when those alone fill the budget of compared pairs (3,000 roles in 10
 * families are a tenth of the pairs).
 */
function pairScores(
  roles: readonly Role[],
  catalog: Catalog,
  maxPairs: number,
  onProgress: Progress | undefined,
): { matrix?: readonly (readonly number[])[]; score: (i: number, j: number) => number } {
  const n = roles.length;
  const withinFamilies = sameFamilyPairs(roles);
  if (n <= MATRIX_MAX_ROLES || maxPairs >= (n * (n - 1)) / 2 || withinFamilies < maxPairs) {
    const scores = similarityScores(roles, catalog, { onProgress });
    // The page draws the matrix of up to 150 roles; beyond, only the pairs are ranked (no N×N array).
    return n <= MATRIX_MAX_ROLES ? { matrix: matrixOf(scores).scores, score: scores.score } : { score: scores.score };
  }
  const at = new Int32Array(n);
  const families = familyMembers(roles).map((members) => {
    members.forEach((i, k) => (at[i] = k));
    return members;
  });
  const family = new Int32Array(n).fill(-1);
  families.forEach((members, f) => members.forEach((i) => (family[i] = f)));
  // Every role packed at once: the families' matrices then read one packing (one copy of it in the workers' shared
  // memory) instead of each family's growing it.
  packRoles(roles, catalog);
  let before = 0;
  const scores = families.map((members) => {
    const m = similarityScores(
      members.map((i) => roles[i]!),
      catalog,
      { onProgress: (done) => onProgress?.(before + done, withinFamilies) },
    );
    before += (members.length * (members.length - 1)) / 2;
    return m;
  });
  onProgress?.(withinFamilies, withinFamilies);
  return {
    score: (i, j) => {
      const f = family[i]!;
      return f >= 0 && f === family[j] ? scores[f]!.score(at[i]!, at[j]!) : 0;
    },
  };
}

function matrixSection(
  roles: readonly Role[],
  scores: readonly (readonly number[])[] | undefined,
  dir: string | undefined,
): string {
  if (roles.length > MATRIX_MAX_ROLES || scores === undefined) {
    const cells = roles.length * (roles.length - 1);
    const command = `rolematrix matrix --scores --format csv${dir === undefined ? '' : ` --dir ${shellWord(dir)}`} > matrix.csv`;
    const note = bi((l) =>
      l === 'zh'
        ? `这 ${roles.length} 个岗位的相似度矩阵有 ${cells.toLocaleString('en')} 个单元格，放在一页中太大。可用以下命令导出为电子表格：`
        : `The similarity matrix of these ${roles.length} roles has ${cells.toLocaleString('en')} cells, too many for one page. Get it as a spreadsheet with:`,
    );
    return [
      '<section id="matrix">',
      `<h2>${label('matrix')}</h2>`,
      `<p class="note">${span(note)}</p>`,
      `<pre><code>${escapeHtml(command)}</code></pre>`,
      '</section>',
    ].join('\n');
  }
  const m = { scores };
  const out = [
    '<section id="matrix">',
    `<h2>${label('matrix')}</h2>`,
    `<p class="hint">${label('matrixHint')}</p>`,
    '<div class="scroll"><table class="sim-matrix">',
    '<thead><tr><td></td>',
  ];
  for (const r of roles) out.push(`<th scope="col" class="col" data-col="${escapeHtml(r.id)}">${local(r.title)}</th>`);
  out.push('</tr></thead>', '<tbody>');
  m.scores.forEach((row, i) => {
    const a = roles[i]!;
    out.push(`<tr data-role="${escapeHtml(a.id)}">`, `<th scope="row">${local(a.title)}</th>`);
    row.forEach((s, j) => {
      if (i === j) out.push('<td class="self">—</td>');
      // A button in each cell, so the cell works from the keyboard; the script names it in the current language.
      else
        out.push(
          `<td data-pair-a="${escapeHtml(a.id)}" data-pair-b="${escapeHtml(roles[j]!.id)}" data-value="${s.toFixed(3)}" style="background: ${heatmap(s)}"><button type="button">${pct(s)}</button></td>`,
        );
    });
    out.push('</tr>');
  });
  out.push('</tbody></table></div>', '</section>');
  return out.join('\n');
}

/** The activity and role a RACI finding concerns, read from paths like `activities[3].assign.call-center-agent`. */
function findingTarget(d: Diagnostic): { activity?: number; role?: string } {
  const m = /^activities\[(\d+)\](?:\.(?:assign|duties|permissions)(?:\.([a-z0-9-]+)|\["([^"]+)"\])?)?/.exec(d.path);
  if (!m) return {};
  const role = m[2] ?? m[3];
  return role === undefined ? { activity: Number(m[1]) } : { activity: Number(m[1]), role };
}

function raciSection(roles: readonly Role[], catalog: Catalog): string {
  const shown = new Set<string>(roles.map((r) => r.id));
  const matrices = [...catalog.matrices.values()].filter((m) =>
    m.activities.some((a) => Object.keys(a.assign).some((r) => shown.has(r))),
  );
  const out = ['<section id="raci">', `<h2>${label('raci')}</h2>`, `<p class="muted">${label('raciLegend')}</p>`];
  if (matrices.length === 0) out.push(`<p class="note">${label('noMatrices')}</p>`);
  for (const m of matrices) out.push(raciMatrix(m, catalog, checkMatrix(m, catalog)));
  out.push('</section>');
  return out.join('\n');
}

function raciMatrix(matrix: ResponsibilityMatrix, catalog: Catalog, findings: readonly Diagnostic[]): string {
  const roles = [...new Set(matrix.activities.flatMap((a) => Object.keys(a.assign)))];
  // Finding numbers (1-based, as listed below the table) per cell `activity|role` and per row `activity|`.
  const at = new Map<string, { numbers: number[]; error: boolean }>();
  findings.forEach((d, k) => {
    const t = findingTarget(d);
    if (t.activity === undefined) return;
    const key = `${t.activity}|${t.role !== undefined && roles.includes(t.role) ? t.role : ''}`;
    const prev = at.get(key) ?? { numbers: [], error: false };
    at.set(key, { numbers: [...prev.numbers, k + 1], error: prev.error || d.severity === 'error' });
  });
  const marks = (key: string) => {
    const f = at.get(key);
    return f
      ? {
          cls: ` finding ${f.error ? 'error' : 'warning'}`,
          sup: `<sup>${f.numbers.map((n) => `[${n}]`).join('')}</sup>`,
        }
      : { cls: '', sup: '' };
  };
  const id = escapeHtml(matrix.id);
  const out = [`<h3 id="raci-${id}">${local(matrix.title)}</h3>`];
  if (matrix.description) out.push(`<p class="muted">${local(matrix.description)}</p>`);
  out.push(
    `<div class="scroll"><table class="raci" data-matrix="${id}">`,
    '<thead><tr>',
    `<th scope="col">${label('activity')}</th>`,
  );
  for (const r of roles)
    out.push(
      `<th scope="col" class="col" data-role-col="${escapeHtml(r)}">${catalog.has(r) ? local(catalog.get(r)!.title) : escapeHtml(r)}</th>`,
    );
  out.push('</tr></thead>', '<tbody>');
  let phase = '';
  matrix.activities.forEach((a, i) => {
    const p = a.phase === undefined ? '' : JSON.stringify(a.phase);
    if (p !== '' && p !== phase)
      out.push(`<tr class="section"><th scope="colgroup" colspan="${roles.length + 1}">${local(a.phase)}</th></tr>`);
    phase = p;
    const row = marks(`${i}|`);
    out.push(
      `<tr data-activity="${escapeHtml(a.id)}">`,
      `<th scope="row" class="activity${row.cls}">${local(a.title)}${row.sup}</th>`,
    );
    for (const r of roles) {
      const v = a.assign[r];
      const letters: readonly RaciLetter[] = v === undefined ? [] : Array.isArray(v) ? v : [v];
      const cell = marks(`${i}|${r}`);
      const strongest = (['A', 'R', 'S', 'C', 'I'] as const).find((l) => letters.includes(l));
      out.push(
        `<td class="letter${strongest ? ` l-${strongest}` : ''}${cell.cls}" data-raci-role="${escapeHtml(r)}">${escapeHtml(letters.join('/'))}${cell.sup}</td>`,
      );
    }
    out.push('</tr>');
  });
  out.push('</tbody></table></div>');
  out.push(`<h4>${span(bi((l) => paren(REPORT_LABELS.findings[l], String(findings.length), l)))}</h4>`);
  if (findings.length === 0) out.push(`<p class="note">${label('noFindings')}</p>`);
  else {
    out.push(`<ol class="findings" data-matrix="${id}">`);
    for (const d of findings) {
      out.push(
        `<li data-code="${escapeHtml(d.code)}"><span class="sev-${d.severity}">${label(d.severity)}</span> <code>${escapeHtml(d.code)}</code> <code>${escapeHtml(d.path)}</code> ${span(bi((l) => (l === 'zh' ? d.zh.message : d.message)))}</li>`,
      );
    }
    out.push('</ol>');
  }
  return out.join('\n');
}
