import { hasErrors } from '../../errors.js';
import { defineCommand } from '../define.js';
import { CatalogError } from '../io.js';
import { dirOption, formatOption } from '../options.js';
import { roleIds } from './values.js';

export default defineCommand({
  name: 'classify',
  summary: {
    en: 'suggest O*NET-SOC, China 2022 and ISCO-08 codes for roles that lack them, with the evidence',
    zh: '为缺少职业分类代码的岗位建议 O*NET-SOC、2022 年版职业分类和 ISCO-08 代码，并给出依据',
  },
  description: {
    en: 'Each occupation of the sources is written as a job description and matched against the roles with check-jd’s engine; a role’s best occupation is proposed when it scores 0.15 or more, with the role’s duties, KPIs and skills it matched. A code a role has is left alone. --write adds the proposals to the role files, comments kept (docs/classifications.md).',
    zh: '把来源中的每个职业写成职位描述，用 check-jd 的匹配引擎与岗位比对；岗位得分最高且不低于 0.15 的职业作为建议，并列出它匹配到的职责、指标和技能。岗位已有的代码保持不变。--write 把建议写入岗位文件，保留注释（见 docs/classifications.md）。',
  },
  args: [{ name: { en: 'ids', zh: '编号' }, optional: true, many: true, complete: roleIds }],
  options: {
    with: {
      type: 'string',
      value: { en: 'key=path,…', zh: '来源=路径,…' },
      complete: 'file',
      repeatable: true,
      help: {
        en: 'the sources: onet=<folder> (the O*NET database), csco=<file> (a table of the 2022 classification), isco=<file> (the ILO’s ISCO-08 structure table), separated by commas or each with its own --with',
        zh: '来源：onet=<文件夹>（O*NET 数据库）、csco=<文件>（2022 年版职业分类表）、isco=<文件>（国际劳工组织的 ISCO-08 结构表），以逗号分隔或分别用 --with 给出',
      },
    },
    write: {
      type: 'boolean',
      help: {
        en: 'add the proposed codes to the role files (comments kept; every file or none)',
        zh: '把建议的代码写入岗位文件（保留注释；全部写入或全不写入）',
      },
    },
    dir: dirOption,
    format: formatOption(['text', 'json']),
  },
  examples: [
    {
      line: 'classify --with onet=db_29_1_text,csco=职业分类.xlsx,isco=isco08.xlsx',
      help: { en: 'codes for every role that lacks one', zh: '为所有缺少代码的岗位建议代码' },
    },
    {
      line: 'classify account-manager --with onet=db_29_1_text --dir hr-roles --write',
      help: { en: 'add the O*NET code to one role’s file', zh: '把 O*NET 代码写入一个岗位的文件' },
    },
  ],
  async run(ctx) {
    const dir = await ctx.catalogDir(ctx.values.dir);
    const { loadLintInput } = await import('../lint.js');
    const input = loadLintInput(dir);
    if (hasErrors(input.diagnostics)) throw new CatalogError(input.diagnostics);
    const { classifyCommand } = await import('../classify.js');
    const opts = {
      lang: ctx.lang,
      format: (ctx.format ?? 'text') as 'text' | 'json',
      with: ctx.values.with,
      write: ctx.values.write === true,
      dir,
    };
    return classifyCommand(ctx.io, opts, input.catalog, ctx.args);
  },
});
