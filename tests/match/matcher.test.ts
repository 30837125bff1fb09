import { describe, expect, test } from 'vitest';
import { loadDocuments } from '../../src/catalog/load.js';
import { catalogTermsOf } from '../../src/match/corpus.js';
import { catalogTexts, Matcher, matcherOf, setBulkReader, synonymGroups } from '../../src/match/matcher.js';
import { generateCatalog } from '../bench/generate.js';
import { BUILTIN_SYNONYMS } from '../../src/match/synonyms.js';
import { Thesaurus } from '../../src/match/thesaurus.js';
import { normalize, term, tokenize } from '../../src/match/tokens.js';
import { inverseFrequency, setWeight, TermIndex, weightedDice } from '../../src/match/weights.js';
import { catalog } from '../../src/catalog/shipped.js';
import { fileURLToPath } from 'node:url';
import { compareRoles, DEFAULT_SIMILAR_THRESHOLD } from '../../src/compare/compare.js';
import { loadCatalog } from '../../src/node/load.js';

const builtin = matcherOf();
const terms = (text: string) => builtin.terms(text);

describe('reading words', () => {
  test('full-width forms and case do not matter', () => {
    expect(normalize('ＳＬＡ　Ｒｅｖｉｅｗ')).toBe('sla review');
    expect(terms('ＳＬＡ')).toEqual(terms('sla'));
  });

  test('Chinese is segmented, never split on spaces; a four-character compound is read as its two halves', () => {
    expect(tokenize('妥善处理客户投诉').map((t) => t.term)).toEqual(['妥善', '处理', '客户', '投诉']);
    expect(
      tokenize('负责 客户投诉')
        .filter((t) => !t.stop)
        .map((t) => t.term),
    ).toEqual(['客户', '投诉']);
  });

  test('a possessive is its word, with either apostrophe, also inside Chinese text', () => {
    const words = (s: string) => tokenize(normalize(s)).map((t) => t.term);
    expect(words("the customer's needs")).toEqual(words('the customer needs'));
    expect(words('the customer’s needs')).toEqual(words('the customer needs'));
    expect(words("客户 customer's 需求")).toEqual(words('客户 customer 需求'));
    expect(words("the customers' feedback")).toEqual(words('the customers feedback'));
    expect(words("it's")).not.toContain('s');
  });

  test('English meets its inflections; a person in -er or -or stays apart from the work', () => {
    expect(term('handling')).toBe(term('handle'));
    expect(term('management')).toBe(term('manage'));
    expect(term('escalation')).toBe(term('escalate'));
    expect(term('manager')).not.toBe(term('management'));
    expect(term('supervisor')).toBe('supervisor');
  });

  test('job-description boilerplate and function words are stop words in both languages', () => {
    expect(terms('you will ensure the team')).toEqual(['≈team']);
    expect(terms('负责相关工作')).toEqual([]);
    expect(terms('Responsible for budgets')).toEqual(['≈budget']);
  });

  test('numbers and letters that are not function words count ("ISO 9001", "plan b")', () => {
    expect(terms('ISO 9001')).toEqual(['iso', '9001']);
    expect(terms('plan b')).toEqual(['≈plan', 'b']);
  });
});

