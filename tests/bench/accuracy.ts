import { checkJobDescription } from '../../src/jd/check.js';
import { loadCatalog } from '../../src/node/index.js';
import type { Diagnostic } from '../../src/errors.js';
import { existsSync } from 'node:fs';
import { HOLDOUT_DIR, loadCorpus, phraseSpans, type Posting, type Span } from '../jd/corpus.js';

/** The language rules that flag discrimination (not vagueness, sections or length). */
const BIAS_CODES = new Set([
  'JD_GENDER',
  'JD_AGE',
  'JD_MARITAL',
  'JD_ETHNICITY',
  'JD_REGION',
  'JD_APPEARANCE',
  'JD_HEALTH',
  'JD_GENDER_CODED',
]);

/** How far before a labelled phrase a finding may start and still be about it (a rule may take in a prefix). */
const SLACK = 6;

export interface LanguageScore {
  lang: 'zh' | 'en';
  inCatalog: number;
  rightRole: number;
  offCatalog: number;
  forced: number;
  labels: number;
  found: number;
  findings: number;
  correct: number;
  misses: string[];
  falsePositives: string[];
  wrongRoles: string[];
}

const overlaps = (d: Diagnostic, spans: readonly Span[]) =>
  spans.some((span) => d.line === span.line && d.column >= span.start - SLACK && d.column < span.end);

/** Auto-role accuracy, the off-catalog forced rate and bias precision/recall, per language. */
export function measureAccuracy(corpus: readonly Posting[] = loadCorpus()): LanguageScore[] {
  const { catalog } = loadCatalog('roles');
  return (['zh', 'en'] as const).map((lang) => {
    const s: LanguageScore = {
      lang,
      inCatalog: 0,
      rightRole: 0,
      offCatalog: 0,
      forced: 0,
      labels: 0,
      found: 0,
      findings: 0,
      correct: 0,
      misses: [],
      falsePositives: [],
      wrongRoles: [],
    };
    for (const p of corpus.filter((x) => x.lang === lang)) {
      const report = checkJobDescription(p.text, catalog, { role: 'auto', file: p.file });
      const picked = report.role ?? 'none';
      if (p.role === 'none') {
        s.offCatalog++;
        if (picked !== 'none') {
          s.forced++;
          s.wrongRoles.push(`${p.file}: none, got ${picked}`);
        }
      } else {
        s.inCatalog++;
        if ([p.role, ...(p.acceptable ?? [])].includes(picked)) s.rightRole++;
        else s.wrongRoles.push(`${p.file}: ${p.role}, got ${picked}`);
      }
      const labels = (p.bias ?? []).map((b) => ({ ...b, span: phraseSpans(p.text, b.text) }));
      const bias = report.diagnostics.filter((d) => BIAS_CODES.has(d.code) && d.severity !== 'info');
      for (const l of labels) {
        s.labels++;
        if (bias.some((d) => d.code === l.code && overlaps(d, l.span))) s.found++;
        else s.misses.push(`${p.file}: ${l.code} "${l.text}"`);
      }
      for (const d of bias) {
        s.findings++;
        if (labels.some((l) => l.code === d.code && overlaps(d, l.span))) s.correct++;
        else s.falsePositives.push(`${p.file}:${d.line}:${d.column} ${d.code} ${d.message}`);
      }
    }
    return s;
  });
}

const pct = (n: number, d: number) => (d === 0 ? 100 : (100 * n) / d);

/**
 * `npm run bench -- accuracy`: prints the scores against the targets of issue 13; false when one is missed. The
 * targets hold on the tuning corpus; the held-out corpus (written blind, never tuned on) is printed beside it, as the
 * honest measure of postings the rules have not seen.
 */
export function benchAccuracy(verbose = process.argv.includes('--verbose')): boolean {
  let ok = true;
  const sets: [string, Posting[], boolean][] = [['tuning corpus (tests/fixtures/jd-corpus)', loadCorpus(), true]];
  if (existsSync(HOLDOUT_DIR))
    sets.push([`held-out corpus (${HOLDOUT_DIR}, not tuned on; for information)`, loadCorpus(HOLDOUT_DIR), false]);
  console.log('accuracy: check-jd --role auto and the bias rules on the shipped catalog');
  for (const [name, corpus, gated] of sets) {
    console.log(`  ${name}`);
    for (const s of measureAccuracy(corpus)) {
      const role = pct(s.rightRole, s.inCatalog);
      const forced = pct(s.forced, s.offCatalog);
      const recall = pct(s.found, s.labels);
      const precision = pct(s.correct, s.findings);
      const mark = (good: boolean) => {
        if (gated) ok &&= good;
        return good ? 'OK' : 'UNDER TARGET';
      };
      console.log(
        `    ${s.lang}: ${s.inCatalog} postings in the catalog, ${s.offCatalog} off it, ${s.labels} labelled phrases`,
      );
      console.log(
        `      auto role right      ${role.toFixed(0)}% (${s.rightRole}/${s.inCatalog})   (target >= 90%) ${mark(role >= 90)}`,
      );
      console.log(
        `      off-catalog forced   ${forced.toFixed(0)}% (${s.forced}/${s.offCatalog})   (target <= 10%) ${mark(forced <= 10)}`,
      );
      console.log(
        `      bias recall          ${recall.toFixed(0)}% (${s.found}/${s.labels})   (target >= 90%) ${mark(recall >= 90)}`,
      );
      console.log(
        `      bias precision       ${precision.toFixed(0)}% (${s.correct}/${s.findings})   (target >= 95%) ${mark(precision >= 95)}`,
      );
      if (verbose) {
        for (const [what, list] of [
          ['wrong role', s.wrongRoles],
          ['missed', s.misses],
          ['false positive', s.falsePositives],
        ] as const)
          for (const x of list) console.log(`        ${what}: ${x}`);
      }
    }
  }
  return ok;
}
