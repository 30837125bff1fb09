import stringWidth from 'string-width';
import { describe, expect, test } from 'vitest';
import { catalog } from '../../src/catalog/shipped.js';
import { compareRoles, similarity } from '../../src/compare/compare.js';
import { comparisonTable } from '../../src/render/compare-table.js';
import { renderTable } from '../../src/render/render.js';
import type { Table } from '../../src/render/table.js';
import { main } from '../../src/cli/main.js';

function table(a: string, b: string, lang: 'zh' | 'en'): Table {
  return comparisonTable(compareRoles(catalog.find(a)!, catalog.find(b)!, catalog), catalog, lang);
}

/** The cells of one dimension section: rows until the next section, as { aspect, a, b } text. */
function section(t: Table, name: string): { aspect: string; a: string; b: string; marks: (string | undefined)[] }[] {
  const start = t.rows.findIndex((r) => r.section && r.cells[0]!.lines[0]!.startsWith(`${name} ·`));
  expect(start, `section ${name}`).toBeGreaterThanOrEqual(0);
  const out = [];
  for (let i = start + 1; i < t.rows.length && !t.rows[i]!.section; i++) {
    const [asp, a, b] = t.rows[i]!.cells;
    out.push({
      aspect: asp!.lines.join('\n'),
      a: a!.lines.join('\n'),
      b: b!.lines.join('\n'),
      marks: [a!.mark, b!.mark],
    });
  }
  return out;
}
const all = (rows: { a: string; b: string }[], side: 'a' | 'b') => rows.map((r) => r[side]).join('\n');

async function cli(...argv: string[]): Promise<string> {
  let out = '';
  const code = await main(argv, { stdout: (s) => (out += s), stderr: (s) => (out += s) });
  expect(code).toBe(0);
  return out;
}