describe('the thesaurus', () => {
  test('a word that shares a member\'s base form but not its meaning is read as itself ("commissioning" a plant)', () => {
    expect(terms('earn commission on every sale')).toContain('≈commission');
    expect(terms('commissions paid monthly')).toContain('≈commission');
    expect(terms('commissioning of new equipment')).not.toContain('≈commission');
    expect(terms('commissioned works')).not.toContain('≈commission');
    const t = new Thesaurus([{ key: 'bank', members: ['bank'], except: ['banking'] }]);
    expect(t.analyse('banks and banking').terms).toEqual(['≈bank', 'bank']);
    // the exception is the group's own: another group with a member of the same stem still names it
    const shared = new Thesaurus([
      { key: 'commission', members: ['commission'], except: ['commissioning'] },
      { key: 'skills:commissioning', members: ['Commissioning'], names: true },
    ]);
    expect(shared.analyse('plant commissioning').terms).toEqual(['plant', '≈skills:commissioning']);
    expect(shared.analyse('sales commission').terms).toEqual(['sale', '≈commission', '≈skills:commissioning']);
  });

  test('a synonym is read as its concept, in any language, so 客诉, 投诉, complaint and grievance meet in full', () => {
    for (const t of ['客诉', '投诉', 'complaints', 'grievance']) expect(terms(t)).toEqual(['≈complaint']);
    expect(terms('处理客诉和咨询')).toEqual(['≈handle', '≈complaint', '≈enquiry']);
  });

  test('a phrase member is found word for word, stop words included: "on call" is not in every text saying call', () => {
    expect(terms('On-call and troubleshooting')).toEqual(['≈on-call', '≈troubleshoot']);
    expect(terms('值班与排障')).toEqual(['≈on-call', '≈troubleshoot']);
    expect(terms('call the customer')).toEqual(['call', '≈customer']);
  });

  test('the longest member wins where several start', () => {
    expect(terms('potential customers')).toEqual(['≈prospect']);
    expect(terms('客户')).toEqual(['≈customer']);
    expect(terms('潜在客户')).toEqual(['≈prospect']);
  });

  test('a name of several words keeps its words beside the concept; a phrase reads without the concept', () => {
    const t = new Thesaurus([
      { key: 'complaint', members: ['投诉'] },
      { key: 'skill', members: ['投诉处理', 'complaint resolution'], names: true },
    ]);
    const a = t.analyse('负责投诉处理');
    expect(a.terms).toEqual(['≈complaint', '处理', '≈skill']);
    // the concept shares its place with the name's first word, so a phrase window does not grow
    expect(a.places).toEqual([0, 1, 0]);
    expect([...a.beside]).toEqual([2]);
    expect(a.found).toEqual([
      { concept: '≈complaint', text: '投诉' },
      { concept: '≈skill', text: '投诉处理' },
    ]);
  });

  test('building segments each member once, though it reads a name twice (alone, then among the members)', () => {
    const asked: string[] = [];
    const groups = [
      { key: 'complaint', members: ['投诉', 'grievance', '诉'] },
      { key: 'skill', members: ['投诉处理', 'complaint resolution'], names: true },
      { key: 'role:a', members: ['客服专员'], names: true },
    ];
    const t = new Thesaurus(groups, true, (text) => {
      asked.push(text);
      return tokenize(text);
    });
    // Its own tokens, then the name's words read among the swaps (投诉 is one: 处理 is the piece left to segment).
    // 诉 alone is no member (one Chinese character), so it is not segmented at all.
    expect(asked).toEqual(['投诉', 'grievance', '投诉处理', 'complaint resolution', '客服专员', '处理']);
    // What the thesaurus read before it remembered tokens (4d0bf52): a kept name has its words and its concept.
    expect(t.analyse('负责投诉处理').terms).toEqual(['≈complaint', '处理', '≈skill']);
    expect(t.analyse('客服专员的投诉').terms).toEqual(['客', '服', '专员', '≈role:a', '≈complaint']);
    expect(t.analyse('complaint resolution and grievance').terms).toEqual(['compla', 'resolu', '≈skill', '≈complaint']);
  });

  test('names are matched word for word, not by their six-letter stem ("analytical" is not "analytics")', () => {
    const t = new Thesaurus([{ key: 'skill', members: ['analytics'], names: true }]);
    expect(t.analyse('analytics').terms).toEqual(['≈skill']);
    expect(t.analyse('analytical thinking').terms).toEqual(['analyt', 'think']);
  });

  test('members are matched on words stemmed but not cut: look-alikes stay apart, inflections meet', () => {
    expect(terms('organise events')).toEqual(['≈organise', 'event']);
    expect(terms('our organisation')).toEqual(['≈company']);
    expect(terms('deliverables')).toEqual(['≈deliverable']);
    expect(terms('deliver')).toEqual(['≈deliver']);
    expect(terms('knowledge of SQL')).toEqual(['knowl', 'sql']);
    expect(terms('escalated')).toEqual(terms('escalation'));
    expect(terms('系统升级')).toEqual(['≈upgrade']);
    expect(terms('投诉升级')).toEqual(['≈complaint', '≈escalate']);
  });

  test('members sharing their first words: the longest that the words name wins, a shorter one otherwise', () => {
    // 3,000 role titles that all start with "Role": each text finds its own title, and no other.
    const t = new Thesaurus(
      Array.from({ length: 3000 }, (_, i) => ({ key: `role:${i}`, members: [`Role ${i}`], names: true })),
    );
    expect(t.analyse('reports to role 1234 daily').terms).toEqual(['report', '≈role:1234', 'daily']);
    expect(t.analyse('role without a number').terms).toEqual(['withou', 'number']);
    // "plant commissioning manager" is an exception of the longest member: the two-word member is taken instead
    const nested = new Thesaurus([
      { key: 'plant', members: ['plant commission'] },
      { key: 'pcm', members: ['plant commission manager'], except: ['commissioning'] },
    ]);
    expect(nested.analyse('plant commission manager').terms).toEqual(['≈pcm']);
    expect(nested.analyse('plant commissioning manager').terms).toEqual(['≈plant', 'manager']);
  });

  test('a word read twice is one token, shared and never changed', () => {
    const [a] = tokenize('handling');
    const [b] = tokenize('handling complaints');
    expect(b).toBe(a);
    expect(a).toEqual({ word: 'handling', term: 'handl', base: 'handl', stop: false });
  });

  test('a text of any length is read (no argument-count limit)', () => {
    expect(terms('word '.repeat(130_000))).toHaveLength(130_000);
    expect(terms('')).toEqual([]);
    expect(terms('的了')).toEqual([]);
  });

  test('one Chinese character is no member (it would be found inside every word that holds it)', () => {
    const t = new Thesaurus([{ key: 'car', members: ['车', 'vehicle'] }]);
    expect(t.analyse('车间主任').terms).not.toContain('≈car');
  });

  test('a member in two groups names both concepts', () => {
    const t = new Thesaurus([
      { key: 'a', members: ['ticket'] },
      { key: 'b', members: ['ticket', 'case'] },
    ]);
    expect(t.analyse('tickets').terms).toEqual(['≈a', '≈b']);
  });

  test('every built-in group has members in both languages, and no member is in two built-in groups', () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const g of BUILTIN_SYNONYMS) {
      expect(g.zh.length, g.id).toBeGreaterThan(0);
      expect(g.en.length, g.id).toBeGreaterThan(0);
      for (const m of [...g.zh, ...g.en]) {
        const k = normalize(m);
        if (seen.has(k)) twice.push(`${m}: ${seen.get(k)} and ${g.id}`);
        seen.set(k, g.id);
      }
    }
    expect(twice).toEqual([]);
  });
});

