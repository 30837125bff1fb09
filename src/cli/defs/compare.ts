import type { TableFormat } from '../../render/table.js';
import { defineCommand } from '../define.js';
import { dirOption, formatOption, TABLE_FORMATS, thresholdOption, widthOption } from '../options.js';
import { roleIds } from './values.js';

export default defineCommand({
  name: 'compare',
  summary: { en: 'compare two roles, dimension by dimension', zh: '按维度对比两个岗位' },
  args: [
    { name: { en: 'a', zh: '甲' }, complete: roleIds },
    { name: { en: 'b', zh: '乙' }, complete: roleIds },
  ],
  options: {
    dir: dirOption,
    format: formatOption(TABLE_FORMATS),
    threshold: thresholdOption(0.3, {
      en: 'how close two items must read to count as similar',
      zh: '两个条目的文字多接近才算相近',
    }),
    width: widthOption,
  },
  examples: [
    {
      line: 'compare customer-service-manager project-manager',
      help: { en: 'dimension by dimension', zh: '逐个维度对比' },
    },
    {
      line: 'compare customer-service-manager project-manager --lang zh',
      help: { en: 'in Chinese', zh: '用中文对比' },
    },
    {
      line: 'compare customer-service-manager project-manager --format json',
      help: { en: 'the comparison as data', zh: '以数据形式输出对比结果' },
    },
  ],
  async run(ctx) {
    const dir = await ctx.catalogDir(ctx.values.dir);
    const [{ compareCommand }, catalog] = await Promise.all([import('../compare.js'), ctx.catalog(dir)]);
    const opts = { lang: ctx.lang, dir, format: ctx.format as TableFormat, width: ctx.width };
    return compareCommand(ctx.io, opts, catalog, [...ctx.args], ctx.values.threshold);
  },
});
