import { defineCommand } from '../define.js';
import { dirOption, formatOption, TABLE_FORMATS, thresholdOption, thresholdValue, widthOption } from '../options.js';
import { roleIds } from './values.js';

export default defineCommand({
  name: 'compare',
  summary: { en: 'compare two roles, dimension by dimension', zh: '按维度对比两个岗位' },
  description: {
    en: 'Text, md, csv and html print a summary: one row per dimension with its similarity and the few items that make the difference; --detail lists every item. json is always the whole comparison, as data.',
    zh: 'text、md、csv 和 html 输出摘要：每个维度一行，给出相似度和造成差异的几个条目；加 --detail 列出全部条目。json 总是以数据形式给出完整的对比结果。',
  },
  args: [
    { name: { en: 'a', zh: '甲' }, complete: roleIds },
    { name: { en: 'b', zh: '乙' }, complete: roleIds },
  ],
  options: {
    dir: dirOption,
    format: formatOption(TABLE_FORMATS),
    detail: {
      type: 'boolean',
      help: {
        en: 'text, md, csv, html: every item of every dimension, not the summary (json always has every item)',
        zh: 'text、md、csv、html：列出每个维度的全部条目，而非摘要（json 总是包含全部条目）',
      },
    },
    threshold: thresholdOption(0.3, {
      en: 'how close two items must read to count as similar',
      zh: '两个条目的文字多接近才算相近',
    }),
    width: widthOption,
  },
  examples: [
    {
      line: 'compare customer-service-manager project-manager',
      help: { en: 'the summary, one row per dimension', zh: '摘要，每个维度一行' },
    },
    {
      line: 'compare customer-service-manager project-manager --detail --lang zh',
      help: { en: 'every item, in Chinese', zh: '用中文列出全部条目' },
    },
    {
      line: 'compare customer-service-manager project-manager --format json',
      help: { en: 'the comparison as data', zh: '以数据形式输出对比结果' },
    },
  ],
  async run(ctx) {
    const dir = await ctx.catalogDir(ctx.values.dir);
    const [{ compareCommand, tableOptions }, catalog] = await Promise.all([import('../compare.js'), ctx.catalog(dir)]);
    const opts = await tableOptions(ctx, dir);
    return compareCommand(
      ctx.io,
      opts,
      catalog,
      [...ctx.args],
      thresholdValue(ctx.values.threshold),
      ctx.values.detail ?? false,
    );
  },
});
