import { stem, words } from '../../text/segment.js';

// The words JD matching compares: stemmed harder than `stem`, without JD boilerplate.

/** Words that carry no meaning for matching duties: JD boilerplate in both languages. */
const GLUE = new Set([
  'you',
  'your',
  'we',
  'our',
  'us',
  'will',
  'can',
  'who',
  'that',
  'this',
  'these',
  'those',
  'all',
  'any',
  'etc',
  'able',
  'abilit',
  'strong',
  'good',
  'excellent',
  'great',
  'such',
  'includ',
  'within',
  'across',
  'other',
  'more',
  'than',
  'into',
  'about',
  'up',
  'out',
  'when',
  'where',
  'what',
  'how',
  'have',
  'has',
  'had',
  'do',
  'does',
  'not',
  'but',
  'so',
  'if',
  'was',
  'were',
  'been',
  'it',
  'they',
  'them',
  'he',
  'she',
  'his',
  'her',
  'also',
  'well',
  'very',
  'per',
  'via',
  'each',
  'every',
  'ensur',
  'make',
  'take',
  'keep',
  'help',
  'get',
  'i',
  'e',
  'g',
  'is',
  'are',
  'be',
  'an',
  'a',
  'and',
  'the',
  'of',
  'to',
  'in',
  'on',
  'for',
  'with',
  'by',
  'or',
  'as',
  'at',
  'from',
  'its',
  'their',
  'day',
  'role',
  'job',
  'year',
  'plus',
  'own',
  'join',
  'always',
  'never',
  'ideal',
  'candid',
  'look',
  'seek',
  '负责',
  '能够',
  '具备',
  '具有',
  '良好',
  '优秀',
  '相关',
  '进行',
  '以及',
  '通过',
  '确保',
  '做好',
  '我们',
  '你',
  '您',
  '有',
  '是',
  '要',
  '会',
  '能',
  '可',
  '并且',
  '以',
  '于',
  '从',
  '到',
  '由',
  '被',
  '所',
  '按',
  '给',
  '向',
  '让',
  '使',
  '各',
  '各类',
  '一定',
  '较强',
  '强',
  '熟悉',
  '了解',
  '掌握',
  '年',
  '以上',
  '及以上',
  '优先',
  '者',
  '等',
  '各种',
  '日常',
  '工作',
  '岗位',
  '公司',
]);
/** Boilerplate caught before stemming, where the stem would meet a meaningful word ("responsible" → "response"). */
const RAW_GLUE = new Set(['responsible', 'responsibility', 'responsibilities']);
const HAN = /\p{Script=Han}/u;
const LATIN_WORD = /[\p{L}\p{N}]+/gu;

/**
 * A further, cruder stem for matching JDs: "handle"/"handling", "manage"/"manager"/"management" and
 * "escalate"/"escalation" meet. Words are cut to six letters after `stem`; digits are kept as written.
 */
function norm(w: string): string {
  if (HAN.test(w) || /\d/.test(w)) return w;
  let s = stem(w);
  if (s.length > 7 && s.endsWith('ship')) s = s.slice(0, -4);
  if (s.length > 5 && s.endsWith('er')) s = s.slice(0, -2);
  if (s.length > 4 && s.endsWith('e')) s = s.slice(0, -1);
  if (s.length > 6) s = s.slice(0, 6);
  if (s.length > 4 && s.endsWith('e')) s = s.slice(0, -1);
  return s;
}

const tokenCache = new Map<string, readonly string[]>();
const TOKEN_CACHE_LIMIT = 50_000;

/**
 * The matching words of a text. Text with Chinese goes through `words` (Intl.Segmenter, cached); text without it
 * is split on letters and digits, which gives the same words as the segmenter for English at a fraction of its cost.
 */
export function matchWords(text: string): readonly string[] {
  const hit = tokenCache.get(text);
  if (hit) return hit;
  const out: string[] = [];
  const push = (w: string) => {
    if (RAW_GLUE.has(w)) return;
    const n = norm(w);
    if (n.length === 0 || GLUE.has(n) || /^\d+$/.test(n)) return;
    if (n.length === 1 && !HAN.test(n)) return;
    out.push(n);
  };
  if (HAN.test(text)) {
    for (const w of words(text, 'zh')) {
      // The segmenter keeps some four-character compounds whole ("妥善处理", "客服团队") that catalog phrases write
      // apart ("投诉处理"); both sides go through here, so two halves meet where the whole would not.
      if (w.length === 4 && /^\p{Script=Han}{4}$/u.test(w)) {
        push(w.slice(0, 2));
        push(w.slice(2));
      } else push(w);
    }
  } else for (const m of text.toLowerCase().matchAll(LATIN_WORD)) push(m[0]);
  if (tokenCache.size >= TOKEN_CACHE_LIMIT) tokenCache.clear();
  tokenCache.set(text, out);
  return out;
}
