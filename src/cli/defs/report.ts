import { defineCommand } from '../define.js';
import { dirOption, outOption } from '../options.js';
import { roleIds } from './values.js';

export default defineCommand({
  name: 'report',
  summary: {
    en: 'one self-contained HTML page: overview, comparison, RACI',
    zh: '单个自包含 HTML 页面：总览、对比、RACI',
  },
  args: [{ name: { en: 'ids', zh: '编号' }, optional: true, many: true, complete: roleIds }],
  options: {
    dir: dirOption,
    out: outOption({
      en: 'the file to write (default report.html); - for standard output',
      zh: '写入的文件（默认 report.html）；写 - 表示输出到标准输出',
    }),
  },
  examples: [
    { line: 'report --lang zh', help: { en: 'every role, in Chinese', zh: '全部岗位，中文' } },
    {
      line: 'report --out service.html call-center-agent customer-service-manager',
      help: { en: 'two roles only', zh: '只含两个岗位' },
    },
  ],
  async run(ctx) {
    const dir = await ctx.catalogDir(ctx.values.dir);
    // The RACI findings point at the shipped matrices' lines: the library entry reads them with the YAML parser.
    if (dir === undefined) await import('../../catalog/shipped.js');
    const [{ reportCommand }, catalog] = await Promise.all([import('../report.js'), ctx.catalog(dir)]);
    return reportCommand(ctx.io, { lang: ctx.lang, dir, format: ctx.format, out: ctx.values.out }, catalog, [
      ...ctx.args,
    ]);
  },
});
