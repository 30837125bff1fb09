import { describe, expect, test } from 'vitest';
import { catalog } from '../../src/catalog/shipped.js';
import { query, type QueryMatch } from '../../src/query/index.js';

function matches(expr: string): QueryMatch[] {
  const r = query(catalog, expr);
  if (!r.ok) throw new Error(`${expr}: ${r.error.message}`);
  return r.matches;
}
const ids = (expr: string): string[] => matches(expr).map((m) => m.id);

// The complaint-handling roles: every customer-service role mentions complaints (投诉) in its searchable text
// (title, aliases, summary, focus, duties, permission titles, knowledge); the customer-relationship and project
// roles do not.
const COMPLAINT_ROLES = [
  'complaint-handling-specialist',
  'customer-service-manager',
  'customer-service-supervisor',
  'customer-service-director',
  'call-center-agent',
  'customer-service-representative',
];

describe('free text in Chinese', () => {
  test('投诉 finds the complaint-handling roles, the specialist first', () => {
    const found = matches('投诉');
    expect(found.map((m) => m.id)).toEqual(COMPLAINT_ROLES);
    expect(found.map((m) => m.score)).toEqual([30, 13, 9, 7, 7, 5]);
  });

  test('the reasons say where the word was found, with the weight of each place', () => {
    const [first] = matches('投诉');
    expect(first!.reasons).toHaveLength(1);
    expect(first!.reasons[0]!.items.slice(0, 5)).toEqual([
      { kind: 'text', place: 'title', weight: 5 },
      { kind: 'text', place: 'alias', weight: 4 },
      { kind: 'text', place: 'summary', weight: 2 },
      { kind: 'text', place: 'focus', weight: 2 },
      { kind: 'text', place: 'duty', id: 'complaint-investigation', weight: 3 },
    ]);
    expect(first!.reasons[0]!.score).toBe(30);
  });

  test('a quoted Chinese phrase must occur as written', () => {
    // the five role files that contain "投诉处理" verbatim in searchable text
    expect(ids('"投诉处理"')).toEqual([
      'complaint-handling-specialist',
      'customer-service-supervisor',
      'call-center-agent',
      'customer-service-representative',
      'customer-service-manager',
    ]);
  });

  test('a bare Chinese word needs each of its words, anywhere in one text', () => {
    expect(new Set(ids('投诉处理'))).toEqual(new Set(COMPLAINT_ROLES));
  });

  test('the Chinese keyword for and', () => {
    expect(ids('投诉 且 level>=manager')).toEqual(['customer-service-manager', 'customer-service-director']);
  });
});

describe('free text in English', () => {
  test('plurals meet singulars: complaints finds the same roles as 投诉', () => {
    expect(ids('complaints')).toEqual(COMPLAINT_ROLES);
  });

  test('a quoted phrase needs its words together and in order; bare words need each word', () => {
    expect(ids('"risk management"')).toEqual(['project-manager', 'senior-project-manager']);
    // the PMO director's alias (Project Management Office) holds "management", which scores as a name
    expect(ids('risk management')).toEqual([
      'pmo-director',
      'project-manager',
      'senior-project-manager',
      'project-director',
      'account-manager',
      'customer-service-director',
    ]);
  });

  test('case does not matter', () => {
    expect(ids('crm')).toEqual(ids('CRM'));
    expect(ids('crm')).toEqual(['customer-relationship-manager', 'account-manager', 'customer-service-manager']);
  });

  test('"customer satisfaction" as a phrase is in two roles\' own text', () => {
    expect(ids('"customer satisfaction"')).toEqual(['account-manager', 'customer-service-manager']);
  });
});

describe('scores and order', () => {
  test('a query without free text has no scores and keeps catalog order', () => {
    expect(matches('level>=director').map((m) => [m.id, m.score])).toEqual([
      ['customer-service-director', undefined],
      ['pmo-director', undefined],
      ['project-director', undefined],
    ]);
  });

  test('with free text every match has a score; a role matched only through a field scores 0 and comes last', () => {
    expect(matches('投诉 or certification:pgmp').map((m) => [m.id, m.score])).toEqual([
      ['complaint-handling-specialist', 30],
      ['customer-service-manager', 13],
      ['customer-service-supervisor', 9],
      ['customer-service-director', 7],
      ['call-center-agent', 7],
      ['customer-service-representative', 5],
      ['pmo-director', 0],
    ]);
  });

  test('text under not excludes and adds nothing', () => {
    expect(matches('family:customer-service and not 投诉')).toEqual([]);
    expect(matches('level>=director and not 投诉').map((m) => [m.id, m.score])).toEqual([
      ['pmo-director', 0],
      ['project-director', 0],
    ]);
  });
});
