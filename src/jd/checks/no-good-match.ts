import { textIn } from '../../model/text.js';
import { LOW_CONFIDENCE_THRESHOLD, NO_GOOD_MATCH_THRESHOLD } from '../match/thresholds.js';
import type { AutoCheck } from './check.js';

/**
 * JD_NO_GOOD_MATCH: with `--role auto`, the best-fitting role scores below NO_GOOD_MATCH_THRESHOLD; a warning. From
 * LOW_CONFIDENCE_THRESHOLD up it names the role as a low-confidence guess; below, the closest role for reference.
 */
export const noGoodMatch: AutoCheck<'JD_NO_GOOD_MATCH'> = {
  code: 'JD_NO_GOOD_MATCH',
  check(ctx) {
    const top = ctx.ranking[0];
    if (top && top.score >= NO_GOOD_MATCH_THRESHOLD) return;
    const title = top ? ctx.catalog.find(top.role)?.title : undefined;
    if (top && top.score >= LOW_CONFIDENCE_THRESHOLD) {
      const message = {
        en: `Low confidence: probably ${top.role} (${textIn(title, 'en')}) at ${top.score.toFixed(2)}, below ${NO_GOOD_MATCH_THRESHOLD}, so the job description was not checked against a role.`,
        zh: `把握不大：可能是 ${textIn(title, 'zh')}（${top.role}），吻合度 ${top.score.toFixed(2)}，低于 ${NO_GOOD_MATCH_THRESHOLD}，因此没有对照岗位检查这份职位描述。`,
      };
      const hint = {
        en: `If it is that role, check it with --role ${top.role}; if not, add the role this job description is for to the catalog.`,
        zh: `如果就是这个岗位，请用 --role ${top.role} 检查；如果不是，请把这份职位描述对应的岗位加入目录。`,
      };
      ctx.report(ctx.diagnostic('warning', { line: 1, column: 1 }, message, hint));
      return;
    }
    const best = top
      ? {
          en: ` The closest is ${top.role} (${textIn(title, 'en')}) at ${top.score.toFixed(2)}, below ${NO_GOOD_MATCH_THRESHOLD}.`,
          zh: `最接近的是 ${textIn(title, 'zh')}（${top.role}），得分 ${top.score.toFixed(2)}，低于 ${NO_GOOD_MATCH_THRESHOLD}。`,
        }
      : { en: ' The catalog has no roles.', zh: '目录中没有岗位。' };
    const message = {
      en: `No role in the catalog fits the job description well.${best.en}`,
      zh: `目录中没有与职位描述足够吻合的岗位。${best.zh}`,
    };
    const hint = {
      en: 'Name the role with --role, or add the role this job description is for to the catalog.',
      zh: '用 --role 指定岗位，或把这个职位描述对应的岗位加入目录。',
    };
    ctx.report(ctx.diagnostic('warning', { line: 1, column: 1 }, message, hint));
  },
};
