import { GENDER_CODED } from '../messages.js';
import type { JdRule } from '../rule.js';
import { phraseScanner, type PhraseMatch } from '../scan.js';

/** "Our benefits are very competitive": pay described after the noun. */
const notAboutPay = (m: PhraseMatch) =>
  !/\b(?:salary|salaries|pay|compensation|benefits?|package|rates?|wages?|bonus(?:es)?|commission|remuneration|pricing|prices|rewards?)\s+(?:is|are)\s+(?:very\s+|highly\s+|extremely\s+)?$/i.test(
    m.before,
  );

/** Nouns after "competitive" that describe pay or the market, not the candidate. */
const COMPETITIVE_OK =
  '(?:(?:hourly|annual|base|starting|monthly)\\s+)?(?:salary|salaries|pay|compensation|benefits?|package|rates?|wages?|bonus(?:es)?|commission|remuneration|pricing|prices|advantage|landscape|analysis|intelligence|research|positioning|edge|rewards?|pension|holidays?|leave|time\\s+off|starting|base|market|total|and\\s+(?:salary|pay|compensation))';

/**
 * ninja, rockstar, guru, dominant, aggressive, competitive, fearless, salesman, manpower; nurturing, motherly.
 *
 * Severity: warning: coded words deter one gender without excluding anyone (Gaucher, Friesen & Kay 2011).
 * "Competitive salary", "benefits are very competitive", "competitive analysis" and "lead nurturing" are not flagged.
 * Pronouns
 * ("he will") are reported by JD_GENDER.
 */
export const enGenderCoded: JdRule = {
  code: 'JD_GENDER_CODED',
  locale: 'en',
  severity: 'warning',
  ...GENDER_CODED,
  check: phraseScanner(
    [
      { re: /\bninjas?\b|\brock[- ]?stars?\b|\bsuperstars?\b|\bgurus?\b|\bjedis?\b/i },
      {
        re: /\b(?:dominant|dominate|dominating|dominance)\b|\baggressive(?:ly)?\b(?!\s+(?:timelines?|schedules?|deadlines?|growth|targets?|goals?|plans?|pricing|roadmaps?|expansion|timeframes?))|\bfearless\b|\bhead[- ]?strong\b|\bforceful\b|\bkiller\s+instinct\b|\bcrush(?:ing)?\s+(?:it\b|(?:your\s+|the\s+)?(?:quotas?|targets?|goals?|numbers)\b)/i,
      },
      { re: new RegExp(`\\bcompetitive\\b(?!\\s+${COMPETITIVE_OK}\\b)`, 'i'), keep: notAboutPay },
      {
        re: /\bsales(?:man|men|wom[ae]n)\b|\bhostess(?:es)?\b|\bforem[ae]n\b|\bwaitress(?:es)?\b|\bstewardess(?:es)?\b|\bmanpower\b|\bman[- ]hours?\b/i,
      },
      {
        re: /\bnurturing(?<!\blead\snurturing)\b(?!\s+(?:leads?|campaigns?|sequences?|emails?|programs?|programmes?|flows?|streams?|tracks?))|\b(?:motherly|fatherly|brotherly|sisterly)\b/i,
      },
    ],
    // every phrase holds one of these words: only lines with one are read
    {
      words: [
        'ninja*',
        'rock',
        'rockstar*',
        'superstar*',
        'guru*',
        'jedi*',
        'domina*',
        'aggressive*',
        'fearless',
        'head',
        'headstrong',
        'forceful',
        'killer',
        'crush*',
        'competitive',
        'salesman',
        'salesmen',
        'saleswoman',
        'saleswomen',
        'hostess*',
        'foreman',
        'foremen',
        'waitress*',
        'stewardess*',
        'manpower',
        'man',
        'nurturing',
        'motherly',
        'fatherly',
        'brotherly',
        'sisterly',
      ],
    },
  ),
  examples: {
    bad: [
      '- A coding ninja',
      '- Rockstar developer',
      '- Aggressive and dominant negotiator',
      '- Highly competitive',
      '- Nurturing personality',
      '- Experienced salesman',
      'Saleswoman wanted for our counter',
      'Hostess (evening shifts)',
    ],
    good: [
      '- Competitive salary and benefits',
      '- Run competitive analysis for new markets',
      '- Own lead nurturing campaigns',
      '- Ambitious quarterly targets',
      'We offer competitive hourly pay and benefits.',
      'Deliver against the plan, often on an aggressive timeline.',
    ],
  },
};
