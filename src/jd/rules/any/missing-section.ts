import type { Bilingual } from '../../../errors.js';
import type { JdSectionKind } from '../../types.js';
import type { JdFinding, JdRule } from '../rule.js';
import { headingPosition } from '../scan.js';

const NEEDED: readonly { kind: JdSectionKind; name: Bilingual }[] = [
  { kind: 'duties', name: { en: 'duties (Responsibilities)', zh: '岗位职责' } },
  { kind: 'requirements', name: { en: 'requirements (Requirements, Qualifications)', zh: '任职要求' } },
];

const FULL_JD = '# 客服专员\n\n## 岗位职责\n- 处理客户咨询\n\n## 任职要求\n- 一年以上客服经验';

/**
 * A JD with no duties section or no requirements section, or one whose section has no items.
 *
 * Severity: warning: the JD is incomplete, not unlawful. A missing section is reported at line 1, column 1 with no
 * excerpt; an empty one at its heading.
 */
export const missingSection: JdRule = {
  code: 'JD_MISSING_SECTION',
  locale: 'any',
  severity: 'warning',
  message: {
    en: 'The job description lacks a section readers expect: what the job does, or what it asks of candidates.',
    zh: '职位描述缺少求职者需要的部分：岗位做什么，或对求职者有什么要求。',
  },
  hint: {
    en: 'Add a "Responsibilities" section and a "Requirements" section, each with a list of items.',
    zh: '请添加"岗位职责"和"任职要求"两部分，并分条列出。',
  },
  check(jd) {
    const out: JdFinding[] = [];
    for (const { kind, name } of NEEDED) {
      const sections = jd.sections.filter((s) => s.kind === kind);
      if (sections.some((s) => s.items.length > 0)) continue;
      const empty = sections[0];
      out.push(
        empty === undefined
          ? {
              line: 1,
              column: 1,
              excerpt: '',
              message: { en: `The job description has no ${name.en} section.`, zh: `职位描述缺少"${name.zh}"部分。` },
            }
          : {
              ...headingPosition(jd, empty),
              excerpt: empty.heading,
              message: {
                en: `The ${name.en} section of the job description lists nothing.`,
                zh: `职位描述的"${name.zh}"部分没有内容。`,
              },
            },
      );
    }
    return out;
  },
  examples: {
    bad: [
      '# 客服专员\n\n## 任职要求\n- 一年以上客服经验',
      '# Support Agent\n\n## Responsibilities\n- Answer customer emails',
      '# Support Agent\n\n## Responsibilities\n- Answer customer emails\n\n## Requirements\n',
    ],
    good: [
      FULL_JD,
      '# Support Agent\n\n## Responsibilities\n- Answer customer emails\n\n## Requirements\n- One year in customer service',
    ],
  },
};
