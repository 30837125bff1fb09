import { IMPORT_FORMATS } from '../../import/types.js';
import { defineCommand } from '../define.js';
import { outOption } from '../options.js';

export default defineCommand({
  name: 'import',
  summary: {
    en: 'exported files back into YAML role files (comments kept)',
    zh: '把导出的文件导回 YAML 岗位文件（保留注释）',
  },
  args: [{ name: { en: 'files', zh: '文件' }, many: true, complete: 'file' }],
  options: {
    from: {
      type: 'string',
      value: { en: 'format', zh: '格式' },
      choices: IMPORT_FORMATS,
      help: {
        en: 'the files’ format (default: from each file’s extension)',
        zh: '文件格式（默认按各文件扩展名判断）',
      },
    },
    out: outOption(
      { en: 'the catalog directory to write or update (default: here)', zh: '写入或更新的岗位目录（默认当前目录）' },
      'dir',
    ),
  },
  examples: [
    {
      line: 'import roles.xlsx --out hr-roles',
      help: { en: 'a workbook edited in Excel', zh: '在 Excel 中编辑过的工作簿' },
    },
  ],
  async run(ctx) {
    const { importCommand } = await import('../interchange.js');
    const opts = { lang: ctx.lang, dir: undefined, format: ctx.format, out: ctx.values.out, from: ctx.values.from };
    return importCommand(ctx.io, opts, [...ctx.args]);
  },
});
