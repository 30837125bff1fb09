// Every field and every operator against the shipped catalog. Expected ids were worked out by reading roles/*.yaml;
// they are listed in catalog order (family, then most senior first): customer-relationship-manager,
// account-manager, customer-service-director, customer-service-manager, customer-service-supervisor,
// complaint-handling-specialist, call-center-agent, customer-service-representative, pmo-director,
// project-director, project-manager, senior-project-manager.
import { describe, expect, test } from 'vitest';
import { catalog } from '../../src/catalog/shipped.js';
import { query, type QueryResult } from '../../src/query/index.js';

const CRM = 'customer-relationship-manager';
const AM = 'account-manager';
const CSD = 'customer-service-director';
const CSM = 'customer-service-manager';
const CSS = 'customer-service-supervisor';
const CHS = 'complaint-handling-specialist';
const CCA = 'call-center-agent';
const CSR = 'customer-service-representative';
const PMO = 'pmo-director';
const PD = 'project-director';
const PM = 'project-manager';
const SPM = 'senior-project-manager';
const CUSTOMER_SIDE = [CRM, AM, CSD, CSM, CSS, CHS, CCA, CSR];
const PROJECT_SIDE = [PMO, PD, PM, SPM];

function ids(expr: string): string[] {
  const r: QueryResult = query(catalog, expr);
  if (!r.ok) throw new Error(`${expr}: ${r.error.message}`);
  return r.matches.map((m) => m.id);
}

test('the catalog order is the one the expectations below assume', () => {
  expect(catalog.list().map((r) => r.id)).toEqual([...CUSTOMER_SIDE, ...PROJECT_SIDE]);
});

describe('one test per operator', () => {
  test.each([
    [':', 'kpi:customer-satisfaction', CUSTOMER_SIDE],
    ['=', 'level=manager', [CRM, CSM, PM, SPM]],
    ['!=', 'level!=manager', [AM, CSD, CSS, CHS, CCA, CSR, PMO, PD]],
    ['>=', 'education>=bachelor', [CRM, AM, CSD, PMO, PD, PM, SPM]],
    ['<=', 'experience.years<=3', [AM, CSM, CSS, CHS, CCA, CSR, PM]],
    ['>', 'level>manager', [CSD, PMO, PD]],
    ['<', 'level<supervisor', [AM, CHS, CCA, CSR]],
  ])('%s  %s', (_op, expr, expected) => {
    expect(ids(expr)).toEqual(expected);
  });

  test('the spellings ==, ≥, ≤, ≠ and the full-width colon mean =, >=, <=, != and :', () => {
    expect(ids('level==manager')).toEqual(ids('level=manager'));
    expect(ids('level≥director')).toEqual(ids('level>=director'));
    expect(ids('level≤staff')).toEqual([CCA, CSR]);
    expect(ids('level≠manager')).toEqual(ids('level!=manager'));
    expect(ids('kpi：customer-satisfaction')).toEqual(CUSTOMER_SIDE);
  });

  test('spaces around an operator are allowed', () => {
    expect(ids('level >= director')).toEqual([CSD, PMO, PD]);
  });
});

