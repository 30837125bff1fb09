import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { checkJobDescription } from '../../src/jd/check.js';
import { findYears } from '../../src/jd/extract.js';
import { loadCatalog } from '../../src/node/load.js';
import { textIn, type LocalizedText } from '../../src/model/text.js';

const { catalog } = loadCatalog('roles');
const text = readFileSync('docs/examples/jd/project-manager.en.bad.md', 'utf8');
const kpi = (role: string) =>
  checkJobDescription(text, catalog, { role })
    .diagnostics.filter((d) => d.code === 'JD_MISSING_KPI')
    .map((d) => d.severity);

test('a KPI the JD leaves out is a warning against a named role, a note when --role auto guessed the role', () => {
  expect(kpi('project-manager')).toContain('warning');
  // picked by auto, only the five most important gaps are findings (duties here); the KPIs are notes in `missing`
  const auto = checkJobDescription(text, catalog, { role: 'auto' });
  expect(auto.role).toBe('project-manager');
  const kpis = auto.coverage!.missing.filter((m) => m.kind === 'kpi');
  expect(kpis.length).toBeGreaterThan(0);
  expect(kpis.every((m) => m.severity === 'info')).toBe(true);
  expect(kpi('auto').every((s) => s === 'info')).toBe(true);
});

test('years after 其中 / including are a part of the total, not the total; management years stay their own claim', () => {
  const read = (t: string) => findYears(t).map((f) => f.value);
  expect(read('5年以上工作经验，其中2年以上呼叫中心经验')).toEqual([{ min: 5, management: false }]);
  expect(read('3年以上客服经验，其中1年以上管理经验')).toEqual([
    { min: 3, management: false },
    { min: 1, management: true },
  ]);
  expect(read('5+ years of experience, including 2 years of contact center experience')).toEqual([
    { min: 5, management: false },
  ]);
  // "with" opens no subset: candidates with 3 years are asked for 3 years
  expect(read('Candidates with 3+ years of call center experience')).toEqual([{ min: 3, management: false }]);
  expect(read('具有3年以上客服经验，含夜班经验者优先')).toEqual([{ min: 3, management: false }]);
});

test('role creep is work of a role above or beside the picked one, not of the team it manages', () => {
  const agent = catalog.find('call-center-agent')!;
  const manager = catalog.find('customer-service-manager')!;
  const text = (d: { title: LocalizedText; description?: LocalizedText | undefined }) =>
    `${textIn(d.title, 'en')}: ${textIn(d.description, 'en')}`;
  const duty = (r: typeof agent, i: number) => text(r.duties![i]!);
  const jd = (role: typeof agent, extra: string) =>
    ['# Job', '', '## Responsibilities', ...role.duties!.map((_, i) => `- ${duty(role, i)}`), `- ${extra}`].join('\n');
  const creep = (body: string, role: string) =>
    checkJobDescription(body, catalog, { role }).diagnostics.filter((d) => d.code === 'JD_ROLE_CREEP');
  // The agent's own duties in a manager's posting: what the manager's team does.
  const agentDuty = agent.duties!.find((d) => !manager.duties!.some((m) => m.id === d.id))!;
  expect(creep(jd(manager, text(agentDuty)), 'customer-service-manager')).toEqual([]);
  // A manager's duty in an agent's posting is creep.
  const managerDuty = manager.duties!.find((d) => !agent.duties!.some((a) => a.id === d.id))!;
  expect(creep(jd(agent, text(managerDuty)), 'call-center-agent').length).toBeGreaterThan(0);
});
