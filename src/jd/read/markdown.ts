import type { JdItem, JdSection, JobDescription } from '../types.js';
import type { Positions } from '../../source/position.js';
import { positionsOfJd } from '../position.js';
import { exactKind, isColon, markdownHeading, readHeading, titleLine, unwrap, type HeadingHit } from './headings.js';
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
  new TextReader(s, jd).read();
}

interface Line {
  start: number;
  end: number;
}

/**
 * Reads a text line by line: comments and directives are skipped, a heading opens a section (or, first, names the
 * job), and content lines go to the item reader.
 */
class TextReader {
  private readonly positions: Positions;
  /** Each line's content, without its line break and a "\r" before it. */
  private readonly lines: Line[];
  private readonly items: ItemReader;
  private section: JdSection | undefined;
  private lineNo = 0;
  /** Any line before the current one was read as content or heading. */
  private seenContent = false;
  /** Inside a `<!-- … -->` over several lines: the offset of its `-->`, or -1 when it never closes. */
  private commentEnd: number | undefined;
  private nextHtml: number;
  private nextDirective: number;

  constructor(
    private readonly s: string,
    private readonly jd: JobDescription,
  ) {
    this.positions = positionsOfJd(jd);
    this.lines = this.positions.lineStarts.map((start, i, starts) => {
      const next = starts[i + 1];
      const end = next === undefined ? s.length : next - 1;
      return { start, end: end > start && s.charCodeAt(end - 1) === 0x0d ? end - 1 : end };
    });
    this.items = new ItemReader(s, this.item);
    this.nextHtml = s.indexOf('<!--');
    this.nextDirective = s.indexOf('rolematrix-');
  }

  read(): void {
    for (this.lineNo = 0; this.lineNo < this.lines.length; this.lineNo++) this.readLine(this.lines[this.lineNo]!);
    this.items.flush();
  }

  /** One line: the rest of a comment, a blank line, a comment or directive line, or content. */
  private readLine({ start: ls, end: le }: Line): void {
    const { s } = this;
    if (this.commentEnd !== undefined) {
      if (this.commentEnd >= 0 && this.commentEnd < le) this.commentEnd = undefined;
      return;
    }
    const cs = skipWs(s, ls, le);
    if (cs >= le) {
      this.items.flush();
      return;
    }
    if (s.startsWith('<!--', cs)) {
      const close = s.indexOf('-->', cs + 4);
      this.items.flush();
      if (close < 0 || close >= le) this.commentEnd = close;
      else if (trimEnd(s, close + 3, le) > close + 3) {
        // text after an inline comment at the start of a line is unusual; keep it as content
        this.readContent(skipWs(s, close + 3, le));
      }
      return;
    }
    if (DIRECTIVE_LINE.test(s.slice(cs, Math.min(le, cs + 40)))) {
      this.items.flush();
      return;
    }
    this.readContent(cs);
  }

  /** The current line from its first non-space character `cs`: a heading, the title, or items. */
  private readContent(cs: number): void {
    const { s, jd } = this;
    const { start: ls } = this.lines[this.lineNo]!;
    const ce = trimEnd(s, cs, this.contentEnd(cs));
    if (ce <= cs) return;
    const heading = this.headingAt(cs, ce);
    if (heading === 'rule') {
      this.items.flush();
      return;
    }
    if (heading !== undefined) {
      this.readHeading(heading, ls);
      return;
    }
    if (this.section === undefined && jd.title === undefined && this.readTitle(cs, ce)) return;
    this.seenContent = true;
    this.items.line(cs, ce, cs - ls);
  }

  /** Where the current line's content ends: before a trailing `<!-- … -->` or `# rolematrix-disable-line` comment. */
  private contentEnd(cs: number): number {
    const { s } = this;
    const rawLe = this.lines[this.lineNo]!.end;
    let le = rawLe;
    if (this.nextHtml >= 0 && this.nextHtml < cs) this.nextHtml = s.indexOf('<!--', cs);
    if (this.nextHtml >= 0 && this.nextHtml < le) {
      le = this.nextHtml;
      const close = s.indexOf('-->', this.nextHtml + 4);
      if (close < 0 || close >= rawLe) this.commentEnd = close; // the comment goes on over the next lines
    }
    if (this.nextDirective >= 0 && this.nextDirective < cs) this.nextDirective = s.indexOf('rolematrix-', cs);
    if (this.nextDirective >= 0 && this.nextDirective < le) {
      const k = trimEnd(s, cs, this.nextDirective);
      if (k > cs && s.charCodeAt(k - 1) === 0x23) le = k - 1;
      else if (k > cs + 1 && s.charCodeAt(k - 1) === 0x2f && s.charCodeAt(k - 2) === 0x2f) le = k - 2;
    }
    return le;
  }

