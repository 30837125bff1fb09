import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadCatalog } from '../../src/node/index.js';
import { VALID } from './fixtures.js';

describe('the valid fixture catalog', () => {
  const { catalog, diagnostics } = loadCatalog(VALID);

  test('loads without a single diagnostic', () => {
    expect(diagnostics).toEqual([]);
  });

  test('reads the catalog settings, every vocabulary document and every role', () => {
    expect(catalog.settings?.name).toEqual({ zh: '测试岗位目录', en: 'Test role catalog' });
    expect(catalog.languages).toEqual(['zh', 'en']);
    expect(catalog.list().map((r) => r.id)).toEqual(['support-manager', 'senior-support-agent', 'support-agent']);
    expect([...catalog.vocabularies.kpis.keys()]).toEqual([
      'customer-satisfaction',
      'first-contact-resolution',
      'team-engagement',
    ]);
    // people.yaml holds four vocabularies as four `---` documents
    expect([...catalog.vocabularies.traits.keys()]).toEqual(['patience', 'empathy', 'composure']);
    expect([...catalog.vocabularies.channels.keys()]).toEqual(['phone', 'email']);
    expect(catalog.label('skills', 'coaching', 'zh')).toBe('辅导能力');
    expect(catalog.sources.get('senior-support-agent')).toBe(join(VALID, 'roles', 'senior-support-agent.yaml'));
  });

  describe('the role that extends another', () => {
    const role = catalog.find('senior-support-agent');

    test('keeps its own id, extends and overridden scalars, and inherits the rest', () => {
      expect(role).toMatchObject({
        id: 'senior-support-agent',
        extends: 'support-agent',
        title: { zh: '资深客服专员', en: 'Senior customer service agent' },
        level: 'senior',
        // inherited unchanged
        family: 'customer-service',
        orientation: 'customer',
        reportsTo: 'support-manager',
        aliases: { zh: ['客服'], en: ['support agent'] },
      });
    });

    test("has the parent's duties plus its own, with an overridden duty replaced in place", () => {
      expect(role?.duties).toEqual([
        {
          id: 'answer-enquiries',
          title: { zh: '处理疑难咨询', en: 'Handle difficult enquiries' },
          category: 'customer-issues',
        },
        { id: 'log-tickets', title: { zh: '记录工单', en: 'Log tickets' }, category: 'operations' },
        { id: 'coach-new-agents', title: { zh: '辅导新人', en: 'Coach new agents' }, category: 'training' },
      ]);
    });

    test('merges qualifications key by key: traits as a union, skills by ref, other keys from whichever side has them', () => {
      expect(role?.qualifications).toEqual({
        education: { minimum: 'secondary' }, // only the parent has it
        experience: { years: { min: 2 } }, // a years range is one value: the child's replaces the parent's whole
        skills: [
          { ref: 'communication', level: 'working' },
          { ref: 'coaching', level: 'working' },
        ],
        traits: ['patience', 'empathy', 'composure'], // parent's order first, `empathy` once
      });
    });

    test('inherits the lists it does not mention', () => {
      expect(role?.kpis).toEqual([
        { ref: 'customer-satisfaction', weight: 60 },
        { ref: 'first-contact-resolution', weight: 40 },
      ]);
      expect(role?.permissions?.map((p) => p.id)).toEqual(['issue-refunds']);
      expect(role?.career).toEqual([{ to: 'support-manager', track: 'management' }]);
    });

    test('leaves the parent untouched', () => {
      const parent = catalog.find('support-agent');
      expect(parent?.title).toEqual({ zh: '客服专员', en: 'Customer service agent' });
      expect(parent?.duties?.map((d) => d.title)).toEqual([
        { zh: '受理咨询', en: 'Answer enquiries' },
        { zh: '记录工单', en: 'Log tickets' },
      ]);
      expect(parent?.qualifications?.traits).toEqual(['patience', 'empathy']);
      expect(parent?.qualifications?.experience).toEqual({ years: { min: 0, max: 2 } });
      expect(parent).not.toHaveProperty('extends');
    });
  });
});
