import { expect, test } from 'vitest';
import { yearsOf, yearsRange } from '../../src/text/years.js';

// Five copies of this formatter disagreed: role text said "1 years or more" where the HR exports said "1 year or
// more"; JSON-LD and JDX said "3+ years" and "最多 2 年", the query table "3+ years", the rest "3 years or more".
test.each([
  [{ min: 3, max: 5 }, '3–5 years', '3–5 年'],
  [{ min: 3 }, '3 years or more', '3 年以上'],
  [{ min: 1 }, '1 year or more', '1 年以上'],
  [{ max: 2 }, 'at most 2 years', '2 年以内'],
  [{ max: 1 }, 'at most 1 year', '1 年以内'],
  [{ min: 2, max: 2 }, '2 years', '2 年'],
  [{ min: 0, max: 1 }, '0–1 year', '0–1 年'],
  [{}, '', ''],
])('yearsRange(%o) is "%s" / "%s"', (range, en, zh) => {
  expect(yearsRange(range, 'en')).toBe(en);
  expect(yearsRange(range, 'zh')).toBe(zh);
});

test.each([
  [{ min: 3, max: 5 }, '3–5 years of experience', '3–5 年工作经验'],
  [{ min: 3 }, 'at least 3 years of experience', '3 年以上工作经验'],
  [{ min: 1 }, 'at least 1 year of experience', '1 年以上工作经验'],
  [{ max: 2 }, 'at most 2 years of experience', '2 年以内工作经验'],
  [{}, 'experience', '工作经验'],
])('yearsOf(%o) is "%s" / "%s"', (range, en, zh) => {
  const what = { en: 'experience', zh: '工作经验' };
  expect(yearsOf(range, what, 'en')).toBe(en);
  expect(yearsOf(range, what, 'zh')).toBe(zh);
});
