import { defineCommand } from '../define.js';
import { dirOption, formatOption } from '../options.js';

export default defineCommand({
  name: 'list',
  summary: { en: 'list the roles', zh: '列出全部岗位' },
  args: [],
  options: { dir: dirOption, format: formatOption(['text', 'json']) },
  examples: [{ line: 'list --lang zh', help: { en: 'in Chinese', zh: '用中文列出' } }],
  async run(ctx) {
    const dir = await ctx.catalogDir(ctx.values.dir);
    const [{ listCommand }, catalog] = await Promise.all([import('../commands.js'), ctx.catalog(dir)]);
    return listCommand(ctx.io, { lang: ctx.lang, dir, format: ctx.format }, catalog);
  },
});
