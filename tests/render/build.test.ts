import { readFileSync } from 'node:fs';
import type { Options } from 'tsup';
import { describe, expect, test } from 'vitest';
import config from '../../tsup.config.js';

const root = new URL('../../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));

/**
 * A package `require()` cannot load (before Node 20.19) or tsup's CJS interop mis-reads (after): ESM with no require
 * entry.
 */
function esmOnly(name: string): boolean {
  const dep = JSON.parse(readFileSync(new URL(`node_modules/${name}/package.json`, root), 'utf8'));
  return dep.type === 'module' && !JSON.stringify(dep.exports ?? {}).includes('"require"');
}

describe('the CommonJS build', () => {
  test('bundles every ESM-only runtime dependency and nothing else', () => {
    const wanted = Object.keys(pkg.dependencies).filter(esmOnly);
    expect(wanted).toContain('get-east-asian-width');
    const cjs = (config as Options[]).filter((c) => [c.format].flat().includes('cjs'));
    expect(cjs).toHaveLength(1);
    expect([...(cjs[0]!.noExternal ?? [])].sort()).toEqual(wanted.sort());
    // the ESM build keeps them as dependencies
    for (const c of (config as Options[]).filter((c) => [c.format].flat().includes('esm')))
      expect(c.noExternal).toBeUndefined();
  });
});
