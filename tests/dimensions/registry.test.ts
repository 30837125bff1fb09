import { describe, expect, expectTypeOf, test } from 'vitest';
import { catalog } from '../../src/catalog/shipped.js';
import { compareRoles } from '../../src/compare/compare.js';
import { diffItems, listItems, listSpec, scalarParts } from '../../src/compare/dimensions.js';
import { diffRole } from '../../src/compare/diff.js';
import { CHANGE_KINDS, CHANGE_LABELS } from '../../src/dimensions/changes.js';
import {
  DIFF_ORDER,
  DIMENSIONS,
  DIMENSION_SPECS,
  ROLE_FIELDS,
  dimensionSpec,
  type Dimension,
} from '../../src/dimensions/registry.js';
import type { FieldSpecs } from '../../src/dimensions/types.js';
import type { Permission, Role, RoleId } from '../../src/model/index.js';
import { comparisonTable, diffTable } from '../../src/render/compare-table.js';
import { describeChange } from '../../src/render/present.js';
import { renderTable } from '../../src/render/render.js';

const CJK = /[\u4e00-\u9fff]/;
const csm = catalog.find('customer-service-manager')!;
const pm = catalog.find('project-manager')!;

/** A copy of the role with this dimension's content removed or moved, so a diff must report it. */
const EDITS: Record<Dimension, (r: Role) => void> = {
  duties: (r) => r.duties!.pop(),
  focus: (r) => r.focus!.pop(),
  orientation: (r) => (r.orientation = r.orientation === 'customer' ? 'project' : 'customer'),
  permissions: (r) => r.permissions!.pop(),
  education: (r) => (r.qualifications!.education!.minimum = 'doctorate'),
  experience: (r) => (r.qualifications!.experience!.years = { min: 9 }),
  skills: (r) => r.qualifications!.skills!.pop(),
  traits: (r) => r.qualifications!.traits!.pop(),
  certifications: (r) => (r.qualifications!.certifications = ['pmp' as never]),
  tools: (r) => r.qualifications!.tools!.pop(),
  knowledge: (r) => (r.qualifications!.knowledge = [{ zh: '新知识', en: 'New knowledge' }]),
  kpis: (r) => r.kpis!.pop(),
  stakeholders: (r) => r.stakeholders!.pop(),
  channels: (r) => r.stakeholders!.forEach((s) => (s.channels = [])),
  career: (r) => r.career!.pop(),
  level: (r) => (r.level = 'executive'),
  workEnvironment: (r) => (r.workEnvironment = { ...r.workEnvironment, intensity: 'low' }),
};

function edited(dim: Dimension): Role {
  const r = structuredClone(csm);
  EDITS[dim](r);
  return r;
}

describe('the dimension registry', () => {
  test('every dimension has a label in both languages, the Chinese one in Chinese, and a positive weight', () => {
    for (const dim of DIMENSIONS) {
      const spec = dimensionSpec(dim);
      expect(spec.label.en, dim).toMatch(/^[A-Z]/);
      expect(spec.label.zh, dim).toMatch(CJK);
      expect(spec.weight, dim).toBeGreaterThan(0);
      expect(spec.list !== undefined || (spec.scalars?.length ?? 0) > 0, `${dim} reads nothing`).toBe(true);
    }
  });

  test('every field, single value and note has a name in both languages', () => {
    for (const dim of DIMENSIONS) {
      const spec = dimensionSpec(dim);
      const labels = [
        ...Object.values(spec.list?.fields ?? {}).map((f) => f.label),
        ...(spec.scalars ?? []).map((p) => p.label),
        ...(spec.notes ?? []).map((n) => n.label),
      ];
      for (const l of labels) {
        expect(l.en, dim).not.toBe('');
        expect(l.zh, dim).toMatch(CJK);
      }
    }
    for (const l of Object.values(ROLE_FIELDS)) expect(l.zh).toMatch(CJK);
    for (const kind of CHANGE_KINDS) expect(CHANGE_LABELS[kind].zh, kind).toMatch(CJK);
  });

  test('the dimensions are listed in registry order, and a diff lists every one that reports changes', () => {
    expect(DIMENSIONS).toEqual(Object.keys(DIMENSION_SPECS));
    const reporting = DIMENSIONS.filter((d) => dimensionSpec(d).changes !== undefined);
    expect([...DIFF_ORDER].sort()).toEqual([...reporting].sort());
    expect(reporting).not.toContain('channels');
  });

  test.each(DIMENSIONS)('%s: the shipped catalog has it, and a comparison table shows it in both languages', (dim) => {
    const holders = catalog
      .list()
      .filter((r) => listItems(dim, r).length > 0 || scalarParts(dim).some((p) => p.read(r) !== undefined));
    expect(holders.length, `no shipped role has ${dim}`).toBeGreaterThan(0);
    const cmp = compareRoles(csm, pm, catalog);
    expect(cmp.dimensions[dim].dimension).toBe(dim);
    for (const lang of ['zh', 'en'] as const) {
      const text = renderTable(comparisonTable(compareRoles(csm, edited(dim), catalog), catalog, lang), 'md');
      expect(text, `${dim} in ${lang}`).toContain(DIMENSION_SPECS[dim].label[lang]);
      expect(text).not.toContain('[object Object]');
    }
  });

  test.each(DIMENSIONS)('%s: every item of every shipped role is described in both languages', (dim) => {
    const spec = dimensionSpec(dim).list;
    if (!spec) return expect(scalarParts(dim).length).toBeGreaterThan(0);
    for (const role of catalog.list())
      for (const item of spec.items(role))
        for (const lang of ['zh', 'en'] as const) {
          const lines = spec.describe(item, catalog, lang, true);
          expect(lines.length).toBeGreaterThan(0);
          expect(lines[0], `${role.id} ${dim}`).not.toBe('');
          expect(lines.join('\n')).not.toMatch(/\[object Object\]|undefined/);
        }
  });

  test.each(DIMENSIONS)('%s: an edit is reported by diffRole and drawn in both languages', (dim) => {
    const after = edited(dim);
    const changes = diffRole(csm, after, catalog);
    // Channels are read from the stakeholders, whose changes report them.
    const expected = dim === 'channels' ? 'stakeholders' : dim;
    expect(changes.map((c) => c.dimension)).toContain(expected);
    for (const lang of ['zh', 'en'] as const) {
      const text = renderTable(diffTable(changes, catalog, lang), 'md');
      for (const c of changes) expect(text).toContain(CHANGE_LABELS[c.kind][lang]);
      expect(text).not.toContain('[object Object]');
    }
  });
});

