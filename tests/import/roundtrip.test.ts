import { BUILTIN_LEVELS } from '../../src/model/defaults.js';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, test } from 'vitest';
import type { Catalog } from '../../src/catalog/catalog.js';
import { mergeRole } from '../../src/catalog/merge.js';
import { catalog as shipped, catalogSources } from '../../src/catalog/shipped.js';
import { exportCatalog } from '../../src/export/index.js';
import { deepEqual, roleDelta } from '../../src/import/delta.js';
import { importDocuments } from '../../src/import/index.js';
import { planImport } from '../../src/import/write.js';
import { updateYamlText } from '../../src/import/yaml.js';
import { loadDocuments } from '../../src/catalog/load.js';
import type { SourceFile } from '../../src/source/document.js';
import { AUTHORITY, SKILL_LEVEL, type Role, type RoleDocument } from '../../src/model/index.js';

const V = 'rolematrix/v1';

// Texts with what YAML finds awkward: Chinese, quotes, `#`, `: `, flow indicators, leading and trailing spaces.
const fragment = fc.constantFrom(
  '客户',
  '服务，',
  'Team',
  'a',
  ' ',
  ': ',
  '#',
  ' #',
  '"',
  "'",
  '-',
  ',',
  '[',
  ']',
  '{',
  '}',
  '1',
  'é',
  '\\',
  '?',
  '>',
  '|',
  '&',
  '*',
  '!',
  '%',
  '@',
  'true',
  'null',
);
const word = fc
  .array(fragment, { minLength: 1, maxLength: 6 })
  .map((a) => a.join(''))
  .filter((s) => s.trim() !== '');
const long = fc
  .array(fc.constantFrom('handles', 'customer', 'complaints', 'and', 'reports', 'weekly', '客户', 'x'), {
    minLength: 20,
    maxLength: 40,
  })
  .map((a) => a.join(' '));
const str = fc.oneof({ arbitrary: word, weight: 4 }, { arbitrary: long, weight: 1 });
const text = fc.oneof(str, fc.record({ zh: str, en: str }));
const subset = <T>(values: readonly T[]) => fc.subarray([...values], { minLength: 1 });
const keyed = <T>(ids: readonly string[], item: (id: string) => fc.Arbitrary<T>) =>
  fc
    .uniqueArray(fc.constantFrom(...ids), { minLength: 1, maxLength: 3 })
    .chain((picked) => fc.tuple(...picked.map(item)));

const vocabulary = (vocabulary: string, ids: readonly string[], extra: Record<string, unknown> = {}) =>
  fc.tuple(...ids.map(() => text)).map((labels) => ({
    apiVersion: V,
    kind: 'Vocabulary',
    vocabulary,
    entries: ids.map((id, i) => ({ id, label: labels[i], ...extra })),
  }));

const duty = (id: string) =>
  fc.record(
    {
      id: fc.constant(id),
      title: text,
      description: text,
      category: fc.constantFrom('quality', 'operations'),
      activities: fc.array(text, { minLength: 1, maxLength: 2 }),
    },
    { requiredKeys: ['id', 'title'] },
  );
const permission = (id: string) =>
  fc.record(
    {
      id: fc.constant(id),
      title: text,
      domain: fc.constantFrom('people', 'budget'),
      authority: fc.constantFrom(...AUTHORITY.values),
      limit: text,
    },
    { requiredKeys: ['id', 'title', 'domain', 'authority'] },
  );
const qualifications = fc.record(
  {
    education: fc.record({ minimum: fc.constantFrom('associate', 'bachelor') }),
    experience: fc.record(
      {
        years: fc.record({ min: fc.integer({ min: 0, max: 5 }) }),
        areas: fc.array(text, { minLength: 1, maxLength: 2 }),
      },
      { requiredKeys: [] },
    ),
    skills: keyed(['s1', 's2', 's3'], (ref) =>
      fc.record({ ref: fc.constant(ref), level: fc.constantFrom(...SKILL_LEVEL.values) }),
    ),
    traits: subset(['t1', 't2']),
    knowledge: fc.array(text, { minLength: 1, maxLength: 2 }),
  },
  { requiredKeys: [] },
);
const kpi = (ref: string) =>
  fc.record(
    { ref: fc.constant(ref), frequency: fc.constantFrom('monthly', 'annual'), note: text },
    { requiredKeys: ['ref'] },
  );
const stakeholder = (audience: string) =>
  fc.record(
    { audience: fc.constant(audience), channels: subset(['c1', 'c2']), purpose: text },
    { requiredKeys: ['audience'] },
  );

