import type { Lang } from '../model/text.js';

/** The kinds of section a job description is read into. */
/**
 * What a section of a JD holds. `about`: the company, the place, the hours, how to apply — neither the work nor a
 * requirement of it. `other`: a heading the reader does not know.
 */
export type JdSectionKind = 'summary' | 'duties' | 'requirements' | 'kpis' | 'benefits' | 'about' | 'other';

/** A place in the JD's text: 1-based line and column of the first character. */
export interface JdPosition {
  line: number;
  column: number;
}

/** One line item of a JD (a bullet, a numbered point, or a sentence of a paragraph), with where it starts. */
export interface JdItem extends JdPosition {
  /** The item's text without its bullet or number, trimmed. */
  text: string;
  /** 0-based offset of `text` in the whole document, for rules that report a span inside the item. */
  offset: number;
}

export interface JdSection extends JdPosition {
  kind: JdSectionKind;
  /** The heading as written (empty for text before the first heading). */
  heading: string;
  items: JdItem[];
}

/** A job description read into sections and items; nothing is lost: `text` is the whole input. */
export interface JobDescription {
  file: string;
  /** The full text as given (after BOM removal), for rules that scan everything. */
  text: string;
  /** The title, when the JD states one (a first heading, or `title:` in structured JDs). */
  title?: string;
  /** Languages found in the text. */
  langs: Lang[];
  sections: JdSection[];
  /** Rule codes switched off by inline comments, per line (0 = the whole file). */
  disabled: Map<number, Set<string> | 'all'>;
}
