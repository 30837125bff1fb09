import { z } from 'zod';
import type { Bilingual } from '../errors.js';

/**
 * Field descriptions in both languages, by the schema that carries them. The English is also zod's own description,
 * which becomes the JSON Schema's hover text; this registry stays out of the JSON Schema.
 */
const DESCRIPTIONS = z.registry<Bilingual>();

/** Describes a schema in English (its JSON Schema text) and Chinese (diagnostic hints); use with `.apply()`. */
export function described(en: string, zh: string): <S extends z.ZodType>(schema: S) => S {
  return (schema) => {
    const out = schema.describe(en);
    DESCRIPTIONS.add(out, { en, zh });
    return out;
  };
}

/** A schema's description in both languages; undefined when it has none, or an English one only. */
export function descriptionOf(schema: z.core.$ZodType): Bilingual | undefined {
  const en = z.globalRegistry.get(schema)?.description;
  // zod's metadata is inherited by copies: a copy described anew in English must not show its original's Chinese.
  const both = DESCRIPTIONS.get(schema);
  return en !== undefined && both?.en === en ? both : undefined;
}