const baseRole = (id: string, others: readonly string[]) =>
  fc
    .record(
      {
        apiVersion: fc.constant(V),
        kind: fc.constant('Role'),
        id: fc.constant(id),
        title: text,
        family: fc.constantFrom('ops', 'hr'),
        level: fc.constantFrom(...BUILTIN_LEVELS.map((l) => l.id)),
        orientation: fc.constantFrom('customer', 'operations'),
        summary: text,
        aliases: fc.record({
          zh: fc.array(word, { minLength: 1, maxLength: 2 }),
          en: fc.array(word, { minLength: 1, maxLength: 2 }),
        }),
        reportsTo: others.length > 0 ? fc.constantFrom(...others) : fc.constant(undefined),
        focus: fc.array(text, { minLength: 1, maxLength: 3 }),
        workEnvironment: fc.record(
          { settings: subset(['office', 'remote']), intensity: fc.constantFrom('low', 'high') },
          { requiredKeys: [] },
        ),
        classification: fc.record({ isco08: fc.constantFrom('4415', '1212') }),
        duties: keyed(['d1', 'd2', 'd3'], duty),
        permissions: keyed(['p1', 'p2'], permission),
        qualifications,
        kpis: keyed(['k1', 'k2'], kpi),
        stakeholders: keyed(['a1', 'a2'], stakeholder),
        career: fc.array(fc.record({ title: text, track: fc.constantFrom('management', 'lateral') }), {
          minLength: 1,
          maxLength: 1,
        }),
      },
      { requiredKeys: ['apiVersion', 'kind', 'id', 'title', 'family', 'level', 'orientation', 'summary'] },
    )
    .map((r) => JSON.parse(JSON.stringify(r)) as Record<string, unknown>);

const childRole = (id: string, parent: string) =>
  fc.record(
    {
      apiVersion: fc.constant(V),
      kind: fc.constant('Role'),
      id: fc.constant(id),
      extends: fc.constant(parent),
      title: text,
      level: fc.constantFrom(...BUILTIN_LEVELS.map((l) => l.id)),
      summary: text,
      focus: fc.array(text, { minLength: 1, maxLength: 2 }),
      duties: keyed(['d2', 'd3', 'd4'], duty),
      permissions: keyed(['p2', 'p3'], permission),
      qualifications,
      kpis: keyed(['k1', 'k2'], kpi),
      workEnvironment: fc.record({ settings: subset(['office', 'travel']) }),
    },
    { requiredKeys: ['apiVersion', 'kind', 'id', 'extends'] },
  );

/** A valid catalog as documents: vocabularies, 1–3 roles, 0–2 roles extending them, maybe settings and a matrix. */
const catalogDocs = fc
  .tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 0, max: 2 }))
  .chain(([nBase, nChild]) => {
    const bases = Array.from({ length: nBase }, (_, i) => `role-${i}`);
    return fc.tuple(
      vocabulary('families', ['ops', 'hr']),
      vocabulary('skills', ['s1', 's2', 's3']),
      vocabulary('kpis', ['k1', 'k2'], { type: 'qualitative' }),
      vocabulary('traits', ['t1', 't2']),
      vocabulary('audiences', ['a1', 'a2']),
      vocabulary('channels', ['c1', 'c2']),
      fc.tuple(...bases.map((id, i) => baseRole(id, bases.slice(0, i)))),
      fc.tuple(
        ...Array.from({ length: nChild }, (_, i) => fc.constantFrom(...bases).chain((p) => childRole(`child-${i}`, p))),
      ),
      fc.option(
        fc.record({
          apiVersion: fc.constant(V),
          kind: fc.constant('Catalog'),
          name: text,
          languages: fc.constant(['zh', 'en']),
        }),
        { nil: undefined },
      ),
      fc.option(
        fc.record({
          apiVersion: fc.constant(V),
          kind: fc.constant('ResponsibilityMatrix'),
          id: fc.constant('flow'),
          title: text,
          activities: fc.tuple(text).map(([t]) => [{ id: 'step', title: t, assign: { [bases[0]!]: 'A' } }]),
        }),
        { nil: undefined },
      ),
    );
  })
  .map(
    ([families, skills, kpis, traits, audiences, channels, bases, children, settings, matrix]) =>
      [
        ...(settings ? [settings] : []),
        families,
        skills,
        kpis,
        traits,
        audiences,
        channels,
        ...bases,
        ...children,
        ...(matrix ? [matrix] : []),
      ] as Record<string, unknown>[],
  );

