import { hasErrors } from '../../errors.js';
import { defineCommand } from '../define.js';
import { CatalogError } from '../io.js';
import { dirOption, failOnOption, formatOption, outOption } from '../options.js';
import { roleIds } from './values.js';

export default defineCommand({
  name: 'jd',
  summary: { en: 'write a job description from a role', zh: '根据岗位生成职位描述' },
  description: {
    en: 'Writes a posting in --lang: summary, duties with their key activities, requirements, KPIs and, from a posting file, what you offer, the company, the place and how to apply. It is checked with check-jd’s rules; a finding points at the role’s YAML. --format jsonld gives a schema.org JobPosting for job boards.',
    zh: '用 --lang 指定的语言生成职位描述：岗位概述、职责及关键活动、任职要求、考核指标，以及职位发布文件中的福利待遇、公司介绍、工作地点和应聘方式。生成结果按 check-jd 的规则检查，问题指向岗位 YAML 中的位置。--format jsonld 输出供招聘网站使用的 schema.org JobPosting。',
  },
  args: [{ name: { en: 'id', zh: '编号' }, complete: roleIds }],
  options: {
    dir: dirOption,
    format: formatOption(['md', 'html', 'jsonld', 'json']),
    config: {
      type: 'string',
      value: { en: 'file', zh: '文件' },
      complete: 'file',
      help: {
        en: 'a posting file: employer, place, dates, salary, offer (docs/jd.md)',
        zh: '职位发布文件：用人单位、地点、日期、薪资、福利（见 docs/jd.md）',
      },
    },
    out: outOption({ en: 'the file to write (default: stdout)', zh: '写入的文件（默认输出到标准输出）' }),
    'fail-on': failOnOption,
  },
  examples: [
    {
      line: 'jd customer-service-manager --lang zh',
      help: { en: 'a Chinese posting as Markdown', zh: '生成中文职位描述（Markdown）' },
    },
    {
      line: 'jd project-manager --format html --config posting.yaml --out pm.html',
      help: { en: 'a web page with the JobPosting for job boards', zh: '生成网页，内含供招聘网站读取的 JobPosting' },
    },
  ],
  async run(ctx) {
    const dir = await ctx.catalogDir(ctx.values.dir);
    const { loadLintInput } = await import('../lint.js');
    const input = loadLintInput(dir);
    if (hasErrors(input.diagnostics)) throw new CatalogError(input.diagnostics);
    const { jdCommand } = await import('../jd.js');
    const opts = {
      lang: ctx.lang,
      format: (ctx.format ?? 'md') as 'md' | 'html' | 'jsonld' | 'json',
      config: ctx.values.config,
      out: ctx.values.out,
    };
    return jdCommand(ctx.io, opts, input.catalog, input.documents, ctx.args[0]!, ctx.failOn);
  },
});
