import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadCatalog } from '../../src/node/load.js';
import { JD_RULE_CODES } from '../../src/jd/rules/index.js';
import { CORPUS_DIR, loadCorpus, phraseSpan } from './corpus.js';

const corpus = loadCorpus();
const { catalog } = loadCatalog('roles');

describe('the JD accuracy corpus is labelled consistently', () => {
  test('at least 120 postings, both languages, about half in and half off the catalog', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(120);
    for (const lang of ['zh', 'en'] as const) {
      const mine = corpus.filter((p) => p.lang === lang);
      const inCatalog = mine.filter((p) => p.role !== 'none').length;
      expect(inCatalog / mine.length).toBeGreaterThan(0.4);
      expect(inCatalog / mine.length).toBeLessThan(0.6);
    }
  });

  test('every file is labelled exactly once, and every label names a file', () => {
    for (const lang of ['zh', 'en']) {
      const files = readdirSync(join(CORPUS_DIR, lang)).map((f) => `${lang}/${f}`);
      const labelled = corpus.filter((p) => p.lang === lang).map((p) => p.file);
      expect(labelled.sort()).toEqual(files.sort());
    }
  });

  test('roles are shipped role ids or none; bias codes are language-rule codes; every phrase is in its posting', () => {
    for (const p of corpus) {
      for (const r of [p.role, ...(p.acceptable ?? [])])
        expect(r === 'none' || catalog.has(r), `${p.file}: ${r}`).toBe(true);
      for (const b of p.bias ?? []) {
        expect(JD_RULE_CODES, `${p.file}: ${b.code}`).toContain(b.code);
        expect(phraseSpan(p.text, b.text), `${p.file}: "${b.text}"`).toBeDefined();
      }
      for (const b of p.notBias ?? []) expect(phraseSpan(p.text, b.text), `${p.file}: "${b.text}"`).toBeDefined();
    }
  });
});
