import { defineCommand } from '../define.js';
import { dirOption, failOnOption, formatOption } from '../options.js';

export default defineCommand({
  name: 'check-jd',
  summary: { en: 'check job descriptions (zh/en)', zh: '检查职位描述（中英文）' },
  description: {
    en: 'Reads Markdown or plain-text postings: missing sections, biased or vague wording, and (with a role) what the posting leaves out of the role or adds to it.',
    zh: '读取 Markdown 或纯文本职位描述：检查缺少的部分、有偏见或含糊的措辞，并（指定岗位时）对照岗位找出遗漏或多出的内容。',
  },
  args: [{ name: { en: 'files', zh: '文件' }, many: true, complete: 'file' }],
  options: {
    dir: dirOption,
    format: formatOption(['text', 'json', 'sarif']),
    role: {
      type: 'string',
      value: { en: 'id|auto', zh: '编号|auto' },
      default: 'auto',
      complete: async (ctx) => ['auto', ...(await ctx.catalog()).roles.keys()],
      help: {
        en: 'the role the postings are for; auto picks the closest one',
        zh: '职位描述对应的岗位；auto 表示自动选出最接近的岗位',
      },
    },
    config: {
      type: 'string',
      value: { en: 'file', zh: '文件' },
      complete: 'file',
      help: {
        en: 'rule severities and length limits (docs/check-jd.md)',
        zh: '规则级别与长度限制（见 docs/check-jd.md）',
      },
    },
    'fail-on': failOnOption,
  },
  examples: [
    { line: 'check-jd postings/*.md', help: { en: 'each against the closest role', zh: '每份对照最接近的岗位' } },
    {
      line: 'check-jd jd.md --role customer-service-manager --lang zh',
      help: { en: 'against one role, in Chinese', zh: '对照指定岗位，用中文输出' },
    },
  ],
  async run(ctx) {
    const dir = await ctx.catalogDir(ctx.values.dir);
    const [{ checkJdCommand }, catalog] = await Promise.all([import('../check-jd.js'), ctx.catalog(dir)]);
    const opts = {
      lang: ctx.lang,
      dir,
      format: ctx.format,
      role: ctx.values.role,
      config: ctx.values.config,
      version: ctx.version,
    };
    return checkJdCommand(ctx.io, opts, catalog, [...ctx.args], ctx.failOn);
  },
});
