import { REGION } from '../messages.js';
import type { JdRule } from '../rule.js';
import { asRequirement, phraseScanner, traitOfCandidate, type PhraseMatch } from '../scan.js';

/** "Born in a garage in 2010, our company…" tells the company's story, not the candidate's. */
const aboutCandidate = (m: PhraseMatch) =>
  asRequirement(m) && !/\b(?:we|our|us|company|founded|business|brand|story)\b/i.test(m.sentence);

/**
 * locals only, local candidates only, must be from Texas, candidates from Ohio preferred, born and raised in,
 * a native of, no out-of-state applicants, place of birth.
 *
 * Severity: error throughout: each form makes origin a condition of hiring. A work location or a requirement to
 * live within commuting distance ("must be able to work on site in Leeds") is not origin and is not flagged.
 */
export const enRegion: JdRule = {
  code: 'JD_REGION',
  locale: 'en',
  severity: 'error',
  ...REGION,
  check: phraseScanner(
    [
      {
        re: /\blocals?\s+only\b|\bonly\s+locals?\b|\b(?:only\s+)?local\s+(?:candidates?|applicants?|residents?|people|talent)\s+only\b|\bonly\s+local\s+(?:candidates?|applicants?|residents?|people)\b/i,
      },
      {
        re: /\bmust\s+be\s+(?:originally\s+)?from\b(?!\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:background|field|industry|discipline|sector|domain|program(?:me)?|school|university|college|team)s?\b)/i,
      },
      {
        re: /\b(?:candidates?|applicants?|people)\s+(?:originally\s+)?from\s+(?:[\w-]+\s+){1,3}?(?:only|preferred)\b/i,
        keep: (m) => !/background|field|industry|sector|discipline/i.test(m.text),
      },
      { re: /\bborn\s+(?:and\s+(?:raised|bred)\s+)?in\b|\b(?:an?\s+)?native\s+of\b/i, keep: aboutCandidate },
      {
        re: /\bno\s+out[- ]of[- ](?:state|town|area|country)\b|\bout[- ]of[- ](?:state|town|area)\s+(?:applicants?|candidates?)\s+(?:will\s+not|won['’]?t|need\s+not|not)\b/i,
      },
      {
        re: /\b(?:hometown|home\s+town|place\s+of\s+birth|birthplace|country\s+of\s+origin)\b/i,
        keep: traitOfCandidate,
      },
    ],
    // every phrase holds one of these words: only lines with one are read
    { words: ['local*', 'from', 'born', 'native', 'out', 'hometown', 'home', 'birth', 'birthplace', 'origin'] },
  ),
  examples: {
    bad: [
      '- Locals only',
      '- Must be from Texas',
      '- Candidates from Ohio preferred',
      '- Applicants must be born and raised in Manchester.',
      '- No out-of-state applicants',
    ],
    good: [
      '- Must be able to work on site in Leeds three days a week',
      '- Candidates must be from a finance or accounting background',
      '- Born in a garage in 2010, our company now serves 40 countries.',
      '- Relocation support for out-of-state candidates',
    ],
  },
};