describe('explaining a match', () => {
  test('the shared words and the synonyms behind shared concepts, with what each text said', () => {
    expect(builtin.explain('Handle customer grievances', '处理客户投诉')).toEqual({
      words: [],
      synonyms: [
        { concept: 'handle', a: 'handle', b: '处理' },
        { concept: 'customer', a: 'customer', b: '客户' },
        { concept: 'complaint', a: 'grievance', b: '投诉' },
      ],
    });
    expect(builtin.explain('rollback runbook', 'update the runbook')).toEqual({ words: ['runboo'], synonyms: [] });
  });
});

describe("a catalog's synonyms", () => {
  const load = (entries: string) =>
    loadDocuments([
      {
        path: 'vocabulary/synonyms.yaml',
        text: `apiVersion: rolematrix/v1\nkind: Vocabulary\nvocabulary: synonyms\nentries:\n${entries}`,
      },
    ]);

  test('a synonyms vocabulary adds groups, and an entry with a built-in id replaces that group', () => {
    const { catalog: c, diagnostics } = load(
      [
        '  - id: mentor',
        '    label: { zh: 带教, en: mentor }',
        '    aliases: { en: [grow engineers, growing engineers] }',
        '  - id: deploy-train',
        '    label: { zh: 发车, en: release train }',
      ].join('\n'),
    );
    expect(diagnostics).toEqual([]);
    const m = matcherOf(c);
    expect(m.terms('Managing and growing engineers')).toEqual(['≈manage', '≈mentor']);
    expect(m.terms('每周发车')).toEqual(['每周', '≈deploy-train']);
    // the replaced group no longer has coach
    expect(m.terms('coach')).toEqual(['coach']);
    expect(matcherOf().terms('coach')).toEqual(['≈mentor']);
  });

  test('vocabulary entries and roles are names: their labels, titles and aliases meet', () => {
    const groups = synonymGroups(catalog);
    expect(groups.find((g) => g.key === 'role:call-center-agent')).toMatchObject({
      names: true,
      members: expect.arrayContaining(['呼叫中心客服专员', 'Call Center Agent', '话务员', 'phone agent']),
    });
    const m = matcherOf(catalog);
    expect(m.terms('话务员')).toContain('≈role:call-center-agent');
    // a one-word alias is replaced by the concept; a name of several words keeps its words, and a phrase of it
    // reads without the concept
    expect(m.terms('CSAT')).toEqual(['≈kpis:customer-satisfaction']);
    // customer is also the audience "customers" (a name of one word: replaced by both concepts)
    expect(m.terms('Customer satisfaction')).toEqual([
      '≈customer',
      '≈audiences:customers',
      '≈satisfaction',
      '≈kpis:customer-satisfaction',
    ]);
    expect(m.phraseTerms('Customer satisfaction')).toEqual(['≈customer', '≈audiences:customers', '≈satisfaction']);
  });

  test('the vocabulary is not one roles refer to: an unused synonym group is no lint finding', async () => {
    const { lintCatalog } = await import('../../src/lint/lint.js');
    const { catalog: c } = load('  - id: x\n    label: { zh: 甲, en: alpha }');
    expect(lintCatalog(c).map((d) => d.code)).not.toContain('LINT_UNUSED_VOCABULARY');
  });
});

