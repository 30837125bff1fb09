import { expect, expectTypeOf, test } from 'vitest';
import { catalog } from '../../src/catalog/shipped.js';
import type { DutyId, Role, RoleId } from '../../src/model/index.js';

test('the catalog keeps role ids branded: get takes a RoleId, find and has take any string', () => {
  expectTypeOf(catalog.get).parameter(0).toEqualTypeOf<RoleId>();
  expectTypeOf(catalog.roles).toEqualTypeOf<ReadonlyMap<RoleId, Role>>();
  const duty = 'handle-complaints' as DutyId;
  // @ts-expect-error a duty id is not a role id
  expect(catalog.get(duty)).toBeUndefined();
  // @ts-expect-error a plain string must go through has() or find()
  expect(catalog.get('project-manager')).toBeDefined();

  const input: string = 'project-manager';
  expect(catalog.find(input)?.id).toBe('project-manager');
  expect(catalog.find('no-such-role')).toBeUndefined();
  if (!catalog.has(input)) throw new Error('the shipped catalog has the project manager');
  expectTypeOf(input).toEqualTypeOf<RoleId>();
  expect(catalog.get(input)?.title).toEqual(catalog.find('project-manager')?.title);
});
