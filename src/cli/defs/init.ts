import { defineCommand } from '../define.js';

export default defineCommand({
  name: 'init',
  summary: {
    en: 'start a catalog: settings, vocabularies and an example role that validate as written',
    zh: '新建岗位目录：目录设置、词汇表和一个示例岗位，写好即可通过校验',
  },
  args: [{ name: { en: 'dir', zh: '目录' }, optional: true, complete: 'dir' }],
  options: {
    vocabulary: {
      type: 'string',
      value: { en: 'kind', zh: '方式' },
      choices: ['empty', 'shipped'],
      default: 'empty',
      help: {
        en: 'empty: the catalog has its own vocabulary files; shipped: it builds on the shipped vocabularies',
        zh: 'empty：目录自带词汇文件；shipped：以内置词汇表为基础',
      },
    },
  },
  examples: [
    { line: 'init hr-roles', help: { en: 'a new catalog in hr-roles/', zh: '在 hr-roles/ 中新建岗位目录' } },
    {
      line: 'init --vocabulary shipped',
      help: { en: 'here, reusing the shipped vocabularies', zh: '在当前目录新建，沿用内置词汇表' },
    },
  ],
  async run(ctx) {
    const { initCommand } = await import('../init.js');
    return initCommand(ctx.io, { lang: ctx.lang, vocabulary: ctx.values.vocabulary }, ctx.args[0]);
  },
});
