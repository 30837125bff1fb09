import { Architecture } from '../../src/catalog/architecture.js';
import { readFileSync } from 'node:fs';
import { describe, expect, expectTypeOf, test } from 'vitest';
import {
  AUTHORITY,
  EDUCATION,
  SKILL_LEVEL,
  RoleIdSchema,
  DutyIdSchema,
  roleJsonSchema,
  type RoleId,
  type DutyId,
  type Role,
} from '../../src/model/index.js';

const schemaPath = new URL('../../roles/rolematrix.schema.json', import.meta.url);

describe('generated JSON Schema', () => {
  test('roles/rolematrix.schema.json matches the zod model (run `npm run schema` when this fails)', () => {
    const committed = JSON.parse(readFileSync(schemaPath, 'utf8'));
    expect(committed).toEqual(roleJsonSchema());
  });

  test('describes every property, so editors show hover help', () => {
    const undocumented: string[] = [];
    const walk = (node: unknown, path: string) => {
      if (node === null || typeof node !== 'object') return;
      const n = node as Record<string, unknown>;
      if (n.properties && typeof n.properties === 'object') {
        for (const [k, v] of Object.entries(n.properties as Record<string, Record<string, unknown>>)) {
          if (typeof v.description !== 'string' || v.description === '') undocumented.push(`${path}.${k}`);
          walk(v, `${path}.${k}`);
        }
      }
      for (const key of ['anyOf', 'oneOf', 'allOf', 'items'] as const) {
        const child = n[key];
        if (Array.isArray(child)) child.forEach((c) => walk(c, path));
        else if (child) walk(child, `${path}[]`);
      }
    };
    walk(roleJsonSchema(), '');
    expect(undocumented).toEqual([]);
  });

  test('every schema key is documented in docs/model.md', () => {
    const doc = readFileSync(new URL('../../docs/model.md', import.meta.url), 'utf8');
    const keys = new Set<string>();
    const walk = (node: unknown) => {
      if (node === null || typeof node !== 'object') return;
      const n = node as Record<string, unknown>;
      if (n.properties)
        for (const [k, v] of Object.entries(n.properties)) {
          keys.add(k);
          walk(v);
        }
      for (const v of Object.values(n)) if (typeof v === 'object') walk(v);
    };
    walk(roleJsonSchema());
    expect([...keys].filter((k) => !doc.includes(`\`${k}\``))).toEqual([]);
  });

  test('knows the four document kinds', () => {
    const s = roleJsonSchema() as { anyOf: { properties: { kind: { const: string } } }[] };
    expect(s.anyOf.map((b) => b.properties.kind.const)).toEqual([
      'Role',
      'Vocabulary',
      'Catalog',
      'ResponsibilityMatrix',
    ]);
  });
});

describe('ordinal scales', () => {
  test('authority grades compare in the documented order', () => {
    expect(AUTHORITY.values).toEqual([
      'informed',
      'consulted',
      'proposes',
      'participates',
      'executes',
      'decides',
      'approves',
    ]);
    expect(AUTHORITY.compare('proposes', 'decides')).toBeLessThan(0);
    expect(AUTHORITY.compare('approves', 'decides')).toBeGreaterThan(0);
    expect(AUTHORITY.compare('decides', 'decides')).toBe(0);
    expect(AUTHORITY.label('approves', 'zh')).toBe('审批');
  });

  test('education runs from below 大专 to a doctorate', () => {
    expect(EDUCATION.rank('associate')).toBeGreaterThan(EDUCATION.rank('secondary'));
    expect(EDUCATION.values.at(-1)).toBe('doctorate');
    expect(EDUCATION.label('associate', 'zh')).toBe('大专');
  });

  test('levels and skill levels are ordered', () => {
    expect(Architecture.BUILTIN.compare('manager', 'director')).toBeLessThan(0);
    expect(Architecture.BUILTIN.label('director', 'zh')).toBe('总监');
    expect(SKILL_LEVEL.compare('expert', 'basic')).toBeGreaterThan(0);
  });

  test('a value off the scale is a programmer error', () => {
    expect(() => AUTHORITY.rank('vetoes' as never)).toThrow(/not on the authority scale/);
  });
});

describe('branded ids', () => {
  test('a duty id is not a role id', () => {
    const role = RoleIdSchema.parse('project-manager');
    const duty = DutyIdSchema.parse('risk-management');
    expectTypeOf(role).toEqualTypeOf<RoleId>();
    expectTypeOf(duty).toEqualTypeOf<DutyId>();
    expectTypeOf(duty).not.toMatchTypeOf<RoleId>();
    expectTypeOf<Role['reportsTo']>().toEqualTypeOf<RoleId | undefined>();
    expect(RoleIdSchema.safeParse('Project Manager').success).toBe(false);
  });
});