describe('one test per field', () => {
  test.each([
    ['id', 'id:project-manager', [PM]],
    ['id by Chinese title', 'id:项目经理', [PM]],
    ['title (words, either language)', 'title:manager', [CRM, AM, CSM, PM, SPM]],
    ['title, a quoted phrase', 'title:"project manager"', [PM, SPM]],
    ['title, exactly', 'title="Project Manager"', [PM]],
    ['title in Chinese', 'title:总监', [CSD, PD]],
    ['family', 'family:customer-service', [CSD, CSM, CSS, CHS, CCA, CSR]],
    ['family by words of its label', 'family:customer', CUSTOMER_SIDE],
    ['level', 'level:director', [CSD, PD]],
    ['level by Chinese label', 'level:总监', [CSD, PD]],
    ['orientation', 'orientation:commercial', [AM]],
    ['orientation by label', 'orientation:项目目标导向', PROJECT_SIDE],
    ['reportsTo', 'reportsTo:customer-service-supervisor', [CHS, CCA, CSR]],
    ['reportsTo by title', 'reportsTo:"Customer Service Director"', [CRM, CSM]],
    ['extends', 'extends:project-manager', [SPM]],
    ['duty by id', 'duty:risk-management', [PM, SPM]],
    ['duty by words (escalated, escalation and 升级 are one term)', 'duty:escalated', [CSD, CSM, CSS, CCA, PD]],
    ['duty by Chinese words (titles and keywords)', 'duty:投诉', [CSD, CSM, CSS, CHS, CCA, CSR]],
    ['permission by id', 'permission:hiring-decision', [CSM]],
    ['permission by domain', 'permission:vendors', [CSD, PD, PM, SPM]],
    ['permission by title words', 'permission:hiring', [CSM, CSS]],
    ['permission with an authority', 'permission:hiring>=decides', [CSM]],
    ['permission by domain with an authority', 'permission:budget>=decides', [CRM, CSD, CSM, PMO, PD, PM, SPM]],
    ['permission by Chinese domain label', 'permission:预算>=决定', [CRM, CSD, CSM, PMO, PD, PM, SPM]],
    ['permission, authority below', 'permission:budget<decides', [AM]],
    ['permission, authority not', 'permission:vendors!=approves', [CSD, PM, SPM]],
    ['authority', 'authority>=approves', [CRM, CSD, CSM, CSS, PMO, PD]],
    ['authority exactly', 'authority:participates', [CSS, PM, SPM]],
    ['education', 'education:associate', [CSM, CSS, CHS]],
    ['education by label', 'education<大专', [CCA, CSR]],
    ['major', 'major:computer-science', [PD, PM, SPM]],
    ['experience.years', 'experience.years>=8', [CSD, PMO, PD, SPM]],
    ['experience.years exactly', 'experience.years=3', [CSM, PM]],
    ['experience.management', 'experience.management>=3', [CSD, PMO, PD]],
    ['experience.management, none stated counts as 0', 'experience.management<1', [AM, CSS, CHS, CCA, CSR, PM, SPM]],
    ['skill', 'skill:risk-assessment', [AM, PD, PM, SPM]],
    ['skill with a level', 'skill:communication>=expert', [CSD, CSM]],
    ['skill by Chinese level label', 'skill:risk-assessment>=专家', [PD, SPM]],
    ['trait', 'trait:patience', [CSS, CHS, CCA, CSR]],
    ['tool', 'tool:crm-system', [CRM, AM, CSD, CSM, CSR]],
    ['tool by words', 'tool:crm', [CRM, AM, CSD, CSM, CSR]],
    ['certification', 'certification:pgmp', [PMO]],
    ['kpi', 'kpi:first-contact-resolution', [CSD, CSM]],
    ['kpi by words of labels', 'kpi:satisfaction', [...CUSTOMER_SIDE, ...PROJECT_SIDE]],
    ['audience', 'audience:external-partners', [CSD, PD, PM, SPM]],
    ['audience by an English alias', 'audience:suppliers', [CSD, PD, PM, SPM]],
    ['audience by a Chinese alias', 'audience:供应商', [CSD, PD, PM, SPM]],
    ['audience by its label', 'audience:"Suppliers and partners"', [CSD, PD, PM, SPM]],
    ['channel', 'channel:progress-tracking-tools', [PMO, PD, PM, SPM]],
    ['channel by Chinese label', 'channel:面谈拜访', [CRM, AM, CSD, PD]],
    ['career to a role', 'career:project-director', [PM, SPM]],
    ['career by words of the next position', 'career:marketing', [CSM]],
    ['setting', 'setting:travel', [CRM, AM, PD, PM, SPM]],
    ['setting by label', 'setting:呼叫中心', [CSM, CSS, CHS, CCA, CSR]],
  ])('%s: %s', (_what, expr, expected) => {
    expect(ids(expr)).toEqual(expected);
  });

  test('field names are case-insensitive and accept plurals and aliases', () => {
    expect(ids('KPIs:customer-satisfaction')).toEqual(CUSTOMER_SIDE);
    expect(ids('reportsto:project-director')).toEqual([PM, SPM]);
    expect(ids('experience<=3')).toEqual(ids('experience.years<=3'));
    expect(ids('management>=3')).toEqual(ids('experience.management>=3'));
  });

  test(': matches labels by their words, = only whole names', () => {
    expect(ids('audience:supplier')).toEqual([CSD, PD, PM, SPM]);
    expect(query(catalog, 'audience=supplier')).toMatchObject({ ok: false, error: { column: 10, length: 8 } });
    expect(ids('audience=Suppliers')).toEqual([CSD, PD, PM, SPM]);
  });

  test('!= on a list field means the role has no such item', () => {
    expect(ids('certification!=pmp')).toEqual(CUSTOMER_SIDE);
    expect(ids('kpi!=customer-satisfaction')).toEqual(PROJECT_SIDE);
  });
});

