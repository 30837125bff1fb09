import { defineCommand } from '../define.js';
import { dirOption, failOnOption, formatOption, TABLE_FORMATS, widthOption } from '../options.js';
import { matrixIds, roleIds } from './values.js';

export default defineCommand({
  name: 'raci',
  summary: {
    en: 'a responsibility matrix as a letter grid, with its rule findings',
    zh: '以字母表格显示职责矩阵及检查结果',
  },
  args: [{ name: { en: 'matrix', zh: '矩阵' }, complete: matrixIds }],
  forms: [
    {
      synopsis: { en: '--role <id>', zh: '--role <编号>' },
      help: { en: 'one role’s letters across every matrix', zh: '某个岗位在所有矩阵中的字母' },
    },
    {
      synopsis: { en: '--draft <matrix>', zh: '--draft <矩阵>' },
      help: {
        en: 'letters proposed from the roles’ duties and permissions, for review',
        zh: '根据岗位职责和权限草拟字母，供人工复核',
      },
    },
  ],
  options: {
    dir: dirOption,
    format: formatOption(TABLE_FORMATS),
    role: {
      type: 'string',
      value: { en: 'id', zh: '编号' },
      complete: roleIds,
      help: { en: 'one role’s letters across every matrix', zh: '某个岗位在所有矩阵中的字母' },
    },
    draft: {
      type: 'string',
      value: { en: 'matrix', zh: '矩阵' },
      complete: matrixIds,
      help: { en: 'propose letters for a matrix', zh: '为某个矩阵草拟字母' },
    },
    'fail-on': failOnOption,
    width: widthOption,
  },
  examples: [
    {
      line: 'raci complaint-handling',
      help: { en: 'the complaint-handling matrix and its findings', zh: '投诉处理矩阵及其检查结果' },
    },
    { line: 'raci --role project-manager', help: { en: 'where one role takes part', zh: '某个岗位参与的活动' } },
  ],
  async run(ctx) {
    const dir = await ctx.catalogDir(ctx.values.dir);
    // The RACI findings point at the shipped matrices' lines: the library entry reads them with the YAML parser.
    if (dir === undefined) await import('../../catalog/shipped.js');
    const [{ raciCommand }, catalog] = await Promise.all([import('../raci.js'), ctx.catalog(dir)]);
    const { tableOptions } = await import('../compare.js');
    const opts = await tableOptions(ctx, dir);
    return raciCommand(ctx.io, opts, catalog, [...ctx.args], {
      role: ctx.values.role,
      draft: ctx.values.draft,
      failOn: ctx.failOn,
    });
  },
});
