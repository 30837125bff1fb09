import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { catalog, catalogDiagnostics, catalogSources } from '../../src/catalog/shipped.js';
import { loadCatalog } from '../../src/node/index.js';
import { AUTHORITY, type Role } from '../../src/index.js';
import { main } from '../../src/cli/main.js';

const ROLE_IDS = [
  'account-manager',
  'call-center-agent',
  'complaint-handling-specialist',
  'customer-relationship-manager',
  'customer-service-director',
  'customer-service-manager',
  'customer-service-representative',
  'customer-service-supervisor',
  'pmo-director',
  'project-director',
  'project-manager',
  'senior-project-manager',
];

const role = (id: string): Role => {
  const r = catalog.find(id);
  if (!r) throw new Error(`missing role ${id}`);
  return r;
};
const authorityOf = (id: string, perm: string) => role(id).permissions?.find((p) => p.id === perm)?.authority;

describe('the shipped catalog', () => {
  test('is valid: no diagnostics at all', () => {
    expect(catalogDiagnostics).toEqual([]);
  });

  test('holds the twelve roles', () => {
    expect([...catalog.roles.keys()].sort()).toEqual(ROLE_IDS);
  });

  test('reads the same from disk as embedded', () => {
    const fromDisk = loadCatalog('roles');
    expect(fromDisk.diagnostics).toEqual([]);
    expect([...fromDisk.catalog.roles.values()]).toEqual([...catalog.roles.values()]);
  });

  test('every file carries the yaml-language-server modeline pointing at the generated schema', () => {
    for (const f of catalogSources) {
      const expected = /^roles\/(vocabulary|matrices)\//.test(f.path)
        ? '../rolematrix.schema.json'
        : './rolematrix.schema.json';
      expect(f.text.split('\n')[0], f.path).toBe(`# yaml-language-server: $schema=${expected}`);
    }
    expect(catalogSources.length).toBeGreaterThanOrEqual(22);
  });

  test('every role is bilingual in its title and summary and has duties, permissions and KPIs', () => {
    for (const r of catalog.roles.values()) {
      expect(typeof r.title === 'object' && r.title.zh && r.title.en, r.id).toBeTruthy();
      expect(typeof r.summary === 'object' && r.summary.zh && r.summary.en, r.id).toBeTruthy();
      expect(r.duties?.length, r.id).toBeGreaterThan(2);
      expect(r.permissions?.length, r.id).toBeGreaterThan(0);
      expect(r.kpis?.length, r.id).toBeGreaterThan(0);
      expect(r.workEnvironment, r.id).toBeDefined();
    }
  });

  test('reporting lines rise in level', () => {
    for (const r of catalog.roles.values()) {
      if (r.reportsTo)
        expect(catalog.architecture.compare(role(r.reportsTo).level, r.level), `${r.id} → ${r.reportsTo}`).toBeGreaterThan(0);
    }
  });
});

describe('seed 002: the customer service manager in depth', () => {
  const csm = role('customer-service-manager');

  test('seven duties', () => {
    expect(csm.duties?.map((d) => d.id)).toEqual([
      'team-leadership',
      'service-standards',
      'customer-issue-resolution',
      'quality-monitoring',
      'operating-efficiency',
      'data-analysis-reporting',
      'cross-department-collaboration',
    ]);
  });

  test('six authority areas, each right graded', () => {
    expect(new Set(csm.permissions?.map((p) => p.domain))).toEqual(
      new Set(['people', 'resources', 'process', 'customer-issues', 'budget', 'information']),
    );
    expect(authorityOf('customer-service-manager', 'recruitment-proposal')).toBe('proposes');
    expect(authorityOf('customer-service-manager', 'hiring-decision')).toBe('decides');
    expect(authorityOf('customer-service-manager', 'pay-adjustment-proposal')).toBe('proposes');
    expect(authorityOf('customer-service-manager', 'reward-promotion-transfer-approval')).toBe('approves');
    const general = csm.permissions?.find((p) => p.id === 'general-complaint-resolution');
    expect(general).toMatchObject({ authority: 'decides', escalateTo: 'customer-service-director' });
    expect(general?.limit).toMatchObject({ en: expect.stringMatching(/general complaints/i) });
    const budget = csm.permissions?.find((p) => p.id === 'department-budget');
    expect(budget?.authority).toBe('decides');
    expect(budget?.limit).toMatchObject({ zh: expect.stringContaining('预算') });
  });

  test('qualifications: 大专 or higher, preferred majors, 3–5 years with 1–2 managing', () => {
    expect(csm.qualifications?.education).toMatchObject({ minimum: 'associate' });
    expect(csm.qualifications?.education?.fields).toEqual(
      expect.arrayContaining(['marketing', 'business-administration', 'customer-relationship-management']),
    );
    expect(csm.qualifications?.experience?.years).toEqual({ min: 3, max: 5 });
    expect(csm.qualifications?.experience?.management?.years).toEqual({ min: 1, max: 2 });
  });
});

