import { APPEARANCE } from '../messages.js';
import type { JdRule } from '../rule.js';
import { asRequirement, phraseScanner, type PhraseMatch } from '../scan.js';

/** What may precede a bare "attractive" describing a person: a bullet, "be", and other traits of a person. */
const PERSON_BEFORE =
  /^\s*(?:[-*+•]\s*)?(?:(?:you\s+are|you're|be|must\s+be|should\s+be|candidates?\s+(?:must|should)\s+be)\s+)?(?:(?:young|slim|tall|friendly|outgoing|confident|energetic|presentable|well-groomed|cheerful|female|male|smart)\s*,?\s+(?:and\s+)?)*$/i;
/** "Keep the store presentable" is about the store. */
const aboutPerson = (m: PhraseMatch) =>
  asRequirement(m) && !/\b(?:keep|keeping|make|making|maintain\w*|ensure\w*)\s+(?:[\w'-]+\s+){0,3}$/i.test(m.before);

const PERSON =
  '(?:appearance|looks|persons?|people|candidates?|applicants?|individuals?|wom[ae]n|m[ae]n|lad(?:y|ies)|girls?|guys?|females?|males?|figure|build|physique)';

/**
 * attractive appearance, good-looking, slim build, height: 170 cm, minimum height, weight under 60 kg;
 * presentable, well-groomed, no visible tattoos.
 *
 * Severity: error for looks, height, weight and figure; warning for "presentable", "pleasant appearance",
 * "well-groomed" and tattoo bans, which usually mean a dress code (describe the code instead). "Attractive
 * salary", "attractive designs" and "working at height" are not flagged; a bare "attractive" is flagged only in a
 * requirements section, where it can only describe the candidate; "keep the shop floor presentable" is about the shop.
 */
export const enAppearance: JdRule = {
  code: 'JD_APPEARANCE',
  locale: 'en',
  severity: 'error',
  ...APPEARANCE,
  check: phraseScanner(
    [
      { re: new RegExp(`\\b(?:physically\\s+)?attractive\\s+${PERSON}\\b|\\bphysically\\s+attractive\\b`, 'i') },
      // a bare "attractive" only where it can describe nothing but the candidate: "- Attractive", "Must be young,
      // attractive"
      {
        re: /\battractive(?=\s*(?:[,.;)]|and\b|\r?\n|$))/i,
        keep: (m) => asRequirement(m) && PERSON_BEFORE.test(m.before),
      },
      // "the candidate must be attractive": a requirement anywhere, but not pay or an offer that must be attractive
      {
        re: /\b(?:must|should|needs?\s+to)\s+be\s+(?:[a-z]+,?\s+(?:and\s+)?){0,2}attractive\b(?!\s+(?:to|for)\b)/i,
        keep: (m) =>
          !/\b(?:salary|pay|package|offer|compensation|price|pricing|product|design|website|store|display)\b/i.test(
            m.before,
          ),
      },
      { re: /\b(?:good|great|nice)[- ]looking\b/i },
      { re: new RegExp(`\\b(?:beautiful|pretty|handsome|slim|slender|petite|tall|thin|skinny)\\s+${PERSON}\\b`, 'i') },
      {
        re: /\b(?:(?:minimum|min\.?)\s+)?height(?:\s+requirements?)?\s*(?::|of|at\s+least|over|above|under|below|between|min(?:imum)?(?:\s+of)?)?\s*\d[\d.]*\s*(?:cm|m|ft|feet|foot|'|’)(?:\s*\d{1,2}\s*(?:in|inches|"|”))?(?:\s+(?:or\s+)?(?:above|taller|more|over))?|\b(?:(?:minimum|min\.?)\s+)?height\s+requirements?\b|\b(?:minimum|min\.?)\s+height\b/i,
      },
      {
        re: /\b(?:at\s+least|over|above|minimum(?:\s+of)?)\s+(?:\d\s*(?:ft|feet|foot|'|’)\s*\d{0,2}(?:\s*(?:in|inches|"|”))?|\d{3}\s*cm)\s+(?:tall|in\s+height)\b|\b\d{3}\s*cm\s+(?:or\s+)?(?:tall|taller|in\s+height)\b/i,
      },
      {
        re: /\b(?:body\s+)?weight(?:\s+requirements?)?\s*(?::|(?:(?:must|should)\s+be\s+)?(?:under|below|no\s+more\s+than|not\s+exceeding|between|less\s+than))\s*\d{2,3}\s*(?:kg|kgs|lbs?|pounds)|\b(?:body\s+)?weight\s+requirements?\b|\bweight\s+(?:in\s+)?proportion(?:ate)?\s+to\s+height\b/i,
      },
      {
        re: /\b(?:presentable|pleasant\s+appearance|pleasing\s+appearance|well[- ]groomed|good\s+appearance)\b|\bno\s+(?:visible\s+)?(?:tattoos|piercings)\b/i,
        severity: 'warning',
        keep: aboutPerson,
      },
    ],
    // every phrase holds one of these words: only lines with one are read
    {
      words: [
        'attractive',
        'looking',
        'beautiful',
        'pretty',
        'handsome',
        'slim',
        'slender',
        'petite',
        'tall*',
        'thin',
        'skinny',
        'height',
        'weight',
        'presentable',
        'appearance',
        'groomed',
        'tattoos',
        'piercings',
      ],
    },
  ),
  examples: {
    bad: [
      'The receptionist greets our clients, so the candidate must be attractive and professionally dressed.',
      '- Attractive appearance',
      '- Good-looking and outgoing',
      '- Slim build',
      '- Height: 170 cm or above',
      '- Weight under 60 kg',
      '- Presentable',
    ],
    good: [
      '- Attractive salary and benefits',
      '- Create attractive window displays',
      '- Experience working at height with harnesses',
      '- Able to lift 20 kg boxes',
      '- Follow the uniform policy',
    ],
  },
};
