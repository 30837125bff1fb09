import { EXPORT_FORMATS } from '../../export/types.js';
import { hasErrors } from '../../errors.js';
import { defineCommand } from '../define.js';
import { CatalogError } from '../io.js';
import { dirOption, outOption } from '../options.js';
import { roleIds } from './values.js';

export default defineCommand({
  name: 'export',
  summary: { en: 'the catalog for an HR tool or standard', zh: '导出岗位目录，供 HR 系统或标准格式使用' },
  args: [
    { name: { en: 'target', zh: '目标' }, choices: EXPORT_FORMATS },
    { name: { en: 'ids', zh: '编号' }, optional: true, many: true, complete: roleIds },
  ],
  options: {
    dir: dirOption,
    out: outOption(
      {
        en: 'the directory to write into (default: here); - prints a single-file text export',
        zh: '写入的目录（默认当前目录）；写 - 表示把单个文本文件输出到标准输出',
      },
      'dir',
    ),
  },
  examples: [
    {
      line: 'export odoo --out odoo-import',
      help: { en: 'CSV files for Odoo’s import', zh: '供 Odoo 导入的 CSV 文件' },
    },
    {
      line: 'export jsonld --out - project-manager',
      help: { en: 'one role as schema.org JSON-LD', zh: '以 schema.org JSON-LD 输出一个岗位' },
    },
  ],
  async run(ctx) {
    const dir = await ctx.catalogDir(ctx.values.dir);
    const { loadLintInput } = await import('../lint.js');
    const input = loadLintInput(dir);
    if (hasErrors(input.diagnostics)) throw new CatalogError(input.diagnostics);
    const { exportCommand } = await import('../interchange.js');
    const opts = { lang: ctx.lang, dir, format: ctx.format, out: ctx.values.out, version: ctx.version };
    return exportCommand(ctx.io, opts, input.catalog, input.documents, [...ctx.args]);
  },
});
