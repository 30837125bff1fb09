import { VAGUE } from '../messages.js';
import type { JdRule } from '../rule.js';
import { phraseScanner, type PhraseMatch } from '../scan.js';

const OVERTIME = {
  message: {
    en: 'The job description asks candidates to accept extra hours without saying how many or how they are paid.',
    zh: '职位描述要求接受额外工时，却没有说明时长和补偿方式。',
  },
  hint: {
    en: 'State how often extra hours happen and how they are compensated (overtime pay or time off in lieu).',
    zh: '写明额外工时的频率和补偿方式（加班费或调休）。',
  },
};

/** Extra hours with their frequency or pay stated are concrete. */
const hoursUnspecified = (m: PhraseMatch) =>
  !/\d|\b(?:one|two|three|paid|compensat\w*|in\s+lieu|toil|rota|per\s+(?:week|month)|rotation|overtime\s+(?:pay|rate))\b/i.test(
    m.sentence,
  );
/** "Team player" as the whole item says nothing; in a sentence with specifics it is context. */
const alone = (m: PhraseMatch) =>
  m.sentence
    .replace(/\b(?:an?|be|must|should|you|are|strong|great|good|real|true|excellent|and|is|you're)\b|[^a-z]/gi, '')
    .toLowerCase() === m.text.replace(/[^a-z]/gi, '').toLowerCase();
/** Pressure with an example of it is concrete. */
const noSpecifics = (m: PhraseMatch) => !/\d|\b(?:such\s+as|e\.g\.|for\s+example|including)\b|[:(]/i.test(m.sentence);

/**
 * other duties as assigned, any other duties, fast-paced environment, self-starter, team player (alone), wear many
 * hats, hit the ground running, work under pressure; willing to work long hours.
 *
 * Severity: info for catch-all duties and empty phrases; warning for unspecified extra hours, which hide a working
 * condition candidates need to know.
 */
export const enVague: JdRule = {
  code: 'JD_VAGUE',
  locale: 'en',
  severity: 'info',
  ...VAGUE,
  check: phraseScanner(
    [
      {
        re: /\b(?:(?:and|any|all)\s+)?other\s+(?:related\s+|ad[- ]hoc\s+|miscellaneous\s+|reasonable\s+)?(?:duties|tasks|responsibilities|projects|work)\s+(?:as\s+(?:assigned|required|needed|directed|requested)|assigned)(?:\s+by\s+(?:the\s+|your\s+)?(?:manager|supervisor|management|line\s+manager))?|\bany\s+other\s+(?:reasonable\s+)?duties\b|\b(?:duties|tasks)\s+as\s+assigned\b/i,
      },
      { re: /\bfast[- ]paced(?:\s+(?:work(?:ing)?\s+)?environment)?/i },
      {
        re: /\bself[- ]starter\b|\bgo[- ]getter\b|\bhit\s+the\s+ground\s+running\b|\bwear(?:ing)?\s+(?:many|multiple|a\s+lot\s+of|lots\s+of)\s+hats\b|\bwork\s+hard,?\s+(?:and\s+)?play\s+hard\b/i,
      },
      { re: /\bteam[- ]player\b/i, keep: alone },
      {
        re: /\b(?:(?:ability|able)\s+to\s+)?(?:work\s+(?:well\s+)?|thrive\s+|perform\s+)under\s+pressure\b/i,
        keep: noSpecifics,
      },
      {
        re: /\b(?:willing(?:ness)?|able|ability|prepared|expected)\s+to\s+work\s+(?:(?:long|extra|extended|additional|irregular|unsociable)\s+hours|overtime|weekends|nights)\b(?:\s+(?:as|when)\s+(?:needed|required))?/i,
        severity: 'warning',
        keep: hoursUnspecified,
        ...OVERTIME,
      },
    ],
    {
      skipEqualOpportunity: false,
      // every phrase holds one of these words: only lines with one are read
      words: [
        'other',
        'duties',
        'tasks',
        'fast',
        'starter',
        'getter',
        'ground',
        'hats',
        'play',
        'player',
        'pressure',
        'hours',
        'overtime',
        'weekends',
        'nights',
      ],
    },
  ),
  examples: {
    bad: [
      '- Other duties as assigned',
      '- Thrive in a fast-paced environment',
      '- A self-starter',
      '- Team player',
      '- Willing to work long hours',
      '- Ability to work under pressure',
    ],
    good: [
      '- Work with the design team to ship two releases a month',
      '- A team player who reviews code within one working day',
      '- Occasional weekend work (one Saturday a month), paid at overtime rate',
      '- Handle peak season pressure, e.g. 300 orders a day in November',
    ],
  },
};