describe('seed 000: customer service manager vs project manager, in Chinese', () => {
  const t = table('customer-service-manager', 'project-manager', 'zh');

  test('the Markdown table is reviewed as a file snapshot', async () => {
    await expect(
      await cli('compare', 'customer-service-manager', 'project-manager', '--format', 'md', '--lang', 'zh', '--detail'),
    ).toMatchFileSnapshot('./__snapshots__/customer-service-manager-vs-project-manager.zh.md');
  });

  test('the default terminal output is a summary: every dimension on a line or two, at most 60 lines at width 100', async () => {
    for (const lang of ['zh', 'en'] as const) {
      const out = await cli('compare', 'customer-service-manager', 'project-manager', '--width', '100', '--lang', lang);
      const lines = out.trimEnd().split('\n');
      expect(lines.length).toBeLessThanOrEqual(60);
      for (const line of lines) expect(stringWidth(line), line).toBeLessThanOrEqual(100);
      // Seed 000's six points: duties and focus, orientation, skills and background, KPIs, communication, career.
      const labels =
        lang === 'zh'
          ? ['职责', '工作重心', '导向', '技能', '学历与专业', '绩效指标', '沟通对象', '沟通方式', '职业发展']
          : [
              'Duties',
              'Focus',
              'Orientation',
              'Skills',
              'Education and fields',
              'KPIs',
              'Stakeholders',
              'Channels',
              'Career',
            ];
      for (const label of labels) expect(out, label).toMatch(new RegExp(`^│ ${label} \\d+%`, 'mu'));
      await expect(out).toMatchFileSnapshot(
        `./__snapshots__/customer-service-manager-vs-project-manager.summary.${lang}.txt`,
      );
    }
    const zh = await cli('compare', 'customer-service-manager', 'project-manager', '--width', '100', '--lang', 'zh');
    expect(zh).toContain('│ 导向 0%');
    expect(zh).toMatch(/│ Δ 客户导向 +│ Δ 项目目标导向 +│/u);
    expect(zh).toMatch(/│ A 团队领导与发展 +│ B 项目启动与目标界定 +│/u);
  });

  test('--detail keeps every item; md, csv and html show the summary items whole', async () => {
    const detail = await cli('compare', 'customer-service-manager', 'project-manager', '--detail', '--width', '100');
    expect(detail.split('\n').length).toBeGreaterThan(300);
    expect(detail).toContain('· Track average handling');
    const md = await cli('compare', 'customer-service-manager', 'project-manager', '--format', 'md');
    expect(md).not.toContain('…');
    expect(md).toContain('Team leadership and development');
  });

  test('the table fits the terminal it is shown in, without splitting a word', async () => {
    let out = '';
    await main(['compare', 'customer-service-manager', 'project-manager'], {
      stdout: (s) => (out += s),
      stderr: () => {},
      columns: 72,
    });
    const lines = out.trimEnd().split('\n');
    for (const line of lines) expect(stringWidth(line), line).toBeLessThanOrEqual(72);
    let matrix = '';
    await main(['matrix', '--scores'], { stdout: (s) => (matrix += s), stderr: () => {}, columns: 100 });
    expect(matrix).toMatch(/^│ 1 Customer Relationship +│ 100 │ 31 +│/mu);
    expect(matrix).toMatch(/^│ Manager +│ +│/mu);
    for (const line of matrix.trimEnd().split('\n')) expect(stringWidth(line), line).toBeLessThanOrEqual(100);
  });

  test('1. duties and focus', () => {
    const duties = section(t, '职责');
    expect(all(duties, 'a')).toContain('客户问题处理与关系维系');
    expect(all(duties, 'a')).toContain('服务质量监控与改进');
    expect(all(duties, 'b')).toContain('风险识别与应对');
    expect(all(duties, 'b')).toContain('进度监控');
    const focus = section(t, '工作重心');
    expect(all(focus, 'a')).toContain('服务质量与客户满意度');
    expect(all(focus, 'b')).toContain('项目按时、按质、在预算内成功交付');
  });

  test('2. customer orientation vs project-goal orientation', () => {
    expect(section(t, '导向')).toEqual([
      { aspect: '取值', a: '客户导向', b: '项目目标导向', marks: ['changed', 'changed'] },
    ]);
  });

  test('3. skills and educational background', () => {
    const skills = all(section(t, '技能'), 'a');
    for (const s of ['沟通表达', '客户关系管理能力', '数据分析']) expect(skills).toContain(s);
    const pmSkills = all(section(t, '技能'), 'b');
    for (const s of ['项目规划', '进度控制', '成本管理', '风险评估', '领导力']) expect(pmSkills).toContain(s);
    expect(all(section(t, '素质'), 'a')).toMatch(/同理心[\s\S]*情绪控制|情绪控制[\s\S]*同理心/);
    const edu = section(t, '学历与专业');
    expect(edu[0]).toMatchObject({ aspect: '取值', a: '大专及以上', b: expect.stringContaining('本科及以上') });
    expect(edu.find((r) => r.aspect === '共有')).toMatchObject({ a: '工商管理', b: '工商管理' });
    const only = edu.find((r) => r.aspect === '各自独有')!;
    for (const f of ['市场营销', '客户服务管理', '公共关系']) expect(only.a).toContain(f);
    for (const f of ['计算机', '工程管理']) expect(only.b).toContain(f);
  });

  test('4. KPIs', () => {
    const kpis = section(t, '绩效指标');
    for (const k of ['客户满意度', '客户留存率', '投诉处理效率', '续费率', '复购率'])
      expect(all(kpis, 'a')).toContain(k);
    for (const k of ['按时交付率', '质量达标率']) expect(all(kpis, 'b')).toContain(k);
  });

  test('5. whom they communicate with, and how', () => {
    const channels = section(t, '沟通方式');
    expect(all(channels, 'a')).toMatch(/电话/);
    expect(all(channels, 'a')).toMatch(/在线聊天/);
    for (const c of ['项目计划文档', '进度跟踪工具']) expect(all(channels, 'b')).toContain(c);
    expect(channels.find((r) => r.aspect === '共有')!.a).toContain('会议');
    const who = section(t, '沟通对象');
    expect(all(who, 'a')).toContain('客户');
    for (const w of ['团队成员', '高层管理者', '外部供应商与合作伙伴', '客户代表']) expect(all(who, 'b')).toContain(w);
  });

  test('6. career direction', () => {
    const career = section(t, '职业发展');
    for (const c of ['客户服务总监', '客户关系管理总监', '市场营销', '品牌管理']) expect(all(career, 'a')).toContain(c);
    for (const c of ['高级项目经理', '项目总监', '项目管理办公室主任']) expect(all(career, 'b')).toContain(c);
  });
});

