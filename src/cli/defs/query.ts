import { defineCommand } from '../define.js';
import { dirOption, formatOption, TABLE_FORMATS, widthOption } from '../options.js';

export default defineCommand({
  name: 'query',
  summary: { en: 'find roles matching an expression, and why each matched', zh: '按表达式查询岗位，并说明匹配原因' },
  args: [{ name: { en: 'expr', zh: '表达式' }, many: true }],
  options: { dir: dirOption, format: formatOption(TABLE_FORMATS), width: widthOption },
  examples: [
    {
      line: 'query "permission:budget>=decides and level>=manager"',
      help: { en: 'managers and above who decide on budgets', zh: '经理及以上、对预算有决定权的岗位' },
    },
    { line: 'query "kpi:customer-satisfaction"', help: { en: 'roles measured on it', zh: '以该指标考核的岗位' } },
  ],
  async run(ctx) {
    const dir = await ctx.catalogDir(ctx.values.dir);
    const [{ queryCommand }, catalog] = await Promise.all([import('../query.js'), ctx.catalog(dir)]);
    const { tableOptions } = await import('../compare.js');
    const opts = await tableOptions(ctx, dir);
    return queryCommand(ctx.io, opts, catalog, ctx.args.join(' '));
  },
});
