import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { catalog } from '../../src/catalog/shipped.js';
import { run } from '../run-cli.js';
import { CHANGE_KINDS, diffCatalogs, diffRole, type RoleChange } from '../../src/compare/diff.js';
import { loadDocuments } from '../../src/catalog/load.js';
import type { Duty, DutyId, Permission, PermissionId, Role, RoleId, VocabId } from '../../src/model/index.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/diff/', import.meta.url));
const fixture = (name: string) => `${FIXTURES}${name}`;

const csm = catalog.find('customer-service-manager')!;

/** A copy of `from` with `edit` applied; the original stays untouched. */
function edited(edit: (r: Role) => void, from: Role = csm): Role {
  const r = structuredClone(from);
  edit(r);
  return r;
}
// Ids are branded types; the tests write them as plain strings.
const v = (id: string) => id as VocabId;

const duty = (r: Role, id: string) => r.duties!.find((d) => d.id === id)!;
const permission = (r: Role, id: string) => r.permissions!.find((p) => p.id === id)!;
const kpi = (r: Role, ref: string) => r.kpis!.find((k) => k.ref === ref)!;
const stakeholder = (r: Role, audience: string) => r.stakeholders!.find((s) => s.audience === audience)!;

/** The changes without the role id (always the after version's), each with only the fields it sets. */
function changes(before: Role, after: Role): Omit<RoleChange, 'role'>[] {
  return diffRole(before, after, catalog).map((c) => {
    expect(c.role).toBe(after.id);
    const { role: _role, ...rest } = c;
    return rest;
  });
}

// The real role has no target for average handling time; this version gives it one (300 s, lower is better).
const AHT_300 = { op: '<=', value: 300, unit: 'seconds' } as const;
const withAht = edited((r) => {
  kpi(r, 'average-handling-time').target = { ...AHT_300 };
});

const newDuty: Duty = {
  id: 'workforce-planning' as DutyId,
  title: { zh: '人力排班规划', en: 'Workforce planning' },
  category: 'operations',
};
const newPermission: Permission = {
  id: 'overtime-approval' as PermissionId,
  title: { zh: '加班审批', en: 'Overtime approval' },
  domain: 'people',
  authority: 'approves',
};

describe('the real role and its vocabulary, as these tests assume them', () => {
  test('customer-service-manager values the golden cases start from', () => {
    expect(permission(csm, 'recruitment-proposal').authority).toBe('proposes');
    expect(permission(csm, 'hiring-decision').authority).toBe('decides');
    expect(kpi(csm, 'customer-satisfaction').target).toEqual({ op: '>=', value: 90, unit: 'percent' });
    expect(kpi(csm, 'complaint-handling-efficiency').target).toEqual({ op: '<=', value: 24, unit: 'hours' });
    expect(kpi(csm, 'average-handling-time').target).toBeUndefined();
    expect(csm.qualifications?.education?.minimum).toBe('associate');
    expect(csm.qualifications?.experience?.years).toEqual({ min: 3, max: 5 });
    expect(csm.qualifications?.experience?.management?.years).toEqual({ min: 1, max: 2 });
    expect(csm.level).toBe('manager');
  });

  test.each([
    ['customer-satisfaction', 'higher'],
    ['complaint-handling-efficiency', 'lower'],
    ['average-handling-time', 'lower'],
  ])('the KPI %s: %s is better', (ref, direction) => {
    expect(catalog.entry('kpis', ref)?.direction).toBe(direction);
  });
});

type Case = [name: string, after: Role, expected: Omit<RoleChange, 'role'>[], before?: Role];