describe('seed 001: call-center agent vs project manager, in Chinese', () => {
  const t = table('call-center-agent', 'project-manager', 'zh');

  test('the Markdown table is reviewed as a file snapshot', async () => {
    await expect(
      await cli('compare', 'call-center-agent', 'project-manager', '--format', 'md', '--lang', 'zh', '--detail'),
    ).toMatchFileSnapshot('./__snapshots__/call-center-agent-vs-project-manager.zh.md');
  });

  test('duties and daily work', () => {
    const duties = all(section(t, '职责'), 'a');
    for (const d of ['接听', '回访', '满意度', '投诉']) expect(duties).toContain(d);
    const pm = all(section(t, '职责'), 'b');
    for (const d of ['项目启动', '项目计划', '进度监控', '风险', '验收']) expect(pm).toContain(d);
  });

  test('KPIs: first-call connection rate and average handling time for the call center', () => {
    const kpis = all(section(t, '绩效指标'), 'a');
    for (const k of ['客户满意度', '问题解决率', '首次接通率', '平均处理时长', '服务质量评分', '投诉处理效率'])
      expect(kpis).toContain(k);
  });

  test('skills and tools', () => {
    expect(all(section(t, '技能'), 'a')).toContain('产品知识');
    const tools = all(section(t, '工具与方法'), 'b');
    for (const x of ['WBS', '甘特图', '网络计划', '风险矩阵']) expect(tools).toContain(x);
  });

  test('career path agent → supervisor', () => {
    expect(all(section(t, '职业发展'), 'a')).toContain('客服主管');
  });

  test('work environment: high intensity and standardized vs flexible and varied', () => {
    const env = section(t, '工作环境');
    const value = env.find((r) => r.aspect === '取值')!;
    expect(value.a).toContain('高强度');
    expect(value.a).toContain('标准化流程');
    expect(value.b).toContain('工作多变');
    expect(env.find((r) => r.aspect === '各自独有')!.a).toContain('呼叫中心');
  });
});

describe('in English and in every format', () => {
  test('labels follow --lang', () => {
    const t = table('customer-service-manager', 'project-manager', 'en');
    expect(t.columns).toEqual(['Dimension / Aspect', 'Customer Service Manager', 'Project Manager']);
    expect(section(t, 'Orientation')).toEqual([
      { aspect: 'Value', a: 'Customer-oriented', b: 'Project-goal-oriented', marks: ['changed', 'changed'] },
    ]);
  });

  test.each(['text', 'md', 'csv', 'json', 'html'] as const)('%s renders the same cells', (format) => {
    const out = renderTable(table('call-center-agent', 'project-manager', 'zh'), format, { lang: 'zh' });
    expect(out).toContain('首次接通率');
    expect(out).toContain('项目目标导向');
  });
});

test('the score-only path gives the same overall score as the full comparison, for every pair of shipped roles', () => {
  const roles = catalog.list();
  for (const a of roles)
    for (const b of roles) expect(similarity(a, b, catalog)).toBeCloseTo(compareRoles(a, b, catalog).score, 12);
});
