import { defineCommand } from '../define.js';
import { dirOption, formatOption } from '../options.js';
import { roleIds } from './values.js';

export default defineCommand({
  name: 'show',
  summary: { en: 'show one role with its graded authorities', zh: '查看一个岗位及其分级权限' },
  args: [{ name: { en: 'id', zh: '编号' }, complete: roleIds }],
  options: { dir: dirOption, format: formatOption(['text', 'json', 'yaml']) },
  examples: [
    {
      line: 'show customer-service-manager --lang zh',
      help: { en: 'one role, in Chinese', zh: '用中文查看一个岗位' },
    },
    {
      line: 'show project-manager --format yaml',
      help: { en: 'the resolved role as YAML', zh: '以 YAML 输出解析后的岗位' },
    },
  ],
  async run(ctx) {
    const dir = await ctx.catalogDir(ctx.values.dir);
    const [{ showCommand }, catalog] = await Promise.all([import('../commands.js'), ctx.catalog(dir)]);
    return showCommand(ctx.io, { lang: ctx.lang, dir, format: ctx.format }, catalog, ctx.args[0]);
  },
});