describe('field diffs', () => {
  const p = (over: Partial<Permission>): Permission => ({ ...csm.permissions![0]!, ...over });

  test('fields are diffed in their registry order, ordered ones with their effect', () => {
    const spec = listSpec('permissions');
    const changes = diffItems(
      spec,
      p({ authority: 'proposes', limit: 'a' }),
      p({ authority: 'decides', limit: 'b' }),
      catalog,
    );
    expect(changes).toEqual([
      { path: 'authority', from: 'proposes', to: 'decides', effect: 'raised' },
      { path: 'limit', from: 'a', to: 'b' },
    ]);
  });

  test('a stakeholder whose channels are reordered has not changed; one that lost them shows [] as the new value', () => {
    const spec = listSpec('stakeholders');
    const s = { audience: 'customers' as never, channels: ['phone', 'email'] as never[] };
    expect(diffItems(spec, s, { ...s, channels: ['email', 'phone'] as never[] }, catalog)).toEqual([]);
    expect(diffItems(spec, s, { audience: s.audience }, catalog)).toEqual([
      { path: 'channels', from: ['phone', 'email'], to: [] },
    ]);
  });

  test('a field added to the model without an entry in its dimension is a compile error', () => {
    interface Item {
      id: string;
      title: string;
      added: number;
    }
    // @ts-expect-error `added` has no entry
    const missing: FieldSpecs<Item, 'id'> = { title: { label: { zh: '名称', en: 'title' } } };
    expectTypeOf(missing).toHaveProperty('added');
  });
});

describe('change names', () => {
  test.each([
    ['frequency', 'kpis', 'monthly', 'quarterly', '频率：每月 → 每季度', 'frequency: monthly → quarterly'],
    ['domain', 'permissions', 'budget', 'risk', '权限领域：预算 → 风险', 'domain: Budget → Risk'],
    ['track', 'career', 'management', 'lateral', '发展通道：管理通道 → 转岗', 'track: Management track → Lateral move'],
    ['level', 'skills', 'working', 'expert', '熟练程度：熟练 → 专家', 'proficiency: Working → Expert'],
    ['level', 'level', 'manager', 'director', '层级：经理 → 总监 ↑', 'level: Manager → Director ↑'],
    ['family', undefined, 'a', 'b', '岗位族：a → b', 'family: a → b'],
  ] as const)('%s of %s is named and its values labelled in both languages', (path, dim, from, to, zh, en) => {
    const effect = path === 'level' && dim === 'level' ? ('raised' as const) : undefined;
    const c = { path, from, to, ...(effect ? { effect } : {}) };
    expect(describeChange(c, catalog, 'zh', dim)).toBe(zh);
    expect(describeChange(c, catalog, 'en', dim)).toBe(en);
  });
});

test('role ids stay branded through the registry', () => {
  expectTypeOf(csm.id).toEqualTypeOf<RoleId>();
});
