import { describe, expect, test } from 'vitest';
import { mergeRole } from '../../src/catalog/merge.js';
import { RoleSchema, type Role, type RoleDocument } from '../../src/model/index.js';

const HEAD = { apiVersion: 'rolematrix/v1', kind: 'Role' } as const;

/** A complete parent role; `extra` adds or replaces fields. Parsed, so ids are branded as in real use. */
function parent(extra: Record<string, unknown> = {}): Role {
  return RoleSchema.parse({
    ...HEAD,
    id: 'agent',
    title: { zh: '客服专员', en: 'Agent' },
    family: 'customer-service',
    level: 'staff',
    orientation: 'customer',
    summary: { zh: '受理咨询。', en: 'Answers enquiries.' },
    ...extra,
  }) as Role;
}

/** A child document that extends `agent`. */
function child(extra: Record<string, unknown> = {}): RoleDocument {
  return RoleSchema.parse({ ...HEAD, id: 'senior-agent', extends: 'agent', ...extra });
}

const duty = (id: string, en: string) => ({ id, title: { zh: en, en } });

describe('mergeRole', () => {
  test('keeps the child id and extends; takes every field the child leaves out from the parent', () => {
    const merged = mergeRole(parent(), child());
    expect(merged).toEqual({ ...parent(), id: 'senior-agent', extends: 'agent' });
  });

  test('a child scalar replaces the parent value', () => {
    const merged = mergeRole(
      parent({ reportsTo: 'lead' }),
      child({ level: 'senior', reportsTo: 'manager', orientation: 'operations' }),
    );
    expect(merged).toMatchObject({
      level: 'senior',
      reportsTo: 'manager',
      orientation: 'operations',
      family: 'customer-service',
    });
  });

  test('a localized text is replaced whole, not merged per language', () => {
    const merged = mergeRole(parent(), child({ summary: { zh: '处理疑难咨询。' }, title: 'Senior agent' }));
    expect(merged.summary).toEqual({ zh: '处理疑难咨询。' });
    expect(merged.title).toBe('Senior agent');
  });

  test('a localized list (aliases) is replaced whole', () => {
    const merged = mergeRole(
      parent({ aliases: { zh: ['客服'], en: ['support agent'] } }),
      child({ aliases: { en: ['senior agent'] } }),
    );
    expect(merged.aliases).toEqual({ en: ['senior agent'] });
  });

  test('duties: a child duty with a parent id replaces it in place; new duties are appended in child order', () => {
    const merged = mergeRole(
      parent({ duties: [duty('answer', 'Answer'), duty('log', 'Log'), duty('escalate', 'Escalate')] }),
      child({
        duties: [
          duty('coach', 'Coach'),
          { ...duty('log', 'Log carefully'), category: 'quality' },
          duty('review', 'Review'),
        ],
      }),
    );
    expect(merged.duties).toEqual([
      duty('answer', 'Answer'),
      { ...duty('log', 'Log carefully'), category: 'quality' },
      duty('escalate', 'Escalate'),
      duty('coach', 'Coach'),
      duty('review', 'Review'),
    ]);
  });

  test('an overriding keyed item replaces the whole item: fields it leaves out are not inherited', () => {
    const merged = mergeRole(
      parent({ duties: [{ ...duty('answer', 'Answer'), category: 'customer-issues', keywords: { zh: ['咨询'] } }] }),
      child({ duties: [duty('answer', 'Answer hard cases')] }),
    );
    expect(merged.duties).toEqual([duty('answer', 'Answer hard cases')]);
  });

  test('permissions by id, kpis by ref, stakeholders by audience', () => {
    const perm = (id: string, authority: string) => ({ id, title: id, domain: 'customer-issues', authority });
    const merged = mergeRole(
      parent({
        permissions: [perm('refund', 'executes'), perm('waive-fee', 'proposes')],
        kpis: [
          { ref: 'csat', weight: 60, target: { op: '>=', value: 90, unit: 'percent' } },
          { ref: 'fcr', weight: 40 },
        ],
        stakeholders: [{ audience: 'customers', channels: ['phone'] }, { audience: 'colleagues' }],
      }),
      child({
        permissions: [perm('waive-fee', 'decides'), perm('overtime', 'approves')],
        kpis: [
          { ref: 'csat', weight: 50 },
          { ref: 'coaching', weight: 10 },
        ],
        stakeholders: [{ audience: 'customers', channels: ['email'] }],
      }),
    );
    expect(merged.permissions).toEqual([
      perm('refund', 'executes'),
      perm('waive-fee', 'decides'),
      perm('overtime', 'approves'),
    ]);
    // the csat target is gone with the replaced item
    expect(merged.kpis).toEqual([
      { ref: 'csat', weight: 50 },
      { ref: 'fcr', weight: 40 },
      { ref: 'coaching', weight: 10 },
    ]);
    expect(merged.stakeholders).toEqual([{ audience: 'customers', channels: ['email'] }, { audience: 'colleagues' }]);
  });

  test('career steps are keyed by `to`, or by `title` when they leave the catalog', () => {
    const merged = mergeRole(
      parent({
        career: [
          { to: 'lead', track: 'management' },
          { title: { zh: '质检', en: 'QA' }, track: 'lateral' },
          { title: { zh: '培训师', en: 'Trainer' }, track: 'professional' },
        ],
      }),
      child({
        career: [
          { title: { zh: '质检', en: 'QA' }, track: 'professional', note: 'After two years.' },
          { to: 'lead', track: 'management', note: 'Fast track.' },
          { to: 'trainer', track: 'professional' },
        ],
      }),
    );
    expect(merged.career).toEqual([
      { to: 'lead', track: 'management', note: 'Fast track.' },
      { title: { zh: '质检', en: 'QA' }, track: 'professional', note: 'After two years.' },
      { title: { zh: '培训师', en: 'Trainer' }, track: 'professional' }, // a title, not the role `trainer`
      { to: 'trainer', track: 'professional' },
    ]);
  });

  test('plain lists are a union, parent order first, without duplicates', () => {
    const merged = mergeRole(
      parent({
        focus: ['Speed', { zh: '质量', en: 'Quality' }],
        qualifications: {
          traits: ['patience', 'empathy'],
          tools: ['crm'],
          certifications: ['itil'],
          knowledge: ['Products'],
        },
      }),
      child({
        focus: [{ zh: '质量', en: 'Quality' }, 'Coaching'],
        qualifications: {
          traits: ['composure', 'patience'],
          tools: ['crm', 'wfm'],
          knowledge: ['Products', 'Policies'],
        },
      }),
    );
    expect(merged.focus).toEqual(['Speed', { zh: '质量', en: 'Quality' }, 'Coaching']);
    expect(merged.qualifications).toEqual({
      traits: ['patience', 'empathy', 'composure'],
      tools: ['crm', 'wfm'],
      certifications: ['itil'],
      knowledge: ['Products', 'Policies'],
    });
  });

  test('qualifications, education and experience merge key by key; skills by ref; a years range is replaced whole', () => {
    const merged = mergeRole(
      parent({
        qualifications: {
          education: { minimum: 'associate', fields: ['marketing'], note: 'Any field.' },
          experience: { years: { min: 1, max: 3 }, management: { years: { min: 0, max: 1 } }, areas: ['Retail'] },
          skills: [
            { ref: 'communication', level: 'working' },
            { ref: 'typing', level: 'basic' },
          ],
        },
      }),
      child({
        qualifications: {
          education: { minimum: 'bachelor', fields: ['management'] },
          experience: { years: { min: 3 }, areas: ['Banking'] },
          skills: [
            { ref: 'communication', level: 'advanced' },
            { ref: 'coaching', level: 'working' },
          ],
        },
      }),
    );
    expect(merged.qualifications).toEqual({
      education: { minimum: 'bachelor', fields: ['marketing', 'management'], note: 'Any field.' },
      experience: { years: { min: 3 }, management: { years: { min: 0, max: 1 } }, areas: ['Retail', 'Banking'] },
      skills: [
        { ref: 'communication', level: 'advanced' },
        { ref: 'typing', level: 'basic' },
        { ref: 'coaching', level: 'working' },
      ],
    });
  });

  test('management experience merges key by key too', () => {
    const merged = mergeRole(
      parent({ qualifications: { experience: { management: { years: { min: 1 } } } } }),
      child({ qualifications: { experience: { management: { years: { min: 2, max: 4 } } } } }),
    );
    expect(merged.qualifications?.experience?.management).toEqual({ years: { min: 2, max: 4 } });
  });

  test('an item built in code with a key holding undefined is the same as the item without the key', () => {
    const p = parent({ focus: [{ zh: '质量', en: 'Quality' }] });
    // As a library user builds a role: an optional language left undefined.
    (p.focus as unknown[]).push({ zh: '速度', en: undefined });
    const merged = mergeRole(p, child({ focus: [{ zh: '速度' }, { zh: '质量', en: 'Quality' }] }));
    expect(merged.focus).toEqual([
      { zh: '质量', en: 'Quality' },
      { zh: '速度', en: undefined },
    ]);
  });

  test('workEnvironment and classification merge key by key; work settings are a union', () => {
    const merged = mergeRole(
      parent({
        workEnvironment: { settings: ['call-center'], intensity: 'high', description: 'A busy floor.' },
        classification: { isco08: '4222', onetSoc: '43-4051.00' },
      }),
      child({
        workEnvironment: { settings: ['remote', 'call-center'], routine: 'mixed' },
        classification: { cn2022: '4-07-02-03' },
      }),
    );
    expect(merged.workEnvironment).toEqual({
      settings: ['call-center', 'remote'],
      intensity: 'high',
      description: 'A busy floor.',
      routine: 'mixed',
    });
    expect(merged.classification).toEqual({ isco08: '4222', onetSoc: '43-4051.00', cn2022: '4-07-02-03' });
  });

  test('a list or object only the child has is taken as is', () => {
    const merged = mergeRole(
      parent(),
      child({ duties: [duty('coach', 'Coach')], qualifications: { traits: ['patience'] } }),
    );
    expect(merged.duties).toEqual([duty('coach', 'Coach')]);
    expect(merged.qualifications).toEqual({ traits: ['patience'] });
  });

  test('does not modify the parent or the child', () => {
    const p = parent({
      duties: [duty('answer', 'Answer')],
      qualifications: { traits: ['patience'], education: { minimum: 'secondary' } },
    });
    const c = child({
      duties: [duty('answer', 'Answer better'), duty('coach', 'Coach')],
      qualifications: { traits: ['empathy'], education: { minimum: 'bachelor' } },
    });
    const before = structuredClone({ p, c });
    const merged = mergeRole(p, c);
    expect({ p, c }).toEqual(before);
    expect(merged.duties).not.toBe(p.duties);
    expect(merged.qualifications).not.toBe(p.qualifications);
  });

  test('chains apply in order: grandparent, then parent, then child', () => {
    const middle = mergeRole(
      parent({ duties: [duty('answer', 'Answer')], qualifications: { traits: ['patience'] } }),
      child({ level: 'senior', duties: [duty('coach', 'Coach')] }),
    );
    const top = RoleSchema.parse({
      ...HEAD,
      id: 'lead-agent',
      extends: 'senior-agent',
      level: 'supervisor',
      duties: [duty('answer', 'Answer escalations')],
      qualifications: { traits: ['composure'] },
    });
    const merged = mergeRole(middle, top);
    expect(merged).toMatchObject({
      id: 'lead-agent',
      extends: 'senior-agent',
      level: 'supervisor',
      title: { zh: '客服专员', en: 'Agent' },
    });
    expect(merged.duties).toEqual([duty('answer', 'Answer escalations'), duty('coach', 'Coach')]);
    expect(merged.qualifications?.traits).toEqual(['patience', 'composure']);
  });
});