const dutyCases: Case[] = [
  [
    'a duty removed lowers',
    edited((r) => (r.duties = r.duties!.filter((d) => d.id !== 'data-analysis-reporting'))),
    [
      {
        kind: 'duty-removed',
        dimension: 'duties',
        key: 'data-analysis-reporting',
        from: duty(csm, 'data-analysis-reporting'),
        demand: 'lowers',
      },
    ],
  ],
  [
    'a duty added raises',
    edited((r) => r.duties!.push(newDuty)),
    [{ kind: 'duty-added', dimension: 'duties', key: 'workforce-planning', to: newDuty, demand: 'raises' }],
  ],
  [
    'a duty title edit is a rewording',
    edited((r) => (duty(r, 'team-leadership').title = { zh: '团队管理', en: 'Team management' })),
    [
      {
        kind: 'duty-reworded',
        dimension: 'duties',
        key: 'team-leadership',
        path: 'title',
        from: { zh: '团队领导与发展', en: 'Team leadership and development' },
        to: { zh: '团队管理', en: 'Team management' },
        demand: 'neutral',
      },
    ],
  ],
  [
    'a duty description edit is a rewording',
    edited(
      (r) => (duty(r, 'quality-monitoring').description = { zh: '监控服务质量。', en: 'Watches service quality.' }),
    ),
    [
      {
        kind: 'duty-reworded',
        dimension: 'duties',
        key: 'quality-monitoring',
        path: 'description',
        from: duty(csm, 'quality-monitoring').description,
        to: { zh: '监控服务质量。', en: 'Watches service quality.' },
        demand: 'neutral',
      },
    ],
  ],
  [
    'a duty moved to another category is a duty change',
    edited((r) => (duty(r, 'operating-efficiency').category = 'analysis')),
    [
      {
        kind: 'duty-changed',
        dimension: 'duties',
        key: 'operating-efficiency',
        path: 'category',
        from: 'operations',
        to: 'analysis',
        demand: 'neutral',
      },
    ],
  ],
  [
    'an activity dropped from a duty is a duty change',
    edited((r) => duty(r, 'service-standards').activities!.pop()),
    [
      {
        kind: 'duty-changed',
        dimension: 'duties',
        key: 'service-standards',
        path: 'activities',
        from: duty(csm, 'service-standards').activities,
        to: duty(csm, 'service-standards').activities!.slice(0, -1),
        demand: 'neutral',
      },
    ],
  ],
  [
    'a renamed duty id is a removal plus an addition, even with the same text',
    edited((r) => (duty(r, 'team-leadership').id = 'team-management' as DutyId)),
    [
      {
        kind: 'duty-added',
        dimension: 'duties',
        key: 'team-management',
        to: { ...duty(csm, 'team-leadership'), id: 'team-management' },
        demand: 'raises',
      },
      {
        kind: 'duty-removed',
        dimension: 'duties',
        key: 'team-leadership',
        from: duty(csm, 'team-leadership'),
        demand: 'lowers',
      },
    ],
  ],
];

const permissionCases: Case[] = [
  [
    'authority proposes → decides is raised',
    edited((r) => (permission(r, 'recruitment-proposal').authority = 'decides')),
    [
      {
        kind: 'authority-raised',
        dimension: 'permissions',
        key: 'recruitment-proposal',
        path: 'authority',
        from: 'proposes',
        to: 'decides',
        demand: 'raises',
      },
    ],
  ],
  [
    'authority decides → participates is lowered',
    edited((r) => (permission(r, 'hiring-decision').authority = 'participates')),
    [
      {
        kind: 'authority-lowered',
        dimension: 'permissions',
        key: 'hiring-decision',
        path: 'authority',
        from: 'decides',
        to: 'participates',
        demand: 'lowers',
      },
    ],
  ],
  [
    'a new limit on a permission is a neutral permission change',
    edited(
      (r) => (permission(r, 'training-arrangement').limit = { zh: '在培训预算内', en: 'Within the training budget' }),
    ),
    [
      {
        kind: 'permission-changed',
        dimension: 'permissions',
        key: 'training-arrangement',
        path: 'limit',
        to: { zh: '在培训预算内', en: 'Within the training budget' },
        demand: 'neutral',
      },
    ],
  ],
  [
    'authority and escalation changed together: the authority first',
    edited((r) => {
      const p = permission(r, 'department-budget');
      p.authority = 'approves';
      delete p.escalateTo;
    }),
    [
      {
        kind: 'authority-raised',
        dimension: 'permissions',
        key: 'department-budget',
        path: 'authority',
        from: 'decides',
        to: 'approves',
        demand: 'raises',
      },
      {
        kind: 'permission-changed',
        dimension: 'permissions',
        key: 'department-budget',
        path: 'escalateTo',
        from: 'customer-service-director',
        demand: 'neutral',
      },
    ],
  ],
  [
    'a permission added raises',
    edited((r) => r.permissions!.push(newPermission)),
    [
      {
        kind: 'permission-added',
        dimension: 'permissions',
        key: 'overtime-approval',
        to: newPermission,
        demand: 'raises',
      },
    ],
  ],
  [
    'a permission removed lowers',
    edited((r) => (r.permissions = r.permissions!.filter((p) => p.id !== 'information-access'))),
    [
      {
        kind: 'permission-removed',
        dimension: 'permissions',
        key: 'information-access',
        from: permission(csm, 'information-access'),
        demand: 'lowers',
      },
    ],
  ],
];

const target = (op: '>=' | '<=', value: number, unit: 'percent' | 'hours' | 'seconds') => ({ op, value, unit });

