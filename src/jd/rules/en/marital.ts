import { MARITAL } from '../messages.js';
import type { JdRule } from '../rule.js';
import { phraseScanner, traitOfCandidate } from '../scan.js';

/**
 * married candidates preferred, must be single, no children, no family commitments, marital status,
 * not planning a family, childless.
 *
 * Severity: error throughout: each form makes family life a condition of hiring. Equal-opportunity statements that
 * list "marital status" among the traits that do not count, and HR record-keeping ("report marital status changes
 * to payroll"), are not flagged.
 */
export const enMarital: JdRule = {
  code: 'JD_MARITAL',
  locale: 'en',
  severity: 'error',
  ...MARITAL,
  check: phraseScanner(
    [
      { re: /\b(?:marital|family|civil)\s+status\b/i, keep: traitOfCandidate },
      // an expatriate post "open to unaccompanied candidates only": no spouse or children may come
      {
        re: /\bunaccompanied\s+(?:candidates?|applicants?|status|basis|posting|position)(?:\s+only)?\b|\bunaccompanied\s+only\b/i,
      },
      {
        re: /\b(?:married|unmarried|divorced)\s+(?:candidates?|applicants?|persons?|people|individuals?|m[ae]n|wom[ae]n|males?|females?)(?:\s+(?:only|preferred))?\b/i,
      },
      {
        re: /\b(?:single|married|unmarried)\s+(?:candidates?|applicants?)(?:\s+(?:only|preferred))?\b|\bmust\s+be\s+(?:single|married|unmarried)\b|\b(?:single|married|unmarried)\s+(?:only|preferred)\b/i,
      },
      {
        re: /\b(?:no|without)\s+(?:young\s+)?(?:children|kids|dependants|dependents|family\s+(?:commitments|obligations|responsibilities|ties))\b|\bfree\s+(?:of|from)\s+family\s+(?:commitments|obligations|responsibilities|ties)\b|\bchildless\b/i,
      },
      {
        re: /\b(?:no|not)\s+(?:plans?\s+(?:to|for)\s+|planning\s+(?:to\s+|on\s+)?)(?:start(?:ing)?\s+a\s+family|hav(?:e|ing)\s+(?:children|kids|a\s+baby)|(?:become|get|becoming|getting)\s+pregnant|pregnancy|maternity\s+leave)\b|\b(?:not|no)\s+(?:be\s+)?(?:currently\s+)?pregnant\b/i,
      },
    ],
    // every phrase holds one of these words: only lines with one are read
    {
      words: [
        'status',
        'unaccompanied',
        'married',
        'unmarried',
        'divorced',
        'single',
        'children',
        'kids',
        'dependants',
        'dependents',
        'family',
        'childless',
        'pregnant',
        'pregnancy',
        'baby',
        'maternity',
      ],
    },
  ),
  examples: {
    bad: [
      'Client Relationship Manager – Dubai (open to unaccompanied candidates only)',
      '- Married candidates preferred',
      '- Must be single',
      '- No children',
      '- No family commitments',
      '- Marital status: single',
      '- Not planning to start a family in the next two years',
    ],
    good: [
      'We do not discriminate on the basis of marital status, family status or pregnancy.',
      '- Experience working with children',
      '- Single point of contact for key accounts',
      '- Enhanced maternity and paternity leave',
    ],
  },
};
