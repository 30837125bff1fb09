import { z } from 'zod';
import { describe, expect, test } from 'vitest';
import { descriptionOf } from '../../src/model/describe.js';
import { DOCUMENT_SCHEMAS } from '../../src/model/document.js';
import { CHECK_MESSAGES, modelMessageIn } from '../../src/model/messages.js';

type Schema = z.core.$ZodType;
interface Def {
  type: string;
  shape?: Record<string, Schema>;
  element?: Schema;
  innerType?: Schema;
  options?: Schema[];
  keyType?: Schema;
  valueType?: Schema;
  in?: Schema;
  out?: Schema;
  checks?: { _zod: { def: { check: string; error?: unknown; params?: unknown } } }[];
}

/** Every schema the documents are built from, with the path to the first place it is used. */
function allSchemas(): Map<Schema, string> {
  const seen = new Map<Schema, string>();
  const visit = (s: Schema | undefined, at: string): void => {
    if (s === undefined || seen.has(s)) return;
    seen.set(s, at);
    const def = s._zod.def as Def;
    for (const [k, v] of Object.entries(def.shape ?? {})) visit(v, `${at}.${k}`);
    visit(def.element, `${at}[]`);
    visit(def.innerType, at);
    def.options?.forEach((o, i) => visit(o, `${at}|${i}`));
    visit(def.keyType, `${at}{key}`);
    visit(def.valueType, `${at}{}`);
    visit(def.in, at);
    visit(def.out, at);
  };
  for (const [kind, schema] of Object.entries(DOCUMENT_SCHEMAS)) visit(schema, kind);
  return seen;
}

describe("the model's text exists in both languages", () => {
  const schemas = allSchemas();

  test('the walk reaches the model (guards the walk itself)', () => {
    expect(schemas.size).toBeGreaterThan(100);
    expect([...schemas.values()]).toContain('Role.duties[].title');
  });

  test('every described schema has a Chinese description, written beside its English', () => {
    const englishOnly = [...schemas]
      .filter(([s]) => (s as unknown as { description?: string }).description !== undefined)
      .filter(([s]) => descriptionOf(s) === undefined)
      .map(([, at]) => at);
    expect(englishOnly).toEqual([]);
  });

  test('the Chinese descriptions use full-width punctuation', () => {
    const asciiNextToHan =
      /[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef][,;:?!()]|[,;:?!()][\u4e00-\u9fff\u3000-\u303f\uff00-\uffef]/;
    const zh = [...schemas.keys()].flatMap((s) => descriptionOf(s)?.zh ?? []);
    expect(zh.length).toBeGreaterThan(100);
    expect(zh.filter((t) => asciiNextToHan.test(t))).toEqual([]);
  });

  test('every check with its own message names a model message, which the loader renders per language', () => {
    const undeclared: string[] = [];
    for (const [s, at] of schemas) {
      for (const check of (s._zod.def as Def).checks ?? []) {
        const { check: kind, error, params } = check._zod.def;
        if (error === undefined) continue; // zod's own message, phrased from the fields
        const declared = kind === 'custom' ? modelMessageIn(params) : Object.values(CHECK_MESSAGES.get(s) ?? {})[0];
        if (declared === undefined) undeclared.push(`${at} (${kind})`);
      }
    }
    expect(undeclared).toEqual([]);
  });
});
