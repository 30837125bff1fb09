import { textIn } from '../../model/text.js';
import { defineMatrixRule } from '../context.js';

/** Every activity is carried out by some duty; every duty of a role in the matrix is carried out by some activity. */
export const gapsAndOmissions = defineMatrixRule({
  codes: ['RACI_GAP', 'RACI_OMISSION'],
  check: (ctx) => {
    const covered = new Map<string, Set<string>>();
    ctx.matrix.activities.forEach((a, i) => {
      let any = false;
      for (const roleId of Object.keys(a.assign)) {
        const role = ctx.catalog.find(roleId);
        if (!role) continue;
        for (const d of ctx.duties(a, role)) {
          any = true;
          if (!covered.has(roleId)) covered.set(roleId, new Set());
          covered.get(roleId)!.add(d.id);
        }
      }
      if (!any) {
        ctx.report(
          ['activities', i],
          'RACI_GAP',
          {
            en: `No duty of any role in "${a.id}" covers it: the activity belongs to nobody's job.`,
            zh: `活动 "${a.id}" 不属于任何参与岗位的职责：它没有落在任何人的岗位上。`,
          },
          {
            hint: {
              en: 'Link the duty that carries it out (`duties:`), or add such a duty to the responsible role.',
              zh: '请关联执行它的职责（`duties:`），或为负责执行的岗位补充相应职责。',
            },
            severity: 'warning',
          },
        );
      }
    });
    const roles = [...new Set(ctx.matrix.activities.flatMap((a) => Object.keys(a.assign)))];
    for (const roleId of roles) {
      const role = ctx.catalog.find(roleId);
      if (!role) continue;
      const first = ctx.matrix.activities.findIndex((a) => roleId in a.assign);
      for (const d of role.duties ?? []) {
        if (covered.get(roleId)?.has(d.id)) continue;
        ctx.report(
          ['activities', first, 'assign', roleId],
          'RACI_OMISSION',
          {
            en: `Duty "${d.id}" (${textIn(d.title, 'en')}) of "${roleId}" is carried out by no activity of "${ctx.matrix.id}".`,
            zh: `"${roleId}" 的职责 "${d.id}"（${textIn(d.title, 'zh')}）在矩阵 "${ctx.matrix.id}" 中没有对应的活动。`,
          },
          {
            hint: {
              en: 'Add the activity that carries it out, or, if the duty belongs to another process, turn this rule off for this catalog.',
              zh: '请补充执行该职责的活动；若该职责属于其他流程，可在目录中关闭此规则。',
            },
            severity: 'info',
            at: 'key',
          },
        );
      }
    }
  },
});