/** Someone else's YAML: the yaml library's own style, with comments, one role in a subdirectory. */
function sourcesOf(docs: readonly Record<string, unknown>[]): SourceFile[] {
  return docs.map((d) => {
    const path =
      d.kind === 'Vocabulary'
        ? `vocabulary/${String(d.vocabulary)}.yaml`
        : d.kind === 'Catalog'
          ? 'catalog.yaml'
          : d.kind === 'ResponsibilityMatrix'
            ? `matrices/${String(d.id)}.yaml`
            : d.id === 'role-0'
              ? `team/${String(d.id)}.yaml`
              : `${String(d.id)}.yaml`;
    return {
      path,
      text: `# ${path}: written by hand\n${stringify(d).replace(/^kind: (\w+)$/m, 'kind: $1 # edited in place')}`,
    };
  });
}

function snapshot(c: Catalog): unknown {
  return JSON.parse(
    JSON.stringify({
      roles: Object.fromEntries(c.roles),
      vocabularies: Object.fromEntries(Object.entries(c.vocabularies).map(([k, m]) => [k, Object.fromEntries(m)])),
      matrices: Object.fromEntries(c.matrices),
      settings: c.settings ?? null,
    }),
  );
}

async function viaJson(c: Catalog) {
  const exported = await exportCatalog(c, 'json');
  expect(exported.diagnostics).toEqual([]);
  const imported = await importDocuments(
    [{ file: 'rolematrix.catalog.json', data: exported.files[0]!.content }],
    'json',
  );
  expect(imported.diagnostics).toEqual([]);
  return imported.documents;
}