describe('seed 000: customer service manager vs project manager', () => {
  test('orientation: customer vs project goals', () => {
    expect(role('customer-service-manager').orientation).toBe('customer');
    expect(role('project-manager').orientation).toBe('project');
  });

  test('skills and majors', () => {
    const csmSkills = role('customer-service-manager').qualifications?.skills?.map((s) => s.ref);
    expect(csmSkills).toEqual(expect.arrayContaining(['communication', 'relationship-management', 'data-analysis']));
    expect(role('customer-service-manager').qualifications?.traits).toEqual(
      expect.arrayContaining(['empathy', 'emotional-control']),
    );
    expect(role('customer-service-manager').qualifications?.education?.fields).toEqual(
      expect.arrayContaining(['customer-service-management', 'public-relations']),
    );
    const pmSkills = role('project-manager').qualifications?.skills?.map((s) => s.ref);
    expect(pmSkills).toEqual(
      expect.arrayContaining([
        'project-planning',
        'schedule-control',
        'cost-management',
        'risk-assessment',
        'leadership',
      ]),
    );
    expect(role('project-manager').qualifications?.education?.fields).toEqual([
      'computer-science',
      'engineering-management',
      'business-administration',
    ]);
  });

  test('KPIs', () => {
    expect(role('customer-service-manager').kpis?.map((k) => k.ref)).toEqual(
      expect.arrayContaining([
        'customer-satisfaction',
        'customer-retention-rate',
        'complaint-handling-efficiency',
        'complaint-count',
        'renewal-rate',
        'repeat-purchase-rate',
      ]),
    );
    expect(role('project-manager').kpis?.map((k) => k.ref)).toEqual(
      expect.arrayContaining(['on-time-delivery-rate', 'budget-variance', 'quality-compliance-rate']),
    );
  });

  test('whom they talk to, and how', () => {
    const customers = role('customer-service-manager').stakeholders?.find((s) => s.audience === 'customers');
    expect(customers?.channels).toEqual(expect.arrayContaining(['phone', 'email', 'online-chat']));
    const pm = role('project-manager').stakeholders ?? [];
    expect(pm.map((s) => s.audience)).toEqual(
      expect.arrayContaining(['team-members', 'cross-department-colleagues', 'senior-management', 'external-partners']),
    );
    expect(pm.flatMap((s) => s.channels ?? [])).toEqual(
      expect.arrayContaining(['meetings', 'reports', 'project-plan-documents', 'progress-tracking-tools']),
    );
  });

  test('career directions', () => {
    expect(role('customer-service-manager').career?.map((c) => c.to ?? c.track)).toEqual(
      expect.arrayContaining(['customer-service-director', 'lateral']),
    );
    expect(
      role('project-manager')
        .career?.filter((c) => c.to)
        .map((c) => c.to),
    ).toEqual(['senior-project-manager', 'project-director', 'pmo-director']);
  });
});

describe('seed 001: call center vs project manager', () => {
  const agent = role('call-center-agent');

  test('call-center KPIs include first-call connection rate and average handling time', () => {
    expect(agent.kpis?.map((k) => k.ref)).toEqual(
      expect.arrayContaining([
        'customer-satisfaction',
        'problem-resolution-rate',
        'first-call-connection-rate',
        'average-handling-time',
        'quality-score',
        'complaint-handling-efficiency',
      ]),
    );
  });

  test('career path agent → supervisor → manager → director', () => {
    const path: string[] = ['call-center-agent'];
    for (let id: string | undefined = 'call-center-agent'; id;) {
      id = role(id).career?.find((c) => c.track === 'management' && c.to)?.to;
      if (id) path.push(id);
    }
    expect(path).toEqual([
      'call-center-agent',
      'customer-service-supervisor',
      'customer-service-manager',
      'customer-service-director',
    ]);
  });

  test('work environment: intense and standardized for the agent, varied for the project manager', () => {
    expect(agent.workEnvironment).toMatchObject({ intensity: 'high', routine: 'standardized' });
    expect(agent.workEnvironment?.settings).toContain('call-center');
    expect(role('project-manager').workEnvironment).toMatchObject({ routine: 'varied' });
  });

  test('the project manager covers the whole life cycle', () => {
    expect(role('project-manager').duties?.map((d) => d.id)).toEqual(
      expect.arrayContaining(['initiation', 'planning', 'execution', 'schedule-control', 'project-closing']),
    );
    expect(role('project-manager').qualifications?.tools).toEqual(
      expect.arrayContaining(['wbs', 'gantt-chart', 'network-planning', 'risk-matrix', 'budgeting-methods']),
    );
  });
});

