import { defineCommand } from '../define.js';
import { dirOption, formatOption, TABLE_FORMATS, thresholdOption, thresholdValue, widthOption } from '../options.js';

export default defineCommand({
  name: 'overlaps',
  summary: { en: 'near-duplicate roles and duties held by several roles', zh: '相近岗位及多个岗位共有的职责' },
  args: [],
  options: {
    dir: dirOption,
    format: formatOption(TABLE_FORMATS),
    threshold: thresholdOption(0.6, {
      en: 'how similar roles and duties must be to be listed',
      zh: '岗位和职责多相似才列出',
    }),
    width: widthOption,
  },
  examples: [{ line: 'overlaps --threshold 0.5', help: { en: 'list looser overlaps too', zh: '也列出较松的重叠' } }],
  async run(ctx) {
    const dir = await ctx.catalogDir(ctx.values.dir);
    const [{ overlapsCommand, tableOptions }, catalog] = await Promise.all([import('../compare.js'), ctx.catalog(dir)]);
    const opts = await tableOptions(ctx, dir);
    return overlapsCommand(ctx.io, opts, catalog, thresholdValue(ctx.values.threshold));
  },
});