describe('weights', () => {
  test('inverse document frequency: a term most documents share weighs little; an unseen one like a rare one', () => {
    const index = new TermIndex();
    const docs = [index.intern(['a', 'b']), index.intern(['a', 'c']), index.intern(['a'])];
    const w = inverseFrequency(docs, index.size);
    expect(w.weights[index.id('a')!]).toBeCloseTo(Math.log(2));
    expect(w.weights[index.id('b')!]).toBeCloseTo(Math.log(4));
    expect(w.unseen).toBeCloseTo(Math.log(4));
  });

  test('a set of terms interns as sorted, distinct numbers, however many and in whatever order', () => {
    const index = new TermIndex();
    // Numbers are given in the order terms are first seen: c 0, a 1, b 2.
    expect([...index.intern(['c', 'a', 'b', 'a'])]).toEqual([0, 1, 2]);
    expect([...index.intern(['b', 'c'])]).toEqual([0, 2]);
    expect([...index.intern([])]).toEqual([]);
    // More terms than the scratch holds at first (64), given twice and backwards: each once, in order.
    const many = Array.from({ length: 200 }, (_, k) => `t${k}`);
    const ids = index.intern([...many, ...many].reverse());
    expect(ids).toHaveLength(200);
    expect([...ids]).toEqual([...ids].sort((x, y) => x - y));
    expect(new Set(ids).size).toBe(200);
    // The sets it returned before are their own arrays, not views of its scratch.
    const first = index.intern(['a', 'b']);
    index.intern(['c']);
    expect([...first]).toEqual([1, 2]);
  });

  test('weighted Dice is twice the common weight over both weights', () => {
    const index = new TermIndex();
    const docs = [index.intern(['a', 'b']), index.intern(['a', 'c'])];
    const w = inverseFrequency(docs, index.size);
    const [x, y] = docs as [Int32Array, Int32Array];
    const common = w.weights[index.id('a')!]!;
    expect(weightedDice(w, x, setWeight(w, x), y, setWeight(w, y))).toBeCloseTo(
      (2 * common) / (setWeight(w, x) + setWeight(w, y)),
    );
    expect(weightedDice(w, x, 0, y, 1)).toBe(0);
  });

  test("the catalog's terms: how much of a short text a longer one covers", () => {
    const t = catalogTermsOf(catalog);
    const part = t.set(t.matcher.terms('受理投诉'));
    const whole = t.set(t.matcher.terms('受理客户投诉并登记'));
    expect(t.coverage(part, whole)).toBeCloseTo(1);
    expect(t.coverage(whole, part)).toBeLessThan(1);
    expect(t.dice(part, whole)).toBeGreaterThan(0);
  });
});

