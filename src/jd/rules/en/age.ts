import { AGE } from '../messages.js';
import type { JdRule } from '../rule.js';
import { asRequirement, phraseScanner, type PhraseMatch } from '../scan.js';

/** Ages at or below this are lawful minimums (16, 18, 21 for alcohol or driving hire cars). */
const LAWFUL_MINIMUM = 21;
const LOWER_BOUND =
  /^(?:over|above|older|at\s+least|min|(?:must|should)\s+be\s+(?:over|above|older)|(?:applicants?|candidates?|aged?|you\s+are)\s+(?:over|above|older))|or\s+(?:older|above|over)$/i;
/** "Children aged 5-11" describes the people served, not the candidate. */
const SERVED =
  /\b(?:children|child|kids|students|pupils|learners|patients|clients|customers|users|people|adults|youths?|teenagers|teens|residents|individuals|participants|audiences?|members|players|athletes|girls|boys)\s+(?:aged|ages|age|between|under|over|from)?\s*$/i;

/** The people served named a few words before the age: "students range from 6-16", "serve customers aged 65+". */
const SERVED_NEAR =
  /\b(?:children|child|kids|students|pupils|learners|patients|clients|customers|users|adults|youths?|teenagers|teens|residents|participants|members|players|athletes|girls|boys|seniors|elderly)\b(?:\W+[a-z]+){0,4}\W*(?:\d{1,2}\s*(?:-|–|to)\s*)?$/i;

function about(m: PhraseMatch): boolean {
  const i = m.sentence.indexOf(m.text);
  const before = i < 0 ? '' : m.sentence.slice(0, i);
  return (
    !SERVED.test(before + (/^(?:aged?|ages|between|under|over)\b/i.exec(m.text)?.[0] ?? '')) &&
    !SERVED_NEAR.test(before)
  );
}
/** Keeps a match about the candidate that is not a lawful minimum age ("over 18", "18 years of age or older"). */
function candidateAgeLimit(m: PhraseMatch): boolean {
  if (!about(m)) return false;
  const n = Number(/\d{2}/u.exec(m.text)?.[0] ?? 99);
  return !(LOWER_BOUND.test(m.text) && n <= LAWFUL_MINIMUM);
}
const UNIT =
  '(?!\\s*(?:%|percent|min|minutes?|hours?|hrs?|seconds?|secs?|days?|weeks?|months?|k\\b|kg|kgs|lbs?|pounds|people|persons|employees|staff|members|reports|items|tickets|calls|mb|gb|ms|[.,]\\d))';
const COMPARE =
  '(?:under|below|over|above|younger\\s+than|older\\s+than|no\\s+(?:older|younger)\\s+than|not\\s+(?:older|younger)\\s+than|not\\s+over|at\\s+least|up\\s+to|between)';

const EXPERIENCE_CAP = {
  message: {
    en: 'A cap on years of experience shuts out older candidates without saying so.',
    zh: '对工作年限设上限，会在不明说的情况下排除年长的求职者。',
  },
  hint: {
    en: 'State the minimum experience the job needs and drop the maximum.',
    zh: '只写岗位需要的最低经验，删除上限。',
  },
};

/**
 * aged 25-35, under 35 years old, must be under 35, under the age of 40, age limit, recent graduates only;
 * young, digital native, no more than 5 years of experience.
 *
 * Severity: error for stated ages, ranges and bounds and for "recent graduates only"; warning for words that signal
 * an age preference (young, youthful, digital native) and for caps on experience. Lawful minimums (over 18,
 * 21 or older) and ages of the people a job serves (children aged 5-11) are not flagged.
 */