  /**
   * `[cs, ce)` as a heading: a setext heading (its underline is consumed), a `#` heading or a known heading word;
   * `rule` for a fence or horizontal rule.
   */
  private headingAt(cs: number, ce: number): HeadingHit | 'rule' | undefined {
    const { s } = this;
    const under = this.lines[this.lineNo + 1];
    if (
      under !== undefined &&
      !this.inParagraph() &&
      markerEnd(s, cs, ce) < 0 &&
      SETEXT.test(s.slice(skipWs(s, under.start, under.end), under.end))
    ) {
      const u = unwrap(s, cs, ce);
      this.lineNo++;
      return markdownHeading(s, u.start, u.end, s.charCodeAt(skipWs(s, under.start, under.end)) === 0x3d);
    }
    if (FENCE_OR_RULE.test(s.slice(cs, ce))) return 'rule';
    return readHeading(s, cs, ce);
  }

  /** A heading: the job's title when it comes first and names no section, else a new section. */
  private readHeading(heading: HeadingHit, ls: number): void {
    const { s, jd } = this;
    this.items.flush();
    const name = s.slice(heading.start, heading.end);
    // the first `#` heading names the job, unless it names a section: `# Responsibilities`, `## Key responsibilities`
    const first = this.section === undefined && jd.title === undefined && !this.seenContent;
    if (first && heading.markdown && heading.exact !== true && (heading.kind === undefined || heading.top === true)) {
      jd.title = name;
    } else if (heading.end > heading.start || heading.rest !== undefined) {
      const { line, column } = this.positions(heading.start);
      this.section = { kind: heading.kind ?? 'other', heading: name, line, column, items: [] };
      jd.sections.push(this.section);
      if (heading.rest !== undefined) {
        // `岗位职责：1.…；2.…。任职要求：1.…` on one line: the next known heading after a sentence end opens its section.
        const next = inlineHeading(s, heading.rest.start, heading.rest.end);
        const end = next === undefined ? heading.rest.end : trimEnd(s, heading.rest.start, next);
        if (end > heading.rest.start) this.items.line(heading.rest.start, end, heading.rest.start - ls);
        this.items.flush();
        const h = next === undefined ? undefined : readHeading(s, next, heading.rest.end);
        if (h !== undefined && h !== heading) this.readHeading(h, ls);
      }
    }
    this.seenContent = true;
  }

  /** Before any section: a `Title: …` line, or a first line that looks like a title, names the job. */
  private readTitle(cs: number, ce: number): boolean {
    const { s, jd } = this;
    const t = titleLine(s, cs, ce);
    if (t >= 0) {
      this.items.flush();
      jd.title = s.slice(t, ce);
    } else if (!this.seenContent && looksLikeTitle(s, cs, ce, this.lines[this.lineNo + 1])) {
      jd.title = s.slice(cs, ce);
    } else return false;
    this.seenContent = true;
    return true;
  }

  /** An item found by the item reader, in the current section (an untitled summary before the first heading). */
  private readonly item: Emit = (start, end) => {
    const { line, column } = this.positions(start);
    const item: JdItem = { text: this.s.slice(start, end), line, column, offset: start };
    if (this.section === undefined) {
      this.section = { kind: 'summary', heading: '', line: item.line, column: item.column, items: [] };
      this.jd.sections.push(this.section);
    }
    this.section.items.push(item);
  };

  private inParagraph(): boolean {
    const prev = this.lines[this.lineNo - 1];
    return prev !== undefined && skipWs(this.s, prev.start, prev.end) < prev.end;
  }
}

/** The longest heading looked for inside a line ("Minimum qualifications", 任职要求): a known heading, exactly. */
const INLINE_HEADING_MAX = 40;

/** Sentence ends after which a heading may start on the same line. */
const INLINE_BREAK = new Set([0x3002, 0xff1b, 0x3b, 0xff01, 0xff1f, 0x21, 0x3f, 0x2e]); // 。 ； ; ！ ？ ! ? .

/**
 * Where a known section heading followed by a colon starts inside `[from, to)`, right after a sentence end (or after
 * the text of an item running on): `…业绩指标；4.维护客户。任职要求：1.…` gives the index of 任职要求.
 */
function inlineHeading(s: string, from: number, to: number): number | undefined {
  for (let c = from + 1; c < to; c++) {
    if (!isColon(s.charCodeAt(c))) continue;
    for (let b = c - 1; b >= from && c - b <= INLINE_HEADING_MAX; b--) {
      if (!INLINE_BREAK.has(s.charCodeAt(b))) continue;
      const hs = skipWs(s, b + 1, c);
      if (hs < c && exactKind(s.slice(hs, c).trim()) !== undefined) return hs;
      break;
    }
  }
  return undefined;
}

/**
 * The first line of a text is its title when short, not a list item, not a sentence, and not run on by the next line.
 */
function looksLikeTitle(s: string, cs: number, ce: number, next: { start: number; end: number } | undefined): boolean {
  if (ce - cs > 60 || markerEnd(s, cs, ce) >= 0) return false;
  const last = s.charCodeAt(ce - 1);
  if (last === 0x2c || last === 0xff0c || isColon(last)) return false; // , ， and any colon
  for (let i = cs; i < ce; i++) if (sentenceEnd(s, i, ce) > 0) return false;
  if (!CONTENT.test(s.slice(cs, ce))) return false;
  if (next !== undefined) {
    const ns = skipWs(s, next.start, next.end);
    if (ns < next.end && continues(s, ce, ns)) return false;
  }
  return true;
}
