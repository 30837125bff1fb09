import { defineCommand } from '../define.js';
import { argOrDir, dirOption, formatOption, TABLE_FORMATS, widthOption } from '../options.js';

export default defineCommand({
  name: 'diff',
  summary: { en: 'what changed between two versions of a role', zh: '同一岗位两个版本之间的变更' },
  args: [
    { name: { en: 'old.yaml', zh: '旧.yaml' }, complete: 'file' },
    { name: { en: 'new.yaml', zh: '新.yaml' }, complete: 'file' },
  ],
  forms: [
    {
      synopsis: { en: '--since <git-rev> [dir]', zh: '--since <版本> [目录]' },
      help: { en: 'what changed in a catalog since a git revision', zh: '自某个 git 版本以来目录中的变更' },
    },
  ],
  options: {
    dir: dirOption,
    format: formatOption(TABLE_FORMATS),
    since: {
      type: 'string',
      value: { en: 'git-rev', zh: '版本' },
      help: {
        en: 'compare the catalog directory with its state at a git revision',
        zh: '将岗位目录与其在某个 git 版本时的状态对比',
      },
    },
    width: widthOption,
  },
  examples: [
    {
      line: 'diff old/agent.yaml roles/agent.yaml',
      help: { en: 'two versions of one role file', zh: '同一岗位文件的两个版本' },
    },
    {
      line: 'diff --since HEAD~1',
      help: { en: 'the catalog since the last commit', zh: '自上一次提交以来的目录变更' },
    },
  ],
  async run(ctx) {
    // --since reads the directory named (argument or --dir) or found, old and new; two files are read against the
    // catalog they belong to.
    const since = ctx.values.since !== undefined;
    const dir = await ctx.catalogDir(since ? argOrDir('diff --since', ctx.args[0], ctx.values.dir) : ctx.values.dir);
    const base = since ? undefined : dir;
    const [{ diffCommand, tableOptions }, catalog] = await Promise.all([import('../compare.js'), ctx.catalog(base)]);
    const opts = await tableOptions(ctx, dir);
    return diffCommand(ctx.io, opts, catalog, [...ctx.args], ctx.values.since);
  },
});