describe('extends in the shipped catalog', () => {
  test('the senior project manager inherits from the project manager and overrides by id', () => {
    const pm = role('project-manager');
    const spm = role('senior-project-manager');
    expect(spm.extends).toBe('project-manager');
    const pmIds = pm.duties?.map((d) => d.id) ?? [];
    expect(spm.duties?.map((d) => d.id).slice(0, pmIds.length)).toEqual(pmIds);
    expect(spm.duties?.map((d) => d.id)).toContain('pm-mentoring');
    expect(spm.career?.some((c) => c.to === 'senior-project-manager')).toBe(false);
    const raw = catalogSources.find((f) => f.path === 'roles/senior-project-manager.yaml')?.text ?? '';
    expect(raw).toMatch(/^extends: project-manager$/m);
  });

  test('authorities are comparable across roles', () => {
    const pmRisk = authorityOf('project-manager', 'scope-change');
    const spmRisk = authorityOf('senior-project-manager', 'scope-change');
    expect(pmRisk && spmRisk && AUTHORITY.compare(spmRisk, pmRisk)).toBeGreaterThan(0);
  });
});

/** `import onet <folder>` / `import csco <file>`: the source word, the source (in the checkout) and the codes. */
const classification = (words: readonly string[], i: number) =>
  (words[1] === 'onet' || words[1] === 'csco') && (i === 1 || i === 2 || words[i - 1] === '--occupation');

test('every `node dist/cli/bin.js …` command in the README runs and exits 0 on the shipped catalog', async () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  expect(readme).toMatch(/^npm test$/m);
  const commands = [...readme.matchAll(/node dist\/cli\/bin\.js ([^\n`&|]+)/g)].map((m) => m[1]!.trim());
  expect(commands.length).toBeGreaterThan(10);
  // Commands that write files (export, import, report) write into a temporary directory instead of the checkout:
  // every --out path, and the files import reads, are taken relative to it, in README order.
  const tmp = mkdtempSync(join(tmpdir(), 'rolematrix-readme-'));
  // Directories `init` creates: later commands that name them read them in the temporary directory too.
  const created = new Set<string>();
  try {
    for (const cmd of commands) {
      const out: string[] = [];
      // Shell words: "quoted strings" stay one argument, without their quotes.
      const words = [...cmd.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);
      if (words[0] === 'init' && words[1] !== undefined) created.add(words[1]);
      const argv = words.map((w, i) =>
        words[i - 1] === '--out' ||
        created.has(w) ||
        (words[0] === 'import' && i > 0 && !w.startsWith('-') && words[i - 1] !== '--from' && !classification(words, i))
          ? join(tmp, w)
          : w,
      );
      const code = await main(argv, { stdout: (s) => out.push(s), stderr: (s) => out.push(s) });
      expect(code, `node dist/cli/bin.js ${cmd}\n${out.join('')}`).toBe(0);
    }
    // What they wrote: the report, the exports, and the roles imported back from the JSON export.
    expect(readFileSync(join(tmp, 'report.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/i);
    expect(readdirSync(join(tmp, 'hr-export')).sort()).toEqual(
      expect.arrayContaining(['hr.job.csv', 'rolematrix.xlsx', 'rolematrix.catalog.json']),
    );
    expect(loadCatalog(join(tmp, 'roles-copy')).catalog.roles.size).toBe(catalog.roles.size);
    expect(created.size).toBeGreaterThan(0);
    for (const dir of created) expect(loadCatalog(join(tmp, dir)).diagnostics).toEqual([]);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
});