const kpiCases: Case[] = [
  [
    'customer satisfaction (higher is better) 90 → 95 is tightened',
    edited((r) => (kpi(r, 'customer-satisfaction').target = target('>=', 95, 'percent'))),
    [
      {
        kind: 'kpi-target-tightened',
        dimension: 'kpis',
        key: 'customer-satisfaction',
        path: 'target',
        from: target('>=', 90, 'percent'),
        to: target('>=', 95, 'percent'),
        demand: 'raises',
      },
    ],
  ],
  [
    'customer satisfaction (higher is better) 90 → 85 is loosened',
    edited((r) => (kpi(r, 'customer-satisfaction').target = target('>=', 85, 'percent'))),
    [
      {
        kind: 'kpi-target-loosened',
        dimension: 'kpis',
        key: 'customer-satisfaction',
        path: 'target',
        from: target('>=', 90, 'percent'),
        to: target('>=', 85, 'percent'),
        demand: 'lowers',
      },
    ],
  ],
  [
    'average handling time (lower is better) 300 → 240 s is tightened',
    edited((r) => (kpi(r, 'average-handling-time').target = target('<=', 240, 'seconds')), withAht),
    [
      {
        kind: 'kpi-target-tightened',
        dimension: 'kpis',
        key: 'average-handling-time',
        path: 'target',
        from: AHT_300,
        to: target('<=', 240, 'seconds'),
        demand: 'raises',
      },
    ],
    withAht,
  ],
  [
    'average handling time (lower is better) 300 → 360 s is loosened',
    edited((r) => (kpi(r, 'average-handling-time').target = target('<=', 360, 'seconds')), withAht),
    [
      {
        kind: 'kpi-target-loosened',
        dimension: 'kpis',
        key: 'average-handling-time',
        path: 'target',
        from: AHT_300,
        to: target('<=', 360, 'seconds'),
        demand: 'lowers',
      },
    ],
    withAht,
  ],
  [
    'complaint handling time (lower is better) 24 → 12 h is tightened',
    edited((r) => (kpi(r, 'complaint-handling-efficiency').target = target('<=', 12, 'hours'))),
    [
      {
        kind: 'kpi-target-tightened',
        dimension: 'kpis',
        key: 'complaint-handling-efficiency',
        path: 'target',
        from: target('<=', 24, 'hours'),
        to: target('<=', 12, 'hours'),
        demand: 'raises',
      },
    ],
  ],
  [
    'complaint handling time (lower is better) 24 → 48 h is loosened',
    edited((r) => (kpi(r, 'complaint-handling-efficiency').target = target('<=', 48, 'hours'))),
    [
      {
        kind: 'kpi-target-loosened',
        dimension: 'kpis',
        key: 'complaint-handling-efficiency',
        path: 'target',
        from: target('<=', 24, 'hours'),
        to: target('<=', 48, 'hours'),
        demand: 'lowers',
      },
    ],
  ],
  [
    'a target given where there was none is a neutral KPI change (no value to compare with)',
    withAht,
    [
      {
        kind: 'kpi-changed',
        dimension: 'kpis',
        key: 'average-handling-time',
        path: 'target',
        to: AHT_300,
        demand: 'neutral',
      },
    ],
  ],
  [
    'the same value with another operator is a neutral KPI change',
    edited((r) => (kpi(r, 'customer-satisfaction').target = { op: '>', value: 90, unit: 'percent' })),
    [
      {
        kind: 'kpi-changed',
        dimension: 'kpis',
        key: 'customer-satisfaction',
        path: 'target',
        from: target('>=', 90, 'percent'),
        to: { op: '>', value: 90, unit: 'percent' },
        demand: 'neutral',
      },
    ],
  ],
  [
    'a new frequency is a neutral KPI change',
    edited((r) => (kpi(r, 'connection-rate').frequency = 'weekly')),
    [
      {
        kind: 'kpi-changed',
        dimension: 'kpis',
        key: 'connection-rate',
        path: 'frequency',
        from: 'monthly',
        to: 'weekly',
        demand: 'neutral',
      },
    ],
  ],
  [
    'a KPI added raises',
    edited((r) => r.kpis!.push({ ref: v('problem-resolution-rate'), frequency: 'monthly' })),
    [
      {
        kind: 'kpi-added',
        dimension: 'kpis',
        key: 'problem-resolution-rate',
        to: { ref: 'problem-resolution-rate', frequency: 'monthly' },
        demand: 'raises',
      },
    ],
  ],
  [
    'a KPI removed lowers',
    edited((r) => (r.kpis = r.kpis!.filter((k) => k.ref !== 'quality-score'))),
    [
      {
        kind: 'kpi-removed',
        dimension: 'kpis',
        key: 'quality-score',
        from: { ref: 'quality-score', frequency: 'monthly', weight: 5 },
        demand: 'lowers',
      },
    ],
  ],
];

