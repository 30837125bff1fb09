// The line scanner the text and structured readers share: character classes, list markers, and the item reader that
// turns lines into items (list items whole, paragraphs split into sentences).

/** Text with a letter or digit: an item must have one. */
export const CONTENT = /[\p{L}\p{N}]/u;
/** A line holding only a `# rolematrix-…` or `// rolematrix-…` directive. */
export const DIRECTIVE_LINE = /^(?:#|\/\/)[ \t]*rolematrix-/;

// ---------------------------------------------------------------------------------------------------------------------
// Characters

/**
 * Whitespace, including the ideographic space, NBSP and a BOM: what `String.prototype.trim` removes, so an item read
 * here is trimmed as JavaScript trims (the Unicode spaces and the line and paragraph separators U+2028, U+2029 too).
 */
export function isWs(c: number): boolean {
  return (
    c === 0x20 ||
    c === 0x09 ||
    c === 0x0d ||
    c === 0x0a ||
    c === 0x0b ||
    c === 0x0c ||
    c === 0xa0 ||
    c === 0x3000 ||
    c === 0xfeff ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x1680
  );
}
function isDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
}
function isLowerLatin(c: number): boolean {
  return c >= 0x61 && c <= 0x7a;
}
function isHanCode(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
}
/** Chinese numerals that number list items and headings (`一、`, `（三）`). */
export const CN_NUMERALS = '一二三四五六七八九十';
/** Bullets that need no space after them. `-`, `*`, `+` and dashes need one. */
const BULLETS = new Set('•·●○◦▪▫■□◆◇►▸▹‣⁃∙・✓✔☐☑★☆➢➤→'.split('').map((c) => c.charCodeAt(0)));
const SPACED_BULLETS = new Set([0x2d, 0x2a, 0x2b, 0x2013, 0x2014]); // - * + – —
/** Closing quotes and brackets that stay with the sentence they end. */
const CLOSERS = new Set('"\'”’)）」』】》'.split('').map((c) => c.charCodeAt(0)));

/** The first index from `i` that is not whitespace (or `end`). */
export function skipWs(s: string, i: number, end: number): number {
  while (i < end && isWs(s.charCodeAt(i))) i++;
  return i;
}
/** The end of `[start, end)` without its trailing whitespace. */
export function trimEnd(s: string, start: number, end: number): number {
  while (end > start && isWs(s.charCodeAt(end - 1))) end--;
  return end;
}

/**
 * If a list marker starts at `i` (`-`, `•`, `1.`, `1)`, `1、`, `（1）`, `①`, `一、` …), the index of the text after
 * it and its spaces; otherwise -1. Markers followed by nothing return `end`.
 */
export function markerEnd(s: string, i: number, end: number): number {
  if (i >= end) return -1;
  const c = s.charCodeAt(i);
  let j = -1;
  if (SPACED_BULLETS.has(c)) {
    if (i + 1 === end || isWs(s.charCodeAt(i + 1))) j = i + 1;
  } else if (BULLETS.has(c)) {
    j = i + 1;
  } else if ((c >= 0x2460 && c <= 0x2473) || (c >= 0x2474 && c <= 0x249b) || (c >= 0x3251 && c <= 0x325f)) {
    j = i + 1; // ① … ⑳, ⑴ … ⒇, ⒈ … ⒛, ㉑ …
  } else if (isDigit(c)) {
    let k = i + 1;
    while (k < end && k < i + 3 && isDigit(s.charCodeAt(k))) k++;
    const d = s.charCodeAt(k);
    const next = k + 1 < end ? s.charCodeAt(k + 1) : -1;
    if (d === 0x3001 || d === 0xff09 || d === 0x29)
      j = k + 1; // 、 ） )
    else if ((d === 0x2e || d === 0xff0e) && !isDigit(next)) j = k + 1; // "1." but not "1.5"
  } else if (c === 0x28 || c === 0xff08) {
    // (1) （1） （一）
    let k = i + 1;
    while (k < end && k < i + 4 && (isDigit(s.charCodeAt(k)) || CN_NUMERALS.includes(s.charAt(k)))) k++;
    const d = s.charCodeAt(k);
    if (k > i + 1 && (d === 0x29 || d === 0xff09)) j = k + 1;
  } else if (CN_NUMERALS.includes(s.charAt(i))) {
    let k = i + 1;
    while (k < end && k < i + 3 && CN_NUMERALS.includes(s.charAt(k))) k++;
    const d = s.charCodeAt(k);
    if (d === 0x3001 || d === 0xff0e || d === 0x2e) j = k + 1; // 一、 一． 一.
  }
  if (j < 0) return -1;
  return skipWs(s, j, end);
}

// ---------------------------------------------------------------------------------------------------------------------
// Items: list items whole, paragraphs split into sentences

/** A list marker numbered 1: `1.`, `1、`, `1)`, `（1）`. */
const FIRST_NUMBER = /^\s*[（(]?1[.、)）]/u;
/**
 * A number after a space, then its marker and the next item's first character, a capital or a Chinese character:
 * where a run-on list goes on ("3 calls 2. at most" is no marker).
 */
const RUN_ON = /(?<=\s)(\d{1,2})[.、)）]\s*(?=[\p{Lu}\p{Script=Han}])/gu;

/**
 * In `[from, to)` of an item numbered 1, where the numbers 2, 3, … start on the same line, in order: each with the
 * index of its number (`at`) and of its content. Numbers out of order ("3 calls 2. times") are no markers.
 */
