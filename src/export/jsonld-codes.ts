import type { Classification } from '../model/index.js';

/** One occupational classification a role's `classification` codes can come from. */
interface CodeSet {
  /** The key in the role's `classification`. */
  key: keyof Classification;
  /** The short, language-neutral designation of the classification (used as `inCodeSet.name` / `inDefinedTermSet`). */
  name: string;
  /** The classification's name in both languages. */
  title: { zh: string; en: string };
  /** The publisher's page about the classification, where one is stable. */
  url?: string;
  /** A page about one code, where the publisher has one per code. */
  codeUrl?: (code: string) => string;
}

/** The classifications a role may carry codes from, in the order exports list them. */
const CODE_SETS: readonly CodeSet[] = [
  {
    key: 'isco08',
    name: 'ISCO-08',
    title: { zh: '国际标准职业分类（ISCO-08）', en: 'International Standard Classification of Occupations (ISCO-08)' },
    url: 'https://www.ilo.org/public/english/bureau/stat/isco/isco08/',
  },
  {
    key: 'onetSoc',
    name: 'O*NET-SOC 2019',
    title: { zh: 'O*NET-SOC 2019 职业分类', en: 'O*NET-SOC 2019 taxonomy' },
    url: 'https://www.onetcenter.org/taxonomy.html',
    codeUrl: (code) => `https://www.onetonline.org/link/summary/${code}`,
  },
  {
    key: 'cn2022',
    name: '中华人民共和国职业分类大典（2022年版）',
    title: {
      zh: '中华人民共和国职业分类大典（2022年版）',
      en: "Occupational Classification of the People's Republic of China (2022 edition)",
    },
  },
];

/** The codes of `classification`, each with the classification it belongs to, in `CODE_SETS` order. */
export function classificationCodes(classification: Classification | undefined): { set: CodeSet; code: string }[] {
  if (classification === undefined) return [];
  return CODE_SETS.flatMap((set) => {
    const code = classification[set.key];
    return code === undefined ? [] : [{ set, code }];
  });
}