const qualificationCases: Case[] = [
  [
    'education minimum associate → bachelor is raised',
    edited((r) => (r.qualifications!.education!.minimum = 'bachelor')),
    [
      {
        kind: 'qualification-raised',
        dimension: 'education',
        path: 'qualifications.education.minimum',
        from: 'associate',
        to: 'bachelor',
        demand: 'raises',
      },
    ],
  ],
  [
    'education minimum associate → secondary is lowered',
    edited((r) => (r.qualifications!.education!.minimum = 'secondary')),
    [
      {
        kind: 'qualification-lowered',
        dimension: 'education',
        path: 'qualifications.education.minimum',
        from: 'associate',
        to: 'secondary',
        demand: 'lowers',
      },
    ],
  ],
  [
    'a preferred field of study added',
    edited((r) => r.qualifications!.education!.fields!.push(v('computer-science'))),
    [
      {
        kind: 'qualification-added',
        dimension: 'education',
        key: 'computer-science',
        to: 'computer-science',
        demand: 'raises',
      },
    ],
  ],
  [
    'the education note reworded is a neutral qualification change',
    edited((r) => (r.qualifications!.education!.note = { zh: '本科优先。', en: 'A bachelor degree is preferred.' })),
    [
      {
        kind: 'qualification-changed',
        dimension: 'education',
        path: 'qualifications.education.note',
        from: csm.qualifications!.education!.note,
        to: { zh: '本科优先。', en: 'A bachelor degree is preferred.' },
        demand: 'neutral',
      },
    ],
  ],
  [
    'experience 3–5 → 5 or more: the minimum raised, the open maximum a neutral change',
    edited((r) => (r.qualifications!.experience!.years = { min: 5 })),
    [
      {
        kind: 'qualification-raised',
        dimension: 'experience',
        path: 'qualifications.experience.years.min',
        from: 3,
        to: 5,
        demand: 'raises',
      },
      {
        kind: 'qualification-changed',
        dimension: 'experience',
        path: 'qualifications.experience.years.max',
        from: 5,
        demand: 'neutral',
      },
    ],
  ],
  [
    'experience 3–5 → 2–8: the minimum lowered, the maximum a neutral change',
    edited((r) => (r.qualifications!.experience!.years = { min: 2, max: 8 })),
    [
      {
        kind: 'qualification-lowered',
        dimension: 'experience',
        path: 'qualifications.experience.years.min',
        from: 3,
        to: 2,
        demand: 'lowers',
      },
      {
        kind: 'qualification-changed',
        dimension: 'experience',
        path: 'qualifications.experience.years.max',
        from: 5,
        to: 8,
        demand: 'neutral',
      },
    ],
  ],
  [
    'management experience dropped: its minimum removed lowers, its maximum is neutral',
    edited((r) => delete r.qualifications!.experience!.management),
    [
      {
        kind: 'qualification-removed',
        dimension: 'experience',
        path: 'qualifications.experience.management.years.min',
        from: 1,
        demand: 'lowers',
      },
      {
        kind: 'qualification-changed',
        dimension: 'experience',
        path: 'qualifications.experience.management.years.max',
        from: 2,
        demand: 'neutral',
      },
    ],
  ],
  [
    'an experience area added',
    edited((r) => r.qualifications!.experience!.areas!.push({ zh: '电商客服', en: 'E-commerce support' })),
    [
      {
        kind: 'qualification-added',
        dimension: 'experience',
        key: '电商客服|e-commerce support',
        to: { zh: '电商客服', en: 'E-commerce support' },
        demand: 'raises',
      },
    ],
  ],
  [
    'a skill level working → advanced is raised',
    edited((r) => (r.qualifications!.skills!.find((s) => s.ref === 'data-analysis')!.level = 'advanced')),
    [
      {
        kind: 'qualification-raised',
        dimension: 'skills',
        key: 'data-analysis',
        path: 'level',
        from: 'working',
        to: 'advanced',
        demand: 'raises',
      },
    ],
  ],
  [
    'a skill level expert → advanced is lowered',
    edited((r) => (r.qualifications!.skills!.find((s) => s.ref === 'communication')!.level = 'advanced')),
    [
      {
        kind: 'qualification-lowered',
        dimension: 'skills',
        key: 'communication',
        path: 'level',
        from: 'expert',
        to: 'advanced',
        demand: 'lowers',
      },
    ],
  ],
  [
    'a skill removed lowers',
    edited((r) => (r.qualifications!.skills = r.qualifications!.skills!.filter((s) => s.ref !== 'negotiation'))),
    [
      {
        kind: 'qualification-removed',
        dimension: 'skills',
        key: 'negotiation',
        from: { ref: 'negotiation', level: 'working' },
        demand: 'lowers',
      },
    ],
  ],
  [
    'a trait added raises',
    edited((r) => r.qualifications!.traits!.push(v('patience'))),
    [{ kind: 'qualification-added', dimension: 'traits', key: 'patience', to: 'patience', demand: 'raises' }],
  ],
  [
    'a trait removed lowers',
    edited((r) => (r.qualifications!.traits = ['empathy', 'emotional-control', 'service-mindset'].map(v))),
    [
      {
        kind: 'qualification-removed',
        dimension: 'traits',
        key: 'responsibility',
        from: 'responsibility',
        demand: 'lowers',
      },
    ],
  ],
  ['traits reordered is no change', edited((r) => r.qualifications!.traits!.reverse()), []],
  [
    'a certification added raises',
    edited((r) => (r.qualifications!.certifications = [v('pmp')])),
    [{ kind: 'qualification-added', dimension: 'certifications', key: 'pmp', to: 'pmp', demand: 'raises' }],
  ],
  [
    'a tool removed lowers',
    edited((r) => (r.qualifications!.tools = r.qualifications!.tools!.filter((t) => t !== 'ticket-sampling'))),
    [
      {
        kind: 'qualification-removed',
        dimension: 'tools',
        key: 'ticket-sampling',
        from: 'ticket-sampling',
        demand: 'lowers',
      },
    ],
  ],
  [
    'a body of knowledge added raises',
    edited((r) => r.qualifications!.knowledge!.push({ zh: '劳动法', en: 'Labour law' })),
    [
      {
        kind: 'qualification-added',
        dimension: 'knowledge',
        key: '劳动法|labour law',
        to: { zh: '劳动法', en: 'Labour law' },
        demand: 'raises',
      },
    ],
  ],
];