function runOn(s: string, from: number, to: number): { at: number; content: number }[] {
  const out: { at: number; content: number }[] = [];
  let want = 2;
  RUN_ON.lastIndex = 0;
  const text = s.slice(from, to);
  for (let m = RUN_ON.exec(text); m !== null; m = RUN_ON.exec(text)) {
    if (Number(m[1]) !== want) continue;
    out.push({ at: from + m.index, content: from + m.index + m[0].length });
    want++;
  }
  return out;
}

interface Segment {
  start: number;
  end: number;
}
/** Receives an item as `[start, end)` in the text being read; the reader locates it by its offset. */
export type Emit = (start: number, end: number) => void;

/**
 * Turns content lines into items: a list item (with its indented continuation lines) is one item; a paragraph is split
 * into sentences.
 */
export class ItemReader {
  private para: Segment[] = [];
  private item: (Segment & { indent: number; first: boolean }) | undefined;
  constructor(
    private readonly s: string,
    private readonly emit: Emit,
  ) {}

  /** A non-blank line whose content is `[start, end)`, its first character `indent` code units into the line. */
  line(start: number, end: number, indent: number): void {
    const m = markerEnd(this.s, start, end);
    if (m >= 0) {
      this.flush();
      // an item numbered 1 may run on with 2, 3, … on the same line (`1. Answer calls 2. Resolve complaints`)
      if (m < end) this.item = { start: m, end, indent, first: FIRST_NUMBER.test(this.s.slice(start, m)) };
      return;
    }
    if (this.item !== undefined && indent > this.item.indent) {
      this.item.end = end;
      return;
    }
    this.flushItem();
    this.para.push({ start, end });
  }

  /** Ends the open list item and paragraph (a blank line, a heading, a comment). */
  flush(): void {
    this.flushItem();
    this.flushParagraph();
  }

  /**
   * A list item is one item, except `1、…；2、…` where each number after a sentence end starts the next, and an item
   * numbered 1 that runs on with the next numbers on its line (`1. Answer calls 2. Resolve complaints 3. …`).
   */
  private flushItem(): void {
    const item = this.item;
    if (item === undefined) return;
    this.item = undefined;
    const { s } = this;
    if (item.first) {
      const runs = runOn(s, item.start, item.end);
      if (runs.length > 0) {
        let from = item.start;
        for (const r of runs) {
          this.out(from, r.at);
          from = r.content;
        }
        this.item = { start: from, end: item.end, indent: item.indent, first: false };
        this.flushItem();
        return;
      }
    }
    let cur = item.start;
    for (let p = cur; p < item.end; p++) {
      const q = sentenceEnd(s, p, item.end);
      if (q === 0) continue;
      const r = skipWs(s, q, item.end);
      const d = s.charCodeAt(r);
      const m = r < item.end && !SPACED_BULLETS.has(d) && !BULLETS.has(d) ? markerEnd(s, r, item.end) : -1;
      if (m < 0) continue;
      this.out(cur, q);
      cur = m;
      p = m - 1;
    }
    this.out(cur, item.end);
  }

  private out(start: number, end: number): void {
    const e = trimEnd(this.s, start, end);
    if (e > start && CONTENT.test(this.s.slice(start, e))) this.emit(start, e);
  }

  private flushParagraph(): void {
    const { s, para } = this;
    let cur = -1;
    for (let k = 0; k < para.length; k++) {
      const seg = para[k] as Segment;
      const { end } = seg;
      for (let p = seg.start; p < end; p++) {
        const c = s.charCodeAt(p);
        if (cur < 0) {
          if (isWs(c)) continue;
          const m = markerEnd(s, p, end); // "1、…；2、…" written as one paragraph
          if (m >= 0 && m >= end) break;
          cur = m >= 0 ? m : p;
          p = cur;
        }
        const q = sentenceEnd(s, p, end);
        if (q > 0) {
          this.out(cur, q);
          cur = -1;
          p = q - 1;
        }
      }
      if (cur >= 0) {
        const next = para[k + 1];
        if (next === undefined || !continues(s, end, next.start)) {
          this.out(cur, end);
          cur = -1;
        }
      }
    }
    this.para = [];
  }
}

/** If a sentence ends with the character at `p`, the index after it (and any closing quotes); otherwise 0. */
export function sentenceEnd(s: string, p: number, end: number): number {
  const c = s.charCodeAt(p);
  // called for every character: plain comparisons, no Set lookups
  const chinese = c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff1b; // 。！？；
  if (!chinese && c !== 0x2e && c !== 0x21 && c !== 0x3f && c !== 0x3b) return 0; // . ! ? ;
  let q = p + 1;
  while (q < end && CLOSERS.has(s.charCodeAt(q))) q++;
  if (chinese || q >= end) return q;
  const n = s.charCodeAt(q);
  if (c !== 0x2e) return isWs(n) || isHanCode(n) ? q : 0;
  if (!isWs(n)) return 0;
  // "e.g. this", "3 yrs. of": a period followed by a lower-case word or a number does not end the sentence
  const after = s.charCodeAt(skipWs(s, q, end));
  if (isLowerLatin(after) || isDigit(after)) return 0;
  if (p >= 2 && s.charCodeAt(p - 2) === 0x2e) return 0; // "i.e." "U.S."
  return q;
}

/**
 * A paragraph's line runs on into the next (a hard-wrapped sentence): it ends with a comma or the next starts lower
 * case.
 */
export function continues(s: string, prevEnd: number, nextStart: number): boolean {
  const last = s.charCodeAt(prevEnd - 1);
  if (last === 0x2c || last === 0xff0c || last === 0x3001) return true; // , ， 、
  return isLowerLatin(s.charCodeAt(nextStart)) && !isHanCode(last);
}