describe('YAML → JSON → YAML loses nothing', () => {
  test('generated catalogs, written as new files and as updates of the original files', async () => {
    await fc.assert(
      fc.asyncProperty(catalogDocs, async (docs) => {
        const sources = sourcesOf(docs);
        const original = loadDocuments(sources);
        expect(original.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        const imported = await viaJson(original.catalog);

        const fresh = planImport(imported, []);
        expect(fresh.diagnostics).toEqual([]);
        expect(fresh.files.every((f) => f.status === 'created')).toBe(true);
        const reloaded = loadDocuments(fresh.files.map((f) => ({ path: f.file, text: f.text })));
        expect(reloaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        expect(snapshot(reloaded.catalog)).toEqual(snapshot(original.catalog));
        // Roles that extend another are written as deltas: no inherited duty is restated.
        for (const f of fresh.files.filter((x) => x.file.startsWith('child-')))
          expect(f.text).toMatch(/^extends: role-\d$/m);

        const updated = planImport(imported, sources);
        expect(updated.diagnostics).toEqual([]);
        expect(updated.files.map((f) => f.file).sort()).toEqual(sources.map((s) => s.path).sort());
        const merged = new Map(sources.map((s) => [s.path, s.text]));
        for (const f of updated.files) {
          merged.set(f.file, f.text);
          expect(f.text.startsWith(`# ${f.file}: written by hand\n`)).toBe(true);
          // Edited in place, not rewritten: a comment inside the document survives.
          expect(f.text).toContain(' # edited in place\n');
        }
        const reloaded2 = loadDocuments([...merged].map(([path, t]) => ({ path, text: t })));
        expect(reloaded2.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        expect(snapshot(reloaded2.catalog)).toEqual(snapshot(original.catalog));
        // A second import changes nothing.
        const again = planImport(
          imported,
          [...merged].map(([path, t]) => ({ path, text: t })),
        );
        expect(again.files.filter((f) => f.status !== 'unchanged').map((f) => f.file)).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  test('the shipped catalog: export, import into an empty directory, load: the same catalog', async () => {
    const imported = await viaJson(shipped);
    const plan = planImport(imported, []);
    expect(plan.diagnostics).toEqual([]);
    expect(plan.files.map((f) => f.file)).toEqual(catalogSources.map((s) => s.path.replace(/^roles\//, '')).sort());
    const reloaded = loadDocuments(plan.files.map((f) => ({ path: f.file, text: f.text })));
    expect(reloaded.diagnostics).toEqual([]);
    expect(snapshot(reloaded.catalog)).toEqual(snapshot(shipped));
    const spm = plan.files.find((f) => f.file === 'senior-project-manager.yaml')!.text;
    expect(spm).toContain('extends: project-manager\n');
    expect(spm).not.toContain('id: schedule-management');
  });

  test('the shipped roles/*.yaml updated with their own import stay byte for byte the same', async () => {
    const imported = await viaJson(shipped);
    const existing = catalogSources.map((s) => ({ path: s.path.replace(/^roles\//, ''), text: s.text }));
    const plan = planImport(imported, existing);
    expect(plan.diagnostics).toEqual([]);
    expect(plan.files).toHaveLength(existing.length);
    for (const f of plan.files) {
      expect(f.status, f.file).toBe('unchanged');
      expect(f.text).toBe(existing.find((e) => e.path === f.file)!.text);
    }
    // Directly too, for every document that is written in full.
    for (const doc of imported.filter((d) => d.value.extends === undefined)) {
      const src = existing.find((e) => e.path === doc.file)!;
      expect(updateYamlText(src.text, doc.value), doc.file).toBe(src.text);
    }
  });
});

describe('roles that extend another are written as their delta', () => {
  const pair = fc.tuple(baseRole('parent', []), childRole('child', 'parent'), fc.boolean());

  test('mergeRole(parent, delta(resolved, parent)) equals resolved', () => {
    fc.assert(
      fc.property(pair, ([p, c, stepToChild]) => {
        const parent = (stepToChild
          ? { ...p, career: [...((p.career as unknown[]) ?? []), { to: 'child', track: 'management' }] }
          : p) as unknown as Role;
        const resolved = mergeRole(parent, c as unknown as RoleDocument);
        const d = roleDelta(resolved, parent);
        expect(d.lost).toEqual([]);
        expect(d.exact).toBe(true);
        expect(deepEqual(mergeRole(parent, d.value as RoleDocument), resolved)).toBe(true);
        expect(d.value).toMatchObject({ apiVersion: V, kind: 'Role', id: 'child', extends: 'parent' });
        // Nothing in the delta repeats the parent.
        for (const [k, v] of Object.entries(d.value))
          if (!['apiVersion', 'kind', 'id', 'extends'].includes(k))
            expect(deepEqual(v, (parent as unknown as Record<string, unknown>)[k])).toBe(false);
        // The document as written is kept when it still merges to the same role.
        expect(roleDelta(resolved, parent, c).value).toBe(c);
      }),
      { numRuns: 300 },
    );
  });

  test('dropping an inherited duty is written as `remove`, and merges back exactly', () => {
    const parent = shipped.find('project-manager')!;
    const resolved = structuredClone(shipped.find('senior-project-manager')!);
    const dropped = resolved.duties![0]!.id;
    resolved.duties = resolved.duties!.slice(1);
    const d = roleDelta(resolved, parent);
    expect(d.exact).toBe(true);
    expect(d.value.remove).toEqual({ duties: [dropped] });

    const plan = planImport(
      [{ kind: 'Role', id: resolved.id, file: `${resolved.id}.yaml`, value: resolved }],
      catalogSources,
    );
    expect(plan.diagnostics.filter((x) => x.code === 'IMPORT_INHERITED_LOST')).toEqual([]);
    const text = plan.files.find((f) => f.file === 'roles/senior-project-manager.yaml')!.text;
    expect(text).toContain('extends: project-manager');
    expect(text).toContain(`remove:\n  duties: [${dropped}]`);
  });

  test('reordering inherited duties cannot be expressed, and says so', () => {
    const parent = shipped.find('project-manager')!;
    const resolved = structuredClone(shipped.find('senior-project-manager')!);
    resolved.duties = [...resolved.duties!].reverse();
    const d = roleDelta(resolved, parent);
    expect(d.exact).toBe(false);
    expect(d.lost).toEqual(['duties']);

    // Written through planImport, the file keeps extends and the import warns, in both languages, at the role's file.
    const plan = planImport(
      [{ kind: 'Role', id: resolved.id, file: `${resolved.id}.yaml`, value: resolved }],
      catalogSources,
    );
    const lost = plan.diagnostics.filter((x) => x.code === 'IMPORT_INHERITED_LOST');
    expect(lost).toHaveLength(1);
    expect(lost[0]).toMatchObject({
      severity: 'warning',
      file: 'roles/senior-project-manager.yaml',
      path: 'duties',
      line: 1,
      column: 1,
    });
    expect(lost[0]!.message).toContain(
      '"senior-project-manager" drops or reorders part of `duties` that it inherits from "project-manager"',
    );
    expect(lost[0]!.zh.message).toContain('继承的 `duties` 的部分内容');
  });
});