const stakeholderAndCareerCases: Case[] = [
  [
    'a channel added to a stakeholder (already used with others) is a stakeholder change',
    edited((r) => stakeholder(r, 'team-members').channels!.push(v('phone'))),
    [
      {
        kind: 'stakeholder-changed',
        dimension: 'stakeholders',
        key: 'team-members',
        path: 'channels',
        from: ['meetings', 'online-chat'],
        to: ['meetings', 'online-chat', 'phone'],
        demand: 'neutral',
      },
    ],
  ],
  [
    'a channel the role did not use before is reported once, on the stakeholder',
    edited((r) => stakeholder(r, 'team-members').channels!.push(v('face-to-face'))),
    [
      {
        kind: 'stakeholder-changed',
        dimension: 'stakeholders',
        key: 'team-members',
        path: 'channels',
        from: ['meetings', 'online-chat'],
        to: ['meetings', 'online-chat', 'face-to-face'],
        demand: 'neutral',
      },
    ],
  ],
  ['channels reordered is no change', edited((r) => stakeholder(r, 'customers').channels!.reverse()), []],
  [
    'a stakeholder purpose reworded',
    edited((r) => (stakeholder(r, 'team-members').purpose = { zh: '布置工作', en: 'Assign work' })),
    [
      {
        kind: 'stakeholder-changed',
        dimension: 'stakeholders',
        key: 'team-members',
        path: 'purpose',
        from: { zh: '布置工作、辅导和激励客服人员', en: 'Assign work, coach and motivate service staff' },
        to: { zh: '布置工作', en: 'Assign work' },
        demand: 'neutral',
      },
    ],
  ],
  [
    'a stakeholder added is neutral',
    edited((r) => r.stakeholders!.push({ audience: v('external-partners'), channels: [v('email')] })),
    [
      {
        kind: 'stakeholder-added',
        dimension: 'stakeholders',
        key: 'external-partners',
        to: { audience: 'external-partners', channels: ['email'] },
        demand: 'neutral',
      },
    ],
  ],
  [
    'a stakeholder removed is neutral',
    edited((r) => (r.stakeholders = r.stakeholders!.filter((s) => s.audience !== 'senior-management'))),
    [
      {
        kind: 'stakeholder-removed',
        dimension: 'stakeholders',
        key: 'senior-management',
        from: stakeholder(csm, 'senior-management'),
        demand: 'neutral',
      },
    ],
  ],
  [
    'a career step outside the catalog added',
    edited((r) => r.career!.push({ title: { zh: '运营经理', en: 'Operations manager' }, track: 'lateral' })),
    [
      {
        kind: 'career-step-added',
        dimension: 'career',
        key: 'title:运营经理|operations manager',
        to: { title: { zh: '运营经理', en: 'Operations manager' }, track: 'lateral' },
        demand: 'neutral',
      },
    ],
  ],
  [
    'a career step to a catalog role removed',
    edited((r) => r.career!.shift()),
    [
      {
        kind: 'career-step-removed',
        dimension: 'career',
        key: 'customer-service-director',
        from: { to: 'customer-service-director', track: 'management' },
        demand: 'neutral',
      },
    ],
  ],
  [
    'a career step moved to another track',
    edited((r) => (r.career!.find((c) => c.to === 'customer-service-director')!.track = 'professional')),
    [
      {
        kind: 'career-step-changed',
        dimension: 'career',
        key: 'customer-service-director',
        path: 'track',
        from: 'management',
        to: 'professional',
        demand: 'neutral',
      },
    ],
  ],
];

