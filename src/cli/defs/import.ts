import { IMPORT_FORMATS } from '../../import/types.js';
import { defineCommand } from '../define.js';
import { outOption } from '../options.js';

/** The first argument that makes `import` draft roles from a classification instead of reading exported files. */
const SOURCES = ['onet', 'csco'] as const;

export default defineCommand({
  name: 'import',
  summary: {
    en: 'exported files back into YAML role files (comments kept); draft roles from O*NET or the 2022 classification',
    zh: '把导出的文件导回 YAML 岗位文件（保留注释）；从 O*NET 或 2022 年版职业分类起草岗位',
  },
  args: [{ name: { en: 'files', zh: '文件' }, many: true, complete: 'file' }],
  forms: [
    {
      synopsis: { en: 'onet <folder> --occupation <codes>|--all', zh: 'onet <文件夹> --occupation <代码>|--all' },
      help: {
        en: 'draft roles from the O*NET database folder you downloaded (text or Excel layout)',
        zh: '从下载的 O*NET 数据库文件夹（文本或 Excel 版）起草岗位',
      },
    },
    {
      synopsis: { en: 'csco <file> --occupation <codes>|--all', zh: 'csco <文件> --occupation <代码>|--all' },
      help: {
        en: 'draft Chinese roles from a table (CSV or XLSX) of China’s 2022 occupational classification',
        zh: '从《中华人民共和国职业分类大典（2022年版）》的表格（CSV 或 XLSX）起草中文岗位',
      },
    },
  ],
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
    occupation: {
      type: 'string',
      value: { en: 'codes', zh: '代码' },
      help: {
        en: 'onet, csco: the occupations to draft, separated by commas (43-4051.00 or 4-07-02-03)',
        zh: 'onet、csco：要起草的职业代码，以逗号分隔（43-4051.00 或 4-07-02-03）',
      },
    },
    all: {
      type: 'boolean',
      help: { en: 'onet, csco: draft every occupation of the source', zh: 'onet、csco：起草来源中的全部职业' },
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
    {
      line: 'import onet db_29_1_text --occupation 43-4051.00,43-1011.00 --out hr-roles',
      help: { en: 'two O*NET occupations as draft roles', zh: '把两个 O*NET 职业起草为岗位' },
    },
    {
      line: 'import csco 职业分类大典.xlsx --occupation 4-07-02-03 --out hr-roles',
      help: { en: 'a Chinese draft from the 2022 classification', zh: '根据 2022 年版职业分类起草中文岗位' },
    },
  ],
  async run(ctx) {
    const [first, ...rest] = ctx.args;
    if ((SOURCES as readonly (string | undefined)[]).includes(first) && ctx.values.from === undefined) {
      const { classificationImport } = await import('../import-classification.js');
      if (rest.length > 1) {
        const { UsageError } = await import('../io.js');
        throw new UsageError({
          en: `\`import ${first!}\` reads one ${first === 'onet' ? 'folder' : 'file'}; give the codes with --occupation.`,
          zh: `import ${first!} 只读取一个${first === 'onet' ? '文件夹' : '文件'}；职业代码请用 --occupation 给出。`,
        });
      }
      return classificationImport(ctx.io, first as 'onet' | 'csco', rest[0], {
        lang: ctx.lang,
        out: ctx.values.out,
        occupation: ctx.values.occupation,
        all: ctx.values.all === true,
      });
    }
    if (ctx.values.occupation !== undefined || ctx.values.all === true) {
      const { UsageError } = await import('../io.js');
      throw new UsageError({
        en: '--occupation and --all go with `import onet <folder>` or `import csco <file>`.',
        zh: '--occupation 和 --all 仅用于 import onet <文件夹> 或 import csco <文件>。',
      });
    }
    const { importCommand } = await import('../interchange.js');
    const opts = { lang: ctx.lang, dir: undefined, format: ctx.format, out: ctx.values.out, from: ctx.values.from };
    return importCommand(ctx.io, opts, [...ctx.args]);
  },
});
