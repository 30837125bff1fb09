// The schemas of what every `--format json` document shares (src/render/output-data.ts makes the values).
import { z } from 'zod';
import { DIAGNOSTIC_CODES, type Diagnostic, type DiagnosticCode } from '../errors.js';

export const TextSchema = z
  .object({ zh: z.string(), en: z.string() })
  .describe('The same text in Chinese and in English.');
export const RoleRefSchema = z.object({ id: z.string(), title: TextSchema });
export type RoleRef = z.infer<typeof RoleRefSchema>;

/**
 * A diagnostic as every command prints it (src/errors.ts `Diagnostic`): code, severity, file, YAML path, line,
 * column, and the message and hint in English (`message`, `hint`) and Chinese (`zh`).
 */
export const DiagnosticSchema = z
  .object({
    code: z
      .enum(Object.keys(DIAGNOSTIC_CODES) as [DiagnosticCode, ...DiagnosticCode[]])
      .describe('A permanent code (docs/cli.md, docs/lint.md, docs/check-jd.md, docs/raci.md).'),
    severity: z.enum(['error', 'warning', 'info']),
    file: z.string().describe('The file as given (relative paths stay relative).'),
    path: z.string().describe('The YAML path in the document, e.g. `duties[2].title`; empty for the document itself.'),
    line: z.number().int().describe('1-based line of the offending node (its parent when a key is missing).'),
    column: z.number().int().describe('1-based column.'),
    message: z.string().describe('What is wrong, in English.'),
    hint: z.string().optional().describe('What to do about it, in English.'),
    zh: z.object({ message: z.string(), hint: z.string().optional() }).describe('The message and hint in Chinese.'),
    excerpt: z.string().optional().describe('The text the finding is about (a phrase of a job description).'),
  })
  .describe('A finding: what is wrong, where, and what to do about it.');

// The printed shape is the library's Diagnostic type: neither may drift from the other.
true satisfies Diagnostic extends z.infer<typeof DiagnosticSchema> ? true : false;
true satisfies z.infer<typeof DiagnosticSchema> extends Diagnostic ? true : false;

/** A document's published JSON Schema (draft 2020-12), generated from its zod schema. */
export const jsonSchema = (schema: z.ZodType): Record<string, unknown> =>
  z.toJSONSchema(schema, { target: 'draft-2020-12', unrepresentable: 'any' });