const levelAndFieldCases: Case[] = [
  [
    'level manager → director is raised',
    edited((r) => (r.level = 'director')),
    [{ kind: 'level-raised', dimension: 'level', path: 'level', from: 'manager', to: 'director', demand: 'raises' }],
  ],
  [
    'level manager → supervisor is lowered',
    edited((r) => (r.level = 'supervisor')),
    [{ kind: 'level-lowered', dimension: 'level', path: 'level', from: 'manager', to: 'supervisor', demand: 'lowers' }],
  ],
  [
    'orientation changed',
    edited((r) => (r.orientation = 'operations')),
    [
      {
        kind: 'field-changed',
        dimension: 'orientation',
        path: 'orientation',
        from: 'customer',
        to: 'operations',
        demand: 'neutral',
      },
    ],
  ],
  [
    'summary changed',
    edited((r) => (r.summary = { zh: '带领客服团队。', en: 'Leads the service team.' })),
    [
      {
        kind: 'field-changed',
        path: 'summary',
        from: csm.summary,
        to: { zh: '带领客服团队。', en: 'Leads the service team.' },
        demand: 'neutral',
      },
    ],
  ],
  [
    'title changed',
    edited((r) => (r.title = { zh: '客户服务经理', en: 'Customer Care Manager' })),
    [
      {
        kind: 'field-changed',
        path: 'title',
        from: csm.title,
        to: { zh: '客户服务经理', en: 'Customer Care Manager' },
        demand: 'neutral',
      },
    ],
  ],
  [
    'reporting line changed',
    edited((r) => (r.reportsTo = 'project-director' as RoleId)),
    [
      {
        kind: 'field-changed',
        path: 'reportsTo',
        from: 'customer-service-director',
        to: 'project-director',
        demand: 'neutral',
      },
    ],
  ],
  [
    'a focus dropped',
    edited((r) => r.focus!.pop()),
    [
      {
        kind: 'field-changed',
        dimension: 'focus',
        key: "提升客户忠诚度、复购率和品牌口碑|customer loyalty, repeat purchases and the brand's reputation",
        from: csm.focus![3],
        demand: 'neutral',
      },
    ],
  ],
  [
    'work intensity moderate → high raises',
    edited((r) => (r.workEnvironment!.intensity = 'high')),
    [
      {
        kind: 'field-changed',
        dimension: 'workEnvironment',
        path: 'workEnvironment.intensity',
        from: 'moderate',
        to: 'high',
        demand: 'raises',
      },
    ],
  ],
  [
    'routine mixed → varied (unordered) is neutral',
    edited((r) => (r.workEnvironment!.routine = 'varied')),
    [
      {
        kind: 'field-changed',
        dimension: 'workEnvironment',
        path: 'workEnvironment.routine',
        from: 'mixed',
        to: 'varied',
        demand: 'neutral',
      },
    ],
  ],
  [
    'a work setting added',
    edited((r) => r.workEnvironment!.settings!.push('remote')),
    [{ kind: 'field-changed', dimension: 'workEnvironment', key: 'remote', to: 'remote', demand: 'neutral' }],
  ],
  [
    'the work environment description reworded',
    edited((r) => (r.workEnvironment!.description = { zh: '在客服中心工作。', en: 'Works in the contact centre.' })),
    [
      {
        kind: 'field-changed',
        dimension: 'workEnvironment',
        path: 'workEnvironment.description',
        from: csm.workEnvironment!.description,
        to: { zh: '在客服中心工作。', en: 'Works in the contact centre.' },
        demand: 'neutral',
      },
    ],
  ],
];

const ALL_CASES = [
  ...dutyCases,
  ...permissionCases,
  ...kpiCases,
  ...qualificationCases,
  ...stakeholderAndCareerCases,
  ...levelAndFieldCases,
];

describe('diffRole: one golden case per change class, on the real customer-service-manager', () => {
  test('an unchanged role (a deep copy) gives no changes', () => {
    expect(diffRole(csm, structuredClone(csm), catalog)).toEqual([]);
  });

  describe.each([
    ['duties', dutyCases],
    ['permissions', permissionCases],
    ['KPIs', kpiCases],
    ['qualifications', qualificationCases],
    ['stakeholders and career', stakeholderAndCareerCases],
    ['level and other fields', levelAndFieldCases],
  ])('%s', (_group, cases) => {
    test.each(cases)('%s', (_name, after, expected, before = csm) => {
      expect(changes(before, after)).toEqual(expected);
    });
  });

  test('the edit is symmetric: reversing before and after swaps added/removed, raised/lowered', () => {
    const after = edited((r) => {
      permission(r, 'recruitment-proposal').authority = 'decides';
      r.duties!.push(newDuty);
      kpi(r, 'customer-satisfaction').target = target('>=', 95, 'percent');
    });
    expect(changes(after, csm).map((c) => [c.kind, c.key, c.from, c.to, c.demand])).toEqual([
      ['duty-removed', 'workforce-planning', newDuty, undefined, 'lowers'],
      ['authority-lowered', 'recruitment-proposal', 'decides', 'proposes', 'lowers'],
      [
        'kpi-target-loosened',
        'customer-satisfaction',
        target('>=', 95, 'percent'),
        target('>=', 90, 'percent'),
        'lowers',
      ],
    ]);
  });

  test('several edits at once come out duties, permissions, KPIs, qualifications, stakeholders, career, level, then fields', () => {
    const after = edited((r) => {
      r.summary = { zh: '新概述。', en: 'New summary.' };
      r.level = 'director';
      r.career!.shift();
      stakeholder(r, 'team-members').channels!.push(v('phone'));
      r.qualifications!.traits!.push(v('patience'));
      kpi(r, 'customer-satisfaction').target = target('>=', 95, 'percent');
      permission(r, 'recruitment-proposal').authority = 'decides';
      r.duties!.pop();
    });
    expect(changes(csm, after).map((c) => c.kind)).toEqual([
      'duty-removed',
      'authority-raised',
      'kpi-target-tightened',
      'qualification-added',
      'stakeholder-changed',
      'career-step-removed',
      'level-raised',
      'field-changed',
    ]);
  });

  test('the golden cases cover every change class a single role can show', () => {
    const seen = new Set(
      ALL_CASES.flatMap(([, after, , before = csm]) => diffRole(before, after, catalog).map((c) => c.kind)),
    );
    expect([...CHANGE_KINDS].filter((k) => !seen.has(k))).toEqual(['role-added', 'role-removed']);
  });
});

