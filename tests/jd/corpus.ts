// The JD accuracy corpus (tests/fixtures/jd-corpus): postings written for the benchmark, each labelled by hand with
// the role a careful HR reader would file it under and every discriminatory phrase in it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export const CORPUS_DIR = 'tests/fixtures/jd-corpus';
/** Postings written blind (without seeing the catalog or the rules) and never tuned on. */
export const HOLDOUT_DIR = 'tests/fixtures/jd-corpus-holdout';

export interface PhraseLabel {
  code?: string;
  text: string;
}

export interface Posting {
  file: string;
  lang: 'zh' | 'en';
  /** A shipped role id, or `none` when the posting is off the catalog. */
  role: string;
  acceptable?: string[];
  bias?: PhraseLabel[];
  notBias?: PhraseLabel[];
  text: string;
}

/** Every labelled posting, zh first, with its text. */
export function loadCorpus(dir = CORPUS_DIR): Posting[] {
  return (['zh', 'en'] as const).flatMap((lang) => {
    const labels = parse(readFileSync(join(dir, `labels.${lang}.yaml`), 'utf8')) as Omit<Posting, 'text'>[];
    return labels.map((l) => ({ ...l, text: readFileSync(join(dir, l.file), 'utf8') }));
  });
}

export interface Span {
  line: number;
  start: number;
  end: number;
}

/** Where a phrase stands in a text: its 1-based line and its columns [start, end) on that line, in code points. */
export function phraseSpan(text: string, phrase: string): Span | undefined {
  return phraseSpans(text, phrase)[0];
}

/** Every place a phrase stands in a text (a label names a phrase once, however often the posting repeats it). */
export function phraseSpans(text: string, phrase: string): Span[] {
  const out: Span[] = [];
  for (let at = text.indexOf(phrase); at >= 0 && phrase !== ''; at = text.indexOf(phrase, at + phrase.length)) {
    const before = text.slice(0, at);
    const line = before.split('\n').length;
    const lineStart = before.lastIndexOf('\n') + 1;
    const start = [...text.slice(lineStart, at)].length + 1;
    out.push({ line, start, end: start + [...phrase].length });
  }
  return out;
}
