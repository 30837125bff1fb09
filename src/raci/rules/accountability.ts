import { RACI_LETTERS } from '../../model/matrix.js';
import { defineMatrixRule } from '../context.js';

/** Exactly one A and at least one R per activity; S only in RASCI matrices. */
export const accountability = defineMatrixRule({
  codes: ['RACI_NO_ACCOUNTABLE', 'RACI_MULTIPLE_ACCOUNTABLE', 'RACI_NO_RESPONSIBLE', 'RACI_LETTER_NOT_ALLOWED'],
  check: (ctx) => {
    ctx.matrix.activities.forEach((a, i) => {
      const holders = (letter: string) =>
        Object.keys(a.assign).filter((role) => ctx.letters(a, role).includes(letter as never));
      const as = holders('A');
      if (as.length === 0) {
        ctx.report(
          ['activities', i, 'assign'],
          'RACI_NO_ACCOUNTABLE',
          { en: `Nobody is accountable (A) for "${a.id}".`, zh: `活动 "${a.id}" 没有负责批准的角色（A）。` },
          {
            hint: {
              en: 'Give exactly one role the letter A: the one who owns the outcome and signs it off.',
              zh: '请让且只让一个角色承担 A：对结果负最终责任并拍板的人。',
            },
            at: 'key',
          },
        );
      } else if (as.length > 1) {
        ctx.report(
          ['activities', i, 'assign', as[1]!],
          'RACI_MULTIPLE_ACCOUNTABLE',
          {
            en: `"${a.id}" has ${as.length} accountable roles (${as.join(', ')}); it needs exactly one.`,
            zh: `活动 "${a.id}" 有 ${as.length} 个 A（${as.join('、')}），应当只有一个。`,
          },
          {
            hint: {
              en: 'Keep one A; make the others R (they do the work) or C (they are asked).',
              zh: '只保留一个 A；其余改为 R（执行）或 C（征询）。',
            },
            at: 'key',
          },
        );
      }
      if (holders('R').length === 0) {
        ctx.report(
          ['activities', i, 'assign'],
          'RACI_NO_RESPONSIBLE',
          { en: `Nobody is responsible (R) for doing "${a.id}".`, zh: `活动 "${a.id}" 没有具体执行的角色（R）。` },
          {
            hint: {
              en: 'Give at least one role the letter R (it may be the A too: [A, R]).',
              zh: '请至少给一个角色 R（也可以由 A 兼任：[A, R]）。',
            },
            at: 'key',
          },
        );
      }
      if (ctx.matrix.letters !== 'RASCI') {
        for (const role of holders('S')) {
          ctx.report(
            ['activities', i, 'assign', role],
            'RACI_LETTER_NOT_ALLOWED',
            {
              en: `The letter S is only for RASCI matrices; "${ctx.matrix.id}" is RACI.`,
              zh: `字母 S 只用于 RASCI 矩阵；"${ctx.matrix.id}" 是 RACI 矩阵。`,
            },
            {
              hint: {
                en: `Add \`letters: RASCI\` to the matrix, or use one of ${RACI_LETTERS.filter((l) => l !== 'S').join(', ')}.`,
                zh: `请在矩阵中加上 \`letters: RASCI\`，或改用 ${RACI_LETTERS.filter((l) => l !== 'S').join('、')} 之一。`,
              },
            },
          );
        }
      }
    });
  },
});