export const enAge: JdRule = {
  code: 'JD_AGE',
  locale: 'en',
  severity: 'error',
  ...AGE,
  check: phraseScanner(
    [
      {
        re: /\b(?:aged?|ages)\s*(?::\s*)?(?:between\s+)?\d{2}\s*(?:-|–|—|to|and)\s*\d{2}\b(?:\s*(?:years?(?:\s+old)?|yrs?|y\.?o\.?))?/i,
        keep: about,
      },
      { re: new RegExp(`\\b${COMPARE}\\s+(?:the\\s+)?age\\s+(?:of\\s+)?\\d{2}\\b`, 'i'), keep: candidateAgeLimit },
      {
        re: new RegExp(
          `\\b(?:${COMPARE}\\s+)?\\d{2}(?:\\s*(?:-|–|to|and)\\s*\\d{2})?\\s*(?:years?[\\s-]+old|years?\\s+of\\s+age|yrs?\\.?\\s+old|y\\.?\\s?o\\.?(?=[\\s,.;)]|$))(?:\\s+or\\s+(?:younger|under|less|below|older|above|over))?`,
          'i',
        ),
        keep: candidateAgeLimit,
      },
      {
        re: new RegExp(
          `\\b(?:must\\s+be|should\\s+be|applicants?|candidates?|aged?|you\\s+are|ideally|preferably)\\s+(?:under|below|over|above|younger\\s+than|older\\s+than|between)\\s+\\d{2}(?!\\d)(?:\\s*(?:-|–|and|to)\\s*\\d{2})?\\b${UNIT}`,
          'i',
        ),
        keep: candidateAgeLimit,
      },
      {
        re: new RegExp(`\\b(?:no|not)\\s+(?:older|younger)\\s+than\\s+\\d{2}\\b${UNIT}`, 'i'),
        keep: candidateAgeLimit,
      },
      {
        re: /\b(?:max(?:imum)?|min(?:imum)?)\s+age\b|\bage\s+(?:limit|range|requirement|restriction|cap)s?\b/i,
        keep: (m) => asRequirement(m) && !(/^min/i.test(m.text) && /\b(?:16|18|21)\b/u.test(m.sentence)),
      },
      {
        re: /\b(?:recent|new|fresh)\s+(?:college\s+|university\s+)?grad(?:uate)?s?\s+only\b|\bonly\s+(?:recent|new|fresh)\s+(?:college\s+|university\s+)?grad(?:uate)?s\b/i,
      },
      // born after 1990, born between 1985 and 1995 (a birth year is an age): not "born after December 31, 1959"
      {
        re: /\bborn\s+(?:in\s+or\s+)?(?:after|before|since|between|in)\s+(?:19|20)\d{2}\b(?:\s*(?:-|–|and|to)\s*(?:19|20)\d{2}\b)?/i,
      },
      { re: /\bdigital\s+natives?\b/i, severity: 'warning' },
      {
        re: /\b(?:young|youthful)\b(?!\s+(?:children|child|people|person|persons|adults?|kids|learners|students|pupils|clients|patients|offenders|carers|audiences?|users|customers|consumers|families|company|companies|startups?|start-ups?|brands?|markets?|organi[sz]ations?|business(?:es)?|industry|field|ventures?|athletes|players|readers|viewers))/i,
        severity: 'warning',
      },
      {
        re: /\bgraduated?\s+(?:with)?in\s+the\s+(?:last|past)\s+(?:\d+|one|two|three|four|five)\s+years?\b|\bclass\s+of\s+20\d\d\s+(?:or\s+later|and\s+later|only)\b/i,
        severity: 'warning',
      },
      {
        re: /\b(?:no\s+more\s+than|not\s+more\s+than|at\s+most|maximum\s+of|max\.?)\s+\d{1,2}\s+years?\s+(?:of\s+)?(?:[a-z-]+\s+)?experience\b/i,
        severity: 'warning',
        ...EXPERIENCE_CAP,
      },
    ],
    // every phrase holds one of these words: only lines with one are read
    {
      words: [
        'age*',
        'year*',
        'yr*',
        'yo',
        'y',
        'under',
        'below',
        'over',
        'above',
        'younger',
        'older',
        'between',
        'grad*',
        'born',
        'digital',
        'young',
        'youth*',
        'class',
        'experience',
      ],
    },
  ),
  examples: {
    bad: [
      '- Aged 25-35',
      '- Born after 1990.',
      '- Outgoing, ideally under 30.',
      '- Candidates must be under 35.',
      '- Under 35 years old',
      '- Applicants under the age of 40 only',
      'Recent graduates only',
      '- Young and energetic',
      '- A digital native',
      '- No more than 5 years of experience',
    ],
    good: [
      '- Must be at least 18 years of age.',
      '- Must be over 21 to serve alcohol.',
      '- Teach children aged 5-11.',
      '- Respond to tickets in under 30 minutes.',
      '- Experience supporting young people',
      '- At least 3 years of experience',
      '- Our students range from 6-16 years old and study in small classes.',
      '- Males born after December 31, 1959, must be registered with the Selective Service.',
    ],
  },
};
