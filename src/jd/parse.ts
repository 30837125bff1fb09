import { badArgument, type Diagnostic } from '../errors.js';
import { HAN } from '../match/tokens.js';
import type { Lang } from '../model/text.js';
import { parseDisableComments } from './disable.js';
import { classifyUnknownSections } from './read/content.js';
import { readText } from './read/markdown.js';
import { readStructured, structuredMode } from './read/structured.js';
import type { JobDescription } from './types.js';

// Positions: lines are split on "\n" only, columns are 1-based UTF-16 code units, and line 1 starts after the BOM
// removed here; src/source/position.ts counts them for every reader, as the `yaml` package's LineCounter does.

const LATIN_WORD = /\p{Script=Latin}{2}/u;

interface ParsedJobDescription {
  jd: JobDescription;
  diagnostics: Diagnostic[];
}

/**
 * Reads a job description — Markdown or plain text in Chinese, English or both, or a structured YAML/JSON mapping —
 * into a title, sections and located items; a section under a heading no list knows gets the kind its items read as. Never throws on bad content: a structured JD that cannot be read gives
 * `JD_SYNTAX` diagnostics. `file` is only copied into the result and diagnostics, and its extension decides the format
 * (`.yaml`, `.yml`, `.json` structured; `.md`, `.txt` text); otherwise the content does.
 */
export function parseJobDescription(text: string, file = '<jd>'): ParsedJobDescription {
  if (typeof text !== 'string') throw badArgument('parseJobDescription', 'text', 'a string', text);
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const diagnostics: Diagnostic[] = [];
  const jd: JobDescription = { file, text: source, langs: [], sections: [], disabled: parseDisableComments(source) };
  const mode = structuredMode(source, file);
  let done = false;
  if (mode !== undefined) done = readStructured(source, file, mode, jd, diagnostics);
  if (!done) readText(source, jd);
  classifyUnknownSections(jd.sections);
  jd.langs = languages(jd, !done);
  return { jd, diagnostics };
}

/** The languages a JD is written in: Chinese when it has Han characters, English when it has Latin words. */
function languages(jd: JobDescription, withHeadings: boolean): Lang[] {
  let zh = false;
  let en = false;
  const see = (t: string) => {
    if (!zh && HAN.test(t)) zh = true;
    if (!en && LATIN_WORD.test(t)) en = true;
  };
  if (jd.title !== undefined) see(jd.title);
  for (const section of jd.sections) {
    if (withHeadings) see(section.heading);
    for (const item of section.items) {
      if (zh && en) break;
      see(item.text);
    }
  }
  const out: Lang[] = [];
  if (zh) out.push('zh');
  if (en) out.push('en');
  return out;
}
