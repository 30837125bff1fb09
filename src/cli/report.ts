import { writeAll } from './write.js';
import type { Catalog } from '../catalog/catalog.js';
import { closest } from '../load/suggest.js';
import { LADDER_MAX_ROLES, renderReportPage } from '../report/index.js';
import { PROGRESS_LABELS, PROGRESS_MIN_ROLES, progressLine } from './progress.js';
import { EXIT, UsageError, type CliIO, type CommonOptions } from './io.js';

interface ReportCommandOptions extends CommonOptions {
  out: string | undefined;
}

/** Where the report goes when `--out` is not given. */
const DEFAULT_REPORT_FILE = 'report.html';

/**
 * `report [--out report.html] [roles…]`: writes the one-page visual report (all roles, or those named) to `--out`
 * (default `report.html`; `-` for stdout) and says where it went. Unknown role ids are a usage error, all named at
 * once.
 * When the pair budget left comparisons out, a warning on stderr says how many and how to get them all (exit code 0).
 */
export function reportCommand(io: CliIO, opts: ReportCommandOptions, catalog: Catalog, ids: readonly string[]): number {
  const missing = ids.filter((id) => !catalog.has(id));
  if (missing.length > 0) {
    const ours = [...catalog.roles.keys()];
    const en = missing.map((id) => {
      const c = closest(id, ours);
      return `"${id}"${c ? ` (did you mean "${c}"?)` : ''}`;
    });
    const zh = missing.map((id) => {
      const c = closest(id, ours);
      return `"${id}"${c ? `（是不是要写 "${c}"？）` : ''}`;
    });
    throw new UsageError({
      en: `The catalog has no role ${en.join(', ')}. Run \`rolematrix list\` to see the role ids.`,
      zh: `目录中没有岗位 ${zh.join('、')}。运行 rolematrix list 查看岗位编号。`,
    });
  }
  const roleCount = ids.length > 0 ? ids.length : catalog.roles.size;
  const page = progressLine(io, PROGRESS_LABELS.pairs, opts.lang, roleCount >= PROGRESS_MIN_ROLES).during(
    (onProgress) =>
      renderReportPage(catalog, {
        lang: opts.lang,
        roles: ids,
        onProgress,
        ...(opts.dir === undefined ? {} : { dir: opts.dir }),
      }),
  );
  const html = page.html;
  if (page.pairsIncluded < page.pairsTotal)
    io.stderr(pairWarning(page.pairsIncluded, page.pairsTotal, opts.lang === 'zh'));
  if (page.ladderLeftOut)
    io.stderr(
      opts.lang === 'zh'
        ? `提示：岗位超过 ${LADDER_MAX_ROLES} 个，报告未绘制晋升路径与汇报关系图（岗位族与层级表仍列出全部岗位）。指定岗位（rolematrix report <编号…>）即可绘制。\n`
        : `Note: over ${LADDER_MAX_ROLES} roles, the report leaves out the career and reporting diagram (the families and levels table still lists every role). Name the roles (rolematrix report <ids…>) to draw it.\n`,
    );
  const out = opts.out ?? DEFAULT_REPORT_FILE;
  if (out === '-') {
    io.stdout(html);
    return EXIT.ok;
  }
  writeAll([{ path: out, content: html }]);
  const kb = Math.ceil(new TextEncoder().encode(html).length / 1024);
  const count = ids.length > 0 ? new Set(ids).size : catalog.roles.size;
  io.stdout(
    opts.lang === 'zh'
      ? `已写入 ${out}（${count} 个岗位，${kb} KB），双击即可在浏览器中打开。\n`
      : `Wrote ${out} (${count} ${count === 1 ? 'role' : 'roles'}, ${kb} KB); open it in a browser.\n`,
  );
  return EXIT.ok;
}

/** The warning when the report holds the comparisons of only some pairs of roles. */
function pairWarning(included: number, total: number, zh: boolean): string {
  return zh
    ? `警告：岗位太多，报告只包含 ${total} 对岗位中 ${included} 对的对比（先同一岗位族，再按相似度从高到低）；其余各对在页面上只显示生成其对比的命令。指定岗位（rolematrix report <编号…>）或用 --dir 指向岗位较少的目录，即可写入全部对比。\n`
    : `Warning: too many roles; the report holds the comparisons of ${included} of ${total} pairs of roles (same job family first, then the most similar). For the others the page shows the command that compares them. Name the roles (rolematrix report <ids…>) or use --dir with fewer roles to write them all.\n`;
}
