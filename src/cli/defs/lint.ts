import { defineCommand } from '../define.js';
import { argOrDir, dirOption, failOnOption, formatOption, thresholdOption, thresholdValue } from '../options.js';

export default defineCommand({
  name: 'lint',
  summary: {
    en: 'catalog health: near duplicates, career dead ends, KPIs without data, …',
    zh: '目录健康检查：相近岗位、晋升死路、缺少数据来源的指标等',
  },
  args: [{ name: { en: 'dir', zh: '目录' }, optional: true, complete: 'dir' }],
  options: {
    dir: dirOption,
    format: formatOption(['text', 'json', 'sarif']),
    threshold: thresholdOption(0.8, {
      en: 'how similar two roles must be to count as near duplicates',
      zh: '两个岗位多相似才算相近重复',
    }),
    'fail-on': failOnOption,
  },
  examples: [
    { line: 'lint', help: { en: 'the catalog found from here up', zh: '检查自当前目录向上找到的岗位目录' } },
    {
      line: 'lint --format sarif > lint.sarif',
      help: { en: 'for code scanning in CI', zh: '供 CI 代码扫描使用' },
    },
  ],
  async run(ctx) {
    const dir = await ctx.catalogDir(argOrDir('lint', ctx.args[0], ctx.values.dir));
    const { loadLintInput, lintCommand } = await import('../lint.js');
    const opts = {
      lang: ctx.lang,
      dir,
      format: ctx.format,
      threshold: thresholdValue(ctx.values.threshold),
      version: ctx.version,
    };
    return lintCommand(ctx.io, opts, loadLintInput(dir), ctx.failOn);
  },
});
