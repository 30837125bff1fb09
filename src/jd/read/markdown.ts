import type { JdItem, JdSection, JobDescription } from '../types.js';
import { positionsOfJd } from '../position.js';
import { markdownHeading, readHeading, titleLine, unwrap, type HeadingHit } from './headings.js';
import {
  CONTENT,
  continues,
  DIRECTIVE_LINE,
  ItemReader,
  markerEnd,
  sentenceEnd,
  skipWs,
  trimEnd,
  type Emit,
} from './scanner.js';

// The text reader: Markdown or plain text, in Chinese, English or both.

const FENCE_OR_RULE = /^(?:`{3,}|~{3,}|[-*_=—─ \t]{3,}|[|:\- \t]{3,})$/;
const SETEXT = /^(?:=+|-{2,})[ \t]*$/;

/** Reads a text JD (Markdown or plain text) into `jd`: its title, sections and items. */
export function readText(s: string, jd: JobDescription): void {
  let section: JdSection | undefined;
  let lineNo = 0;
  let seenContent = false; // any line before the current one that was read as content or heading
  /** Inside a `<!-- … -->` over several lines: the offset of its `-->`, or -1 when it never closes. */
  let commentEnd: number | undefined;
  let nextHtml = s.indexOf('<!--');
  let nextDirective = s.indexOf('rolematrix-');

  const positions = positionsOfJd(jd);
  /** Each line's content, without its line break and a "\r" before it. */
  const lines = positions.lineStarts.map((start, i, starts) => {
    const next = starts[i + 1];
    const end = next === undefined ? s.length : next - 1;
    return { start, end: end > start && s.charCodeAt(end - 1) === 0x0d ? end - 1 : end };
  });

  const emit: Emit = (start, end) => {
    const item: JdItem = { text: s.slice(start, end), ...positions(start), offset: start };
    if (section === undefined) {
      section = { kind: 'summary', heading: '', line: item.line, column: item.column, items: [] };
      jd.sections.push(section);
    }
    section.items.push(item);
  };
  const reader = new ItemReader(s, emit);

  for (lineNo = 0; lineNo < lines.length; lineNo++) {
    const { start: ls, end: le } = lines[lineNo] as { start: number; end: number };
    if (commentEnd !== undefined) {
      if (commentEnd >= 0 && commentEnd < le) commentEnd = undefined;
      continue;
    }
    const cs = skipWs(s, ls, le);
    if (cs >= le) {
      reader.flush();
      continue;
    }
    if (s.startsWith('<!--', cs)) {
      const close = s.indexOf('-->', cs + 4);
      reader.flush();
      if (close < 0 || close >= le) commentEnd = close;
      else if (trimEnd(s, close + 3, le) > close + 3) {
        // text after an inline comment at the start of a line is unusual; keep it as content
        readLine(skipWs(s, close + 3, le));
      }
      continue;
    }
    if (DIRECTIVE_LINE.test(s.slice(cs, Math.min(le, cs + 40)))) {
      reader.flush();
      continue;
    }
    readLine(cs);
  }
  reader.flush();

  /** One line from its first non-space character `cs`. */
  function readLine(cs: number): void {
    const { start: ls, end: rawLe } = lines[lineNo] as { start: number; end: number };
    // a trailing `<!-- … -->` or `# rolematrix-disable-line` comment is not part of the content
    let le = rawLe;
    if (nextHtml >= 0 && nextHtml < cs) nextHtml = s.indexOf('<!--', cs);
    if (nextHtml >= 0 && nextHtml < le) {
      le = nextHtml;
      const close = s.indexOf('-->', nextHtml + 4);
      if (close < 0 || close >= rawLe) commentEnd = close; // the comment goes on over the next lines
    }
    if (nextDirective >= 0 && nextDirective < cs) nextDirective = s.indexOf('rolematrix-', cs);
    if (nextDirective >= 0 && nextDirective < le) {
      const k = trimEnd(s, cs, nextDirective);
      if (k > cs && s.charCodeAt(k - 1) === 0x23) le = k - 1;
      else if (k > cs + 1 && s.charCodeAt(k - 1) === 0x2f && s.charCodeAt(k - 2) === 0x2f) le = k - 2;
    }
    const ce = trimEnd(s, cs, le);
    if (ce <= cs) return;
    const trimmed = s.slice(cs, ce);

    // setext heading: a line underlined with === or ---
    const under = lines[lineNo + 1];
    let heading: HeadingHit | undefined;
    if (
      under !== undefined &&
      !inParagraph() &&
      markerEnd(s, cs, ce) < 0 &&
      SETEXT.test(s.slice(skipWs(s, under.start, under.end), under.end))
    ) {
      const u = unwrap(s, cs, ce);
      heading = markdownHeading(s, u.start, u.end, s.charCodeAt(skipWs(s, under.start, under.end)) === 0x3d);
      lineNo++;
    } else if (FENCE_OR_RULE.test(trimmed)) {
      reader.flush();
      return;
    } else {
      heading = readHeading(s, cs, ce);
    }

    if (heading !== undefined) {
      reader.flush();
      const name = s.slice(heading.start, heading.end);
      // the first `#` heading names the job, unless it names a section: `# Responsibilities`, `## Key responsibilities`
      const first = section === undefined && jd.title === undefined && !seenContent;
      if (first && heading.markdown && heading.exact !== true && (heading.kind === undefined || heading.top === true)) {
        jd.title = name;
      } else if (heading.end > heading.start || heading.rest !== undefined) {
        section = { kind: heading.kind ?? 'other', heading: name, ...positions(heading.start), items: [] };
        jd.sections.push(section);
        if (heading.rest !== undefined) {
          reader.line(lineNo, heading.rest.start, heading.rest.end, heading.rest.start - ls);
          reader.flush();
        }
      }
      seenContent = true;
      return;
    }

    if (section === undefined && jd.title === undefined) {
      const t = titleLine(s, cs, ce);
      if (t >= 0) {
        reader.flush();
        jd.title = s.slice(t, ce);
        seenContent = true;
        return;
      }
      if (!seenContent && looksLikeTitle(s, cs, ce, lines[lineNo + 1])) {
        jd.title = trimmed;
        seenContent = true;
        return;
      }
    }
    seenContent = true;
    reader.line(lineNo, cs, ce, cs - ls);
  }

  function inParagraph(): boolean {
    const prev = lines[lineNo - 1];
    return prev !== undefined && skipWs(s, prev.start, prev.end) < prev.end;
  }
}

/**
 * The first line of a text is its title when short, not a list item, not a sentence, and not run on by the next line.
 */
function looksLikeTitle(s: string, cs: number, ce: number, next: { start: number; end: number } | undefined): boolean {
  if (ce - cs > 60 || markerEnd(s, cs, ce) >= 0) return false;
  const last = s.charCodeAt(ce - 1);
  if (last === 0x2c || last === 0xff0c || last === 0x3a || last === 0xff1a) return false; // , ， : ：
  for (let i = cs; i < ce; i++) if (sentenceEnd(s, i, ce) > 0) return false;
  if (!CONTENT.test(s.slice(cs, ce))) return false;
  if (next !== undefined) {
    const ns = skipWs(s, next.start, next.end);
    if (ns < next.end && continues(s, ce, ns)) return false;
  }
  return true;
}
