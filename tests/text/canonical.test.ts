// Values numbered by content (src/text/canonical.ts): what compare's item fingerprints are made of.
import { expect, test } from 'vitest';
import { canonicalJson, valueHash, ValueNumbers } from '../../src/text/canonical.js';

const duty = {
  id: 'handle-complaints',
  title: { zh: '处理投诉', en: 'Handle complaints' },
  raci: 'R',
  tools: ['crm', 'phone'],
  weight: 0.3,
};

test('values alike get one number, with their keys in any order, at any depth', () => {
  const numbers = new ValueNumbers();
  const reordered = {
    weight: 0.3,
    tools: ['crm', 'phone'],
    raci: 'R',
    title: { en: 'Handle complaints', zh: '处理投诉' },
    id: 'handle-complaints',
  };
  expect(numbers.of(duty)).toBe(0);
  expect(numbers.of(reordered)).toBe(0);
  expect(numbers.of(structuredClone(duty))).toBe(0);
  expect(canonicalJson(reordered)).toBe(canonicalJson(duty));
});

test('values that differ anywhere get numbers of their own, in the order first seen', () => {
  const numbers = new ValueNumbers();
  const variants: unknown[] = [
    duty,
    { ...duty, weight: 0.4 },
    { ...duty, tools: ['phone', 'crm'] }, // a list's order counts
    { ...duty, title: { zh: '处理投诉' } },
    { ...duty, extra: null },
    { ...duty, raci: 'A' },
    'handle-complaints',
    ['handle-complaints'],
    { 'handle-complaints': null },
    0,
    '0',
    false,
    null,
  ];
  expect(variants.map((v) => numbers.of(v))).toEqual(variants.map((_, i) => i));
  expect(variants.map((v) => numbers.of(structuredClone(v)))).toEqual(variants.map((_, i) => i));
});

test('values JSON writes alike are one number, as canonicalJson would say', () => {
  const numbers = new ValueNumbers();
  const circular: Record<string, unknown> = { id: 'a' };
  circular.self = circular;
  const alike: [unknown, unknown][] = [
    [0, -0],
    [Number.NaN, null],
    [Number.POSITIVE_INFINITY, null],
    [{ ...duty, extra: undefined, check: () => 1 }, duty], // keys JSON leaves out
    [
      [undefined, 1],
      [null, 1],
    ],
    [new Date(Date.UTC(2026, 0, 2)), '2026-01-02T00:00:00.000Z'],
    [Object.assign(Object.create(null) as object, duty), duty],
    [5n, 5],
    [circular, { id: 'a', self: '[Circular]' }],
  ];
  for (const [a, b] of alike) {
    expect(canonicalJson(a), String(canonicalJson(b))).toBe(canonicalJson(b));
    expect(valueHash(a), canonicalJson(b)).toBe(valueHash(b));
    expect(numbers.of(a), canonicalJson(b)).toBe(numbers.of(b));
  }
  // One number per text: NaN and Infinity are both null, the object without a prototype is the duty.
  expect(new Set(alike.map(([a]) => numbers.of(a))).size).toBe(new Set(alike.map(([a]) => canonicalJson(a))).size);
});

test('a hash shared by two values does not make them one', () => {
  const numbers = new ValueNumbers();
  // Two texts whose 32-bit hashes collide, found by trying: each keeps its own number.
  const seen = new Map<number, string>();
  let pair: [string, string] | undefined;
  for (let i = 0; pair === undefined; i++) {
    const text = `duty-${i}`;
    const h = valueHash(text);
    const other = seen.get(h);
    if (other === undefined) seen.set(h, text);
    else pair = [other, text];
  }
  const [a, b] = pair;
  expect(valueHash(a)).toBe(valueHash(b));
  const first = numbers.of(a);
  const second = numbers.of(b);
  expect(second).not.toBe(first);
  expect([numbers.of(a), numbers.of(b)]).toEqual([first, second]);
});