describe('why a role matched', () => {
  test('the permission with its authority', () => {
    const r = query(catalog, 'permission:hiring>=decides');
    expect(r).toEqual({
      ok: true,
      expr: 'permission:hiring>=decides',
      matches: [
        {
          id: CSM,
          reasons: [
            {
              predicate: 'permission:hiring>=decides',
              field: 'permission',
              holds: true,
              items: [{ kind: 'permission', id: 'hiring-decision', domain: 'people', authority: 'decides' }],
            },
          ],
        },
      ],
    });
  });

  test('the vocabulary entry an alias resolved to', () => {
    const r = query(catalog, 'audience:供应商 and level>=director');
    expect(r.ok && r.matches).toEqual([
      {
        id: CSD,
        reasons: [
          {
            predicate: 'audience:供应商',
            field: 'audience',
            holds: true,
            items: [{ kind: 'vocabulary', vocabulary: 'audiences', id: 'external-partners' }],
          },
          { predicate: 'level>=director', field: 'level', holds: true, items: [{ kind: 'level', value: 'director' }] },
        ],
      },
      {
        id: PD,
        reasons: [
          {
            predicate: 'audience:供应商',
            field: 'audience',
            holds: true,
            items: [{ kind: 'vocabulary', vocabulary: 'audiences', id: 'external-partners' }],
          },
          { predicate: 'level>=director', field: 'level', holds: true, items: [{ kind: 'level', value: 'director' }] },
        ],
      },
    ]);
  });

  test('experience: the range, compared by its minimum; no stated requirement counts as 0', () => {
    const r = query(catalog, 'experience.years<=3 and family:customer-service');
    expect(r.ok && r.matches.map((m) => [m.id, m.reasons[0]!.items])).toEqual([
      [CSM, [{ kind: 'experience', of: 'years', min: 3, max: 5, stated: true }]],
      [CSS, [{ kind: 'experience', of: 'years', min: 2, stated: true }]],
      [CHS, [{ kind: 'experience', of: 'years', min: 2, stated: true }]],
      [CCA, [{ kind: 'experience', of: 'years', min: 0, stated: false }]],
      [CSR, [{ kind: 'experience', of: 'years', min: 0, stated: false }]],
    ]);
  });

  test("a term under not: the role's actual value, marked as not holding", () => {
    const r = query(catalog, 'not orientation:customer and level>=director');
    expect(r.ok && r.matches[0]).toEqual({
      id: PMO,
      reasons: [
        {
          predicate: 'orientation:customer',
          field: 'orientation',
          holds: false,
          items: [{ kind: 'orientation', value: 'project' }],
        },
        { predicate: 'level>=director', field: 'level', holds: true, items: [{ kind: 'level', value: 'executive' }] },
      ],
    });
  });

  test('skills carry the level the role needs', () => {
    const r = query(catalog, 'skill:communication>=expert');
    expect(r.ok && r.matches.map((m) => m.reasons[0]!.items)).toEqual([
      [{ kind: 'vocabulary', vocabulary: 'skills', id: 'communication', level: 'expert' }],
      [{ kind: 'vocabulary', vocabulary: 'skills', id: 'communication', level: 'expert' }],
    ]);
  });

  test('or: only the branches that held', () => {
    const r = query(catalog, 'certification:pgmp or level>=director');
    expect(r.ok && r.matches.map((m) => [m.id, m.reasons.map((x) => x.predicate)])).toEqual([
      [CSD, ['level>=director']],
      [PMO, ['certification:pgmp', 'level>=director']],
      [PD, ['level>=director']],
    ]);
  });
});