/** Loads YAML texts on top of the shipped catalog (its vocabularies and roles resolve references). */
function load(...names: string[]) {
  const r = loadDocuments(
    names.map((n) => ({ path: n, text: readFileSync(fixture(n), 'utf8') })),
    { base: catalog },
  );
  expect(r.diagnostics).toEqual([]);
  return r.catalog;
}

describe('diffRole on roles loaded from YAML', () => {
  test('the two fixture versions: duty replaced, authority raised, target tightened, education raised', () => {
    const before = load('csm-before.yaml').find('customer-service-manager')!;
    const after = load('csm-after.yaml').find('customer-service-manager')!;
    expect(changes(before, after)).toEqual([
      {
        kind: 'duty-added',
        dimension: 'duties',
        key: 'cross-department-collaboration',
        to: {
          id: 'cross-department-collaboration',
          title: { zh: '跨部门协作与沟通', en: 'Cross-department collaboration' },
          category: 'collaboration',
        },
        demand: 'raises',
      },
      {
        kind: 'duty-removed',
        dimension: 'duties',
        key: 'quality-monitoring',
        from: {
          id: 'quality-monitoring',
          title: { zh: '服务质量监控与改进', en: 'Service quality monitoring and improvement' },
          category: 'quality',
        },
        demand: 'lowers',
      },
      {
        kind: 'authority-raised',
        dimension: 'permissions',
        key: 'recruitment-proposal',
        path: 'authority',
        from: 'proposes',
        to: 'decides',
        demand: 'raises',
      },
      {
        kind: 'kpi-target-tightened',
        dimension: 'kpis',
        key: 'customer-satisfaction',
        path: 'target',
        from: target('>=', 90, 'percent'),
        to: target('>=', 95, 'percent'),
        demand: 'raises',
      },
      {
        kind: 'qualification-raised',
        dimension: 'education',
        path: 'qualifications.education.minimum',
        from: 'associate',
        to: 'bachelor',
        demand: 'raises',
      },
    ]);
  });
});

describe('diffCatalogs', () => {
  test('roles removed first, then each role of the new catalog: added, or its own changes', () => {
    const before = load('csm-before.yaml', 'two-roles.yaml');
    const after = loadDocuments(
      [
        { path: 'csm-after.yaml', text: readFileSync(fixture('csm-after.yaml'), 'utf8') },
        { path: 'two-roles.yaml', text: readFileSync(fixture('two-roles.yaml'), 'utf8').split('---\n')[0]! },
        {
          path: 'new.yaml',
          text: [
            'apiVersion: rolematrix/v1',
            'kind: Role',
            'id: service-trainer',
            'title: { zh: 客服培训师, en: Service trainer }',
            'family: customer-service',
            'level: senior',
            'orientation: customer',
            'summary: { zh: 培训客服人员。, en: Trains service staff. }',
            '',
          ].join('\n'),
        },
      ],
      { base: catalog },
    );
    expect(after.diagnostics).toEqual([]);
    expect(
      diffCatalogs(before, after.catalog).map((c) => [c.role, c.kind, c.key ?? c.path, c.from, c.to, c.demand]),
    ).toEqual([
      ['service-lead-b', 'role-removed', undefined, { zh: '客服组长乙', en: 'Service lead B' }, undefined, 'neutral'],
      [
        'customer-service-manager',
        'duty-added',
        'cross-department-collaboration',
        undefined,
        expect.objectContaining({ id: 'cross-department-collaboration' }),
        'raises',
      ],
      [
        'customer-service-manager',
        'duty-removed',
        'quality-monitoring',
        expect.objectContaining({ id: 'quality-monitoring' }),
        undefined,
        'lowers',
      ],
      ['customer-service-manager', 'authority-raised', 'recruitment-proposal', 'proposes', 'decides', 'raises'],
      [
        'customer-service-manager',
        'kpi-target-tightened',
        'customer-satisfaction',
        target('>=', 90, 'percent'),
        target('>=', 95, 'percent'),
        'raises',
      ],
      [
        'customer-service-manager',
        'qualification-raised',
        'qualifications.education.minimum',
        'associate',
        'bachelor',
        'raises',
      ],
      ['service-trainer', 'role-added', undefined, undefined, { zh: '客服培训师', en: 'Service trainer' }, 'neutral'],
    ]);
  });

  test('a catalog against itself gives no changes', () => {
    expect(diffCatalogs(catalog, catalog)).toEqual([]);
  });
});

