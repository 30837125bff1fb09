import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { run } from '../run-cli.js';

const BAD = 'docs/examples/jd/call-center-agent.zh.bad.md';
const GOOD = 'docs/examples/jd/customer-service-manager.zh.good.md';
const OFF = 'docs/examples/jd/software-engineer.en.md';
const tmp = mkdtempSync(join(tmpdir(), 'rolematrix-jd-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('rolematrix check-jd', () => {
  test('text: the picked role, then every finding with line:column and the excerpt; exit 1 on errors', async () => {
    const r = await run('check-jd', BAD, '--role', 'auto');
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(
      /^docs\/examples\/jd\/call-center-agent\.zh\.bad\.md: role call-center-agent \(Call Center Agent\) — picked by auto, fit 0\.\d+; matched: duty:inbound-contacts/,
    );
    expect(r.stdout).toContain(`${BAD}:14:7 sections[1].items[0]: The job description`);
    expect(r.stdout).toContain('[JD_AGE]\n');
    expect(r.stdout).toContain('  > 35岁以下\n');
    expect(r.stdout).toContain('  > 本地户口\n');
    expect(r.stdout).toMatch(/:8:14: .*\[JD_AUTHORITY_ABOVE_GRADE\]\n.*\n {2}> 审批退款和补偿申请\n/);
    expect(lines.at(-2)).toMatch(/^4 errors, 4 warnings, \d+ notes in 1 job description\.$/);
  });

  test('a weak fit: the low-confidence guess in text, in Chinese and in JSON', async () => {
    const file = join(tmp, 'shop.md');
    writeFileSync(file, '# 门店助理\n## 岗位职责\n- 接待顾客咨询\n- 整理货架和库存\n');
    const en = await run('check-jd', file);
    expect(en.stdout.split('\n')[0]).toMatch(
      /: low confidence, probably customer-service-representative \(Customer Service Representative\), fit 0\.\d\d$/,
    );
    expect(en.stdout).toContain('Low confidence: probably customer-service-representative');
    const zh = await run('check-jd', file, '--lang', 'zh');
    expect(zh.stdout.split('\n')[0]).toMatch(
      /: 把握不大，可能是 客户服务代表（customer-service-representative），吻合度 0\.\d\d$/,
    );
    const [report] = JSON.parse((await run('check-jd', file, '--format', 'json')).stdout).reports;
    expect(report.role).toBeNull();
    expect(report.probable).toEqual({
      role: {
        id: 'customer-service-representative',
        title: { zh: '客户服务代表', en: 'Customer Service Representative' },
      },
      score: expect.any(Number),
    });
  });

  test('--lang zh', async () => {
    const r = await run('check-jd', BAD, '--lang', 'zh');
    expect(r.stdout.split('\n')[0]).toContain('岗位 call-center-agent（呼叫中心客服专员） — 自动匹配');
    expect(r.stdout).toMatch(/4 个错误，4 个警告，\d+ 条信息（1 份职位描述）。/);
  });

  test('a good JD: no errors or warnings, exit 0', async () => {
    const r = await run('check-jd', GOOD, '--format', 'json');
    expect(r.code).toBe(0);
    const [report] = JSON.parse(r.stdout).reports;
    expect(report.role.id).toBe('customer-service-manager');
    expect(report.diagnostics.filter((d: { severity: string }) => d.severity !== 'info')).toEqual([]);
  });

  test('an off-catalog JD: no good match (a warning), exit 1 only with --fail-on warning', async () => {
    expect((await run('check-jd', OFF)).stdout.split('\n')[0]).toBe(`${OFF}: no good match`);
    expect((await run('check-jd', OFF)).code).toBe(0);
    expect((await run('check-jd', OFF, '--fail-on', 'warning')).code).toBe(1);
  });

  test('--role names the role to check against', async () => {
    const [report] = JSON.parse(
      (await run('check-jd', BAD, '--role', 'customer-service-supervisor', '--format', 'json')).stdout,
    ).reports;
    expect(report.role.id).toBe('customer-service-supervisor');
    expect(report.ranking).toBeNull();
  });

  test('SARIF 2.1.0 with one result per finding', async () => {
    const log = JSON.parse((await run('check-jd', BAD, '--format', 'sarif')).stdout);
    expect(log.version).toBe('2.1.0');
    const age = log.runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'JD_AGE');
    expect(age.level).toBe('error');
    expect(age.locations[0].physicalLocation).toMatchObject({
      artifactLocation: { uri: BAD },
      region: { startLine: 14, startColumn: 7 },
    });
  });

  test('a config file tunes rules: off, or another severity', async () => {
    const config = join(tmp, 'jd.yaml');
    writeFileSync(
      config,
      'rules:\n  JD_AGE: off\n  JD_GENDER: warning\n  JD_REGION: off\n  JD_AUTHORITY_ABOVE_GRADE: warning\n',
    );
    const [report] = JSON.parse((await run('check-jd', BAD, '--config', config, '--format', 'json')).stdout).reports;
    const codes = report.diagnostics.map((d: { code: string }) => d.code);
    expect(codes).not.toContain('JD_AGE');
    expect(codes).not.toContain('JD_REGION');
    expect(report.diagnostics.find((d: { code: string }) => d.code === 'JD_GENDER').severity).toBe('warning');
    expect((await run('check-jd', BAD, '--config', config)).code).toBe(0);
  });

  test('a config file sets the length limits of JD_TOO_LONG; bad keys and values are usage errors in both languages', async () => {
    const jd = join(tmp, 'long-item.md');
    const item =
      'Answer customer calls and emails, log every request in the ticket system, and route each one to the team that can solve it today';
    writeFileSync(
      jd,
      `# Service Agent\n\n## Responsibilities\n\n- ${item}\n\n## Requirements\n\n- Two years of customer service\n`,
    );
    const tooLong = async (argv: string[]) =>
      JSON.parse((await run('check-jd', jd, '--format', 'json', ...argv)).stdout).reports[0].diagnostics.filter(
        (d: { code: string }) => d.code === 'JD_TOO_LONG',
      );
    // 24 words: within the default 40 for one English item, over a limit of 20.
    expect(await tooLong([])).toEqual([]);
    const config = join(tmp, 'limits.yaml');
    writeFileSync(config, 'tooLong:\n  maxItemWords: 20\n');
    expect(await tooLong(['--config', config])).toMatchObject([
      { severity: 'info', line: 5, column: 3, excerpt: `${item.slice(0, 24)}…` },
    ]);

    const bad = async (text: string, lang: 'en' | 'zh' = 'en') => {
      writeFileSync(config, text);
      const r = await run('check-jd', jd, '--config', config, '--lang', lang);
      expect(r.code).toBe(2);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      return r.stderr.split('\n')[0];
    };
    expect(await bad('tooLong:\n  maxItemWord: 20\n')).toBe(
      `In "${config}", \`tooLong.maxItemWord\` is not a limit; the limits are maxChars, maxWords, maxItemChars, maxItemWords. Did you mean "maxItemWords"?`,
    );
    expect(await bad('tooLong:\n  maxChars: 0\n')).toBe(
      `In "${config}", \`tooLong.maxChars\` must be a positive whole number, not 0.`,
    );
    expect(await bad('tooLong:\n  maxChars: 0\n', 'zh')).toBe(
      `"${config}" 中的 \`tooLong.maxChars\` 应为正整数，不能是 0。`,
    );
    expect(await bad('rule:\n  JD_AGE: off\n')).toBe(
      `The config file "${config}" has an unknown key \`rule\`; it takes \`rules\` and \`tooLong\`. Did you mean "rules"?`,
    );
    expect(await bad('- rules\n', 'zh')).toBe(`配置文件 "${config}" 应为包含 \`rules\` 和/或 \`tooLong\` 的映射。`);
  });

  test('usage errors exit 2 without a stack trace', async () => {
    for (const argv of [
      ['check-jd'],
      ['check-jd', 'nope.md'],
      ['check-jd', BAD, '--role', 'call-centre-agent'],
      ['check-jd', BAD, '--config', join(tmp, 'missing.yaml')],
      ['check-jd', BAD, '--format', 'html'],
    ]) {
      const r = await run(...argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
    expect((await run('check-jd', BAD, '--role', 'call-centre-agent')).stderr).toContain(
      'Did you mean "call-center-agent"?',
    );
  });
});

test('a huge file is refused quickly with a located JD_TOO_LONG, not analysed for minutes', async () => {
  const big = join(tmp, 'huge.md');
  writeFileSync(big, `## Responsibilities\n- ${'handle customer complaints and calls '.repeat(4000)}`);
  const t0 = Date.now();
  const [report] = JSON.parse((await run('check-jd', big, '--format', 'json')).stdout).reports;
  expect(Date.now() - t0).toBeLessThan(5000);
  expect(report.diagnostics).toMatchObject([{ code: 'JD_TOO_LONG', severity: 'error', line: 1, column: 1 }]);
});
