import { ETHNICITY, NATIONALITY, NATIVE_SPEAKER } from '../messages.js';
import type { JdRule } from '../rule.js';
import { phraseScanner, traitOfCandidate, type PhraseMatch } from '../scan.js';

/** "Work with native speakers", "native speaker recordings": other people, not the candidate. */
const candidateNative = (m: PhraseMatch) =>
  !/\b(?:with|from|by|among|of|hire|hiring|recruit\w*)\s+(?:\w+\s+)?$/i.test(m.before) &&
  !/^\s+(?:audio|recordings?|content|voices?|data|annotat\w*|reviewers?|panels?)\b/i.test(m.after);

const LANGUAGE =
  '(?:english|spanish|french|german|italian|portuguese|mandarin|cantonese|chinese|japanese|korean|arabic|russian|dutch|polish|swedish|hindi)';
const GROUP =
  '(?:caucasian|white|black|asian|hispanic|latin[oax]|arab|african|european|jewish|chinese|indian|korean|japanese|american|british)';

/**
 * white candidates only, Asian applicants preferred, ethnicity, Christian candidates, must be a practising Muslim;
 * native English speaker, mother tongue, must be a US citizen, nationality.
 *
 * Severity: error for ethnicity, race and religion (religious employers' lawful exemptions are rare enough to
 * disable inline); warning for "native speaker" / "mother tongue" (a proxy for origin: ask for fluent English) and
 * for citizenship, which a law or security clearance can require. "Native iOS developer", "native-level" and
 * positive-action lines ("Black applicants are encouraged to apply") are not flagged; a bare trait name ("ethnicity",
 * "nationality") counts only where requirements are written, not in HR reporting ("the ethnicity pay gap").
 */
export const enEthnicity: JdRule = {
  code: 'JD_ETHNICITY',
  locale: 'en',
  severity: 'error',
  ...ETHNICITY,
  check: phraseScanner(
    [
      {
        re: new RegExp(
          `\\b${GROUP}\\s+(?:candidates?|applicants?|people|persons?|individuals?|males?|females?|m[ae]n|wom[ae]n)\\s+(?:only|preferred)\\b`,
          'i',
        ),
      },
      {
        re: /\b(?:caucasian|white|black|asian|hispanic|latin[oax])\s+(?:candidates?|applicants?|only|preferred)\b|\bcaucasian\b/i,
      },
      {
        re: /\b(?:ethnicity|ethnic\s+(?:background|origin|group)|racial\s+(?:background|origin)|skin\s+colou?r|national\s+origin|caste)\b/i,
        keep: traitOfCandidate,
      },
      { re: /\bno\s+(?:foreigners|immigrants)\b|\bforeigners\s+need\s+not\b/i },
      {
        re: /\b(?:christian|muslim|catholic|jewish|hindu|buddhist|protestant|sikh|mormon)s?\s+(?:only|preferred|candidates?|applicants?)\b/i,
      },
      {
        re: /\b(?:must|should)\s+be\s+(?:an?\s+)?(?:practi[cs]ing\s+|committed\s+|devout\s+)?(?:christian|muslim|catholic|jew|jewish|hindu|buddhist|protestant|sikh|believer)\b/i,
      },
      {
        re: /\breligious\s+(?:affiliation|background|beliefs?)\b|\breligion\s*:|\bfaith\s+(?:requirement|background)\b|\b(?:active\s+)?church\s+(?:member(?:ship)?|attendance|goer)\b/i,
        keep: traitOfCandidate,
      },
      {
        re: new RegExp(
          `\\bnative\\s+(?:[a-z]+\\s+)?speakers?\\b(?:\\s+of\\s+[a-z]+)?|\\bnative[- ]speaking\\b(?:\\s+${LANGUAGE}\\b)?|\\b${LANGUAGE}\\s+(?:is\\s+|as\\s+)?(?:(?:an?|your|their|the)\\s+)?(?:first|native|mother)\\s+(?:language|tongue)\\b|\\bmother\\s+tongue\\b|\\bnative\\s+${LANGUAGE}\\b(?![- ](?:level|like))`,
          'i',
        ),
        severity: 'warning',
        keep: candidateNative,
        ...NATIVE_SPEAKER,
      },
      {
        re: /\b(?:citizens?|nationals?)\s+only\b|\bmust\s+(?:be|hold)\s+(?:an?\s+)?(?:[a-z.]+\s+){0,2}?(?:citizen|citizenship|national|passport)\b|\b(?:citizenship|nationality)\s*(?::|required|requirement)|\bnationality\b/i,
        severity: 'warning',
        // A federal or cleared post is one a law restricts to citizens.
        keep: (m) =>
          traitOfCandidate(m) &&
          !/\b(?:federal|usajobs|GS-\d{2,4}|security\s+clearance|civil\s+service|government\s+agency)\b/i.test(
            m.document,
          ),
        ...NATIONALITY,
      },
      // a faith as a condition: "citizens of Christian faith", "Muslims only", "practising Catholic"
      {
        re: /\b(?:of|with)\s+(?:the\s+)?(?:christian|muslim|islamic|jewish|hindu|buddhist|catholic|protestant|sikh)\s+faith\b|\b(?:christians?|muslims?|jews|hindus|buddhists|catholics|sikhs)\s+only\b|\bpracti[cs]ing\s+(?:christian|muslim|jew|hindu|buddhist|catholic|protestant|sikh)\b/i,
      },
    ],
    // every phrase holds one of these words: only lines with one are read
    {
      words: [
        'caucasian',
        'white',
        'black',
        'asian',
        'hispanic',
        'latin*',
        'arab',
        'african',
        'european',
        'jew*',
        'chinese',
        'indian',
        'korean',
        'japanese',
        'american',
        'british',
        'ethnic*',
        'racial',
        'skin',
        'national*',
        'caste',
        'foreigners',
        'immigrants',
        'christian*',
        'muslim*',
        'catholic*',
        'hindu*',
        'buddhist*',
        'protestant*',
        'sikh*',
        'mormon*',
        'believer',
        'islamic',
        'religious',
        'religion',
        'faith',
        'church',
        'native',
        'tongue',
        'language',
        'citizen*',
        'passport',
      ],
    },
  ),
  examples: {
    bad: [
      '- White candidates only',
      'We hire U.S. citizens of Christian faith who share our values.',
      '- Ethnicity: Asian',
      '- Christian applicants preferred',
      '- Native English speaker',
      '- English as a first language',
      '- Must be a US citizen',
    ],
    good: [
      '- Fluent English, spoken and written',
      '- Build native iOS and Android apps',
      '- We are an equal opportunity employer and consider applicants without regard to race, religion, national origin or ethnicity.',
      '- Black and minority ethnic applicants are encouraged to apply.',
      '- Experience selling to Asian markets',
    ],
  },
};
