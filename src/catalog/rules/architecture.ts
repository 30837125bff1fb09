import type { CatalogRule } from '../context.js';

/**
 * The `architecture` of catalog.yaml holds together: level and track ids are unique, tracks name levels of the ladder
 * in ascending order, and either every level has a grade or none has, listed lowest first.
 */
export const architectureDefinition: CatalogRule = (ctx) => {
  const settings = ctx.settings;
  const def = settings?.value.architecture;
  if (settings === undefined || def === undefined) return;
  const at = (...path: (string | number)[]) => ['architecture', ...path];
  const report = (
    path: (string | number)[],
    code: Parameters<typeof ctx.report>[2],
    en: string,
    zh: string,
    hint?: { en: string; zh: string },
  ) => ctx.report(settings.source, at(...path), code, { en, zh }, { hint });

  const levels = def.levels ?? [];
  const seen = new Map<string, number>();
  levels.forEach((l, i) => {
    const first = seen.get(l.id);
    if (first === undefined) seen.set(l.id, i);
    else
      report(
        ['levels', i, 'id'],
        'DUPLICATE_ID',
        `The level "${l.id}" is defined twice.`,
        `层级 "${l.id}" 重复定义。`,
        {
          en: `The first definition is level ${first + 1} of the list; remove or rename one of them.`,
          zh: `第一次定义是列表中的第 ${first + 1} 个层级；请删除或改名其中一个。`,
        },
      );
  });
  const graded = levels.filter((l) => l.grade !== undefined).length;
  if (graded > 0 && graded < levels.length) {
    levels.forEach((l, i) => {
      if (l.grade === undefined)
        report(
          ['levels', i],
          'MISSING_KEY',
          `The level "${l.id}" has no grade, while other levels have one.`,
          `层级 "${l.id}" 没有职级，而其他层级有。`,
          {
            en: 'Give every level a `grade`, or remove the grades: levels compare by grade only when all have one.',
            zh: '请为每个层级填写 `grade`，或全部删除：只有全部层级都有职级时才按职级比较。',
          },
        );
    });
  }
  if (graded === levels.length) {
    for (let i = 1; i < levels.length; i++) {
      const prev = levels[i - 1]!;
      const cur = levels[i]!;
      if (cur.grade! < prev.grade!)
        report(
          ['levels', i, 'grade'],
          'INVALID_VALUE',
          `The level "${cur.id}" (grade ${cur.grade}) comes after "${prev.id}" (grade ${prev.grade}); levels are listed lowest first.`,
          `层级 "${cur.id}"（职级 ${cur.grade}）排在 "${prev.id}"（职级 ${prev.grade}）之后；层级应由低到高排列。`,
          { en: 'Move the level up the list, or correct its grade.', zh: '请把该层级移到前面，或更正其职级。' },
        );
    }
  }

  const trackIds = new Set<string>();
  (def.tracks ?? []).forEach((t, i) => {
    if (trackIds.has(t.id))
      report(
        ['tracks', i, 'id'],
        'DUPLICATE_ID',
        `The track "${t.id}" is defined twice.`,
        `职业通道 "${t.id}" 重复定义。`,
        {
          en: 'Remove or rename one of them.',
          zh: '请删除或改名其中一个。',
        },
      );
    trackIds.add(t.id);
    let prev: string | undefined;
    t.levels.forEach((level, j) => {
      if (!ctx.architecture.hasLevel(level)) {
        report(
          ['tracks', i, 'levels', j],
          'DANGLING_REFERENCE',
          `The track "${t.id}" names the level "${level}", which is not on the ladder.`,
          `职业通道 "${t.id}" 中的层级 "${level}" 不在层级阶梯中。`,
          {
            en: `Add "${level}" to \`architecture.levels\`, or use one of: ${ctx.architecture.levels.map((l) => l.id).join(', ')}.`,
            zh: `请把 "${level}" 加入 \`architecture.levels\`，或使用以下之一：${ctx.architecture.levels.map((l) => l.id).join('、')}。`,
          },
        );
        return;
      }
      if (t.levels.indexOf(level) < j)
        report(
          ['tracks', i, 'levels', j],
          'DUPLICATE_ID',
          `The track "${t.id}" lists the level "${level}" twice.`,
          `职业通道 "${t.id}" 中层级 "${level}" 出现了两次。`,
          { en: 'Remove the second one.', zh: '请删除第二个。' },
        );
      else if (prev !== undefined && ctx.architecture.compare(level, prev) < 0)
        report(
          ['tracks', i, 'levels', j],
          'INVALID_VALUE',
          `On the track "${t.id}", the level "${level}" comes after the higher level "${prev}"; a track lists its levels lowest first.`,
          `职业通道 "${t.id}" 中，层级 "${level}" 排在更高的层级 "${prev}" 之后；通道的层级应由低到高排列。`,
          { en: 'Reorder the levels of the track.', zh: '请调整该通道中层级的顺序。' },
        );
      else if (prev !== undefined && ctx.architecture.compare(level, prev) === 0)
        report(
          ['tracks', i, 'levels', j],
          'INVALID_VALUE',
          `On the track "${t.id}", the levels "${prev}" and "${level}" have the same grade, so the track cannot tell which is higher.`,
          `职业通道 "${t.id}" 中，层级 "${prev}" 与 "${level}" 职级相同，无法区分高低。`,
          {
            en: 'Give them different grades, or put them on different tracks.',
            zh: '请为它们设置不同的职级，或放到不同的通道中。',
          },
        );
      prev = level;
    });
  });
};
