import { expect, test } from 'vitest';
import { OUTPUT_NAMES } from '../../src/render/output-names.js';
import { OUTPUT_SCHEMAS } from '../../src/render/output-schemas.js';
import { COMMANDS } from '../../src/cli/defs/index.js';

test('every output name has its schema, and names a command that prints JSON', () => {
  expect(Object.keys(OUTPUT_SCHEMAS).sort()).toEqual([...OUTPUT_NAMES].sort());
  for (const name of OUTPUT_NAMES) {
    const command = COMMANDS.find((c) => c.name === name);
    expect(command?.options.format?.choices, name).toContain('json');
  }
});
