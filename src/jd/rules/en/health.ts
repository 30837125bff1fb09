import { HEALTH } from '../messages.js';
import type { JdRule } from '../rule.js';
import { asRequirement, phraseScanner, type PhraseMatch } from '../scan.js';

/** Health the employer supports (benefits, wellbeing programmes) is no requirement. */
const aRequirement = (m: PhraseMatch) =>
  asRequirement(m) &&
  !/\b(?:support|promot|benefit|insurance|wellbeing|well-being|programme|program|plan|cover)\w*/i.test(m.sentence);

/**
 * no disabilities, free from illness, able-bodied, must not have a medical condition, HIV-negative;
 * good health, physically fit, perfect vision.
 *
 * Severity: error for disability, illness and medical history; warning for a blanket "good health", "physically fit"
 * and vision or hearing standards, which can be job-related: the fix is to name the task ("lift 20 kg").
 * "With or without disabilities" (accommodation statements), "the good health of our services" and "health and
 * safety" are not flagged.
 */
export const enHealth: JdRule = {
  code: 'JD_HEALTH',
  locale: 'en',
  severity: 'error',
  ...HEALTH,
  check: phraseScanner(
    [
      {
        re: /\b(?:no|without(?<!\bwith\s+(?:or|and)\s+without)(?:\s+any)?)\s+(?:physical\s+|mental\s+|known\s+)?(?:disabilit(?:y|ies)|handicaps?|impairments?|medical\s+conditions?|health\s+(?:problems|issues|conditions)|(?:chronic|mental)\s+(?:illness(?:es)?|conditions?)|history\s+of\s+(?:mental\s+)?illness)\b/i,
      },
      {
        re: /\bfree\s+(?:of|from)\s+(?:any\s+)?(?:disabilit(?:y|ies)|illness(?:es)?|medical\s+conditions?|chronic\s+(?:illness|disease)|diseases?)\b/i,
      },
      { re: /\bable[- ]bodied\b|\bnon[- ]disabled\b|\bhiv[- ](?:negative|free)\b/i },
      {
        re: /\b(?:(?:must|should|may)\s+not|cannot|can\s*not)\s+have\s+(?:an?\s+|any\s+)?(?:disabilit(?:y|ies)|illness(?:es)?|medical\s+conditions?|mental\s+(?:illness|health\s+conditions?)|chronic\s+(?:illness|conditions?)|hiv)\b/i,
      },
      {
        re: /\b(?:in\s+)?(?:good|excellent|perfect|sound)(?<!\bthe\s(?:good|excellent|perfect|sound))\s+(?:physical\s+|mental\s+)?health\b(?!\s+(?:of|and|&)\b)/i,
        severity: 'warning',
        keep: aRequirement,
      },
      {
        re: /\bphysically\s+fit\b|\bfit\s+and\s+healthy\b|\bhealthy\s+(?:individual|candidate|person)\b|\bmentally\s+(?:stable|sound)\b/i,
        severity: 'warning',
      },
      {
        re: /\b(?:perfect|20\/20|normal)\s+(?:vision|eyesight|hearing)\b|\bno\s+colou?r[- ]blindness\b/i,
        severity: 'warning',
      },
    ],
    // every phrase holds one of these words: only lines with one are read
    {
      words: [
        'disabilit*',
        'disabled',
        'handicap*',
        'impairment*',
        'medical',
        'health',
        'healthy',
        'chronic',
        'mental',
        'mentally',
        'illness*',
        'disease*',
        'bodied',
        'hiv',
        'physically',
        'fit',
        'vision',
        'eyesight',
        'hearing',
        'blindness',
      ],
    },
  ),
  examples: {
    bad: [
      '- No disabilities',
      '- Able-bodied',
      '- Free from illness',
      '- Must not have a medical condition',
      '- In good health',
      '- Physically fit',
    ],
    good: [
      '- Able to lift 20 kg and stand for a 6-hour shift',
      '- We provide reasonable accommodations for qualified individuals with or without disabilities.',
      '- Monitor the good health of our services',
      '- Private health insurance and a wellbeing programme',
    ],
  },
};
