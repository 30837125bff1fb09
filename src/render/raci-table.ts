import type { Catalog } from '../catalog/catalog.js';
import type { Diagnostic } from '../errors.js';
import type { RaciLetter, ResponsibilityMatrix } from '../model/index.js';
import { textIn, type Lang } from '../model/text.js';
import type { DraftMatrix } from '../raci/draft.js';
import { paren } from '../labels.js';
import { roleName } from './present.js';
import { cell, type Cell, type CellMark, type Row, type Table } from './table.js';

/** How strongly a letter ties a role to an activity, for the heatmap. */
const HEAT: Record<RaciLetter, number> = { A: 1, R: 0.8, S: 0.6, C: 0.4, I: 0.2 };
const WORDS = {
  activity: { zh: '活动', en: 'Activity' },
  legend: {
    zh: 'R 执行 · A 负责批准 · S 协助 · C 征询 · I 知会',
    en: 'R responsible · A accountable · S supportive · C consulted · I informed',
  },
  draft: { zh: '草拟，待人工复核', en: 'draft, for review' },
  matrix: { zh: '矩阵', en: 'Matrix' },
  letters: { zh: '字母', en: 'Letters' },
  role: { zh: '岗位职责分工', en: 'Responsibilities of' },
} as const;

function count(findings: number, errors: number, lang: Lang): string {
  if (lang === 'zh') return `${findings} 个问题${errors ? `（其中 ${errors} 个错误）` : ''}`;
  const s = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  return `${s(findings, 'finding')}${errors ? ` (${s(errors, 'error')})` : ''}`;
}

const letterText = (ls: readonly RaciLetter[]) => ls.join('/');
const heat = (ls: readonly RaciLetter[]) => (ls.length === 0 ? undefined : Math.max(...ls.map((l) => HEAT[l])));

/** Which cell a finding points at: its activity and role, from paths like `activities[3].assign.call-center-agent`. */
function findingAt(d: Diagnostic): { activity?: number; role?: string } {
  const m = /^activities\[(\d+)\](?:\.(?:assign|duties|permissions)(?:\.([a-z0-9-]+)|\["([^"]+)"\])?)?/.exec(d.path);
  if (!m) return {};
  const out: { activity?: number; role?: string } = { activity: Number(m[1]) };
  const role = m[2] ?? m[3];
  if (role !== undefined) out.role = role;
  return out;
}

/**
 * The letter grid of a matrix: a row per activity (phases as section rows), a column per role, each letter cell
 * carrying a heat value; cells with findings are marked error or warning and list the finding's code.
 */
export function raciTable(
  matrix: ResponsibilityMatrix,
  catalog: Catalog,
  lang: Lang,
  findings: readonly Diagnostic[] = [],
): Table {
  const roles = [...new Set(matrix.activities.flatMap((a) => Object.keys(a.assign)))];
  const marks = new Map<string, { mark: CellMark; codes: string[] }>();
  for (const d of findings) {
    const at = findingAt(d);
    if (at.activity === undefined) continue;
    const key = `${at.activity}|${at.role ?? ''}`;
    const prev = marks.get(key);
    const mark: CellMark = d.severity === 'error' || prev?.mark === 'error' ? 'error' : 'warning';
    marks.set(key, { mark, codes: [...(prev?.codes ?? []), d.code] });
  }
  const rows: Row[] = [];
  let phase = '';
  matrix.activities.forEach((a, i) => {
    const p = a.phase ? textIn(a.phase, lang) : '';
    if (p !== '' && p !== phase) rows.push({ section: true, cells: [cell(p), ...roles.map(() => cell(''))] });
    phase = p;
    const rowMark = marks.get(`${i}|`);
    const cells: Cell[] = roles.map((r) => {
      const v = a.assign[r];
      const ls = v === undefined ? [] : Array.isArray(v) ? v : [v];
      const m = marks.get(`${i}|${r}`);
      return cell(m ? [letterText(ls), ...m.codes] : letterText(ls), m?.mark, heat(ls));
    });
    rows.push({
      cells: [
        cell(rowMark ? [textIn(a.title, lang), ...rowMark.codes] : textIn(a.title, lang), rowMark?.mark),
        ...cells,
      ],
    });
  });
  const errors = findings.filter((d) => d.severity === 'error').length;
  return {
    title: textIn(matrix.title, lang),
    caption: `${WORDS.legend[lang]}${findings.length ? ` — ${count(findings.length, errors, lang)}` : ''}`,
    columns: [WORDS.activity[lang], ...roles.map((r) => roleName(r, catalog, lang))],
    rows,
    legend: { error: lang === 'zh' ? '错误' : 'error', warning: lang === 'zh' ? '警告' : 'warning' },
  };
}

/** A proposed grid: the letters `draftMatrix` suggests, each with the duties and permissions behind it. */
export function draftTable(draft: DraftMatrix, catalog: Catalog, lang: Lang): Table {
  const matrix = catalog.matrices.get(draft.matrix);
  return {
    title: paren(matrix ? textIn(matrix.title, lang) : draft.matrix, WORDS.draft[lang], lang),
    caption: WORDS.legend[lang],
    columns: [WORDS.activity[lang], ...draft.roles.map((r) => roleName(r, catalog, lang))],
    rows: draft.activities.map((a) => ({
      cells: [
        cell(textIn(a.activity.title, lang)),
        ...draft.roles.map((r) => {
          const c = a.cells[r]!;
          const perms = c.because.permissions.map((p) =>
            paren(p.id, catalog.architecture.authorityLabel(p.authority, lang), lang),
          );
          return cell(
            c.letters.length ? [letterText(c.letters), ...c.because.duties, ...perms] : [],
            undefined,
            heat(c.letters),
          );
        }),
      ],
    })),
  };
}

/** One role's letters across every matrix of the catalog. */
export function roleLettersTable(roleId: string, catalog: Catalog, lang: Lang): Table {
  const rows: Row[] = [];
  for (const m of catalog.matrices.values()) {
    const mine = m.activities.filter((a) => roleId in a.assign);
    if (mine.length === 0) continue;
    rows.push({ section: true, cells: [cell(textIn(m.title, lang)), cell('')] });
    for (const a of mine) {
      const v = a.assign[roleId]!;
      const ls = Array.isArray(v) ? v : [v];
      rows.push({ cells: [cell(textIn(a.title, lang)), cell(letterText(ls), undefined, heat(ls))] });
    }
  }
  return {
    title: `${WORDS.role[lang]}${lang === 'zh' ? '：' : ' '}${roleName(roleId, catalog, lang)}`,
    caption: WORDS.legend[lang],
    columns: [WORDS.activity[lang], WORDS.letters[lang]],
    rows,
  };
}
