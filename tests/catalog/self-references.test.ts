import { expect, test } from 'vitest';
import { loadDocuments } from '../../src/catalog/load.js';
import { catalog as shipped } from '../../src/catalog/shipped.js';

const head = (id: string, more = '') =>
  `apiVersion: rolematrix/v1\nkind: Role\nid: ${id}\n${more}title: { zh: 岗位, en: Role }\nfamily: customer-service\nlevel: staff\norientation: customer\nsummary: { zh: 概述。, en: Summary. }\n`;
const permission = (escalateTo: string) =>
  `permissions:\n  - id: refunds\n    title: { zh: 退款, en: Refunds }\n    domain: customer-issues\n    authority: decides\n    escalateTo: ${escalateTo}\n`;
const codes = (files: { path: string; text: string }[]) =>
  loadDocuments(files, { base: shipped })
    .diagnostics.filter((d) => d.code === 'SELF_REFERENCE')
    .map((d) => `${d.file}:${d.line}:${d.column} ${d.path}`);

test('a permission written in the role itself that escalates to the role points at its escalateTo', () => {
  expect(codes([{ path: 'a.yaml', text: head('solo') + permission('solo') }])).toEqual([
    'a.yaml:14:17 permissions[0].escalateTo',
  ]);
});

test('restating the inherited permission with another escalateTo clears the finding', () => {
  const parent = { path: 'p.yaml', text: head('junior') + permission('senior') };
  const child = (extra: string) => ({
    path: 'c.yaml',
    text: `apiVersion: rolematrix/v1\nkind: Role\nid: senior\nextends: junior\n${extra}`,
  });
  expect(codes([parent, child('')])).toEqual(['c.yaml:4:1 extends']);
  expect(codes([parent, child(permission('customer-service-manager'))])).toEqual([]);
});

test("an inherited reportsTo that names the child is reported at its extends; the role's own is a reportsTo loop", () => {
  const parent = { path: 'p.yaml', text: head('junior', 'reportsTo: senior\n') };
  const child = { path: 'c.yaml', text: 'apiVersion: rolematrix/v1\nkind: Role\nid: senior\nextends: junior\n' };
  expect(codes([parent, child])).toEqual(['c.yaml:4:1 extends']);
  const own = loadDocuments([{ path: 'o.yaml', text: head('loop', 'reportsTo: loop\n') }], { base: shipped });
  expect(own.diagnostics.map((d) => d.code)).toEqual(['REPORTS_TO_CYCLE']);
});

test('the shipped catalog has no self-references', () => {
  expect(codes([])).toEqual([]);
});