describe('pairs a review of compare found below the threshold, now matched', () => {
  // tests/fixtures/match/catalog: two engineering roles that say the same things in other words; its synonyms
  // vocabulary adds "growing engineers" and 培养工程师 to the built-in mentor group.
  const { catalog: c, diagnostics } = loadCatalog(fileURLToPath(new URL('../fixtures/match/catalog', import.meta.url)));
  const comparison = compareRoles(c.find('engineer')!, c.find('engineering-manager')!, c);

  test('the catalog loads clean', () => {
    expect(diagnostics).toEqual([]);
  });

  test.each([
    ['duties', 'on-call', 'incidents'],
    ['duties', 'mentoring', 'people'],
    ['permissions', 'technical-decisions', 'technical-calls'],
  ] as const)('%s: %s is similar to %s', (dim, a, b) => {
    const pair = comparison.dimensions[dim].similar.find((s) => s.keyA === a);
    expect(pair?.keyB).toBe(b);
    expect(pair!.score).toBeGreaterThanOrEqual(DEFAULT_SIMILAR_THRESHOLD);
  });

  test('a similar pair says why: the concepts and words both hold, heaviest first', () => {
    const onCall = comparison.dimensions.duties.similar.find((s) => s.keyA === 'on-call')!;
    expect(onCall.because.concepts).toContain('on-call');
    const people = comparison.dimensions.duties.similar.find((s) => s.keyA === 'mentoring')!;
    expect(people.because.concepts).toContain('mentor');
    const calls = comparison.dimensions.permissions.similar[0]!;
    expect(calls.because.concepts).toEqual(expect.arrayContaining(['decide']));
    expect(calls.because.words).toContain('技术');
  });

  test('the authority difference of the similar permissions is there to show: participates against decides', () => {
    const pair = comparison.dimensions.permissions.similar[0]!;
    expect([pair.a.authority, pair.b.authority]).toEqual(['participates', 'decides']);
  });

  test('the matcher says why: the on-call concept, in English and in Chinese', () => {
    const m = matcherOf(c);
    expect(m.explain('On-call and troubleshooting', 'Incident management on-call').synonyms).toEqual([
      { concept: 'on-call', a: 'on call', b: 'on call' },
    ]);
    expect(m.explain('值班与排障', '故障管理值班').synonyms).toEqual([{ concept: 'on-call', a: '值班', b: '值班' }]);
    expect(m.explain('Mentoring', 'Managing and growing engineers').synonyms).toEqual([
      { concept: 'mentor', a: 'mentor', b: 'growing engineers' },
    ]);
  });
});