/** A Markdown table as `--format md` prints it: its title, columns, rows (cells as text) and legend line. */
interface MdTable {
  title: string;
  columns: string[];
  rows: string[][];
  legend: string;
}
function mdTable(stdout: string): MdTable {
  const lines = stdout.split('\n').filter((l) => l !== '');
  const cells = lines
    .filter((l) => l.startsWith('| ') && !l.startsWith('| ---'))
    .map((l) => l.slice(2, -2).split(' | '));
  return { title: lines[0]!.replace(/^### /u, ''), columns: cells[0]!, rows: cells.slice(1), legend: lines.at(-1)! };
}
/** A demand cell without its mark, and the mark as the table names it. */
const demand = (cell: string) => cell.replace(/^[↑↓] /u, '');
const mark = (cell: string) => (cell.startsWith('↑') ? 'raised' : cell.startsWith('↓') ? 'lowered' : undefined);
const texts = (t: MdTable) => t.rows.map((r) => [...r.slice(0, 4), demand(r[4]!)]);

describe('rolematrix diff old.yaml new.yaml', () => {
  test('--format md: exit 0, one row per change, the demand cell marked', async () => {
    const r = await run('diff', fixture('csm-before.yaml'), fixture('csm-after.yaml'), '--format', 'md');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const t = mdTable(r.stdout);
    expect(t.title).toBe('Role changes');
    expect(t.columns).toEqual(['Role', 'Change', 'Item', 'Before → after', 'Demand on the holder']);
    expect(texts(t)).toEqual([
      [
        'Customer Service Manager',
        'duty added',
        'cross-department-collaboration',
        'Cross-department collaboration',
        'raises',
      ],
      [
        'Customer Service Manager',
        'duty removed',
        'quality-monitoring',
        'Service quality monitoring and improvement',
        'lowers',
      ],
      [
        'Customer Service Manager',
        'authority raised',
        'recruitment-proposal',
        'authority: Proposes → Decides',
        'raises',
      ],
      ['Customer Service Manager', 'KPI target tightened', 'customer-satisfaction', 'target: ≥ 90% → ≥ 95%', 'raises'],
      [
        'Customer Service Manager',
        'qualification raised',
        'qualifications.education.minimum',
        "minimum education: Associate degree or higher → Bachelor's degree or higher",
        'raises',
      ],
    ]);
    expect(t.rows.map((row) => mark(row[4]!))).toEqual(['raised', 'lowered', 'raised', 'raised', 'raised']);
    expect(t.legend).toBe('↑ raises · ↓ lowers');
  });

  test('--lang zh: Chinese columns and change labels', async () => {
    const r = await run(
      'diff',
      fixture('csm-before.yaml'),
      fixture('csm-after.yaml'),
      '--format',
      'md',
      '--lang',
      'zh',
    );
    expect(r.code).toBe(0);
    const t = mdTable(r.stdout);
    expect(t.title).toBe('岗位变更');
    expect(t.columns).toEqual(['岗位', '变更', '条目', '变更前 → 变更后', '对任职者的要求']);
    expect(texts(t).map((row) => [row[0], row[1], row[4]])).toEqual([
      ['客服经理', '新增职责', '提高'],
      ['客服经理', '删除职责', '降低'],
      ['客服经理', '权限提高', '提高'],
      ['客服经理', '指标目标提高', '提高'],
      ['客服经理', '任职要求提高', '提高'],
    ]);
    expect(texts(t)[2]![3]).toBe('权限等级：建议 → 决定');
  });

  test('the same file twice: exit 0 and a single "No changes" row', async () => {
    const r = await run('diff', fixture('csm-before.yaml'), fixture('csm-before.yaml'), '--format', 'md');
    expect(r.code).toBe(0);
    expect(texts(mdTable(r.stdout))).toEqual([['No changes', '', '', '', '']]);
  });

  test('a file with a schema error: exit 2, the diagnostic located at file:line:col on stderr, nothing on stdout', async () => {
    const r = await run('diff', fixture('csm-before.yaml'), fixture('schema-error.yaml'), '--format', 'json');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')).toEqual([
      `${fixture('schema-error.yaml')}:13:16 permissions[0].authority: "boss" is not allowed here; use one of: informed, consulted, proposes, participates, executes, decides, approves. [INVALID_VALUE]`,
      `${fixture('schema-error.yaml')} has errors; fix them first.`,
      'Run `rolematrix diff --help` for usage.',
      '',
    ]);
  });

  test('a missing file: exit 2, an IO diagnostic naming it, no stack trace', async () => {
    const missing = fixture('no-such-file.yaml');
    const r = await run('diff', missing, fixture('csm-after.yaml'));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`${missing}:1:1: The file "${missing}" cannot be read (ENOENT). [IO_ERROR]`);
    expect(r.stderr).toContain(`${missing} has errors; fix them first.`);
    expect(r.stderr).not.toMatch(/^\s+at /m);
  });

  test('a file holding two roles: exit 2', async () => {
    const r = await run('diff', fixture('two-roles.yaml'), fixture('csm-after.yaml'));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`${fixture('two-roles.yaml')} must hold exactly one role; it holds 2.`);
  });

  test('one file only: exit 2 with the usage', async () => {
    const r = await run('diff', fixture('csm-before.yaml'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'Usage: `rolematrix diff old.yaml new.yaml` or `rolematrix diff --since <git-rev> [dir]`.',
    );
  });
});
