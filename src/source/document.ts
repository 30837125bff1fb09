import type { Document, LineCounter } from 'yaml';
import type { Places } from './places.js';

/** A file's path (as it should appear in diagnostics) and its text. */
export interface SourceFile {
  path: string;
  text: string;
}

/** One parsed YAML document and what is needed to point into it. */
export interface SourceDocument {
  file: string;
  /** 0-based index of the document in a multi-document file. */
  index: number;
  doc: Document.Parsed;
  lineCounter: LineCounter;
  /** The plain JS value, or undefined when the document could not be converted. */
  value: unknown;
  /** Where its paths start, when it was parsed elsewhere: `locate` reads these rather than make `doc` again. */
  places?: Places;
  /** The whole file's text, when the document was parsed elsewhere (its `doc` is made from it when first asked). */
  text?: string;
}
