import { defineCommand } from '../define.js';
import { EXIT, UsageError } from '../io.js';
import { outOption } from '../options.js';
import { OUTPUT_NAMES, type OutputName } from '../../render/output-names.js';

export default defineCommand({
  name: 'schema',
  summary: {
    en: 'print the JSON Schema of role files, posting files, or a command’s --format json output',
    zh: '输出岗位文件、职位发布文件或某个命令 --format json 输出的 JSON Schema',
  },
  description: {
    en: 'Without an argument: the schema of role files (with --dir, that catalog’s own levels, tracks and vocabulary ids as enums, for completion in an editor). With posting: the schema of posting files (jd --config). With a command’s name: the schema of its JSON output.',
    zh: '不带参数时输出岗位文件的结构（带 --dir 时以该目录自己的层级、序列和词汇编号为枚举，便于编辑器补全）；参数为 posting 时输出职位发布文件（jd --config）的结构；参数为命令名时输出该命令 JSON 输出的结构。',
  },
  args: [
    {
      name: { en: 'output', zh: '输出' },
      optional: true,
      choices: [...OUTPUT_NAMES, 'posting'],
    },
  ],
  options: {
    dir: {
      type: 'string',
      value: { en: 'dir', zh: '目录' },
      complete: 'dir',
      help: {
        en: 'the role-file schema of the catalog in <dir>, with its own ids',
        zh: '<目录> 中岗位目录的岗位文件结构，含其自己的编号',
      },
    },
    out: outOption({ en: 'the file to write (default: standard output)', zh: '写入的文件（默认输出到标准输出）' }),
  },
  examples: [
    {
      line: 'schema --dir hr-roles --out hr-roles/schema.json',
      help: { en: 'for editor completion', zh: '供编辑器补全' },
    },
    { line: 'schema compare', help: { en: 'the shape of compare --format json', zh: 'compare --format json 的结构' } },
  ],
  async run(ctx) {
    const { io, args, values } = ctx;
    let text: string;
    const name = args[0];
    if (name === 'posting') {
      if (values.dir !== undefined)
        throw new UsageError({
          en: 'schema posting is the same for every catalog: leave out --dir.',
          zh: 'schema posting 与岗位目录无关：请去掉 --dir。',
        });
      const { postingJsonSchema } = await import('../../render/posting-data.js');
      text = `${JSON.stringify(postingJsonSchema(), null, 2)}\n`;
    } else if (name !== undefined) {
      // The schema of a command's --format json output (docs/json-output.md).
      const { OUTPUT_SCHEMAS } = await import('../../render/output-schemas.js');
      if (values.dir !== undefined)
        throw new UsageError({
          en: `schema ${name} is the same for every catalog: leave out --dir.`,
          zh: `schema ${name} 与岗位目录无关：请去掉 --dir。`,
        });
      // The name is one of OUTPUT_NAMES: the command line is checked against this definition.
      const output = OUTPUT_SCHEMAS[name as OutputName];
      text = `${JSON.stringify(output.schema(), null, 2)}\n`;
    } else if (values.dir !== undefined) {
      // That catalog's own levels, tracks and vocabulary ids as enums, for completion in its role files.
      const [catalog, { catalogJsonSchema }] = await Promise.all([
        ctx.catalog(values.dir),
        import('../../catalog/schema.js'),
      ]);
      text = `${JSON.stringify(catalogJsonSchema(catalog), null, 2)}\n`;
    } else text = (await import('../commands.js')).schemaText();
    if (values.out === undefined) io.stdout(text);
    else (await import('../write.js')).writeAll([{ path: values.out, content: text }]);
    return EXIT.ok;
  },
});
