import type { z } from 'zod';
import type { Diagnostic, DiagnosticCode, PathSegment } from '../errors.js';
import { DOCUMENT_KINDS, DOCUMENT_SCHEMAS, type DocumentKind } from '../model/document.js';
import type { RoleDocument } from '../model/role.js';
import type { CatalogSettings, Vocabulary } from '../model/vocabulary.js';
import { diagnosticAt, type SourceDocument } from './source.js';
import { didYouMean } from './suggest.js';

/** A document that passed its schema, with its source kept for locating later findings. */
export type ValidDocument =
  | { kind: 'Role'; value: RoleDocument; source: SourceDocument }
  | { kind: 'Vocabulary'; value: Vocabulary; source: SourceDocument }
  | { kind: 'Catalog'; value: CatalogSettings; source: SourceDocument };

type Issue = z.core.$ZodIssue;
type AnySchema = z.core.$ZodType;

/** Validates one parsed document against the schema of its `kind`; reports every schema problem. */
export function validateDocument(src: SourceDocument, diagnostics: Diagnostic[]): ValidDocument | undefined {
  const value = src.value;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    diagnostics.push(
      diagnosticAt(src, [], 'NOT_A_DOCUMENT', `A rolematrix document is a mapping with a \`kind\`, but this document is ${describe(value)}.`, {
        hint: `Start the document with \`apiVersion: rolematrix/v1\` and \`kind: ${DOCUMENT_KINDS.join(' | ')}\`.`,
      }),
    );
    return undefined;
  }
  const kind = (value as Record<string, unknown>).kind;
  if (kind === undefined) {
    diagnostics.push(
      diagnosticAt(src, [], 'MISSING_KEY', 'The document has no `kind`, so rolematrix cannot tell what it describes.', {
        hint: `Add \`kind: ${DOCUMENT_KINDS.join(' | ')}\`.`,
      }),
    );
    return undefined;
  }
  if (typeof kind !== 'string' || !(DOCUMENT_KINDS as string[]).includes(kind)) {
    diagnostics.push(
      diagnosticAt(src, ['kind'], 'UNKNOWN_KIND', typeof kind === 'string' ? `The kind ${JSON.stringify(kind)} is not one rolematrix knows.` : `The kind must be text, but it is ${describe(kind)}.`, {
        hint: (typeof kind === 'string' ? didYouMean(kind, DOCUMENT_KINDS) : undefined) ?? `Use one of: ${DOCUMENT_KINDS.join(', ')}.`,
      }),
    );
    return undefined;
  }
  const schema = DOCUMENT_SCHEMAS[kind as DocumentKind];
  const result = schema.safeParse(value);
  if (result.success) return { kind, value: result.data, source: src } as ValidDocument;
  for (const issue of result.error.issues) reportIssue(src, schema, issue, [], diagnostics);
  return undefined;
}

function reportIssue(src: SourceDocument, root: AnySchema, issue: Issue, base: readonly PathSegment[], out: Diagnostic[]): void {
  const path = [...base, ...(issue.path as PathSegment[])];
  const push = (code: DiagnosticCode, message: string, opts: { at?: 'key' | 'value'; hint?: string | undefined } = {}, at = path) =>
    out.push(diagnosticAt(src, at, code, message, opts));
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = objectKeys(schemaAt(root, path));
      for (const key of issue.keys) {
        push('UNKNOWN_KEY', `The key \`${key}\` is not part of the model here.`, {
          at: 'key',
          hint: didYouMean(key, known) ?? (known.length > 0 ? `Allowed keys: ${known.join(', ')}.` : undefined),
        }, [...path, key]);
      }
      return;
    }
    case 'invalid_union': {
      const branch = bestBranch(issue.errors);
      if (branch === undefined) {
        const expected = [...new Set(issue.errors.flatMap((b) => b.filter((i) => i.code === 'invalid_type').map((i) => (i as { expected: string }).expected)))];
        const actual = valueAt(src.value, path);
        push(actual === undefined ? 'MISSING_KEY' : 'INVALID_TYPE', actual === undefined ? missingMessage(path) : `Expected ${expected.join(' or ')}, but found ${describe(actual)}.`, {
          hint: fieldHint(root, path),
        }, actual === undefined ? path.slice(0, -1) : path);
        return;
      }
      for (const sub of branch) reportIssue(src, root, sub, path, out);
      return;
    }
    case 'invalid_type': {
      const actual = valueAt(src.value, path);
      if (actual === undefined) {
        push('MISSING_KEY', missingMessage(path), { hint: fieldHint(root, path) }, path.slice(0, -1));
      } else {
        push('INVALID_TYPE', `Expected ${issue.expected}, but found ${describe(actual)}.`, { hint: fieldHint(root, path) });
      }
      return;
    }
    case 'invalid_value': {
      const actual = valueAt(src.value, path);
      // zod reports an absent literal or enum (e.g. `apiVersion`, `track`) as a wrong value; it is a missing key.
      if (actual === undefined) {
        push('MISSING_KEY', missingMessage(path), { hint: fieldHint(root, path) }, path.slice(0, -1));
        return;
      }
      const allowed = issue.values.map((v) => String(v));
      const hint = typeof actual === 'string' ? didYouMean(actual, allowed) : undefined;
      push('INVALID_VALUE', `${typeof actual === 'string' ? JSON.stringify(actual) : capitalize(describe(actual))} is not allowed here; use ${allowed.length === 1 ? JSON.stringify(allowed[0]) : `one of: ${allowed.join(', ')}`}.`, { hint });
      return;
    }
    case 'custom': {
      const params = (issue.params ?? {}) as { rolematrix?: DiagnosticCode; key?: string };
      const code = params.rolematrix ?? 'INVALID_VALUE';
      push(code, issue.message, { at: code === 'UNKNOWN_KEY' ? 'key' : 'value', hint: code === 'MISSING_KEY' && params.key ? fieldHint(root, [...path, params.key]) : undefined });
      return;
    }
    default:
      push('INVALID_VALUE', sentence(issue.message), { hint: fieldHint(root, path) });
  }
}

