import { defineCommand } from '../define.js';
import { argOrDir, dirOption, failOnOption, formatOption } from '../options.js';

export default defineCommand({
  name: 'validate',
  summary: {
    en: 'check a catalog; every problem as file:line:col path: message [CODE]',
    zh: '校验岗位目录；每个问题一行，含文件、行、列、路径、说明和代码',
  },
  args: [{ name: { en: 'dir', zh: '目录' }, optional: true, complete: 'dir' }],
  options: { dir: dirOption, format: formatOption(['text', 'json']), 'fail-on': failOnOption },
  examples: [
    { line: 'validate', help: { en: 'the catalog found from here up', zh: '校验自当前目录向上找到的岗位目录' } },
    {
      line: 'validate my-roles --fail-on warning',
      help: { en: 'exit 1 on warnings too (for CI)', zh: '有警告时也以 1 退出（用于 CI）' },
    },
  ],
  async run(ctx) {
    const dir = await ctx.catalogDir(argOrDir('validate', ctx.args[0], ctx.values.dir));
    const [{ validateCommand }, loaded] = await Promise.all([import('../commands.js'), ctx.load(dir)]);
    return validateCommand(ctx.io, { lang: ctx.lang, dir, format: ctx.format }, loaded, ctx.failOn);
  },
});