describe('the bulk reader (useThreadsForReading in Node)', () => {
  test('a large catalog gives it every text of its roles and vocabularies once, with its groups, and knows the answers', () => {
    const big = loadDocuments(generateCatalog(600, { distinct: true })).catalog;
    const calls: { groups: number; texts: readonly string[] }[] = [];
    const reader = new Matcher(synonymGroups(big));
    setBulkReader((groups, texts) => {
      calls.push({ groups: groups.length, texts });
      return texts.map((t) => [...reader.terms(t)]);
    });
    try {
      const m = matcherOf(big);
      expect(calls).toHaveLength(1);
      expect(calls[0]!.groups).toBe(synonymGroups(big).length);
      expect(calls[0]!.texts).toEqual(catalogTexts(big));
      expect(new Set(calls[0]!.texts).size).toBe(calls[0]!.texts.length);
      const title = big.find('role-5')!.title;
      const text = typeof title === 'string' ? title : title.zh!;
      expect(calls[0]!.texts).toContain(text);
      expect(m.terms(text)).toEqual(reader.terms(text));
      // Known, so this matcher never builds its own thesaurus for the catalog's texts.
      expect((m as unknown as { made: unknown }).made).toBeUndefined();
      matcherOf(big);
      expect(calls).toHaveLength(1); // once per catalog
    } finally {
      setBulkReader(undefined);
    }
  });

  test('while it reads, it is told how many roles have every text known, in catalog order, and those are known', () => {
    const big = loadDocuments(generateCatalog(600, { distinct: true })).catalog;
    const roles = [...big.roles.values()];
    const reader = new Matcher(synonymGroups(big));
    const told: number[] = [];
    let unknown = 0;
    setBulkReader((groups, texts, here, progress) => {
      const terms = texts.map((t) => [...reader.terms(t)]);
      // Answers come in a few pieces, as threads finish batches: each time, the first `done` texts are answered.
      for (const done of [0, 1, 2_000, 2_001, 9_000, texts.length])
        progress?.(
          done,
          terms.map((t, i) => (i < done ? t : undefined)),
        );
      return terms;
    });
    try {
      const textsOf = (v: unknown): string[] =>
        typeof v === 'string'
          ? [v]
          : Array.isArray(v)
            ? v.flatMap(textsOf)
            : v !== null && typeof v === 'object'
              ? Object.values(v).flatMap(textsOf)
              : [];
      // The vocabulary entries' texts (a role's words include its skills' names): known before any role is.
      const inRoles = new Set(roles.flatMap(textsOf));
      const vocabulary = catalogTexts(big).filter((t) => !inRoles.has(t));
      expect(vocabulary.length).toBeGreaterThan(0);
      let m: Matcher | undefined;
      const known = (text: string) =>
        (matcherOf(big) as unknown as { known: ReadonlyMap<string, unknown> }).known.has(text);
      m = matcherOf(big, (count) => {
        if (told.length === 0) for (const text of vocabulary) if (!known(text)) unknown++;
        told.push(count);
        // Every text of the first `count` roles is known: reading them builds no thesaurus.
        const now = matcherOf(big);
        for (const role of roles.slice(told.at(-2) ?? 0, count))
          for (const text of textsOf(role)) {
            if (!known(text)) unknown++;
            if (now.terms(text).join('\u0000') !== reader.terms(text).join('\u0000')) unknown++;
            if ((now as unknown as { made: unknown }).made !== undefined) unknown++;
          }
      });
      expect(told.length).toBeGreaterThan(2);
      expect(told).toEqual([...told].sort((x, y) => x - y));
      expect(new Set(told).size).toBe(told.length);
      expect(told.at(-1)).toBe(roles.length);
      expect(told[0]).toBeLessThan(roles.length);
      expect(unknown).toBe(0);
      expect((m as unknown as { made: unknown }).made).toBeUndefined();
      // Once read, a later call is not told again.
      m = matcherOf(big, () => told.push(-1));
      expect(told).not.toContain(-1);
    } finally {
      setBulkReader(undefined);
    }
  });

  test('a small catalog is read when asked, and a reader that fails leaves the texts to be read then', () => {
    let called = 0;
    setBulkReader(() => {
      called++;
      return undefined;
    });
    try {
      const small = loadDocuments(generateCatalog(20)).catalog;
      matcherOf(small).terms('客户投诉');
      expect(called).toBe(0);
      const big = loadDocuments(generateCatalog(600, { distinct: true })).catalog;
      const text = '负责客户投诉的受理';
      expect(matcherOf(big).terms(text)).toEqual(new Matcher(synonymGroups(big)).terms(text));
      expect(called).toBe(1);
    } finally {
      setBulkReader(undefined);
    }
  });
});
