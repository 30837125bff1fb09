import { MARK_CLASSES } from '../render/html.js';
import type { CellMark } from '../render/table.js';

const MARK_COLOURS: Partial<Record<CellMark, string>> = {
  shared: '#d8f0d8',
  similar: '#eaf3c9',
  onlyA: '#d6e4fa',
  onlyB: '#f7d9ea',
  changed: '#fde6c4',
  error: '#f8d0ce',
  warning: '#fbf1b8',
};

/** Colours of the RACI letters, strongest tie darkest. */
const LETTER_COLOURS = { A: '#1f6feb', R: '#54a3ff', S: '#9ecbff', C: '#d2e6ff', I: '#eef5ff' } as const;

/** The report's inline stylesheet: screen layout, both-language switching, the heatmaps and a print style. */
export const REPORT_CSS = `:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; color: #1f2328; background: #fff; font: 14px/1.5 system-ui, -apple-system, "Segoe UI", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; }
html[data-lang="en"] .t-zh, html[data-lang="zh"] .t-en { display: none; }
header.top { position: sticky; top: 0; z-index: 2; display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: center; padding: .6rem 1.5rem; background: #f6f8fa; border-bottom: 1px solid #d0d7de; }
header.top h1 { margin: 0; font-size: 1.25rem; flex: 1 1 auto; }
header.top .tools { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; }
input[type="search"] { width: 23rem; max-width: 60vw; padding: .3rem .5rem; border: 1px solid #8c959f; border-radius: 6px; font: inherit; }
button, select { padding: .3rem .7rem; border: 1px solid #8c959f; border-radius: 6px; background: #fff; font: inherit; cursor: pointer; }
button:hover, select:hover { background: #eef1f4; }
#search-count { min-width: 8rem; color: #57606a; }
nav.toc { padding: .4rem 1.5rem; font-size: .9rem; }
nav.toc a { margin-right: 1rem; color: #0969da; }
main { padding: 0 1.5rem 2rem; }
section { margin: 1.5rem 0 2.5rem; scroll-margin-top: 4rem; }
h3 { scroll-margin-top: 4rem; }
h2 { margin: 0 0 .75rem; padding-bottom: .25rem; font-size: 1.2rem; border-bottom: 1px solid #d0d7de; }
h3 { margin: 1.25rem 0 .5rem; font-size: 1.05rem; }
.hint, .note, .muted { color: #57606a; }
table { border-collapse: collapse; }
th, td { padding: .3rem .55rem; border: 1px solid #d0d7de; text-align: left; vertical-align: top; }
thead th { background: #f6f8fa; }
tr.section > th { background: #eaeef2; }
.scroll { overflow-x: auto; }
.grid td { min-width: 11rem; }
.chip { display: inline-block; margin: .15rem .2rem; padding: .15rem .55rem; border-radius: 999px; border: 1px solid #8c959f; background: #fff; font-size: .9rem; }
.chip.search-miss { display: none; }
.chip.search-hit, .node.search-hit rect { outline: 3px solid #bf8700; }
svg.ladder { display: block; max-width: 100%; height: auto; font-size: 12px; }
svg.ladder .band { fill: #fff; }
svg.ladder .band.odd { fill: #f6f8fa; }
svg.ladder .axis { fill: #57606a; font-weight: 600; }
svg.ladder .node { cursor: pointer; }
svg.ladder .node rect { fill: #ddf4ff; stroke: #0969da; stroke-width: 1.2; }
svg.ladder .node:hover rect, svg.ladder .node:focus rect { fill: #b6e3ff; }
svg.ladder .node text { fill: #1f2328; }
svg.ladder .node.search-miss { opacity: .2; }
svg.ladder .edge { fill: none; stroke-width: 1.5; }
svg.ladder .edge.reports { stroke: #57606a; }
svg.ladder .edge.career { stroke: #1a7f37; stroke-dasharray: 5 4; }
svg.ladder .edge.dotted { stroke: #8250df; stroke-dasharray: 1.5 3.5; }
svg.ladder .arrowhead { fill: #57606a; }
svg.ladder .arrowhead-career { fill: #1a7f37; }
.legend { display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; margin: .5rem 0; padding: 0; list-style: none; }
.line-reports, .line-career { display: inline-block; width: 2rem; vertical-align: middle; border-top: 2px solid #57606a; }
.line-career { border-top: 2px dashed #1a7f37; }
.line-dotted { display: inline-block; width: 2rem; vertical-align: middle; border-top: 2px dotted #8250df; }
.pickers { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: center; margin-bottom: .75rem; }
.pickers label { display: flex; gap: .4rem; align-items: center; }
.overall { font-weight: 600; }
.compare-table { width: 100%; table-layout: fixed; }
.compare-table th:first-child { width: 16rem; }
.compare-table .item, .compare-table .detail, .compare-table .effect { display: block; white-space: pre-line; }
.compare-table .detail { color: #57606a; font-size: .9em; }
.compare-table .effect { margin-top: .2rem; font-weight: 600; }
.sym { display: inline-block; min-width: 1.2em; font-weight: 700; text-align: center; }
.sym.badge { padding: 0 .2rem; border: 1px solid #8c959f; border-radius: 4px; line-height: 1.3; }
${(Object.keys(MARK_COLOURS) as CellMark[]).map((m) => `.${MARK_CLASSES[m]} { background: ${MARK_COLOURS[m]}; }`).join('\n')}
.sim-matrix th.col { writing-mode: vertical-rl; white-space: nowrap; font-weight: 600; }
/* Chinese titles stand upright, one character under the other: vertical-rl needs vertical font metrics, which some CJK fonts lack. */
html[data-lang="zh"] .sim-matrix th.col { writing-mode: horizontal-tb; white-space: normal; vertical-align: bottom; text-align: center; line-height: 1.2; }
html[data-lang="zh"] .sim-matrix th.col > .t-zh { display: inline-block; width: 1em; overflow-wrap: anywhere; }
.sim-matrix td { min-width: 3.2rem; padding: 0; text-align: right; }
.sim-matrix td > button { display: block; width: 100%; padding: .3rem .55rem; border: 0; border-radius: 0; background: transparent; color: inherit; font: inherit; text-align: right; }
.sim-matrix td > button:hover { background: rgba(0, 0, 0, .08); }
.sim-matrix td > button:focus-visible { outline: 3px solid #0969da; outline-offset: -3px; }
.sim-matrix td.self { padding: .3rem .55rem; color: #8c959f; }
.sim-matrix tr.search-miss, .sim-matrix .col-miss { display: none; }
.raci td.letter { text-align: center; font-weight: 700; min-width: 3rem; }
${(Object.keys(LETTER_COLOURS) as (keyof typeof LETTER_COLOURS)[]).map((l) => `.raci td.l-${l} { background: ${LETTER_COLOURS[l]}; color: ${l === 'A' || l === 'R' ? '#fff' : '#1f2328'}; }`).join('\n')}
.raci td.finding, .raci th.finding { box-shadow: inset 0 0 0 3px #cf222e; }
.raci td.finding.warning, .raci th.finding.warning { box-shadow: inset 0 0 0 3px #bf8700; }
.raci sup { margin-left: .15rem; font-weight: 400; }
ol.findings li { margin: .2rem 0; }
ol.findings .sev-error { color: #cf222e; font-weight: 600; }
ol.findings .sev-warning { color: #9a6700; font-weight: 600; }
ol.findings code { font-size: .85em; }
.pair-omitted { border-left: 4px solid #bf8700; padding: .2em .8em; background: #fff8e5; color: #24292f; }
.pair-omitted pre.command { background: #f6f8fa; padding: .5em .7em; overflow-x: auto; white-space: pre-wrap; word-break: break-all; }
footer { padding: 1rem 1.5rem; color: #57606a; border-top: 1px solid #d0d7de; font-size: .85rem; }
@page { size: A4 landscape; margin: 12mm; }
@media print {
  header.top .tools, nav.toc, .pickers, .hint { display: none !important; }
  main { padding: 0; }
  header.top, footer { padding-left: 0; padding-right: 0; }
  /* Nothing scrolls on paper: wide tables shrink to the page instead. */
  .scroll { overflow: visible; }
  svg.ladder { width: 100%; max-width: 100%; height: auto; }
  .sim-matrix { font-size: 7pt; line-height: 1.25; }
  .sim-matrix th, .sim-matrix td.self, .sim-matrix td > button { padding: .1rem .2rem; }
  .sim-matrix td { min-width: 0; }
  .raci { font-size: 8pt; }
  .raci td.letter { min-width: 0; }
  header.top { position: static; background: #fff; border: 0; }
  body { font-size: 10pt; color: #000; background: #fff; }
  a { color: #000; }
  section { break-before: page; page-break-before: always; margin: 0; }
  section:first-of-type { break-before: auto; page-break-before: auto; }
  tr, .node { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  .chip.search-miss { display: inline-block; }
  .sim-matrix tr.search-miss { display: table-row; }
  .sim-matrix .col-miss { display: table-cell; }
  svg.ladder .node.search-miss { opacity: 1; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
