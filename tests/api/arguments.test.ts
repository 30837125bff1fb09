import { describe, expect, test } from 'vitest';
import { catalog } from '../../src/catalog/shipped.js';
import { loadDocuments, loadText } from '../../src/catalog/load.js';
import { checkJobDescription } from '../../src/jd/check.js';
import { parseJobDescription } from '../../src/jd/parse.js';
import { importDocuments } from '../../src/import/index.js';
import { checkMatrix } from '../../src/raci/check.js';
import { renderRoleText } from '../../src/render/role-text.js';

// issue 16, item 13: bad content gets diagnostics; a wrong argument is a programming error, a TypeError that says which
// function, which argument, what it takes and what it got (not a TypeError from deep inside).

describe('a wrong argument is a TypeError naming the function and the argument', () => {
  const role = catalog.find('project-manager')!;
  test.each([
    [
      'renderRoleText',
      () => renderRoleText(role, catalog, 'fr' as 'en'),
      'renderRoleText: `lang` must be "zh" or "en", not "fr".',
    ],
    [
      'Catalog.label',
      () => catalog.label('nonsense' as 'skills', 'x', 'en'),
      /^Catalog\.label: `kind` must be a vocabulary kind \(.*skills.*\), not "nonsense"\.$/,
    ],
    [
      'checkMatrix',
      () => checkMatrix({} as never, catalog),
      'checkMatrix: `matrix` must be a ResponsibilityMatrix (with `id` and `activities`), not object.',
    ],
    [
      'parseJobDescription',
      () => parseJobDescription(null as never),
      'parseJobDescription: `text` must be a string, not null.',
    ],
    ['loadText', () => loadText(123 as never), 'loadText: `text` must be a string, not number.'],
    [
      'loadDocuments',
      () => loadDocuments([{ path: 'a.yaml' }] as never),
      'loadDocuments: `files[]` must be { path: string, text: string }, not object.',
    ],
    [
      'checkJobDescription',
      () => checkJobDescription(undefined as never, catalog),
      'checkJobDescription: `text` must be a string, not undefined.',
    ],
  ])('%s', (_name, call, message) => {
    expect(call).toThrow(TypeError);
    expect(call).toThrow(message);
  });

  test('importDocuments', async () => {
    await expect(importDocuments([{ file: 'a.json', data: null }] as never, 'json')).rejects.toThrow(
      new TypeError('importDocuments: `inputs[]` must be { file: string, data: string | Uint8Array }, not object.'),
    );
  });

  test('checkJobDescription: a role the catalog does not have is a RangeError, as documented', () => {
    expect(() => checkJobDescription('# x', catalog, { role: 'nope' })).toThrow(RangeError);
  });

  test('bad content is still diagnostics, never a throw', () => {
    expect(loadText('a: [').diagnostics.map((d) => d.code)).toContain('YAML_SYNTAX');
    expect(checkJobDescription('\u0000\u0001', catalog).diagnostics.length).toBeGreaterThan(0);
  });
});