function missingMessage(path: readonly PathSegment[]): string {
  return `The required key \`${String(path[path.length - 1])}\` is missing.`;
}

/** The union branch that got furthest: one that did not fail on its own type, with the fewest issues. */
function bestBranch(branches: Issue[][]): Issue[] | undefined {
  let best: Issue[] | undefined;
  for (const b of branches) {
    if (b.some((i) => i.code === 'invalid_type' && i.path.length === 0)) continue;
    if (best === undefined || b.length < best.length) best = b;
  }
  return best;
}

/** The schema that validates the value at `path`, looking through optional, union and pipe wrappers. */
export function schemaAt(root: AnySchema, path: readonly PathSegment[]): AnySchema | undefined {
  let cur: AnySchema | undefined = root;
  for (const seg of path) {
    cur = unwrapToContainer(cur, typeof seg === 'number' ? 'array' : 'object');
    if (cur === undefined) return undefined;
    const def = cur._zod.def as { type: string; shape?: Record<string, AnySchema>; element?: AnySchema };
    cur = def.type === 'array' ? def.element : def.shape?.[String(seg)];
  }
  return cur;
}

function unwrapToContainer(s: AnySchema | undefined, want: 'array' | 'object'): AnySchema | undefined {
  let cur = s;
  for (let guard = 0; cur !== undefined && guard < 20; guard++) {
    const def = cur._zod.def as { type: string; innerType?: AnySchema; in?: AnySchema; options?: AnySchema[] };
    if (def.type === want) return cur;
    if (def.innerType) cur = def.innerType;
    else if (def.type === 'pipe') cur = def.in;
    else if (def.type === 'union') cur = def.options?.find((o) => unwrapToContainer(o, want) !== undefined);
    else return undefined;
  }
  return undefined;
}

function objectKeys(s: AnySchema | undefined): string[] {
  const obj = unwrapToContainer(s, 'object');
  const shape = (obj?._zod.def as { shape?: Record<string, unknown> } | undefined)?.shape;
  return shape ? Object.keys(shape) : [];
}

/** The field's own description, shown as a hint so the fix is at hand. */
function fieldHint(root: AnySchema, path: readonly PathSegment[]): string | undefined {
  let s = schemaAt(root, path);
  for (let guard = 0; s !== undefined && guard < 10; guard++) {
    const desc = (s as unknown as { description?: string }).description;
    if (desc) return desc;
    const def = s._zod.def as { innerType?: AnySchema };
    s = def.innerType;
  }
  return undefined;
}

function valueAt(root: unknown, path: readonly PathSegment[]): unknown {
  let cur = root;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(cur, seg)) return undefined;
    cur = (cur as Record<string | number, unknown>)[seg];
  }
  return cur;
}

function describe(v: unknown): string {
  if (v === null) return 'null (an empty value)';
  if (Array.isArray(v)) return 'a list';
  switch (typeof v) {
    case 'string':
      return `the text ${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)}`;
    case 'number':
      return `the number ${v}`;
    case 'boolean':
      return `the boolean ${v}`;
    case 'object':
      return 'a mapping';
    default:
      return typeof v;
  }
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function sentence(msg: string): string {
  const cap = msg.charAt(0).toUpperCase() + msg.slice(1);
  return /[.!?]$/.test(cap) ? cap : `${cap}.`;
}
