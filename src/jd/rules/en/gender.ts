import { GENDER } from '../messages.js';
import type { JdRule } from '../rule.js';
import { phraseScanner, type PhraseMatch } from '../scan.js';

/**
 * "Assist the Head of Sales; she will set your targets", "he will report to you": a named other person, not the
 * candidate.
 */
const aboutCandidate = (m: PhraseMatch) => {
  // Only the clause the pronoun starts counts: "…reports to the Customer Care Manager; he will be the first point of
  // escalation" is about the candidate, "the Head of Sales; she will set your targets" is not (your = the candidate).
  const clause = m.before.split(/[;.!?]/u).pop() ?? '';
  const rest = m.after.split(/[;.!?]/u)[0] ?? '';
  return (
    !/\b(?:manager|head|director|ceo|cto|cfo|founder|lead|supervisor|colleague|client|customer|chair\w*|president|owner|report)\b/i.test(
      clause,
    ) &&
    !/\byou(?:r|rs|rself)?\b/i.test(rest) &&
    !/^\s+(?:will\s+)?reports?\s+(?:in\s+)?to\s+you\b/i.test(m.after.replace(/^['’]ll/u, ' will'))
  );
};

/** "Male, female or non-binary: all welcome" names every gender: no limit. */
const oneGender = (m: PhraseMatch) => !/\bmale\b[^.;\n]*\bfemale\b|\bfemale\b[^.;\n]*\bmale\b/i.test(m.sentence);

const PEOPLE = '(?:males?|females?|m[ae]n|wom[ae]n|lad(?:y|ies)|gentlem[ae]n|girls?|boys?|guys?)';

const PRONOUN = {
  message: {
    en: 'The job description calls the candidate "he" or "she", which tells everyone else the job is not meant for them.',
    zh: '职位描述用"他"或"她"指代求职者，等于告诉其他性别的人这份工作不属于他们。',
  },
  hint: { en: 'Write "you" or "they".', zh: '改用"你"或"they"等中性称呼。' },
};

/**
 * male only, female preferred, must be male, looking for a female receptionist, gender: male; "he will".
 *
 * Severity: error for every stated limit or preference; warning for a pronoun (he will / she should) used for the
 * candidate, an assumption rather than a condition. "he or she", "he/she" and "s/he" are not flagged, nor are
 * positive-action lines such as "women are encouraged to apply", nor a pronoun for a named other person ("the Head
 * of Sales; she will set your targets").
 */
export const enGender: JdRule = {
  code: 'JD_GENDER',
  locale: 'en',
  severity: 'error',
  ...GENDER,
  // Patterns start with a word, never a lookbehind: V8 tries a leading lookbehind at every position of the text.
  check: phraseScanner(
    [
      {
        re: new RegExp(
          `\\b${PEOPLE}(?:\\s+(?:candidates?|applicants?))?\\s+(?:only|preferred|wanted|needed|required)\\b`,
          'i',
        ),
      },
      {
        re: new RegExp(
          `\\b(?:only|preferably|must\\s+be(?:\\s+an?)?|should\\s+be(?:\\s+an?)?|seeks?\\s+(?:an?\\s+)?|seeking\\s+(?:an?\\s+)?|looking\\s+for\\s+an?|hiring\\s+an?)\\s*(?:(?<=(?:seeking|for|hiring)\\s+an?\\s+)[a-z-]+\\s+)?${PEOPLE}\\b(?!\\s+(?:and|or|&)\\s)`,
          'i',
        ),
      },
      { re: /\b(?:gender|sex)\s*:\s*(?:male|female|m|f)\b/i },
      // "Male, age 25-30": a gender as one item of the requirements; a title such as "Female Receptionist"
      {
        re: /(?:male|female)(?<=(?:^|\n|[.;:] )[ \t]{0,3}(?:[-*•][ \t]{0,2})?(?:male|female))(?=[ \t]*(?:,|;|\(|\r?\n|$))/i,
        keep: oneGender,
      },
      // a title line of one or two words after the gender: "Female Receptionist"
      {
        re: /(?:male|female)(?<=(?:^|\n)[ \t]{0,3}(?:#{1,6}[ \t]{1,2})?(?:male|female))[ \t]+[a-z]+(?:[ \t]+[a-z]+)?(?=[ \t]*(?:\r?\n|$))/i,
      },
      // the posting's title names a gender: "Female Receptionist Wanted – Law Office" (the first line only)
      { re: /(?:male|female)(?<=^[ \t]{0,3}(?:#{1,6}[ \t]{1,2})?(?:male|female))[ \t]+[a-z]+/i },
      {
        re: new RegExp(
          `\\bnot\\s+(?:suitable|open)\\s+(?:for|to)\\s+${PEOPLE}\\b|\\bno\\s+(?:wom[ae]n|females|ladies|males|men)\\b`,
          'i',
        ),
      },
      {
        re: /\b(?:he|she)(?<!(?:\/\s?|\bor\s)(?:he|she))(?:\s+(?:will|must|should|shall|would|can|is|has|needs|may)\b|['’]ll\b)(?!\s*\/)/i,
        severity: 'warning',
        keep: aboutCandidate,
        ...PRONOUN,
      },
    ],
    // every phrase holds one of these words: only lines with one are read
    {
      words: [
        'male*',
        'female*',
        'man',
        'men',
        'woman',
        'women',
        'lady',
        'ladies',
        'gentleman',
        'gentlemen',
        'girl*',
        'boy*',
        'guy*',
        'gender',
        'sex',
        'he',
        'she',
      ],
    },
  ),
  examples: {
    bad: [
      'Male only',
      '- Female candidates preferred',
      '- Must be male',
      'We are looking for a female receptionist.',
      'Gender: male',
      '- The ideal candidate is organised; he will manage the front desk.',
      'Our founder seeks female candidates for this role.',
      'We need a supervisor for 14 agents. Male, age 25-30, with call center background.',
      'Female Receptionist',
      'Female Receptionist Wanted – Law Office',
      'The Team Lead reports to the Customer Care Manager; he will be the first point of escalation.',
    ],
    good: [
      '- Women are encouraged to apply.',
      '- He or she will manage the front desk.',
      '- You will manage the front desk.',
      '- Experience marketing to female customers',
      '- Assist the Head of Sales; she will set your targets.',
      'Applicants: male, female or non-binary, all welcome.',
      'We hire without regard to race, sex or age; male and female applicants are welcome.',
    ],
  },
};
