// A read worker sends each batch's terms as numbers, each distinct term once (src/node/read.ts): what the reading
// thread rebuilds must be the terms the worker read, batch after batch.
import { expect, test } from 'vitest';
import { TermNumbers, TermStrings } from '../../src/node/read.js';

test('terms sent as numbers come back as the same terms, each distinct term sent once', () => {
  const batches = [
    [['客户', '投诉'], [], ['≈complaint', 'handl', '客户']],
    [['客户'], ['new', 'new', ''], []],
    [[], ['投诉', '≈complaint']],
  ];
  const numbers = new TermNumbers();
  const strings = new TermStrings();
  let from = 0;
  const sent: string[] = [];
  for (const texts of batches) {
    const b = numbers.batch(from, texts);
    expect(b.from).toBe(from);
    expect(b.ends).toHaveLength(texts.length);
    sent.push(...b.fresh);
    // Through structured cloning, as a message between threads.
    expect(strings.texts(structuredClone(b))).toEqual(texts);
    from += texts.length;
  }
  expect(sent).toEqual(['客户', '投诉', '≈complaint', 'handl', 'new', '']);
});
