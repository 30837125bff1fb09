import { defineCommand } from '../define.js';
import { dirOption, formatOption, TABLE_FORMATS, widthOption } from '../options.js';
import { roleIds } from './values.js';
import { MATRIX_SHEET_MAX_ROLES } from '../../export/matrix-limit.js';

export default defineCommand({
  name: 'matrix',
  summary: { en: 'the N-role comparison table', zh: '多岗位对比表' },
  args: [{ name: { en: 'ids', zh: '编号' }, many: true, complete: roleIds }],
  forms: [
    {
      synopsis: { en: '[ids…] --scores', zh: '[编号…] --scores' },
      help: { en: 'the N×N similarity matrix (all roles by default)', zh: '岗位相似度矩阵（默认全部岗位）' },
    },
  ],
  options: {
    dir: dirOption,
    format: formatOption(TABLE_FORMATS),
    scores: {
      type: 'boolean',
      help: {
        en: `the similarity matrix instead of the dimension table (a table for up to ${MATRIX_SHEET_MAX_ROLES} roles; csv and json for any number)`,
        zh: `输出相似度矩阵而非维度对比表（表格最多 ${MATRIX_SHEET_MAX_ROLES} 个岗位；csv 与 json 不限）`,
      },
    },
    width: widthOption,
  },
  examples: [
    {
      line: 'matrix call-center-agent customer-service-representative customer-service-manager',
      help: { en: 'three roles side by side', zh: '三个岗位并列对比' },
    },
    {
      line: 'matrix --scores --format csv',
      help: { en: 'every pair’s similarity, for a sheet', zh: '全部岗位两两相似度，供表格软件使用' },
    },
  ],
  async run(ctx) {
    const dir = await ctx.catalogDir(ctx.values.dir);
    const [{ matrixCommand, tableOptions }, catalog] = await Promise.all([import('../compare.js'), ctx.catalog(dir)]);
    const opts = await tableOptions(ctx, dir);
    return matrixCommand(ctx.io, opts, catalog, [...ctx.args], ctx.values.scores ?? false);
  },
});
