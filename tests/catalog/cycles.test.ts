import { describe, expect, test } from 'vitest';
import { findChainCycles } from '../../src/catalog/rules/cycles.js';

/** `next` from a table of edges; ids without an entry have no outgoing edge. */
const graph = (edges: Record<string, string>) => (id: string) => edges[id];

describe('findChainCycles', () => {
  test.each<[name: string, order: string[], edges: Record<string, string>, cycles: string[][]]>([
    ['no edges', ['a', 'b', 'c'], {}, []],
    ['a chain with no cycle', ['a', 'b', 'c', 'd'], { a: 'b', b: 'c', c: 'd' }, []],
    ['a chain ending at an unknown id', ['a', 'b'], { a: 'b', b: 'zzz' }, []],
    ['a self-loop', ['a', 'b'], { a: 'a', b: 'a' }, [['a']]],
    ['a 2-cycle', ['a', 'b'], { a: 'b', b: 'a' }, [['a', 'b']]],
    ['a 3-cycle', ['a', 'b', 'c'], { a: 'b', b: 'c', c: 'a' }, [['a', 'b', 'c']]],
    ['a 3-cycle entered in the middle', ['b', 'c', 'a'], { a: 'b', b: 'c', c: 'a' }, [['b', 'c', 'a']]],
    // x and y lead into the loop but are not part of it
    ['a chain into a cycle', ['x', 'y', 'a', 'b'], { x: 'y', y: 'a', a: 'b', b: 'a' }, [['a', 'b']]],
    ['a chain into a self-loop', ['x', 'a'], { x: 'a', a: 'a' }, [['a']]],
    ['two chains into the same cycle', ['x', 'a', 'b', 'y'], { x: 'a', y: 'b', a: 'b', b: 'a' }, [['a', 'b']]],
    [
      'two separate cycles, each once, in catalog order',
      ['a', 'b', 'c', 'd', 'e'],
      { a: 'b', b: 'a', c: 'd', d: 'e', e: 'c' },
      [
        ['a', 'b'],
        ['c', 'd', 'e'],
      ],
    ],
    [
      'a chain into a cycle found from a later start',
      ['a', 'b', 'c', 'x'],
      { x: 'a', a: 'b', b: 'c', c: 'b' },
      [['b', 'c']],
    ],
    ['a node outside `order` in the loop', ['a'], { a: 'b', b: 'a' }, [['a', 'b']]],
  ])('%s', (_name, order, edges, cycles) => {
    expect(findChainCycles(order, graph(edges))).toEqual(cycles);
  });

  test('visits each node once, so a long chain is linear', () => {
    const n = 20_000;
    const order = Array.from({ length: n }, (_, i) => `r${i}`);
    let calls = 0;
    const cycles = findChainCycles(order, (id) => {
      calls++;
      const i = Number(id.slice(1));
      return i + 1 < n ? `r${i + 1}` : 'r0'; // one loop through every node
    });
    expect(cycles).toHaveLength(1);
    expect(cycles[0]).toHaveLength(n);
    expect(cycles[0]?.[0]).toBe('r0');
    expect(calls).toBe(n);
  });
});
